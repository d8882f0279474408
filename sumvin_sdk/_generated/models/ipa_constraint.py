from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Model, Unset

if TYPE_CHECKING:
    from ..models.ipa_constraint_extra_type_0 import IPAConstraintExtraType0


T = TypeVar("T", bound="IPAConstraint")
_MEMBERS: frozenset[str] = frozenset(
    (
        "max_price",
        "max_total",
        "currency",
        "deadline",
        "preferred_sellers",
        "excluded_sellers",
        "extra",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class IPAConstraint(Model):
    """What an acceptable result must meet: prices, currency, delivery deadline and sellers.

    Attributes:
        max_price: Most a single item may cost, in the errand's currency; null for no limit.
        max_total: Most the whole purchase may cost, in the errand's currency; null for no limit.
        currency: Currency code (ISO 4217, such as USD).
        deadline: Latest acceptable delivery date, in epoch milliseconds; null for none.
        preferred_sellers: Sellers or marketplaces to look at first; null for any.
        excluded_sellers: Sellers or marketplaces never to propose; null for none.
        extra: Further requirements without a member of their own, such as brands or item condition; null for none.
    """

    max_price: float | None = None
    max_total: float | None = None
    currency: str | None = None
    deadline: int | None = None
    preferred_sellers: list[str] | None = None
    excluded_sellers: list[str] | None = None
    extra: IPAConstraintExtraType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "max_price",
        "max_total",
        "currency",
        "deadline",
        "preferred_sellers",
        "excluded_sellers",
        "extra",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.ipa_constraint_extra_type_0 import IPAConstraintExtraType0

        _max_price = UNSET if self.max_price is None and not self._nulls & 1 else self.max_price
        max_price: float | Unset | None
        if isinstance(_max_price, Unset):
            max_price = UNSET
        else:
            max_price = _max_price

        _max_total = UNSET if self.max_total is None and not self._nulls & 2 else self.max_total
        max_total: float | Unset | None
        if isinstance(_max_total, Unset):
            max_total = UNSET
        else:
            max_total = _max_total

        _currency = UNSET if self.currency is None and not self._nulls & 4 else self.currency
        currency: str | Unset | None
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = _currency

        _deadline = UNSET if self.deadline is None and not self._nulls & 8 else self.deadline
        deadline: int | Unset | None
        if isinstance(_deadline, Unset):
            deadline = UNSET
        else:
            deadline = _deadline

        _preferred_sellers = (
            UNSET if self.preferred_sellers is None and not self._nulls & 16 else self.preferred_sellers
        )
        preferred_sellers: list[str] | Unset | None
        if isinstance(_preferred_sellers, Unset):
            preferred_sellers = UNSET
        elif isinstance(_preferred_sellers, list):
            preferred_sellers = _preferred_sellers

        else:
            preferred_sellers = _preferred_sellers

        _excluded_sellers = UNSET if self.excluded_sellers is None and not self._nulls & 32 else self.excluded_sellers
        excluded_sellers: list[str] | Unset | None
        if isinstance(_excluded_sellers, Unset):
            excluded_sellers = UNSET
        elif isinstance(_excluded_sellers, list):
            excluded_sellers = _excluded_sellers

        else:
            excluded_sellers = _excluded_sellers

        _extra = UNSET if self.extra is None and not self._nulls & 64 else self.extra
        extra: dict[str, Any] | Unset | None
        if isinstance(_extra, Unset):
            extra = UNSET
        elif isinstance(_extra, IPAConstraintExtraType0):
            extra = _extra.to_dict()
        else:
            extra = _extra

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
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        nulls = 0
        max_price: float | Unset | None = src_dict.get("max_price", UNSET)
        if (
            max_price is not None
            and max_price is not UNSET
            and (
                not isinstance(max_price, (int, float))
                or isinstance(max_price, bool)
                or (isinstance(max_price, float) and not float("-inf") < max_price < float("inf"))
            )
        ):
            raise TypeError(f"member 'max_price': expected float or None or Unset, got {type(max_price).__name__}")

        if max_price is None:
            nulls |= 1

        max_total: float | Unset | None = src_dict.get("max_total", UNSET)
        if (
            max_total is not None
            and max_total is not UNSET
            and (
                not isinstance(max_total, (int, float))
                or isinstance(max_total, bool)
                or (isinstance(max_total, float) and not float("-inf") < max_total < float("inf"))
            )
        ):
            raise TypeError(f"member 'max_total': expected float or None or Unset, got {type(max_total).__name__}")

        if max_total is None:
            nulls |= 2

        currency: str | Unset | None = src_dict.get("currency", UNSET)
        if (
            type(currency) is not str
            and currency is not None
            and currency is not UNSET
            and not isinstance(currency, str)
        ):
            raise TypeError(f"member 'currency': expected str or None or Unset, got {type(currency).__name__}")

        if currency is None:
            nulls |= 4

        deadline: int | Unset | None = src_dict.get("deadline", UNSET)
        if (
            type(deadline) is not int
            and deadline is not None
            and deadline is not UNSET
            and (not isinstance(deadline, int) or isinstance(deadline, bool))
        ):
            raise TypeError(f"member 'deadline': expected int or None or Unset, got {type(deadline).__name__}")

        if deadline is None:
            nulls |= 8

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

            for preferred_sellers_type_0_item in _preferred_sellers_type_0:
                if type(preferred_sellers_type_0_item) is not str and not isinstance(
                    preferred_sellers_type_0_item, str
                ):
                    raise TypeError(
                        f"member 'preferred_sellers_type_0[]': expected str, got {type(preferred_sellers_type_0_item).__name__}"
                    )

            preferred_sellers_type_0 = cast(list[str], _preferred_sellers_type_0)

            return preferred_sellers_type_0

        preferred_sellers = _parse_preferred_sellers(src_dict.get("preferred_sellers", UNSET))

        if preferred_sellers is None:
            nulls |= 16

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

            for excluded_sellers_type_0_item in _excluded_sellers_type_0:
                if type(excluded_sellers_type_0_item) is not str and not isinstance(excluded_sellers_type_0_item, str):
                    raise TypeError(
                        f"member 'excluded_sellers_type_0[]': expected str, got {type(excluded_sellers_type_0_item).__name__}"
                    )

            excluded_sellers_type_0 = cast(list[str], _excluded_sellers_type_0)

            return excluded_sellers_type_0

        excluded_sellers = _parse_excluded_sellers(src_dict.get("excluded_sellers", UNSET))

        if excluded_sellers is None:
            nulls |= 32

        extra: IPAConstraintExtraType0 | Unset | None = src_dict.get("extra", UNSET)
        if extra is not None and extra is not UNSET:
            if not isinstance(extra, dict):
                raise TypeError("member 'extra': a value of the wrong type")
            extra_type_0 = IPAConstraintExtraType0.from_dict(src_dict.get("extra", UNSET))

            extra = extra_type_0

        if extra is None:
            nulls |= 64

        ipa_constraint = cls(
            max_price=None if isinstance(max_price, Unset) else max_price,
            max_total=None if isinstance(max_total, Unset) else max_total,
            currency=None if isinstance(currency, Unset) else currency,
            deadline=None if isinstance(deadline, Unset) else deadline,
            preferred_sellers=None if isinstance(preferred_sellers, Unset) else preferred_sellers,
            excluded_sellers=None if isinstance(excluded_sellers, Unset) else excluded_sellers,
            extra=None if isinstance(extra, Unset) else extra,
        )

        ipa_constraint._nulls = nulls

        if not _MEMBERS.issuperset(src_dict):
            ipa_constraint.additional_properties = {k: v for k, v in src_dict.items() if k not in _MEMBERS}
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
