from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.user_agent_task_status import UserAgentTaskStatus
from ..models.user_agent_task_trigger_type import UserAgentTaskTriggerType
from ..types import UNSET, Unset, epoch_ms, parse_timestamp

if TYPE_CHECKING:
    from ..models.ipa_summary_data import IPASummaryData
    from ..models.pint_summary_data import PintSummaryData
    from ..models.strategy_data import StrategyData
    from ..models.transaction_summary_data import TransactionSummaryData
    from ..models.user_agent_task_data_result_type_0 import UserAgentTaskDataResultType0
    from ..models.user_strategy_data import UserStrategyData


T = TypeVar("T", bound="UserAgentTaskData")


@_attrs_define
class UserAgentTaskData:
    """A user agent task.

    Attributes:
        id (str): Unique id of the user agent task.
        user_strategy_id (str): Id of the related user strategy.
        status (UserAgentTaskStatus): Values a user agent task status can take.
        trigger_type (UserAgentTaskTriggerType): Values a user agent task trigger type can take.
        started_at (datetime.datetime | None): When started happened for the user agent task (epoch ms, or ISO 8601 on
            request).
        completed_at (datetime.datetime | None): When completed happened for the user agent task (epoch ms, or ISO 8601
            on request).
        result (None | UserAgentTaskDataResultType0): Result of the user agent task.
        error_message (None | str): Error message of the user agent task.
        error_code (None | str): Sumvin's machine-readable error code.
        created_at (datetime.datetime): When the user agent task was created (epoch ms, or ISO 8601 on request).
        workflow_run_id (None | str | Unset): Id of the related workflow run.
        task (None | str | Unset): Task of the user agent task.
        title (None | str | Unset): Title of the user agent task.
        transactions (list[TransactionSummaryData] | None | Unset): Transactions of the user agent task.
        pints (list[PintSummaryData] | None | Unset): Pints of the user agent task.
        ipas (list[IPASummaryData] | None | Unset): Ipas of the user agent task.
        workflow_ipas (list[IPASummaryData] | None | Unset): Workflow ipas of the user agent task.
        user_strategy (None | Unset | UserStrategyData): User strategy of the user agent task.
        strategy (None | StrategyData | Unset): Strategy of the user agent task.
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
    workflow_run_id: str | Unset | None = UNSET
    task: str | Unset | None = UNSET
    title: str | Unset | None = UNSET
    transactions: list[TransactionSummaryData] | Unset | None = UNSET
    pints: list[PintSummaryData] | Unset | None = UNSET
    ipas: list[IPASummaryData] | Unset | None = UNSET
    workflow_ipas: list[IPASummaryData] | Unset | None = UNSET
    user_strategy: Unset | UserStrategyData | None = UNSET
    strategy: StrategyData | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        workflow_run_id: str | Unset | None
        if isinstance(self.workflow_run_id, Unset):
            workflow_run_id = UNSET
        else:
            workflow_run_id = self.workflow_run_id

        task: str | Unset | None
        if isinstance(self.task, Unset):
            task = UNSET
        else:
            task = self.task

        title: str | Unset | None
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        transactions: list[dict[str, Any]] | Unset | None
        if isinstance(self.transactions, Unset):
            transactions = UNSET
        elif isinstance(self.transactions, list):
            transactions = []
            for transactions_type_0_item_data in self.transactions:
                transactions_type_0_item = transactions_type_0_item_data.to_dict()
                transactions.append(transactions_type_0_item)

        else:
            transactions = self.transactions

        pints: list[dict[str, Any]] | Unset | None
        if isinstance(self.pints, Unset):
            pints = UNSET
        elif isinstance(self.pints, list):
            pints = []
            for pints_type_0_item_data in self.pints:
                pints_type_0_item = pints_type_0_item_data.to_dict()
                pints.append(pints_type_0_item)

        else:
            pints = self.pints

        ipas: list[dict[str, Any]] | Unset | None
        if isinstance(self.ipas, Unset):
            ipas = UNSET
        elif isinstance(self.ipas, list):
            ipas = []
            for ipas_type_0_item_data in self.ipas:
                ipas_type_0_item = ipas_type_0_item_data.to_dict()
                ipas.append(ipas_type_0_item)

        else:
            ipas = self.ipas

        workflow_ipas: list[dict[str, Any]] | Unset | None
        if isinstance(self.workflow_ipas, Unset):
            workflow_ipas = UNSET
        elif isinstance(self.workflow_ipas, list):
            workflow_ipas = []
            for workflow_ipas_type_0_item_data in self.workflow_ipas:
                workflow_ipas_type_0_item = workflow_ipas_type_0_item_data.to_dict()
                workflow_ipas.append(workflow_ipas_type_0_item)

        else:
            workflow_ipas = self.workflow_ipas

        user_strategy: dict[str, Any] | Unset | None
        if isinstance(self.user_strategy, Unset):
            user_strategy = UNSET
        elif isinstance(self.user_strategy, UserStrategyData):
            user_strategy = self.user_strategy.to_dict()
        else:
            user_strategy = self.user_strategy

        strategy: dict[str, Any] | Unset | None
        if isinstance(self.strategy, Unset):
            strategy = UNSET
        elif isinstance(self.strategy, StrategyData):
            strategy = self.strategy.to_dict()
        else:
            strategy = self.strategy

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
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

        user_strategy_id = d.pop("user_strategy_id")
        if not isinstance(user_strategy_id, str):
            raise TypeError(f"member 'user_strategy_id': expected str, got {type(user_strategy_id).__name__}")

        status = UserAgentTaskStatus.parse(d.pop("status"))

        trigger_type = UserAgentTaskTriggerType.parse(d.pop("trigger_type"))

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, int | float | str):
                raise TypeError()
            started_at_type_0 = parse_timestamp(data)

            return started_at_type_0

        started_at = _parse_started_at(d.pop("started_at"))

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, int | float | str):
                raise TypeError()
            completed_at_type_0 = parse_timestamp(data)

            return completed_at_type_0

        completed_at = _parse_completed_at(d.pop("completed_at"))

        def _parse_result(data: object) -> UserAgentTaskDataResultType0 | None:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError()
            result_type_0 = UserAgentTaskDataResultType0.from_dict(data)

            return result_type_0

        result = _parse_result(d.pop("result"))

        error_message: str | None = d.pop("error_message")
        if error_message is not None and not isinstance(error_message, str):
            raise TypeError(f"member 'error_message': expected str or None, got {type(error_message).__name__}")

        error_code: str | None = d.pop("error_code")
        if error_code is not None and not isinstance(error_code, str):
            raise TypeError(f"member 'error_code': expected str or None, got {type(error_code).__name__}")

        created_at = parse_timestamp(d.pop("created_at"))

        workflow_run_id: str | Unset | None = d.pop("workflow_run_id", UNSET)
        if (
            workflow_run_id is not None
            and not isinstance(workflow_run_id, Unset)
            and not isinstance(workflow_run_id, str)
        ):
            raise TypeError(
                f"member 'workflow_run_id': expected str or None or Unset, got {type(workflow_run_id).__name__}"
            )

        task: str | Unset | None = d.pop("task", UNSET)
        if task is not None and not isinstance(task, Unset) and not isinstance(task, str):
            raise TypeError(f"member 'task': expected str or None or Unset, got {type(task).__name__}")

        title: str | Unset | None = d.pop("title", UNSET)
        if title is not None and not isinstance(title, Unset) and not isinstance(title, str):
            raise TypeError(f"member 'title': expected str or None or Unset, got {type(title).__name__}")

        def _parse_transactions(data: object) -> list[TransactionSummaryData] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            transactions_type_0 = []
            _transactions_type_0 = data
            if not isinstance(_transactions_type_0, list):
                raise TypeError(
                    f"member 'transactions_type_0': expected a list, got {type(_transactions_type_0).__name__}"
                )

            for transactions_type_0_item_data in _transactions_type_0:
                transactions_type_0_item = TransactionSummaryData.from_dict(transactions_type_0_item_data)

                transactions_type_0.append(transactions_type_0_item)

            return transactions_type_0

        transactions = _parse_transactions(d.pop("transactions", UNSET))

        def _parse_pints(data: object) -> list[PintSummaryData] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            pints_type_0 = []
            _pints_type_0 = data
            if not isinstance(_pints_type_0, list):
                raise TypeError(f"member 'pints_type_0': expected a list, got {type(_pints_type_0).__name__}")

            for pints_type_0_item_data in _pints_type_0:
                pints_type_0_item = PintSummaryData.from_dict(pints_type_0_item_data)

                pints_type_0.append(pints_type_0_item)

            return pints_type_0

        pints = _parse_pints(d.pop("pints", UNSET))

        def _parse_ipas(data: object) -> list[IPASummaryData] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            ipas_type_0 = []
            _ipas_type_0 = data
            if not isinstance(_ipas_type_0, list):
                raise TypeError(f"member 'ipas_type_0': expected a list, got {type(_ipas_type_0).__name__}")

            for ipas_type_0_item_data in _ipas_type_0:
                ipas_type_0_item = IPASummaryData.from_dict(ipas_type_0_item_data)

                ipas_type_0.append(ipas_type_0_item)

            return ipas_type_0

        ipas = _parse_ipas(d.pop("ipas", UNSET))

        def _parse_workflow_ipas(data: object) -> list[IPASummaryData] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            workflow_ipas_type_0 = []
            _workflow_ipas_type_0 = data
            if not isinstance(_workflow_ipas_type_0, list):
                raise TypeError(
                    f"member 'workflow_ipas_type_0': expected a list, got {type(_workflow_ipas_type_0).__name__}"
                )

            for workflow_ipas_type_0_item_data in _workflow_ipas_type_0:
                workflow_ipas_type_0_item = IPASummaryData.from_dict(workflow_ipas_type_0_item_data)

                workflow_ipas_type_0.append(workflow_ipas_type_0_item)

            return workflow_ipas_type_0

        workflow_ipas = _parse_workflow_ipas(d.pop("workflow_ipas", UNSET))

        def _parse_user_strategy(data: object) -> Unset | UserStrategyData | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            user_strategy_type_0 = UserStrategyData.from_dict(data)

            return user_strategy_type_0

        user_strategy = _parse_user_strategy(d.pop("user_strategy", UNSET))

        def _parse_strategy(data: object) -> StrategyData | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            strategy_type_0 = StrategyData.from_dict(data)

            return strategy_type_0

        strategy = _parse_strategy(d.pop("strategy", UNSET))

        user_agent_task_data = cls(
            id=id,
            user_strategy_id=user_strategy_id,
            status=status,
            trigger_type=trigger_type,
            started_at=started_at,
            completed_at=completed_at,
            result=result,
            error_message=error_message,
            error_code=error_code,
            created_at=created_at,
            workflow_run_id=workflow_run_id,
            task=task,
            title=title,
            transactions=transactions,
            pints=pints,
            ipas=ipas,
            workflow_ipas=workflow_ipas,
            user_strategy=user_strategy,
            strategy=strategy,
        )

        user_agent_task_data.additional_properties = d
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
