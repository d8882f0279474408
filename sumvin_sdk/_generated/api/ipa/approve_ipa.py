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
    from ...models.approve_ipa_request import ApproveIPARequest
    from ...models.ipa_detail_response import IPADetailResponse
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    ipa_id: str,
    *,
    body: ApproveIPARequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v0/user/ipa/{ipa_id}/decision".format(
            ipa_id=path_segment("ipa_id", ipa_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IPADetailResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        IPADetailResponse = _models.IPADetailResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = IPADetailResponse.from_dict(loads(response.content))

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

    if response.status_code == 409:
        response_409 = ProblemDetail.from_dict(loads(response.content))

        return response_409

    if response.status_code == 422:
        response_422 = ProblemDetail.from_dict(loads(response.content))

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
) -> Response[IPADetailResponse | ProblemDetail]:
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
    body: ApproveIPARequest,
) -> Response[IPADetailResponse | ProblemDetail]:
    """Approves (with a signed mandate) or declines the purchase an errand proposes.

    Args:
        ipa_id: Id of the errand (IPA).
        body: ``ApproveIPARequest``: Body of `approve_ipa`, which approves (with a signed mandate) or
            declines the purchase an errand proposes.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[IPADetailResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        ipa_id=ipa_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ipa_id: str,
    *,
    client: AuthenticatedClient,
    body: ApproveIPARequest,
) -> IPADetailResponse | ProblemDetail | None:
    """Approves (with a signed mandate) or declines the purchase an errand proposes.

    Args:
        ipa_id: Id of the errand (IPA).
        body: ``ApproveIPARequest``: Body of `approve_ipa`, which approves (with a signed mandate) or
            declines the purchase an errand proposes.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        IPADetailResponse | ProblemDetail

    """

    return sync_detailed(
        ipa_id=ipa_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    ipa_id: str,
    *,
    client: AuthenticatedClient,
    body: ApproveIPARequest,
) -> Response[IPADetailResponse | ProblemDetail]:
    """Approves (with a signed mandate) or declines the purchase an errand proposes.

    Args:
        ipa_id: Id of the errand (IPA).
        body: ``ApproveIPARequest``: Body of `approve_ipa`, which approves (with a signed mandate) or
            declines the purchase an errand proposes.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[IPADetailResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        ipa_id=ipa_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ipa_id: str,
    *,
    client: AuthenticatedClient,
    body: ApproveIPARequest,
) -> IPADetailResponse | ProblemDetail | None:
    """Approves (with a signed mandate) or declines the purchase an errand proposes.

    Args:
        ipa_id: Id of the errand (IPA).
        body: ``ApproveIPARequest``: Body of `approve_ipa`, which approves (with a signed mandate) or
            declines the purchase an errand proposes.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        IPADetailResponse | ProblemDetail

    """

    return (
        await asyncio_detailed(
            ipa_id=ipa_id,
            client=client,
            body=body,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "ipa_id": Parameter("ipa_id", "ipa_id", "path", required=True, shape=Shape(kinds=("string",)), format=None),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
