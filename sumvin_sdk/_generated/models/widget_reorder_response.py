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
    from ..models.widget_data import WidgetData
    from ..models.widget_reorder_response_links import WidgetReorderResponseLinks


T = TypeVar("T", bound="WidgetReorderResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "widgets",
        "reordered_count",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class WidgetReorderResponse(Model):
    """What `reorder_widgets` returns; it sets the display order of the dashboard widgets.

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        widgets: The widgets in their new order.
        reordered_count: How many widgets changed place.
    """

    field_links: WidgetReorderResponseLinks
    widgets: list[WidgetData]
    reordered_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "widgets",
        "reordered_count",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        widgets = []
        for widgets_item_data in self.widgets:
            widgets_item = widgets_item_data.to_dict()
            widgets.append(widgets_item)

        reordered_count = self.reordered_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "widgets": widgets,
                "reordered_count": reordered_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            WidgetData = _models.WidgetData
            WidgetReorderResponseLinks = _models.WidgetReorderResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = WidgetReorderResponseLinks.from_dict(src_dict["_links"])

            at = "widgets"
            _widgets = src_dict["widgets"]
            if not isinstance(_widgets, list):
                raise TypeError(f"member 'widgets': expected a list, got {type(_widgets).__name__}")

            widgets = [WidgetData.from_dict(widgets_item_data) for widgets_item_data in _widgets]

            at = "reordered_count"
            reordered_count = src_dict["reordered_count"]
            if type(reordered_count) is not int and (
                not isinstance(reordered_count, int) or isinstance(reordered_count, bool)
            ):
                raise TypeError(f"member 'reordered_count': expected int, got {type(reordered_count).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        widget_reorder_response = object.__new__(cls)
        widget_reorder_response.field_links = field_links
        widget_reorder_response.widgets = widgets
        widget_reorder_response.reordered_count = reordered_count
        widget_reorder_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 3 else {}
        )
        return widget_reorder_response

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
