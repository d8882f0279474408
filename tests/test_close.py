"""A client closes the connection pool it made, on ``close()``/``aclose()`` and on leaving ``with``; a pool
passed in as ``http_client`` stays open: it is the caller's to close."""

from __future__ import annotations

import httpx
import pytest

from sumvin_sdk import AsyncSumvin, Sumvin


class Transport(httpx.BaseTransport):
    """A sync transport that counts how often the pool above it closed it."""

    def __init__(self) -> None:
        self.closed = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={})

    def close(self) -> None:
        self.closed += 1


class AsyncTransport(httpx.AsyncBaseTransport):
    """The async twin of ``Transport``."""

    def __init__(self) -> None:
        self.closed = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={})

    async def aclose(self) -> None:
        self.closed += 1


def test_close_closes_the_pool_the_client_made() -> None:
    transport = Transport()
    client = Sumvin(jwt="j", transport=transport)
    assert transport.closed == 0
    client.close()
    assert transport.closed == 1


def test_leaving_with_closes_the_pool_the_client_made() -> None:
    transport = Transport()
    with Sumvin(jwt="j", transport=transport):
        assert transport.closed == 0
    assert transport.closed == 1


def test_close_leaves_a_pool_passed_in_open() -> None:
    transport = Transport()
    http = httpx.Client(transport=transport)
    with Sumvin(jwt="j", http_client=http):
        pass
    assert transport.closed == 0 and not http.is_closed
    http.close()


@pytest.mark.anyio
async def test_aclose_closes_the_pool_the_client_made() -> None:
    transport = AsyncTransport()
    client = AsyncSumvin(jwt="j", transport=transport)
    assert transport.closed == 0
    await client.aclose()
    assert transport.closed == 1


@pytest.mark.anyio
async def test_leaving_async_with_closes_the_pool_the_client_made() -> None:
    transport = AsyncTransport()
    async with AsyncSumvin(jwt="j", transport=transport):
        assert transport.closed == 0
    assert transport.closed == 1


@pytest.mark.anyio
async def test_aclose_leaves_a_pool_passed_in_open() -> None:
    transport = AsyncTransport()
    http = httpx.AsyncClient(transport=transport)
    async with AsyncSumvin(jwt="j", http_client=http):
        pass
    assert transport.closed == 0 and not http.is_closed
    await http.aclose()
