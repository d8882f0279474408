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
from ..models.user_agent_task_status import UserAgentTaskStatus
from ..models.user_agent_task_trigger_type import UserAgentTaskTriggerType
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.ipa_summary_data import IPASummaryData
    from ..models.pint_summary_data import PintSummaryData
    from ..models.strategy_data import StrategyData
    from ..models.transaction_summary_data import TransactionSummaryData
    from ..models.user_agent_task_data_result_type_0 import UserAgentTaskDataResultType0
    from ..models.user_strategy_data import UserStrategyData


T = TypeVar("T", bound="UserAgentTaskData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "user_strategy_id",
        "status",
        "trigger_type",
        "started_at",
        "completed_at",
        "result",
        "error_message",
        "error_code",
        "created_at",
        "workflow_run_id",
        "task",
        "title",
        "transactions",
        "pints",
        "ipas",
        "workflow_ipas",
        "user_strategy",
        "strategy",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class UserAgentTaskData(Model):
    """A run of the agent for a user strategy: its state, result and what it produced.

    Attributes:
        id: Unique id of the user agent task.
        user_strategy_id: Id of the user's strategy enablement that ran the task.
        status: Where the task stands: `queued`, `next`, `running`, `completed`, `failed` or `cancelled`.
        trigger_type: What started the task.
        started_at: When the user agent task was started (epoch ms on the wire).
        completed_at: When the user agent task was completed (epoch ms on the wire).
        result: What the task produced; null until it finishes.
        error_message: Why the task failed; null unless it did.
        error_code: Error code of the failure; null unless the task failed.
        created_at: When the user agent task was created (epoch ms on the wire).
        workflow_run_id: Id of the workflow run that carries out the task; null before one started.
        task: What the agent was asked to do; null when not recorded.
        title: Short title of the task for lists; null when it has none.
        transactions: Transactions the task made; null unless asked for.
        pints: PINTs the task used; null unless asked for.
        ipas: Errands the task created; null unless asked for.
        workflow_ipas: Errands the task's workflow worked on; null unless asked for.
        user_strategy: The user's enablement of the strategy that ran; null for tasks not run by a strategy.
        strategy: The strategy that ran; null for tasks not run by a strategy.
    """

    id: str
    user_strategy_id: str
    status: UserAgentTaskStatus
    trigger_type: UserAgentTaskTriggerType
    started_at: datetime.datetime | None
    completed_at: datetime.datetime | None
    result: UserAgentTaskDataResultType0 | None
    error_message: str | None
    error_code: str | None
    created_at: datetime.datetime
    workflow_run_id: str | None = None
    task: str | None = None
    title: str | None = None
    transactions: list[TransactionSummaryData] | None = None
    pints: list[PintSummaryData] | None = None
    ipas: list[IPASummaryData] | None = None
    workflow_ipas: list[IPASummaryData] | None = None
    user_strategy: UserStrategyData | None = None
    strategy: StrategyData | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "user_strategy_id",
        "status",
        "trigger_type",
        "started_at",
        "completed_at",
        "result",
        "error_message",
        "error_code",
        "created_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "workflow_run_id",
        "task",
        "title",
        "transactions",
        "pints",
        "ipas",
        "workflow_ipas",
        "user_strategy",
        "strategy",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.strategy_data import StrategyData
        from ..models.user_agent_task_data_result_type_0 import UserAgentTaskDataResultType0
        from ..models.user_strategy_data import UserStrategyData

        id = self.id

        user_strategy_id = self.user_strategy_id

        status = UserAgentTaskStatus(self.status).value

        trigger_type = UserAgentTaskTriggerType(self.trigger_type).value

        started_at: int | None
        if isinstance(self.started_at, datetime.datetime):
            started_at = epoch_ms(self.started_at)
        else:
            started_at = self.started_at

        completed_at: int | None
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = epoch_ms(self.completed_at)
        else:
            completed_at = self.completed_at

        result: dict[str, Any] | None
        if isinstance(self.result, UserAgentTaskDataResultType0):
            result = self.result.to_dict()
        else:
            result = self.result

        error_message: str | None
        error_message = self.error_message

        error_code: str | None
        error_code = self.error_code

        created_at = epoch_ms(self.created_at)

        _workflow_run_id = UNSET if self.workflow_run_id is None and not self._nulls & 1 else self.workflow_run_id
        workflow_run_id: str | Unset | None
        if isinstance(_workflow_run_id, Unset):
            workflow_run_id = UNSET
        else:
            workflow_run_id = _workflow_run_id

        _task = UNSET if self.task is None and not self._nulls & 2 else self.task
        task: str | Unset | None
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = _task

        _title = UNSET if self.title is None and not self._nulls & 4 else self.title
        title: str | Unset | None
        if isinstance(_title, Unset):
            title = UNSET
        else:
            title = _title

        _transactions = UNSET if self.transactions is None and not self._nulls & 8 else self.transactions
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

        _pints = UNSET if self.pints is None and not self._nulls & 16 else self.pints
        pints: list[dict[str, Any]] | Unset | None
        if isinstance(_pints, Unset):
            pints = UNSET
        elif isinstance(_pints, list):
            pints = []
            for pints_type_0_item_data in _pints:
                pints_type_0_item = pints_type_0_item_data.to_dict()
                pints.append(pints_type_0_item)

        else:
            pints = _pints

        _ipas = UNSET if self.ipas is None and not self._nulls & 32 else self.ipas
        ipas: list[dict[str, Any]] | Unset | None
        if isinstance(_ipas, Unset):
            ipas = UNSET
        elif isinstance(_ipas, list):
            ipas = []
            for ipas_type_0_item_data in _ipas:
                ipas_type_0_item = ipas_type_0_item_data.to_dict()
                ipas.append(ipas_type_0_item)

        else:
            ipas = _ipas

        _workflow_ipas = UNSET if self.workflow_ipas is None and not self._nulls & 64 else self.workflow_ipas
        workflow_ipas: list[dict[str, Any]] | Unset | None
        if isinstance(_workflow_ipas, Unset):
            workflow_ipas = UNSET
        elif isinstance(_workflow_ipas, list):
            workflow_ipas = []
            for workflow_ipas_type_0_item_data in _workflow_ipas:
                workflow_ipas_type_0_item = workflow_ipas_type_0_item_data.to_dict()
                workflow_ipas.append(workflow_ipas_type_0_item)

        else:
            workflow_ipas = _workflow_ipas

        _user_strategy = UNSET if self.user_strategy is None and not self._nulls & 128 else self.user_strategy
        user_strategy: dict[str, Any] | Unset | None
        if isinstance(_user_strategy, Unset):
            user_strategy = UNSET
        elif isinstance(_user_strategy, UserStrategyData):
            user_strategy = _user_strategy.to_dict()
        else:
            user_strategy = _user_strategy

        _strategy = UNSET if self.strategy is None and not self._nulls & 256 else self.strategy
        strategy: dict[str, Any] | Unset | None
        if isinstance(_strategy, Unset):
            strategy = UNSET
        elif isinstance(_strategy, StrategyData):
            strategy = _strategy.to_dict()
        else:
            strategy = _strategy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_strategy_id": user_strategy_id,
                "status": status,
                "trigger_type": trigger_type,
                "started_at": started_at,
                "completed_at": completed_at,
                "result": result,
                "error_message": error_message,
                "error_code": error_code,
                "created_at": created_at,
            }
        )
        if workflow_run_id is not UNSET:
            field_dict["workflow_run_id"] = workflow_run_id
        if task is not UNSET:
            field_dict["task"] = task
        if title is not UNSET:
            field_dict["title"] = title
        if transactions is not UNSET:
            field_dict["transactions"] = transactions
        if pints is not UNSET:
            field_dict["pints"] = pints
        if ipas is not UNSET:
            field_dict["ipas"] = ipas
        if workflow_ipas is not UNSET:
            field_dict["workflow_ipas"] = workflow_ipas
        if user_strategy is not UNSET:
            field_dict["user_strategy"] = user_strategy
        if strategy is not UNSET:
            field_dict["strategy"] = strategy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            IPASummaryData = _models.IPASummaryData
            PintSummaryData = _models.PintSummaryData
            StrategyData = _models.StrategyData
            TransactionSummaryData = _models.TransactionSummaryData
            UserAgentTaskDataResultType0 = _models.UserAgentTaskDataResultType0
            UserStrategyData = _models.UserStrategyData
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "user_strategy_id"
            user_strategy_id = src_dict["user_strategy_id"]
            if type(user_strategy_id) is not str and not isinstance(user_strategy_id, str):
                raise TypeError(f"member 'user_strategy_id': expected str, got {type(user_strategy_id).__name__}")

            at = "status"
            status = UserAgentTaskStatus.parse(src_dict["status"])

            at = "trigger_type"
            trigger_type = UserAgentTaskTriggerType.parse(src_dict["trigger_type"])

            at = "started_at"
            started_at = src_dict["started_at"]
            if started_at is not None:
                if not isinstance(started_at, int | float | str):
                    raise TypeError("member 'started_at': a value of the wrong type")
                started_at = parse_timestamp(started_at)

            at = "completed_at"
            completed_at = src_dict["completed_at"]
            if completed_at is not None:
                if not isinstance(completed_at, int | float | str):
                    raise TypeError("member 'completed_at': a value of the wrong type")
                completed_at = parse_timestamp(completed_at)

            at = "result"
            result = src_dict["result"]
            if result is not None:
                if not isinstance(result, dict):
                    raise TypeError("member 'result': a value of the wrong type")
                result = UserAgentTaskDataResultType0.from_dict(result)

            at = "error_message"
            error_message = src_dict["error_message"]
            if type(error_message) is not str and error_message is not None and not isinstance(error_message, str):
                raise TypeError(f"member 'error_message': expected str or None, got {type(error_message).__name__}")

            at = "error_code"
            error_code = src_dict["error_code"]
            if type(error_code) is not str and error_code is not None and not isinstance(error_code, str):
                raise TypeError(f"member 'error_code': expected str or None, got {type(error_code).__name__}")

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

            at = "workflow_run_id"
            workflow_run_id = src_dict.get("workflow_run_id", ABSENT)
            if (
                type(workflow_run_id) is not str
                and workflow_run_id is not None
                and workflow_run_id is not ABSENT
                and not isinstance(workflow_run_id, str)
            ):
                raise TypeError(
                    f"member 'workflow_run_id': expected str or None or Unset, got {type(workflow_run_id).__name__}"
                )

            if workflow_run_id is None:
                nulls |= 1

            at = "task"
            task = src_dict.get("task", ABSENT)
            if type(task) is not str and task is not None and task is not ABSENT and not isinstance(task, str):
                raise TypeError(f"member 'task': expected str or None or Unset, got {type(task).__name__}")

            if task is None:
                nulls |= 2

            at = "title"
            title = src_dict.get("title", ABSENT)
            if type(title) is not str and title is not None and title is not ABSENT and not isinstance(title, str):
                raise TypeError(f"member 'title': expected str or None or Unset, got {type(title).__name__}")

            if title is None:
                nulls |= 4

            at = "transactions"
            transactions = src_dict.get("transactions", ABSENT)
            if transactions is not None and transactions is not ABSENT:
                if not isinstance(transactions, list):
                    raise TypeError("member 'transactions': a value of the wrong type")
                _transactions_type_0 = transactions
                transactions_type_0 = [
                    TransactionSummaryData.from_dict(transactions_type_0_item_data)
                    for transactions_type_0_item_data in _transactions_type_0
                ]

                transactions = transactions_type_0

            if transactions is None:
                nulls |= 8

            at = "pints"
            pints = src_dict.get("pints", ABSENT)
            if pints is not None and pints is not ABSENT:
                if not isinstance(pints, list):
                    raise TypeError("member 'pints': a value of the wrong type")
                _pints_type_0 = pints
                pints_type_0 = [
                    PintSummaryData.from_dict(pints_type_0_item_data) for pints_type_0_item_data in _pints_type_0
                ]

                pints = pints_type_0

            if pints is None:
                nulls |= 16

            at = "ipas"
            ipas = src_dict.get("ipas", ABSENT)
            if ipas is not None and ipas is not ABSENT:
                if not isinstance(ipas, list):
                    raise TypeError("member 'ipas': a value of the wrong type")
                _ipas_type_0 = ipas
                ipas_type_0 = [
                    IPASummaryData.from_dict(ipas_type_0_item_data) for ipas_type_0_item_data in _ipas_type_0
                ]

                ipas = ipas_type_0

            if ipas is None:
                nulls |= 32

            at = "workflow_ipas"
            workflow_ipas = src_dict.get("workflow_ipas", ABSENT)
            if workflow_ipas is not None and workflow_ipas is not ABSENT:
                if not isinstance(workflow_ipas, list):
                    raise TypeError("member 'workflow_ipas': a value of the wrong type")
                _workflow_ipas_type_0 = workflow_ipas
                workflow_ipas_type_0 = [
                    IPASummaryData.from_dict(workflow_ipas_type_0_item_data)
                    for workflow_ipas_type_0_item_data in _workflow_ipas_type_0
                ]

                workflow_ipas = workflow_ipas_type_0

            if workflow_ipas is None:
                nulls |= 64

            at = "user_strategy"
            user_strategy = src_dict.get("user_strategy", ABSENT)
            if user_strategy is not None and user_strategy is not ABSENT:
                if not isinstance(user_strategy, dict):
                    raise TypeError("member 'user_strategy': a value of the wrong type")
                user_strategy = UserStrategyData.from_dict(user_strategy)

            if user_strategy is None:
                nulls |= 128

            at = "strategy"
            strategy = src_dict.get("strategy", ABSENT)
            if strategy is not None and strategy is not ABSENT:
                if not isinstance(strategy, dict):
                    raise TypeError("member 'strategy': a value of the wrong type")
                strategy = StrategyData.from_dict(strategy)

            if strategy is None:
                nulls |= 256

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        user_agent_task_data = object.__new__(cls)
        user_agent_task_data.id = id
        user_agent_task_data.user_strategy_id = user_strategy_id
        user_agent_task_data.status = status
        user_agent_task_data.trigger_type = trigger_type
        user_agent_task_data.started_at = started_at
        user_agent_task_data.completed_at = completed_at
        user_agent_task_data.result = result
        user_agent_task_data.error_message = error_message
        user_agent_task_data.error_code = error_code
        user_agent_task_data.created_at = created_at
        user_agent_task_data.workflow_run_id = None if workflow_run_id is ABSENT else workflow_run_id
        user_agent_task_data.task = None if task is ABSENT else task
        user_agent_task_data.title = None if title is ABSENT else title
        user_agent_task_data.transactions = None if transactions is ABSENT else transactions
        user_agent_task_data.pints = None if pints is ABSENT else pints
        user_agent_task_data.ipas = None if ipas is ABSENT else ipas
        user_agent_task_data.workflow_ipas = None if workflow_ipas is ABSENT else workflow_ipas
        user_agent_task_data.user_strategy = None if user_strategy is ABSENT else user_strategy
        user_agent_task_data.strategy = None if strategy is ABSENT else strategy
        user_agent_task_data._nulls = nulls
        user_agent_task_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 10
            + (workflow_run_id is not ABSENT)
            + (task is not ABSENT)
            + (title is not ABSENT)
            + (transactions is not ABSENT)
            + (pints is not ABSENT)
            + (ipas is not ABSENT)
            + (workflow_ipas is not ABSENT)
            + (user_strategy is not ABSENT)
            + (strategy is not ABSENT)
            else {}
        )
        return user_agent_task_data

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
