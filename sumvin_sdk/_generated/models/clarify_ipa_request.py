from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import PARSE_ERRORS, Model, note_failure

if TYPE_CHECKING:
    from ..models.clarify_ipa_request_answers import ClarifyIPARequestAnswers


T = TypeVar("T", bound="ClarifyIPARequest")
_MEMBERS: frozenset[str] = frozenset(("answers",))  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class ClarifyIPARequest(Model):
    """Body of `clarify_ipa`, which answers the questions an errand's agent asked before it can go on.

    Attributes:
        answers: Answers to the errand's clarifying questions, keyed by question.
    """

    answers: ClarifyIPARequestAnswers
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("answers",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        answers = self.answers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answers": answers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            ClarifyIPARequestAnswers = _models.ClarifyIPARequestAnswers
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "answers"
            answers = ClarifyIPARequestAnswers.from_dict(src_dict["answers"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        clarify_ipa_request = object.__new__(cls)
        clarify_ipa_request.answers = answers
        clarify_ipa_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 1 else {}
        )
        return clarify_ipa_request

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


class ClarifyIPARequestDict(TypedDict):
    """``ClarifyIPARequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    answers: Mapping[str, Any] | _models.ClarifyIPARequestAnswers
