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

from ..models.agent_identity_status import AgentIdentityStatus
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

T = TypeVar("T", bound="AgentIdentityData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "client_id",
        "status",
        "generation",
        "created_at",
        "retired_at",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class AgentIdentityData(Model):
    """An agent application connected to the user's account, and the state of that connection.

    Attributes:
        id: Unique id of the agent identity.
        client_id: Id of the application the user connected.
        status: `pending` while being set up, `active` when live, `failed` when setup failed, `retired` once
            disconnected.
        generation: Count of connections of this application so far; reconnecting after a disconnect adds one.
        created_at: When the agent identity was created (epoch ms on the wire).
        retired_at: When the agent identity was retired (epoch ms on the wire).
    """

    id: str
    client_id: str
    status: AgentIdentityStatus
    generation: int
    created_at: datetime.datetime
    retired_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "client_id",
        "status",
        "generation",
        "created_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("retired_at",)

    def _json_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        status = AgentIdentityStatus(self.status).value

        generation = self.generation

        created_at = epoch_ms(self.created_at)

        _retired_at = UNSET if self.retired_at is None and not self._nulls & 1 else self.retired_at
        retired_at: int | Unset | None
        if isinstance(_retired_at, Unset):
            retired_at = UNSET
        elif isinstance(_retired_at, datetime.datetime):
            retired_at = epoch_ms(_retired_at)
        else:
            retired_at = _retired_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "client_id": client_id,
                "status": status,
                "generation": generation,
                "created_at": created_at,
            }
        )
        if retired_at is not UNSET:
            field_dict["retired_at"] = retired_at

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

            at = "client_id"
            client_id = src_dict["client_id"]
            if type(client_id) is not str and not isinstance(client_id, str):
                raise TypeError(f"member 'client_id': expected str, got {type(client_id).__name__}")

            at = "status"
            status = AgentIdentityStatus.parse(src_dict["status"])

            at = "generation"
            generation = src_dict["generation"]
            if type(generation) is not int and (not isinstance(generation, int) or isinstance(generation, bool)):
                raise TypeError(f"member 'generation': expected int, got {type(generation).__name__}")

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

            at = "retired_at"
            retired_at = src_dict.get("retired_at", ABSENT)
            if retired_at is not None and retired_at is not ABSENT:
                if not isinstance(retired_at, int | float | str):
                    raise TypeError("member 'retired_at': a value of the wrong type")
                retired_at = parse_timestamp(retired_at)

            if retired_at is None:
                nulls |= 1

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        agent_identity_data = object.__new__(cls)
        agent_identity_data.id = id
        agent_identity_data.client_id = client_id
        agent_identity_data.status = status
        agent_identity_data.generation = generation
        agent_identity_data.created_at = created_at
        agent_identity_data.retired_at = None if retired_at is ABSENT else retired_at
        agent_identity_data._nulls = nulls
        agent_identity_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 5 + (retired_at is not ABSENT)
            else {}
        )
        return agent_identity_data

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
