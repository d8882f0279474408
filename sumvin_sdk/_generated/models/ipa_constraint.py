from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    NotRequired,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

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
        at: str | None = None
        try:
            nulls = 0
            at = "max_price"
            max_price = src_dict.get("max_price", ABSENT)
            if (
                max_price is not None
                and max_price is not ABSENT
                and (
                    not isinstance(max_price, (int, float))
                    or isinstance(max_price, bool)
                    or (isinstance(max_price, float) and not float("-inf") < max_price < float("inf"))
                )
            ):
                raise TypeError(f"member 'max_price': expected float or None or Unset, got {type(max_price).__name__}")

            if max_price is None:
                nulls |= 1

            at = "max_total"
            max_total = src_dict.get("max_total", ABSENT)
            if (
                max_total is not None
                and max_total is not ABSENT
                and (
                    not isinstance(max_total, (int, float))
                    or isinstance(max_total, bool)
                    or (isinstance(max_total, float) and not float("-inf") < max_total < float("inf"))
                )
            ):
                raise TypeError(f"member 'max_total': expected float or None or Unset, got {type(max_total).__name__}")

            if max_total is None:
                nulls |= 2

            at = "currency"
            currency = src_dict.get("currency", ABSENT)
            if (
                type(currency) is not str
                and currency is not None
                and currency is not ABSENT
                and not isinstance(currency, str)
            ):
                raise TypeError(f"member 'currency': expected str or None or Unset, got {type(currency).__name__}")

            if currency is None:
                nulls |= 4

            at = "deadline"
            deadline = src_dict.get("deadline", ABSENT)
            if (
                type(deadline) is not int
                and deadline is not None
                and deadline is not ABSENT
                and (not isinstance(deadline, int) or isinstance(deadline, bool))
            ):
                raise TypeError(f"member 'deadline': expected int or None or Unset, got {type(deadline).__name__}")

            if deadline is None:
                nulls |= 8

            at = "preferred_sellers"
            preferred_sellers = src_dict.get("preferred_sellers", ABSENT)
            if preferred_sellers is not None and preferred_sellers is not ABSENT:
                if not isinstance(preferred_sellers, list):
                    raise TypeError("member 'preferred_sellers': a value of the wrong type")
                _preferred_sellers_type_0 = preferred_sellers
                for preferred_sellers_type_0_item in _preferred_sellers_type_0:
                    if type(preferred_sellers_type_0_item) is not str and not isinstance(
                        preferred_sellers_type_0_item, str
                    ):
                        raise TypeError(
                            f"member 'preferred_sellers_type_0[]': expected str, got {type(preferred_sellers_type_0_item).__name__}"
                        )

                preferred_sellers_type_0 = _preferred_sellers_type_0

                preferred_sellers = preferred_sellers_type_0

            if preferred_sellers is None:
                nulls |= 16

            at = "excluded_sellers"
            excluded_sellers = src_dict.get("excluded_sellers", ABSENT)
            if excluded_sellers is not None and excluded_sellers is not ABSENT:
                if not isinstance(excluded_sellers, list):
                    raise TypeError("member 'excluded_sellers': a value of the wrong type")
                _excluded_sellers_type_0 = excluded_sellers
                for excluded_sellers_type_0_item in _excluded_sellers_type_0:
                    if type(excluded_sellers_type_0_item) is not str and not isinstance(
                        excluded_sellers_type_0_item, str
                    ):
                        raise TypeError(
                            f"member 'excluded_sellers_type_0[]': expected str, got {type(excluded_sellers_type_0_item).__name__}"
                        )

                excluded_sellers_type_0 = _excluded_sellers_type_0

                excluded_sellers = excluded_sellers_type_0

            if excluded_sellers is None:
                nulls |= 32

            at = "extra"
            extra = src_dict.get("extra", ABSENT)
            if extra is not None and extra is not ABSENT:
                if not isinstance(extra, dict):
                    raise TypeError("member 'extra': a value of the wrong type")
                extra = IPAConstraintExtraType0.from_dict(extra)

            if extra is None:
                nulls |= 64

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        ipa_constraint = object.__new__(cls)
        ipa_constraint.max_price = None if max_price is ABSENT else max_price
        ipa_constraint.max_total = None if max_total is ABSENT else max_total
        ipa_constraint.currency = None if currency is ABSENT else currency
        ipa_constraint.deadline = None if deadline is ABSENT else deadline
        ipa_constraint.preferred_sellers = None if preferred_sellers is ABSENT else preferred_sellers
        ipa_constraint.excluded_sellers = None if excluded_sellers is ABSENT else excluded_sellers
        ipa_constraint.extra = None if extra is ABSENT else extra
        ipa_constraint._nulls = nulls
        ipa_constraint.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 0
            + (max_price is not ABSENT)
            + (max_total is not ABSENT)
            + (currency is not ABSENT)
            + (deadline is not ABSENT)
            + (preferred_sellers is not ABSENT)
            + (excluded_sellers is not ABSENT)
            + (extra is not ABSENT)
            else {}
        )
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


class IPAConstraintDict(TypedDict):
    """``IPAConstraint`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    max_price: NotRequired[float | None]
    max_total: NotRequired[float | None]
    currency: NotRequired[str | None]
    deadline: NotRequired[int | None]
    preferred_sellers: NotRequired[list[str] | None]
    excluded_sellers: NotRequired[list[str] | None]
    extra: NotRequired[Mapping[str, Any] | _models.IPAConstraintExtraType0 | None]
