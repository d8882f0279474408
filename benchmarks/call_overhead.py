"""Per-call cost of a typed call on loopback: ``GET /v0/user/me`` against httpx + ``json.loads``, in the same run.

A small keep-alive HTTP/1.1 server in a child process answers every request with the user body of
``benchmarks.bodies``. Sync: every contender makes sequential calls in blocks of 50, the blocks rotated
round by round.

Async: 300 calls spread over 100 concurrent tasks per round, ``AsyncSumvin`` against ``httpx.AsyncClient``
and against a second, identical ``httpx.AsyncClient`` (the A/A column: how far the figure moves between two
clients that do the same work). Their connections never expire: a round takes longer than httpx's default
keep-alive of 5 s, so otherwise whichever client ran second reconnected all 100 and the order decided the
figure. Each round is timed twice, in wall time and in the CPU time of this (the client's) process, which
leaves out the server in its child process and the time the process waited for a core; the two make two
rows. At 100 connections nearly all of a call's time is httpcore's pool: each time it assigns requests to
connections it counts all its connections once for every idle one, so a call costs milliseconds, not
microseconds. A third row counts that work (the idle connections gone over per call, in one more, untimed
round of each): where it is the same for the SDK as for httpx, the SDK's extra is what it adds to a sequential
call, and the time rows show it under the machine's noise. What the rows can resolve is shown by the A/A
column and by each cell's spread (the lowest and highest per-cycle ratio); the rounds are short and the cycles
many to make that spread narrow.
Each figure is computed over full rotation cycles (``benchmarks.timing``).
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import socket
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import httpx

from benchmarks import bodies
from benchmarks.anchors import Anchor
from benchmarks.timing import Figure, figure, orders, rounds
from sumvin_sdk import AsyncSumvin, Sumvin

TARGET = 1.05
CONCURRENCY = 100
BASELINE = "httpx + json.loads"
ASYNC_BASELINE = "httpx.AsyncClient + json.loads"
AGAIN = "the baseline again (A/A)"
"""A second, identical ``httpx.AsyncClient``: its ratio to the baseline is the figure's own noise."""
PATH = "/v0/user/me"


def serve(port_out: Any) -> None:
    """A keep-alive HTTP/1.1 server that answers every request with the user body."""
    payload = bodies.user()
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


@contextmanager
def server() -> Iterator[str]:
    """The base URL of a fresh loopback server, stopped on exit."""
    receive, send = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.Process(target=serve, args=(send,), daemon=True)
    child.start()
    try:
        port = receive.recv()
        with socket.create_connection(("127.0.0.1", port)):
            pass
        yield f"http://127.0.0.1:{port}"
    finally:
        child.terminate()
        child.join()


def sync(base: str, anchors: Sequence[Anchor], *, cycles: int) -> Figure:
    """Sequential typed calls of every contender, in rotated blocks of 50."""
    headers = {"x-juno-jwt": "bench-jwt"}
    with httpx.Client(base_url=base, headers=headers) as http, Sumvin(base_url=base, jwt="bench-jwt") as sdk:
        contenders: dict[str, Callable[[], object]] = {
            BASELINE: lambda: json.loads(http.get(PATH).content),
            "sumvin-sdk": sdk.user.get_user_account,
        }
        for anchor in anchors:
            if anchor.user_call is not None:
                contenders[anchor.name] = anchor.user_call(base)
            else:
                decode = anchor.decoders["user"]
                contenders[anchor.name] = lambda decode=decode: decode(http.get(PATH).content)  # type: ignore[misc]
        samples = rounds(contenders, cycles=cycles, repeat=50)
    return figure("sync typed call (GET /v0/user/me, loopback)", samples, BASELINE, targets={"sumvin-sdk": TARGET})


async def _spread(call: Callable[[], Awaitable[Any]], calls: int) -> tuple[float, float]:
    """Wall and client CPU seconds per call of ``calls`` calls spread over ``CONCURRENCY`` tasks."""
    per_task = calls // CONCURRENCY

    async def worker() -> None:
        for _ in range(per_task):
            await call()

    wall, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
    done = per_task * CONCURRENCY
    return (time.perf_counter() - wall) / done, (time.process_time() - cpu) / done


def _counted(client: httpx.AsyncClient) -> list[int]:
    """Count, from now on, the idle connections ``client``'s pool goes over each time it assigns requests.

    httpcore counts all its connections once for every idle one there, so this sum is the measure of its
    quadratic work. The count is kept in the one item of the list returned.
    """
    pool: Any = client._transport._pool  # type: ignore[attr-defined]
    seen = [0]
    assign = pool._assign_requests_to_connections

    def counting() -> Any:
        seen[0] += sum(1 for connection in pool._connections if connection.is_idle())
        return assign()

    pool._assign_requests_to_connections = counting
    return seen


Samples = dict[str, list[float]]


async def _async_samples(base: str, calls: int, cycles: int) -> tuple[Samples, Samples, Samples]:
    limits = httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY, keepalive_expiry=None)
    headers = {"x-juno-jwt": "bench-jwt"}
    async with (
        httpx.AsyncClient(base_url=base, headers=headers, limits=limits) as http,
        httpx.AsyncClient(base_url=base, headers=headers, limits=limits) as twin,
        httpx.AsyncClient(limits=limits) as own,
        AsyncSumvin(base_url=base, jwt="bench-jwt", http_client=own) as sdk,
    ):

        def raw(client: httpx.AsyncClient) -> Callable[[], Awaitable[None]]:
            async def call() -> None:
                json.loads((await client.get(PATH)).content)

            return call

        contenders: dict[str, Callable[[], Awaitable[Any]]] = {
            ASYNC_BASELINE: raw(http),
            "sumvin-sdk": sdk.user.get_user_account,
            AGAIN: raw(twin),  # the baseline's twin: how far two identical clients differ in this figure
        }
        wall: Samples = {name: [] for name in contenders}
        cpu: Samples = {name: [] for name in contenders}
        for call in contenders.values():
            await _spread(call, CONCURRENCY)
        for order in orders(list(contenders), cycles):
            for name in order:
                seconds, cpu_seconds = await _spread(contenders[name], calls)
                wall[name].append(seconds)
                cpu[name].append(cpu_seconds)
        # one more round each, untimed, counting the pools' work: not in the timed rounds, which it would slow
        seen = dict(zip(contenders, map(_counted, (http, own, twin)), strict=True))
        scanned: Samples = {}
        for name, call in contenders.items():
            await _spread(call, calls)
            scanned[name] = [seen[name][0] / calls]
        return wall, cpu, scanned


def concurrent(base: str, *, calls: int, cycles: int) -> list[Figure]:
    """``calls`` typed calls over 100 tasks per round, AsyncSumvin against httpx.AsyncClient: wall time, CPU time
    and the work of httpcore's pool."""
    wall, cpu, scanned = asyncio.run(_async_samples(base, calls, cycles))
    targets = {"sumvin-sdk": TARGET}
    name = f"async at {CONCURRENCY} concurrency"
    return [
        figure(name, wall, ASYNC_BASELINE, targets=targets),
        figure(f"{name}, client CPU time", cpu, ASYNC_BASELINE, targets=targets),
        figure(f"{name}, idle connections httpcore's pool went over per call", scanned, ASYNC_BASELINE, unit="n"),
    ]
