from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.cta_category import CTACategory
from ..models.cta_type import CTAType
from ..models.trust_stage import TrustStage
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cta_meta import CTAMeta


T = TypeVar("T", bound="CTAData")


@_attrs_define
class CTAData:
    """A CTA.

    Attributes:
        type_ (CTAType): Values a CTA type can take.
        cta (str): Cta of the CTA.
        meta (CTAMeta): A CTA meta.
        category (CTACategory | None | Unset): Spending category.
        urgency_score (float | None | Unset): Urgency score of the CTA.
        trust_stage_target (None | TrustStage | Unset): Trust stage target of the CTA.
    """

    type_: CTAType
    cta: str
    meta: CTAMeta
    category: CTACategory | Unset | None = UNSET
    urgency_score: float | Unset | None = UNSET
    trust_stage_target: TrustStage | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = CTAType(self.type_).value

        cta = self.cta

        meta = self.meta.to_dict()

        category: str | Unset | None
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, CTACategory):
            category = CTACategory(self.category).value
        else:
            category = self.category

        urgency_score: float | Unset | None
        if isinstance(self.urgency_score, Unset):
            urgency_score = UNSET
        else:
            urgency_score = self.urgency_score

        trust_stage_target: str | Unset | None
        if isinstance(self.trust_stage_target, Unset):
            trust_stage_target = UNSET
        elif isinstance(self.trust_stage_target, TrustStage):
            trust_stage_target = TrustStage(self.trust_stage_target).value
        else:
            trust_stage_target = self.trust_stage_target

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
        d = dict(src_dict)
        type_ = CTAType.parse(d.pop("type"))

        cta = d.pop("cta")
        if not isinstance(cta, str):
            raise TypeError(f"member 'cta': expected str, got {type(cta).__name__}")

        meta = CTAMeta.from_dict(d.pop("meta"))

        def _parse_category(data: object) -> CTACategory | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            category_type_0 = CTACategory.parse(data)

            return category_type_0

        category = _parse_category(d.pop("category", UNSET))

        urgency_score: float | Unset | None = d.pop("urgency_score", UNSET)
        if (
            urgency_score is not None
            and not isinstance(urgency_score, Unset)
            and (not isinstance(urgency_score, (int, float)) or isinstance(urgency_score, bool))
        ):
            raise TypeError(
                f"member 'urgency_score': expected float or None or Unset, got {type(urgency_score).__name__}"
            )

        def _parse_trust_stage_target(data: object) -> TrustStage | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            trust_stage_target_type_0 = TrustStage.parse(data)

            return trust_stage_target_type_0

        trust_stage_target = _parse_trust_stage_target(d.pop("trust_stage_target", UNSET))

        cta_data = cls(
            type_=type_,
            cta=cta,
            meta=meta,
            category=category,
            urgency_score=urgency_score,
            trust_stage_target=trust_stage_target,
        )

        cta_data.additional_properties = d
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
