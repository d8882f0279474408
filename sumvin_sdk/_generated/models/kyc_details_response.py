from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Model, Unset, epoch_ms, parse_timestamp

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
        nulls = 0
        field_links = KYCLinks.from_dict(src_dict["_links"])

        status = src_dict["status"]
        if type(status) is not str and not isinstance(status, str):
            raise TypeError(f"member 'status': expected str, got {type(status).__name__}")

        verified_at: datetime.datetime | Unset | None = src_dict.get("verified_at", UNSET)
        if verified_at is not None and verified_at is not UNSET:
            if not isinstance(verified_at, int | float | str):
                raise TypeError("member 'verified_at': a value of the wrong type")
            verified_at_type_0 = parse_timestamp(src_dict.get("verified_at", UNSET))

            verified_at = verified_at_type_0

        if verified_at is None:
            nulls |= 1

        rejected_at: datetime.datetime | Unset | None = src_dict.get("rejected_at", UNSET)
        if rejected_at is not None and rejected_at is not UNSET:
            if not isinstance(rejected_at, int | float | str):
                raise TypeError("member 'rejected_at': a value of the wrong type")
            rejected_at_type_0 = parse_timestamp(src_dict.get("rejected_at", UNSET))

            rejected_at = rejected_at_type_0

        if rejected_at is None:
            nulls |= 2

        started_at: datetime.datetime | Unset | None = src_dict.get("started_at", UNSET)
        if started_at is not None and started_at is not UNSET:
            if not isinstance(started_at, int | float | str):
                raise TypeError("member 'started_at': a value of the wrong type")
            started_at_type_0 = parse_timestamp(src_dict.get("started_at", UNSET))

            started_at = started_at_type_0

        if started_at is None:
            nulls |= 4

        personal_info: KYCPersonalInfo | Unset | None = src_dict.get("personal_info", UNSET)
        if personal_info is not None and personal_info is not UNSET:
            if not isinstance(personal_info, dict):
                raise TypeError("member 'personal_info': a value of the wrong type")
            personal_info_type_0 = KYCPersonalInfo.from_dict(src_dict.get("personal_info", UNSET))

            personal_info = personal_info_type_0

        if personal_info is None:
            nulls |= 8

        _documents = src_dict.get("documents", UNSET)
        if not isinstance(_documents, list) and not isinstance(_documents, Unset):
            raise TypeError(f"member 'documents': expected a list, got {type(_documents).__name__}")

        documents: list[KYCDocumentInfo] | Unset = UNSET
        if not isinstance(_documents, Unset):
            documents = []
            for documents_item_data in _documents:
                documents_item = KYCDocumentInfo.from_dict(documents_item_data)

                documents.append(documents_item)

        verification_complete = src_dict.get("verification_complete", UNSET)
        if (
            type(verification_complete) is not bool
            and verification_complete is not UNSET
            and not isinstance(verification_complete, bool)
        ):
            raise TypeError(
                f"member 'verification_complete': expected bool or Unset, got {type(verification_complete).__name__}"
            )

        verification_passed = src_dict.get("verification_passed", UNSET)
        if (
            type(verification_passed) is not bool
            and verification_passed is not UNSET
            and not isinstance(verification_passed, bool)
        ):
            raise TypeError(
                f"member 'verification_passed': expected bool or Unset, got {type(verification_passed).__name__}"
            )

        rejection: KYCRejectionInfo | Unset | None = src_dict.get("rejection", UNSET)
        if rejection is not None and rejection is not UNSET:
            if not isinstance(rejection, dict):
                raise TypeError("member 'rejection': a value of the wrong type")
            rejection_type_0 = KYCRejectionInfo.from_dict(src_dict.get("rejection", UNSET))

            rejection = rejection_type_0

        if rejection is None:
            nulls |= 128

        kyc_details_response = cls(
            field_links=field_links,
            status=status,
            verified_at=None if isinstance(verified_at, Unset) else verified_at,
            rejected_at=None if isinstance(rejected_at, Unset) else rejected_at,
            started_at=None if isinstance(started_at, Unset) else started_at,
            personal_info=None if isinstance(personal_info, Unset) else personal_info,
            documents=None if isinstance(documents, Unset) else documents,
            verification_complete=None if isinstance(verification_complete, Unset) else verification_complete,
            verification_passed=None if isinstance(verification_passed, Unset) else verification_passed,
            rejection=None if isinstance(rejection, Unset) else rejection,
        )

        kyc_details_response._nulls = nulls

        if not _MEMBERS.issuperset(src_dict):
            kyc_details_response.additional_properties = {k: v for k, v in src_dict.items() if k not in _MEMBERS}
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
