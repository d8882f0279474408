"""Faults on a real loopback socket: each ends in the documented typed error or a correct retry, in time,
and nothing that is unsafe to repeat is repeated. Sync and async."""

from __future__ import annotations

import json
import socket
import struct
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from sumvin_sdk import AsyncSumvin, RetryPolicy, Sumvin
from sumvin_sdk._generated.models import CreateUserRequest
from sumvin_sdk.errors import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
    RedirectError,
    ResponseValidationError,
)
from tests.test_endpoints import SAMPLER, SPEC

USER = json.dumps(SAMPLER.value(SPEC["components"]["schemas"]["GetUserResponse"])).encode()
Behaviour = Callable[[socket.socket], None]


def reply(status: str, body: bytes = b"", headers: str = "content-type: application/json\r\n") -> Behaviour:
    def send(conn: socket.socket) -> None:
        head = f"HTTP/1.1 {status}\r\n{headers}connection: close\r\ncontent-length: {len(body)}\r\n\r\n"
        conn.sendall(head.encode() + body)

    return send


def reset_mid_body(conn: socket.socket) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 500\r\n\r\n" + USER[:40])
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close with a reset


class RawServer:
    """Answers each request on loopback with the next scripted behaviour; counts the requests."""

    def __init__(self, behaviours: list[Behaviour]) -> None:
        self.behaviours = behaviours
        self.requests: list[bytes] = []
        self.release = threading.Event()  # what a slow body waits for: the end of the test
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.listener.getsockname()[1]}"

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            with conn:
                head = b""
                while b"\r\n\r\n" not in head:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    head += chunk
                if not head:
                    continue
                self.requests.append(head.split(b"\r\n", 1)[0])
                behaviour = self.behaviours[min(len(self.requests), len(self.behaviours)) - 1]
                behaviour(conn)

    def slow_body(self, conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{")
        self.release.wait(10)

    def close(self) -> None:
        self.release.set()
        self.listener.close()


@pytest.fixture
def server_factory() -> Iterator[Callable[[list[Behaviour]], RawServer]]:
    servers: list[RawServer] = []

    def make(behaviours: list[Behaviour]) -> RawServer:
        servers.append(RawServer(behaviours))
        return servers[-1]

    yield make
    for server in servers:
        server.close()


def policy(waits: list[float]) -> RetryPolicy:
    async def asleep(seconds: float) -> None:
        waits.append(seconds)

    return RetryPolicy(sleep=waits.append, async_sleep=asleep, random=lambda: 0.0)


def sync_call(base_url: str, waits: list[float], create: bool = False, **options: Any) -> object:
    with Sumvin(base_url=base_url, jwt="jwt", retry_policy=policy(waits), **options) as client:
        if create:
            return client.user.create_user_account(body=CreateUserRequest())
        return client.user.get_user_account()


async def async_call(base_url: str, waits: list[float], create: bool = False, **options: Any) -> object:
    async with AsyncSumvin(base_url=base_url, jwt="jwt", retry_policy=policy(waits), **options) as client:
        if create:
            return await client.user.create_user_account(body=CreateUserRequest())
        return await client.user.get_user_account()


CASES: list[tuple[str, Callable[[RawServer], list[Behaviour]], type[Exception], int, dict[str, Any]]] = [
    # name, script, error, requests the server must see, client options
    ("reset mid-body", lambda s: [reset_mid_body], APIConnectionError, 3, {}),
    ("truncated JSON", lambda s: [reply("200 OK", USER[:-7])], ResponseValidationError, 1, {}),
    ("empty 200", lambda s: [reply("200 OK")], ResponseValidationError, 1, {}),
    (
        "HTML 502",
        lambda s: [reply("502 Bad Gateway", b"<html>bad gateway</html>", "content-type: text/html\r\n")],
        InternalServerError,
        3,
        {},
    ),
    (
        "3xx to another origin",
        lambda s: [reply("302 Found", headers="location: http://evil.test/steal\r\n")],
        RedirectError,
        1,
        {},
    ),
    (
        "slow body past the read timeout",
        lambda s: [s.slow_body],
        APITimeoutError,
        1,
        {"timeout": 0.2, "max_retries": 0},
    ),
    ("429 storm", lambda s: [reply("429 Too Many Requests", headers="retry-after: 1\r\n")], RateLimitError, 3, {}),
]


@pytest.mark.parametrize(("name", "script", "error", "requests", "options"), CASES, ids=[c[0] for c in CASES])
def test_sync_faults(
    server_factory: Callable[[list[Behaviour]], RawServer],
    name: str,
    script: Callable[[RawServer], list[Behaviour]],
    error: type[Exception],
    requests: int,
    options: dict[str, Any],
) -> None:
    server = server_factory([])
    server.behaviours = script(server)
    waits: list[float] = []
    with pytest.raises(error):
        sync_call(server.base_url, waits, **options)
    assert len(server.requests) == requests
    assert len(waits) == requests - 1


@pytest.mark.anyio
@pytest.mark.parametrize(("name", "script", "error", "requests", "options"), CASES, ids=[c[0] for c in CASES])
async def test_async_faults(
    server_factory: Callable[[list[Behaviour]], RawServer],
    name: str,
    script: Callable[[RawServer], list[Behaviour]],
    error: type[Exception],
    requests: int,
    options: dict[str, Any],
) -> None:
    server = server_factory([])
    server.behaviours = script(server)
    waits: list[float] = []
    with pytest.raises(error):
        await async_call(server.base_url, waits, **options)
    assert len(server.requests) == requests
    assert len(waits) == requests - 1


def test_connection_refused_is_retried_then_typed() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    waits: list[float] = []
    with pytest.raises(APIConnectionError):
        sync_call(f"http://127.0.0.1:{port}", waits)
    assert waits == [0.5, 1.0]


@pytest.mark.parametrize("fault", [reset_mid_body, reply("503 Service Unavailable")])
def test_a_post_without_an_idempotency_key_is_never_repeated(
    server_factory: Callable[[list[Behaviour]], RawServer], fault: Behaviour
) -> None:
    server = server_factory([fault])
    with pytest.raises((APIConnectionError, InternalServerError)):
        sync_call(server.base_url, [], create=True)
    assert len(server.requests) == 1


def test_a_transient_fault_then_success_is_one_correct_retry(
    server_factory: Callable[[list[Behaviour]], RawServer],
) -> None:
    server = server_factory([reset_mid_body, reply("200 OK", USER)])
    waits: list[float] = []
    me = sync_call(server.base_url, waits)
    assert type(me).__name__ == "GetUserResponse" and len(server.requests) == 2 and waits == [0.5]


def test_retry_after_from_a_real_server_is_honoured(server_factory: Callable[[list[Behaviour]], RawServer]) -> None:
    server = server_factory([reply("429 Too Many Requests", headers="retry-after: 3\r\n"), reply("200 OK", USER)])
    waits: list[float] = []
    sync_call(server.base_url, waits)
    assert waits == [3.0]
