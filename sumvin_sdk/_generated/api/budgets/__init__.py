"""Operations tagged `budgets`: one module per operation, and the resource classes
``Sumvin.budgets`` and ``AsyncSumvin.budgets`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ...models.budget_list_response import BudgetListResponse
    from ...models.budget_response import BudgetResponse
    from ...models.budget_type import BudgetType
    from ...models.create_budget_request import CreateBudgetRequest
    from ...models.update_budget_request import UpdateBudgetRequest
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
        budget_type: BudgetType | Unset | None = UNSET,
        currency: str | Unset | None = UNSET,
        period_start: str | Unset | None = UNSET,
        period_end: str | Unset | None = UNSET,
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
        """List Budgets: ``GET /v0/budgets/``."""
        from . import list_budgets as endpoint

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
        body: CreateBudgetRequest,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BudgetResponse:
        """Create Budget: ``POST /v0/budgets/``."""
        from . import create_budget as endpoint

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
        """Get Budget: ``GET /v0/budgets/{budget_id}``."""
        from . import get_budget as endpoint

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
        """Delete Budget: ``DELETE /v0/budgets/{budget_id}``."""
        from . import delete_budget as endpoint

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
        body: UpdateBudgetRequest,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BudgetResponse:
        """Update Budget: ``PATCH /v0/budgets/{budget_id}``."""
        from . import update_budget as endpoint

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
        budget_type: BudgetType | Unset | None = UNSET,
        currency: str | Unset | None = UNSET,
        period_start: str | Unset | None = UNSET,
        period_end: str | Unset | None = UNSET,
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
        """List Budgets: ``GET /v0/budgets/``."""
        from . import list_budgets as endpoint

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
        body: CreateBudgetRequest,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BudgetResponse:
        """Create Budget: ``POST /v0/budgets/``."""
        from . import create_budget as endpoint

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
        """Get Budget: ``GET /v0/budgets/{budget_id}``."""
        from . import get_budget as endpoint

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
        """Delete Budget: ``DELETE /v0/budgets/{budget_id}``."""
        from . import delete_budget as endpoint

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
        body: UpdateBudgetRequest,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> BudgetResponse:
        """Update Budget: ``PATCH /v0/budgets/{budget_id}``."""
        from . import update_budget as endpoint

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
