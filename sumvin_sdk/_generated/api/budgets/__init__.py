"""Operations tagged `budgets`: one module per operation, and the resource classes
``Sumvin.budgets`` and ``AsyncSumvin.budgets`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, raw_response

if TYPE_CHECKING:
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
    """Operations tagged `budgets`; each returns its success model or raises an ``APIStatusError``."""

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
            ),
        )

    def create_budget(
        self,
        *,
        body: CreateBudgetRequest,
    ) -> BudgetResponse:
        """Create Budget: ``POST /v0/budgets/``."""
        from . import create_budget as endpoint

        return cast("BudgetResponse", self._caller.call(endpoint, {"body": body}))

    def get_budget(
        self,
        budget_id: str,
        *,
        expand: list[str] | Unset = UNSET,
    ) -> BudgetResponse:
        """Get Budget: ``GET /v0/budgets/{budget_id}``."""
        from . import get_budget as endpoint

        return cast("BudgetResponse", self._caller.call(endpoint, {"budget_id": budget_id, "expand": expand}))

    def delete_budget(
        self,
        budget_id: str,
    ) -> None:
        """Delete Budget: ``DELETE /v0/budgets/{budget_id}``."""
        from . import delete_budget as endpoint

        return cast("None", self._caller.call(endpoint, {"budget_id": budget_id}))

    def update_budget(
        self,
        budget_id: str,
        *,
        body: UpdateBudgetRequest,
    ) -> BudgetResponse:
        """Update Budget: ``PATCH /v0/budgets/{budget_id}``."""
        from . import update_budget as endpoint

        return cast("BudgetResponse", self._caller.call(endpoint, {"budget_id": budget_id, "body": body}))


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
            ),
        )

    async def create_budget(
        self,
        *,
        body: CreateBudgetRequest,
    ) -> BudgetResponse:
        """Create Budget: ``POST /v0/budgets/``."""
        from . import create_budget as endpoint

        return cast("BudgetResponse", await self._caller.call(endpoint, {"body": body}))

    async def get_budget(
        self,
        budget_id: str,
        *,
        expand: list[str] | Unset = UNSET,
    ) -> BudgetResponse:
        """Get Budget: ``GET /v0/budgets/{budget_id}``."""
        from . import get_budget as endpoint

        return cast("BudgetResponse", await self._caller.call(endpoint, {"budget_id": budget_id, "expand": expand}))

    async def delete_budget(
        self,
        budget_id: str,
    ) -> None:
        """Delete Budget: ``DELETE /v0/budgets/{budget_id}``."""
        from . import delete_budget as endpoint

        return cast("None", await self._caller.call(endpoint, {"budget_id": budget_id}))

    async def update_budget(
        self,
        budget_id: str,
        *,
        body: UpdateBudgetRequest,
    ) -> BudgetResponse:
        """Update Budget: ``PATCH /v0/budgets/{budget_id}``."""
        from . import update_budget as endpoint

        return cast("BudgetResponse", await self._caller.call(endpoint, {"budget_id": budget_id, "body": body}))


class AsyncBudgetsResourceWithRawResponse:
    """``AsyncBudgetsResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncBudgetsResource(caller)
        self.list_budgets = async_raw_response(resource.list_budgets)
        self.create_budget = async_raw_response(resource.create_budget)
        self.get_budget = async_raw_response(resource.get_budget)
        self.delete_budget = async_raw_response(resource.delete_budget)
        self.update_budget = async_raw_response(resource.update_budget)
