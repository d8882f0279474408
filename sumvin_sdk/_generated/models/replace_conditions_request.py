from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    NotRequired,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.availability_condition import AvailabilityCondition
    from ..models.budget_cap_condition_input import BudgetCapConditionInput
    from ..models.coverage_minimum_condition import CoverageMinimumCondition
    from ..models.flight_route_condition import FlightRouteCondition
    from ..models.jurisdiction_condition import JurisdictionCondition
    from ..models.price_target_condition_input import PriceTargetConditionInput
    from ..models.time_window_condition import TimeWindowCondition


T = TypeVar("T", bound="ReplaceConditionsRequest")
_MEMBERS: frozenset[str] = frozenset(("conditions",))  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class ReplaceConditionsRequest(Model):
    """Body of `replace_ipa_conditions`, which replaces the conditions in the errand's payload awaiting signature (an empty
    list clears them) and returns the payload to sign now.

        Attributes:
            conditions: The full set of conditions the purchase must meet, replacing any earlier set; an empty list removes
                them all.
    """

    conditions: (
        list[
            AvailabilityCondition
            | BudgetCapConditionInput
            | CoverageMinimumCondition
            | FlightRouteCondition
            | JurisdictionCondition
            | PriceTargetConditionInput
            | TimeWindowCondition
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("conditions",)
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        from ..models.availability_condition import AvailabilityCondition
        from ..models.budget_cap_condition_input import BudgetCapConditionInput
        from ..models.coverage_minimum_condition import CoverageMinimumCondition
        from ..models.flight_route_condition import FlightRouteCondition
        from ..models.price_target_condition_input import PriceTargetConditionInput
        from ..models.time_window_condition import TimeWindowCondition

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item: dict[str, Any]
                if (
                    isinstance(conditions_item_data, PriceTargetConditionInput)
                    or isinstance(conditions_item_data, BudgetCapConditionInput)
                    or isinstance(conditions_item_data, AvailabilityCondition)
                    or isinstance(conditions_item_data, TimeWindowCondition)
                    or isinstance(conditions_item_data, FlightRouteCondition)
                    or isinstance(conditions_item_data, CoverageMinimumCondition)
                ):
                    conditions_item = conditions_item_data.to_dict()
                else:
                    conditions_item = conditions_item_data.to_dict()

                conditions.append(conditions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conditions is not UNSET:
            field_dict["conditions"] = conditions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            AvailabilityCondition = _models.AvailabilityCondition
            BudgetCapConditionInput = _models.BudgetCapConditionInput
            CoverageMinimumCondition = _models.CoverageMinimumCondition
            FlightRouteCondition = _models.FlightRouteCondition
            JurisdictionCondition = _models.JurisdictionCondition
            PriceTargetConditionInput = _models.PriceTargetConditionInput
            TimeWindowCondition = _models.TimeWindowCondition
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "conditions"
            _conditions = src_dict.get("conditions", ABSENT)
            if _conditions is not ABSENT and not isinstance(_conditions, list):
                raise TypeError(f"member 'conditions': expected a list, got {type(_conditions).__name__}")

            conditions = _conditions
            if _conditions is not ABSENT:
                conditions = []
                for conditions_item_data in _conditions:

                    def _parse_conditions_item(
                        data: object,
                    ) -> (
                        AvailabilityCondition
                        | BudgetCapConditionInput
                        | CoverageMinimumCondition
                        | FlightRouteCondition
                        | JurisdictionCondition
                        | PriceTargetConditionInput
                        | TimeWindowCondition
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            conditions_item_type_0 = PriceTargetConditionInput.from_dict(data)

                            return conditions_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            conditions_item_type_1 = BudgetCapConditionInput.from_dict(data)

                            return conditions_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            conditions_item_type_2 = AvailabilityCondition.from_dict(data)

                            return conditions_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            conditions_item_type_3 = TimeWindowCondition.from_dict(data)

                            return conditions_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            conditions_item_type_4 = FlightRouteCondition.from_dict(data)

                            return conditions_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            conditions_item_type_5 = CoverageMinimumCondition.from_dict(data)

                            return conditions_item_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        conditions_item_type_6 = JurisdictionCondition.from_dict(data)

                        return conditions_item_type_6

                    conditions_item: Any = _parse_conditions_item(conditions_item_data)

                    conditions.append(conditions_item)

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        replace_conditions_request = object.__new__(cls)
        replace_conditions_request.conditions = conditions
        replace_conditions_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 0 + (conditions is not ABSENT)
            else {}
        )
        return replace_conditions_request

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


class ReplaceConditionsRequestDict(TypedDict):
    """``ReplaceConditionsRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    conditions: NotRequired[
        list[
            _models.PriceTargetConditionInputDict
            | _models.PriceTargetConditionInput
            | _models.BudgetCapConditionInputDict
            | _models.BudgetCapConditionInput
            | _models.AvailabilityConditionDict
            | _models.AvailabilityCondition
            | _models.TimeWindowConditionDict
            | _models.TimeWindowCondition
            | _models.FlightRouteConditionDict
            | _models.FlightRouteCondition
            | _models.CoverageMinimumConditionDict
            | _models.CoverageMinimumCondition
            | _models.JurisdictionConditionDict
            | _models.JurisdictionCondition
        ]
    ]
