"""Operations tagged `user_connectors`: one module per operation, and the resource classes
``Sumvin.user_connectors`` and ``AsyncSumvin.user_connectors`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ...models.connect_service_request import ConnectServiceRequest, ConnectServiceRequestDict
    from ...models.update_user_connector_request import UpdateUserConnectorRequest, UpdateUserConnectorRequestDict
    from ...models.user_connector_list_response import UserConnectorListResponse
    from ...models.user_connector_response import UserConnectorResponse
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/user/connectors/"): "list_user_connectors",
    ("post", "/v0/user/connectors/"): "connect_service",
    ("get", "/v0/user/connectors/{user_connector_id}"): "get_user_connector",
    ("delete", "/v0/user/connectors/{user_connector_id}"): "disconnect_service",
    ("patch", "/v0/user/connectors/{user_connector_id}"): "update_user_connector",
}


class UserConnectorsResource:
    """Operations tagged `user_connectors`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_user_connectors(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UserConnectorListResponse:
        """Lists the services the user has connected.

        ``GET /v0/user/connectors/``

        Returns:
            UserConnectorListResponse: What `list_user_connectors` returns; it lists the services the user has connected.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_user_connectors")

        return cast(
            "UserConnectorListResponse",
            self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def connect_service(
        self,
        *,
        body: ConnectServiceRequest | ConnectServiceRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UserConnectorResponse:
        """Connects a service for the user with the credentials or authorisation it needs.

        ``POST /v0/user/connectors/``

        Args:
            body: ``ConnectServiceRequest``: Body of `connect_service`, which connects a service for the
                user with the credentials or authorisation it needs.

        Returns:
            UserConnectorResponse: What `connect_service`, `get_user_connector` and `update_user_connector` return: a user
                connector.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "connect_service")

        return cast(
            "UserConnectorResponse",
            self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def get_user_connector(
        self,
        user_connector_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UserConnectorResponse:
        """Returns one of the user's connected services.

        ``GET /v0/user/connectors/{user_connector_id}``

        Args:
            user_connector_id: Id of the user's connected service.

        Returns:
            UserConnectorResponse: What `connect_service`, `get_user_connector` and `update_user_connector` return: a user
                connector.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_user_connector")

        return cast(
            "UserConnectorResponse",
            self._caller.call(
                endpoint,
                {"user_connector_id": user_connector_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def disconnect_service(
        self,
        user_connector_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Disconnects one of the user's services and forgets its credentials.

        ``DELETE /v0/user/connectors/{user_connector_id}``

        Args:
            user_connector_id: Id of the user's connected service.

        Returns:
            None: Nothing: the API answers 204 with no body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "disconnect_service")

        return cast(
            "None",
            self._caller.call(
                endpoint,
                {"user_connector_id": user_connector_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def update_user_connector(
        self,
        user_connector_id: str,
        *,
        body: UpdateUserConnectorRequest | UpdateUserConnectorRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UserConnectorResponse:
        """Changes the settings or credentials of one of the user's connected services.

        ``PATCH /v0/user/connectors/{user_connector_id}``

        Args:
            user_connector_id: Id of the user's connected service.
            body: ``UpdateUserConnectorRequest``: Body of `update_user_connector`, which changes the
                settings or credentials of one of the user's connected services.

        Returns:
            UserConnectorResponse: What `connect_service`, `get_user_connector` and `update_user_connector` return: a user
                connector.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "update_user_connector")

        return cast(
            "UserConnectorResponse",
            self._caller.call(
                endpoint,
                {"user_connector_id": user_connector_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class UserConnectorsResourceWithRawResponse:
    """``UserConnectorsResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = UserConnectorsResource(caller)
        self.list_user_connectors = raw_response(resource.list_user_connectors)
        self.connect_service = raw_response(resource.connect_service)
        self.get_user_connector = raw_response(resource.get_user_connector)
        self.disconnect_service = raw_response(resource.disconnect_service)
        self.update_user_connector = raw_response(resource.update_user_connector)


class AsyncUserConnectorsResource:
    """Operations tagged `user_connectors`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_user_connectors(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UserConnectorListResponse:
        """Lists the services the user has connected.

        ``GET /v0/user/connectors/``

        Returns:
            UserConnectorListResponse: What `list_user_connectors` returns; it lists the services the user has connected.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_user_connectors")

        return cast(
            "UserConnectorListResponse",
            await self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def connect_service(
        self,
        *,
        body: ConnectServiceRequest | ConnectServiceRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UserConnectorResponse:
        """Connects a service for the user with the credentials or authorisation it needs.

        ``POST /v0/user/connectors/``

        Args:
            body: ``ConnectServiceRequest``: Body of `connect_service`, which connects a service for the
                user with the credentials or authorisation it needs.

        Returns:
            UserConnectorResponse: What `connect_service`, `get_user_connector` and `update_user_connector` return: a user
                connector.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "connect_service")

        return cast(
            "UserConnectorResponse",
            await self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def get_user_connector(
        self,
        user_connector_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UserConnectorResponse:
        """Returns one of the user's connected services.

        ``GET /v0/user/connectors/{user_connector_id}``

        Args:
            user_connector_id: Id of the user's connected service.

        Returns:
            UserConnectorResponse: What `connect_service`, `get_user_connector` and `update_user_connector` return: a user
                connector.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_user_connector")

        return cast(
            "UserConnectorResponse",
            await self._caller.call(
                endpoint,
                {"user_connector_id": user_connector_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def disconnect_service(
        self,
        user_connector_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Disconnects one of the user's services and forgets its credentials.

        ``DELETE /v0/user/connectors/{user_connector_id}``

        Args:
            user_connector_id: Id of the user's connected service.

        Returns:
            None: Nothing: the API answers 204 with no body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "disconnect_service")

        return cast(
            "None",
            await self._caller.call(
                endpoint,
                {"user_connector_id": user_connector_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def update_user_connector(
        self,
        user_connector_id: str,
        *,
        body: UpdateUserConnectorRequest | UpdateUserConnectorRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UserConnectorResponse:
        """Changes the settings or credentials of one of the user's connected services.

        ``PATCH /v0/user/connectors/{user_connector_id}``

        Args:
            user_connector_id: Id of the user's connected service.
            body: ``UpdateUserConnectorRequest``: Body of `update_user_connector`, which changes the
                settings or credentials of one of the user's connected services.

        Returns:
            UserConnectorResponse: What `connect_service`, `get_user_connector` and `update_user_connector` return: a user
                connector.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "update_user_connector")

        return cast(
            "UserConnectorResponse",
            await self._caller.call(
                endpoint,
                {"user_connector_id": user_connector_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncUserConnectorsResourceWithRawResponse:
    """``AsyncUserConnectorsResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncUserConnectorsResource(caller)
        self.list_user_connectors = async_raw_response(resource.list_user_connectors)
        self.connect_service = async_raw_response(resource.connect_service)
        self.get_user_connector = async_raw_response(resource.get_user_connector)
        self.disconnect_service = async_raw_response(resource.disconnect_service)
        self.update_user_connector = async_raw_response(resource.update_user_connector)
