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

from ..models.card_account_status import CardAccountStatus
from ..models.card_account_sub_status import CardAccountSubStatus
from ..models.status_changed_by import StatusChangedBy
from ..types import PARSE_ERRORS, Model, epoch_ms, note_failure, parse_timestamp

T = TypeVar("T", bound="CardStatusData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "status",
        "sub_status",
        "changed_by",
        "created_at",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class CardStatusData(Model):
    """One state of a card, with who set it and when.

    Attributes:
        status: State of the card: `active`, `suspended`, `pending` or `closed`.
        sub_status: Finer reason for the state; null when there is none.
        changed_by: Who made the change, such as the user themselves (`self`), an agent or an admin.
        created_at: When the card status was created (epoch ms on the wire).
    """

    status: CardAccountStatus
    sub_status: CardAccountSubStatus | None
    changed_by: StatusChangedBy
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "status",
        "sub_status",
        "changed_by",
        "created_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        status = CardAccountStatus(self.status).value

        sub_status: str | None
        if isinstance(self.sub_status, CardAccountSubStatus):
            sub_status = CardAccountSubStatus(self.sub_status).value
        else:
            sub_status = self.sub_status

        changed_by = StatusChangedBy(self.changed_by).value

        created_at = epoch_ms(self.created_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "sub_status": sub_status,
                "changed_by": changed_by,
                "created_at": created_at,
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
            status = CardAccountStatus.parse(src_dict["status"])

            at = "sub_status"
            sub_status = src_dict["sub_status"]
            if sub_status is not None:
                if not isinstance(sub_status, str):
                    raise TypeError("member 'sub_status': a value of the wrong type")
                sub_status = CardAccountSubStatus.parse(sub_status)

            at = "changed_by"
            changed_by = StatusChangedBy.parse(src_dict["changed_by"])

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        card_status_data = object.__new__(cls)
        card_status_data.status = status
        card_status_data.sub_status = sub_status
        card_status_data.changed_by = changed_by
        card_status_data.created_at = created_at
        card_status_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 4 else {}
        )
        return card_status_data

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
