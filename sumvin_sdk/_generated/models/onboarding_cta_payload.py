from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_action import AppAction
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="OnboardingCtaPayload")
_MEMBERS: frozenset[str] = frozenset(
    (
        "insight",
        "call_to_action",
        "app_action",
        "source",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class OnboardingCtaPayload(Model):
    """Content of an onboarding prompt: its text and what the app opens.

    Attributes:
        insight: Text of the onboarding prompt.
        call_to_action: Suggested next step for the user; null when none.
        app_action: What the app opens when the user taps the prompt; null when nothing.
        source: What produced the prompt; null when not recorded.
    """

    insight: str
    call_to_action: str | None = None
    app_action: AppAction | None = None
    source: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("insight",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "call_to_action",
        "app_action",
        "source",
    )

    def _json_dict(self) -> dict[str, Any]:
        insight = self.insight

        _call_to_action = UNSET if self.call_to_action is None and not self._nulls & 1 else self.call_to_action
        call_to_action: str | Unset | None
        if isinstance(_call_to_action, Unset):
            call_to_action = UNSET
        else:
            call_to_action = _call_to_action

        _app_action = UNSET if self.app_action is None and not self._nulls & 2 else self.app_action
        app_action: str | Unset | None
        if isinstance(_app_action, Unset):
            app_action = UNSET
        elif isinstance(_app_action, AppAction):
            app_action = AppAction(_app_action).value
        else:
            app_action = _app_action

        _source = UNSET if self.source is None and not self._nulls & 4 else self.source
        source: str | Unset | None
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = _source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "insight": insight,
            }
        )
        if call_to_action is not UNSET:
            field_dict["call_to_action"] = call_to_action
        if app_action is not UNSET:
            field_dict["app_action"] = app_action
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "insight"
            insight = src_dict["insight"]
            if type(insight) is not str and not isinstance(insight, str):
                raise TypeError(f"member 'insight': expected str, got {type(insight).__name__}")

            at = "call_to_action"
            call_to_action = src_dict.get("call_to_action", ABSENT)
            if (
                type(call_to_action) is not str
                and call_to_action is not None
                and call_to_action is not ABSENT
                and not isinstance(call_to_action, str)
            ):
                raise TypeError(
                    f"member 'call_to_action': expected str or None or Unset, got {type(call_to_action).__name__}"
                )

            if call_to_action is None:
                nulls |= 1

            at = "app_action"
            app_action = src_dict.get("app_action", ABSENT)
            if app_action is not None and app_action is not ABSENT:
                if not isinstance(app_action, str):
                    raise TypeError("member 'app_action': a value of the wrong type")
                app_action = AppAction.parse(app_action)

            if app_action is None:
                nulls |= 2

            at = "source"
            source = src_dict.get("source", ABSENT)
            if type(source) is not str and source is not None and source is not ABSENT and not isinstance(source, str):
                raise TypeError(f"member 'source': expected str or None or Unset, got {type(source).__name__}")

            if source is None:
                nulls |= 4

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        onboarding_cta_payload = object.__new__(cls)
        onboarding_cta_payload.insight = insight
        onboarding_cta_payload.call_to_action = None if call_to_action is ABSENT else call_to_action
        onboarding_cta_payload.app_action = None if app_action is ABSENT else app_action
        onboarding_cta_payload.source = None if source is ABSENT else source
        onboarding_cta_payload._nulls = nulls
        onboarding_cta_payload.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 1 + (call_to_action is not ABSENT) + (app_action is not ABSENT) + (source is not ABSENT)
            else {}
        )
        return onboarding_cta_payload

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
