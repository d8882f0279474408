from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.condition_group_output_operator import ConditionGroupOutputOperator
from ..types import PARSE_ERRORS, Model, note_failure

if TYPE_CHECKING:
    from ..models.availability_condition import AvailabilityCondition
    from ..models.budget_cap_condition_output import BudgetCapConditionOutput
    from ..models.coverage_minimum_condition import CoverageMinimumCondition
    from ..models.flight_route_condition import FlightRouteCondition
    from ..models.jurisdiction_condition import JurisdictionCondition
    from ..models.price_target_condition_output import PriceTargetConditionOutput
    from ..models.time_window_condition import TimeWindowCondition


T = TypeVar("T", bound="ConditionGroupOutput")
_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "operator",
        "conditions",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class ConditionGroupOutput(Model):
    """Conditions combined with `AND` or `OR`, as returned; groups may nest.

    Attributes:
        type_: Always `group`: the condition combines others with `operator`.
        operator: Operator of the condition group: one of `AND`, `OR`.
        conditions: The conditions combined by `operator`; groups may nest.
    """

    type_: Literal["group"]
    operator: ConditionGroupOutputOperator
    conditions: list[
        AvailabilityCondition
        | BudgetCapConditionOutput
        | ConditionGroupOutput
        | CoverageMinimumCondition
        | FlightRouteCondition
        | JurisdictionCondition
        | PriceTargetConditionOutput
        | TimeWindowCondition
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "type_",
        "operator",
        "conditions",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        from ..models.availability_condition import AvailabilityCondition
        from ..models.budget_cap_condition_output import BudgetCapConditionOutput
        from ..models.coverage_minimum_condition import CoverageMinimumCondition
        from ..models.flight_route_condition import FlightRouteCondition
        from ..models.jurisdiction_condition import JurisdictionCondition
        from ..models.price_target_condition_output import PriceTargetConditionOutput
        from ..models.time_window_condition import TimeWindowCondition

        type_ = self.type_

        operator = ConditionGroupOutputOperator(self.operator).value

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item: dict[str, Any]
            if (
                isinstance(conditions_item_data, PriceTargetConditionOutput)
                or isinstance(conditions_item_data, BudgetCapConditionOutput)
                or isinstance(conditions_item_data, AvailabilityCondition)
                or isinstance(conditions_item_data, TimeWindowCondition)
                or isinstance(conditions_item_data, FlightRouteCondition)
                or isinstance(conditions_item_data, CoverageMinimumCondition)
                or isinstance(conditions_item_data, JurisdictionCondition)
            ):
                conditions_item = conditions_item_data.to_dict()
            else:
                conditions_item = conditions_item_data.to_dict()

            conditions.append(conditions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "operator": operator,
                "conditions": conditions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            AvailabilityCondition = _models.AvailabilityCondition
            BudgetCapConditionOutput = _models.BudgetCapConditionOutput
            CoverageMinimumCondition = _models.CoverageMinimumCondition
            FlightRouteCondition = _models.FlightRouteCondition
            JurisdictionCondition = _models.JurisdictionCondition
            PriceTargetConditionOutput = _models.PriceTargetConditionOutput
            TimeWindowCondition = _models.TimeWindowCondition
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "type"
            type_ = cast(Literal["group"], src_dict["type"])
            if type_ != "group":
                raise ValueError(f"type must match const 'group', got '{type_}'")

            at = "operator"
            operator = ConditionGroupOutputOperator.parse(src_dict["operator"])

            at = "conditions"
            _conditions = src_dict["conditions"]
            if not isinstance(_conditions, list):
                raise TypeError(f"member 'conditions': expected a list, got {type(_conditions).__name__}")

            conditions = []
            for conditions_item_data in _conditions:

                def _parse_conditions_item(
                    data: object,
                ) -> (
                    AvailabilityCondition
                    | BudgetCapConditionOutput
                    | ConditionGroupOutput
                    | CoverageMinimumCondition
                    | FlightRouteCondition
                    | JurisdictionCondition
                    | PriceTargetConditionOutput
                    | TimeWindowCondition
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        conditions_item_type_0 = PriceTargetConditionOutput.from_dict(data)

                        return conditions_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        conditions_item_type_1 = BudgetCapConditionOutput.from_dict(data)

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
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        conditions_item_type_6 = JurisdictionCondition.from_dict(data)

                        return conditions_item_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    conditions_item_type_7 = ConditionGroupOutput.from_dict(data)

                    return conditions_item_type_7

                conditions_item: Any = _parse_conditions_item(conditions_item_data)

                conditions.append(conditions_item)

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        condition_group_output = object.__new__(cls)
        condition_group_output.type_ = type_
        condition_group_output.operator = operator
        condition_group_output.conditions = conditions
        condition_group_output.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 3 else {}
        )
        return condition_group_output

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
