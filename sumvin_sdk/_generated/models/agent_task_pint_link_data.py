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

T = TypeVar("T", bound="AgentTaskPintLinkData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "pint_id",
        "task_id",
        "created_at",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class AgentTaskPintLinkData(Model):
    """The link between an agent task and a PINT, with when it was made.

    Attributes:
        pint_id: Id of the PINT linked to the task.
        task_id: Id of the agent task the PINT is linked to.
        created_at: When the agent task PINT link was created (epoch ms on the wire).
    """

    pint_id: str
    task_id: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "pint_id",
        "task_id",
        "created_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        pint_id = self.pint_id

        task_id = self.task_id

        created_at = epoch_ms(self.created_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pint_id": pint_id,
                "task_id": task_id,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "pint_id"
            pint_id = src_dict["pint_id"]
            if type(pint_id) is not str and not isinstance(pint_id, str):
                raise TypeError(f"member 'pint_id': expected str, got {type(pint_id).__name__}")

            at = "task_id"
            task_id = src_dict["task_id"]
            if type(task_id) is not str and not isinstance(task_id, str):
                raise TypeError(f"member 'task_id': expected str, got {type(task_id).__name__}")

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        agent_task_pint_link_data = object.__new__(cls)
        agent_task_pint_link_data.pint_id = pint_id
        agent_task_pint_link_data.task_id = task_id
        agent_task_pint_link_data.created_at = created_at
        agent_task_pint_link_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 3 else {}
        )
        return agent_task_pint_link_data

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
