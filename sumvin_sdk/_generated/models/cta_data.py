from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.cta_category import CTACategory
from ..models.cta_type import CTAType
from ..models.trust_stage import TrustStage
from ..types import UNSET, Model, Unset

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
        nulls = 0
        type_ = CTAType.parse(src_dict["type"])

        cta = src_dict["cta"]
        if type(cta) is not str and not isinstance(cta, str):
            raise TypeError(f"member 'cta': expected str, got {type(cta).__name__}")

        meta = CTAMeta.from_dict(src_dict["meta"])

        category: CTACategory | Unset | None = src_dict.get("category", UNSET)
        if category is not None and category is not UNSET:
            if not isinstance(category, str):
                raise TypeError("member 'category': a value of the wrong type")
            category_type_0 = CTACategory.parse(src_dict.get("category", UNSET))

            category = category_type_0

        if category is None:
            nulls |= 1

        urgency_score: float | Unset | None = src_dict.get("urgency_score", UNSET)
        if (
            urgency_score is not None
            and urgency_score is not UNSET
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

        trust_stage_target: TrustStage | Unset | None = src_dict.get("trust_stage_target", UNSET)
        if trust_stage_target is not None and trust_stage_target is not UNSET:
            if not isinstance(trust_stage_target, str):
                raise TypeError("member 'trust_stage_target': a value of the wrong type")
            trust_stage_target_type_0 = TrustStage.parse(src_dict.get("trust_stage_target", UNSET))

            trust_stage_target = trust_stage_target_type_0

        if trust_stage_target is None:
            nulls |= 4

        cta_data = cls(
            type_=type_,
            cta=cta,
            meta=meta,
            category=None if isinstance(category, Unset) else category,
            urgency_score=None if isinstance(urgency_score, Unset) else urgency_score,
            trust_stage_target=None if isinstance(trust_stage_target, Unset) else trust_stage_target,
        )

        cta_data._nulls = nulls

        if not _MEMBERS.issuperset(src_dict):
            cta_data.additional_properties = {k: v for k, v in src_dict.items() if k not in _MEMBERS}
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
