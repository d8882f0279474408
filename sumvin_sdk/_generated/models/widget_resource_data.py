from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import PARSE_ERRORS, Model, note_failure

if TYPE_CHECKING:
    from ..models.widget_resource_data_sample_data import WidgetResourceDataSampleData


T = TypeVar("T", bound="WidgetResourceData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "resource_type",
        "component_name",
        "sample_data",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class WidgetResourceData(Model):
    """An Explore item that adds a widget.

    Attributes:
        resource_type: Always `widget`: the item adds a widget.
        component_name: Name of the app component that draws the widget.
        sample_data: Example data to preview the widget with.
    """

    resource_type: Literal["widget"]
    component_name: str
    sample_data: WidgetResourceDataSampleData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "resource_type",
        "component_name",
        "sample_data",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        resource_type = self.resource_type

        component_name = self.component_name

        sample_data = self.sample_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_type": resource_type,
                "component_name": component_name,
                "sample_data": sample_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            WidgetResourceDataSampleData = _models.WidgetResourceDataSampleData
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "resource_type"
            resource_type = cast(Literal["widget"], src_dict["resource_type"])
            if resource_type != "widget":
                raise ValueError(f"resource_type must match const 'widget', got '{resource_type}'")

            at = "component_name"
            component_name = src_dict["component_name"]
            if type(component_name) is not str and not isinstance(component_name, str):
                raise TypeError(f"member 'component_name': expected str, got {type(component_name).__name__}")

            at = "sample_data"
            sample_data = WidgetResourceDataSampleData.from_dict(src_dict["sample_data"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        widget_resource_data = object.__new__(cls)
        widget_resource_data.resource_type = resource_type
        widget_resource_data.component_name = component_name
        widget_resource_data.sample_data = sample_data
        widget_resource_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 3 else {}
        )
        return widget_resource_data

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
