from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="QuoteData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "from_asset",
        "to_asset",
        "source_amount",
        "chain_id",
        "destination_amount",
        "exchange_rate",
        "total_fee",
        "network_fee",
        "transaction_fee",
        "partner_fee",
        "payment_method_type",
        "service_provider",
        "country_code",
        "ramp_score",
        "low_kyc",
        "is_swap",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class QuoteData(Model):
    """One provider's quote for a ramp trade: amounts, rate and fees.

    Attributes:
        from_asset: Symbol of the asset paid with: a fiat code (`USD`) to buy, a crypto symbol (`USDC`) to sell.
        to_asset: Symbol of the asset received: crypto when buying, fiat when selling.
        source_amount: Amount of `from_asset` paid, as a decimal string (as asked for).
        chain_id: EVM chain id the quote lives on (for example 1329 for Sei).
        destination_amount: Amount of `to_asset` the user gets, net of fees at the quoted rate, as a decimal string;
            null when not given.
        exchange_rate: Units of `to_asset` per unit of `from_asset` when quoted; only indicative; null when not given.
        total_fee: All fees of the quote together, in `from_asset` units, as a decimal string; null when not given.
        network_fee: Network (gas) fee, in `from_asset` units, as a decimal string; null when not broken out.
        transaction_fee: The provider's own fee, in `from_asset` units, as a decimal string; null when not broken out.
        partner_fee: Sumvin's partner fee, in `from_asset` units, as a decimal string; null when there is none.
        payment_method_type: Payment rail the quote is for, such as `CARD`, `ACH` or `SEPA`; null when not stated.
        service_provider: Provider the quote comes from, such as `TRANSAK`; pass it to `create_ramp_session` to keep it.
        country_code: Country the quote was made for (ISO 3166-1 alpha-2); null when not stated.
        ramp_score: The provider's ranking of the quote, higher is better; null when it ranks none.
        low_kyc: True when the quote is offered under the provider's lighter KYC tier; null when the provider does not
            say.
        is_swap: True when the route joins a fiat ramp with a swap, run by the provider. Default: False.
    """

    from_asset: str
    to_asset: str
    source_amount: str
    chain_id: int | None = None
    destination_amount: str | None = None
    exchange_rate: float | None = None
    total_fee: str | None = None
    network_fee: str | None = None
    transaction_fee: str | None = None
    partner_fee: str | None = None
    payment_method_type: str | None = None
    service_provider: str | None = None
    country_code: str | None = None
    ramp_score: int | None = None
    low_kyc: bool | None = None
    is_swap: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "from_asset",
        "to_asset",
        "source_amount",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "chain_id",
        "destination_amount",
        "exchange_rate",
        "total_fee",
        "network_fee",
        "transaction_fee",
        "partner_fee",
        "payment_method_type",
        "service_provider",
        "country_code",
        "ramp_score",
        "low_kyc",
        "is_swap",
    )

    def _json_dict(self) -> dict[str, Any]:
        from_asset = self.from_asset

        to_asset = self.to_asset

        source_amount = self.source_amount

        _chain_id = UNSET if self.chain_id is None and not self._nulls & 1 else self.chain_id
        chain_id: int | Unset | None
        if isinstance(_chain_id, Unset):
            chain_id = UNSET
        else:
            chain_id = _chain_id

        _destination_amount = (
            UNSET if self.destination_amount is None and not self._nulls & 2 else self.destination_amount
        )
        destination_amount: str | Unset | None
        if isinstance(_destination_amount, Unset):
            destination_amount = UNSET
        else:
            destination_amount = _destination_amount

        _exchange_rate = UNSET if self.exchange_rate is None and not self._nulls & 4 else self.exchange_rate
        exchange_rate: float | Unset | None
        if isinstance(_exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = _exchange_rate

        _total_fee = UNSET if self.total_fee is None and not self._nulls & 8 else self.total_fee
        total_fee: str | Unset | None
        if isinstance(_total_fee, Unset):
            total_fee = UNSET
        else:
            total_fee = _total_fee

        _network_fee = UNSET if self.network_fee is None and not self._nulls & 16 else self.network_fee
        network_fee: str | Unset | None
        if isinstance(_network_fee, Unset):
            network_fee = UNSET
        else:
            network_fee = _network_fee

        _transaction_fee = UNSET if self.transaction_fee is None and not self._nulls & 32 else self.transaction_fee
        transaction_fee: str | Unset | None
        if isinstance(_transaction_fee, Unset):
            transaction_fee = UNSET
        else:
            transaction_fee = _transaction_fee

        _partner_fee = UNSET if self.partner_fee is None and not self._nulls & 64 else self.partner_fee
        partner_fee: str | Unset | None
        if isinstance(_partner_fee, Unset):
            partner_fee = UNSET
        else:
            partner_fee = _partner_fee

        _payment_method_type = (
            UNSET if self.payment_method_type is None and not self._nulls & 128 else self.payment_method_type
        )
        payment_method_type: str | Unset | None
        if isinstance(_payment_method_type, Unset):
            payment_method_type = UNSET
        else:
            payment_method_type = _payment_method_type

        _service_provider = UNSET if self.service_provider is None and not self._nulls & 256 else self.service_provider
        service_provider: str | Unset | None
        if isinstance(_service_provider, Unset):
            service_provider = UNSET
        else:
            service_provider = _service_provider

        _country_code = UNSET if self.country_code is None and not self._nulls & 512 else self.country_code
        country_code: str | Unset | None
        if isinstance(_country_code, Unset):
            country_code = UNSET
        else:
            country_code = _country_code

        _ramp_score = UNSET if self.ramp_score is None and not self._nulls & 1024 else self.ramp_score
        ramp_score: int | Unset | None
        if isinstance(_ramp_score, Unset):
            ramp_score = UNSET
        else:
            ramp_score = _ramp_score

        _low_kyc = UNSET if self.low_kyc is None and not self._nulls & 2048 else self.low_kyc
        low_kyc: bool | Unset | None
        if isinstance(_low_kyc, Unset):
            low_kyc = UNSET
        else:
            low_kyc = _low_kyc

        _is_swap = UNSET if self.is_swap is None else self.is_swap
        is_swap = _is_swap

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_asset": from_asset,
                "to_asset": to_asset,
                "source_amount": source_amount,
            }
        )
        if chain_id is not UNSET:
            field_dict["chain_id"] = chain_id
        if destination_amount is not UNSET:
            field_dict["destination_amount"] = destination_amount
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if total_fee is not UNSET:
            field_dict["total_fee"] = total_fee
        if network_fee is not UNSET:
            field_dict["network_fee"] = network_fee
        if transaction_fee is not UNSET:
            field_dict["transaction_fee"] = transaction_fee
        if partner_fee is not UNSET:
            field_dict["partner_fee"] = partner_fee
        if payment_method_type is not UNSET:
            field_dict["payment_method_type"] = payment_method_type
        if service_provider is not UNSET:
            field_dict["service_provider"] = service_provider
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if ramp_score is not UNSET:
            field_dict["ramp_score"] = ramp_score
        if low_kyc is not UNSET:
            field_dict["low_kyc"] = low_kyc
        if is_swap is not UNSET:
            field_dict["is_swap"] = is_swap

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "from_asset"
            from_asset = src_dict["from_asset"]
            if type(from_asset) is not str and not isinstance(from_asset, str):
                raise TypeError(f"member 'from_asset': expected str, got {type(from_asset).__name__}")

            at = "to_asset"
            to_asset = src_dict["to_asset"]
            if type(to_asset) is not str and not isinstance(to_asset, str):
                raise TypeError(f"member 'to_asset': expected str, got {type(to_asset).__name__}")

            at = "source_amount"
            source_amount = src_dict["source_amount"]
            if type(source_amount) is not str and not isinstance(source_amount, str):
                raise TypeError(f"member 'source_amount': expected str, got {type(source_amount).__name__}")

            at = "chain_id"
            chain_id = src_dict.get("chain_id", ABSENT)
            if (
                type(chain_id) is not int
                and chain_id is not None
                and chain_id is not ABSENT
                and (not isinstance(chain_id, int) or isinstance(chain_id, bool))
            ):
                raise TypeError(f"member 'chain_id': expected int or None or Unset, got {type(chain_id).__name__}")

            if chain_id is None:
                nulls |= 1

            at = "destination_amount"
            destination_amount = src_dict.get("destination_amount", ABSENT)
            if (
                type(destination_amount) is not str
                and destination_amount is not None
                and destination_amount is not ABSENT
                and not isinstance(destination_amount, str)
            ):
                raise TypeError(
                    f"member 'destination_amount': expected str or None or Unset, got {type(destination_amount).__name__}"
                )

            if destination_amount is None:
                nulls |= 2

            at = "exchange_rate"
            exchange_rate = src_dict.get("exchange_rate", ABSENT)
            if (
                exchange_rate is not None
                and exchange_rate is not ABSENT
                and (
                    not isinstance(exchange_rate, (int, float))
                    or isinstance(exchange_rate, bool)
                    or (isinstance(exchange_rate, float) and not float("-inf") < exchange_rate < float("inf"))
                )
            ):
                raise TypeError(
                    f"member 'exchange_rate': expected float or None or Unset, got {type(exchange_rate).__name__}"
                )

            if exchange_rate is None:
                nulls |= 4

            at = "total_fee"
            total_fee = src_dict.get("total_fee", ABSENT)
            if (
                type(total_fee) is not str
                and total_fee is not None
                and total_fee is not ABSENT
                and not isinstance(total_fee, str)
            ):
                raise TypeError(f"member 'total_fee': expected str or None or Unset, got {type(total_fee).__name__}")

            if total_fee is None:
                nulls |= 8

            at = "network_fee"
            network_fee = src_dict.get("network_fee", ABSENT)
            if (
                type(network_fee) is not str
                and network_fee is not None
                and network_fee is not ABSENT
                and not isinstance(network_fee, str)
            ):
                raise TypeError(
                    f"member 'network_fee': expected str or None or Unset, got {type(network_fee).__name__}"
                )

            if network_fee is None:
                nulls |= 16

            at = "transaction_fee"
            transaction_fee = src_dict.get("transaction_fee", ABSENT)
            if (
                type(transaction_fee) is not str
                and transaction_fee is not None
                and transaction_fee is not ABSENT
                and not isinstance(transaction_fee, str)
            ):
                raise TypeError(
                    f"member 'transaction_fee': expected str or None or Unset, got {type(transaction_fee).__name__}"
                )

            if transaction_fee is None:
                nulls |= 32

            at = "partner_fee"
            partner_fee = src_dict.get("partner_fee", ABSENT)
            if (
                type(partner_fee) is not str
                and partner_fee is not None
                and partner_fee is not ABSENT
                and not isinstance(partner_fee, str)
            ):
                raise TypeError(
                    f"member 'partner_fee': expected str or None or Unset, got {type(partner_fee).__name__}"
                )

            if partner_fee is None:
                nulls |= 64

            at = "payment_method_type"
            payment_method_type = src_dict.get("payment_method_type", ABSENT)
            if (
                type(payment_method_type) is not str
                and payment_method_type is not None
                and payment_method_type is not ABSENT
                and not isinstance(payment_method_type, str)
            ):
                raise TypeError(
                    f"member 'payment_method_type': expected str or None or Unset, got {type(payment_method_type).__name__}"
                )

            if payment_method_type is None:
                nulls |= 128

            at = "service_provider"
            service_provider = src_dict.get("service_provider", ABSENT)
            if (
                type(service_provider) is not str
                and service_provider is not None
                and service_provider is not ABSENT
                and not isinstance(service_provider, str)
            ):
                raise TypeError(
                    f"member 'service_provider': expected str or None or Unset, got {type(service_provider).__name__}"
                )

            if service_provider is None:
                nulls |= 256

            at = "country_code"
            country_code = src_dict.get("country_code", ABSENT)
            if (
                type(country_code) is not str
                and country_code is not None
                and country_code is not ABSENT
                and not isinstance(country_code, str)
            ):
                raise TypeError(
                    f"member 'country_code': expected str or None or Unset, got {type(country_code).__name__}"
                )

            if country_code is None:
                nulls |= 512

            at = "ramp_score"
            ramp_score = src_dict.get("ramp_score", ABSENT)
            if (
                type(ramp_score) is not int
                and ramp_score is not None
                and ramp_score is not ABSENT
                and (not isinstance(ramp_score, int) or isinstance(ramp_score, bool))
            ):
                raise TypeError(f"member 'ramp_score': expected int or None or Unset, got {type(ramp_score).__name__}")

            if ramp_score is None:
                nulls |= 1024

            at = "low_kyc"
            low_kyc = src_dict.get("low_kyc", ABSENT)
            if (
                type(low_kyc) is not bool
                and low_kyc is not None
                and low_kyc is not ABSENT
                and not isinstance(low_kyc, bool)
            ):
                raise TypeError(f"member 'low_kyc': expected bool or None or Unset, got {type(low_kyc).__name__}")

            if low_kyc is None:
                nulls |= 2048

            is_swap = src_dict.get("is_swap", ABSENT)
            if type(is_swap) is not bool and is_swap is not ABSENT and not isinstance(is_swap, bool):
                raise TypeError(f"member 'is_swap': expected bool or Unset, got {type(is_swap).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        quote_data = object.__new__(cls)
        quote_data.from_asset = from_asset
        quote_data.to_asset = to_asset
        quote_data.source_amount = source_amount
        quote_data.chain_id = None if chain_id is ABSENT else chain_id
        quote_data.destination_amount = None if destination_amount is ABSENT else destination_amount
        quote_data.exchange_rate = None if exchange_rate is ABSENT else exchange_rate
        quote_data.total_fee = None if total_fee is ABSENT else total_fee
        quote_data.network_fee = None if network_fee is ABSENT else network_fee
        quote_data.transaction_fee = None if transaction_fee is ABSENT else transaction_fee
        quote_data.partner_fee = None if partner_fee is ABSENT else partner_fee
        quote_data.payment_method_type = None if payment_method_type is ABSENT else payment_method_type
        quote_data.service_provider = None if service_provider is ABSENT else service_provider
        quote_data.country_code = None if country_code is ABSENT else country_code
        quote_data.ramp_score = None if ramp_score is ABSENT else ramp_score
        quote_data.low_kyc = None if low_kyc is ABSENT else low_kyc
        quote_data.is_swap = None if is_swap is ABSENT else is_swap
        quote_data._nulls = nulls
        quote_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 3
            + (chain_id is not ABSENT)
            + (destination_amount is not ABSENT)
            + (exchange_rate is not ABSENT)
            + (total_fee is not ABSENT)
            + (network_fee is not ABSENT)
            + (transaction_fee is not ABSENT)
            + (partner_fee is not ABSENT)
            + (payment_method_type is not ABSENT)
            + (service_provider is not ABSENT)
            + (country_code is not ABSENT)
            + (ramp_score is not ABSENT)
            + (low_kyc is not ABSENT)
            + (is_swap is not ABSENT)
            else {}
        )
        return quote_data

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
