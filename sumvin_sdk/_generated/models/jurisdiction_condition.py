from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Literal,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="JurisdictionCondition")
_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "allowed_jurisdictions",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class JurisdictionCondition(Model):
    """Condition that holds in the listed countries.

    Attributes:
        type_: Always `jurisdiction`: the condition holds in the listed countries.
        allowed_jurisdictions: Countries where the purchase may go ahead, as ISO 3166-1 alpha-2 codes.
    """

    type_: Literal["jurisdiction"]
    allowed_jurisdictions: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "type_",
        "allowed_jurisdictions",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        type_ = self.type_

        allowed_jurisdictions = self.allowed_jurisdictions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "allowed_jurisdictions": allowed_jurisdictions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "type"
            type_ = cast(Literal["jurisdiction"], src_dict["type"])
            if type_ != "jurisdiction":
                raise ValueError(f"type must match const 'jurisdiction', got '{type_}'")

            at = "allowed_jurisdictions"
            _allowed_jurisdictions = src_dict["allowed_jurisdictions"]
            if not isinstance(_allowed_jurisdictions, list):
                raise TypeError(
                    f"member 'allowed_jurisdictions': expected a list, got {type(_allowed_jurisdictions).__name__}"
                )

            for allowed_jurisdictions_item in _allowed_jurisdictions:
                if type(allowed_jurisdictions_item) is not str and not isinstance(allowed_jurisdictions_item, str):
                    raise TypeError(
                        f"member 'allowed_jurisdictions[]': expected str, got {type(allowed_jurisdictions_item).__name__}"
                    )

            allowed_jurisdictions = _allowed_jurisdictions

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        jurisdiction_condition = object.__new__(cls)
        jurisdiction_condition.type_ = type_
        jurisdiction_condition.allowed_jurisdictions = allowed_jurisdictions
        jurisdiction_condition.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return jurisdiction_condition

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


class JurisdictionConditionDict(TypedDict):
    """``JurisdictionCondition`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    type: Literal["jurisdiction"]
    allowed_jurisdictions: list[str]
