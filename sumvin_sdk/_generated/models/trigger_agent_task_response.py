from __future__ import annotations

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
from ..models.trigger_status import TriggerStatus
from ..types import PARSE_ERRORS, Model, note_failure

if TYPE_CHECKING:
    from ..models.trigger_agent_task_response_links import TriggerAgentTaskResponseLinks
    from ..models.user_agent_task_data import UserAgentTaskData


T = TypeVar("T", bound="TriggerAgentTaskResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "task",
        "trigger_status",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class TriggerAgentTaskResponse(Model):
    """What `trigger_agent_task` returns; it starts an agent task for one of the user's strategies now, instead of waiting
    for its schedule or event.

        Attributes:
            field_links: HAL links to this resource and to the actions available next, keyed by relation.
            task: What the agent was asked to do; null when the strategy ran as it is.
            trigger_status: Whether the task was started, queued or refused.
    """

    field_links: TriggerAgentTaskResponseLinks
    task: UserAgentTaskData
    trigger_status: TriggerStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "task",
        "trigger_status",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        task = self.task.to_dict()

        trigger_status = TriggerStatus(self.trigger_status).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "task": task,
                "trigger_status": trigger_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            TriggerAgentTaskResponseLinks = _models.TriggerAgentTaskResponseLinks
            UserAgentTaskData = _models.UserAgentTaskData
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = TriggerAgentTaskResponseLinks.from_dict(src_dict["_links"])

            at = "task"
            task = UserAgentTaskData.from_dict(src_dict["task"])

            at = "trigger_status"
            trigger_status = TriggerStatus.parse(src_dict["trigger_status"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        trigger_agent_task_response = object.__new__(cls)
        trigger_agent_task_response.field_links = field_links
        trigger_agent_task_response.task = task
        trigger_agent_task_response.trigger_status = trigger_status
        trigger_agent_task_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 3 else {}
        )
        return trigger_agent_task_response

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
