from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from sumvin_sdk._json import loads

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...parameters import Limits, Parameter, Shape
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.known_chains import KnownChains
    from ...models.meld_payment_method import MeldPaymentMethod
    from ...models.problem_detail import ProblemDetail
    from ...models.quote_list_response import QuoteListResponse
    from ...models.supported_country import SupportedCountry

    pass


def _get_kwargs(
    *,
    source_amount: float | str,
    from_asset: str,
    to_asset: str,
    chain_id: KnownChains,
    country_code: SupportedCountry | Unset = UNSET,
    payment_method_type: MeldPaymentMethod | Unset | None = UNSET,
    reusable_identity_only: bool | Unset = False,
    used_before_only: bool | Unset = False,
) -> dict[str, Any]:
    if not TYPE_CHECKING:
        KnownChains = _models.KnownChains
        MeldPaymentMethod = _models.MeldPaymentMethod
        SupportedCountry = _models.SupportedCountry

    params: dict[str, Any] = {}

    json_source_amount: float | str
    json_source_amount = source_amount
    params["source_amount"] = json_source_amount

    params["from_asset"] = from_asset

    params["to_asset"] = to_asset

    json_chain_id = KnownChains(chain_id).value
    params["chain_id"] = json_chain_id

    json_country_code: str | Unset = UNSET
    if not isinstance(country_code, Unset):
        json_country_code = SupportedCountry(country_code).value

    params["country_code"] = json_country_code

    json_payment_method_type: str | Unset | None
    if isinstance(payment_method_type, Unset):
        json_payment_method_type = UNSET
    elif isinstance(payment_method_type, MeldPaymentMethod):
        json_payment_method_type = MeldPaymentMethod(payment_method_type).value
    else:
        json_payment_method_type = payment_method_type
    params["payment_method_type"] = json_payment_method_type

    params["reusable_identity_only"] = reusable_identity_only

    params["used_before_only"] = used_before_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/ramp/quotes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetail | QuoteListResponse | None:
    if not TYPE_CHECKING:
        ProblemDetail = _models.ProblemDetail
        QuoteListResponse = _models.QuoteListResponse
    if response.status_code == 200:
        response_200 = QuoteListResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ProblemDetail.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetail.from_dict(loads(response.content))

        return response_403

    if response.status_code == 422:
        response_422 = ProblemDetail.from_dict(loads(response.content))

        return response_422

    if response.status_code == 424:
        response_424 = ProblemDetail.from_dict(loads(response.content))

        return response_424

    if response.status_code == 502:
        response_502 = ProblemDetail.from_dict(loads(response.content))

        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProblemDetail | QuoteListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    source_amount: float | str,
    from_asset: str,
    to_asset: str,
    chain_id: KnownChains,
    country_code: SupportedCountry | Unset = UNSET,
    payment_method_type: MeldPaymentMethod | Unset | None = UNSET,
    reusable_identity_only: bool | Unset = False,
    used_before_only: bool | Unset = False,
) -> Response[ProblemDetail | QuoteListResponse]:
    """Returns ranked provider quotes for a fiat-to-crypto or crypto-to-fiat trade on a chain; the user
    must have passed KYC.

    Args:
        source_amount: How much of `from_asset` to sell; above zero, as a number or a decimal string.
        from_asset: Asset or currency to sell, such as `USD` or `USDC`.
        to_asset: Asset or currency to receive.
        chain_id: EVM chain id the crypto side of the trade settles on.
        country_code: Country of the user, which decides the providers and payment methods on offer.
        payment_method_type: Only quotes for this payment method.
        reusable_identity_only: Only providers that accept an identity already verified elsewhere.
        used_before_only: Only providers the user has used before.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[ProblemDetail | QuoteListResponse]

    """

    kwargs = _get_kwargs(
        source_amount=source_amount,
        from_asset=from_asset,
        to_asset=to_asset,
        chain_id=chain_id,
        country_code=country_code,
        payment_method_type=payment_method_type,
        reusable_identity_only=reusable_identity_only,
        used_before_only=used_before_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    source_amount: float | str,
    from_asset: str,
    to_asset: str,
    chain_id: KnownChains,
    country_code: SupportedCountry | Unset = UNSET,
    payment_method_type: MeldPaymentMethod | Unset | None = UNSET,
    reusable_identity_only: bool | Unset = False,
    used_before_only: bool | Unset = False,
) -> ProblemDetail | QuoteListResponse | None:
    """Returns ranked provider quotes for a fiat-to-crypto or crypto-to-fiat trade on a chain; the user
    must have passed KYC.

    Args:
        source_amount: How much of `from_asset` to sell; above zero, as a number or a decimal string.
        from_asset: Asset or currency to sell, such as `USD` or `USDC`.
        to_asset: Asset or currency to receive.
        chain_id: EVM chain id the crypto side of the trade settles on.
        country_code: Country of the user, which decides the providers and payment methods on offer.
        payment_method_type: Only quotes for this payment method.
        reusable_identity_only: Only providers that accept an identity already verified elsewhere.
        used_before_only: Only providers the user has used before.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        ProblemDetail | QuoteListResponse

    """

    return sync_detailed(
        client=client,
        source_amount=source_amount,
        from_asset=from_asset,
        to_asset=to_asset,
        chain_id=chain_id,
        country_code=country_code,
        payment_method_type=payment_method_type,
        reusable_identity_only=reusable_identity_only,
        used_before_only=used_before_only,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    source_amount: float | str,
    from_asset: str,
    to_asset: str,
    chain_id: KnownChains,
    country_code: SupportedCountry | Unset = UNSET,
    payment_method_type: MeldPaymentMethod | Unset | None = UNSET,
    reusable_identity_only: bool | Unset = False,
    used_before_only: bool | Unset = False,
) -> Response[ProblemDetail | QuoteListResponse]:
    """Returns ranked provider quotes for a fiat-to-crypto or crypto-to-fiat trade on a chain; the user
    must have passed KYC.

    Args:
        source_amount: How much of `from_asset` to sell; above zero, as a number or a decimal string.
        from_asset: Asset or currency to sell, such as `USD` or `USDC`.
        to_asset: Asset or currency to receive.
        chain_id: EVM chain id the crypto side of the trade settles on.
        country_code: Country of the user, which decides the providers and payment methods on offer.
        payment_method_type: Only quotes for this payment method.
        reusable_identity_only: Only providers that accept an identity already verified elsewhere.
        used_before_only: Only providers the user has used before.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[ProblemDetail | QuoteListResponse]

    """

    kwargs = _get_kwargs(
        source_amount=source_amount,
        from_asset=from_asset,
        to_asset=to_asset,
        chain_id=chain_id,
        country_code=country_code,
        payment_method_type=payment_method_type,
        reusable_identity_only=reusable_identity_only,
        used_before_only=used_before_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    source_amount: float | str,
    from_asset: str,
    to_asset: str,
    chain_id: KnownChains,
    country_code: SupportedCountry | Unset = UNSET,
    payment_method_type: MeldPaymentMethod | Unset | None = UNSET,
    reusable_identity_only: bool | Unset = False,
    used_before_only: bool | Unset = False,
) -> ProblemDetail | QuoteListResponse | None:
    """Returns ranked provider quotes for a fiat-to-crypto or crypto-to-fiat trade on a chain; the user
    must have passed KYC.

    Args:
        source_amount: How much of `from_asset` to sell; above zero, as a number or a decimal string.
        from_asset: Asset or currency to sell, such as `USD` or `USDC`.
        to_asset: Asset or currency to receive.
        chain_id: EVM chain id the crypto side of the trade settles on.
        country_code: Country of the user, which decides the providers and payment methods on offer.
        payment_method_type: Only quotes for this payment method.
        reusable_identity_only: Only providers that accept an identity already verified elsewhere.
        used_before_only: Only providers the user has used before.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        ProblemDetail | QuoteListResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            source_amount=source_amount,
            from_asset=from_asset,
            to_asset=to_asset,
            chain_id=chain_id,
            country_code=country_code,
            payment_method_type=payment_method_type,
            reusable_identity_only=reusable_identity_only,
            used_before_only=used_before_only,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "source_amount": Parameter(
        "source_amount",
        "source_amount",
        "query",
        required=True,
        shape=Shape(
            kinds=("number", "string"),
            limits=Limits(exclusive_minimum=0.0, pattern="^(?!^[-+.]*$)[+-]?0*\\d*\\.?\\d*$"),
        ),
        format=None,
    ),
    "from_asset": Parameter(
        "from_asset", "from_asset", "query", required=True, shape=Shape(kinds=("string",)), format=None
    ),
    "to_asset": Parameter("to_asset", "to_asset", "query", required=True, shape=Shape(kinds=("string",)), format=None),
    "chain_id": Parameter(
        "chain_id",
        "chain_id",
        "query",
        required=True,
        shape=Shape(kinds=("integer",), values=(1, 10, 137, 42161, 8453, 43114, 56, 1328, 1329), enum="KnownChains"),
        format=None,
    ),
    "country_code": Parameter(
        "country_code",
        "country_code",
        "query",
        required=False,
        shape=Shape(
            kinds=("string",),
            values=(
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
            ),
            enum="SupportedCountry",
        ),
        format=None,
    ),
    "payment_method_type": Parameter(
        "payment_method_type",
        "payment_method_type",
        "query",
        required=False,
        shape=Shape(
            kinds=("string", "null"),
            values=(
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
            ),
            enum="MeldPaymentMethod",
        ),
        format=None,
    ),
    "reusable_identity_only": Parameter(
        "reusable_identity_only",
        "reusable_identity_only",
        "query",
        required=False,
        shape=Shape(kinds=("boolean",)),
        format=None,
    ),
    "used_before_only": Parameter(
        "used_before_only", "used_before_only", "query", required=False, shape=Shape(kinds=("boolean",)), format=None
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
