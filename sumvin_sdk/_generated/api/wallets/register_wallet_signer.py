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
    from ...models.http_validation_error_detail import HTTPValidationErrorDetail
    from ...models.problem_detail import ProblemDetail
    from ...models.wallet_signer_create_request import WalletSignerCreateRequest
    from ...models.wallet_signer_registration_response import WalletSignerRegistrationResponse

    pass


def _get_kwargs(
    wallet_id: str,
    *,
    body: WalletSignerCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/wallets/{wallet_id}/signers".format(
            wallet_id=path_segment("wallet_id", wallet_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationErrorDetail | ProblemDetail | WalletSignerRegistrationResponse | None:
    if not TYPE_CHECKING:
        HTTPValidationErrorDetail = _models.HTTPValidationErrorDetail
        ProblemDetail = _models.ProblemDetail
        WalletSignerRegistrationResponse = _models.WalletSignerRegistrationResponse
    if response.status_code == 202:
        response_202 = WalletSignerRegistrationResponse.from_dict(loads(response.content))

        return response_202

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
        response_422 = HTTPValidationErrorDetail.from_dict(loads(response.content))

        return response_422

    if response.status_code == 424:
        response_424 = ProblemDetail.from_dict(loads(response.content))

        return response_424

    if response.status_code == 429:
        response_429 = ProblemDetail.from_dict(loads(response.content))

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationErrorDetail | ProblemDetail | WalletSignerRegistrationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    wallet_id: str,
    *,
    client: AuthenticatedClient,
    body: WalletSignerCreateRequest,
) -> Response[HTTPValidationErrorDetail | ProblemDetail | WalletSignerRegistrationResponse]:
    """Starts adding an address as a signer of the user's primary Safe (personal access token only);
    the addition completes on chain afterwards.

    Args:
        wallet_id: Id of the wallet, as `list_wallets` gives it.
        body: ``WalletSignerCreateRequest``: Body of `register_wallet_signer`, which starts adding an
            address as a signer of the user's primary Safe (personal access token only); the
            addition completes on chain afterwards.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationErrorDetail | ProblemDetail | WalletSignerRegistrationResponse]

    """

    kwargs = _get_kwargs(
        wallet_id=wallet_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    wallet_id: str,
    *,
    client: AuthenticatedClient,
    body: WalletSignerCreateRequest,
) -> HTTPValidationErrorDetail | ProblemDetail | WalletSignerRegistrationResponse | None:
    """Starts adding an address as a signer of the user's primary Safe (personal access token only);
    the addition completes on chain afterwards.

    Args:
        wallet_id: Id of the wallet, as `list_wallets` gives it.
        body: ``WalletSignerCreateRequest``: Body of `register_wallet_signer`, which starts adding an
            address as a signer of the user's primary Safe (personal access token only); the
            addition completes on chain afterwards.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationErrorDetail | ProblemDetail | WalletSignerRegistrationResponse

    """

    return sync_detailed(
        wallet_id=wallet_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    wallet_id: str,
    *,
    client: AuthenticatedClient,
    body: WalletSignerCreateRequest,
) -> Response[HTTPValidationErrorDetail | ProblemDetail | WalletSignerRegistrationResponse]:
    """Starts adding an address as a signer of the user's primary Safe (personal access token only);
    the addition completes on chain afterwards.

    Args:
        wallet_id: Id of the wallet, as `list_wallets` gives it.
        body: ``WalletSignerCreateRequest``: Body of `register_wallet_signer`, which starts adding an
            address as a signer of the user's primary Safe (personal access token only); the
            addition completes on chain afterwards.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationErrorDetail | ProblemDetail | WalletSignerRegistrationResponse]

    """

    kwargs = _get_kwargs(
        wallet_id=wallet_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    wallet_id: str,
    *,
    client: AuthenticatedClient,
    body: WalletSignerCreateRequest,
) -> HTTPValidationErrorDetail | ProblemDetail | WalletSignerRegistrationResponse | None:
    """Starts adding an address as a signer of the user's primary Safe (personal access token only);
    the addition completes on chain afterwards.

    Args:
        wallet_id: Id of the wallet, as `list_wallets` gives it.
        body: ``WalletSignerCreateRequest``: Body of `register_wallet_signer`, which starts adding an
            address as a signer of the user's primary Safe (personal access token only); the
            addition completes on chain afterwards.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationErrorDetail | ProblemDetail | WalletSignerRegistrationResponse

    """

    return (
        await asyncio_detailed(
            wallet_id=wallet_id,
            client=client,
            body=body,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "wallet_id": Parameter(
        "wallet_id", "wallet_id", "path", required=True, shape=Shape(kinds=("string",)), format=None
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
