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
from ..types import PARSE_ERRORS, Model, note_failure

if TYPE_CHECKING:
    from ..models.kyc_submit_response_links import KYCSubmitResponseLinks


T = TypeVar("T", bound="KYCSubmitResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "status",
        "applicant_id",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class KYCSubmitResponse(Model):
    """What `submit_kyc_for_review` returns; it sends the user's completed verification to the provider for review.

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        status: State of the submission, such as `pending`.
        applicant_id: Sumsub's id for the user as an applicant.
    """

    field_links: KYCSubmitResponseLinks
    status: str
    applicant_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "status",
        "applicant_id",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        status = self.status

        applicant_id = self.applicant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "status": status,
                "applicant_id": applicant_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            KYCSubmitResponseLinks = _models.KYCSubmitResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = KYCSubmitResponseLinks.from_dict(src_dict["_links"])

            at = "status"
            status = src_dict["status"]
            if type(status) is not str and not isinstance(status, str):
                raise TypeError(f"member 'status': expected str, got {type(status).__name__}")

            at = "applicant_id"
            applicant_id = src_dict["applicant_id"]
            if type(applicant_id) is not str and not isinstance(applicant_id, str):
                raise TypeError(f"member 'applicant_id': expected str, got {type(applicant_id).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        kyc_submit_response = object.__new__(cls)
        kyc_submit_response.field_links = field_links
        kyc_submit_response.status = status
        kyc_submit_response.applicant_id = applicant_id
        kyc_submit_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 3 else {}
        )
        return kyc_submit_response

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
