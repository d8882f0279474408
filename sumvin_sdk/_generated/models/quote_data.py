from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuoteData")


@_attrs_define
class QuoteData:
    """A quote.

    Attributes:
        from_asset (str): From asset of the quote.
        to_asset (str): To asset of the quote.
        source_amount (str): Source amount of the quote.
        chain_id (int | None | Unset): EVM chain id the quote lives on (for example 1329 for Sei).
        destination_amount (None | str | Unset): Destination amount of the quote.
        exchange_rate (float | None | Unset): Exchange rate of the quote.
        total_fee (None | str | Unset): Number of fee.
        network_fee (None | str | Unset): Network fee of the quote.
        transaction_fee (None | str | Unset): Transaction fee of the quote.
        partner_fee (None | str | Unset): Partner fee of the quote.
        payment_method_type (None | str | Unset): Payment method type of the quote.
        service_provider (None | str | Unset): Service provider of the quote.
        country_code (None | str | Unset): Country code (ISO 3166-1 alpha-2).
        ramp_score (int | None | Unset): Ramp score of the quote.
        low_kyc (bool | None | Unset): Whether low KYC applies to the quote.
        is_swap (bool | Unset): Whether the quote is swap. Default: False.
    """

    from_asset: str
    to_asset: str
    source_amount: str
    chain_id: int | Unset | None = UNSET
    destination_amount: str | Unset | None = UNSET
    exchange_rate: float | Unset | None = UNSET
    total_fee: str | Unset | None = UNSET
    network_fee: str | Unset | None = UNSET
    transaction_fee: str | Unset | None = UNSET
    partner_fee: str | Unset | None = UNSET
    payment_method_type: str | Unset | None = UNSET
    service_provider: str | Unset | None = UNSET
    country_code: str | Unset | None = UNSET
    ramp_score: int | Unset | None = UNSET
    low_kyc: bool | Unset | None = UNSET
    is_swap: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_asset = self.from_asset

        to_asset = self.to_asset

        source_amount = self.source_amount

        chain_id: int | Unset | None
        if isinstance(self.chain_id, Unset):
            chain_id = UNSET
        else:
            chain_id = self.chain_id

        destination_amount: str | Unset | None
        if isinstance(self.destination_amount, Unset):
            destination_amount = UNSET
        else:
            destination_amount = self.destination_amount

        exchange_rate: float | Unset | None
        if isinstance(self.exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = self.exchange_rate

        total_fee: str | Unset | None
        if isinstance(self.total_fee, Unset):
            total_fee = UNSET
        else:
            total_fee = self.total_fee

        network_fee: str | Unset | None
        if isinstance(self.network_fee, Unset):
            network_fee = UNSET
        else:
            network_fee = self.network_fee

        transaction_fee: str | Unset | None
        if isinstance(self.transaction_fee, Unset):
            transaction_fee = UNSET
        else:
            transaction_fee = self.transaction_fee

        partner_fee: str | Unset | None
        if isinstance(self.partner_fee, Unset):
            partner_fee = UNSET
        else:
            partner_fee = self.partner_fee

        payment_method_type: str | Unset | None
        if isinstance(self.payment_method_type, Unset):
            payment_method_type = UNSET
        else:
            payment_method_type = self.payment_method_type

        service_provider: str | Unset | None
        if isinstance(self.service_provider, Unset):
            service_provider = UNSET
        else:
            service_provider = self.service_provider

        country_code: str | Unset | None
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        ramp_score: int | Unset | None
        if isinstance(self.ramp_score, Unset):
            ramp_score = UNSET
        else:
            ramp_score = self.ramp_score

        low_kyc: bool | Unset | None
        if isinstance(self.low_kyc, Unset):
            low_kyc = UNSET
        else:
            low_kyc = self.low_kyc

        is_swap = self.is_swap

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
        d = dict(src_dict)
        from_asset = d.pop("from_asset")
        if not isinstance(from_asset, str):
            raise TypeError(f"member 'from_asset': expected str, got {type(from_asset).__name__}")

        to_asset = d.pop("to_asset")
        if not isinstance(to_asset, str):
            raise TypeError(f"member 'to_asset': expected str, got {type(to_asset).__name__}")

        source_amount = d.pop("source_amount")
        if not isinstance(source_amount, str):
            raise TypeError(f"member 'source_amount': expected str, got {type(source_amount).__name__}")

        chain_id: int | Unset | None = d.pop("chain_id", UNSET)
        if (
            chain_id is not None
            and not isinstance(chain_id, Unset)
            and (not isinstance(chain_id, int) or isinstance(chain_id, bool))
        ):
            raise TypeError(f"member 'chain_id': expected int or None or Unset, got {type(chain_id).__name__}")

        destination_amount: str | Unset | None = d.pop("destination_amount", UNSET)
        if (
            destination_amount is not None
            and not isinstance(destination_amount, Unset)
            and not isinstance(destination_amount, str)
        ):
            raise TypeError(
                f"member 'destination_amount': expected str or None or Unset, got {type(destination_amount).__name__}"
            )

        exchange_rate: float | Unset | None = d.pop("exchange_rate", UNSET)
        if (
            exchange_rate is not None
            and not isinstance(exchange_rate, Unset)
            and (not isinstance(exchange_rate, (int, float)) or isinstance(exchange_rate, bool))
        ):
            raise TypeError(
                f"member 'exchange_rate': expected float or None or Unset, got {type(exchange_rate).__name__}"
            )

        total_fee: str | Unset | None = d.pop("total_fee", UNSET)
        if total_fee is not None and not isinstance(total_fee, Unset) and not isinstance(total_fee, str):
            raise TypeError(f"member 'total_fee': expected str or None or Unset, got {type(total_fee).__name__}")

        network_fee: str | Unset | None = d.pop("network_fee", UNSET)
        if network_fee is not None and not isinstance(network_fee, Unset) and not isinstance(network_fee, str):
            raise TypeError(f"member 'network_fee': expected str or None or Unset, got {type(network_fee).__name__}")

        transaction_fee: str | Unset | None = d.pop("transaction_fee", UNSET)
        if (
            transaction_fee is not None
            and not isinstance(transaction_fee, Unset)
            and not isinstance(transaction_fee, str)
        ):
            raise TypeError(
                f"member 'transaction_fee': expected str or None or Unset, got {type(transaction_fee).__name__}"
            )

        partner_fee: str | Unset | None = d.pop("partner_fee", UNSET)
        if partner_fee is not None and not isinstance(partner_fee, Unset) and not isinstance(partner_fee, str):
            raise TypeError(f"member 'partner_fee': expected str or None or Unset, got {type(partner_fee).__name__}")

        payment_method_type: str | Unset | None = d.pop("payment_method_type", UNSET)
        if (
            payment_method_type is not None
            and not isinstance(payment_method_type, Unset)
            and not isinstance(payment_method_type, str)
        ):
            raise TypeError(
                f"member 'payment_method_type': expected str or None or Unset, got {type(payment_method_type).__name__}"
            )

        service_provider: str | Unset | None = d.pop("service_provider", UNSET)
        if (
            service_provider is not None
            and not isinstance(service_provider, Unset)
            and not isinstance(service_provider, str)
        ):
            raise TypeError(
                f"member 'service_provider': expected str or None or Unset, got {type(service_provider).__name__}"
            )

        country_code: str | Unset | None = d.pop("country_code", UNSET)
        if country_code is not None and not isinstance(country_code, Unset) and not isinstance(country_code, str):
            raise TypeError(f"member 'country_code': expected str or None or Unset, got {type(country_code).__name__}")

        ramp_score: int | Unset | None = d.pop("ramp_score", UNSET)
        if (
            ramp_score is not None
            and not isinstance(ramp_score, Unset)
            and (not isinstance(ramp_score, int) or isinstance(ramp_score, bool))
        ):
            raise TypeError(f"member 'ramp_score': expected int or None or Unset, got {type(ramp_score).__name__}")

        low_kyc: bool | Unset | None = d.pop("low_kyc", UNSET)
        if low_kyc is not None and not isinstance(low_kyc, Unset) and not isinstance(low_kyc, bool):
            raise TypeError(f"member 'low_kyc': expected bool or None or Unset, got {type(low_kyc).__name__}")

        is_swap = d.pop("is_swap", UNSET)
        if not isinstance(is_swap, Unset) and not isinstance(is_swap, bool):
            raise TypeError(f"member 'is_swap': expected bool or Unset, got {type(is_swap).__name__}")

        quote_data = cls(
            from_asset=from_asset,
            to_asset=to_asset,
            source_amount=source_amount,
            chain_id=chain_id,
            destination_amount=destination_amount,
            exchange_rate=exchange_rate,
            total_fee=total_fee,
            network_fee=network_fee,
            transaction_fee=transaction_fee,
            partner_fee=partner_fee,
            payment_method_type=payment_method_type,
            service_provider=service_provider,
            country_code=country_code,
            ramp_score=ramp_score,
            low_kyc=low_kyc,
            is_swap=is_swap,
        )

        quote_data.additional_properties = d
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
