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

T = TypeVar("T", bound="OnboardingEventData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "step",
        "event_type",
        "created_at",
        "from_step",
        "gate_name",
        "duration_ms",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class OnboardingEventData(Model):
    """One onboarding event: the step, what happened and how long it took.

    Attributes:
        step: The onboarding step the event is about.
        event_type: What happened: `step_entered`, `step_completed` or `step_skipped`.
        created_at: When the onboarding event was created (epoch ms on the wire).
        from_step: The step the user was on before; null for the first event.
        gate_name: Feature flag that made the step be skipped; null when it was not skipped.
        duration_ms: Time spent in the step, in milliseconds; null while the user is still in it.
    """

    step: str
    event_type: str
    created_at: datetime.datetime
    from_step: str | None = None
    gate_name: str | None = None
    duration_ms: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "step",
        "event_type",
        "created_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "from_step",
        "gate_name",
        "duration_ms",
    )

    def _json_dict(self) -> dict[str, Any]:
        step = self.step

        event_type = self.event_type

        created_at = epoch_ms(self.created_at)

        _from_step = UNSET if self.from_step is None and not self._nulls & 1 else self.from_step
        from_step: str | Unset | None
        if isinstance(_from_step, Unset):
            from_step = UNSET
        else:
            from_step = _from_step

        _gate_name = UNSET if self.gate_name is None and not self._nulls & 2 else self.gate_name
        gate_name: str | Unset | None
        if isinstance(_gate_name, Unset):
            gate_name = UNSET
        else:
            gate_name = _gate_name

        _duration_ms = UNSET if self.duration_ms is None and not self._nulls & 4 else self.duration_ms
        duration_ms: int | Unset | None
        if isinstance(_duration_ms, Unset):
            duration_ms = UNSET
        else:
            duration_ms = _duration_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step": step,
                "event_type": event_type,
                "created_at": created_at,
            }
        )
        if from_step is not UNSET:
            field_dict["from_step"] = from_step
        if gate_name is not UNSET:
            field_dict["gate_name"] = gate_name
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "step"
            step = src_dict["step"]
            if type(step) is not str and not isinstance(step, str):
                raise TypeError(f"member 'step': expected str, got {type(step).__name__}")

            at = "event_type"
            event_type = src_dict["event_type"]
            if type(event_type) is not str and not isinstance(event_type, str):
                raise TypeError(f"member 'event_type': expected str, got {type(event_type).__name__}")

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

            at = "from_step"
            from_step = src_dict.get("from_step", ABSENT)
            if (
                type(from_step) is not str
                and from_step is not None
                and from_step is not ABSENT
                and not isinstance(from_step, str)
            ):
                raise TypeError(f"member 'from_step': expected str or None or Unset, got {type(from_step).__name__}")

            if from_step is None:
                nulls |= 1

            at = "gate_name"
            gate_name = src_dict.get("gate_name", ABSENT)
            if (
                type(gate_name) is not str
                and gate_name is not None
                and gate_name is not ABSENT
                and not isinstance(gate_name, str)
            ):
                raise TypeError(f"member 'gate_name': expected str or None or Unset, got {type(gate_name).__name__}")

            if gate_name is None:
                nulls |= 2

            at = "duration_ms"
            duration_ms = src_dict.get("duration_ms", ABSENT)
            if (
                type(duration_ms) is not int
                and duration_ms is not None
                and duration_ms is not ABSENT
                and (not isinstance(duration_ms, int) or isinstance(duration_ms, bool))
            ):
                raise TypeError(
                    f"member 'duration_ms': expected int or None or Unset, got {type(duration_ms).__name__}"
                )

            if duration_ms is None:
                nulls |= 4

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        onboarding_event_data = object.__new__(cls)
        onboarding_event_data.step = step
        onboarding_event_data.event_type = event_type
        onboarding_event_data.created_at = created_at
        onboarding_event_data.from_step = None if from_step is ABSENT else from_step
        onboarding_event_data.gate_name = None if gate_name is ABSENT else gate_name
        onboarding_event_data.duration_ms = None if duration_ms is ABSENT else duration_ms
        onboarding_event_data._nulls = nulls
        onboarding_event_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 3 + (from_step is not ABSENT) + (gate_name is not ABSENT) + (duration_ms is not ABSENT)
            else {}
        )
        return onboarding_event_data

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
