from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import PARSE_ERRORS, Model, note_failure

if TYPE_CHECKING:
    from ..models.tool_data_tool_schema_type_0 import ToolDataToolSchemaType0


T = TypeVar("T", bound="ToolData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "description",
        "tool_schema",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class ToolData(Model):
    """A tool the agent can call: name, description and argument schema.

    Attributes:
        id: Unique id of the tool.
        name: Name of the tool as shown to users.
        description: What the tool is for, in a sentence or two.
        tool_schema: JSON Schema of the tool's arguments; null when it takes none.
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
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "name"
            name = src_dict["name"]
            if type(name) is not str and not isinstance(name, str):
                raise TypeError(f"member 'name': expected str, got {type(name).__name__}")

            at = "description"
            description = src_dict["description"]
            if type(description) is not str and description is not None and not isinstance(description, str):
                raise TypeError(f"member 'description': expected str or None, got {type(description).__name__}")

            at = "tool_schema"
            tool_schema = src_dict["tool_schema"]
            if tool_schema is not None:
                if not isinstance(tool_schema, dict):
                    raise TypeError("member 'tool_schema': a value of the wrong type")
                tool_schema = ToolDataToolSchemaType0.from_dict(tool_schema)

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        tool_data = object.__new__(cls)
        tool_data.id = id
        tool_data.name = name
        tool_data.description = description
        tool_data.tool_schema = tool_schema
        tool_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 4 else {}
        )
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
