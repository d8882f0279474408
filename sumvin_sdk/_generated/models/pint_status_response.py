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
    from ..models.pint_status_links import PintStatusLinks


T = TypeVar("T", bound="PintStatusResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "id",
        "valid",
        "reason",
        "revoked_at",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class PintStatusResponse(Model):
    """Whether a PINT is still valid and, if not, why and since when.

    Attributes:
        field_links: Links to this status and to the PINT itself.
        id: Unique id of the PINT status.
        valid: True while the PINT is active: neither revoked nor expired.
        reason: Why the PINT is not valid (`revoked` or `expired`); null while it is valid.
        revoked_at: When the PINT status was revoked (epoch ms on the wire).
    """

    field_links: PintStatusLinks
    id: str
    valid: bool
    reason: str | None = None
    revoked_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "id",
        "valid",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "reason",
        "revoked_at",
    )

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        id = self.id

        valid = self.valid

        _reason = UNSET if self.reason is None and not self._nulls & 1 else self.reason
        reason: str | Unset | None
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = _reason

        _revoked_at = UNSET if self.revoked_at is None and not self._nulls & 2 else self.revoked_at
        revoked_at: int | Unset | None
        if isinstance(_revoked_at, Unset):
            revoked_at = UNSET
        elif isinstance(_revoked_at, datetime.datetime):
            revoked_at = epoch_ms(_revoked_at)
        else:
            revoked_at = _revoked_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "id": id,
                "valid": valid,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if revoked_at is not UNSET:
            field_dict["revoked_at"] = revoked_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            PintStatusLinks = _models.PintStatusLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "_links"
            field_links = PintStatusLinks.from_dict(src_dict["_links"])

            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "valid"
            valid = src_dict["valid"]
            if type(valid) is not bool and not isinstance(valid, bool):
                raise TypeError(f"member 'valid': expected bool, got {type(valid).__name__}")

            at = "reason"
            reason = src_dict.get("reason", ABSENT)
            if type(reason) is not str and reason is not None and reason is not ABSENT and not isinstance(reason, str):
                raise TypeError(f"member 'reason': expected str or None or Unset, got {type(reason).__name__}")

            if reason is None:
                nulls |= 1

            at = "revoked_at"
            revoked_at = src_dict.get("revoked_at", ABSENT)
            if revoked_at is not None and revoked_at is not ABSENT:
                if not isinstance(revoked_at, int | float | str):
                    raise TypeError("member 'revoked_at': a value of the wrong type")
                revoked_at = parse_timestamp(revoked_at)

            if revoked_at is None:
                nulls |= 2

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        pint_status_response = object.__new__(cls)
        pint_status_response.field_links = field_links
        pint_status_response.id = id
        pint_status_response.valid = valid
        pint_status_response.reason = None if reason is ABSENT else reason
        pint_status_response.revoked_at = None if revoked_at is ABSENT else revoked_at
        pint_status_response._nulls = nulls
        pint_status_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 3 + (reason is not ABSENT) + (revoked_at is not ABSENT)
            else {}
        )
        return pint_status_response

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
