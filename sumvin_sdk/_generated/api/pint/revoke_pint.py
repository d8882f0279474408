from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from sumvin_sdk._json import loads
from sumvin_sdk._paths import path_segment

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...parameters import Parameter, Shape
from ...types import Response

if TYPE_CHECKING:
    from ...models.http_validation_error import HTTPValidationError
    from ...models.pint_status_response import PintStatusResponse
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    pint_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v0/pint/{pint_id}".format(
            pint_id=path_segment("pint_id", pint_id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | PintStatusResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        PintStatusResponse = _models.PintStatusResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetail.from_dict(loads(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ProblemDetail.from_dict(loads(response.content))

        return response_404

    if response.status_code == 409:
        response_409 = PintStatusResponse.from_dict(loads(response.content))

        return response_409

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | HTTPValidationError | PintStatusResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pint_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | HTTPValidationError | PintStatusResponse | ProblemDetail]:
    """Revokes a purchase intent so its tokens can no longer be used.

    Args:
        pint_id: Id of the purchase intent (PINT).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[Any | HTTPValidationError | PintStatusResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        pint_id=pint_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pint_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | HTTPValidationError | PintStatusResponse | ProblemDetail | None:
    """Revokes a purchase intent so its tokens can no longer be used.

    Args:
        pint_id: Id of the purchase intent (PINT).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Any | HTTPValidationError | PintStatusResponse | ProblemDetail

    """

    return sync_detailed(
        pint_id=pint_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    pint_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | HTTPValidationError | PintStatusResponse | ProblemDetail]:
    """Revokes a purchase intent so its tokens can no longer be used.

    Args:
        pint_id: Id of the purchase intent (PINT).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[Any | HTTPValidationError | PintStatusResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        pint_id=pint_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pint_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | HTTPValidationError | PintStatusResponse | ProblemDetail | None:
    """Revokes a purchase intent so its tokens can no longer be used.

    Args:
        pint_id: Id of the purchase intent (PINT).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Any | HTTPValidationError | PintStatusResponse | ProblemDetail

    """

    return (
        await asyncio_detailed(
            pint_id=pint_id,
            client=client,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "pint_id": Parameter("pint_id", "pint_id", "path", required=True, shape=Shape(kinds=("string",)), format=None),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
