from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.eligibility_requirement_type import EligibilityRequirementType
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="EligibilityRequirementData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "name",
        "met",
        "connector_id",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class EligibilityRequirementData(Model):
    """One thing an Explore item needs, such as a connected service, and whether the user has it.

    Attributes:
        type_: What the requirement asks for; `connector` (a connected service) for now.
        name: Name of the eligibility requirement as shown to users.
        met: True once the user meets this requirement.
        connector_id: Id of the connector (third-party service).
    """

    type_: EligibilityRequirementType
    name: str
    met: bool
    connector_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "type_",
        "name",
        "met",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("connector_id",)

    def _json_dict(self) -> dict[str, Any]:
        type_ = EligibilityRequirementType(self.type_).value

        name = self.name

        met = self.met

        _connector_id = UNSET if self.connector_id is None and not self._nulls & 1 else self.connector_id
        connector_id: str | Unset | None
        if isinstance(_connector_id, Unset):
            connector_id = UNSET
        else:
            connector_id = _connector_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "met": met,
            }
        )
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "type"
            type_ = EligibilityRequirementType.parse(src_dict["type"])

            at = "name"
            name = src_dict["name"]
            if type(name) is not str and not isinstance(name, str):
                raise TypeError(f"member 'name': expected str, got {type(name).__name__}")

            at = "met"
            met = src_dict["met"]
            if type(met) is not bool and not isinstance(met, bool):
                raise TypeError(f"member 'met': expected bool, got {type(met).__name__}")

            at = "connector_id"
            connector_id = src_dict.get("connector_id", ABSENT)
            if (
                type(connector_id) is not str
                and connector_id is not None
                and connector_id is not ABSENT
                and not isinstance(connector_id, str)
            ):
                raise TypeError(
                    f"member 'connector_id': expected str or None or Unset, got {type(connector_id).__name__}"
                )

            if connector_id is None:
                nulls |= 1

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        eligibility_requirement_data = object.__new__(cls)
        eligibility_requirement_data.type_ = type_
        eligibility_requirement_data.name = name
        eligibility_requirement_data.met = met
        eligibility_requirement_data.connector_id = None if connector_id is ABSENT else connector_id
        eligibility_requirement_data._nulls = nulls
        eligibility_requirement_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 3 + (connector_id is not ABSENT)
            else {}
        )
        return eligibility_requirement_data

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
