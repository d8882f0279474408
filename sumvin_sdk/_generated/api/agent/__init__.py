"""Operations tagged `agent`: one module per operation, and the resource classes
``Sumvin.agent`` and ``AsyncSumvin.agent`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ...models.create_agent_token_request import CreateAgentTokenRequest, CreateAgentTokenRequestDict
    from ...models.create_agent_token_response import CreateAgentTokenResponse
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("post", "/v0/agent/token/user"): "create_user_token",
    ("delete", "/v0/agent/token"): "revoke_agent_token",
}


class AgentResource:
    """Operations tagged `agent`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def create_user_token(
        self,
        *,
        body: CreateAgentTokenRequest | CreateAgentTokenRequestDict,
        x_sumvin_agent_key: str,
        x_sumvin_agent_id: str,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> CreateAgentTokenResponse:
        """Issues a short-lived agent token for one user; the calling agent proves itself with its agent id
        and key headers, not a user credential.

        ``POST /v0/agent/token/user``

        Args:
            body: ``CreateAgentTokenRequest``: Body of `create_user_token`, which issues a short-lived
                agent token for one user; the calling agent proves itself with its agent id and key
                headers, not a user credential.
            x_sumvin_agent_key: The agent's secret key.
            x_sumvin_agent_id: Id of the calling agent in Sumvin's agent registry, sent with its key.

        Returns:
            CreateAgentTokenResponse: What `create_user_token` returns; it issues a short-lived agent token for one user; the
                calling agent proves itself with its agent id and key headers, not a user credential.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "create_user_token")

        return cast(
            "CreateAgentTokenResponse",
            self._caller.call(
                endpoint,
                {"x_sumvin_agent_key": x_sumvin_agent_key, "x_sumvin_agent_id": x_sumvin_agent_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def revoke_agent_token(
        self,
        *,
        x_sumvin_agent_key: str,
        x_sumvin_agent_id: str,
        authorization: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Revokes the agent token sent as the `Authorization` bearer (never in the URL).

        ``DELETE /v0/agent/token``

        Args:
            x_sumvin_agent_key: The agent's secret key.
            x_sumvin_agent_id: Id of the calling agent in Sumvin's agent registry, sent with its key.
            authorization: `Bearer` and the agent token to revoke.

        Returns:
            None: Nothing: the API answers 204 with no body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "revoke_agent_token")

        return cast(
            "None",
            self._caller.call(
                endpoint,
                {
                    "x_sumvin_agent_key": x_sumvin_agent_key,
                    "x_sumvin_agent_id": x_sumvin_agent_id,
                    "authorization": authorization,
                },
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AgentResourceWithRawResponse:
    """``AgentResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = AgentResource(caller)
        self.create_user_token = raw_response(resource.create_user_token)
        self.revoke_agent_token = raw_response(resource.revoke_agent_token)


class AsyncAgentResource:
    """Operations tagged `agent`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def create_user_token(
        self,
        *,
        body: CreateAgentTokenRequest | CreateAgentTokenRequestDict,
        x_sumvin_agent_key: str,
        x_sumvin_agent_id: str,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> CreateAgentTokenResponse:
        """Issues a short-lived agent token for one user; the calling agent proves itself with its agent id
        and key headers, not a user credential.

        ``POST /v0/agent/token/user``

        Args:
            body: ``CreateAgentTokenRequest``: Body of `create_user_token`, which issues a short-lived
                agent token for one user; the calling agent proves itself with its agent id and key
                headers, not a user credential.
            x_sumvin_agent_key: The agent's secret key.
            x_sumvin_agent_id: Id of the calling agent in Sumvin's agent registry, sent with its key.

        Returns:
            CreateAgentTokenResponse: What `create_user_token` returns; it issues a short-lived agent token for one user; the
                calling agent proves itself with its agent id and key headers, not a user credential.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "create_user_token")

        return cast(
            "CreateAgentTokenResponse",
            await self._caller.call(
                endpoint,
                {"x_sumvin_agent_key": x_sumvin_agent_key, "x_sumvin_agent_id": x_sumvin_agent_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def revoke_agent_token(
        self,
        *,
        x_sumvin_agent_key: str,
        x_sumvin_agent_id: str,
        authorization: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Revokes the agent token sent as the `Authorization` bearer (never in the URL).

        ``DELETE /v0/agent/token``

        Args:
            x_sumvin_agent_key: The agent's secret key.
            x_sumvin_agent_id: Id of the calling agent in Sumvin's agent registry, sent with its key.
            authorization: `Bearer` and the agent token to revoke.

        Returns:
            None: Nothing: the API answers 204 with no body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "revoke_agent_token")

        return cast(
            "None",
            await self._caller.call(
                endpoint,
                {
                    "x_sumvin_agent_key": x_sumvin_agent_key,
                    "x_sumvin_agent_id": x_sumvin_agent_id,
                    "authorization": authorization,
                },
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncAgentResourceWithRawResponse:
    """``AsyncAgentResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncAgentResource(caller)
        self.create_user_token = async_raw_response(resource.create_user_token)
        self.revoke_agent_token = async_raw_response(resource.revoke_agent_token)
