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
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    *,
    x_payload_digest: str | Unset | None = UNSET,
    x_payload_digest_alg: str | Unset = "HMAC_SHA256_HEX",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_payload_digest, Unset):
        headers["X-Payload-Digest"] = x_payload_digest

    if not isinstance(x_payload_digest_alg, Unset):
        headers["X-Payload-Digest-Alg"] = x_payload_digest_alg

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/webhooks/kyc/sumsub/events",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = loads(response.content)
        return response_200

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | HTTPValidationError | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    x_payload_digest: str | Unset | None = UNSET,
    x_payload_digest_alg: str | Unset = "HMAC_SHA256_HEX",
) -> Response[Any | HTTPValidationError | ProblemDetail]:
    """Receiver for the identity-verification provider's events; its signature headers are checked.

    Args:
        x_payload_digest: The provider's signature over the raw body.
        x_payload_digest_alg: Algorithm of that signature, such as `HMAC_SHA256_HEX`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[Any | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        x_payload_digest=x_payload_digest,
        x_payload_digest_alg=x_payload_digest_alg,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    x_payload_digest: str | Unset | None = UNSET,
    x_payload_digest_alg: str | Unset = "HMAC_SHA256_HEX",
) -> Any | HTTPValidationError | ProblemDetail | None:
    """Receiver for the identity-verification provider's events; its signature headers are checked.

    Args:
        x_payload_digest: The provider's signature over the raw body.
        x_payload_digest_alg: Algorithm of that signature, such as `HMAC_SHA256_HEX`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Any | HTTPValidationError | ProblemDetail

    """

    return sync_detailed(
        client=client,
        x_payload_digest=x_payload_digest,
        x_payload_digest_alg=x_payload_digest_alg,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    x_payload_digest: str | Unset | None = UNSET,
    x_payload_digest_alg: str | Unset = "HMAC_SHA256_HEX",
) -> Response[Any | HTTPValidationError | ProblemDetail]:
    """Receiver for the identity-verification provider's events; its signature headers are checked.

    Args:
        x_payload_digest: The provider's signature over the raw body.
        x_payload_digest_alg: Algorithm of that signature, such as `HMAC_SHA256_HEX`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[Any | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        x_payload_digest=x_payload_digest,
        x_payload_digest_alg=x_payload_digest_alg,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    x_payload_digest: str | Unset | None = UNSET,
    x_payload_digest_alg: str | Unset = "HMAC_SHA256_HEX",
) -> Any | HTTPValidationError | ProblemDetail | None:
    """Receiver for the identity-verification provider's events; its signature headers are checked.

    Args:
        x_payload_digest: The provider's signature over the raw body.
        x_payload_digest_alg: Algorithm of that signature, such as `HMAC_SHA256_HEX`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Any | HTTPValidationError | ProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            x_payload_digest=x_payload_digest,
            x_payload_digest_alg=x_payload_digest_alg,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "x_payload_digest": Parameter(
        "X-Payload-Digest",
        "x_payload_digest",
        "header",
        required=False,
        shape=Shape(kinds=("string", "null")),
        format=None,
    ),
    "x_payload_digest_alg": Parameter(
        "X-Payload-Digest-Alg",
        "x_payload_digest_alg",
        "header",
        required=False,
        shape=Shape(kinds=("string",)),
        format=None,
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
