"""Per-call cost of a typed SDK call against plain httpx + ``json.loads``, on loopback, in the same run.

    python -m benchmarks.call_overhead [--calls 2000] [--rounds 5]

A small HTTP/1.1 server in a child process answers ``GET /v0/user/me`` with a realistic body (a user with
ten wallets and a status history). Each round times ``--calls`` sequential calls per contender, sync (the
contenders alternating every 50 calls), and the same number spread over 100 concurrent tasks, async; the
table shows median times and the median of the per-round ratios. Target: the SDK at most 1.15x the baseline.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import socket
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from sumvin_sdk import AsyncSumvin, Sumvin
from sumvin_sdk._generated.models import GetUserResponse

TARGET = 1.15
CONCURRENCY = 100
TS = 1704067200000


def body() -> bytes:
    """A ``GetUserResponse`` of realistic size (about 3 KB)."""
    wallet = {"id": "wal_{}", "address": "0x" + "ab" * 20, "chain_id": 8453, "is_primary": False, "is_eoa": True}
    status = {"status": "active", "sub_status": "verified", "changed_by": "system", "changed_at": TS}
    user = {
        "id": "usr_01J9Z8",
        "username": "ada",
        "first_name": "Ada",
        "last_names": "Lovelace",
        "auth_provider": "dynamic",
        "auth_provider_id": "dyn_42",
        "primary_eoa_address": "0x" + "cd" * 20,
        "primary_smart_wallet_address": "0x" + "ef" * 20,
        "safe_creation_status": "deployed",
        "email": "ada@example.com",
        "phone": "+447700900000",
        "phone_verified_at": TS,
        "created_at": TS,
        "updated_at": TS,
        "deleted_at": None,
        "current_status": status,
    }
    links = {rel: {"href": f"/v0/user/me/{rel}", "method": "GET"} for rel in ("self", "wallets", "kyc-status")}
    document = {
        "user": user,
        "wallets": [dict(wallet, id=f"wal_{i}", is_primary=i == 0) for i in range(10)],
        "status_history": [status] * 3,
        "_links": links,
    }
    return json.dumps(document).encode()


def serve(port_out: Any) -> None:
    """A keep-alive HTTP/1.1 server that answers every request with ``body()``."""
    payload = body()
    head = f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(payload)}\r\n\r\n".encode()
    answer = head + payload

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while await reader.readuntil(b"\r\n\r\n"):
                writer.write(answer)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=512)
        port_out.send(server.sockets[0].getsockname()[1])
        await server.serve_forever()

    asyncio.run(main())


def per_call(run: Callable[[], None], calls: int) -> float:
    start = time.perf_counter()
    run()
    return (time.perf_counter() - start) / calls


def sync_round(base: str, calls: int, block: int = 50) -> dict[str, float]:
    """Sequential calls, alternating the contenders every ``block`` calls so load drift hits both alike."""
    headers = {"x-juno-jwt": "bench-jwt"}
    with httpx.Client(base_url=base, headers=headers) as http, Sumvin(base_url=base, jwt="bench-jwt") as sdk:
        http.get("/v0/user/me")
        sdk.user.get_user_account()

        def raw() -> None:
            for _ in range(block):
                json.loads(http.get("/v0/user/me").content)

        def typed() -> None:
            for _ in range(block):
                sdk.user.get_user_account()

        totals = {"sync httpx + json.loads": 0.0, "sync Sumvin typed call": 0.0}
        for _ in range(calls // block):
            totals["sync httpx + json.loads"] += per_call(raw, calls)
            totals["sync Sumvin typed call"] += per_call(typed, calls)
        return totals


async def _spread(call: Callable[[], Awaitable[Any]], calls: int) -> float:
    per_task = calls // CONCURRENCY

    async def worker() -> None:
        for _ in range(per_task):
            await call()

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
    return (time.perf_counter() - start) / (per_task * CONCURRENCY)


async def async_round(base: str, calls: int) -> dict[str, float]:
    limits = httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY)
    async with (
        httpx.AsyncClient(base_url=base, headers={"x-juno-jwt": "bench-jwt"}, limits=limits) as http,
        AsyncSumvin(base_url=base, jwt="bench-jwt", http_client=httpx.AsyncClient(limits=limits)) as sdk,
    ):

        async def raw() -> None:
            json.loads((await http.get("/v0/user/me")).content)

        async def typed() -> None:
            await sdk.user.get_user_account()

        await _spread(raw, CONCURRENCY)
        await _spread(typed, CONCURRENCY)
        return {
            "async httpx + json.loads (100 tasks)": await _spread(raw, calls),
            "async AsyncSumvin typed call (100 tasks)": await _spread(typed, calls),
        }


def measure(calls: int, rounds: int, *, async_calls: int | None = None) -> dict[str, list[float]]:
    """Per-call seconds of each contender, one sample per round, against a fresh loopback server."""
    assert isinstance(GetUserResponse.from_dict(json.loads(body())), GetUserResponse)
    receive, send = multiprocessing.Pipe(duplex=False)
    server = multiprocessing.Process(target=serve, args=(send,), daemon=True)
    server.start()
    try:
        port = receive.recv()
        with socket.create_connection(("127.0.0.1", port)):
            pass
        base = f"http://127.0.0.1:{port}"
        samples: dict[str, list[float]] = {}
        for _ in range(rounds):
            results = sync_round(base, calls) | asyncio.run(async_round(base, async_calls or calls))
            for name, seconds in results.items():
                samples.setdefault(name, []).append(seconds)
    finally:
        server.terminate()
    return samples


def ratio(samples: dict[str, list[float]], sdk: str, baseline: str) -> tuple[float, float, float]:
    """The median of the per-round ratios (each round's contenders ran side by side), and their range."""
    ratios = sorted(s / b for s, b in zip(samples[sdk], samples[baseline], strict=True))
    return statistics.median(ratios), ratios[0], ratios[-1]


def main() -> int:
    """Print the table; exit 1 if a typed call misses its target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    samples = measure(args.calls, args.rounds)
    medians = {name: statistics.median(values) for name, values in samples.items()}
    names = list(medians)
    print(f"{len(body())}-byte body, {args.calls} calls per round, {args.rounds} rounds")
    print(f"{'contender':44} {'us/call':>9} {'ratio':>7} {'range':>13}")
    ok = True
    for baseline, sdk in (names[0:2], names[2:4]):
        middle, low, high = ratio(samples, sdk, baseline)
        ok = ok and middle <= TARGET
        print(f"{baseline:44} {medians[baseline] * 1e6:9.1f} {1:6.2f}x")
        print(f"{sdk:44} {medians[sdk] * 1e6:9.1f} {middle:6.2f}x {low:5.2f}-{high:.2f}x")
    print(f"target: typed call <= {TARGET}x its baseline (median of the per-round ratios): {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
