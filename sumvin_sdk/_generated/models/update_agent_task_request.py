from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Literal,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="UpdateAgentTaskRequest")
_MEMBERS: frozenset[str] = frozenset(("status",))  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class UpdateAgentTaskRequest(Model):
    """Body of `update_agent_task`, which moves an agent task on to `next`, the only status a caller may set.

    Attributes:
        status: Status to move the task to; only `next` is accepted.
    """

    status: Literal["next"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("status",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "status"
            status = cast(Literal["next"], src_dict["status"])
            if status != "next":
                raise ValueError(f"status must match const 'next', got '{status}'")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        update_agent_task_request = object.__new__(cls)
        update_agent_task_request.status = status
        update_agent_task_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 1 else {}
        )
        return update_agent_task_request

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


class UpdateAgentTaskRequestDict(TypedDict):
    """``UpdateAgentTaskRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    status: Literal["next"]
