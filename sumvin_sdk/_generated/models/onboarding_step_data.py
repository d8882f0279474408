from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.onboarding_step import OnboardingStep
from ..models.onboarding_step_status import OnboardingStepStatus
from ..types import UNSET, Model, Unset

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
        nulls = 0
        step = OnboardingStep.parse(src_dict["step"])

        status = OnboardingStepStatus.parse(src_dict["status"])

        gated = src_dict.get("gated", UNSET)
        if type(gated) is not bool and gated is not UNSET and not isinstance(gated, bool):
            raise TypeError(f"member 'gated': expected bool or Unset, got {type(gated).__name__}")

        meta: OnboardingStepDataMetaType0 | Unset | None = src_dict.get("meta", UNSET)
        if meta is not None and meta is not UNSET:
            if not isinstance(meta, dict):
                raise TypeError("member 'meta': a value of the wrong type")
            meta_type_0 = OnboardingStepDataMetaType0.from_dict(src_dict.get("meta", UNSET))

            meta = meta_type_0

        if meta is None:
            nulls |= 2

        onboarding_step_data = cls(
            step=step,
            status=status,
            gated=None if isinstance(gated, Unset) else gated,
            meta=None if isinstance(meta, Unset) else meta,
        )

        onboarding_step_data._nulls = nulls

        if not _MEMBERS.issuperset(src_dict):
            onboarding_step_data.additional_properties = {k: v for k, v in src_dict.items() if k not in _MEMBERS}
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
