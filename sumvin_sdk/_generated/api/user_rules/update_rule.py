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
    from ...models.problem_detail import ProblemDetail
    from ...models.rule_response import RuleResponse
    from ...models.update_rule_request import UpdateRuleRequest

    pass


def _get_kwargs(
    rule_id: str,
    *,
    body: UpdateRuleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v0/user/rules/{rule_id}".format(
            rule_id=path_segment("rule_id", rule_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ProblemDetail | RuleResponse | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
        RuleResponse = _models.RuleResponse
    if response.status_code == 200:
        response_200 = RuleResponse.from_dict(loads(response.content))

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | ProblemDetail | RuleResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    rule_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateRuleRequest,
) -> Response[HTTPValidationError | ProblemDetail | RuleResponse]:
    """Changes a rule's name, text, target or priority; members left out stay as they are.

    Args:
        rule_id: Id of the rule, as `list_rules` gives it.
        body: ``UpdateRuleRequest``: Body of `update_rule`, which changes a rule's name, text, target
            or priority; members left out stay as they are.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | RuleResponse]

    """

    kwargs = _get_kwargs(
        rule_id=rule_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    rule_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateRuleRequest,
) -> HTTPValidationError | ProblemDetail | RuleResponse | None:
    """Changes a rule's name, text, target or priority; members left out stay as they are.

    Args:
        rule_id: Id of the rule, as `list_rules` gives it.
        body: ``UpdateRuleRequest``: Body of `update_rule`, which changes a rule's name, text, target
            or priority; members left out stay as they are.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | RuleResponse

    """

    return sync_detailed(
        rule_id=rule_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    rule_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateRuleRequest,
) -> Response[HTTPValidationError | ProblemDetail | RuleResponse]:
    """Changes a rule's name, text, target or priority; members left out stay as they are.

    Args:
        rule_id: Id of the rule, as `list_rules` gives it.
        body: ``UpdateRuleRequest``: Body of `update_rule`, which changes a rule's name, text, target
            or priority; members left out stay as they are.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | RuleResponse]

    """

    kwargs = _get_kwargs(
        rule_id=rule_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    rule_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateRuleRequest,
) -> HTTPValidationError | ProblemDetail | RuleResponse | None:
    """Changes a rule's name, text, target or priority; members left out stay as they are.

    Args:
        rule_id: Id of the rule, as `list_rules` gives it.
        body: ``UpdateRuleRequest``: Body of `update_rule`, which changes a rule's name, text, target
            or priority; members left out stay as they are.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | RuleResponse

    """

    return (
        await asyncio_detailed(
            rule_id=rule_id,
            client=client,
            body=body,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "rule_id": Parameter("rule_id", "rule_id", "path", required=True, shape=Shape(kinds=("string",)), format=None),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
