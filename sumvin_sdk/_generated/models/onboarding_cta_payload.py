from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_action import AppAction
from ..types import UNSET, Model, Unset

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
        nulls = 0
        insight = src_dict["insight"]
        if type(insight) is not str and not isinstance(insight, str):
            raise TypeError(f"member 'insight': expected str, got {type(insight).__name__}")

        call_to_action: str | Unset | None = src_dict.get("call_to_action", UNSET)
        if (
            type(call_to_action) is not str
            and call_to_action is not None
            and call_to_action is not UNSET
            and not isinstance(call_to_action, str)
        ):
            raise TypeError(
                f"member 'call_to_action': expected str or None or Unset, got {type(call_to_action).__name__}"
            )

        if call_to_action is None:
            nulls |= 1

        app_action: AppAction | Unset | None = src_dict.get("app_action", UNSET)
        if app_action is not None and app_action is not UNSET:
            if not isinstance(app_action, str):
                raise TypeError("member 'app_action': a value of the wrong type")
            app_action_type_0 = AppAction.parse(src_dict.get("app_action", UNSET))

            app_action = app_action_type_0

        if app_action is None:
            nulls |= 2

        source: str | Unset | None = src_dict.get("source", UNSET)
        if type(source) is not str and source is not None and source is not UNSET and not isinstance(source, str):
            raise TypeError(f"member 'source': expected str or None or Unset, got {type(source).__name__}")

        if source is None:
            nulls |= 4

        onboarding_cta_payload = cls(
            insight=insight,
            call_to_action=None if isinstance(call_to_action, Unset) else call_to_action,
            app_action=None if isinstance(app_action, Unset) else app_action,
            source=None if isinstance(source, Unset) else source,
        )

        onboarding_cta_payload._nulls = nulls

        if not _MEMBERS.issuperset(src_dict):
            onboarding_cta_payload.additional_properties = {k: v for k, v in src_dict.items() if k not in _MEMBERS}
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
