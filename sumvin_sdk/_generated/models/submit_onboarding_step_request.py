from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.onboarding_step import OnboardingStep
from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="SubmitOnboardingStepRequest")
_MEMBERS: frozenset[str] = frozenset(("step",))  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class SubmitOnboardingStepRequest(Model):
    """Body of `submit_onboarding_step`, which records the user's answer to one onboarding step and returns the updated
    list of steps.

        Attributes:
            step: The step being answered; it must be the user's current step.
    """

    step: (
        OnboardingStep
        | Literal[
            "created",
            "phone_verification",
            "kyc_verification",
            "byo_safe",
            "safe_deploy",
            "open_banking",
            "card_setup",
            "feature_selection",
            "complete",
        ]
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("step",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        step = OnboardingStep(self.step).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step": step,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "step"
            step = OnboardingStep.parse(src_dict["step"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        submit_onboarding_step_request = object.__new__(cls)
        submit_onboarding_step_request.step = step
        submit_onboarding_step_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 1 else {}
        )
        return submit_onboarding_step_request

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


class SubmitOnboardingStepRequestDict(TypedDict):
    """``SubmitOnboardingStepRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    step: (
        OnboardingStep
        | Literal[
            "created",
            "phone_verification",
            "kyc_verification",
            "byo_safe",
            "safe_deploy",
            "open_banking",
            "card_setup",
            "feature_selection",
            "complete",
        ]
    )
