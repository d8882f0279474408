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

from ..types import PARSE_ERRORS, Model, epoch_ms, note_failure, parse_timestamp

T = TypeVar("T", bound="PintAgentTaskData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "status",
        "trigger_type",
        "created_at",
        "linked_at",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class PintAgentTaskData(Model):
    """An agent task linked to a PINT, with when it was linked.

    Attributes:
        id: Unique id of the PINT agent task.
        status: Where the task stands, with the values of `UserAgentTaskStatus` (such as `running`).
        trigger_type: What started the task.
        created_at: When the PINT agent task was created (epoch ms on the wire).
        linked_at: When the PINT agent task was linked (epoch ms on the wire).
    """

    id: str
    status: str
    trigger_type: str
    created_at: datetime.datetime
    linked_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "status",
        "trigger_type",
        "created_at",
        "linked_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        trigger_type = self.trigger_type

        created_at = epoch_ms(self.created_at)

        linked_at = epoch_ms(self.linked_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "trigger_type": trigger_type,
                "created_at": created_at,
                "linked_at": linked_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
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

            at = "linked_at"
            linked_at = parse_timestamp(src_dict["linked_at"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        pint_agent_task_data = object.__new__(cls)
        pint_agent_task_data.id = id
        pint_agent_task_data.status = status
        pint_agent_task_data.trigger_type = trigger_type
        pint_agent_task_data.created_at = created_at
        pint_agent_task_data.linked_at = linked_at
        pint_agent_task_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 5 else {}
        )
        return pint_agent_task_data

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
