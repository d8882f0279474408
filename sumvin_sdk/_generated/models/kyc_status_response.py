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
    from ..models.kyc_links import KYCLinks


T = TypeVar("T", bound="KYCStatusResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "status",
        "applicant_id",
        "verified_at",
        "rejected_at",
        "reject_reason",
        "global_id",
        "has_passport",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class KYCStatusResponse(Model):
    """What `get_kyc_status` returns: where the user's identity verification stands; `refresh` asks the provider first.

    Example:
        {'_links': {'self': {'href': '/v0/kyc/status'}, 'user': {'href': '/v0/user/me'}}, 'applicant_id':
            '65abc123def456', 'has_passport': False, 'status': 'approved', 'verified_at': 1704067200000}

    Attributes:
        field_links: Links to the user, the KYC status, a fresh Sumsub token and a browser verification session.
        status: Where verification stands: `pending`, `in_progress`, `retry`, `approved` or `rejected`.
        applicant_id: Sumsub's id for the user as an applicant; null before verification starts.
        verified_at: When the KYC status was verified (epoch ms on the wire).
        rejected_at: When the KYC status was rejected (epoch ms on the wire).
        reject_reason: Why verification was rejected or must be redone; null when approved or pending.
        global_id: Sumsub global id used to share the verification with partners; null without ID Connect.
        has_passport: True when Sumsub holds a verified passport for the user. Default: False.
    """

    field_links: KYCLinks
    status: str
    applicant_id: str | None
    verified_at: datetime.datetime | None
    rejected_at: datetime.datetime | None
    reject_reason: str | None
    global_id: str | None = None
    has_passport: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "status",
        "applicant_id",
        "verified_at",
        "rejected_at",
        "reject_reason",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "global_id",
        "has_passport",
    )

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        status = self.status

        applicant_id: str | None
        applicant_id = self.applicant_id

        verified_at: int | None
        if isinstance(self.verified_at, datetime.datetime):
            verified_at = epoch_ms(self.verified_at)
        else:
            verified_at = self.verified_at

        rejected_at: int | None
        if isinstance(self.rejected_at, datetime.datetime):
            rejected_at = epoch_ms(self.rejected_at)
        else:
            rejected_at = self.rejected_at

        reject_reason: str | None
        reject_reason = self.reject_reason

        _global_id = UNSET if self.global_id is None and not self._nulls & 1 else self.global_id
        global_id: str | Unset | None
        if isinstance(_global_id, Unset):
            global_id = UNSET
        else:
            global_id = _global_id

        _has_passport = UNSET if self.has_passport is None else self.has_passport
        has_passport = _has_passport

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "status": status,
                "applicant_id": applicant_id,
                "verified_at": verified_at,
                "rejected_at": rejected_at,
                "reject_reason": reject_reason,
            }
        )
        if global_id is not UNSET:
            field_dict["global_id"] = global_id
        if has_passport is not UNSET:
            field_dict["has_passport"] = has_passport

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            KYCLinks = _models.KYCLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "_links"
            field_links = KYCLinks.from_dict(src_dict["_links"])

            at = "status"
            status = src_dict["status"]
            if type(status) is not str and not isinstance(status, str):
                raise TypeError(f"member 'status': expected str, got {type(status).__name__}")

            at = "applicant_id"
            applicant_id = src_dict["applicant_id"]
            if type(applicant_id) is not str and applicant_id is not None and not isinstance(applicant_id, str):
                raise TypeError(f"member 'applicant_id': expected str or None, got {type(applicant_id).__name__}")

            at = "verified_at"
            verified_at = src_dict["verified_at"]
            if verified_at is not None:
                if not isinstance(verified_at, int | float | str):
                    raise TypeError("member 'verified_at': a value of the wrong type")
                verified_at = parse_timestamp(verified_at)

            at = "rejected_at"
            rejected_at = src_dict["rejected_at"]
            if rejected_at is not None:
                if not isinstance(rejected_at, int | float | str):
                    raise TypeError("member 'rejected_at': a value of the wrong type")
                rejected_at = parse_timestamp(rejected_at)

            at = "reject_reason"
            reject_reason = src_dict["reject_reason"]
            if type(reject_reason) is not str and reject_reason is not None and not isinstance(reject_reason, str):
                raise TypeError(f"member 'reject_reason': expected str or None, got {type(reject_reason).__name__}")

            at = "global_id"
            global_id = src_dict.get("global_id", ABSENT)
            if (
                type(global_id) is not str
                and global_id is not None
                and global_id is not ABSENT
                and not isinstance(global_id, str)
            ):
                raise TypeError(f"member 'global_id': expected str or None or Unset, got {type(global_id).__name__}")

            if global_id is None:
                nulls |= 1

            has_passport = src_dict.get("has_passport", ABSENT)
            if type(has_passport) is not bool and has_passport is not ABSENT and not isinstance(has_passport, bool):
                raise TypeError(f"member 'has_passport': expected bool or Unset, got {type(has_passport).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        kyc_status_response = object.__new__(cls)
        kyc_status_response.field_links = field_links
        kyc_status_response.status = status
        kyc_status_response.applicant_id = applicant_id
        kyc_status_response.verified_at = verified_at
        kyc_status_response.rejected_at = rejected_at
        kyc_status_response.reject_reason = reject_reason
        kyc_status_response.global_id = None if global_id is ABSENT else global_id
        kyc_status_response.has_passport = None if has_passport is ABSENT else has_passport
        kyc_status_response._nulls = nulls
        kyc_status_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 6 + (global_id is not ABSENT) + (has_passport is not ABSENT)
            else {}
        )
        return kyc_status_response

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
