"""Operations tagged `user_rules`: one module per operation, and the resource classes
``Sumvin.user_rules`` and ``AsyncSumvin.user_rules`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ...models.create_rule_request import CreateRuleRequest, CreateRuleRequestDict
    from ...models.rule_list_response import RuleListResponse
    from ...models.rule_response import RuleResponse
    from ...models.update_rule_request import UpdateRuleRequest, UpdateRuleRequestDict
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/user/rules/"): "list_rules",
    ("post", "/v0/user/rules/"): "create_rule",
    ("get", "/v0/user/rules/{rule_id}"): "get_rule",
    ("delete", "/v0/user/rules/{rule_id}"): "delete_rule",
    ("patch", "/v0/user/rules/{rule_id}"): "update_rule",
}


class UserRulesResource:
    """Operations tagged `user_rules`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_rules(
        self,
        *,
        applies_to: str | Unset | None = UNSET,
        priority_gte: int | Unset | None = UNSET,
        priority_lte: int | Unset | None = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 50,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> RuleListResponse:
        """Lists the user's agent rules, filterable by what they apply to (`all` or a strategy id) and by a
        priority range.

        ``GET /v0/user/rules/``

        Args:
            applies_to: Only rules with this scope: `all` for rules that apply everywhere, or a strategy id such
                as `str-abc123`.
            priority_gte: Lowest rule priority to include (0 to 1000).
            priority_lte: Highest rule priority to include (0 to 1000).
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 50 by default).

        Returns:
            RuleListResponse: What `list_rules` returns; it lists the user's agent rules, filterable by what they
                apply to (`all` or a strategy id) and by a priority range.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_rules")

        return cast(
            "RuleListResponse",
            self._caller.call(
                endpoint,
                {
                    "applies_to": applies_to,
                    "priority_gte": priority_gte,
                    "priority_lte": priority_lte,
                    "offset": offset,
                    "limit": limit,
                },
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def create_rule(
        self,
        *,
        body: CreateRuleRequest | CreateRuleRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> RuleResponse:
        """Creates an agent rule from plain-language text, for all strategies or for one.

        ``POST /v0/user/rules/``

        Args:
            body: ``CreateRuleRequest``: Body of `create_rule`, which creates an agent rule from
                plain-language text, for all strategies or for one.

        Returns:
            RuleResponse: What `create_rule`, `get_rule` and `update_rule` return: a rule.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "create_rule")

        return cast(
            "RuleResponse",
            self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def get_rule(
        self,
        rule_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> RuleResponse:
        """Returns one of the user's rules.

        ``GET /v0/user/rules/{rule_id}``

        Args:
            rule_id: Id of the rule, as `list_rules` gives it.

        Returns:
            RuleResponse: What `create_rule`, `get_rule` and `update_rule` return: a rule.

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
        endpoint = operation_module(__name__, "get_rule")

        return cast(
            "RuleResponse",
            self._caller.call(
                endpoint,
                {"rule_id": rule_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def delete_rule(
        self,
        rule_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes one of the user's rules.

        ``DELETE /v0/user/rules/{rule_id}``

        Args:
            rule_id: Id of the rule, as `list_rules` gives it.

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
        endpoint = operation_module(__name__, "delete_rule")

        return cast(
            "None",
            self._caller.call(
                endpoint,
                {"rule_id": rule_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def update_rule(
        self,
        rule_id: str,
        *,
        body: UpdateRuleRequest | UpdateRuleRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> RuleResponse:
        """Changes a rule's name, text, target or priority; members left out stay as they are.

        ``PATCH /v0/user/rules/{rule_id}``

        Args:
            rule_id: Id of the rule, as `list_rules` gives it.
            body: ``UpdateRuleRequest``: Body of `update_rule`, which changes a rule's name, text, target
                or priority; members left out stay as they are.

        Returns:
            RuleResponse: What `create_rule`, `get_rule` and `update_rule` return: a rule.

        Raises:
            BadRequestError: 400, the request was malformed.
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
        endpoint = operation_module(__name__, "update_rule")

        return cast(
            "RuleResponse",
            self._caller.call(
                endpoint,
                {"rule_id": rule_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class UserRulesResourceWithRawResponse:
    """``UserRulesResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = UserRulesResource(caller)
        self.list_rules = raw_response(resource.list_rules)
        self.create_rule = raw_response(resource.create_rule)
        self.get_rule = raw_response(resource.get_rule)
        self.delete_rule = raw_response(resource.delete_rule)
        self.update_rule = raw_response(resource.update_rule)


class AsyncUserRulesResource:
    """Operations tagged `user_rules`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_rules(
        self,
        *,
        applies_to: str | Unset | None = UNSET,
        priority_gte: int | Unset | None = UNSET,
        priority_lte: int | Unset | None = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 50,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> RuleListResponse:
        """Lists the user's agent rules, filterable by what they apply to (`all` or a strategy id) and by a
        priority range.

        ``GET /v0/user/rules/``

        Args:
            applies_to: Only rules with this scope: `all` for rules that apply everywhere, or a strategy id such
                as `str-abc123`.
            priority_gte: Lowest rule priority to include (0 to 1000).
            priority_lte: Highest rule priority to include (0 to 1000).
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 50 by default).

        Returns:
            RuleListResponse: What `list_rules` returns; it lists the user's agent rules, filterable by what they
                apply to (`all` or a strategy id) and by a priority range.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_rules")

        return cast(
            "RuleListResponse",
            await self._caller.call(
                endpoint,
                {
                    "applies_to": applies_to,
                    "priority_gte": priority_gte,
                    "priority_lte": priority_lte,
                    "offset": offset,
                    "limit": limit,
                },
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def create_rule(
        self,
        *,
        body: CreateRuleRequest | CreateRuleRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> RuleResponse:
        """Creates an agent rule from plain-language text, for all strategies or for one.

        ``POST /v0/user/rules/``

        Args:
            body: ``CreateRuleRequest``: Body of `create_rule`, which creates an agent rule from
                plain-language text, for all strategies or for one.

        Returns:
            RuleResponse: What `create_rule`, `get_rule` and `update_rule` return: a rule.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "create_rule")

        return cast(
            "RuleResponse",
            await self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def get_rule(
        self,
        rule_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> RuleResponse:
        """Returns one of the user's rules.

        ``GET /v0/user/rules/{rule_id}``

        Args:
            rule_id: Id of the rule, as `list_rules` gives it.

        Returns:
            RuleResponse: What `create_rule`, `get_rule` and `update_rule` return: a rule.

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
        endpoint = operation_module(__name__, "get_rule")

        return cast(
            "RuleResponse",
            await self._caller.call(
                endpoint,
                {"rule_id": rule_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def delete_rule(
        self,
        rule_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes one of the user's rules.

        ``DELETE /v0/user/rules/{rule_id}``

        Args:
            rule_id: Id of the rule, as `list_rules` gives it.

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
        endpoint = operation_module(__name__, "delete_rule")

        return cast(
            "None",
            await self._caller.call(
                endpoint,
                {"rule_id": rule_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def update_rule(
        self,
        rule_id: str,
        *,
        body: UpdateRuleRequest | UpdateRuleRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> RuleResponse:
        """Changes a rule's name, text, target or priority; members left out stay as they are.

        ``PATCH /v0/user/rules/{rule_id}``

        Args:
            rule_id: Id of the rule, as `list_rules` gives it.
            body: ``UpdateRuleRequest``: Body of `update_rule`, which changes a rule's name, text, target
                or priority; members left out stay as they are.

        Returns:
            RuleResponse: What `create_rule`, `get_rule` and `update_rule` return: a rule.

        Raises:
            BadRequestError: 400, the request was malformed.
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
        endpoint = operation_module(__name__, "update_rule")

        return cast(
            "RuleResponse",
            await self._caller.call(
                endpoint,
                {"rule_id": rule_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncUserRulesResourceWithRawResponse:
    """``AsyncUserRulesResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncUserRulesResource(caller)
        self.list_rules = async_raw_response(resource.list_rules)
        self.create_rule = async_raw_response(resource.create_rule)
        self.get_rule = async_raw_response(resource.get_rule)
        self.delete_rule = async_raw_response(resource.delete_rule)
        self.update_rule = async_raw_response(resource.update_rule)
