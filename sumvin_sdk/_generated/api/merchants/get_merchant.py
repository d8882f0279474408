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
    from ...models.merchant_detail_response import MerchantDetailResponse
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    merchant: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/ucp/merchants/{merchant}".format(
            merchant=path_segment("merchant", merchant),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MerchantDetailResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        MerchantDetailResponse = _models.MerchantDetailResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = MerchantDetailResponse.from_dict(loads(response.content))

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
        response_422 = ProblemDetail.from_dict(loads(response.content))

        return response_422

    if response.status_code == 503:
        response_503 = ProblemDetail.from_dict(loads(response.content))

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MerchantDetailResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    merchant: str,
    *,
    client: AuthenticatedClient,
) -> Response[MerchantDetailResponse | ProblemDetail]:
    """Returns one UCP merchant, looked up by its domain or its merchant id.

    Args:
        merchant: The merchant's domain (such as `shop.example`) or its merchant id.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[MerchantDetailResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        merchant=merchant,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    merchant: str,
    *,
    client: AuthenticatedClient,
) -> MerchantDetailResponse | ProblemDetail | None:
    """Returns one UCP merchant, looked up by its domain or its merchant id.

    Args:
        merchant: The merchant's domain (such as `shop.example`) or its merchant id.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        MerchantDetailResponse | ProblemDetail

    """

    return sync_detailed(
        merchant=merchant,
        client=client,
    ).parsed


async def asyncio_detailed(
    merchant: str,
    *,
    client: AuthenticatedClient,
) -> Response[MerchantDetailResponse | ProblemDetail]:
    """Returns one UCP merchant, looked up by its domain or its merchant id.

    Args:
        merchant: The merchant's domain (such as `shop.example`) or its merchant id.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[MerchantDetailResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        merchant=merchant,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    merchant: str,
    *,
    client: AuthenticatedClient,
) -> MerchantDetailResponse | ProblemDetail | None:
    """Returns one UCP merchant, looked up by its domain or its merchant id.

    Args:
        merchant: The merchant's domain (such as `shop.example`) or its merchant id.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        MerchantDetailResponse | ProblemDetail

    """

    return (
        await asyncio_detailed(
            merchant=merchant,
            client=client,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "merchant": Parameter("merchant", "merchant", "path", required=True, shape=Shape(kinds=("string",)), format=None),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
