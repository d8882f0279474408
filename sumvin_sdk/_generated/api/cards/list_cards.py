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
    from ...models.card_list_response import CardListResponse
    from ...models.card_tokenization_status import CardTokenizationStatus
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    *,
    tokenization_status: CardTokenizationStatus | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> dict[str, Any]:
    if not TYPE_CHECKING:
        CardTokenizationStatus = _models.CardTokenizationStatus

    params: dict[str, Any] = {}

    json_tokenization_status: str | Unset | None
    if isinstance(tokenization_status, Unset):
        json_tokenization_status = UNSET
    elif isinstance(tokenization_status, CardTokenizationStatus):
        json_tokenization_status = CardTokenizationStatus(tokenization_status).value
    else:
        json_tokenization_status = tokenization_status
    params["tokenization_status"] = json_tokenization_status

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/card/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CardListResponse | HTTPValidationError | ProblemDetail | None:
    if not TYPE_CHECKING:
        CardListResponse = _models.CardListResponse
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = CardListResponse.from_dict(loads(response.content))

        return response_200

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
) -> Response[CardListResponse | HTTPValidationError | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    tokenization_status: CardTokenizationStatus | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> Response[CardListResponse | HTTPValidationError | ProblemDetail]:
    """Lists the user's payment cards, optionally by tokenisation status.

    Args:
        tokenization_status: Only cards whose network tokenisation is in this state.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[CardListResponse | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        tokenization_status=tokenization_status,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    tokenization_status: CardTokenizationStatus | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> CardListResponse | HTTPValidationError | ProblemDetail | None:
    """Lists the user's payment cards, optionally by tokenisation status.

    Args:
        tokenization_status: Only cards whose network tokenisation is in this state.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        CardListResponse | HTTPValidationError | ProblemDetail

    """

    return sync_detailed(
        client=client,
        tokenization_status=tokenization_status,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    tokenization_status: CardTokenizationStatus | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> Response[CardListResponse | HTTPValidationError | ProblemDetail]:
    """Lists the user's payment cards, optionally by tokenisation status.

    Args:
        tokenization_status: Only cards whose network tokenisation is in this state.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[CardListResponse | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        tokenization_status=tokenization_status,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    tokenization_status: CardTokenizationStatus | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> CardListResponse | HTTPValidationError | ProblemDetail | None:
    """Lists the user's payment cards, optionally by tokenisation status.

    Args:
        tokenization_status: Only cards whose network tokenisation is in this state.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        CardListResponse | HTTPValidationError | ProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            tokenization_status=tokenization_status,
            offset=offset,
            limit=limit,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "tokenization_status": Parameter(
        "tokenization_status",
        "tokenization_status",
        "query",
        required=False,
        shape=Shape(
            kinds=("string", "null"),
            values=("not_enrolled", "pending", "tokenized", "enrolled", "failed"),
            enum="CardTokenizationStatus",
        ),
        format=None,
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
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
