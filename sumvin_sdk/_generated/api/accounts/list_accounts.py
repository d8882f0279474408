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
    from ...models.account_list_response import AccountListResponse
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    *,
    provider: str | Unset | None = UNSET,
    status: str | Unset | None = UNSET,
    account_type: str | Unset | None = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_provider: str | Unset | None
    if isinstance(provider, Unset):
        json_provider = UNSET
    else:
        json_provider = provider
    params["provider"] = json_provider

    json_status: str | Unset | None
    if isinstance(status, Unset):
        json_status = UNSET
    else:
        json_status = status
    params["status"] = json_status

    json_account_type: str | Unset | None
    if isinstance(account_type, Unset):
        json_account_type = UNSET
    else:
        json_account_type = account_type
    params["account_type"] = json_account_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/accounts/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountListResponse | HTTPValidationError | ProblemDetail | None:
    if not TYPE_CHECKING:
        AccountListResponse = _models.AccountListResponse
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = AccountListResponse.from_dict(loads(response.content))

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
) -> Response[AccountListResponse | HTTPValidationError | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    provider: str | Unset | None = UNSET,
    status: str | Unset | None = UNSET,
    account_type: str | Unset | None = UNSET,
) -> Response[AccountListResponse | HTTPValidationError | ProblemDetail]:
    """Lists the user's linked external accounts, optionally filtered by provider, status or type.

    Args:
        provider: Only accounts linked through this provider.
        status: Only accounts in this state.
        account_type: Only accounts of this type, such as `checking` or `credit`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[AccountListResponse | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        provider=provider,
        status=status,
        account_type=account_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    provider: str | Unset | None = UNSET,
    status: str | Unset | None = UNSET,
    account_type: str | Unset | None = UNSET,
) -> AccountListResponse | HTTPValidationError | ProblemDetail | None:
    """Lists the user's linked external accounts, optionally filtered by provider, status or type.

    Args:
        provider: Only accounts linked through this provider.
        status: Only accounts in this state.
        account_type: Only accounts of this type, such as `checking` or `credit`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        AccountListResponse | HTTPValidationError | ProblemDetail

    """

    return sync_detailed(
        client=client,
        provider=provider,
        status=status,
        account_type=account_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    provider: str | Unset | None = UNSET,
    status: str | Unset | None = UNSET,
    account_type: str | Unset | None = UNSET,
) -> Response[AccountListResponse | HTTPValidationError | ProblemDetail]:
    """Lists the user's linked external accounts, optionally filtered by provider, status or type.

    Args:
        provider: Only accounts linked through this provider.
        status: Only accounts in this state.
        account_type: Only accounts of this type, such as `checking` or `credit`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[AccountListResponse | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        provider=provider,
        status=status,
        account_type=account_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    provider: str | Unset | None = UNSET,
    status: str | Unset | None = UNSET,
    account_type: str | Unset | None = UNSET,
) -> AccountListResponse | HTTPValidationError | ProblemDetail | None:
    """Lists the user's linked external accounts, optionally filtered by provider, status or type.

    Args:
        provider: Only accounts linked through this provider.
        status: Only accounts in this state.
        account_type: Only accounts of this type, such as `checking` or `credit`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        AccountListResponse | HTTPValidationError | ProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            provider=provider,
            status=status,
            account_type=account_type,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "provider": Parameter(
        "provider", "provider", "query", required=False, shape=Shape(kinds=("string", "null")), format=None
    ),
    "status": Parameter(
        "status", "status", "query", required=False, shape=Shape(kinds=("string", "null")), format=None
    ),
    "account_type": Parameter(
        "account_type", "account_type", "query", required=False, shape=Shape(kinds=("string", "null")), format=None
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
