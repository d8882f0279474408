from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Model, Unset

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
        nulls = 0
        self_ = Link.from_dict(src_dict["self"])

        applicant: Link | Unset | None = src_dict.get("applicant", UNSET)
        if applicant is not None and applicant is not UNSET:
            if not isinstance(applicant, dict):
                raise TypeError("member 'applicant': a value of the wrong type")
            applicant_type_0 = Link.from_dict(src_dict.get("applicant", UNSET))

            applicant = applicant_type_0

        if applicant is None:
            nulls |= 1

        status: Link | Unset | None = src_dict.get("status", UNSET)
        if status is not None and status is not UNSET:
            if not isinstance(status, dict):
                raise TypeError("member 'status': a value of the wrong type")
            status_type_0 = Link.from_dict(src_dict.get("status", UNSET))

            status = status_type_0

        if status is None:
            nulls |= 2

        kyc_session_redemption_links = cls(
            self_=self_,
            applicant=None if isinstance(applicant, Unset) else applicant,
            status=None if isinstance(status, Unset) else status,
        )

        kyc_session_redemption_links._nulls = nulls

        if not _MEMBERS.issuperset(src_dict):
            kyc_session_redemption_links.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _MEMBERS
            }
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
