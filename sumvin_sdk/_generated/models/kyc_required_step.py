from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="KYCRequiredStep")
_MEMBERS: frozenset[str] = frozenset(
    (
        "step_type",
        "has_documents",
        "review_answer",
        "moderation_comment",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class KYCRequiredStep(Model):
    """One document step the verification level asks for, and its state.

    Attributes:
        step_type: Step the verification level asks for, such as `IDENTITY` or `SELFIE`; an open set of values.
        has_documents: True once documents were uploaded for the step. Default: False.
        review_answer: Review outcome: `GREEN`, `RED`, or null before review.
        moderation_comment: Reviewer's comment on the step; null when there is none.
    """

    step_type: str
    has_documents: bool | None = None
    review_answer: str | None = None
    moderation_comment: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("step_type",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "has_documents",
        "review_answer",
        "moderation_comment",
    )

    def _json_dict(self) -> dict[str, Any]:
        step_type = self.step_type

        _has_documents = UNSET if self.has_documents is None else self.has_documents
        has_documents = _has_documents

        _review_answer = UNSET if self.review_answer is None and not self._nulls & 2 else self.review_answer
        review_answer: str | Unset | None
        if isinstance(_review_answer, Unset):
            review_answer = UNSET
        else:
            review_answer = _review_answer

        _moderation_comment = (
            UNSET if self.moderation_comment is None and not self._nulls & 4 else self.moderation_comment
        )
        moderation_comment: str | Unset | None
        if isinstance(_moderation_comment, Unset):
            moderation_comment = UNSET
        else:
            moderation_comment = _moderation_comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step_type": step_type,
            }
        )
        if has_documents is not UNSET:
            field_dict["has_documents"] = has_documents
        if review_answer is not UNSET:
            field_dict["review_answer"] = review_answer
        if moderation_comment is not UNSET:
            field_dict["moderation_comment"] = moderation_comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "step_type"
            step_type = src_dict["step_type"]
            if type(step_type) is not str and not isinstance(step_type, str):
                raise TypeError(f"member 'step_type': expected str, got {type(step_type).__name__}")

            has_documents = src_dict.get("has_documents", ABSENT)
            if type(has_documents) is not bool and has_documents is not ABSENT and not isinstance(has_documents, bool):
                raise TypeError(f"member 'has_documents': expected bool or Unset, got {type(has_documents).__name__}")

            at = "review_answer"
            review_answer = src_dict.get("review_answer", ABSENT)
            if (
                type(review_answer) is not str
                and review_answer is not None
                and review_answer is not ABSENT
                and not isinstance(review_answer, str)
            ):
                raise TypeError(
                    f"member 'review_answer': expected str or None or Unset, got {type(review_answer).__name__}"
                )

            if review_answer is None:
                nulls |= 2

            at = "moderation_comment"
            moderation_comment = src_dict.get("moderation_comment", ABSENT)
            if (
                type(moderation_comment) is not str
                and moderation_comment is not None
                and moderation_comment is not ABSENT
                and not isinstance(moderation_comment, str)
            ):
                raise TypeError(
                    f"member 'moderation_comment': expected str or None or Unset, got {type(moderation_comment).__name__}"
                )

            if moderation_comment is None:
                nulls |= 4

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        kyc_required_step = object.__new__(cls)
        kyc_required_step.step_type = step_type
        kyc_required_step.has_documents = None if has_documents is ABSENT else has_documents
        kyc_required_step.review_answer = None if review_answer is ABSENT else review_answer
        kyc_required_step.moderation_comment = None if moderation_comment is ABSENT else moderation_comment
        kyc_required_step._nulls = nulls
        kyc_required_step.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 1 + (has_documents is not ABSENT) + (review_answer is not ABSENT) + (moderation_comment is not ABSENT)
            else {}
        )
        return kyc_required_step

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
