"""Operations tagged `connectors`: one module per operation, and the resource classes
``Sumvin.connectors`` and ``AsyncSumvin.connectors`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ...models.connector_detail_response import ConnectorDetailResponse
    from ...models.connector_list_response import ConnectorListResponse
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/connectors/"): "list_connectors",
    ("get", "/v0/connectors/{connector_id}"): "get_connector",
}


class ConnectorsResource:
    """Operations tagged `connectors`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_connectors(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ConnectorListResponse:
        """Lists the third-party services the user can connect.

        ``GET /v0/connectors/``

        Returns:
            ConnectorListResponse: What `list_connectors` returns; it lists the third-party services the user can connect.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_connectors")

        return cast(
            "ConnectorListResponse",
            self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def get_connector(
        self,
        connector_id: str,
        *,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ConnectorDetailResponse:
        """Returns one connector, optionally with the tools it provides.

        ``GET /v0/connectors/{connector_id}``

        Args:
            connector_id: Id of the connector, as `list_connectors` gives it.
            expand: Related data to embed: `tools`.

        Returns:
            ConnectorDetailResponse: What `get_connector` returns: one connector, optionally with the tools it provides.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_connector")

        return cast(
            "ConnectorDetailResponse",
            self._caller.call(
                endpoint,
                {"connector_id": connector_id, "expand": expand},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class ConnectorsResourceWithRawResponse:
    """``ConnectorsResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = ConnectorsResource(caller)
        self.list_connectors = raw_response(resource.list_connectors)
        self.get_connector = raw_response(resource.get_connector)


class AsyncConnectorsResource:
    """Operations tagged `connectors`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_connectors(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ConnectorListResponse:
        """Lists the third-party services the user can connect.

        ``GET /v0/connectors/``

        Returns:
            ConnectorListResponse: What `list_connectors` returns; it lists the third-party services the user can connect.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_connectors")

        return cast(
            "ConnectorListResponse",
            await self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def get_connector(
        self,
        connector_id: str,
        *,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ConnectorDetailResponse:
        """Returns one connector, optionally with the tools it provides.

        ``GET /v0/connectors/{connector_id}``

        Args:
            connector_id: Id of the connector, as `list_connectors` gives it.
            expand: Related data to embed: `tools`.

        Returns:
            ConnectorDetailResponse: What `get_connector` returns: one connector, optionally with the tools it provides.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_connector")

        return cast(
            "ConnectorDetailResponse",
            await self._caller.call(
                endpoint,
                {"connector_id": connector_id, "expand": expand},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncConnectorsResourceWithRawResponse:
    """``AsyncConnectorsResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncConnectorsResource(caller)
        self.list_connectors = async_raw_response(resource.list_connectors)
        self.get_connector = async_raw_response(resource.get_connector)
