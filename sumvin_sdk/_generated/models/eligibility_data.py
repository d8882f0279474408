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
    from ..models.eligibility_requirement_data import EligibilityRequirementData


T = TypeVar("T", bound="EligibilityData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "eligible",
        "requirements",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class EligibilityData(Model):
    """Whether the user may use an Explore item, and each requirement with whether it is met.

    Attributes:
        eligible: True when the user meets every requirement and can use the item.
        requirements: What the user must have in place before using the item.
    """

    eligible: bool
    requirements: list[EligibilityRequirementData]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "eligible",
        "requirements",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        eligible = self.eligible

        requirements = []
        for requirements_item_data in self.requirements:
            requirements_item = requirements_item_data.to_dict()
            requirements.append(requirements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eligible": eligible,
                "requirements": requirements,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            EligibilityRequirementData = _models.EligibilityRequirementData
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "eligible"
            eligible = src_dict["eligible"]
            if type(eligible) is not bool and not isinstance(eligible, bool):
                raise TypeError(f"member 'eligible': expected bool, got {type(eligible).__name__}")

            at = "requirements"
            _requirements = src_dict["requirements"]
            if not isinstance(_requirements, list):
                raise TypeError(f"member 'requirements': expected a list, got {type(_requirements).__name__}")

            requirements = [
                EligibilityRequirementData.from_dict(requirements_item_data) for requirements_item_data in _requirements
            ]

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        eligibility_data = object.__new__(cls)
        eligibility_data.eligible = eligible
        eligibility_data.requirements = requirements
        eligibility_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return eligibility_data

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
