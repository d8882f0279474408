from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from sumvin_sdk._json import loads
from sumvin_sdk._paths import path_segment

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...parameters import Parameter, Shape
from ...types import Response

if TYPE_CHECKING:
    from ...models.funding_response import FundingResponse
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    card_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/card/{card_id}/funding".format(
            card_id=path_segment("card_id", card_id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FundingResponse | HTTPValidationError | ProblemDetail | None:
    if not TYPE_CHECKING:
        FundingResponse = _models.FundingResponse
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = FundingResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetail.from_dict(loads(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ProblemDetail.from_dict(loads(response.content))

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FundingResponse | HTTPValidationError | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    card_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[FundingResponse | HTTPValidationError | ProblemDetail]:
    """Returns where a card's payments are funded from.

    Args:
        card_id: Id of the card, as `list_cards` gives it.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[FundingResponse | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        card_id=card_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    card_id: str,
    *,
    client: AuthenticatedClient,
) -> FundingResponse | HTTPValidationError | ProblemDetail | None:
    """Returns where a card's payments are funded from.

    Args:
        card_id: Id of the card, as `list_cards` gives it.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        FundingResponse | HTTPValidationError | ProblemDetail

    """

    return sync_detailed(
        card_id=card_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    card_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[FundingResponse | HTTPValidationError | ProblemDetail]:
    """Returns where a card's payments are funded from.

    Args:
        card_id: Id of the card, as `list_cards` gives it.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[FundingResponse | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        card_id=card_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    card_id: str,
    *,
    client: AuthenticatedClient,
) -> FundingResponse | HTTPValidationError | ProblemDetail | None:
    """Returns where a card's payments are funded from.

    Args:
        card_id: Id of the card, as `list_cards` gives it.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        FundingResponse | HTTPValidationError | ProblemDetail

    """

    return (
        await asyncio_detailed(
            card_id=card_id,
            client=client,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "card_id": Parameter("card_id", "card_id", "path", required=True, shape=Shape(kinds=("string",)), format=None),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
