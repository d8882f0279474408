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

from ..models.known_chains import KnownChains
from ..models.meld_payment_method import MeldPaymentMethod
from ..models.supported_country import SupportedCountry
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="RampCreateSessionRequest")
_MEMBERS: frozenset[str] = frozenset(
    (
        "source_amount",
        "from_asset",
        "to_asset",
        "chain_id",
        "wallet_address",
        "country_code",
        "payment_method_type",
        "service_provider",
        "idempotency_key",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class RampCreateSessionRequest(Model):
    """Body of `create_ramp_session`, which opens a ramp provider's widget session for a fiat-crypto trade; 208 returns the
    earlier session for a repeated `idempotency_key`.

        Attributes:
            source_amount: Amount of `from_asset` to pay, greater than zero, as a number or decimal string.
            from_asset: Symbol of the asset to pay with: a fiat code (`USD`) to buy, a crypto symbol (`USDC`) to sell.
            to_asset: Symbol of the asset to receive: crypto when buying, fiat when selling.
            chain_id: EVM chain id the ramp create session lives on (for example 1329 for Sei).
            wallet_address: Wallet that the crypto side of the ramp goes to or comes from.
            country_code: The user's country (ISO 3166-1 alpha-2); only providers serving it are offered.
            payment_method_type: Payment rail to limit the session to; omit to let the provider choose.
            service_provider: Provider to keep the session with, such as `TRANSAK`; omit to let the router choose.
            idempotency_key: Key that makes retries safe: the same key within 24 hours returns the first session (208); at
                most 128 characters.
    """

    source_amount: float | str
    from_asset: str
    to_asset: str
    chain_id: KnownChains
    wallet_address: str
    country_code: (
        SupportedCountry
        | Literal[
            "US",
            "CA",
            "MX",
            "BR",
            "AR",
            "CL",
            "CO",
            "PE",
            "GB",
            "DE",
            "FR",
            "IT",
            "ES",
            "NL",
            "BE",
            "IE",
            "PT",
            "AT",
            "CH",
            "SE",
            "NO",
            "DK",
            "FI",
            "PL",
            "CZ",
            "GR",
            "SG",
            "HK",
            "JP",
            "KR",
            "AU",
            "NZ",
            "IN",
            "TH",
            "PH",
            "MY",
            "ID",
            "AE",
            "SA",
            "IL",
            "TR",
            "ZA",
            "NG",
        ]
        | Unset
    ) = UNSET
    payment_method_type: (
        MeldPaymentMethod
        | Literal[
            "CARD",
            "CREDIT_DEBIT_CARD",
            "VISA",
            "MASTERCARD",
            "ACH",
            "SEPA",
            "BACS",
            "BANK_TRANSFER",
            "LOCAL_BANK_TRANSFER",
            "LOCAL",
            "PIX",
            "MOBILE_WALLET",
            "APPLE_PAY",
            "GOOGLE_PAY",
            "SAMSUNG_PAY",
        ]
        | Unset
        | None
    ) = UNSET
    service_provider: str | Unset | None = UNSET
    idempotency_key: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "source_amount",
        "from_asset",
        "to_asset",
        "chain_id",
        "wallet_address",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "country_code",
        "payment_method_type",
        "service_provider",
        "idempotency_key",
    )
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        source_amount: float | str
        source_amount = self.source_amount

        from_asset = self.from_asset

        to_asset = self.to_asset

        chain_id = KnownChains(self.chain_id).value

        wallet_address = self.wallet_address

        country_code: str | Unset = UNSET
        if not isinstance(self.country_code, Unset):
            country_code = SupportedCountry(self.country_code).value

        payment_method_type: str | Unset | None
        if isinstance(self.payment_method_type, Unset):
            payment_method_type = UNSET
        elif isinstance(self.payment_method_type, MeldPaymentMethod):
            payment_method_type = MeldPaymentMethod(self.payment_method_type).value
        else:
            payment_method_type = self.payment_method_type

        service_provider: str | Unset | None
        if isinstance(self.service_provider, Unset):
            service_provider = UNSET
        else:
            service_provider = self.service_provider

        idempotency_key: str | Unset | None
        if isinstance(self.idempotency_key, Unset):
            idempotency_key = UNSET
        else:
            idempotency_key = self.idempotency_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_amount": source_amount,
                "from_asset": from_asset,
                "to_asset": to_asset,
                "chain_id": chain_id,
                "wallet_address": wallet_address,
            }
        )
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if payment_method_type is not UNSET:
            field_dict["payment_method_type"] = payment_method_type
        if service_provider is not UNSET:
            field_dict["service_provider"] = service_provider
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "source_amount"
            source_amount = src_dict["source_amount"]
            if (
                not isinstance(source_amount, ((int, float), str))
                or isinstance(source_amount, bool)
                or (isinstance(source_amount, float) and not float("-inf") < source_amount < float("inf"))
            ):
                raise TypeError(f"member 'source_amount': expected float or str, got {type(source_amount).__name__}")

            at = "from_asset"
            from_asset = src_dict["from_asset"]
            if type(from_asset) is not str and not isinstance(from_asset, str):
                raise TypeError(f"member 'from_asset': expected str, got {type(from_asset).__name__}")

            at = "to_asset"
            to_asset = src_dict["to_asset"]
            if type(to_asset) is not str and not isinstance(to_asset, str):
                raise TypeError(f"member 'to_asset': expected str, got {type(to_asset).__name__}")

            at = "chain_id"
            chain_id = KnownChains.parse(src_dict["chain_id"])

            at = "wallet_address"
            wallet_address = src_dict["wallet_address"]
            if type(wallet_address) is not str and not isinstance(wallet_address, str):
                raise TypeError(f"member 'wallet_address': expected str, got {type(wallet_address).__name__}")

            at = "country_code"
            country_code = src_dict.get("country_code", ABSENT)
            if country_code is not ABSENT:
                country_code = SupportedCountry.parse(country_code)

            at = "payment_method_type"
            payment_method_type = src_dict.get("payment_method_type", ABSENT)
            if payment_method_type is not None and payment_method_type is not ABSENT:
                if not isinstance(payment_method_type, str):
                    raise TypeError("member 'payment_method_type': a value of the wrong type")
                payment_method_type = MeldPaymentMethod.parse(payment_method_type)

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

            at = "idempotency_key"
            idempotency_key = src_dict.get("idempotency_key", ABSENT)
            if (
                type(idempotency_key) is not str
                and idempotency_key is not None
                and idempotency_key is not ABSENT
                and not isinstance(idempotency_key, str)
            ):
                raise TypeError(
                    f"member 'idempotency_key': expected str or None or Unset, got {type(idempotency_key).__name__}"
                )

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        ramp_create_session_request = object.__new__(cls)
        ramp_create_session_request.source_amount = source_amount
        ramp_create_session_request.from_asset = from_asset
        ramp_create_session_request.to_asset = to_asset
        ramp_create_session_request.chain_id = chain_id
        ramp_create_session_request.wallet_address = wallet_address
        ramp_create_session_request.country_code = country_code
        ramp_create_session_request.payment_method_type = payment_method_type
        ramp_create_session_request.service_provider = service_provider
        ramp_create_session_request.idempotency_key = idempotency_key
        ramp_create_session_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 5
            + (country_code is not ABSENT)
            + (payment_method_type is not ABSENT)
            + (service_provider is not ABSENT)
            + (idempotency_key is not ABSENT)
            else {}
        )
        return ramp_create_session_request

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


