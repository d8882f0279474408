"""One client shared by many tasks or threads: every answer matches its request, and the pool stays bounded."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from sumvin_sdk import AsyncSumvin, Sumvin
from sumvin_sdk._generated.models import CreateUserRequest
from sumvin_sdk.testing import FakeServer, FakeSumvin

LIMIT = 20


def pool_size(client: httpx.Client | httpx.AsyncClient) -> int:
    """Connections the client's pool holds now (httpcore's pool, through httpx's default transport)."""
    return len(client._transport._pool.connections)  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def server() -> Iterator[FakeServer]:
    fake = FakeSumvin(wallets_per_user=40)
    with FakeServer(fake) as running:
        with Sumvin(base_url=running.base_url, jwt=fake.jwt("many")) as sumvin:
            sumvin.user.create_user_account(body=CreateUserRequest())
        yield running


@pytest.mark.anyio
async def test_500_tasks_share_one_async_client(server: FakeServer) -> None:
    limits = httpx.Limits(max_connections=LIMIT, max_keepalive_connections=LIMIT)
    http = httpx.AsyncClient(limits=limits)
    sumvin = AsyncSumvin(base_url=server.base_url, jwt=server.fake.jwt("many"), http_client=http)
    wanted = [f"wal_1_{random.randrange(40)}" for _ in range(500)]
    peak = 0

    async def fetch(wallet_id: str) -> str:
        nonlocal peak
        wallet = await sumvin.wallets.get_wallet(wallet_id)
        peak = max(peak, pool_size(http))
        return wallet.id

    got = await asyncio.gather(*(fetch(w) for w in wanted))
    assert got == wanted, "every answer matches its request"
    assert 0 < peak <= LIMIT
    await http.aclose()
    assert pool_size(http) == 0


def test_16_threads_share_one_client(server: FakeServer) -> None:
    limits = httpx.Limits(max_connections=LIMIT, max_keepalive_connections=LIMIT)
    http = httpx.Client(limits=limits)
    sumvin = Sumvin(base_url=server.base_url, jwt=server.fake.jwt("many"), http_client=http)
    wanted = [f"wal_1_{i % 40}" for i in range(16 * 25)]

    def fetch(wallet_id: str) -> tuple[str, int]:
        return sumvin.wallets.get_wallet(wallet_id).id, pool_size(http)

    with ThreadPoolExecutor(max_workers=16) as threads:
        results = list(threads.map(fetch, wanted))
    assert [r[0] for r in results] == wanted
    assert max(r[1] for r in results) <= LIMIT
    http.close()
    assert pool_size(http) == 0
