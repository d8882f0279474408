"""User code written the openai-python way runs and type-checks (this file is in the mypy file set, and the
``assert_type`` calls are what mypy must infer): the README's quick start, a notebook cell building a DataFrame,
and a service test passing string enums; against the embedded fake."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from typing import assert_type

import pandas as pd
import pytest

from sumvin_sdk import AsyncSumvin, Sumvin
from sumvin_sdk.errors import NotFoundError
from sumvin_sdk.models import (
    BudgetType,
    CreateBudgetRequest,
    CreateUserRequest,
    GetUserResponse,
    TransactionData,
    TransactionListResponse,
    WalletListResponse,
    WalletResponse,
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
