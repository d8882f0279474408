from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset, epoch_ms, parse_timestamp

if TYPE_CHECKING:
    from ..models.pint_status_links import PintStatusLinks


T = TypeVar("T", bound="PintStatusResponse")


@_attrs_define
class PintStatusResponse:
    """Response carrying a PINT status.

    Attributes:
        field_links (PintStatusLinks): A PINT status links.
        id (str): Unique id of the PINT status.
        valid (bool): Whether valid applies to the PINT status.
        reason (None | str | Unset): Reason of the PINT status.
        revoked_at (datetime.datetime | None | Unset): When revoked happened for the PINT status (epoch ms, or ISO 8601
            on request).
    """

    field_links: PintStatusLinks
    id: str
    valid: bool
    reason: str | Unset | None = UNSET
    revoked_at: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        id = self.id

        valid = self.valid

        reason: str | Unset | None
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        revoked_at: int | Unset | None
        if isinstance(self.revoked_at, Unset):
            revoked_at = UNSET
        elif isinstance(self.revoked_at, datetime.datetime):
            revoked_at = epoch_ms(self.revoked_at)
        else:
            revoked_at = self.revoked_at

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
        d = dict(src_dict)
        field_links = PintStatusLinks.from_dict(d.pop("_links"))

        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

        valid = d.pop("valid")
        if not isinstance(valid, bool):
            raise TypeError(f"member 'valid': expected bool, got {type(valid).__name__}")

        reason: str | Unset | None = d.pop("reason", UNSET)
        if reason is not None and not isinstance(reason, Unset) and not isinstance(reason, str):
            raise TypeError(f"member 'reason': expected str or None or Unset, got {type(reason).__name__}")

        def _parse_revoked_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, int | float | str):
                raise TypeError()
            revoked_at_type_0 = parse_timestamp(data)

            return revoked_at_type_0

        revoked_at = _parse_revoked_at(d.pop("revoked_at", UNSET))

        pint_status_response = cls(
            field_links=field_links,
            id=id,
            valid=valid,
            reason=reason,
            revoked_at=revoked_at,
        )

        pint_status_response.additional_properties = d
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
