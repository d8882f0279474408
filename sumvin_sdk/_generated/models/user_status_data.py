from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_changed_by import StatusChangedBy
from ..types import PARSE_ERRORS, Model, epoch_ms, note_failure, parse_timestamp

T = TypeVar("T", bound="UserStatusData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "status",
        "sub_status",
        "changed_by",
        "changed_at",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class UserStatusData(Model):
    """One account status of the user, with who set it and when.

    Attributes:
        status: Main account status: `active`, `suspended`, `pending` or `closed`.
        sub_status: Finer reason for the status (see `UserAccountSubStatus`); null when there is none.
        changed_by: Who made the change, such as the user themselves (`self`), an agent or an admin.
        changed_at: When the user status was changed (epoch ms on the wire).
    """

    status: str
    sub_status: str | None
    changed_by: StatusChangedBy
    changed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "status",
        "sub_status",
        "changed_by",
        "changed_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        status = self.status

        sub_status: str | None
        sub_status = self.sub_status

        changed_by = StatusChangedBy(self.changed_by).value

        changed_at = epoch_ms(self.changed_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "sub_status": sub_status,
                "changed_by": changed_by,
                "changed_at": changed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "status"
            status = src_dict["status"]
            if type(status) is not str and not isinstance(status, str):
                raise TypeError(f"member 'status': expected str, got {type(status).__name__}")

            at = "sub_status"
            sub_status = src_dict["sub_status"]
            if type(sub_status) is not str and sub_status is not None and not isinstance(sub_status, str):
                raise TypeError(f"member 'sub_status': expected str or None, got {type(sub_status).__name__}")

            at = "changed_by"
            changed_by = StatusChangedBy.parse(src_dict["changed_by"])

            at = "changed_at"
            changed_at = parse_timestamp(src_dict["changed_at"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        user_status_data = object.__new__(cls)
        user_status_data.status = status
        user_status_data.sub_status = sub_status
        user_status_data.changed_by = changed_by
        user_status_data.changed_at = changed_at
        user_status_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 4 else {}
        )
        return user_status_data

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
