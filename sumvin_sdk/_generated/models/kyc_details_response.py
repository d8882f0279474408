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
    from ..models.kyc_document_info import KYCDocumentInfo
    from ..models.kyc_links import KYCLinks
    from ..models.kyc_personal_info import KYCPersonalInfo
    from ..models.kyc_rejection_info import KYCRejectionInfo


T = TypeVar("T", bound="KYCDetailsResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "status",
        "verified_at",
        "rejected_at",
        "started_at",
        "personal_info",
        "documents",
        "verification_complete",
        "verification_passed",
        "rejection",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class KYCDetailsResponse(Model):
    """What `get_kyc_details` returns: the detailed state of the user's identity verification: checks, documents and review
    results.

        Attributes:
            field_links: Links to the user, the KYC status, a fresh Sumsub token and a browser verification session.
            status: Where verification stands: `pending`, `in_progress`, `retry`, `approved` or `rejected`.
            verified_at: When the KYC details was verified (epoch ms on the wire).
            rejected_at: When the KYC details was rejected (epoch ms on the wire).
            started_at: When the KYC details was started (epoch ms on the wire).
            personal_info: Personal details read from the documents; null before verification has them.
            documents: Documents submitted, each with its review status.
            verification_complete: True once every required document has been submitted. Default: False.
            verification_passed: True once verification has passed every check. Default: False.
            rejection: Why verification was rejected or must be retried; null unless it was.
    """

    field_links: KYCLinks
    status: str
    verified_at: datetime.datetime | None = None
    rejected_at: datetime.datetime | None = None
    started_at: datetime.datetime | None = None
    personal_info: KYCPersonalInfo | None = None
    documents: list[KYCDocumentInfo] | None = None
    verification_complete: bool | None = None
    verification_passed: bool | None = None
    rejection: KYCRejectionInfo | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "status",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "verified_at",
        "rejected_at",
        "started_at",
        "personal_info",
        "documents",
        "verification_complete",
        "verification_passed",
        "rejection",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.kyc_personal_info import KYCPersonalInfo
        from ..models.kyc_rejection_info import KYCRejectionInfo

        field_links = self.field_links.to_dict()

        status = self.status

        _verified_at = UNSET if self.verified_at is None and not self._nulls & 1 else self.verified_at
        verified_at: int | Unset | None
        if isinstance(_verified_at, Unset):
            verified_at = UNSET
        elif isinstance(_verified_at, datetime.datetime):
            verified_at = epoch_ms(_verified_at)
        else:
            verified_at = _verified_at

        _rejected_at = UNSET if self.rejected_at is None and not self._nulls & 2 else self.rejected_at
        rejected_at: int | Unset | None
        if isinstance(_rejected_at, Unset):
            rejected_at = UNSET
        elif isinstance(_rejected_at, datetime.datetime):
            rejected_at = epoch_ms(_rejected_at)
        else:
            rejected_at = _rejected_at

        _started_at = UNSET if self.started_at is None and not self._nulls & 4 else self.started_at
        started_at: int | Unset | None
        if isinstance(_started_at, Unset):
            started_at = UNSET
        elif isinstance(_started_at, datetime.datetime):
            started_at = epoch_ms(_started_at)
        else:
            started_at = _started_at

        _personal_info = UNSET if self.personal_info is None and not self._nulls & 8 else self.personal_info
        personal_info: dict[str, Any] | Unset | None
        if isinstance(_personal_info, Unset):
            personal_info = UNSET
        elif isinstance(_personal_info, KYCPersonalInfo):
            personal_info = _personal_info.to_dict()
        else:
            personal_info = _personal_info

        _documents = UNSET if self.documents is None else self.documents
        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_documents, Unset):
            documents = []
            for documents_item_data in _documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

        _verification_complete = UNSET if self.verification_complete is None else self.verification_complete
        verification_complete = _verification_complete

        _verification_passed = UNSET if self.verification_passed is None else self.verification_passed
        verification_passed = _verification_passed

        _rejection = UNSET if self.rejection is None and not self._nulls & 128 else self.rejection
        rejection: dict[str, Any] | Unset | None
        if isinstance(_rejection, Unset):
            rejection = UNSET
        elif isinstance(_rejection, KYCRejectionInfo):
            rejection = _rejection.to_dict()
        else:
            rejection = _rejection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "status": status,
            }
        )
        if verified_at is not UNSET:
            field_dict["verified_at"] = verified_at
        if rejected_at is not UNSET:
            field_dict["rejected_at"] = rejected_at
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if personal_info is not UNSET:
            field_dict["personal_info"] = personal_info
        if documents is not UNSET:
            field_dict["documents"] = documents
        if verification_complete is not UNSET:
            field_dict["verification_complete"] = verification_complete
        if verification_passed is not UNSET:
            field_dict["verification_passed"] = verification_passed
        if rejection is not UNSET:
            field_dict["rejection"] = rejection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            KYCDocumentInfo = _models.KYCDocumentInfo
            KYCLinks = _models.KYCLinks
            KYCPersonalInfo = _models.KYCPersonalInfo
            KYCRejectionInfo = _models.KYCRejectionInfo
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

            at = "verified_at"
            verified_at = src_dict.get("verified_at", ABSENT)
            if verified_at is not None and verified_at is not ABSENT:
                if not isinstance(verified_at, int | float | str):
                    raise TypeError("member 'verified_at': a value of the wrong type")
                verified_at = parse_timestamp(verified_at)

            if verified_at is None:
                nulls |= 1

            at = "rejected_at"
            rejected_at = src_dict.get("rejected_at", ABSENT)
            if rejected_at is not None and rejected_at is not ABSENT:
                if not isinstance(rejected_at, int | float | str):
                    raise TypeError("member 'rejected_at': a value of the wrong type")
                rejected_at = parse_timestamp(rejected_at)

            if rejected_at is None:
                nulls |= 2

            at = "started_at"
            started_at = src_dict.get("started_at", ABSENT)
            if started_at is not None and started_at is not ABSENT:
                if not isinstance(started_at, int | float | str):
                    raise TypeError("member 'started_at': a value of the wrong type")
                started_at = parse_timestamp(started_at)

            if started_at is None:
                nulls |= 4

            at = "personal_info"
            personal_info = src_dict.get("personal_info", ABSENT)
            if personal_info is not None and personal_info is not ABSENT:
                if not isinstance(personal_info, dict):
                    raise TypeError("member 'personal_info': a value of the wrong type")
                personal_info = KYCPersonalInfo.from_dict(personal_info)

            if personal_info is None:
                nulls |= 8

            at = "documents"
            _documents = src_dict.get("documents", ABSENT)
            if _documents is not ABSENT and not isinstance(_documents, list):
                raise TypeError(f"member 'documents': expected a list, got {type(_documents).__name__}")

            documents = _documents
            if _documents is not ABSENT:
                documents = [KYCDocumentInfo.from_dict(documents_item_data) for documents_item_data in _documents]

            verification_complete = src_dict.get("verification_complete", ABSENT)
            if (
                type(verification_complete) is not bool
                and verification_complete is not ABSENT
                and not isinstance(verification_complete, bool)
            ):
                raise TypeError(
                    f"member 'verification_complete': expected bool or Unset, got {type(verification_complete).__name__}"
                )

            verification_passed = src_dict.get("verification_passed", ABSENT)
            if (
                type(verification_passed) is not bool
                and verification_passed is not ABSENT
                and not isinstance(verification_passed, bool)
            ):
                raise TypeError(
                    f"member 'verification_passed': expected bool or Unset, got {type(verification_passed).__name__}"
                )

            at = "rejection"
            rejection = src_dict.get("rejection", ABSENT)
            if rejection is not None and rejection is not ABSENT:
                if not isinstance(rejection, dict):
                    raise TypeError("member 'rejection': a value of the wrong type")
                rejection = KYCRejectionInfo.from_dict(rejection)

            if rejection is None:
                nulls |= 128

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        kyc_details_response = object.__new__(cls)
        kyc_details_response.field_links = field_links
        kyc_details_response.status = status
        kyc_details_response.verified_at = None if verified_at is ABSENT else verified_at
        kyc_details_response.rejected_at = None if rejected_at is ABSENT else rejected_at
        kyc_details_response.started_at = None if started_at is ABSENT else started_at
        kyc_details_response.personal_info = None if personal_info is ABSENT else personal_info
        kyc_details_response.documents = None if documents is ABSENT else documents
        kyc_details_response.verification_complete = None if verification_complete is ABSENT else verification_complete
        kyc_details_response.verification_passed = None if verification_passed is ABSENT else verification_passed
        kyc_details_response.rejection = None if rejection is ABSENT else rejection
        kyc_details_response._nulls = nulls
        kyc_details_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 2
            + (verified_at is not ABSENT)
            + (rejected_at is not ABSENT)
            + (started_at is not ABSENT)
            + (personal_info is not ABSENT)
            + (documents is not ABSENT)
            + (verification_complete is not ABSENT)
            + (verification_passed is not ABSENT)
            + (rejection is not ABSENT)
            else {}
        )
        return kyc_details_response

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
