from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from sumvin_sdk._json import loads

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...parameters import Limits, Parameter, Shape
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.agent_create_2_submission import AgentCreate2Submission
    from ...models.byo_submission import BYOSubmission
    from ...models.http_validation_error import HTTPValidationError
    from ...models.onboarding_safe_response import OnboardingSafeResponse
    from ...models.problem_detail import ProblemDetail
    from ...models.user_signed_deploy_submission import UserSignedDeploySubmission

    pass


def _get_kwargs(
    *,
    body: AgentCreate2Submission | BYOSubmission | UserSignedDeploySubmission,
    idempotency_key: str | Unset | None = UNSET,
) -> dict[str, Any]:
    if not TYPE_CHECKING:
        BYOSubmission = _models.BYOSubmission
        UserSignedDeploySubmission = _models.UserSignedDeploySubmission
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/user/me/onboarding/safe",
    }

    if isinstance(body, BYOSubmission) or isinstance(body, UserSignedDeploySubmission):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | OnboardingSafeResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        OnboardingSafeResponse = _models.OnboardingSafeResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = OnboardingSafeResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 202:
        response_202 = OnboardingSafeResponse.from_dict(loads(response.content))

        return response_202

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 208:
        response_208 = OnboardingSafeResponse.from_dict(loads(response.content))

        return response_208

    if response.status_code == 400:
        response_400 = ProblemDetail.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 409:
        response_409 = ProblemDetail.from_dict(loads(response.content))

        return response_409

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if response.status_code == 502:
        response_502 = ProblemDetail.from_dict(loads(response.content))

        return response_502

    if response.status_code == 503:
        response_503 = ProblemDetail.from_dict(loads(response.content))

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | HTTPValidationError | OnboardingSafeResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AgentCreate2Submission | BYOSubmission | UserSignedDeploySubmission,
    idempotency_key: str | Unset | None = UNSET,
) -> Response[Any | HTTPValidationError | OnboardingSafeResponse | ProblemDetail]:
    """Submits the user-signed deployment of the onboarding Safe; replays with the same Idempotency-Key
    return the first result.

    Args:
        body: ``AgentCreate2Submission | BYOSubmission | UserSignedDeploySubmission``: Body of
            `submit_onboarding_safe`, which submits the user-signed deployment of the onboarding
            Safe; replays with the same Idempotency-Key return the first result.
        idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome instead of
            acting twice.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[Any | HTTPValidationError | OnboardingSafeResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: AgentCreate2Submission | BYOSubmission | UserSignedDeploySubmission,
    idempotency_key: str | Unset | None = UNSET,
) -> Any | HTTPValidationError | OnboardingSafeResponse | ProblemDetail | None:
    """Submits the user-signed deployment of the onboarding Safe; replays with the same Idempotency-Key
    return the first result.

    Args:
        body: ``AgentCreate2Submission | BYOSubmission | UserSignedDeploySubmission``: Body of
            `submit_onboarding_safe`, which submits the user-signed deployment of the onboarding
            Safe; replays with the same Idempotency-Key return the first result.
        idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome instead of
            acting twice.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Any | HTTPValidationError | OnboardingSafeResponse | ProblemDetail

    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AgentCreate2Submission | BYOSubmission | UserSignedDeploySubmission,
    idempotency_key: str | Unset | None = UNSET,
) -> Response[Any | HTTPValidationError | OnboardingSafeResponse | ProblemDetail]:
    """Submits the user-signed deployment of the onboarding Safe; replays with the same Idempotency-Key
    return the first result.

    Args:
        body: ``AgentCreate2Submission | BYOSubmission | UserSignedDeploySubmission``: Body of
            `submit_onboarding_safe`, which submits the user-signed deployment of the onboarding
            Safe; replays with the same Idempotency-Key return the first result.
        idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome instead of
            acting twice.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[Any | HTTPValidationError | OnboardingSafeResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AgentCreate2Submission | BYOSubmission | UserSignedDeploySubmission,
    idempotency_key: str | Unset | None = UNSET,
) -> Any | HTTPValidationError | OnboardingSafeResponse | ProblemDetail | None:
    """Submits the user-signed deployment of the onboarding Safe; replays with the same Idempotency-Key
    return the first result.

    Args:
        body: ``AgentCreate2Submission | BYOSubmission | UserSignedDeploySubmission``: Body of
            `submit_onboarding_safe`, which submits the user-signed deployment of the onboarding
            Safe; replays with the same Idempotency-Key return the first result.
        idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome instead of
            acting twice.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Any | HTTPValidationError | OnboardingSafeResponse | ProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "idempotency_key": Parameter(
        "Idempotency-Key",
        "idempotency_key",
        "header",
        required=False,
        shape=Shape(kinds=("string", "null"), limits=Limits(max_length=255)),
        format=None,
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
