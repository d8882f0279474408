from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="WidgetReorderRequest")
_MEMBERS: frozenset[str] = frozenset(("order",))  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class WidgetReorderRequest(Model):
    """Body of `reorder_widgets`, which sets the display order of the dashboard widgets.

    Attributes:
        order: Widget ids in their new order.
    """

    order: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("order",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order": order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "order"
            _order = src_dict["order"]
            if not isinstance(_order, list):
                raise TypeError(f"member 'order': expected a list, got {type(_order).__name__}")

            for order_item in _order:
                if type(order_item) is not str and not isinstance(order_item, str):
                    raise TypeError(f"member 'order[]': expected str, got {type(order_item).__name__}")

            order = _order

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        widget_reorder_request = object.__new__(cls)
        widget_reorder_request.order = order
        widget_reorder_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 1 else {}
        )
        return widget_reorder_request

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


class WidgetReorderRequestDict(TypedDict):
    """``WidgetReorderRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    order: list[str]
