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
    from ...models.body_upload_chat_attachment import BodyUploadChatAttachment
    from ...models.chat_attachment_response import ChatAttachmentResponse
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    *,
    body: BodyUploadChatAttachment,
    session_id: str | Unset | None = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_session_id: str | Unset | None
    if isinstance(session_id, Unset):
        json_session_id = UNSET
    else:
        json_session_id = session_id
    params["session_id"] = json_session_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/chat/attachments",
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatAttachmentResponse | HTTPValidationError | ProblemDetail | None:
    if not TYPE_CHECKING:
        ChatAttachmentResponse = _models.ChatAttachmentResponse
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 201:
        response_201 = ChatAttachmentResponse.from_dict(loads(response.content))

        return response_201

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 413:
        response_413 = ProblemDetail.from_dict(loads(response.content))

        return response_413

    if response.status_code == 415:
        response_415 = ProblemDetail.from_dict(loads(response.content))

        return response_415

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
) -> Response[ChatAttachmentResponse | HTTPValidationError | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyUploadChatAttachment,
    session_id: str | Unset | None = UNSET,
) -> Response[ChatAttachmentResponse | HTTPValidationError | ProblemDetail]:
    """Uploads a file to attach to chat messages, optionally tied to one session.

    Args:
        body: ``BodyUploadChatAttachment``: Multipart form that `upload_chat_attachment` sends, which
            uploads a file to attach to chat messages, optionally tied to one session.
        session_id: Chat session to attach the file to, if any.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[ChatAttachmentResponse | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        body=body,
        session_id=session_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyUploadChatAttachment,
    session_id: str | Unset | None = UNSET,
) -> ChatAttachmentResponse | HTTPValidationError | ProblemDetail | None:
    """Uploads a file to attach to chat messages, optionally tied to one session.

    Args:
        body: ``BodyUploadChatAttachment``: Multipart form that `upload_chat_attachment` sends, which
            uploads a file to attach to chat messages, optionally tied to one session.
        session_id: Chat session to attach the file to, if any.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        ChatAttachmentResponse | HTTPValidationError | ProblemDetail

    """

    return sync_detailed(
        client=client,
        body=body,
        session_id=session_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyUploadChatAttachment,
    session_id: str | Unset | None = UNSET,
) -> Response[ChatAttachmentResponse | HTTPValidationError | ProblemDetail]:
    """Uploads a file to attach to chat messages, optionally tied to one session.

    Args:
        body: ``BodyUploadChatAttachment``: Multipart form that `upload_chat_attachment` sends, which
            uploads a file to attach to chat messages, optionally tied to one session.
        session_id: Chat session to attach the file to, if any.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[ChatAttachmentResponse | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        body=body,
        session_id=session_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyUploadChatAttachment,
    session_id: str | Unset | None = UNSET,
) -> ChatAttachmentResponse | HTTPValidationError | ProblemDetail | None:
    """Uploads a file to attach to chat messages, optionally tied to one session.

    Args:
        body: ``BodyUploadChatAttachment``: Multipart form that `upload_chat_attachment` sends, which
            uploads a file to attach to chat messages, optionally tied to one session.
        session_id: Chat session to attach the file to, if any.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        ChatAttachmentResponse | HTTPValidationError | ProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            session_id=session_id,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "session_id": Parameter(
        "session_id", "session_id", "query", required=False, shape=Shape(kinds=("string", "null")), format=None
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
