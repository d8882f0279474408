from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset, epoch_ms, parse_timestamp

if TYPE_CHECKING:
    from ..models.widget_response_display_config_type_0 import WidgetResponseDisplayConfigType0
    from ..models.widget_response_links import WidgetResponseLinks
    from ..models.widget_response_query_config_type_0 import WidgetResponseQueryConfigType0


T = TypeVar("T", bound="WidgetResponse")


@_attrs_define
class WidgetResponse:
    """Response carrying a widget.

    Attributes:
        field_links (WidgetResponseLinks): Hypermedia links to related resources and the actions available on this
            widget.
        id (str): Unique id of the widget.
        type_ (str): Kind of widget.
        position (int): Position of the widget.
        created_at (datetime.datetime): When the widget was created (epoch ms, or ISO 8601 on request).
        updated_at (datetime.datetime): When the widget was last changed (epoch ms, or ISO 8601 on request).
        query_config (None | Unset | WidgetResponseQueryConfigType0): Query config of the widget.
        display_config (None | Unset | WidgetResponseDisplayConfigType0): Display config of the widget.
        deleted_at (datetime.datetime | None | Unset): When the widget was deleted (epoch ms, or ISO 8601 on request).
    """

    field_links: WidgetResponseLinks
    id: str
    type_: str
    position: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    query_config: Unset | WidgetResponseQueryConfigType0 | None = UNSET
    display_config: Unset | WidgetResponseDisplayConfigType0 | None = UNSET
    deleted_at: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.widget_response_display_config_type_0 import WidgetResponseDisplayConfigType0
        from ..models.widget_response_query_config_type_0 import WidgetResponseQueryConfigType0

        field_links = self.field_links.to_dict()

        id = self.id

        type_ = self.type_

        position = self.position

        created_at = epoch_ms(self.created_at)

        updated_at = epoch_ms(self.updated_at)

        query_config: dict[str, Any] | Unset | None
        if isinstance(self.query_config, Unset):
            query_config = UNSET
        elif isinstance(self.query_config, WidgetResponseQueryConfigType0):
            query_config = self.query_config.to_dict()
        else:
            query_config = self.query_config

        display_config: dict[str, Any] | Unset | None
        if isinstance(self.display_config, Unset):
            display_config = UNSET
        elif isinstance(self.display_config, WidgetResponseDisplayConfigType0):
            display_config = self.display_config.to_dict()
        else:
            display_config = self.display_config

        deleted_at: int | Unset | None
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = epoch_ms(self.deleted_at)
        else:
            deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
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
            WidgetResponseDisplayConfigType0 = _models.WidgetResponseDisplayConfigType0
            WidgetResponseLinks = _models.WidgetResponseLinks
            WidgetResponseQueryConfigType0 = _models.WidgetResponseQueryConfigType0
        d = dict(src_dict)
        field_links = WidgetResponseLinks.from_dict(d.pop("_links"))

        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise TypeError(f"member 'type': expected str, got {type(type_).__name__}")

        position = d.pop("position")
        if not isinstance(position, int) or isinstance(position, bool):
            raise TypeError(f"member 'position': expected int, got {type(position).__name__}")

        created_at = parse_timestamp(d.pop("created_at"))

        updated_at = parse_timestamp(d.pop("updated_at"))

        def _parse_query_config(data: object) -> Unset | WidgetResponseQueryConfigType0 | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            query_config_type_0 = WidgetResponseQueryConfigType0.from_dict(data)

            return query_config_type_0

        query_config = _parse_query_config(d.pop("query_config", UNSET))

        def _parse_display_config(data: object) -> Unset | WidgetResponseDisplayConfigType0 | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            display_config_type_0 = WidgetResponseDisplayConfigType0.from_dict(data)

            return display_config_type_0

        display_config = _parse_display_config(d.pop("display_config", UNSET))

        def _parse_deleted_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, int | float | str):
                raise TypeError()
            deleted_at_type_0 = parse_timestamp(data)

            return deleted_at_type_0

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        widget_response = cls(
            field_links=field_links,
            id=id,
            type_=type_,
            position=position,
            created_at=created_at,
            updated_at=updated_at,
            query_config=query_config,
            display_config=display_config,
            deleted_at=deleted_at,
        )

        widget_response.additional_properties = d
        return widget_response

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
