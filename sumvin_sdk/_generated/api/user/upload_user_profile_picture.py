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
    from ...models.body_upload_user_profile_picture import BodyUploadUserProfilePicture
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail
    from ...models.profile_picture_response import ProfilePictureResponse

    pass


def _get_kwargs(
    *,
    body: BodyUploadUserProfilePicture,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v0/user/me/profile-picture",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ProblemDetail | ProfilePictureResponse | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
        ProfilePictureResponse = _models.ProfilePictureResponse
    if response.status_code == 200:
        response_200 = ProfilePictureResponse.from_dict(loads(response.content))

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
) -> Response[HTTPValidationError | ProblemDetail | ProfilePictureResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyUploadUserProfilePicture,
) -> Response[HTTPValidationError | ProblemDetail | ProfilePictureResponse]:
    """Uploads an image file as the user's profile picture, replacing any previous one.

    Args:
        body: ``BodyUploadUserProfilePicture``: Multipart form that `upload_user_profile_picture`
            sends, which uploads an image file as the user's profile picture, replacing any previous
            one.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | ProfilePictureResponse]

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
    body: BodyUploadUserProfilePicture,
) -> HTTPValidationError | ProblemDetail | ProfilePictureResponse | None:
    """Uploads an image file as the user's profile picture, replacing any previous one.

    Args:
        body: ``BodyUploadUserProfilePicture``: Multipart form that `upload_user_profile_picture`
            sends, which uploads an image file as the user's profile picture, replacing any previous
            one.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | ProfilePictureResponse

    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyUploadUserProfilePicture,
) -> Response[HTTPValidationError | ProblemDetail | ProfilePictureResponse]:
    """Uploads an image file as the user's profile picture, replacing any previous one.

    Args:
        body: ``BodyUploadUserProfilePicture``: Multipart form that `upload_user_profile_picture`
            sends, which uploads an image file as the user's profile picture, replacing any previous
            one.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | ProfilePictureResponse]

    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyUploadUserProfilePicture,
) -> HTTPValidationError | ProblemDetail | ProfilePictureResponse | None:
    """Uploads an image file as the user's profile picture, replacing any previous one.

    Args:
        body: ``BodyUploadUserProfilePicture``: Multipart form that `upload_user_profile_picture`
            sends, which uploads an image file as the user's profile picture, replacing any previous
            one.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | ProfilePictureResponse

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
