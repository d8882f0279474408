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
from ..types import PARSE_ERRORS, Model, note_failure

if TYPE_CHECKING:
    from ..models.wallet_balance_summary import WalletBalanceSummary
    from ..models.wallet_balance_summary_response_links import WalletBalanceSummaryResponseLinks


T = TypeVar("T", bound="WalletBalanceSummaryResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "summary",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class WalletBalanceSummaryResponse(Model):
    """What `get_wallet_balance_summary` returns: one wallet's total balance with the share of each asset.

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        summary: Balances held by the wallet, asset by asset, with when they were refreshed.
    """

    field_links: WalletBalanceSummaryResponseLinks
    summary: WalletBalanceSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "summary",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "summary": summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            WalletBalanceSummary = _models.WalletBalanceSummary
            WalletBalanceSummaryResponseLinks = _models.WalletBalanceSummaryResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = WalletBalanceSummaryResponseLinks.from_dict(src_dict["_links"])

            at = "summary"
            summary = WalletBalanceSummary.from_dict(src_dict["summary"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        wallet_balance_summary_response = object.__new__(cls)
        wallet_balance_summary_response.field_links = field_links
        wallet_balance_summary_response.summary = summary
        wallet_balance_summary_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return wallet_balance_summary_response

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
