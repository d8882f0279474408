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
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.ai_insight_payload import AIInsightPayload
    from ..models.generated_insight import GeneratedInsight
    from ..models.insight_data_payload_type_3 import InsightDataPayloadType3
    from ..models.onboarding_cta_payload import OnboardingCtaPayload
    from ..models.transaction_data import TransactionData


T = TypeVar("T", bound="InsightData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "user_agent_task_id",
        "call_to_action",
        "status",
        "created_at",
        "actioned_at",
        "payload",
        "transactions",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class InsightData(Model):
    """An insight for the user: its content, state and, when asked for, its transactions.

    Attributes:
        id: Unique id of the insight.
        user_agent_task_id: Id of the agent task that produced the insight; null when none did.
        call_to_action: True when the insight asks the user to act.
        status: Where the insight stands for the user.
        created_at: When the insight was created (epoch ms on the wire).
        actioned_at: When the insight was actioned (epoch ms on the wire).
        payload: Content of the insight; its shape depends on the insight's kind; null when empty.
        transactions: Transactions the insight is about; null unless asked for.
    """

    id: str
    user_agent_task_id: str | None
    call_to_action: bool
    status: str
    created_at: datetime.datetime
    actioned_at: datetime.datetime | None = None
    payload: AIInsightPayload | GeneratedInsight | InsightDataPayloadType3 | OnboardingCtaPayload | None = None
    transactions: list[TransactionData] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "user_agent_task_id",
        "call_to_action",
        "status",
        "created_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "actioned_at",
        "payload",
        "transactions",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.ai_insight_payload import AIInsightPayload
        from ..models.generated_insight import GeneratedInsight
        from ..models.insight_data_payload_type_3 import InsightDataPayloadType3
        from ..models.onboarding_cta_payload import OnboardingCtaPayload

        id = self.id

        user_agent_task_id: str | None
        user_agent_task_id = self.user_agent_task_id

        call_to_action = self.call_to_action

        status = self.status

        created_at = epoch_ms(self.created_at)

        _actioned_at = UNSET if self.actioned_at is None and not self._nulls & 1 else self.actioned_at
        actioned_at: int | Unset | None
        if isinstance(_actioned_at, Unset):
            actioned_at = UNSET
        elif isinstance(_actioned_at, datetime.datetime):
            actioned_at = epoch_ms(_actioned_at)
        else:
            actioned_at = _actioned_at

        _payload = UNSET if self.payload is None and not self._nulls & 2 else self.payload
        payload: dict[str, Any] | Unset | None
        if isinstance(_payload, Unset):
            payload = UNSET
        elif (
            isinstance(_payload, GeneratedInsight)
            or isinstance(_payload, AIInsightPayload)
            or isinstance(_payload, OnboardingCtaPayload)
            or isinstance(_payload, InsightDataPayloadType3)
        ):
            payload = _payload.to_dict()
        else:
            payload = _payload

        _transactions = UNSET if self.transactions is None and not self._nulls & 4 else self.transactions
        transactions: list[dict[str, Any]] | Unset | None
        if isinstance(_transactions, Unset):
            transactions = UNSET
        elif isinstance(_transactions, list):
            transactions = []
            for transactions_type_0_item_data in _transactions:
                transactions_type_0_item = transactions_type_0_item_data.to_dict()
                transactions.append(transactions_type_0_item)

        else:
            transactions = _transactions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_agent_task_id": user_agent_task_id,
                "call_to_action": call_to_action,
                "status": status,
                "created_at": created_at,
            }
        )
        if actioned_at is not UNSET:
            field_dict["actioned_at"] = actioned_at
        if payload is not UNSET:
            field_dict["payload"] = payload
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            AIInsightPayload = _models.AIInsightPayload
            GeneratedInsight = _models.GeneratedInsight
            InsightDataPayloadType3 = _models.InsightDataPayloadType3
            OnboardingCtaPayload = _models.OnboardingCtaPayload
            TransactionData = _models.TransactionData
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "user_agent_task_id"
            user_agent_task_id = src_dict["user_agent_task_id"]
            if (
                type(user_agent_task_id) is not str
                and user_agent_task_id is not None
                and not isinstance(user_agent_task_id, str)
            ):
                raise TypeError(
                    f"member 'user_agent_task_id': expected str or None, got {type(user_agent_task_id).__name__}"
                )

            at = "call_to_action"
            call_to_action = src_dict["call_to_action"]
            if type(call_to_action) is not bool and not isinstance(call_to_action, bool):
                raise TypeError(f"member 'call_to_action': expected bool, got {type(call_to_action).__name__}")

            at = "status"
            status = src_dict["status"]
            if type(status) is not str and not isinstance(status, str):
                raise TypeError(f"member 'status': expected str, got {type(status).__name__}")

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

            at = "actioned_at"
            actioned_at = src_dict.get("actioned_at", ABSENT)
            if actioned_at is not None and actioned_at is not ABSENT:
                if not isinstance(actioned_at, int | float | str):
                    raise TypeError("member 'actioned_at': a value of the wrong type")
                actioned_at = parse_timestamp(actioned_at)

            if actioned_at is None:
                nulls |= 1

            at = "payload"

            def _parse_payload(
                data: object,
            ) -> AIInsightPayload | GeneratedInsight | InsightDataPayloadType3 | OnboardingCtaPayload | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    payload_type_0 = GeneratedInsight.from_dict(data)

                    return payload_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    payload_type_1 = AIInsightPayload.from_dict(data)

                    return payload_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    payload_type_2 = OnboardingCtaPayload.from_dict(data)

                    return payload_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_3 = InsightDataPayloadType3.from_dict(data)

                return payload_type_3

            payload: Any = _parse_payload(src_dict.get("payload", ABSENT))

            if payload is None:
                nulls |= 2

            at = "transactions"
            transactions = src_dict.get("transactions", ABSENT)
            if transactions is not None and transactions is not ABSENT:
                if not isinstance(transactions, list):
                    raise TypeError("member 'transactions': a value of the wrong type")
                _transactions_type_0 = transactions
                transactions_type_0 = [
                    TransactionData.from_dict(transactions_type_0_item_data)
                    for transactions_type_0_item_data in _transactions_type_0
                ]

                transactions = transactions_type_0

            if transactions is None:
                nulls |= 4

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        insight_data = object.__new__(cls)
        insight_data.id = id
        insight_data.user_agent_task_id = user_agent_task_id
        insight_data.call_to_action = call_to_action
        insight_data.status = status
        insight_data.created_at = created_at
        insight_data.actioned_at = None if actioned_at is ABSENT else actioned_at
        insight_data.payload = None if payload is ABSENT else payload
        insight_data.transactions = None if transactions is ABSENT else transactions
        insight_data._nulls = nulls
        insight_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 5 + (actioned_at is not ABSENT) + (payload is not ABSENT) + (transactions is not ABSENT)
            else {}
        )
        return insight_data

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
