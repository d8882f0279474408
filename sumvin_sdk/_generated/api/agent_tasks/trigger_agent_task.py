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
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail
    from ...models.trigger_agent_task_request import TriggerAgentTaskRequest
    from ...models.trigger_agent_task_response import TriggerAgentTaskResponse

    pass


def _get_kwargs(
    user_strategy_id: str,
    *,
    body: TriggerAgentTaskRequest | Unset | None = UNSET,
    idempotency_key: str | Unset | None = UNSET,
) -> dict[str, Any]:
    if not TYPE_CHECKING:
        TriggerAgentTaskRequest = _models.TriggerAgentTaskRequest
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/user/strategies/{user_strategy_id}/tasks/".format(
            user_strategy_id=path_segment("user_strategy_id", user_strategy_id),
        ),
    }

    if not isinstance(body, Unset):
        if isinstance(body, TriggerAgentTaskRequest):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ProblemDetail | TriggerAgentTaskResponse | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
        TriggerAgentTaskResponse = _models.TriggerAgentTaskResponse
    if response.status_code == 200:
        response_200 = TriggerAgentTaskResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = TriggerAgentTaskResponse.from_dict(loads(response.content))

        return response_201

    if response.status_code == 202:
        response_202 = TriggerAgentTaskResponse.from_dict(loads(response.content))

        return response_202

    if response.status_code == 207:
        response_207 = TriggerAgentTaskResponse.from_dict(loads(response.content))

        return response_207

    if response.status_code == 208:
        response_208 = TriggerAgentTaskResponse.from_dict(loads(response.content))

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

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | ProblemDetail | TriggerAgentTaskResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_strategy_id: str,
    *,
    client: AuthenticatedClient,
    body: TriggerAgentTaskRequest | Unset | None = UNSET,
    idempotency_key: str | Unset | None = UNSET,
) -> Response[HTTPValidationError | ProblemDetail | TriggerAgentTaskResponse]:
    """Starts an agent task for one of the user's strategies now, instead of waiting for its schedule
    or event.

    Args:
        user_strategy_id: Id of the user's enabled strategy.
        body: ``None | TriggerAgentTaskRequest``: the request body
        idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome instead of
            acting twice.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | TriggerAgentTaskResponse]

    """

    kwargs = _get_kwargs(
        user_strategy_id=user_strategy_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_strategy_id: str,
    *,
    client: AuthenticatedClient,
    body: TriggerAgentTaskRequest | Unset | None = UNSET,
    idempotency_key: str | Unset | None = UNSET,
) -> HTTPValidationError | ProblemDetail | TriggerAgentTaskResponse | None:
    """Starts an agent task for one of the user's strategies now, instead of waiting for its schedule
    or event.

    Args:
        user_strategy_id: Id of the user's enabled strategy.
        body: ``None | TriggerAgentTaskRequest``: the request body
        idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome instead of
            acting twice.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | TriggerAgentTaskResponse

    """

    return sync_detailed(
        user_strategy_id=user_strategy_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    user_strategy_id: str,
    *,
    client: AuthenticatedClient,
    body: TriggerAgentTaskRequest | Unset | None = UNSET,
    idempotency_key: str | Unset | None = UNSET,
) -> Response[HTTPValidationError | ProblemDetail | TriggerAgentTaskResponse]:
    """Starts an agent task for one of the user's strategies now, instead of waiting for its schedule
    or event.

    Args:
        user_strategy_id: Id of the user's enabled strategy.
        body: ``None | TriggerAgentTaskRequest``: the request body
        idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome instead of
            acting twice.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | TriggerAgentTaskResponse]

    """

    kwargs = _get_kwargs(
        user_strategy_id=user_strategy_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_strategy_id: str,
    *,
    client: AuthenticatedClient,
    body: TriggerAgentTaskRequest | Unset | None = UNSET,
    idempotency_key: str | Unset | None = UNSET,
) -> HTTPValidationError | ProblemDetail | TriggerAgentTaskResponse | None:
    """Starts an agent task for one of the user's strategies now, instead of waiting for its schedule
    or event.

    Args:
        user_strategy_id: Id of the user's enabled strategy.
        body: ``None | TriggerAgentTaskRequest``: the request body
        idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome instead of
            acting twice.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | TriggerAgentTaskResponse

    """

    return (
        await asyncio_detailed(
            user_strategy_id=user_strategy_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "user_strategy_id": Parameter(
        "user_strategy_id", "user_strategy_id", "path", required=True, shape=Shape(kinds=("string",)), format=None
    ),
    "idempotency_key": Parameter(
        "Idempotency-Key",
        "idempotency_key",
        "header",
        required=False,
        shape=Shape(kinds=("string", "null")),
        format=None,
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
