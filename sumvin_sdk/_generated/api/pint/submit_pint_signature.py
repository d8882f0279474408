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
    from ...models.pint_detail_response import PintDetailResponse
    from ...models.problem_detail import ProblemDetail
    from ...models.submit_pint_signature_request import SubmitPintSignatureRequest

    pass


def _get_kwargs(
    pint_id: str,
    *,
    body: SubmitPintSignatureRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v0/pint/{pint_id}".format(
            pint_id=path_segment("pint_id", pint_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | PintDetailResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        PintDetailResponse = _models.PintDetailResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = PintDetailResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 208:
        response_208 = PintDetailResponse.from_dict(loads(response.content))

        return response_208

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

    if response.status_code == 410:
        response_410 = ProblemDetail.from_dict(loads(response.content))

        return response_410

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

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
) -> Response[HTTPValidationError | PintDetailResponse | ProblemDetail]:
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
    body: SubmitPintSignatureRequest,
) -> Response[HTTPValidationError | PintDetailResponse | ProblemDetail]:
    """Activates a pending PINT with the wallet's signature over its stored typed data; 208 for the
    same signature again, 409 for a different one.

    Args:
        pint_id: Id of the purchase intent (PINT).
        body: ``SubmitPintSignatureRequest``: Body of `submit_pint_signature`, which activates a
            pending PINT with the wallet's signature over its stored typed data; 208 for the same
            signature again, 409 for a different one.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | PintDetailResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        pint_id=pint_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pint_id: str,
    *,
    client: AuthenticatedClient,
    body: SubmitPintSignatureRequest,
) -> HTTPValidationError | PintDetailResponse | ProblemDetail | None:
    """Activates a pending PINT with the wallet's signature over its stored typed data; 208 for the
    same signature again, 409 for a different one.

    Args:
        pint_id: Id of the purchase intent (PINT).
        body: ``SubmitPintSignatureRequest``: Body of `submit_pint_signature`, which activates a
            pending PINT with the wallet's signature over its stored typed data; 208 for the same
            signature again, 409 for a different one.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | PintDetailResponse | ProblemDetail

    """

    return sync_detailed(
        pint_id=pint_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    pint_id: str,
    *,
    client: AuthenticatedClient,
    body: SubmitPintSignatureRequest,
) -> Response[HTTPValidationError | PintDetailResponse | ProblemDetail]:
    """Activates a pending PINT with the wallet's signature over its stored typed data; 208 for the
    same signature again, 409 for a different one.

    Args:
        pint_id: Id of the purchase intent (PINT).
        body: ``SubmitPintSignatureRequest``: Body of `submit_pint_signature`, which activates a
            pending PINT with the wallet's signature over its stored typed data; 208 for the same
            signature again, 409 for a different one.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | PintDetailResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        pint_id=pint_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pint_id: str,
    *,
    client: AuthenticatedClient,
    body: SubmitPintSignatureRequest,
) -> HTTPValidationError | PintDetailResponse | ProblemDetail | None:
    """Activates a pending PINT with the wallet's signature over its stored typed data; 208 for the
    same signature again, 409 for a different one.

    Args:
        pint_id: Id of the purchase intent (PINT).
        body: ``SubmitPintSignatureRequest``: Body of `submit_pint_signature`, which activates a
            pending PINT with the wallet's signature over its stored typed data; 208 for the same
            signature again, 409 for a different one.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | PintDetailResponse | ProblemDetail

    """

    return (
        await asyncio_detailed(
            pint_id=pint_id,
            client=client,
            body=body,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "pint_id": Parameter("pint_id", "pint_id", "path", required=True, shape=Shape(kinds=("string",)), format=None),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
