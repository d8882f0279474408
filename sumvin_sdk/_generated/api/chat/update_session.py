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
    from ...models.get_session_response import GetSessionResponse
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail
    from ...models.update_session_request import UpdateSessionRequest

    pass


def _get_kwargs(
    session_id: str,
    *,
    body: UpdateSessionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v0/chat/sessions/{session_id}".format(
            session_id=path_segment("session_id", session_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetSessionResponse | HTTPValidationError | ProblemDetail | None:
    if not TYPE_CHECKING:
        GetSessionResponse = _models.GetSessionResponse
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = GetSessionResponse.from_dict(loads(response.content))

        return response_200

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetSessionResponse | HTTPValidationError | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSessionRequest,
) -> Response[GetSessionResponse | HTTPValidationError | ProblemDetail]:
    """Changes a chat session, such as its title.

    Args:
        session_id: Id of the chat session.
        body: ``UpdateSessionRequest``: Body of `update_session`, which changes a chat session, such
            as its title.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[GetSessionResponse | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSessionRequest,
) -> GetSessionResponse | HTTPValidationError | ProblemDetail | None:
    """Changes a chat session, such as its title.

    Args:
        session_id: Id of the chat session.
        body: ``UpdateSessionRequest``: Body of `update_session`, which changes a chat session, such
            as its title.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        GetSessionResponse | HTTPValidationError | ProblemDetail

    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSessionRequest,
) -> Response[GetSessionResponse | HTTPValidationError | ProblemDetail]:
    """Changes a chat session, such as its title.

    Args:
        session_id: Id of the chat session.
        body: ``UpdateSessionRequest``: Body of `update_session`, which changes a chat session, such
            as its title.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[GetSessionResponse | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSessionRequest,
) -> GetSessionResponse | HTTPValidationError | ProblemDetail | None:
    """Changes a chat session, such as its title.

    Args:
        session_id: Id of the chat session.
        body: ``UpdateSessionRequest``: Body of `update_session`, which changes a chat session, such
            as its title.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        GetSessionResponse | HTTPValidationError | ProblemDetail

    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "session_id": Parameter(
        "session_id", "session_id", "path", required=True, shape=Shape(kinds=("string",)), format=None
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
