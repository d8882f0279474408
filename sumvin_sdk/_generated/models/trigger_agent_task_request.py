from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    NotRequired,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="TriggerAgentTaskRequest")
_MEMBERS: frozenset[str] = frozenset(("task",))  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class TriggerAgentTaskRequest(Model):
    """Body of `trigger_agent_task`, which starts an agent task for one of the user's strategies now, instead of waiting
    for its schedule or event.

        Attributes:
            task: What to ask the agent to do, for active strategies; null to run the strategy as it is.
    """

    task: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("task",)
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        task: str | Unset | None
        if isinstance(self.task, Unset):
            task = UNSET
        else:
            task = self.task

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task is not UNSET:
            field_dict["task"] = task

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "task"
            task = src_dict.get("task", ABSENT)
            if type(task) is not str and task is not None and task is not ABSENT and not isinstance(task, str):
                raise TypeError(f"member 'task': expected str or None or Unset, got {type(task).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        trigger_agent_task_request = object.__new__(cls)
        trigger_agent_task_request.task = task
        trigger_agent_task_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 0 + (task is not ABSENT)
            else {}
        )
        return trigger_agent_task_request

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


class TriggerAgentTaskRequestDict(TypedDict):
    """``TriggerAgentTaskRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    task: NotRequired[str | None]
