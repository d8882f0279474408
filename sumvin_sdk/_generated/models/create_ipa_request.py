from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    NotRequired,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.autonomy_level import AutonomyLevel
from ..models.ipa_type import IPAType
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.availability_condition import AvailabilityCondition
    from ..models.budget_cap_condition_input import BudgetCapConditionInput
    from ..models.condition_group_input import ConditionGroupInput
    from ..models.coverage_minimum_condition import CoverageMinimumCondition
    from ..models.flight_route_condition import FlightRouteCondition
    from ..models.ipa_constraint import IPAConstraint
    from ..models.jurisdiction_condition import JurisdictionCondition
    from ..models.price_target_condition_input import PriceTargetConditionInput
    from ..models.time_window_condition import TimeWindowCondition


T = TypeVar("T", bound="CreateIPARequest")
_MEMBERS: frozenset[str] = frozenset(
    (
        "raw_intent",
        "intent_type",
        "autonomy_level",
        "constraints",
        "conditions",
        "originating_agent_task_id",
        "originating_chat_id",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class CreateIPARequest(Model):
    """Body of `create_ipa`, which asks an agent to run an errand from a plain-language request; the work starts in the
    background.

        Attributes:
            raw_intent: The request in the user's words, kept exactly as sent (1 to 2,000 characters).
            intent_type: Kind of purchase: `product`, `service` or `composite`; decides how the request is read.
            autonomy_level: How far the agent may act without asking the user; `conditions` apply only with
                `auto_within_conditions`.
            constraints: Requirements a result must meet to be acceptable (what to buy); not triggers for buying.
            conditions: Triggers that decide when an approved errand may buy (when to buy); not search filters.
            originating_agent_task_id: Id of an existing agent task to attach the errand to; cannot be combined with an
                Idempotency-Key.
            originating_chat_id: Id of the chat session the errand came from, for tracing.
    """

    raw_intent: str
    intent_type: IPAType | Literal["product", "service", "composite"] | Unset = UNSET
    autonomy_level: (
        AutonomyLevel | Literal["supervised", "approve_before_purchase", "auto_within_conditions", "autonomous"] | Unset
    ) = UNSET
    constraints: IPAConstraint | Unset | None = UNSET
    conditions: (
        list[
            AvailabilityCondition
            | BudgetCapConditionInput
            | ConditionGroupInput
            | CoverageMinimumCondition
            | FlightRouteCondition
            | JurisdictionCondition
            | PriceTargetConditionInput
            | TimeWindowCondition
        ]
        | Unset
        | None
    ) = UNSET
    originating_agent_task_id: str | Unset | None = UNSET
    originating_chat_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("raw_intent",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "intent_type",
        "autonomy_level",
        "constraints",
        "conditions",
        "originating_agent_task_id",
        "originating_chat_id",
    )
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        from ..models.availability_condition import AvailabilityCondition
        from ..models.budget_cap_condition_input import BudgetCapConditionInput
        from ..models.coverage_minimum_condition import CoverageMinimumCondition
        from ..models.flight_route_condition import FlightRouteCondition
        from ..models.ipa_constraint import IPAConstraint
        from ..models.jurisdiction_condition import JurisdictionCondition
        from ..models.price_target_condition_input import PriceTargetConditionInput
        from ..models.time_window_condition import TimeWindowCondition

        raw_intent = self.raw_intent

        intent_type: str | Unset = UNSET
        if not isinstance(self.intent_type, Unset):
            intent_type = IPAType(self.intent_type).value

        autonomy_level: str | Unset = UNSET
        if not isinstance(self.autonomy_level, Unset):
            autonomy_level = AutonomyLevel(self.autonomy_level).value

        constraints: dict[str, Any] | Unset | None
        if isinstance(self.constraints, Unset):
            constraints = UNSET
        elif isinstance(self.constraints, IPAConstraint):
            constraints = self.constraints.to_dict()
        else:
            constraints = self.constraints

        conditions: list[dict[str, Any]] | Unset | None
        if isinstance(self.conditions, Unset):
            conditions = UNSET
        elif isinstance(self.conditions, list):
            conditions = []
            for conditions_type_0_item_data in self.conditions:
                conditions_type_0_item: dict[str, Any]
                if (
                    isinstance(conditions_type_0_item_data, PriceTargetConditionInput)
                    or isinstance(conditions_type_0_item_data, BudgetCapConditionInput)
                    or isinstance(conditions_type_0_item_data, AvailabilityCondition)
                    or isinstance(conditions_type_0_item_data, TimeWindowCondition)
                    or isinstance(conditions_type_0_item_data, FlightRouteCondition)
                    or isinstance(conditions_type_0_item_data, CoverageMinimumCondition)
                    or isinstance(conditions_type_0_item_data, JurisdictionCondition)
                ):
                    conditions_type_0_item = conditions_type_0_item_data.to_dict()
                else:
                    conditions_type_0_item = conditions_type_0_item_data.to_dict()

                conditions.append(conditions_type_0_item)

        else:
            conditions = self.conditions

        originating_agent_task_id: str | Unset | None
        if isinstance(self.originating_agent_task_id, Unset):
            originating_agent_task_id = UNSET
        else:
            originating_agent_task_id = self.originating_agent_task_id

        originating_chat_id: str | Unset | None
        if isinstance(self.originating_chat_id, Unset):
            originating_chat_id = UNSET
        else:
            originating_chat_id = self.originating_chat_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "raw_intent": raw_intent,
            }
        )
        if intent_type is not UNSET:
            field_dict["intent_type"] = intent_type
        if autonomy_level is not UNSET:
            field_dict["autonomy_level"] = autonomy_level
        if constraints is not UNSET:
            field_dict["constraints"] = constraints
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if originating_agent_task_id is not UNSET:
            field_dict["originating_agent_task_id"] = originating_agent_task_id
        if originating_chat_id is not UNSET:
            field_dict["originating_chat_id"] = originating_chat_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            AvailabilityCondition = _models.AvailabilityCondition
            BudgetCapConditionInput = _models.BudgetCapConditionInput
            ConditionGroupInput = _models.ConditionGroupInput
            CoverageMinimumCondition = _models.CoverageMinimumCondition
            FlightRouteCondition = _models.FlightRouteCondition
            IPAConstraint = _models.IPAConstraint
            JurisdictionCondition = _models.JurisdictionCondition
            PriceTargetConditionInput = _models.PriceTargetConditionInput
            TimeWindowCondition = _models.TimeWindowCondition
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "raw_intent"
            raw_intent = src_dict["raw_intent"]
            if type(raw_intent) is not str and not isinstance(raw_intent, str):
                raise TypeError(f"member 'raw_intent': expected str, got {type(raw_intent).__name__}")

            at = "intent_type"
            intent_type = src_dict.get("intent_type", ABSENT)
            if intent_type is not ABSENT:
                intent_type = IPAType.parse(intent_type)

            at = "autonomy_level"
            autonomy_level = src_dict.get("autonomy_level", ABSENT)
            if autonomy_level is not ABSENT:
                autonomy_level = AutonomyLevel.parse(autonomy_level)

            at = "constraints"
            constraints = src_dict.get("constraints", ABSENT)
            if constraints is not None and constraints is not ABSENT:
                if not isinstance(constraints, dict):
                    raise TypeError("member 'constraints': a value of the wrong type")
                constraints = IPAConstraint.from_dict(constraints)

            at = "conditions"
            conditions = src_dict.get("conditions", ABSENT)
            if conditions is not None and conditions is not ABSENT:
                if not isinstance(conditions, list):
                    raise TypeError("member 'conditions': a value of the wrong type")
                _conditions_type_0 = conditions
                conditions_type_0 = []
                for conditions_type_0_item_data in _conditions_type_0:

                    def _parse_conditions_type_0_item(
                        data: object,
                    ) -> (
                        AvailabilityCondition
                        | BudgetCapConditionInput
                        | ConditionGroupInput
                        | CoverageMinimumCondition
                        | FlightRouteCondition
                        | JurisdictionCondition
                        | PriceTargetConditionInput
                        | TimeWindowCondition
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            conditions_type_0_item_type_0 = PriceTargetConditionInput.from_dict(data)

                            return conditions_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            conditions_type_0_item_type_1 = BudgetCapConditionInput.from_dict(data)

                            return conditions_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            conditions_type_0_item_type_2 = AvailabilityCondition.from_dict(data)

                            return conditions_type_0_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            conditions_type_0_item_type_3 = TimeWindowCondition.from_dict(data)

                            return conditions_type_0_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            conditions_type_0_item_type_4 = FlightRouteCondition.from_dict(data)

                            return conditions_type_0_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            conditions_type_0_item_type_5 = CoverageMinimumCondition.from_dict(data)

                            return conditions_type_0_item_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            conditions_type_0_item_type_6 = JurisdictionCondition.from_dict(data)

                            return conditions_type_0_item_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        conditions_type_0_item_type_7 = ConditionGroupInput.from_dict(data)

                        return conditions_type_0_item_type_7

                    conditions_type_0_item: Any = _parse_conditions_type_0_item(conditions_type_0_item_data)

                    conditions_type_0.append(conditions_type_0_item)

                conditions = conditions_type_0

            at = "originating_agent_task_id"
            originating_agent_task_id = src_dict.get("originating_agent_task_id", ABSENT)
            if (
                type(originating_agent_task_id) is not str
                and originating_agent_task_id is not None
                and originating_agent_task_id is not ABSENT
                and not isinstance(originating_agent_task_id, str)
            ):
                raise TypeError(
                    f"member 'originating_agent_task_id': expected str or None or Unset, got {type(originating_agent_task_id).__name__}"
                )

            at = "originating_chat_id"
            originating_chat_id = src_dict.get("originating_chat_id", ABSENT)
            if (
                type(originating_chat_id) is not str
                and originating_chat_id is not None
                and originating_chat_id is not ABSENT
                and not isinstance(originating_chat_id, str)
            ):
                raise TypeError(
                    f"member 'originating_chat_id': expected str or None or Unset, got {type(originating_chat_id).__name__}"
                )

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        create_ipa_request = object.__new__(cls)
        create_ipa_request.raw_intent = raw_intent
        create_ipa_request.intent_type = intent_type
        create_ipa_request.autonomy_level = autonomy_level
        create_ipa_request.constraints = constraints
        create_ipa_request.conditions = conditions
        create_ipa_request.originating_agent_task_id = originating_agent_task_id
        create_ipa_request.originating_chat_id = originating_chat_id
        create_ipa_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 1
            + (intent_type is not ABSENT)
            + (autonomy_level is not ABSENT)
            + (constraints is not ABSENT)
            + (conditions is not ABSENT)
            + (originating_agent_task_id is not ABSENT)
            + (originating_chat_id is not ABSENT)
            else {}
        )
        return create_ipa_request

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


class CreateIPARequestDict(TypedDict):
    """``CreateIPARequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    raw_intent: str
    intent_type: NotRequired[IPAType | Literal["product", "service", "composite"]]
    autonomy_level: NotRequired[
        AutonomyLevel | Literal["supervised", "approve_before_purchase", "auto_within_conditions", "autonomous"]
    ]
    constraints: NotRequired[_models.IPAConstraintDict | _models.IPAConstraint | None]
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
            | _models.ConditionGroupInputDict
            | _models.ConditionGroupInput
        ]
        | None
    ]
    originating_agent_task_id: NotRequired[str | None]
    originating_chat_id: NotRequired[str | None]
