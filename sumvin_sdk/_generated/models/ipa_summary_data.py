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

T = TypeVar("T", bound="IPASummaryData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "intent_type",
        "status",
        "autonomy_level",
        "created_at",
        "raw_intent",
        "completed_at",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class IPASummaryData(Model):
    """Short account of an errand: its kind, state and request.

    Attributes:
        id: Unique id of the IPA summary.
        intent_type: Kind of purchase: `product`, `service` or `composite`.
        status: Where the errand stands, with the values of `IPAStatus` (such as `searching`).
        autonomy_level: How far the agent may act without asking the user.
        created_at: When the IPA summary was created (epoch ms on the wire).
        raw_intent: The request in the user's own words; null when not recorded.
        completed_at: When the IPA summary was completed (epoch ms on the wire).
    """

    id: str
    intent_type: str
    status: str
    autonomy_level: str
    created_at: datetime.datetime
    raw_intent: str | None = None
    completed_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "intent_type",
        "status",
        "autonomy_level",
        "created_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "raw_intent",
        "completed_at",
    )

    def _json_dict(self) -> dict[str, Any]:
        id = self.id

        intent_type = self.intent_type

        status = self.status

        autonomy_level = self.autonomy_level

        created_at = epoch_ms(self.created_at)

        _raw_intent = UNSET if self.raw_intent is None and not self._nulls & 1 else self.raw_intent
        raw_intent: str | Unset | None
        if isinstance(_raw_intent, Unset):
            raw_intent = UNSET
        else:
            raw_intent = _raw_intent

        _completed_at = UNSET if self.completed_at is None and not self._nulls & 2 else self.completed_at
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
                "intent_type": intent_type,
                "status": status,
                "autonomy_level": autonomy_level,
                "created_at": created_at,
            }
        )
        if raw_intent is not UNSET:
            field_dict["raw_intent"] = raw_intent
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

            at = "intent_type"
            intent_type = src_dict["intent_type"]
            if type(intent_type) is not str and not isinstance(intent_type, str):
                raise TypeError(f"member 'intent_type': expected str, got {type(intent_type).__name__}")

            at = "status"
            status = src_dict["status"]
            if type(status) is not str and not isinstance(status, str):
                raise TypeError(f"member 'status': expected str, got {type(status).__name__}")

            at = "autonomy_level"
            autonomy_level = src_dict["autonomy_level"]
            if type(autonomy_level) is not str and not isinstance(autonomy_level, str):
                raise TypeError(f"member 'autonomy_level': expected str, got {type(autonomy_level).__name__}")

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

            at = "raw_intent"
            raw_intent = src_dict.get("raw_intent", ABSENT)
            if (
                type(raw_intent) is not str
                and raw_intent is not None
                and raw_intent is not ABSENT
                and not isinstance(raw_intent, str)
            ):
                raise TypeError(f"member 'raw_intent': expected str or None or Unset, got {type(raw_intent).__name__}")

            if raw_intent is None:
                nulls |= 1

            at = "completed_at"
            completed_at = src_dict.get("completed_at", ABSENT)
            if completed_at is not None and completed_at is not ABSENT:
                if not isinstance(completed_at, int | float | str):
                    raise TypeError("member 'completed_at': a value of the wrong type")
                completed_at = parse_timestamp(completed_at)

            if completed_at is None:
                nulls |= 2

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        ipa_summary_data = object.__new__(cls)
        ipa_summary_data.id = id
        ipa_summary_data.intent_type = intent_type
        ipa_summary_data.status = status
        ipa_summary_data.autonomy_level = autonomy_level
        ipa_summary_data.created_at = created_at
        ipa_summary_data.raw_intent = None if raw_intent is ABSENT else raw_intent
        ipa_summary_data.completed_at = None if completed_at is ABSENT else completed_at
        ipa_summary_data._nulls = nulls
        ipa_summary_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 5 + (raw_intent is not ABSENT) + (completed_at is not ABSENT)
            else {}
        )
        return ipa_summary_data

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
