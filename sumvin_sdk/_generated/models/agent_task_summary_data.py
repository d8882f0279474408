from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

T = TypeVar("T", bound="AgentTaskSummaryData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "status",
        "trigger_type",
        "created_at",
        "workflow_run_id",
        "task",
        "title",
        "started_at",
        "completed_at",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class AgentTaskSummaryData(Model):
    """Short account of an agent task tied to an errand: its state, what it was asked and when it ran.

    Attributes:
        id: Unique id of the agent task summary.
        status: Where the task stands, with the values of `UserAgentTaskStatus` (such as `running`).
        trigger_type: What started the task.
        created_at: When the agent task summary was created (epoch ms on the wire).
        workflow_run_id: Id of the workflow run that carries out the task; null before one started.
        task: What the agent was asked to do; null when not recorded.
        title: Short title of the task for lists; null when it has none.
        started_at: When the agent task summary was started (epoch ms on the wire).
        completed_at: When the agent task summary was completed (epoch ms on the wire).
    """

    id: str
    status: str
    trigger_type: str
    created_at: datetime.datetime
    workflow_run_id: str | None = None
    task: str | None = None
    title: str | None = None
    started_at: datetime.datetime | None = None
    completed_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "status",
        "trigger_type",
        "created_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "workflow_run_id",
        "task",
        "title",
        "started_at",
        "completed_at",
    )

    def _json_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        trigger_type = self.trigger_type

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

        _started_at = UNSET if self.started_at is None and not self._nulls & 8 else self.started_at
        started_at: int | Unset | None
        if isinstance(_started_at, Unset):
            started_at = UNSET
        elif isinstance(_started_at, datetime.datetime):
            started_at = epoch_ms(_started_at)
        else:
            started_at = _started_at

        _completed_at = UNSET if self.completed_at is None and not self._nulls & 16 else self.completed_at
        completed_at: int | Unset | None
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        elif isinstance(_completed_at, datetime.datetime):
            completed_at = epoch_ms(_completed_at)
        else:
            completed_at = _completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "trigger_type": trigger_type,
                "created_at": created_at,
            }
        )
        if workflow_run_id is not UNSET:
            field_dict["workflow_run_id"] = workflow_run_id
        if task is not UNSET:
            field_dict["task"] = task
        if title is not UNSET:
            field_dict["title"] = title
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "status"
            status = src_dict["status"]
            if type(status) is not str and not isinstance(status, str):
                raise TypeError(f"member 'status': expected str, got {type(status).__name__}")

            at = "trigger_type"
            trigger_type = src_dict["trigger_type"]
            if type(trigger_type) is not str and not isinstance(trigger_type, str):
                raise TypeError(f"member 'trigger_type': expected str, got {type(trigger_type).__name__}")

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

            at = "started_at"
            started_at = src_dict.get("started_at", ABSENT)
            if started_at is not None and started_at is not ABSENT:
                if not isinstance(started_at, int | float | str):
                    raise TypeError("member 'started_at': a value of the wrong type")
                started_at = parse_timestamp(started_at)

            if started_at is None:
                nulls |= 8

            at = "completed_at"
            completed_at = src_dict.get("completed_at", ABSENT)
            if completed_at is not None and completed_at is not ABSENT:
                if not isinstance(completed_at, int | float | str):
                    raise TypeError("member 'completed_at': a value of the wrong type")
                completed_at = parse_timestamp(completed_at)

            if completed_at is None:
                nulls |= 16

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        agent_task_summary_data = object.__new__(cls)
        agent_task_summary_data.id = id
        agent_task_summary_data.status = status
        agent_task_summary_data.trigger_type = trigger_type
        agent_task_summary_data.created_at = created_at
        agent_task_summary_data.workflow_run_id = None if workflow_run_id is ABSENT else workflow_run_id
        agent_task_summary_data.task = None if task is ABSENT else task
        agent_task_summary_data.title = None if title is ABSENT else title
        agent_task_summary_data.started_at = None if started_at is ABSENT else started_at
        agent_task_summary_data.completed_at = None if completed_at is ABSENT else completed_at
        agent_task_summary_data._nulls = nulls
        agent_task_summary_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 4
            + (workflow_run_id is not ABSENT)
            + (task is not ABSENT)
            + (title is not ABSENT)
            + (started_at is not ABSENT)
            + (completed_at is not ABSENT)
            else {}
        )
        return agent_task_summary_data

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
