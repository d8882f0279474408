from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from sumvin_sdk._json import loads

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...parameters import Parameter
from ...types import Response

if TYPE_CHECKING:
    from ...models.phone_verification_response import PhoneVerificationResponse
    from ...models.problem_detail import ProblemDetail
    from ...models.verify_phone_code_request import VerifyPhoneCodeRequest

    pass


def _get_kwargs(
    *,
    body: VerifyPhoneCodeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v0/user/me/phone/code",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PhoneVerificationResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        PhoneVerificationResponse = _models.PhoneVerificationResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = PhoneVerificationResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 202:
        response_202 = ProblemDetail.from_dict(loads(response.content))

        return response_202

    if response.status_code == 400:
        response_400 = ProblemDetail.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = ProblemDetail.from_dict(loads(response.content))

        return response_404

    if response.status_code == 409:
        response_409 = ProblemDetail.from_dict(loads(response.content))

        return response_409

    if response.status_code == 422:
        response_422 = ProblemDetail.from_dict(loads(response.content))

        return response_422

    if response.status_code == 429:
        response_429 = ProblemDetail.from_dict(loads(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = ProblemDetail.from_dict(loads(response.content))

        return response_500

    if response.status_code == 503:
        response_503 = ProblemDetail.from_dict(loads(response.content))

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PhoneVerificationResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: VerifyPhoneCodeRequest,
) -> Response[PhoneVerificationResponse | ProblemDetail]:
    """Confirms the user's phone number with the code that was texted to it.

    Args:
        body: ``VerifyPhoneCodeRequest``: Body of `verify_phone`, which confirms the user's phone
            number with the code that was texted to it.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[PhoneVerificationResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: VerifyPhoneCodeRequest,
) -> PhoneVerificationResponse | ProblemDetail | None:
    """Confirms the user's phone number with the code that was texted to it.

    Args:
        body: ``VerifyPhoneCodeRequest``: Body of `verify_phone`, which confirms the user's phone
            number with the code that was texted to it.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        PhoneVerificationResponse | ProblemDetail

    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VerifyPhoneCodeRequest,
) -> Response[PhoneVerificationResponse | ProblemDetail]:
    """Confirms the user's phone number with the code that was texted to it.

    Args:
        body: ``VerifyPhoneCodeRequest``: Body of `verify_phone`, which confirms the user's phone
            number with the code that was texted to it.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[PhoneVerificationResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: VerifyPhoneCodeRequest,
) -> PhoneVerificationResponse | ProblemDetail | None:
    """Confirms the user's phone number with the code that was texted to it.

    Args:
        body: ``VerifyPhoneCodeRequest``: Body of `verify_phone`, which confirms the user's phone
            number with the code that was texted to it.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        PhoneVerificationResponse | ProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
