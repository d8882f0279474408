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
from ..models.cta_category import CTACategory
from ..models.cta_type import CTAType
from ..models.trust_stage import TrustStage
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.cta_meta import CTAMeta


T = TypeVar("T", bound="CTAData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "cta",
        "meta",
        "category",
        "urgency_score",
        "trust_stage_target",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class CTAData(Model):
    """A call-to-action for the user, with where it shows and how urgent it is.

    Attributes:
        type_: Where the call-to-action is shown: `home` or `chat`.
        cta: Text of the call-to-action to show.
        meta: Extra information about the CTA.
        category: Category of the call-to-action, for ranking and filtering; null when none.
        urgency_score: How urgent the call-to-action is, from 0.0 to 1.0, for ordering; null when unranked.
        trust_stage_target: Trust stage the call-to-action moves the user towards; null when none.
    """

    type_: CTAType
    cta: str
    meta: CTAMeta
    category: CTACategory | None = None
    urgency_score: float | None = None
    trust_stage_target: TrustStage | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "type_",
        "cta",
        "meta",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "category",
        "urgency_score",
        "trust_stage_target",
    )

    def _json_dict(self) -> dict[str, Any]:
        type_ = CTAType(self.type_).value

        cta = self.cta

        meta = self.meta.to_dict()

        _category = UNSET if self.category is None and not self._nulls & 1 else self.category
        category: str | Unset | None
        if isinstance(_category, Unset):
            category = UNSET
        elif isinstance(_category, CTACategory):
            category = CTACategory(_category).value
        else:
            category = _category

        _urgency_score = UNSET if self.urgency_score is None and not self._nulls & 2 else self.urgency_score
        urgency_score: float | Unset | None
        if isinstance(_urgency_score, Unset):
            urgency_score = UNSET
        else:
            urgency_score = _urgency_score

        _trust_stage_target = (
            UNSET if self.trust_stage_target is None and not self._nulls & 4 else self.trust_stage_target
        )
        trust_stage_target: str | Unset | None
        if isinstance(_trust_stage_target, Unset):
            trust_stage_target = UNSET
        elif isinstance(_trust_stage_target, TrustStage):
            trust_stage_target = TrustStage(_trust_stage_target).value
        else:
            trust_stage_target = _trust_stage_target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "cta": cta,
                "meta": meta,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if urgency_score is not UNSET:
            field_dict["urgency_score"] = urgency_score
        if trust_stage_target is not UNSET:
            field_dict["trust_stage_target"] = trust_stage_target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            CTAMeta = _models.CTAMeta
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "type"
            type_ = CTAType.parse(src_dict["type"])

            at = "cta"
            cta = src_dict["cta"]
            if type(cta) is not str and not isinstance(cta, str):
                raise TypeError(f"member 'cta': expected str, got {type(cta).__name__}")

            at = "meta"
            meta = CTAMeta.from_dict(src_dict["meta"])

            at = "category"
            category = src_dict.get("category", ABSENT)
            if category is not None and category is not ABSENT:
                if not isinstance(category, str):
                    raise TypeError("member 'category': a value of the wrong type")
                category = CTACategory.parse(category)

            if category is None:
                nulls |= 1

            at = "urgency_score"
            urgency_score = src_dict.get("urgency_score", ABSENT)
            if (
                urgency_score is not None
                and urgency_score is not ABSENT
                and (
                    not isinstance(urgency_score, (int, float))
                    or isinstance(urgency_score, bool)
                    or (isinstance(urgency_score, float) and not float("-inf") < urgency_score < float("inf"))
                )
            ):
                raise TypeError(
                    f"member 'urgency_score': expected float or None or Unset, got {type(urgency_score).__name__}"
                )

            if urgency_score is None:
                nulls |= 2

            at = "trust_stage_target"
            trust_stage_target = src_dict.get("trust_stage_target", ABSENT)
            if trust_stage_target is not None and trust_stage_target is not ABSENT:
                if not isinstance(trust_stage_target, str):
                    raise TypeError("member 'trust_stage_target': a value of the wrong type")
                trust_stage_target = TrustStage.parse(trust_stage_target)

            if trust_stage_target is None:
                nulls |= 4

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        cta_data = object.__new__(cls)
        cta_data.type_ = type_
        cta_data.cta = cta
        cta_data.meta = meta
        cta_data.category = None if category is ABSENT else category
        cta_data.urgency_score = None if urgency_score is ABSENT else urgency_score
        cta_data.trust_stage_target = None if trust_stage_target is ABSENT else trust_stage_target
        cta_data._nulls = nulls
        cta_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 3 + (category is not ABSENT) + (urgency_score is not ABSENT) + (trust_stage_target is not ABSENT)
            else {}
        )
        return cta_data

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
