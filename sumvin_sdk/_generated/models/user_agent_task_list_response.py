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
from ..types import PARSE_ERRORS, Model, note_failure

if TYPE_CHECKING:
    from ..models.user_agent_task_data import UserAgentTaskData
    from ..models.user_agent_task_list_response_links import UserAgentTaskListResponseLinks


T = TypeVar("T", bound="UserAgentTaskListResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "tasks",
        "total",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class UserAgentTaskListResponse(Model):
    """What `list_agent_tasks` and `list_all_agent_tasks` return: a user agent task.

    Attributes:
        field_links: HAL links for paging through the list and to related actions, keyed by relation.
        tasks: The tasks on this page.
        total: Number of items across all pages.
    """

    field_links: UserAgentTaskListResponseLinks
    tasks: list[UserAgentTaskData]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "tasks",
        "total",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _ITEMS: ClassVar[str | None] = "tasks"

    def page_items(self) -> list[UserAgentTaskData]:
        """The items of this page (``Sumvin.paginate`` walks them across pages)."""
        return self.tasks

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "tasks": tasks,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            UserAgentTaskData = _models.UserAgentTaskData
            UserAgentTaskListResponseLinks = _models.UserAgentTaskListResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = UserAgentTaskListResponseLinks.from_dict(src_dict["_links"])

            at = "tasks"
            _tasks = src_dict["tasks"]
            if not isinstance(_tasks, list):
                raise TypeError(f"member 'tasks': expected a list, got {type(_tasks).__name__}")

            tasks = [UserAgentTaskData.from_dict(tasks_item_data) for tasks_item_data in _tasks]

            at = "total"
            total = src_dict["total"]
            if type(total) is not int and (not isinstance(total, int) or isinstance(total, bool)):
                raise TypeError(f"member 'total': expected int, got {type(total).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        user_agent_task_list_response = object.__new__(cls)
        user_agent_task_list_response.field_links = field_links
        user_agent_task_list_response.tasks = tasks
        user_agent_task_list_response.total = total
        user_agent_task_list_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 3 else {}
        )
        return user_agent_task_list_response

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
