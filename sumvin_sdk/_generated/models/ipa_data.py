from __future__ import annotations

import datetime
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
from ..models.autonomy_level import AutonomyLevel
from ..models.ipa_status import IPAStatus
from ..models.ipa_type import IPAType
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.agent_task_summary_data import AgentTaskSummaryData
    from ..models.availability_condition import AvailabilityCondition
    from ..models.budget_cap_condition_output import BudgetCapConditionOutput
    from ..models.condition_group_output import ConditionGroupOutput
    from ..models.coverage_minimum_condition import CoverageMinimumCondition
    from ..models.eip712_payload import EIP712Payload
    from ..models.flight_route_condition import FlightRouteCondition
    from ..models.ipa_candidate_data import IPACandidateData
    from ..models.ipa_constraint import IPAConstraint
    from ..models.ipa_event_data import IPAEventData
    from ..models.ipa_manifest_data import IPAManifestData
    from ..models.jurisdiction_condition import JurisdictionCondition
    from ..models.mandate_capacity_data import MandateCapacityData
    from ..models.manifest_summary_data import ManifestSummaryData
    from ..models.price_target_condition_output import PriceTargetConditionOutput
    from ..models.time_window_condition import TimeWindowCondition


T = TypeVar("T", bound="IPAData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "intent_type",
        "status",
        "autonomy_level",
        "created_at",
        "raw_intent",
        "specification",
        "constraints",
        "conditions",
        "monitor_until",
        "clarification_questions",
        "failure_reason",
        "pint_uris",
        "updated_at",
        "completed_at",
        "capacity",
        "manifest_summary",
        "preflight_workflow_id",
        "originating_agent_task",
        "executing_agent_task",
        "candidates",
        "manifests",
        "events",
        "approval_payload",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class IPAData(Model):
    """An errand (IPA): the request, how far the agent may act, its state and, when asked for, its detail.

    Attributes:
        id: Unique id of the IPA.
        intent_type: Kind of purchase: `product`, `service` or `composite`.
        status: Where the errand stands, from `qualifying` and `searching` through `pending_approval` to `completed`,
            `failed`, `expired` or `cancelled`.
        autonomy_level: How far the agent may act without asking the user.
        created_at: When the IPA was created (epoch ms on the wire).
        raw_intent: The request in the user's own words; null when the errand was made otherwise.
        specification: What to buy, as worked out from the request; null until parsed.
        constraints: Requirements a result must meet; null when none.
        conditions: Triggers that decide when the approved errand may buy; null when none.
        monitor_until: When monitoring the conditions stops, in epoch milliseconds; null when it does not.
        clarification_questions: Questions the user must answer before the errand can go on; null when there are none.
        failure_reason: Why the errand failed; null unless it did.
        pint_uris: URIs of the PINTs minted for the errand; null when none.
        updated_at: When the IPA last changed (epoch ms on the wire).
        completed_at: When the IPA was completed (epoch ms on the wire).
        capacity: How much of the linked mandate is left to spend; null without a mandate.
        manifest_summary: Short account of the chosen manifest; null before one exists.
        preflight_workflow_id: Id of the workflow that runs the preflight checks; null before it starts.
        originating_agent_task: The agent task that created the errand; null when it came from elsewhere.
        executing_agent_task: The agent task carrying the errand out; null before one starts.
        candidates: Offers considered for the errand; null unless asked for.
        manifests: Baskets proposed for purchase; null unless asked for.
        events: What has happened to the errand; null unless asked for.
        approval_payload: EIP-712 typed data the user signs to approve; null when no approval is waiting.
    """

    id: str
    intent_type: IPAType
    status: IPAStatus
    autonomy_level: AutonomyLevel
    created_at: datetime.datetime
    raw_intent: str | None = None
    specification: str | None = None
    constraints: IPAConstraint | None = None
    conditions: (
        list[
            AvailabilityCondition
            | BudgetCapConditionOutput
            | ConditionGroupOutput
            | CoverageMinimumCondition
            | FlightRouteCondition
            | JurisdictionCondition
            | PriceTargetConditionOutput
            | TimeWindowCondition
        ]
        | None
    ) = None
    monitor_until: int | None = None
    clarification_questions: list[str] | None = None
    failure_reason: str | None = None
    pint_uris: list[str] | None = None
    updated_at: datetime.datetime | None = None
    completed_at: datetime.datetime | None = None
    capacity: MandateCapacityData | None = None
    manifest_summary: ManifestSummaryData | None = None
    preflight_workflow_id: str | None = None
    originating_agent_task: AgentTaskSummaryData | None = None
    executing_agent_task: AgentTaskSummaryData | None = None
    candidates: list[IPACandidateData] | None = None
    manifests: list[IPAManifestData] | None = None
    events: list[IPAEventData] | None = None
    approval_payload: EIP712Payload | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "intent_type",
        "status",
        "autonomy_level",
        "created_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "raw_intent",
        "specification",
        "constraints",
        "conditions",
        "monitor_until",
        "clarification_questions",
        "failure_reason",
        "pint_uris",
        "updated_at",
        "completed_at",
        "capacity",
        "manifest_summary",
        "preflight_workflow_id",
        "originating_agent_task",
        "executing_agent_task",
        "candidates",
        "manifests",
        "events",
        "approval_payload",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.agent_task_summary_data import AgentTaskSummaryData
        from ..models.availability_condition import AvailabilityCondition
        from ..models.budget_cap_condition_output import BudgetCapConditionOutput
        from ..models.coverage_minimum_condition import CoverageMinimumCondition
        from ..models.eip712_payload import EIP712Payload
        from ..models.flight_route_condition import FlightRouteCondition
        from ..models.ipa_constraint import IPAConstraint
        from ..models.jurisdiction_condition import JurisdictionCondition
        from ..models.mandate_capacity_data import MandateCapacityData
        from ..models.manifest_summary_data import ManifestSummaryData
        from ..models.price_target_condition_output import PriceTargetConditionOutput
        from ..models.time_window_condition import TimeWindowCondition

        id = self.id

        intent_type = IPAType(self.intent_type).value

        status = IPAStatus(self.status).value

        autonomy_level = AutonomyLevel(self.autonomy_level).value

        created_at = epoch_ms(self.created_at)

        _raw_intent = UNSET if self.raw_intent is None and not self._nulls & 1 else self.raw_intent
        raw_intent: str | Unset | None
        if isinstance(_raw_intent, Unset):
            raw_intent = UNSET
        else:
            raw_intent = _raw_intent

        _specification = UNSET if self.specification is None and not self._nulls & 2 else self.specification
        specification: str | Unset | None
        if isinstance(_specification, Unset):
            specification = UNSET
        else:
            specification = _specification

        _constraints = UNSET if self.constraints is None and not self._nulls & 4 else self.constraints
        constraints: dict[str, Any] | Unset | None
        if isinstance(_constraints, Unset):
            constraints = UNSET
        elif isinstance(_constraints, IPAConstraint):
            constraints = _constraints.to_dict()
        else:
            constraints = _constraints

        _conditions = UNSET if self.conditions is None and not self._nulls & 8 else self.conditions
        conditions: list[dict[str, Any]] | Unset | None
        if isinstance(_conditions, Unset):
            conditions = UNSET
        elif isinstance(_conditions, list):
            conditions = []
            for conditions_type_0_item_data in _conditions:
                conditions_type_0_item: dict[str, Any]
                if (
                    isinstance(conditions_type_0_item_data, PriceTargetConditionOutput)
                    or isinstance(conditions_type_0_item_data, BudgetCapConditionOutput)
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
            conditions = _conditions

        _monitor_until = UNSET if self.monitor_until is None and not self._nulls & 16 else self.monitor_until
        monitor_until: int | Unset | None
        if isinstance(_monitor_until, Unset):
            monitor_until = UNSET
        else:
            monitor_until = _monitor_until

        _clarification_questions = (
            UNSET if self.clarification_questions is None and not self._nulls & 32 else self.clarification_questions
        )
        clarification_questions: list[str] | Unset | None
        if isinstance(_clarification_questions, Unset):
            clarification_questions = UNSET
        elif isinstance(_clarification_questions, list):
            clarification_questions = _clarification_questions

        else:
            clarification_questions = _clarification_questions

        _failure_reason = UNSET if self.failure_reason is None and not self._nulls & 64 else self.failure_reason
        failure_reason: str | Unset | None
        if isinstance(_failure_reason, Unset):
            failure_reason = UNSET
        else:
            failure_reason = _failure_reason

        _pint_uris = UNSET if self.pint_uris is None and not self._nulls & 128 else self.pint_uris
        pint_uris: list[str] | Unset | None
        if isinstance(_pint_uris, Unset):
            pint_uris = UNSET
        elif isinstance(_pint_uris, list):
            pint_uris = _pint_uris

        else:
            pint_uris = _pint_uris

        _updated_at = UNSET if self.updated_at is None and not self._nulls & 256 else self.updated_at
        updated_at: int | Unset | None
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        elif isinstance(_updated_at, datetime.datetime):
            updated_at = epoch_ms(_updated_at)
        else:
            updated_at = _updated_at

        _completed_at = UNSET if self.completed_at is None and not self._nulls & 512 else self.completed_at
        completed_at: int | Unset | None
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        elif isinstance(_completed_at, datetime.datetime):
            completed_at = epoch_ms(_completed_at)
        else:
            completed_at = _completed_at

        _capacity = UNSET if self.capacity is None and not self._nulls & 1024 else self.capacity
        capacity: dict[str, Any] | Unset | None
        if isinstance(_capacity, Unset):
            capacity = UNSET
        elif isinstance(_capacity, MandateCapacityData):
            capacity = _capacity.to_dict()
        else:
            capacity = _capacity

        _manifest_summary = UNSET if self.manifest_summary is None and not self._nulls & 2048 else self.manifest_summary
        manifest_summary: dict[str, Any] | Unset | None
        if isinstance(_manifest_summary, Unset):
            manifest_summary = UNSET
        elif isinstance(_manifest_summary, ManifestSummaryData):
            manifest_summary = _manifest_summary.to_dict()
        else:
            manifest_summary = _manifest_summary

        _preflight_workflow_id = (
            UNSET if self.preflight_workflow_id is None and not self._nulls & 4096 else self.preflight_workflow_id
        )
        preflight_workflow_id: str | Unset | None
        if isinstance(_preflight_workflow_id, Unset):
            preflight_workflow_id = UNSET
        else:
            preflight_workflow_id = _preflight_workflow_id

        _originating_agent_task = (
            UNSET if self.originating_agent_task is None and not self._nulls & 8192 else self.originating_agent_task
        )
        originating_agent_task: dict[str, Any] | Unset | None
        if isinstance(_originating_agent_task, Unset):
            originating_agent_task = UNSET
        elif isinstance(_originating_agent_task, AgentTaskSummaryData):
            originating_agent_task = _originating_agent_task.to_dict()
        else:
            originating_agent_task = _originating_agent_task

        _executing_agent_task = (
            UNSET if self.executing_agent_task is None and not self._nulls & 16384 else self.executing_agent_task
        )
        executing_agent_task: dict[str, Any] | Unset | None
        if isinstance(_executing_agent_task, Unset):
            executing_agent_task = UNSET
        elif isinstance(_executing_agent_task, AgentTaskSummaryData):
            executing_agent_task = _executing_agent_task.to_dict()
        else:
            executing_agent_task = _executing_agent_task

        _candidates = UNSET if self.candidates is None and not self._nulls & 32768 else self.candidates
        candidates: list[dict[str, Any]] | Unset | None
        if isinstance(_candidates, Unset):
            candidates = UNSET
        elif isinstance(_candidates, list):
            candidates = []
            for candidates_type_0_item_data in _candidates:
                candidates_type_0_item = candidates_type_0_item_data.to_dict()
                candidates.append(candidates_type_0_item)

        else:
            candidates = _candidates

        _manifests = UNSET if self.manifests is None and not self._nulls & 65536 else self.manifests
        manifests: list[dict[str, Any]] | Unset | None
        if isinstance(_manifests, Unset):
            manifests = UNSET
        elif isinstance(_manifests, list):
            manifests = []
            for manifests_type_0_item_data in _manifests:
                manifests_type_0_item = manifests_type_0_item_data.to_dict()
                manifests.append(manifests_type_0_item)

        else:
            manifests = _manifests

        _events = UNSET if self.events is None and not self._nulls & 131072 else self.events
        events: list[dict[str, Any]] | Unset | None
        if isinstance(_events, Unset):
            events = UNSET
        elif isinstance(_events, list):
            events = []
            for events_type_0_item_data in _events:
                events_type_0_item = events_type_0_item_data.to_dict()
                events.append(events_type_0_item)

        else:
            events = _events

        _approval_payload = (
            UNSET if self.approval_payload is None and not self._nulls & 262144 else self.approval_payload
        )
        approval_payload: dict[str, Any] | Unset | None
        if isinstance(_approval_payload, Unset):
            approval_payload = UNSET
        elif isinstance(_approval_payload, EIP712Payload):
            approval_payload = _approval_payload.to_dict()
        else:
            approval_payload = _approval_payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "intent_type": intent_type,
                "status": status,
                "autonomy_level": autonomy_level,
                "created_at": created_at,
            }
        )
        if raw_intent is not UNSET:
            field_dict["raw_intent"] = raw_intent
        if specification is not UNSET:
            field_dict["specification"] = specification
        if constraints is not UNSET:
            field_dict["constraints"] = constraints
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if monitor_until is not UNSET:
            field_dict["monitor_until"] = monitor_until
        if clarification_questions is not UNSET:
            field_dict["clarification_questions"] = clarification_questions
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        if pint_uris is not UNSET:
            field_dict["pint_uris"] = pint_uris
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if manifest_summary is not UNSET:
            field_dict["manifest_summary"] = manifest_summary
        if preflight_workflow_id is not UNSET:
            field_dict["preflight_workflow_id"] = preflight_workflow_id
        if originating_agent_task is not UNSET:
            field_dict["originating_agent_task"] = originating_agent_task
        if executing_agent_task is not UNSET:
            field_dict["executing_agent_task"] = executing_agent_task
        if candidates is not UNSET:
            field_dict["candidates"] = candidates
        if manifests is not UNSET:
            field_dict["manifests"] = manifests
        if events is not UNSET:
            field_dict["events"] = events
        if approval_payload is not UNSET:
            field_dict["approval_payload"] = approval_payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            AgentTaskSummaryData = _models.AgentTaskSummaryData
            AvailabilityCondition = _models.AvailabilityCondition
            BudgetCapConditionOutput = _models.BudgetCapConditionOutput
            ConditionGroupOutput = _models.ConditionGroupOutput
            CoverageMinimumCondition = _models.CoverageMinimumCondition
            EIP712Payload = _models.EIP712Payload
            FlightRouteCondition = _models.FlightRouteCondition
            IPACandidateData = _models.IPACandidateData
            IPAConstraint = _models.IPAConstraint
            IPAEventData = _models.IPAEventData
            IPAManifestData = _models.IPAManifestData
            JurisdictionCondition = _models.JurisdictionCondition
            MandateCapacityData = _models.MandateCapacityData
            ManifestSummaryData = _models.ManifestSummaryData
            PriceTargetConditionOutput = _models.PriceTargetConditionOutput
            TimeWindowCondition = _models.TimeWindowCondition
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "intent_type"
            intent_type = IPAType.parse(src_dict["intent_type"])

            at = "status"
            status = IPAStatus.parse(src_dict["status"])

            at = "autonomy_level"
            autonomy_level = AutonomyLevel.parse(src_dict["autonomy_level"])

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

            at = "raw_intent"
            raw_intent = src_dict.get("raw_intent", ABSENT)
            if (
                type(raw_intent) is not str
                and raw_intent is not None
                and raw_intent is not ABSENT
                and not isinstance(raw_intent, str)
            ):
                raise TypeError(f"member 'raw_intent': expected str or None or Unset, got {type(raw_intent).__name__}")

            if raw_intent is None:
                nulls |= 1

            at = "specification"
            specification = src_dict.get("specification", ABSENT)
            if (
                type(specification) is not str
                and specification is not None
                and specification is not ABSENT
                and not isinstance(specification, str)
            ):
                raise TypeError(
                    f"member 'specification': expected str or None or Unset, got {type(specification).__name__}"
                )

            if specification is None:
                nulls |= 2

            at = "constraints"
            constraints = src_dict.get("constraints", ABSENT)
            if constraints is not None and constraints is not ABSENT:
                if not isinstance(constraints, dict):
                    raise TypeError("member 'constraints': a value of the wrong type")
                constraints = IPAConstraint.from_dict(constraints)

            if constraints is None:
                nulls |= 4

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
                            conditions_type_0_item_type_0 = PriceTargetConditionOutput.from_dict(data)

                            return conditions_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            conditions_type_0_item_type_1 = BudgetCapConditionOutput.from_dict(data)

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
                        conditions_type_0_item_type_7 = ConditionGroupOutput.from_dict(data)

                        return conditions_type_0_item_type_7

                    conditions_type_0_item: Any = _parse_conditions_type_0_item(conditions_type_0_item_data)

                    conditions_type_0.append(conditions_type_0_item)

                conditions = conditions_type_0

            if conditions is None:
                nulls |= 8

            at = "monitor_until"
            monitor_until = src_dict.get("monitor_until", ABSENT)
            if (
                type(monitor_until) is not int
                and monitor_until is not None
                and monitor_until is not ABSENT
                and (not isinstance(monitor_until, int) or isinstance(monitor_until, bool))
            ):
                raise TypeError(
                    f"member 'monitor_until': expected int or None or Unset, got {type(monitor_until).__name__}"
                )

            if monitor_until is None:
                nulls |= 16

            at = "clarification_questions"
            clarification_questions = src_dict.get("clarification_questions", ABSENT)
            if clarification_questions is not None and clarification_questions is not ABSENT:
                if not isinstance(clarification_questions, list):
                    raise TypeError("member 'clarification_questions': a value of the wrong type")
                _clarification_questions_type_0 = clarification_questions
                for clarification_questions_type_0_item in _clarification_questions_type_0:
                    if type(clarification_questions_type_0_item) is not str and not isinstance(
                        clarification_questions_type_0_item, str
                    ):
                        raise TypeError(
                            f"member 'clarification_questions_type_0[]': expected str, got {type(clarification_questions_type_0_item).__name__}"
                        )

                clarification_questions_type_0 = _clarification_questions_type_0

                clarification_questions = clarification_questions_type_0

            if clarification_questions is None:
                nulls |= 32

            at = "failure_reason"
            failure_reason = src_dict.get("failure_reason", ABSENT)
            if (
                type(failure_reason) is not str
                and failure_reason is not None
                and failure_reason is not ABSENT
                and not isinstance(failure_reason, str)
            ):
                raise TypeError(
                    f"member 'failure_reason': expected str or None or Unset, got {type(failure_reason).__name__}"
                )

            if failure_reason is None:
                nulls |= 64

            at = "pint_uris"
            pint_uris = src_dict.get("pint_uris", ABSENT)
            if pint_uris is not None and pint_uris is not ABSENT:
                if not isinstance(pint_uris, list):
                    raise TypeError("member 'pint_uris': a value of the wrong type")
                _pint_uris_type_0 = pint_uris
                for pint_uris_type_0_item in _pint_uris_type_0:
                    if type(pint_uris_type_0_item) is not str and not isinstance(pint_uris_type_0_item, str):
                        raise TypeError(
                            f"member 'pint_uris_type_0[]': expected str, got {type(pint_uris_type_0_item).__name__}"
                        )

                pint_uris_type_0 = _pint_uris_type_0

                pint_uris = pint_uris_type_0

            if pint_uris is None:
                nulls |= 128

            at = "updated_at"
            updated_at = src_dict.get("updated_at", ABSENT)
            if updated_at is not None and updated_at is not ABSENT:
                if not isinstance(updated_at, int | float | str):
                    raise TypeError("member 'updated_at': a value of the wrong type")
                updated_at = parse_timestamp(updated_at)

            if updated_at is None:
                nulls |= 256

            at = "completed_at"
            completed_at = src_dict.get("completed_at", ABSENT)
            if completed_at is not None and completed_at is not ABSENT:
                if not isinstance(completed_at, int | float | str):
                    raise TypeError("member 'completed_at': a value of the wrong type")
                completed_at = parse_timestamp(completed_at)

            if completed_at is None:
                nulls |= 512

            at = "capacity"
            capacity = src_dict.get("capacity", ABSENT)
            if capacity is not None and capacity is not ABSENT:
                if not isinstance(capacity, dict):
                    raise TypeError("member 'capacity': a value of the wrong type")
                capacity = MandateCapacityData.from_dict(capacity)

            if capacity is None:
                nulls |= 1024

            at = "manifest_summary"
            manifest_summary = src_dict.get("manifest_summary", ABSENT)
            if manifest_summary is not None and manifest_summary is not ABSENT:
                if not isinstance(manifest_summary, dict):
                    raise TypeError("member 'manifest_summary': a value of the wrong type")
                manifest_summary = ManifestSummaryData.from_dict(manifest_summary)

            if manifest_summary is None:
                nulls |= 2048

            at = "preflight_workflow_id"
            preflight_workflow_id = src_dict.get("preflight_workflow_id", ABSENT)
            if (
                type(preflight_workflow_id) is not str
                and preflight_workflow_id is not None
                and preflight_workflow_id is not ABSENT
                and not isinstance(preflight_workflow_id, str)
            ):
                raise TypeError(
                    f"member 'preflight_workflow_id': expected str or None or Unset, got {type(preflight_workflow_id).__name__}"
                )

            if preflight_workflow_id is None:
                nulls |= 4096

            at = "originating_agent_task"
            originating_agent_task = src_dict.get("originating_agent_task", ABSENT)
            if originating_agent_task is not None and originating_agent_task is not ABSENT:
                if not isinstance(originating_agent_task, dict):
                    raise TypeError("member 'originating_agent_task': a value of the wrong type")
                originating_agent_task = AgentTaskSummaryData.from_dict(originating_agent_task)

            if originating_agent_task is None:
                nulls |= 8192

            at = "executing_agent_task"
            executing_agent_task = src_dict.get("executing_agent_task", ABSENT)
            if executing_agent_task is not None and executing_agent_task is not ABSENT:
                if not isinstance(executing_agent_task, dict):
                    raise TypeError("member 'executing_agent_task': a value of the wrong type")
                executing_agent_task = AgentTaskSummaryData.from_dict(executing_agent_task)

            if executing_agent_task is None:
                nulls |= 16384

            at = "candidates"
            candidates = src_dict.get("candidates", ABSENT)
            if candidates is not None and candidates is not ABSENT:
                if not isinstance(candidates, list):
                    raise TypeError("member 'candidates': a value of the wrong type")
                _candidates_type_0 = candidates
                candidates_type_0 = [
                    IPACandidateData.from_dict(candidates_type_0_item_data)
                    for candidates_type_0_item_data in _candidates_type_0
                ]

                candidates = candidates_type_0

            if candidates is None:
                nulls |= 32768

            at = "manifests"
            manifests = src_dict.get("manifests", ABSENT)
            if manifests is not None and manifests is not ABSENT:
                if not isinstance(manifests, list):
                    raise TypeError("member 'manifests': a value of the wrong type")
                _manifests_type_0 = manifests
                manifests_type_0 = [
                    IPAManifestData.from_dict(manifests_type_0_item_data)
                    for manifests_type_0_item_data in _manifests_type_0
                ]

                manifests = manifests_type_0

            if manifests is None:
                nulls |= 65536

            at = "events"
            events = src_dict.get("events", ABSENT)
            if events is not None and events is not ABSENT:
                if not isinstance(events, list):
                    raise TypeError("member 'events': a value of the wrong type")
                _events_type_0 = events
                events_type_0 = [
                    IPAEventData.from_dict(events_type_0_item_data) for events_type_0_item_data in _events_type_0
                ]

                events = events_type_0

            if events is None:
                nulls |= 131072

            at = "approval_payload"
            approval_payload = src_dict.get("approval_payload", ABSENT)
            if approval_payload is not None and approval_payload is not ABSENT:
                if not isinstance(approval_payload, dict):
                    raise TypeError("member 'approval_payload': a value of the wrong type")
                approval_payload = EIP712Payload.from_dict(approval_payload)

            if approval_payload is None:
                nulls |= 262144

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        ipa_data = object.__new__(cls)
        ipa_data.id = id
        ipa_data.intent_type = intent_type
        ipa_data.status = status
        ipa_data.autonomy_level = autonomy_level
        ipa_data.created_at = created_at
        ipa_data.raw_intent = None if raw_intent is ABSENT else raw_intent
        ipa_data.specification = None if specification is ABSENT else specification
        ipa_data.constraints = None if constraints is ABSENT else constraints
        ipa_data.conditions = None if conditions is ABSENT else conditions
        ipa_data.monitor_until = None if monitor_until is ABSENT else monitor_until
        ipa_data.clarification_questions = None if clarification_questions is ABSENT else clarification_questions
        ipa_data.failure_reason = None if failure_reason is ABSENT else failure_reason
        ipa_data.pint_uris = None if pint_uris is ABSENT else pint_uris
        ipa_data.updated_at = None if updated_at is ABSENT else updated_at
        ipa_data.completed_at = None if completed_at is ABSENT else completed_at
        ipa_data.capacity = None if capacity is ABSENT else capacity
        ipa_data.manifest_summary = None if manifest_summary is ABSENT else manifest_summary
        ipa_data.preflight_workflow_id = None if preflight_workflow_id is ABSENT else preflight_workflow_id
        ipa_data.originating_agent_task = None if originating_agent_task is ABSENT else originating_agent_task
        ipa_data.executing_agent_task = None if executing_agent_task is ABSENT else executing_agent_task
        ipa_data.candidates = None if candidates is ABSENT else candidates
        ipa_data.manifests = None if manifests is ABSENT else manifests
        ipa_data.events = None if events is ABSENT else events
        ipa_data.approval_payload = None if approval_payload is ABSENT else approval_payload
        ipa_data._nulls = nulls
        ipa_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 5
            + (raw_intent is not ABSENT)
            + (specification is not ABSENT)
            + (constraints is not ABSENT)
            + (conditions is not ABSENT)
            + (monitor_until is not ABSENT)
            + (clarification_questions is not ABSENT)
            + (failure_reason is not ABSENT)
            + (pint_uris is not ABSENT)
            + (updated_at is not ABSENT)
            + (completed_at is not ABSENT)
            + (capacity is not ABSENT)
            + (manifest_summary is not ABSENT)
            + (preflight_workflow_id is not ABSENT)
            + (originating_agent_task is not ABSENT)
            + (executing_agent_task is not ABSENT)
            + (candidates is not ABSENT)
            + (manifests is not ABSENT)
            + (events is not ABSENT)
            + (approval_payload is not ABSENT)
            else {}
        )
        return ipa_data

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
