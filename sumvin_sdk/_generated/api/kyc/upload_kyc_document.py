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
    from ...models.body_upload_kyc_document import BodyUploadKycDocument
    from ...models.http_validation_error import HTTPValidationError
    from ...models.kyc_document_upload_response import KYCDocumentUploadResponse
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    *,
    body: BodyUploadKycDocument,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/kyc/documents",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | KYCDocumentUploadResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        KYCDocumentUploadResponse = _models.KYCDocumentUploadResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = KYCDocumentUploadResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = KYCDocumentUploadResponse.from_dict(loads(response.content))

        return response_201

    if response.status_code == 400:
        response_400 = ProblemDetail.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = ProblemDetail.from_dict(loads(response.content))

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if response.status_code == 500:
        response_500 = ProblemDetail.from_dict(loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | KYCDocumentUploadResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyUploadKycDocument,
) -> Response[HTTPValidationError | KYCDocumentUploadResponse | ProblemDetail]:
    """Uploads one identity document image, such as a side of a passport or ID card.

    Args:
        body: ``BodyUploadKycDocument``: Multipart form that `upload_kyc_document` sends, which
            uploads one identity document image, such as a side of a passport or ID card.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | KYCDocumentUploadResponse | ProblemDetail]

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
    body: BodyUploadKycDocument,
) -> HTTPValidationError | KYCDocumentUploadResponse | ProblemDetail | None:
    """Uploads one identity document image, such as a side of a passport or ID card.

    Args:
        body: ``BodyUploadKycDocument``: Multipart form that `upload_kyc_document` sends, which
            uploads one identity document image, such as a side of a passport or ID card.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | KYCDocumentUploadResponse | ProblemDetail

    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyUploadKycDocument,
) -> Response[HTTPValidationError | KYCDocumentUploadResponse | ProblemDetail]:
    """Uploads one identity document image, such as a side of a passport or ID card.

    Args:
        body: ``BodyUploadKycDocument``: Multipart form that `upload_kyc_document` sends, which
            uploads one identity document image, such as a side of a passport or ID card.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | KYCDocumentUploadResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyUploadKycDocument,
) -> HTTPValidationError | KYCDocumentUploadResponse | ProblemDetail | None:
    """Uploads one identity document image, such as a side of a passport or ID card.

    Args:
        body: ``BodyUploadKycDocument``: Multipart form that `upload_kyc_document` sends, which
            uploads one identity document image, such as a side of a passport or ID card.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | KYCDocumentUploadResponse | ProblemDetail

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
