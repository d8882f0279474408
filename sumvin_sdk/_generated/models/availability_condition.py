from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Literal,
    NotRequired,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="AvailabilityCondition")
_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "required_statuses",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class AvailabilityCondition(Model):
    """Condition that holds while the offer has an allowed availability status.

    Attributes:
        type_: Always `availability`: the condition holds while the offer is in stock.
        required_statuses: Offer statuses that let the purchase go ahead, such as `in_stock` or `pre_order`.
    """

    type_: Literal["availability"]
    required_statuses: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("type_",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("required_statuses",)

    def _json_dict(self) -> dict[str, Any]:
        type_ = self.type_

        _required_statuses = UNSET if self.required_statuses is None else self.required_statuses
        required_statuses: list[str] | Unset = UNSET
        if not isinstance(_required_statuses, Unset):
            required_statuses = _required_statuses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if required_statuses is not UNSET:
            field_dict["required_statuses"] = required_statuses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "type"
            type_ = cast(Literal["availability"], src_dict["type"])
            if type_ != "availability":
                raise ValueError(f"type must match const 'availability', got '{type_}'")

            at = "required_statuses"
            _required_statuses = src_dict.get("required_statuses", ABSENT)
            if _required_statuses is not ABSENT and not isinstance(_required_statuses, list):
                raise TypeError(f"member 'required_statuses': expected a list, got {type(_required_statuses).__name__}")

            if _required_statuses is not ABSENT:
                for required_statuses_item in _required_statuses:
                    if type(required_statuses_item) is not str and not isinstance(required_statuses_item, str):
                        raise TypeError(
                            f"member 'required_statuses[]': expected str, got {type(required_statuses_item).__name__}"
                        )

            required_statuses = _required_statuses

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        availability_condition = object.__new__(cls)
        availability_condition.type_ = type_
        availability_condition.required_statuses = None if required_statuses is ABSENT else required_statuses
        availability_condition.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 1 + (required_statuses is not ABSENT)
            else {}
        )
        return availability_condition

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


class AvailabilityConditionDict(TypedDict):
    """``AvailabilityCondition`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    type: Literal["availability"]
    required_statuses: NotRequired[list[str]]
