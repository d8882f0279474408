"""Operations tagged `budgets`: one module per operation, and the resource classes
``Sumvin.budgets`` and ``AsyncSumvin.budgets`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping
    from typing import Literal

    import httpx

    from ...models.budget_list_response import BudgetListResponse
    from ...models.budget_response import BudgetResponse
    from ...models.budget_type import BudgetType
    from ...models.create_budget_request import CreateBudgetRequest, CreateBudgetRequestDict
    from ...models.update_budget_request import UpdateBudgetRequest, UpdateBudgetRequestDict
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/budgets/"): "list_budgets",
    ("post", "/v0/budgets/"): "create_budget",
    ("get", "/v0/budgets/{budget_id}"): "get_budget",
    ("delete", "/v0/budgets/{budget_id}"): "delete_budget",
    ("patch", "/v0/budgets/{budget_id}"): "update_budget",
}


class BudgetsResource:
    """Operations tagged `budgets`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_budgets(
        self,
        *,
        budget_type: BudgetType | Literal["weekly", "monthly", "yearly", "custom"] | Unset | None = UNSET,
        currency: str | Unset | None = UNSET,
        period_start: datetime.date | datetime.datetime | str | int | Unset | None = UNSET,
        period_end: datetime.date | datetime.datetime | str | int | Unset | None = UNSET,
        expand: list[str] | Unset = UNSET,
        field_search: str | Unset | None = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BudgetListResponse:
        """Lists the user's budgets, with filters on type, currency, period and a text search.

        ``GET /v0/budgets/``

        Args:
            budget_type: Only budgets of this type.
            currency: Only budgets in this currency (ISO 4217 code).
            period_start: Only budgets whose period starts on or after this day: a YYYY-MM-DD date or epoch
                milliseconds. Give a ``datetime.date`` (sent as YYYY-MM-DD), an aware
                ``datetime.datetime`` or an int (sent as epoch milliseconds), or a string in either
                form; a naive datetime or any other string raises ``ParameterError`` and nothing is
                sent.
            period_end: Only budgets whose period ends on or before this day: a YYYY-MM-DD date or epoch
                milliseconds. Give a ``datetime.date`` (sent as YYYY-MM-DD), an aware
                ``datetime.datetime`` or an int (sent as epoch milliseconds), or a string in either
                form; a naive datetime or any other string raises ``ParameterError`` and nothing is
                sent.
            expand: Related data to embed: `budget_transactions`.
            field_search: Full-text search over the budget's name, original request and category name.
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 20 by default).

        Returns:
            BudgetListResponse: What `list_budgets` returns; it lists the user's budgets, with filters on type,
                currency, period and a text search.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_budgets")

        return cast(
            "BudgetListResponse",
            self._caller.call(
                endpoint,
                {
                    "budget_type": budget_type,
                    "currency": currency,
                    "period_start": period_start,
                    "period_end": period_end,
                    "expand": expand,
                    "field_search": field_search,
                    "offset": offset,
                    "limit": limit,
                },
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def create_budget(
        self,
        *,
        body: CreateBudgetRequest | CreateBudgetRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BudgetResponse:
        """Creates a budget: a spending limit over a period, for a category or overall.

        ``POST /v0/budgets/``

        Args:
            body: ``CreateBudgetRequest``: Body of `create_budget`, which creates a budget: a spending
                limit over a period, for a category or overall.

        Returns:
            BudgetResponse: What `create_budget`, `get_budget` and `update_budget` return: a budget.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "create_budget")

        return cast(
            "BudgetResponse",
            self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def get_budget(
        self,
        budget_id: str,
        *,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BudgetResponse:
        """Returns one budget with its spending so far, optionally with its transactions.

        ``GET /v0/budgets/{budget_id}``

        Args:
            budget_id: Id of the budget, as `list_budgets` gives it.
            expand: Related data to embed: `transactions`.

        Returns:
            BudgetResponse: What `create_budget`, `get_budget` and `update_budget` return: a budget.

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
        endpoint = operation_module(__name__, "get_budget")

        return cast(
            "BudgetResponse",
            self._caller.call(
                endpoint,
                {"budget_id": budget_id, "expand": expand},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def delete_budget(
        self,
        budget_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes one of the user's budgets.

        ``DELETE /v0/budgets/{budget_id}``

        Args:
            budget_id: Id of the budget, as `list_budgets` gives it.

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
        endpoint = operation_module(__name__, "delete_budget")

        return cast(
            "None",
            self._caller.call(
                endpoint,
                {"budget_id": budget_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def update_budget(
        self,
        budget_id: str,
        *,
        body: UpdateBudgetRequest | UpdateBudgetRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BudgetResponse:
        """Changes a budget's name, limit, category, type or period; members left out stay as they are.

        ``PATCH /v0/budgets/{budget_id}``

        Args:
            budget_id: Id of the budget, as `list_budgets` gives it.
            body: ``UpdateBudgetRequest``: Body of `update_budget`, which changes a budget's name, limit,
                category, type or period; members left out stay as they are.

        Returns:
            BudgetResponse: What `create_budget`, `get_budget` and `update_budget` return: a budget.

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
        endpoint = operation_module(__name__, "update_budget")

        return cast(
            "BudgetResponse",
            self._caller.call(
                endpoint,
                {"budget_id": budget_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class BudgetsResourceWithRawResponse:
    """``BudgetsResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = BudgetsResource(caller)
        self.list_budgets = raw_response(resource.list_budgets)
        self.create_budget = raw_response(resource.create_budget)
        self.get_budget = raw_response(resource.get_budget)
        self.delete_budget = raw_response(resource.delete_budget)
        self.update_budget = raw_response(resource.update_budget)


class AsyncBudgetsResource:
    """Operations tagged `budgets`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_budgets(
        self,
        *,
        budget_type: BudgetType | Literal["weekly", "monthly", "yearly", "custom"] | Unset | None = UNSET,
        currency: str | Unset | None = UNSET,
        period_start: datetime.date | datetime.datetime | str | int | Unset | None = UNSET,
        period_end: datetime.date | datetime.datetime | str | int | Unset | None = UNSET,
        expand: list[str] | Unset = UNSET,
        field_search: str | Unset | None = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BudgetListResponse:
        """Lists the user's budgets, with filters on type, currency, period and a text search.

        ``GET /v0/budgets/``

        Args:
            budget_type: Only budgets of this type.
            currency: Only budgets in this currency (ISO 4217 code).
            period_start: Only budgets whose period starts on or after this day: a YYYY-MM-DD date or epoch
                milliseconds. Give a ``datetime.date`` (sent as YYYY-MM-DD), an aware
                ``datetime.datetime`` or an int (sent as epoch milliseconds), or a string in either
                form; a naive datetime or any other string raises ``ParameterError`` and nothing is
                sent.
            period_end: Only budgets whose period ends on or before this day: a YYYY-MM-DD date or epoch
                milliseconds. Give a ``datetime.date`` (sent as YYYY-MM-DD), an aware
                ``datetime.datetime`` or an int (sent as epoch milliseconds), or a string in either
                form; a naive datetime or any other string raises ``ParameterError`` and nothing is
                sent.
            expand: Related data to embed: `budget_transactions`.
            field_search: Full-text search over the budget's name, original request and category name.
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 20 by default).

        Returns:
            BudgetListResponse: What `list_budgets` returns; it lists the user's budgets, with filters on type,
                currency, period and a text search.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_budgets")

        return cast(
            "BudgetListResponse",
            await self._caller.call(
                endpoint,
                {
                    "budget_type": budget_type,
                    "currency": currency,
                    "period_start": period_start,
                    "period_end": period_end,
                    "expand": expand,
                    "field_search": field_search,
                    "offset": offset,
                    "limit": limit,
                },
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def create_budget(
        self,
        *,
        body: CreateBudgetRequest | CreateBudgetRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BudgetResponse:
        """Creates a budget: a spending limit over a period, for a category or overall.

        ``POST /v0/budgets/``

        Args:
            body: ``CreateBudgetRequest``: Body of `create_budget`, which creates a budget: a spending
                limit over a period, for a category or overall.

        Returns:
            BudgetResponse: What `create_budget`, `get_budget` and `update_budget` return: a budget.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "create_budget")

        return cast(
            "BudgetResponse",
            await self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def get_budget(
        self,
        budget_id: str,
        *,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BudgetResponse:
        """Returns one budget with its spending so far, optionally with its transactions.

        ``GET /v0/budgets/{budget_id}``

        Args:
            budget_id: Id of the budget, as `list_budgets` gives it.
            expand: Related data to embed: `transactions`.

        Returns:
            BudgetResponse: What `create_budget`, `get_budget` and `update_budget` return: a budget.

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
        endpoint = operation_module(__name__, "get_budget")

        return cast(
            "BudgetResponse",
            await self._caller.call(
                endpoint,
                {"budget_id": budget_id, "expand": expand},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def delete_budget(
        self,
        budget_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes one of the user's budgets.

        ``DELETE /v0/budgets/{budget_id}``

        Args:
            budget_id: Id of the budget, as `list_budgets` gives it.

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
        endpoint = operation_module(__name__, "delete_budget")

        return cast(
            "None",
            await self._caller.call(
                endpoint,
                {"budget_id": budget_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def update_budget(
        self,
        budget_id: str,
        *,
        body: UpdateBudgetRequest | UpdateBudgetRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BudgetResponse:
        """Changes a budget's name, limit, category, type or period; members left out stay as they are.

        ``PATCH /v0/budgets/{budget_id}``

        Args:
            budget_id: Id of the budget, as `list_budgets` gives it.
            body: ``UpdateBudgetRequest``: Body of `update_budget`, which changes a budget's name, limit,
                category, type or period; members left out stay as they are.

        Returns:
            BudgetResponse: What `create_budget`, `get_budget` and `update_budget` return: a budget.

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
        endpoint = operation_module(__name__, "update_budget")

        return cast(
            "BudgetResponse",
            await self._caller.call(
                endpoint,
                {"budget_id": budget_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncBudgetsResourceWithRawResponse:
    """``AsyncBudgetsResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncBudgetsResource(caller)
        self.list_budgets = async_raw_response(resource.list_budgets)
        self.create_budget = async_raw_response(resource.create_budget)
        self.get_budget = async_raw_response(resource.get_budget)
        self.delete_budget = async_raw_response(resource.delete_budget)
        self.update_budget = async_raw_response(resource.update_budget)
