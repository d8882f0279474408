"""User code written the openai-python way runs and type-checks (this file is in the mypy file set, and the
``assert_type`` calls are what mypy must infer): the README's quick start, a notebook cell building a DataFrame,
and a service test passing string enums and a dict body; against the embedded fake."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from typing import assert_type

import pandas as pd
import pytest

from sumvin_sdk import AsyncSumvin, Sumvin
from sumvin_sdk.errors import NotFoundError, UsageError
from sumvin_sdk.models import (
    BudgetResponse,
    BudgetType,
    CreateBudgetRequest,
    CreateBudgetRequestDict,
    CreateUserRequest,
    GetUserResponse,
    TransactionData,
    TransactionListResponse,
    WalletListResponse,
    WalletResponse,
    WalletUpdateRequestDict,
)
from sumvin_sdk.testing import FakeSumvin


@pytest.fixture
def fake() -> FakeSumvin:
    return FakeSumvin(wallets_per_user=3, transactions_per_user=7)


@pytest.fixture
def client(fake: FakeSumvin) -> Iterator[Sumvin]:
    with Sumvin(jwt=fake.jwt("ada"), transport=fake.transport(), timestamp_format="iso8601") as client:
        client.user.create_user_account(body=CreateUserRequest())
        yield client


def test_the_readme_quick_start(client: Sumvin) -> None:
    try:
        me = client.user.get_user_account(expand=["wallets"])
        assert_type(me, GetUserResponse)
        assert_type(me.user.created_at, datetime.datetime)
        assert me.user.created_at.tzinfo is not None
        deleted = me.user.deleted_at
        assert_type(deleted, datetime.datetime | None)
        assert deleted is None  # absent reads None, not UNSET
    except NotFoundError as error:  # pragma: no cover - the fake knows the user
        pytest.fail(str(error))


def test_a_notebook_cell_building_a_dataframe(client: Sumvin) -> None:
    first = client.transactions.list_transactions(limit=3)
    assert_type(first, TransactionListResponse)
    pages = client.paginate(first)
    for item in pages.items():
        assert_type(item, TransactionData)
    frame = client.paginate(first).to_dataframe()
    assert_type(frame, pd.DataFrame)
    assert len(frame) == 7 and str(frame["created_at"].dtype) == "datetime64[us, UTC]"
    wallets = client.follow(client.user.get_user_account(), "wallets", model=WalletListResponse)
    assert_type(wallets, WalletListResponse)
    assert len(client.paginate(wallets).to_dataframe()) == 3


def test_a_service_test_passing_string_enums(client: Sumvin) -> None:
    inbound = client.transactions.list_transactions(direction="in", limit=50, extra_headers={"X-Test": "1"})
    assert all(t.direction == "in" for t in inbound.transactions)
    request = CreateBudgetRequest(
        name="Food",
        original_request="keep food under 300",
        category_name="groceries",
        budget_type="monthly",  # a Literal value where the enum is declared
        limit_amount="300.00",
        currency="GBP",
    )
    assert json.loads(request.to_json())["budget_type"] == "monthly"
    wallet = client.wallets.list_wallets().page_items()[0]
    renamed = client.wallets.update_wallet(wallet.id, body={"nickname": "Rainy day"})  # a dict body
    assert_type(renamed, WalletResponse)
    assert renamed.nickname == "Rainy day"
    assert CreateBudgetRequest(**{**request.to_dict(mode="python"), "budget_type": BudgetType.MONTHLY}) == request


@pytest.mark.anyio
async def test_async_pages_are_typed_too(fake: FakeSumvin) -> None:
    async with AsyncSumvin(jwt=fake.jwt("bo"), transport=fake.transport()) as client:
        await client.user.create_user_account(body=CreateUserRequest())
        page = await client.wallets.list_wallets()
        assert_type(page, WalletListResponse)
        ids = [wallet.id async for wallet in client.paginate(page).items()]
        assert len(ids) == 3
        one = await client.follow(page.page_items()[0], "self", model=WalletResponse)
        assert_type(one, WalletResponse)


def test_dict_bodies_are_typed_dicts_that_mypy_checks(client: Sumvin, fake: FakeSumvin) -> None:
    """Passing samples type-check as they are; each failing one carries the exact error code mypy must report
    (``warn_unused_ignores`` makes mypy fail if it stops reporting it), and is refused at run time too."""
    budget: CreateBudgetRequestDict = {
        "name": "Food",
        "original_request": "keep food under 300",
        "category_name": "groceries",
        "budget_type": "monthly",  # a Literal value of the enum
        "limit_amount": "300.00",
        "currency": "GBP",
        "period": {"kind": "relative", "length": 1, "unit": "months"},  # a nested TypedDict
    }
    created = client.budgets.create_budget(body=budget)
    assert_type(created, BudgetResponse)
    assert created.budget.name == "Food"
    wallet = client.wallets.list_wallets().page_items()[0]
    update: WalletUpdateRequestDict = {"nickname": "Rainy day", "is_primary": False}  # optional members left out
    assert client.wallets.update_wallet(wallet.id, body=update).nickname == "Rainy day"
    misspelt: WalletUpdateRequestDict = {"nicknam": "x"}  # type: ignore[typeddict-unknown-key]
    wrong_type: WalletUpdateRequestDict = {"nickname": 5}  # type: ignore[typeddict-item]
    wrong_enum: CreateBudgetRequestDict = {**budget, "budget_type": "hourly"}  # type: ignore[typeddict-item]
    assert misspelt and wrong_type and wrong_enum
    sent = len(fake.requests)
    with pytest.raises(UsageError, match="nicknam"):
        client.wallets.update_wallet(wallet.id, body={"nicknam": "x"})  # type: ignore[arg-type]
    with pytest.raises(UsageError, match="nickname"):
        client.wallets.update_wallet(wallet.id, body={"nickname": 5})  # type: ignore[arg-type]
    with pytest.raises(UsageError, match="limit_amount"):
        client.budgets.create_budget(body={**budget, "limit_amount": 300})  # type: ignore[arg-type]
    missing = {k: v for k, v in budget.items() if k != "currency"}
    with pytest.raises(UsageError, match="currency"):
        client.budgets.create_budget(body=missing)  # type: ignore[arg-type]
    bad_period = {**budget, "period": {"kind": "relative", "length": "one", "unit": "months"}}
    with pytest.raises(UsageError, match="length"):
        client.budgets.create_budget(body=bad_period)  # type: ignore[arg-type]
    assert len(fake.requests) == sent, "a refused body sends nothing"
