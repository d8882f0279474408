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
    from ...models.body_upload_receipt import BodyUploadReceipt
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail
    from ...models.receipt_upload_response import ReceiptUploadResponse

    pass


def _get_kwargs(
    external_id: str,
    *,
    body: BodyUploadReceipt,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v0/transactions/{external_id}/receipt".format(
            external_id=path_segment("external_id", external_id),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ProblemDetail | ReceiptUploadResponse | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
        ReceiptUploadResponse = _models.ReceiptUploadResponse
    if response.status_code == 200:
        response_200 = ReceiptUploadResponse.from_dict(loads(response.content))

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

    if response.status_code == 500:
        response_500 = ProblemDetail.from_dict(loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | ProblemDetail | ReceiptUploadResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    external_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUploadReceipt,
) -> Response[HTTPValidationError | ProblemDetail | ReceiptUploadResponse]:
    """Attaches a receipt file to a transaction, replacing any earlier one.

    Args:
        external_id: Id of the transaction to attach the receipt to.
        body: ``BodyUploadReceipt``: Multipart form that `upload_receipt` sends, which attaches a
            receipt file to a transaction, replacing any earlier one.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | ReceiptUploadResponse]

    """

    kwargs = _get_kwargs(
        external_id=external_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    external_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUploadReceipt,
) -> HTTPValidationError | ProblemDetail | ReceiptUploadResponse | None:
    """Attaches a receipt file to a transaction, replacing any earlier one.

    Args:
        external_id: Id of the transaction to attach the receipt to.
        body: ``BodyUploadReceipt``: Multipart form that `upload_receipt` sends, which attaches a
            receipt file to a transaction, replacing any earlier one.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | ReceiptUploadResponse

    """

    return sync_detailed(
        external_id=external_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    external_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUploadReceipt,
) -> Response[HTTPValidationError | ProblemDetail | ReceiptUploadResponse]:
    """Attaches a receipt file to a transaction, replacing any earlier one.

    Args:
        external_id: Id of the transaction to attach the receipt to.
        body: ``BodyUploadReceipt``: Multipart form that `upload_receipt` sends, which attaches a
            receipt file to a transaction, replacing any earlier one.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | ReceiptUploadResponse]

    """

    kwargs = _get_kwargs(
        external_id=external_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    external_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUploadReceipt,
) -> HTTPValidationError | ProblemDetail | ReceiptUploadResponse | None:
    """Attaches a receipt file to a transaction, replacing any earlier one.

    Args:
        external_id: Id of the transaction to attach the receipt to.
        body: ``BodyUploadReceipt``: Multipart form that `upload_receipt` sends, which attaches a
            receipt file to a transaction, replacing any earlier one.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | ReceiptUploadResponse

    """

    return (
        await asyncio_detailed(
            external_id=external_id,
            client=client,
            body=body,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "external_id": Parameter(
        "external_id", "external_id", "path", required=True, shape=Shape(kinds=("string",)), format=None
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
