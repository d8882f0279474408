from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import Model

if TYPE_CHECKING:
    from ..models.tool_data_tool_schema_type_0 import ToolDataToolSchemaType0


T = TypeVar("T", bound="ToolData")


@_attrs_define(repr=False)
class ToolData(Model):
    """A tool data, as part of `ConnectorDetailResponse`, `StrategyDetailResponse`.

    Attributes:
        id: Unique id of the tool.
        name: Name of the tool as shown to users.
        description: What the tool is for, in a sentence or two.
        tool_schema: Tool schema of the tool.
    """

    id: str
    name: str
    description: str | None
    tool_schema: ToolDataToolSchemaType0 | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "description",
        "tool_schema",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        from ..models.tool_data_tool_schema_type_0 import ToolDataToolSchemaType0

        id = self.id

        name = self.name

        description: str | None
        description = self.description

        tool_schema: dict[str, Any] | None
        if isinstance(self.tool_schema, ToolDataToolSchemaType0):
            tool_schema = self.tool_schema.to_dict()
        else:
            tool_schema = self.tool_schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "tool_schema": tool_schema,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            ToolDataToolSchemaType0 = _models.ToolDataToolSchemaType0
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"member 'name': expected str, got {type(name).__name__}")

        description: str | None = d.pop("description")
        if description is not None and not isinstance(description, str):
            raise TypeError(f"member 'description': expected str or None, got {type(description).__name__}")

        def _parse_tool_schema(data: object) -> ToolDataToolSchemaType0 | None:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError()
            tool_schema_type_0 = ToolDataToolSchemaType0.from_dict(data)

            return tool_schema_type_0

        tool_schema = _parse_tool_schema(d.pop("tool_schema"))

        tool_data = cls(
            id=id,
            name=name,
            description=description,
            tool_schema=tool_schema,
        )

        tool_data.additional_properties = d
        return tool_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
