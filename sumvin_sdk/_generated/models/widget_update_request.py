from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    NotRequired,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.widget_type import WidgetType
from ..models.widget_update_request_size_type_0 import WidgetUpdateRequestSizeType0
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.widget_update_request_query_config_type_0 import WidgetUpdateRequestQueryConfigType0


T = TypeVar("T", bound="WidgetUpdateRequest")
_MEMBERS: frozenset[str] = frozenset(
    (
        "title",
        "size",
        "type",
        "query_config",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class WidgetUpdateRequest(Model):
    """Body of `update_widget`, which changes a widget's title, size, query or display settings.

    Attributes:
        title: New title, at most 255 characters; omit to keep it.
        size: Size of the widget update: one of `small`, `medium`, `large`.
        type_: New way to draw the data; the widget keeps its id and place; omit to keep it.
        query_config: New query descriptor, replacing the old one whole; omit to keep it.
    """

    title: str | Unset | None = UNSET
    size: WidgetUpdateRequestSizeType0 | Literal["small", "medium", "large"] | Unset | None = UNSET
    type_: (
        WidgetType
        | Literal[
            "metric_single",
            "metric_multi",
            "chart_donut",
            "chart_bar",
            "chart_line",
            "spending_chart",
            "budget_progress",
            "transaction_list",
            "balance_trend",
            "balance_summary",
        ]
        | Unset
        | None
    ) = UNSET
    query_config: Unset | WidgetUpdateRequestQueryConfigType0 | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "title",
        "size",
        "type_",
        "query_config",
    )
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        from ..models.widget_update_request_query_config_type_0 import WidgetUpdateRequestQueryConfigType0

        title: str | Unset | None
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        size: str | Unset | None
        if isinstance(self.size, Unset):
            size = UNSET
        elif isinstance(self.size, WidgetUpdateRequestSizeType0):
            size = WidgetUpdateRequestSizeType0(self.size).value
        else:
            size = self.size

        type_: str | Unset | None
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, WidgetType):
            type_ = WidgetType(self.type_).value
        else:
            type_ = self.type_

        query_config: dict[str, Any] | Unset | None
        if isinstance(self.query_config, Unset):
            query_config = UNSET
        elif isinstance(self.query_config, WidgetUpdateRequestQueryConfigType0):
            query_config = self.query_config.to_dict()
        else:
            query_config = self.query_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if size is not UNSET:
            field_dict["size"] = size
        if type_ is not UNSET:
            field_dict["type"] = type_
        if query_config is not UNSET:
            field_dict["query_config"] = query_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            WidgetUpdateRequestQueryConfigType0 = _models.WidgetUpdateRequestQueryConfigType0
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "title"
            title = src_dict.get("title", ABSENT)
            if type(title) is not str and title is not None and title is not ABSENT and not isinstance(title, str):
                raise TypeError(f"member 'title': expected str or None or Unset, got {type(title).__name__}")

            at = "size"
            size = src_dict.get("size", ABSENT)
            if size is not None and size is not ABSENT:
                if not isinstance(size, str):
                    raise TypeError("member 'size': a value of the wrong type")
                size = WidgetUpdateRequestSizeType0.parse(size)

            at = "type"
            type_ = src_dict.get("type", ABSENT)
            if type_ is not None and type_ is not ABSENT:
                if not isinstance(type_, str):
                    raise TypeError("member 'type_': a value of the wrong type")
                type_ = WidgetType.parse(type_)

            at = "query_config"
            query_config = src_dict.get("query_config", ABSENT)
            if query_config is not None and query_config is not ABSENT:
                if not isinstance(query_config, dict):
                    raise TypeError("member 'query_config': a value of the wrong type")
                query_config = WidgetUpdateRequestQueryConfigType0.from_dict(query_config)

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        widget_update_request = object.__new__(cls)
        widget_update_request.title = title
        widget_update_request.size = size
        widget_update_request.type_ = type_
        widget_update_request.query_config = query_config
        widget_update_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 0 + (title is not ABSENT) + (size is not ABSENT) + (type_ is not ABSENT) + (query_config is not ABSENT)
            else {}
        )
        return widget_update_request

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


class WidgetUpdateRequestDict(TypedDict):
    """``WidgetUpdateRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    title: NotRequired[str | None]
    size: NotRequired[WidgetUpdateRequestSizeType0 | Literal["small", "medium", "large"] | None]
    type: NotRequired[
        WidgetType
        | Literal[
            "metric_single",
            "metric_multi",
            "chart_donut",
            "chart_bar",
            "chart_line",
            "spending_chart",
            "budget_progress",
            "transaction_list",
            "balance_trend",
            "balance_summary",
        ]
        | None
    ]
    query_config: NotRequired[Mapping[str, Any] | _models.WidgetUpdateRequestQueryConfigType0 | None]
