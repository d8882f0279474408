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
    from ...models.http_validation_error import HTTPValidationError
    from ...models.onboarding_steps_response import OnboardingStepsResponse
    from ...models.problem_detail import ProblemDetail
    from ...models.submit_onboarding_step_request import SubmitOnboardingStepRequest

    pass


def _get_kwargs(
    *,
    body: SubmitOnboardingStepRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/user/me/onboarding/steps",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | OnboardingStepsResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        OnboardingStepsResponse = _models.OnboardingStepsResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = OnboardingStepsResponse.from_dict(loads(response.content))

        return response_200

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
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if response.status_code == 502:
        response_502 = ProblemDetail.from_dict(loads(response.content))

        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | OnboardingStepsResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitOnboardingStepRequest,
) -> Response[HTTPValidationError | OnboardingStepsResponse | ProblemDetail]:
    """Records the user's answer to one onboarding step and returns the updated list of steps.

    Args:
        body: ``SubmitOnboardingStepRequest``: Body of `submit_onboarding_step`, which records the
            user's answer to one onboarding step and returns the updated list of steps.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | OnboardingStepsResponse | ProblemDetail]

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
    body: SubmitOnboardingStepRequest,
) -> HTTPValidationError | OnboardingStepsResponse | ProblemDetail | None:
    """Records the user's answer to one onboarding step and returns the updated list of steps.

    Args:
        body: ``SubmitOnboardingStepRequest``: Body of `submit_onboarding_step`, which records the
            user's answer to one onboarding step and returns the updated list of steps.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | OnboardingStepsResponse | ProblemDetail

    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitOnboardingStepRequest,
) -> Response[HTTPValidationError | OnboardingStepsResponse | ProblemDetail]:
    """Records the user's answer to one onboarding step and returns the updated list of steps.

    Args:
        body: ``SubmitOnboardingStepRequest``: Body of `submit_onboarding_step`, which records the
            user's answer to one onboarding step and returns the updated list of steps.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | OnboardingStepsResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SubmitOnboardingStepRequest,
) -> HTTPValidationError | OnboardingStepsResponse | ProblemDetail | None:
    """Records the user's answer to one onboarding step and returns the updated list of steps.

    Args:
        body: ``SubmitOnboardingStepRequest``: Body of `submit_onboarding_step`, which records the
            user's answer to one onboarding step and returns the updated list of steps.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | OnboardingStepsResponse | ProblemDetail

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
