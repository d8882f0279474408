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
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.widget_create_request_display_config_type_0 import WidgetCreateRequestDisplayConfigType0
    from ..models.widget_create_request_query_config_type_0 import WidgetCreateRequestQueryConfigType0


T = TypeVar("T", bound="WidgetCreateRequest")
_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "query_config",
        "display_config",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class WidgetCreateRequest(Model):
    """Body of `create_widget`, which adds a widget to the user's dashboard.

    Attributes:
        type_: How the widget draws its data, such as `metric_single`, `chart_bar` or `transaction_list`.
        query_config: What data the widget shows, as a query descriptor; null for none.
        display_config: How the widget looks, such as its title and size; null for defaults.
    """

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
    )
    query_config: Unset | WidgetCreateRequestQueryConfigType0 | None = UNSET
    display_config: Unset | WidgetCreateRequestDisplayConfigType0 | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("type_",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "query_config",
        "display_config",
    )
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        from ..models.widget_create_request_display_config_type_0 import WidgetCreateRequestDisplayConfigType0
        from ..models.widget_create_request_query_config_type_0 import WidgetCreateRequestQueryConfigType0

        type_ = WidgetType(self.type_).value

        query_config: dict[str, Any] | Unset | None
        if isinstance(self.query_config, Unset):
            query_config = UNSET
        elif isinstance(self.query_config, WidgetCreateRequestQueryConfigType0):
            query_config = self.query_config.to_dict()
        else:
            query_config = self.query_config

        display_config: dict[str, Any] | Unset | None
        if isinstance(self.display_config, Unset):
            display_config = UNSET
        elif isinstance(self.display_config, WidgetCreateRequestDisplayConfigType0):
            display_config = self.display_config.to_dict()
        else:
            display_config = self.display_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if query_config is not UNSET:
            field_dict["query_config"] = query_config
        if display_config is not UNSET:
            field_dict["display_config"] = display_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            WidgetCreateRequestDisplayConfigType0 = _models.WidgetCreateRequestDisplayConfigType0
            WidgetCreateRequestQueryConfigType0 = _models.WidgetCreateRequestQueryConfigType0
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "type"
            type_ = WidgetType.parse(src_dict["type"])

            at = "query_config"
            query_config = src_dict.get("query_config", ABSENT)
            if query_config is not None and query_config is not ABSENT:
                if not isinstance(query_config, dict):
                    raise TypeError("member 'query_config': a value of the wrong type")
                query_config = WidgetCreateRequestQueryConfigType0.from_dict(query_config)

            at = "display_config"
            display_config = src_dict.get("display_config", ABSENT)
            if display_config is not None and display_config is not ABSENT:
                if not isinstance(display_config, dict):
                    raise TypeError("member 'display_config': a value of the wrong type")
                display_config = WidgetCreateRequestDisplayConfigType0.from_dict(display_config)

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        widget_create_request = object.__new__(cls)
        widget_create_request.type_ = type_
        widget_create_request.query_config = query_config
        widget_create_request.display_config = display_config
        widget_create_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 1 + (query_config is not ABSENT) + (display_config is not ABSENT)
            else {}
        )
        return widget_create_request

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


class WidgetCreateRequestDict(TypedDict):
    """``WidgetCreateRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    type: (
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
    )
    query_config: NotRequired[Mapping[str, Any] | _models.WidgetCreateRequestQueryConfigType0 | None]
    display_config: NotRequired[Mapping[str, Any] | _models.WidgetCreateRequestDisplayConfigType0 | None]
