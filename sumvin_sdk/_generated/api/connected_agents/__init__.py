"""Operations tagged `connected_agents`: one module per operation, and the resource classes
``Sumvin.connected_agents`` and ``AsyncSumvin.connected_agents`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Literal

    import httpx

    from ...models.agent_identity_list_response import AgentIdentityListResponse
    from ...models.agent_identity_status import AgentIdentityStatus
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/agent-identities"): "list_agent_identities",
    ("delete", "/v0/agent-identities/{external_id}"): "revoke_agent_identity",
}


class ConnectedAgentsResource:
    """Operations tagged `connected_agents`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_agent_identities(
        self,
        *,
        status: AgentIdentityStatus | Literal["pending", "active", "failed", "retired"] | Unset | None = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 50,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AgentIdentityListResponse:
        """Lists the agents connected to the user's account, optionally by state; only the account owner
        may call it, not an agent acting for them.

        ``GET /v0/agent-identities``

        Args:
            status: Only agent connections in this state.
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 50 by default).

        Returns:
            AgentIdentityListResponse: What `list_agent_identities` returns; it lists the agents connected to the user's
                account, optionally by state; only the account owner may call it, not an agent acting
                for them.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_agent_identities")

        return cast(
            "AgentIdentityListResponse",
            self._caller.call(
                endpoint,
                {"status": status, "offset": offset, "limit": limit},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def revoke_agent_identity(
        self,
        external_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Disconnects an agent from the user's account and disables its key; a no-op when already
        disconnected; only the account owner may call it.

        ``DELETE /v0/agent-identities/{external_id}``

        Args:
            external_id: Id of the agent connection.

        Returns:
            None: Nothing: the API answers 204 with no body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "revoke_agent_identity")

        return cast(
            "None",
            self._caller.call(
                endpoint,
                {"external_id": external_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class ConnectedAgentsResourceWithRawResponse:
    """``ConnectedAgentsResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = ConnectedAgentsResource(caller)
        self.list_agent_identities = raw_response(resource.list_agent_identities)
        self.revoke_agent_identity = raw_response(resource.revoke_agent_identity)


class AsyncConnectedAgentsResource:
    """Operations tagged `connected_agents`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_agent_identities(
        self,
        *,
        status: AgentIdentityStatus | Literal["pending", "active", "failed", "retired"] | Unset | None = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 50,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AgentIdentityListResponse:
        """Lists the agents connected to the user's account, optionally by state; only the account owner
        may call it, not an agent acting for them.

        ``GET /v0/agent-identities``

        Args:
            status: Only agent connections in this state.
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 50 by default).

        Returns:
            AgentIdentityListResponse: What `list_agent_identities` returns; it lists the agents connected to the user's
                account, optionally by state; only the account owner may call it, not an agent acting
                for them.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_agent_identities")

        return cast(
            "AgentIdentityListResponse",
            await self._caller.call(
                endpoint,
                {"status": status, "offset": offset, "limit": limit},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def revoke_agent_identity(
        self,
        external_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Disconnects an agent from the user's account and disables its key; a no-op when already
        disconnected; only the account owner may call it.

        ``DELETE /v0/agent-identities/{external_id}``

        Args:
            external_id: Id of the agent connection.

        Returns:
            None: Nothing: the API answers 204 with no body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "revoke_agent_identity")

        return cast(
            "None",
            await self._caller.call(
                endpoint,
                {"external_id": external_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncConnectedAgentsResourceWithRawResponse:
    """``AsyncConnectedAgentsResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncConnectedAgentsResource(caller)
        self.list_agent_identities = async_raw_response(resource.list_agent_identities)
        self.revoke_agent_identity = async_raw_response(resource.revoke_agent_identity)
