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
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.insight_action import InsightAction
    from ..models.insight_benefit import InsightBenefit


T = TypeVar("T", bound="AIInsightPayload")
_MEMBERS: frozenset[str] = frozenset(
    (
        "title",
        "body",
        "icon",
        "category",
        "expected_benefit",
        "action",
        "if_accepted",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class AIInsightPayload(Model):
    """Content of an AI-written insight: headline, explanation, promised saving and the action it suggests.

    Attributes:
        title: Headline of the insight, shown first.
        body: Explanation under the headline; null when the title says it all.
        icon: Name of the icon to show beside the insight; null for the default.
        category: Spending category.
        expected_benefit: Saving the insight promises (amount, period, label); null when it names none.
        action: Action the user can take on the insight; null when there is nothing to do.
        if_accepted: What happens if the user takes the action, for display; null when not stated.
    """

    title: str
    body: str | None = None
    icon: str | None = None
    category: str | None = None
    expected_benefit: InsightBenefit | None = None
    action: InsightAction | None = None
    if_accepted: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("title",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "body",
        "icon",
        "category",
        "expected_benefit",
        "action",
        "if_accepted",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.insight_action import InsightAction
        from ..models.insight_benefit import InsightBenefit

        title = self.title

        _body = UNSET if self.body is None and not self._nulls & 1 else self.body
        body: str | Unset | None
        if isinstance(_body, Unset):
            body = UNSET
        else:
            body = _body

        _icon = UNSET if self.icon is None and not self._nulls & 2 else self.icon
        icon: str | Unset | None
        if isinstance(_icon, Unset):
            icon = UNSET
        else:
            icon = _icon

        _category = UNSET if self.category is None and not self._nulls & 4 else self.category
        category: str | Unset | None
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = _category

        _expected_benefit = UNSET if self.expected_benefit is None and not self._nulls & 8 else self.expected_benefit
        expected_benefit: dict[str, Any] | Unset | None
        if isinstance(_expected_benefit, Unset):
            expected_benefit = UNSET
        elif isinstance(_expected_benefit, InsightBenefit):
            expected_benefit = _expected_benefit.to_dict()
        else:
            expected_benefit = _expected_benefit

        _action = UNSET if self.action is None and not self._nulls & 16 else self.action
        action: dict[str, Any] | Unset | None
        if isinstance(_action, Unset):
            action = UNSET
        elif isinstance(_action, InsightAction):
            action = _action.to_dict()
        else:
            action = _action

        _if_accepted = UNSET if self.if_accepted is None and not self._nulls & 32 else self.if_accepted
        if_accepted: str | Unset | None
        if isinstance(_if_accepted, Unset):
            if_accepted = UNSET
        else:
            if_accepted = _if_accepted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body
        if icon is not UNSET:
            field_dict["icon"] = icon
        if category is not UNSET:
            field_dict["category"] = category
        if expected_benefit is not UNSET:
            field_dict["expected_benefit"] = expected_benefit
        if action is not UNSET:
            field_dict["action"] = action
        if if_accepted is not UNSET:
            field_dict["if_accepted"] = if_accepted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            InsightAction = _models.InsightAction
            InsightBenefit = _models.InsightBenefit
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "title"
            title = src_dict["title"]
            if type(title) is not str and not isinstance(title, str):
                raise TypeError(f"member 'title': expected str, got {type(title).__name__}")

            at = "body"
            body = src_dict.get("body", ABSENT)
            if type(body) is not str and body is not None and body is not ABSENT and not isinstance(body, str):
                raise TypeError(f"member 'body': expected str or None or Unset, got {type(body).__name__}")

            if body is None:
                nulls |= 1

            at = "icon"
            icon = src_dict.get("icon", ABSENT)
            if type(icon) is not str and icon is not None and icon is not ABSENT and not isinstance(icon, str):
                raise TypeError(f"member 'icon': expected str or None or Unset, got {type(icon).__name__}")

            if icon is None:
                nulls |= 2

            at = "category"
            category = src_dict.get("category", ABSENT)
            if (
                type(category) is not str
                and category is not None
                and category is not ABSENT
                and not isinstance(category, str)
            ):
                raise TypeError(f"member 'category': expected str or None or Unset, got {type(category).__name__}")

            if category is None:
                nulls |= 4

            at = "expected_benefit"
            expected_benefit = src_dict.get("expected_benefit", ABSENT)
            if expected_benefit is not None and expected_benefit is not ABSENT:
                if not isinstance(expected_benefit, dict):
                    raise TypeError("member 'expected_benefit': a value of the wrong type")
                expected_benefit = InsightBenefit.from_dict(expected_benefit)

            if expected_benefit is None:
                nulls |= 8

            at = "action"
            action = src_dict.get("action", ABSENT)
            if action is not None and action is not ABSENT:
                if not isinstance(action, dict):
                    raise TypeError("member 'action': a value of the wrong type")
                action = InsightAction.from_dict(action)

            if action is None:
                nulls |= 16

            at = "if_accepted"
            if_accepted = src_dict.get("if_accepted", ABSENT)
            if (
                type(if_accepted) is not str
                and if_accepted is not None
                and if_accepted is not ABSENT
                and not isinstance(if_accepted, str)
            ):
                raise TypeError(
                    f"member 'if_accepted': expected str or None or Unset, got {type(if_accepted).__name__}"
                )

            if if_accepted is None:
                nulls |= 32

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        ai_insight_payload = object.__new__(cls)
        ai_insight_payload.title = title
        ai_insight_payload.body = None if body is ABSENT else body
        ai_insight_payload.icon = None if icon is ABSENT else icon
        ai_insight_payload.category = None if category is ABSENT else category
        ai_insight_payload.expected_benefit = None if expected_benefit is ABSENT else expected_benefit
        ai_insight_payload.action = None if action is ABSENT else action
        ai_insight_payload.if_accepted = None if if_accepted is ABSENT else if_accepted
        ai_insight_payload._nulls = nulls
        ai_insight_payload.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 1
            + (body is not ABSENT)
            + (icon is not ABSENT)
            + (category is not ABSENT)
            + (expected_benefit is not ABSENT)
            + (action is not ABSENT)
            + (if_accepted is not ABSENT)
            else {}
        )
        return ai_insight_payload

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
