from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GeneratedInsight")


@_attrs_define
class GeneratedInsight:
    """A generated insight.

    Attributes:
        insight (str): Insight of the generated insight.
        call_to_action (None | str | Unset): Call to action of the generated insight.
        title (None | str | Unset): Title of the generated insight.
    """

    insight: str
    call_to_action: str | Unset | None = UNSET
    title: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        insight = self.insight

        call_to_action: str | Unset | None
        if isinstance(self.call_to_action, Unset):
            call_to_action = UNSET
        else:
            call_to_action = self.call_to_action

        title: str | Unset | None
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "insight": insight,
            }
        )
        if call_to_action is not UNSET:
            field_dict["call_to_action"] = call_to_action
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        insight = d.pop("insight")
        if not isinstance(insight, str):
            raise TypeError(f"member 'insight': expected str, got {type(insight).__name__}")

        call_to_action: str | Unset | None = d.pop("call_to_action", UNSET)
        if call_to_action is not None and not isinstance(call_to_action, Unset) and not isinstance(call_to_action, str):
            raise TypeError(
                f"member 'call_to_action': expected str or None or Unset, got {type(call_to_action).__name__}"
            )

        title: str | Unset | None = d.pop("title", UNSET)
        if title is not None and not isinstance(title, Unset) and not isinstance(title, str):
            raise TypeError(f"member 'title': expected str or None or Unset, got {type(title).__name__}")

        generated_insight = cls(
            insight=insight,
            call_to_action=call_to_action,
            title=title,
        )

        generated_insight.additional_properties = d
        return generated_insight

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
