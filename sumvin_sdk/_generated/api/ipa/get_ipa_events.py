from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from sumvin_sdk._json import loads
from sumvin_sdk._paths import path_segment

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...parameters import Limits, Parameter, Shape
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.http_validation_error import HTTPValidationError
    from ...models.ipa_event_type import IPAEventType
    from ...models.ipa_events_response import IPAEventsResponse
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    ipa_id: str,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    event_type: IPAEventType | Unset | None = UNSET,
) -> dict[str, Any]:
    if not TYPE_CHECKING:
        IPAEventType = _models.IPAEventType

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    json_event_type: str | Unset | None
    if isinstance(event_type, Unset):
        json_event_type = UNSET
    elif isinstance(event_type, IPAEventType):
        json_event_type = IPAEventType(event_type).value
    else:
        json_event_type = event_type
    params["event_type"] = json_event_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/user/ipa/{ipa_id}/events".format(
            ipa_id=path_segment("ipa_id", ipa_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | IPAEventsResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        IPAEventsResponse = _models.IPAEventsResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = IPAEventsResponse.from_dict(loads(response.content))

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
) -> Response[HTTPValidationError | IPAEventsResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ipa_id: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    event_type: IPAEventType | Unset | None = UNSET,
) -> Response[HTTPValidationError | IPAEventsResponse | ProblemDetail]:
    """Lists what happened on an errand, oldest first, a page at a time, optionally one kind of event.

    Args:
        ipa_id: Id of the errand (IPA).
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).
        event_type: Only events of this type.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | IPAEventsResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        ipa_id=ipa_id,
        offset=offset,
        limit=limit,
        event_type=event_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ipa_id: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    event_type: IPAEventType | Unset | None = UNSET,
) -> HTTPValidationError | IPAEventsResponse | ProblemDetail | None:
    """Lists what happened on an errand, oldest first, a page at a time, optionally one kind of event.

    Args:
        ipa_id: Id of the errand (IPA).
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).
        event_type: Only events of this type.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | IPAEventsResponse | ProblemDetail

    """

    return sync_detailed(
        ipa_id=ipa_id,
        client=client,
        offset=offset,
        limit=limit,
        event_type=event_type,
    ).parsed


async def asyncio_detailed(
    ipa_id: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    event_type: IPAEventType | Unset | None = UNSET,
) -> Response[HTTPValidationError | IPAEventsResponse | ProblemDetail]:
    """Lists what happened on an errand, oldest first, a page at a time, optionally one kind of event.

    Args:
        ipa_id: Id of the errand (IPA).
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).
        event_type: Only events of this type.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | IPAEventsResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        ipa_id=ipa_id,
        offset=offset,
        limit=limit,
        event_type=event_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ipa_id: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    event_type: IPAEventType | Unset | None = UNSET,
) -> HTTPValidationError | IPAEventsResponse | ProblemDetail | None:
    """Lists what happened on an errand, oldest first, a page at a time, optionally one kind of event.

    Args:
        ipa_id: Id of the errand (IPA).
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).
        event_type: Only events of this type.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | IPAEventsResponse | ProblemDetail

    """

    return (
        await asyncio_detailed(
            ipa_id=ipa_id,
            client=client,
            offset=offset,
            limit=limit,
            event_type=event_type,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "ipa_id": Parameter("ipa_id", "ipa_id", "path", required=True, shape=Shape(kinds=("string",)), format=None),
    "offset": Parameter(
        "offset",
        "offset",
        "query",
        required=False,
        shape=Shape(kinds=("integer",), limits=Limits(minimum=0)),
        format=None,
    ),
    "limit": Parameter(
        "limit",
        "limit",
        "query",
        required=False,
        shape=Shape(kinds=("integer",), limits=Limits(maximum=100, minimum=1)),
        format=None,
    ),
    "event_type": Parameter(
        "event_type",
        "event_type",
        "query",
        required=False,
        shape=Shape(
            kinds=("string", "null"),
            values=(
                "ipa.status_change",
                "ipa.clarification_sent",
                "ipa.clarification_received",
                "ipa.approval_requested",
                "ipa.approval_received",
                "ipa.workflow_started",
                "ipa.workflow_completed",
                "ipa.workflow_failed",
                "ipa.cancelled",
                "ipa.workflow_resumed",
                "ipa.monitor_started",
                "ipa.price_checked",
                "ipa.conditions_met",
                "ipa.monitor_expired",
                "ipa.monitor_reentry",
                "ipa.pint_linked",
                "ipa.card_instruction_opened",
                "ipa.mandate_revoked",
            ),
            enum="IPAEventType",
        ),
        format=None,
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
