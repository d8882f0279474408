from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Literal,
    NotRequired,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mandate_ceremony_decision import MandateCeremonyDecision
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="MandateCeremonyDecisionRequest")
_MEMBERS: frozenset[str] = frozenset(
    (
        "decision",
        "signature",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class MandateCeremonyDecisionRequest(Model):
    """Body of `decide_mandate_ceremony`, which approves (with the user's signature) or declines the proposed mandate.

    Example:
        {'decision': 'approved', 'signature': '0x3d5f...1b'}

    Attributes:
        decision: Approve or decline the proposed mandate; approving needs the signature.
        signature: Signature (hex) over the signed payload.
    """

    decision: MandateCeremonyDecision | Literal["approved", "declined"]
    signature: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("decision",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("signature",)
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        decision = MandateCeremonyDecision(self.decision).value

        signature: str | Unset | None
        if isinstance(self.signature, Unset):
            signature = UNSET
        else:
            signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "decision": decision,
            }
        )
        if signature is not UNSET:
            field_dict["signature"] = signature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "decision"
            decision = MandateCeremonyDecision.parse(src_dict["decision"])

            at = "signature"
            signature = src_dict.get("signature", ABSENT)
            if (
                type(signature) is not str
                and signature is not None
                and signature is not ABSENT
                and not isinstance(signature, str)
            ):
                raise TypeError(f"member 'signature': expected str or None or Unset, got {type(signature).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        mandate_ceremony_decision_request = object.__new__(cls)
        mandate_ceremony_decision_request.decision = decision
        mandate_ceremony_decision_request.signature = signature
        mandate_ceremony_decision_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 1 + (signature is not ABSENT)
            else {}
        )
        return mandate_ceremony_decision_request

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


class MandateCeremonyDecisionRequestDict(TypedDict):
    """``MandateCeremonyDecisionRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    decision: MandateCeremonyDecision | Literal["approved", "declined"]
    signature: NotRequired[str | None]
