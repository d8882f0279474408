from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Literal,
    NotRequired,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funding_update_request_source_type import FundingUpdateRequestSourceType
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="FundingUpdateRequest")
_MEMBERS: frozenset[str] = frozenset(
    (
        "source_type",
        "wallet_address",
        "wallet_chain_id",
        "fiat_account_id",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class FundingUpdateRequest(Model):
    """Body of `update_card_funding`, which changes the wallet or fiat account a card's payments are funded from.

    Attributes:
        source_type: Source type of the funding update: one of `wallet`, `fiat`.
        wallet_address: Address of the wallet (0x-prefixed hex).
        wallet_chain_id: Chain id of the funding wallet; null when none is set.
        fiat_account_id: Id of the linked bank account that funds the wallet; null when none.
    """

    source_type: FundingUpdateRequestSourceType | Literal["wallet", "fiat"]
    wallet_address: str | Unset | None = UNSET
    wallet_chain_id: int | Unset | None = UNSET
    fiat_account_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("source_type",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "wallet_address",
        "wallet_chain_id",
        "fiat_account_id",
    )
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        source_type = FundingUpdateRequestSourceType(self.source_type).value

        wallet_address: str | Unset | None
        if isinstance(self.wallet_address, Unset):
            wallet_address = UNSET
        else:
            wallet_address = self.wallet_address

        wallet_chain_id: int | Unset | None
        if isinstance(self.wallet_chain_id, Unset):
            wallet_chain_id = UNSET
        else:
            wallet_chain_id = self.wallet_chain_id

        fiat_account_id: str | Unset | None
        if isinstance(self.fiat_account_id, Unset):
            fiat_account_id = UNSET
        else:
            fiat_account_id = self.fiat_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_type": source_type,
            }
        )
        if wallet_address is not UNSET:
            field_dict["wallet_address"] = wallet_address
        if wallet_chain_id is not UNSET:
            field_dict["wallet_chain_id"] = wallet_chain_id
        if fiat_account_id is not UNSET:
            field_dict["fiat_account_id"] = fiat_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "source_type"
            source_type = FundingUpdateRequestSourceType.parse(src_dict["source_type"])

            at = "wallet_address"
            wallet_address = src_dict.get("wallet_address", ABSENT)
            if (
                type(wallet_address) is not str
                and wallet_address is not None
                and wallet_address is not ABSENT
                and not isinstance(wallet_address, str)
            ):
                raise TypeError(
                    f"member 'wallet_address': expected str or None or Unset, got {type(wallet_address).__name__}"
                )

            at = "wallet_chain_id"
            wallet_chain_id = src_dict.get("wallet_chain_id", ABSENT)
            if (
                type(wallet_chain_id) is not int
                and wallet_chain_id is not None
                and wallet_chain_id is not ABSENT
                and (not isinstance(wallet_chain_id, int) or isinstance(wallet_chain_id, bool))
            ):
                raise TypeError(
                    f"member 'wallet_chain_id': expected int or None or Unset, got {type(wallet_chain_id).__name__}"
                )

            at = "fiat_account_id"
            fiat_account_id = src_dict.get("fiat_account_id", ABSENT)
            if (
                type(fiat_account_id) is not str
                and fiat_account_id is not None
                and fiat_account_id is not ABSENT
                and not isinstance(fiat_account_id, str)
            ):
                raise TypeError(
                    f"member 'fiat_account_id': expected str or None or Unset, got {type(fiat_account_id).__name__}"
                )

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        funding_update_request = object.__new__(cls)
        funding_update_request.source_type = source_type
        funding_update_request.wallet_address = wallet_address
        funding_update_request.wallet_chain_id = wallet_chain_id
        funding_update_request.fiat_account_id = fiat_account_id
        funding_update_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 1 + (wallet_address is not ABSENT) + (wallet_chain_id is not ABSENT) + (fiat_account_id is not ABSENT)
            else {}
        )
        return funding_update_request

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


class FundingUpdateRequestDict(TypedDict):
    """``FundingUpdateRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    source_type: FundingUpdateRequestSourceType | Literal["wallet", "fiat"]
    wallet_address: NotRequired[str | None]
    wallet_chain_id: NotRequired[int | None]
    fiat_account_id: NotRequired[str | None]
