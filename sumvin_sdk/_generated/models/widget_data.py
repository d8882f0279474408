from __future__ import annotations

import datetime
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
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.widget_data_display_config_type_0 import WidgetDataDisplayConfigType0
    from ..models.widget_data_query_config_type_0 import WidgetDataQueryConfigType0


T = TypeVar("T", bound="WidgetData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "type",
        "position",
        "created_at",
        "updated_at",
        "query_config",
        "display_config",
        "deleted_at",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class WidgetData(Model):
    """A dashboard widget: its kind, data query, look and place.

    Attributes:
        id: Unique id of the widget.
        type_: How the widget draws its data, such as `metric_single`, `chart_bar` or `transaction_list`.
        position: Place of the widget on the dashboard, from 0.
        created_at: When the widget was created (epoch ms on the wire).
        updated_at: When the widget last changed (epoch ms on the wire).
        query_config: What data the widget shows, as a query descriptor; null when none.
        display_config: How the widget looks, such as its title and size; null for defaults.
        deleted_at: When the widget was deleted (epoch ms on the wire).
    """

    id: str
    type_: str
    position: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    query_config: WidgetDataQueryConfigType0 | None = None
    display_config: WidgetDataDisplayConfigType0 | None = None
    deleted_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "type_",
        "position",
        "created_at",
        "updated_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "query_config",
        "display_config",
        "deleted_at",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.widget_data_display_config_type_0 import WidgetDataDisplayConfigType0
        from ..models.widget_data_query_config_type_0 import WidgetDataQueryConfigType0

        id = self.id

        type_ = self.type_

        position = self.position

        created_at = epoch_ms(self.created_at)

        updated_at = epoch_ms(self.updated_at)

        _query_config = UNSET if self.query_config is None and not self._nulls & 1 else self.query_config
        query_config: dict[str, Any] | Unset | None
        if isinstance(_query_config, Unset):
            query_config = UNSET
        elif isinstance(_query_config, WidgetDataQueryConfigType0):
            query_config = _query_config.to_dict()
        else:
            query_config = _query_config

        _display_config = UNSET if self.display_config is None and not self._nulls & 2 else self.display_config
        display_config: dict[str, Any] | Unset | None
        if isinstance(_display_config, Unset):
            display_config = UNSET
        elif isinstance(_display_config, WidgetDataDisplayConfigType0):
            display_config = _display_config.to_dict()
        else:
            display_config = _display_config

        _deleted_at = UNSET if self.deleted_at is None and not self._nulls & 4 else self.deleted_at
        deleted_at: int | Unset | None
        if isinstance(_deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(_deleted_at, datetime.datetime):
            deleted_at = epoch_ms(_deleted_at)
        else:
            deleted_at = _deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "position": position,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if query_config is not UNSET:
            field_dict["query_config"] = query_config
        if display_config is not UNSET:
            field_dict["display_config"] = display_config
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            WidgetDataDisplayConfigType0 = _models.WidgetDataDisplayConfigType0
            WidgetDataQueryConfigType0 = _models.WidgetDataQueryConfigType0
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "type"
            type_ = src_dict["type"]
            if type(type_) is not str and not isinstance(type_, str):
                raise TypeError(f"member 'type': expected str, got {type(type_).__name__}")

            at = "position"
            position = src_dict["position"]
            if type(position) is not int and (not isinstance(position, int) or isinstance(position, bool)):
                raise TypeError(f"member 'position': expected int, got {type(position).__name__}")

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

            at = "updated_at"
            updated_at = parse_timestamp(src_dict["updated_at"])

            at = "query_config"
            query_config = src_dict.get("query_config", ABSENT)
            if query_config is not None and query_config is not ABSENT:
                if not isinstance(query_config, dict):
                    raise TypeError("member 'query_config': a value of the wrong type")
                query_config = WidgetDataQueryConfigType0.from_dict(query_config)

            if query_config is None:
                nulls |= 1

            at = "display_config"
            display_config = src_dict.get("display_config", ABSENT)
            if display_config is not None and display_config is not ABSENT:
                if not isinstance(display_config, dict):
                    raise TypeError("member 'display_config': a value of the wrong type")
                display_config = WidgetDataDisplayConfigType0.from_dict(display_config)

            if display_config is None:
                nulls |= 2

            at = "deleted_at"
            deleted_at = src_dict.get("deleted_at", ABSENT)
            if deleted_at is not None and deleted_at is not ABSENT:
                if not isinstance(deleted_at, int | float | str):
                    raise TypeError("member 'deleted_at': a value of the wrong type")
                deleted_at = parse_timestamp(deleted_at)

            if deleted_at is None:
                nulls |= 4

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        widget_data = object.__new__(cls)
        widget_data.id = id
        widget_data.type_ = type_
        widget_data.position = position
        widget_data.created_at = created_at
        widget_data.updated_at = updated_at
        widget_data.query_config = None if query_config is ABSENT else query_config
        widget_data.display_config = None if display_config is ABSENT else display_config
        widget_data.deleted_at = None if deleted_at is ABSENT else deleted_at
        widget_data._nulls = nulls
        widget_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 5 + (query_config is not ABSENT) + (display_config is not ABSENT) + (deleted_at is not ABSENT)
            else {}
        )
        return widget_data

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
