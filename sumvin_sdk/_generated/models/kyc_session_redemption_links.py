from __future__ import annotations

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
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="KycSessionRedemptionLinks")
_MEMBERS: frozenset[str] = frozenset(
    (
        "self",
        "applicant",
        "status",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class KycSessionRedemptionLinks(Model):
    """Links of a KYC session redemption: related resources and the actions available.

    Attributes:
        self_: Link to this resource.
        applicant: Link to create the KYC applicant before document capture; null when not offered.
        status: Link to poll for the verification outcome; null when not offered.
    """

    self_: Link
    applicant: Link | None = None
    status: Link | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("self_",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "applicant",
        "status",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.link import Link

        self_ = self.self_.to_dict()

        _applicant = UNSET if self.applicant is None and not self._nulls & 1 else self.applicant
        applicant: dict[str, Any] | Unset | None
        if isinstance(_applicant, Unset):
            applicant = UNSET
        elif isinstance(_applicant, Link):
            applicant = _applicant.to_dict()
        else:
            applicant = _applicant

        _status = UNSET if self.status is None and not self._nulls & 2 else self.status
        status: dict[str, Any] | Unset | None
        if isinstance(_status, Unset):
            status = UNSET
        elif isinstance(_status, Link):
            status = _status.to_dict()
        else:
            status = _status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
            }
        )
        if applicant is not UNSET:
            field_dict["applicant"] = applicant
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            Link = _models.Link
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "self"
            self_ = Link.from_dict(src_dict["self"])

            at = "applicant"
            applicant = src_dict.get("applicant", ABSENT)
            if applicant is not None and applicant is not ABSENT:
                if not isinstance(applicant, dict):
                    raise TypeError("member 'applicant': a value of the wrong type")
                applicant = Link.from_dict(applicant)

            if applicant is None:
                nulls |= 1

            at = "status"
            status = src_dict.get("status", ABSENT)
            if status is not None and status is not ABSENT:
                if not isinstance(status, dict):
                    raise TypeError("member 'status': a value of the wrong type")
                status = Link.from_dict(status)

            if status is None:
                nulls |= 2

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        kyc_session_redemption_links = object.__new__(cls)
        kyc_session_redemption_links.self_ = self_
        kyc_session_redemption_links.applicant = None if applicant is ABSENT else applicant
        kyc_session_redemption_links.status = None if status is ABSENT else status
        kyc_session_redemption_links._nulls = nulls
        kyc_session_redemption_links.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 1 + (applicant is not ABSENT) + (status is not ABSENT)
            else {}
        )
        return kyc_session_redemption_links

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
