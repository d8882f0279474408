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
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, note_failure

if TYPE_CHECKING:
    from ..models.kyc_applicant_response_links import KYCApplicantResponseLinks


T = TypeVar("T", bound="KYCApplicantResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "applicant_id",
        "user_id",
        "already_existed",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class KYCApplicantResponse(Model):
    """What `create_kyc_applicant` returns; it creates the user's applicant record with the verification provider; 200 when
    it already exists.

        Attributes:
            field_links: HAL links to this resource and to the actions available next, keyed by relation.
            applicant_id: Sumsub's id for the user as an applicant.
            user_id: Identifier of the user the KYC applicant belongs to.
            already_existed: True when the user already had an applicant and no new one was made. Default: False.
    """

    field_links: KYCApplicantResponseLinks
    applicant_id: str
    user_id: str
    already_existed: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "applicant_id",
        "user_id",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("already_existed",)

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        applicant_id = self.applicant_id

        user_id = self.user_id

        _already_existed = UNSET if self.already_existed is None else self.already_existed
        already_existed = _already_existed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "applicant_id": applicant_id,
                "user_id": user_id,
            }
        )
        if already_existed is not UNSET:
            field_dict["already_existed"] = already_existed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            KYCApplicantResponseLinks = _models.KYCApplicantResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = KYCApplicantResponseLinks.from_dict(src_dict["_links"])

            at = "applicant_id"
            applicant_id = src_dict["applicant_id"]
            if type(applicant_id) is not str and not isinstance(applicant_id, str):
                raise TypeError(f"member 'applicant_id': expected str, got {type(applicant_id).__name__}")

            at = "user_id"
            user_id = src_dict["user_id"]
            if type(user_id) is not str and not isinstance(user_id, str):
                raise TypeError(f"member 'user_id': expected str, got {type(user_id).__name__}")

            already_existed = src_dict.get("already_existed", ABSENT)
            if (
                type(already_existed) is not bool
                and already_existed is not ABSENT
                and not isinstance(already_existed, bool)
            ):
                raise TypeError(
                    f"member 'already_existed': expected bool or Unset, got {type(already_existed).__name__}"
                )

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        kyc_applicant_response = object.__new__(cls)
        kyc_applicant_response.field_links = field_links
        kyc_applicant_response.applicant_id = applicant_id
        kyc_applicant_response.user_id = user_id
        kyc_applicant_response.already_existed = None if already_existed is ABSENT else already_existed
        kyc_applicant_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 3 + (already_existed is not ABSENT)
            else {}
        )
        return kyc_applicant_response

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
