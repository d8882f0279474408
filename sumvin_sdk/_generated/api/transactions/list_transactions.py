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
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail
    from ...models.query_validation_problem_detail import QueryValidationProblemDetail
    from ...models.transaction_direction import TransactionDirection
    from ...models.transaction_list_response import TransactionListResponse
    from ...models.transaction_source import TransactionSource
    from ...models.transaction_status import TransactionStatus
    from ...models.transaction_type import TransactionType

    pass


def _get_kwargs(
    *,
    source: TransactionSource | Unset | None = UNSET,
    account_id: str | Unset | None = UNSET,
    wallet_id: str | Unset | None = UNSET,
    card_id: str | Unset | None = UNSET,
    type_: TransactionType | Unset | None = UNSET,
    status: TransactionStatus | Unset | None = UNSET,
    direction: TransactionDirection | Unset | None = UNSET,
    category: str | Unset | None = UNSET,
    merchant_name: str | Unset | None = UNSET,
    merchant_category_code: str | Unset | None = UNSET,
    amount_min: float | str | Unset | None = UNSET,
    amount_max: float | str | Unset | None = UNSET,
    from_date: str | Unset | None = UNSET,
    to_date: str | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    meta: bool | Unset = False,
) -> dict[str, Any]:
    if not TYPE_CHECKING:
        TransactionDirection = _models.TransactionDirection
        TransactionSource = _models.TransactionSource
        TransactionStatus = _models.TransactionStatus
        TransactionType = _models.TransactionType

    params: dict[str, Any] = {}

    json_source: str | Unset | None
    if isinstance(source, Unset):
        json_source = UNSET
    elif isinstance(source, TransactionSource):
        json_source = TransactionSource(source).value
    else:
        json_source = source
    params["source"] = json_source

    json_account_id: str | Unset | None
    if isinstance(account_id, Unset):
        json_account_id = UNSET
    else:
        json_account_id = account_id
    params["account_id"] = json_account_id

    json_wallet_id: str | Unset | None
    if isinstance(wallet_id, Unset):
        json_wallet_id = UNSET
    else:
        json_wallet_id = wallet_id
    params["wallet_id"] = json_wallet_id

    json_card_id: str | Unset | None
    if isinstance(card_id, Unset):
        json_card_id = UNSET
    else:
        json_card_id = card_id
    params["card_id"] = json_card_id

    json_type_: str | Unset | None
    if isinstance(type_, Unset):
        json_type_ = UNSET
    elif isinstance(type_, TransactionType):
        json_type_ = TransactionType(type_).value
    else:
        json_type_ = type_
    params["type"] = json_type_

    json_status: str | Unset | None
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, TransactionStatus):
        json_status = TransactionStatus(status).value
    else:
        json_status = status
    params["status"] = json_status

    json_direction: str | Unset | None
    if isinstance(direction, Unset):
        json_direction = UNSET
    elif isinstance(direction, TransactionDirection):
        json_direction = TransactionDirection(direction).value
    else:
        json_direction = direction
    params["direction"] = json_direction

    json_category: str | Unset | None
    if isinstance(category, Unset):
        json_category = UNSET
    else:
        json_category = category
    params["category"] = json_category

    json_merchant_name: str | Unset | None
    if isinstance(merchant_name, Unset):
        json_merchant_name = UNSET
    else:
        json_merchant_name = merchant_name
    params["merchant_name"] = json_merchant_name

    json_merchant_category_code: str | Unset | None
    if isinstance(merchant_category_code, Unset):
        json_merchant_category_code = UNSET
    else:
        json_merchant_category_code = merchant_category_code
    params["merchant_category_code"] = json_merchant_category_code

    json_amount_min: float | str | Unset | None
    if isinstance(amount_min, Unset):
        json_amount_min = UNSET
    else:
        json_amount_min = amount_min
    params["amount_min"] = json_amount_min

    json_amount_max: float | str | Unset | None
    if isinstance(amount_max, Unset):
        json_amount_max = UNSET
    else:
        json_amount_max = amount_max
    params["amount_max"] = json_amount_max

    json_from_date: str | Unset | None
    if isinstance(from_date, Unset):
        json_from_date = UNSET
    else:
        json_from_date = from_date
    params["from_date"] = json_from_date

    json_to_date: str | Unset | None
    if isinstance(to_date, Unset):
        json_to_date = UNSET
    else:
        json_to_date = to_date
    params["to_date"] = json_to_date

    params["offset"] = offset

    params["limit"] = limit

    params["meta"] = meta

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/transactions/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ProblemDetail | QueryValidationProblemDetail | TransactionListResponse | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
        QueryValidationProblemDetail = _models.QueryValidationProblemDetail
        TransactionListResponse = _models.TransactionListResponse
    if response.status_code == 200:
        response_200 = TransactionListResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = QueryValidationProblemDetail.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetail.from_dict(loads(response.content))

        return response_403

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if response.status_code == 424:
        response_424 = ProblemDetail.from_dict(loads(response.content))

        return response_424

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | ProblemDetail | QueryValidationProblemDetail | TransactionListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    source: TransactionSource | Unset | None = UNSET,
    account_id: str | Unset | None = UNSET,
    wallet_id: str | Unset | None = UNSET,
    card_id: str | Unset | None = UNSET,
    type_: TransactionType | Unset | None = UNSET,
    status: TransactionStatus | Unset | None = UNSET,
    direction: TransactionDirection | Unset | None = UNSET,
    category: str | Unset | None = UNSET,
    merchant_name: str | Unset | None = UNSET,
    merchant_category_code: str | Unset | None = UNSET,
    amount_min: float | str | Unset | None = UNSET,
    amount_max: float | str | Unset | None = UNSET,
    from_date: str | Unset | None = UNSET,
    to_date: str | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    meta: bool | Unset = False,
) -> Response[HTTPValidationError | ProblemDetail | QueryValidationProblemDetail | TransactionListResponse]:
    """Lists the user's transactions across accounts, wallets and cards, with filters on source, kind,
    merchant, amount and date.

    Args:
        source: Only transactions from this kind of source (bank account, wallet, card, ...).
        account_id: Only transactions of this linked account.
        wallet_id: Only transactions of this wallet.
        card_id: Only transactions made with this card.
        type_: Only transactions of this type.
        status: Only transactions in this state.
        direction: Only money coming in (`inbound`) or going out (`outbound`).
        category: Only these spending categories; several may be given comma-separated and match any of
            them.
        merchant_name: Only transactions with this merchant name.
        merchant_category_code: Only transactions with this four-digit merchant category code (MCC).
        amount_min: Smallest amount to include (inclusive), as a number or a decimal string.
        amount_max: Largest amount to include (inclusive), as a number or a decimal string.
        from_date: Earliest transaction date to include: a YYYY-MM-DD date or epoch milliseconds.
        to_date: Latest transaction date to include: a YYYY-MM-DD date or epoch milliseconds.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).
        meta: Also return summary statistics over the matching transactions.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | QueryValidationProblemDetail | TransactionListResponse]

    """

    kwargs = _get_kwargs(
        source=source,
        account_id=account_id,
        wallet_id=wallet_id,
        card_id=card_id,
        type_=type_,
        status=status,
        direction=direction,
        category=category,
        merchant_name=merchant_name,
        merchant_category_code=merchant_category_code,
        amount_min=amount_min,
        amount_max=amount_max,
        from_date=from_date,
        to_date=to_date,
        offset=offset,
        limit=limit,
        meta=meta,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    source: TransactionSource | Unset | None = UNSET,
    account_id: str | Unset | None = UNSET,
    wallet_id: str | Unset | None = UNSET,
    card_id: str | Unset | None = UNSET,
    type_: TransactionType | Unset | None = UNSET,
    status: TransactionStatus | Unset | None = UNSET,
    direction: TransactionDirection | Unset | None = UNSET,
    category: str | Unset | None = UNSET,
    merchant_name: str | Unset | None = UNSET,
    merchant_category_code: str | Unset | None = UNSET,
    amount_min: float | str | Unset | None = UNSET,
    amount_max: float | str | Unset | None = UNSET,
    from_date: str | Unset | None = UNSET,
    to_date: str | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    meta: bool | Unset = False,
) -> HTTPValidationError | ProblemDetail | QueryValidationProblemDetail | TransactionListResponse | None:
    """Lists the user's transactions across accounts, wallets and cards, with filters on source, kind,
    merchant, amount and date.

    Args:
        source: Only transactions from this kind of source (bank account, wallet, card, ...).
        account_id: Only transactions of this linked account.
        wallet_id: Only transactions of this wallet.
        card_id: Only transactions made with this card.
        type_: Only transactions of this type.
        status: Only transactions in this state.
        direction: Only money coming in (`inbound`) or going out (`outbound`).
        category: Only these spending categories; several may be given comma-separated and match any of
            them.
        merchant_name: Only transactions with this merchant name.
        merchant_category_code: Only transactions with this four-digit merchant category code (MCC).
        amount_min: Smallest amount to include (inclusive), as a number or a decimal string.
        amount_max: Largest amount to include (inclusive), as a number or a decimal string.
        from_date: Earliest transaction date to include: a YYYY-MM-DD date or epoch milliseconds.
        to_date: Latest transaction date to include: a YYYY-MM-DD date or epoch milliseconds.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).
        meta: Also return summary statistics over the matching transactions.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | QueryValidationProblemDetail | TransactionListResponse

    """

    return sync_detailed(
        client=client,
        source=source,
        account_id=account_id,
        wallet_id=wallet_id,
        card_id=card_id,
        type_=type_,
        status=status,
        direction=direction,
        category=category,
        merchant_name=merchant_name,
        merchant_category_code=merchant_category_code,
        amount_min=amount_min,
        amount_max=amount_max,
        from_date=from_date,
        to_date=to_date,
        offset=offset,
        limit=limit,
        meta=meta,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    source: TransactionSource | Unset | None = UNSET,
    account_id: str | Unset | None = UNSET,
    wallet_id: str | Unset | None = UNSET,
    card_id: str | Unset | None = UNSET,
    type_: TransactionType | Unset | None = UNSET,
    status: TransactionStatus | Unset | None = UNSET,
    direction: TransactionDirection | Unset | None = UNSET,
    category: str | Unset | None = UNSET,
    merchant_name: str | Unset | None = UNSET,
    merchant_category_code: str | Unset | None = UNSET,
    amount_min: float | str | Unset | None = UNSET,
    amount_max: float | str | Unset | None = UNSET,
    from_date: str | Unset | None = UNSET,
    to_date: str | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    meta: bool | Unset = False,
) -> Response[HTTPValidationError | ProblemDetail | QueryValidationProblemDetail | TransactionListResponse]:
    """Lists the user's transactions across accounts, wallets and cards, with filters on source, kind,
    merchant, amount and date.

    Args:
        source: Only transactions from this kind of source (bank account, wallet, card, ...).
        account_id: Only transactions of this linked account.
        wallet_id: Only transactions of this wallet.
        card_id: Only transactions made with this card.
        type_: Only transactions of this type.
        status: Only transactions in this state.
        direction: Only money coming in (`inbound`) or going out (`outbound`).
        category: Only these spending categories; several may be given comma-separated and match any of
            them.
        merchant_name: Only transactions with this merchant name.
        merchant_category_code: Only transactions with this four-digit merchant category code (MCC).
        amount_min: Smallest amount to include (inclusive), as a number or a decimal string.
        amount_max: Largest amount to include (inclusive), as a number or a decimal string.
        from_date: Earliest transaction date to include: a YYYY-MM-DD date or epoch milliseconds.
        to_date: Latest transaction date to include: a YYYY-MM-DD date or epoch milliseconds.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).
        meta: Also return summary statistics over the matching transactions.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | QueryValidationProblemDetail | TransactionListResponse]

    """

    kwargs = _get_kwargs(
        source=source,
        account_id=account_id,
        wallet_id=wallet_id,
        card_id=card_id,
        type_=type_,
        status=status,
        direction=direction,
        category=category,
        merchant_name=merchant_name,
        merchant_category_code=merchant_category_code,
        amount_min=amount_min,
        amount_max=amount_max,
        from_date=from_date,
        to_date=to_date,
        offset=offset,
        limit=limit,
        meta=meta,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    source: TransactionSource | Unset | None = UNSET,
    account_id: str | Unset | None = UNSET,
    wallet_id: str | Unset | None = UNSET,
    card_id: str | Unset | None = UNSET,
    type_: TransactionType | Unset | None = UNSET,
    status: TransactionStatus | Unset | None = UNSET,
    direction: TransactionDirection | Unset | None = UNSET,
    category: str | Unset | None = UNSET,
    merchant_name: str | Unset | None = UNSET,
    merchant_category_code: str | Unset | None = UNSET,
    amount_min: float | str | Unset | None = UNSET,
    amount_max: float | str | Unset | None = UNSET,
    from_date: str | Unset | None = UNSET,
    to_date: str | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    meta: bool | Unset = False,
) -> HTTPValidationError | ProblemDetail | QueryValidationProblemDetail | TransactionListResponse | None:
    """Lists the user's transactions across accounts, wallets and cards, with filters on source, kind,
    merchant, amount and date.

    Args:
        source: Only transactions from this kind of source (bank account, wallet, card, ...).
        account_id: Only transactions of this linked account.
        wallet_id: Only transactions of this wallet.
        card_id: Only transactions made with this card.
        type_: Only transactions of this type.
        status: Only transactions in this state.
        direction: Only money coming in (`inbound`) or going out (`outbound`).
        category: Only these spending categories; several may be given comma-separated and match any of
            them.
        merchant_name: Only transactions with this merchant name.
        merchant_category_code: Only transactions with this four-digit merchant category code (MCC).
        amount_min: Smallest amount to include (inclusive), as a number or a decimal string.
        amount_max: Largest amount to include (inclusive), as a number or a decimal string.
        from_date: Earliest transaction date to include: a YYYY-MM-DD date or epoch milliseconds.
        to_date: Latest transaction date to include: a YYYY-MM-DD date or epoch milliseconds.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).
        meta: Also return summary statistics over the matching transactions.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | QueryValidationProblemDetail | TransactionListResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            source=source,
            account_id=account_id,
            wallet_id=wallet_id,
            card_id=card_id,
            type_=type_,
            status=status,
            direction=direction,
            category=category,
            merchant_name=merchant_name,
            merchant_category_code=merchant_category_code,
            amount_min=amount_min,
            amount_max=amount_max,
            from_date=from_date,
            to_date=to_date,
            offset=offset,
            limit=limit,
            meta=meta,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "source": Parameter(
        "source",
        "source",
        "query",
        required=False,
        shape=Shape(
            kinds=("string", "null"), values=("crypto_wallet", "bank_account", "card"), enum="TransactionSource"
        ),
        format=None,
    ),
    "account_id": Parameter(
        "account_id", "account_id", "query", required=False, shape=Shape(kinds=("string", "null")), format=None
    ),
    "wallet_id": Parameter(
        "wallet_id", "wallet_id", "query", required=False, shape=Shape(kinds=("string", "null")), format=None
    ),
    "card_id": Parameter(
        "card_id", "card_id", "query", required=False, shape=Shape(kinds=("string", "null")), format=None
    ),
    "type_": Parameter(
        "type",
        "type_",
        "query",
        required=False,
        shape=Shape(
            kinds=("string", "null"),
            values=(
                "deposit",
                "withdrawal",
                "transfer",
                "swap",
                "card_purchase",
                "card_refund",
                "on_ramp",
                "off_ramp",
                "bank_transfer",
                "direct_debit",
                "standing_order",
                "bank_payment",
                "bank_refund",
                "interest",
                "fee",
            ),
            enum="TransactionType",
        ),
        format=None,
    ),
    "status": Parameter(
        "status",
        "status",
        "query",
        required=False,
        shape=Shape(
            kinds=("string", "null"),
            values=("pending", "processing", "completed", "failed", "cancelled"),
            enum="TransactionStatus",
        ),
        format=None,
    ),
    "direction": Parameter(
        "direction",
        "direction",
        "query",
        required=False,
        shape=Shape(kinds=("string", "null"), values=("in", "out"), enum="TransactionDirection"),
        format=None,
    ),
    "category": Parameter(
        "category", "category", "query", required=False, shape=Shape(kinds=("string", "null")), format=None
    ),
    "merchant_name": Parameter(
        "merchant_name", "merchant_name", "query", required=False, shape=Shape(kinds=("string", "null")), format=None
    ),
    "merchant_category_code": Parameter(
        "merchant_category_code",
        "merchant_category_code",
        "query",
        required=False,
        shape=Shape(kinds=("string", "null")),
        format=None,
    ),
    "amount_min": Parameter(
        "amount_min",
        "amount_min",
        "query",
        required=False,
        shape=Shape(kinds=("number", "string", "null"), limits=Limits(pattern="^(?!^[-+.]*$)[+-]?0*\\d*\\.?\\d*$")),
        format=None,
    ),
    "amount_max": Parameter(
        "amount_max",
        "amount_max",
        "query",
        required=False,
        shape=Shape(kinds=("number", "string", "null"), limits=Limits(pattern="^(?!^[-+.]*$)[+-]?0*\\d*\\.?\\d*$")),
        format=None,
    ),
    "from_date": Parameter(
        "from_date", "from_date", "query", required=False, shape=Shape(kinds=("string", "null")), format="date"
    ),
    "to_date": Parameter(
        "to_date", "to_date", "query", required=False, shape=Shape(kinds=("string", "null")), format="date"
    ),
    "offset": Parameter(
        "offset",
        "offset",
        "query",
        required=False,
        shape=Shape(kinds=("integer",), limits=Limits(minimum=0)),
        format=None,
    ),
    "limit": Parameter(
        "limit",
        "limit",
        "query",
        required=False,
        shape=Shape(kinds=("integer",), limits=Limits(maximum=100, minimum=1)),
        format=None,
    ),
    "meta": Parameter("meta", "meta", "query", required=False, shape=Shape(kinds=("boolean",)), format=None),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
