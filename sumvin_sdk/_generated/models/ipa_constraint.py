from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ipa_constraint_extra_type_0 import IPAConstraintExtraType0


T = TypeVar("T", bound="IPAConstraint")


@_attrs_define
class IPAConstraint:
    """A IPA constraint.

    Attributes:
        max_price (float | None | Unset): Max price of the IPA constraint.
        max_total (float | None | Unset): Max total of the IPA constraint.
        currency (None | str | Unset): Currency code (ISO 4217, such as USD).
        deadline (int | None | Unset): Deadline of the IPA constraint.
        preferred_sellers (list[str] | None | Unset): Preferred sellers of the IPA constraint.
        excluded_sellers (list[str] | None | Unset): Excluded sellers of the IPA constraint.
        extra (IPAConstraintExtraType0 | None | Unset): Extra of the IPA constraint.
    """

    max_price: float | Unset | None = UNSET
    max_total: float | Unset | None = UNSET
    currency: str | Unset | None = UNSET
    deadline: int | Unset | None = UNSET
    preferred_sellers: list[str] | Unset | None = UNSET
    excluded_sellers: list[str] | Unset | None = UNSET
    extra: IPAConstraintExtraType0 | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ipa_constraint_extra_type_0 import IPAConstraintExtraType0

        max_price: float | Unset | None
        if isinstance(self.max_price, Unset):
            max_price = UNSET
        else:
            max_price = self.max_price

        max_total: float | Unset | None
        if isinstance(self.max_total, Unset):
            max_total = UNSET
        else:
            max_total = self.max_total

        currency: str | Unset | None
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        deadline: int | Unset | None
        if isinstance(self.deadline, Unset):
            deadline = UNSET
        else:
            deadline = self.deadline

        preferred_sellers: list[str] | Unset | None
        if isinstance(self.preferred_sellers, Unset):
            preferred_sellers = UNSET
        elif isinstance(self.preferred_sellers, list):
            preferred_sellers = self.preferred_sellers

        else:
            preferred_sellers = self.preferred_sellers

        excluded_sellers: list[str] | Unset | None
        if isinstance(self.excluded_sellers, Unset):
            excluded_sellers = UNSET
        elif isinstance(self.excluded_sellers, list):
            excluded_sellers = self.excluded_sellers

        else:
            excluded_sellers = self.excluded_sellers

        extra: dict[str, Any] | Unset | None
        if isinstance(self.extra, Unset):
            extra = UNSET
        elif isinstance(self.extra, IPAConstraintExtraType0):
            extra = self.extra.to_dict()
        else:
            extra = self.extra

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_price is not UNSET:
            field_dict["max_price"] = max_price
        if max_total is not UNSET:
            field_dict["max_total"] = max_total
        if currency is not UNSET:
            field_dict["currency"] = currency
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if preferred_sellers is not UNSET:
            field_dict["preferred_sellers"] = preferred_sellers
        if excluded_sellers is not UNSET:
            field_dict["excluded_sellers"] = excluded_sellers
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            IPAConstraintExtraType0 = _models.IPAConstraintExtraType0
        d = dict(src_dict)
        max_price: float | Unset | None = d.pop("max_price", UNSET)
        if (
            max_price is not None
            and not isinstance(max_price, Unset)
            and (not isinstance(max_price, (int, float)) or isinstance(max_price, bool))
        ):
            raise TypeError(f"member 'max_price': expected float or None or Unset, got {type(max_price).__name__}")

        max_total: float | Unset | None = d.pop("max_total", UNSET)
        if (
            max_total is not None
            and not isinstance(max_total, Unset)
            and (not isinstance(max_total, (int, float)) or isinstance(max_total, bool))
        ):
            raise TypeError(f"member 'max_total': expected float or None or Unset, got {type(max_total).__name__}")

        currency: str | Unset | None = d.pop("currency", UNSET)
        if currency is not None and not isinstance(currency, Unset) and not isinstance(currency, str):
            raise TypeError(f"member 'currency': expected str or None or Unset, got {type(currency).__name__}")

        deadline: int | Unset | None = d.pop("deadline", UNSET)
        if (
            deadline is not None
            and not isinstance(deadline, Unset)
            and (not isinstance(deadline, int) or isinstance(deadline, bool))
        ):
            raise TypeError(f"member 'deadline': expected int or None or Unset, got {type(deadline).__name__}")

        def _parse_preferred_sellers(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            _preferred_sellers_type_0 = data
            if not isinstance(_preferred_sellers_type_0, list):
                raise TypeError(
                    f"member 'preferred_sellers_type_0': expected a list, got {type(_preferred_sellers_type_0).__name__}"
                )

            preferred_sellers_type_0 = cast(list[str], _preferred_sellers_type_0)

            return preferred_sellers_type_0

        preferred_sellers = _parse_preferred_sellers(d.pop("preferred_sellers", UNSET))

        def _parse_excluded_sellers(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            _excluded_sellers_type_0 = data
            if not isinstance(_excluded_sellers_type_0, list):
                raise TypeError(
                    f"member 'excluded_sellers_type_0': expected a list, got {type(_excluded_sellers_type_0).__name__}"
                )

            excluded_sellers_type_0 = cast(list[str], _excluded_sellers_type_0)

            return excluded_sellers_type_0

        excluded_sellers = _parse_excluded_sellers(d.pop("excluded_sellers", UNSET))

        def _parse_extra(data: object) -> IPAConstraintExtraType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            extra_type_0 = IPAConstraintExtraType0.from_dict(data)

            return extra_type_0

        extra = _parse_extra(d.pop("extra", UNSET))

        ipa_constraint = cls(
            max_price=max_price,
            max_total=max_total,
            currency=currency,
            deadline=deadline,
            preferred_sellers=preferred_sellers,
            excluded_sellers=excluded_sellers,
            extra=extra,
        )

        ipa_constraint.additional_properties = d
        return ipa_constraint

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
