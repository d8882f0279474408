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
    from ...models.http_validation_error import HTTPValidationError
    from ...models.ipa_detail_response import IPADetailResponse
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    ipa_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v0/user/ipa/{ipa_id}".format(
            ipa_id=path_segment("ipa_id", ipa_id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | IPADetailResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        IPADetailResponse = _models.IPADetailResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = IPADetailResponse.from_dict(loads(response.content))

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

    if response.status_code == 409:
        response_409 = ProblemDetail.from_dict(loads(response.content))

        return response_409

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
) -> Response[HTTPValidationError | IPADetailResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ipa_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | IPADetailResponse | ProblemDetail]:
    """Cancels an errand that has not finished and returns it in its new state.

    Args:
        ipa_id: Id of the errand (IPA).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | IPADetailResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        ipa_id=ipa_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ipa_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | IPADetailResponse | ProblemDetail | None:
    """Cancels an errand that has not finished and returns it in its new state.

    Args:
        ipa_id: Id of the errand (IPA).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | IPADetailResponse | ProblemDetail

    """

    return sync_detailed(
        ipa_id=ipa_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    ipa_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | IPADetailResponse | ProblemDetail]:
    """Cancels an errand that has not finished and returns it in its new state.

    Args:
        ipa_id: Id of the errand (IPA).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | IPADetailResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        ipa_id=ipa_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ipa_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | IPADetailResponse | ProblemDetail | None:
    """Cancels an errand that has not finished and returns it in its new state.

    Args:
        ipa_id: Id of the errand (IPA).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | IPADetailResponse | ProblemDetail

    """

    return (
        await asyncio_detailed(
            ipa_id=ipa_id,
            client=client,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "ipa_id": Parameter("ipa_id", "ipa_id", "path", required=True, shape=Shape(kinds=("string",)), format=None),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
