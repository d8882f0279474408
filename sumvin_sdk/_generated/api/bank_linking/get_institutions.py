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
    from ...models.http_validation_error import HTTPValidationError
    from ...models.institution_list_response import InstitutionListResponse
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    *,
    region: str | Unset | None = UNSET,
    products: list[str] | Unset | None = UNSET,
    search: str | Unset | None = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_region: str | Unset | None
    if isinstance(region, Unset):
        json_region = UNSET
    else:
        json_region = region
    params["region"] = json_region

    json_products: list[str] | Unset | None
    if isinstance(products, Unset):
        json_products = UNSET
    elif isinstance(products, list):
        json_products = products

    else:
        json_products = products
    params["products"] = json_products

    json_search: str | Unset | None
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/bank-linking/institutions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | InstitutionListResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        InstitutionListResponse = _models.InstitutionListResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = InstitutionListResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | InstitutionListResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    region: str | Unset | None = UNSET,
    products: list[str] | Unset | None = UNSET,
    search: str | Unset | None = UNSET,
) -> Response[HTTPValidationError | InstitutionListResponse | ProblemDetail]:
    """Lists the banks and institutions that can be linked, filtered by region, products or name.

    Args:
        region: Only institutions in this region (country code).
        products: Only institutions that support all these data products.
        search: Text to match against institution names.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | InstitutionListResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        region=region,
        products=products,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    region: str | Unset | None = UNSET,
    products: list[str] | Unset | None = UNSET,
    search: str | Unset | None = UNSET,
) -> HTTPValidationError | InstitutionListResponse | ProblemDetail | None:
    """Lists the banks and institutions that can be linked, filtered by region, products or name.

    Args:
        region: Only institutions in this region (country code).
        products: Only institutions that support all these data products.
        search: Text to match against institution names.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | InstitutionListResponse | ProblemDetail

    """

    return sync_detailed(
        client=client,
        region=region,
        products=products,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    region: str | Unset | None = UNSET,
    products: list[str] | Unset | None = UNSET,
    search: str | Unset | None = UNSET,
) -> Response[HTTPValidationError | InstitutionListResponse | ProblemDetail]:
    """Lists the banks and institutions that can be linked, filtered by region, products or name.

    Args:
        region: Only institutions in this region (country code).
        products: Only institutions that support all these data products.
        search: Text to match against institution names.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | InstitutionListResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        region=region,
        products=products,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    region: str | Unset | None = UNSET,
    products: list[str] | Unset | None = UNSET,
    search: str | Unset | None = UNSET,
) -> HTTPValidationError | InstitutionListResponse | ProblemDetail | None:
    """Lists the banks and institutions that can be linked, filtered by region, products or name.

    Args:
        region: Only institutions in this region (country code).
        products: Only institutions that support all these data products.
        search: Text to match against institution names.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | InstitutionListResponse | ProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            region=region,
            products=products,
            search=search,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "region": Parameter(
        "region", "region", "query", required=False, shape=Shape(kinds=("string", "null")), format=None
    ),
    "products": Parameter(
        "products",
        "products",
        "query",
        required=False,
        shape=Shape(kinds=("array", "null"), items=Shape(kinds=("string",))),
        format=None,
    ),
    "search": Parameter(
        "search", "search", "query", required=False, shape=Shape(kinds=("string", "null")), format=None
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