class RampCreateSessionRequestDict(TypedDict):
    """``RampCreateSessionRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    source_amount: float | str
    from_asset: str
    to_asset: str
    chain_id: KnownChains | int
    wallet_address: str
    country_code: NotRequired[
        SupportedCountry
        | Literal[
            "US",
            "CA",
            "MX",
            "BR",
            "AR",
            "CL",
            "CO",
            "PE",
            "GB",
            "DE",
            "FR",
            "IT",
            "ES",
            "NL",
            "BE",
            "IE",
            "PT",
            "AT",
            "CH",
            "SE",
            "NO",
            "DK",
            "FI",
            "PL",
            "CZ",
            "GR",
            "SG",
            "HK",
            "JP",
            "KR",
            "AU",
            "NZ",
            "IN",
            "TH",
            "PH",
            "MY",
            "ID",
            "AE",
            "SA",
            "IL",
            "TR",
            "ZA",
            "NG",
        ]
    ]
    payment_method_type: NotRequired[
        MeldPaymentMethod
        | Literal[
            "CARD",
            "CREDIT_DEBIT_CARD",
            "VISA",
            "MASTERCARD",
            "ACH",
            "SEPA",
            "BACS",
            "BANK_TRANSFER",
            "LOCAL_BANK_TRANSFER",
            "LOCAL",
            "PIX",
            "MOBILE_WALLET",
            "APPLE_PAY",
            "GOOGLE_PAY",
            "SAMSUNG_PAY",
        ]
        | None
    ]
    service_provider: NotRequired[str | None]
    idempotency_key: NotRequired[str | None]
