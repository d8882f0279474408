from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from sumvin_sdk._json import loads

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...parameters import Parameter, Shape
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.http_validation_error import HTTPValidationError
    from ...models.mandate_ceremony_response import MandateCeremonyResponse
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    *,
    x_sumvin_ceremony_ticket: str | Unset | None = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_sumvin_ceremony_ticket, Unset):
        headers["x-sumvin-ceremony-ticket"] = x_sumvin_ceremony_ticket

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/mandate-ceremonies/current",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | MandateCeremonyResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        MandateCeremonyResponse = _models.MandateCeremonyResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = MandateCeremonyResponse.from_dict(loads(response.content))

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

    if response.status_code == 404:
        response_404 = ProblemDetail.from_dict(loads(response.content))

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if response.status_code == 429:
        response_429 = ProblemDetail.from_dict(loads(response.content))

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | MandateCeremonyResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    x_sumvin_ceremony_ticket: str | Unset | None = UNSET,
) -> Response[HTTPValidationError | MandateCeremonyResponse | ProblemDetail]:
    """Returns the mandate an approval link refers to, with the typed data to sign; the link's ticket
    travels in a header.

    Args:
        x_sumvin_ceremony_ticket: The ticket naming the mandate ceremony, from the approval link.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | MandateCeremonyResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        x_sumvin_ceremony_ticket=x_sumvin_ceremony_ticket,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    x_sumvin_ceremony_ticket: str | Unset | None = UNSET,
) -> HTTPValidationError | MandateCeremonyResponse | ProblemDetail | None:
    """Returns the mandate an approval link refers to, with the typed data to sign; the link's ticket
    travels in a header.

    Args:
        x_sumvin_ceremony_ticket: The ticket naming the mandate ceremony, from the approval link.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | MandateCeremonyResponse | ProblemDetail

    """

    return sync_detailed(
        client=client,
        x_sumvin_ceremony_ticket=x_sumvin_ceremony_ticket,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    x_sumvin_ceremony_ticket: str | Unset | None = UNSET,
) -> Response[HTTPValidationError | MandateCeremonyResponse | ProblemDetail]:
    """Returns the mandate an approval link refers to, with the typed data to sign; the link's ticket
    travels in a header.

    Args:
        x_sumvin_ceremony_ticket: The ticket naming the mandate ceremony, from the approval link.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | MandateCeremonyResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        x_sumvin_ceremony_ticket=x_sumvin_ceremony_ticket,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    x_sumvin_ceremony_ticket: str | Unset | None = UNSET,
) -> HTTPValidationError | MandateCeremonyResponse | ProblemDetail | None:
    """Returns the mandate an approval link refers to, with the typed data to sign; the link's ticket
    travels in a header.

    Args:
        x_sumvin_ceremony_ticket: The ticket naming the mandate ceremony, from the approval link.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | MandateCeremonyResponse | ProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            x_sumvin_ceremony_ticket=x_sumvin_ceremony_ticket,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "x_sumvin_ceremony_ticket": Parameter(
        "x-sumvin-ceremony-ticket",
        "x_sumvin_ceremony_ticket",
        "header",
        required=False,
        shape=Shape(kinds=("string", "null")),
        format=None,
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
