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
from ..models.onboarding_step import OnboardingStep
from ..models.onboarding_step_status import OnboardingStepStatus
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.onboarding_step_data_meta_type_0 import OnboardingStepDataMetaType0


T = TypeVar("T", bound="OnboardingStepData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "step",
        "status",
        "gated",
        "meta",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class OnboardingStepData(Model):
    """One onboarding step and its state.

    Attributes:
        step: Which onboarding step this entry describes.
        status: State of the step: `pending`, `current`, `submitted`, `completed` or `skipped`.
        gated: True when the step can be waived for this user, so a later read may show it skipped. Default: False.
        meta: Extra information about the onboarding step.
    """

    step: OnboardingStep
    status: OnboardingStepStatus
    gated: bool | None = None
    meta: OnboardingStepDataMetaType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "step",
        "status",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "gated",
        "meta",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.onboarding_step_data_meta_type_0 import OnboardingStepDataMetaType0

        step = OnboardingStep(self.step).value

        status = OnboardingStepStatus(self.status).value

        _gated = UNSET if self.gated is None else self.gated
        gated = _gated

        _meta = UNSET if self.meta is None and not self._nulls & 2 else self.meta
        meta: dict[str, Any] | Unset | None
        if isinstance(_meta, Unset):
            meta = UNSET
        elif isinstance(_meta, OnboardingStepDataMetaType0):
            meta = _meta.to_dict()
        else:
            meta = _meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step": step,
                "status": status,
            }
        )
        if gated is not UNSET:
            field_dict["gated"] = gated
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            OnboardingStepDataMetaType0 = _models.OnboardingStepDataMetaType0
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "step"
            step = OnboardingStep.parse(src_dict["step"])

            at = "status"
            status = OnboardingStepStatus.parse(src_dict["status"])

            gated = src_dict.get("gated", ABSENT)
            if type(gated) is not bool and gated is not ABSENT and not isinstance(gated, bool):
                raise TypeError(f"member 'gated': expected bool or Unset, got {type(gated).__name__}")

            at = "meta"
            meta = src_dict.get("meta", ABSENT)
            if meta is not None and meta is not ABSENT:
                if not isinstance(meta, dict):
                    raise TypeError("member 'meta': a value of the wrong type")
                meta = OnboardingStepDataMetaType0.from_dict(meta)

            if meta is None:
                nulls |= 2

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        onboarding_step_data = object.__new__(cls)
        onboarding_step_data.step = step
        onboarding_step_data.status = status
        onboarding_step_data.gated = None if gated is ABSENT else gated
        onboarding_step_data.meta = None if meta is ABSENT else meta
        onboarding_step_data._nulls = nulls
        onboarding_step_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 2 + (gated is not ABSENT) + (meta is not ABSENT)
            else {}
        )
        return onboarding_step_data

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
