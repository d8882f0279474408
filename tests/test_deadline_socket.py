"""``deadline`` on a real loopback socket: a server dripping its headers cannot hold a sync call past it.

A read timeout restarts with every byte, so only a bound on each socket operation ends such a call. The
server here moves the injected monotonic clock on with every byte it sends, so the deadline passes while
the headers are still arriving, with no wall-clock wait. A client that reads on then finds the server
still there a moment later, well within its own read timeout, finishing a valid bodiless answer.
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Callable, Iterator
from typing import Any

import httpcore
import httpx
import pytest

from sumvin_sdk import AsyncSumvin, Sumvin
from sumvin_sdk._deadline import within
from sumvin_sdk._deadline_backend import Backend as Bounded
from sumvin_sdk._deadline_backend import bound_by_deadline
from sumvin_sdk.errors import APITimeoutError
from tests.test_bodies import Clock
from tests.test_faults import Behaviour, RawServer

HEAD = b"HTTP/1.1 204 No Content\r\nx-drip: " + b"d" * 40
REST = b"\r\ncontent-length: 0\r\n\r\n"
PATIENCE = 0.3
"""How long (real seconds) the server waits for a hang-up before it completes the answer: shorter than any
read timeout below, and waited in full only by a client that failed to end the call."""


def drip(clock: Clock, step: float) -> Behaviour:
    """The head a byte at a time, the clock moved on ``step`` before each; then the rest if the client reads on."""

    def send(conn: socket.socket) -> None:
        try:
            for byte in HEAD:
                clock.now += step
                conn.sendall(bytes([byte]))
            conn.settimeout(PATIENCE)
            conn.recv(1)  # the client hangs up
        except TimeoutError:
            conn.sendall(REST)
        except OSError:  # reset by the client
            pass

    return send


@pytest.fixture
def dripper() -> Iterator[Callable[[Clock, float], RawServer]]:
    made: list[RawServer] = []

    def make(clock: Clock, step: float) -> RawServer:
        made.append(RawServer([drip(clock, step)]))
        return made[-1]

    yield make
    for server in made:
        server.close()


@pytest.mark.parametrize("step", [0.3, 1.0, 5.0], ids=lambda s: f"{s} s a byte")
@pytest.mark.parametrize("timeout", [1.0, 30.0, None], ids=lambda t: f"timeout {t}")
def test_a_server_dripping_its_headers_is_cut_off_at_the_deadline(
    dripper: Callable[[Clock, float], RawServer], step: float, timeout: float | None
) -> None:
    clock = Clock()
    server = dripper(clock, step)
    policy = clock.policy(max_retries=3)
    with (
        Sumvin(base_url=server.base_url, jwt="j", timeout=timeout, deadline=2, retry_policy=policy) as client,
        pytest.raises(APITimeoutError, match="deadline of 2 s"),
    ):
        client.user.get_user_account()
    assert len(server.requests) == 1, "no retry: no time was left"


def test_with_options_carries_the_deadline_per_call(dripper: Callable[[Clock, float], RawServer]) -> None:
    clock = Clock()
    server = dripper(clock, 0.3)
    with Sumvin(base_url=server.base_url, jwt="j", retry_policy=clock.policy(max_retries=0)) as client:
        short = client.with_options(deadline=1.5)
        with pytest.raises(APITimeoutError, match=r"deadline of 1\.5 s"):
            short.user.get_user_account()
    assert len(server.requests) == 1


class Ticking(Clock):
    """A clock that moves on ``tick`` seconds with every reading: time passing between the SDK's looks at it."""

    def __init__(self, tick: float) -> None:
        super().__init__()
        self.tick = tick

    def __call__(self) -> float:
        self.now += self.tick
        return self.now


def answer_at_once(conn: socket.socket) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}")


@pytest.mark.anyio
async def test_an_async_call_whose_time_runs_out_as_it_is_sent_ends_at_the_deadline() -> None:
    """Read at the call's start, then before the send (0.4 s left), then as the send starts (0.2 s past): the
    async client hands the event loop no time at all, so even a server that answers at once is not waited for."""
    clock, server = Ticking(0.6), RawServer([answer_at_once])
    try:
        policy = clock.policy(max_retries=3)
        async with AsyncSumvin(base_url=server.base_url, jwt="j", deadline=1, retry_policy=policy) as client:
            with pytest.raises(APITimeoutError, match="deadline of 1 s passed"):
                await client.user.get_user_account()
    finally:
        server.close()
    assert server.requests == [], "cut off before the request was written"


# -- the bound itself ---------------------------------------------------------------------------------------------


class Stream(httpcore.NetworkStream):
    """A network stream that records the timeout each operation was given."""

    def __init__(self) -> None:
        self.timeouts: list[float | None] = []

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.timeouts.append(timeout)
        return b"x"

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.timeouts.append(timeout)

    def close(self) -> None:
        self.timeouts.append(-1)

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        self.timeouts.append(timeout)
        return self

    def get_extra_info(self, info: str) -> Any:
        return info


class Backend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self.stream = Stream()
        self.timeouts: list[float | None] = []

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, *args: Any) -> httpcore.NetworkStream:
        self.timeouts.append(timeout)
        return self.stream

    def connect_unix_socket(self, path: str, timeout: float | None = None, *args: Any) -> httpcore.NetworkStream:
        self.timeouts.append(timeout)
        return self.stream


OPERATIONS: dict[str, Callable[[httpcore.NetworkStream, float | None], object]] = {
    "read": lambda stream, timeout: stream.read(1, timeout),
    "write": lambda stream, timeout: stream.write(b"x", timeout),
    "start_tls": lambda stream, timeout: stream.start_tls(Any, "h", timeout),  # type: ignore[arg-type]
}
EXPIRED = {"read": httpcore.ReadTimeout, "write": httpcore.WriteTimeout, "start_tls": httpcore.ConnectTimeout}


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize(
    ("timeout", "left", "given"),
    [(30.0, 2.0, 2.0), (1.0, 2.0, 1.0), (None, 2.0, 2.0), (None, None, None), (5.0, None, 5.0), (0.5, 0.5, 0.5)],
)
def test_each_stream_operation_gets_at_most_the_time_left(
    operation: str, timeout: float | None, left: float | None, given: float | None
) -> None:
    inner = Backend()
    stream = Bounded(inner).connect_tcp("h", 1, timeout)
    with within(None if left is None else lambda: left):
        OPERATIONS[operation](stream, timeout)
    assert inner.stream.timeouts == [given] and inner.timeouts == [timeout]


@pytest.mark.parametrize("operation", [*OPERATIONS, "connect_tcp", "connect_unix_socket"])
@pytest.mark.parametrize("left", [0.0, -0.001, -1e9])
def test_past_the_deadline_no_operation_reaches_the_socket(operation: str, left: float) -> None:
    inner = Backend()
    backend = Bounded(inner)
    stream = backend.connect_tcp("h", 1, 5.0)
    expired = EXPIRED.get(operation, httpcore.ConnectTimeout)
    with within(lambda: left), pytest.raises(expired, match="deadline"):
        if operation == "connect_tcp":
            backend.connect_tcp("h", 1, 5.0)
        elif operation == "connect_unix_socket":
            backend.connect_unix_socket("/s", 5.0)
        else:
            OPERATIONS[operation](stream, 5.0)
    assert inner.stream.timeouts == [] and inner.timeouts == [5.0], "only the connection made before"


def backend_of(transport: object) -> Any:
    return getattr(transport, "_pool")._network_backend  # noqa: B009 (httpx keeps its pool private)


def test_only_the_pools_the_sdk_makes_are_bounded() -> None:
    url = "http://127.0.0.1:9"
    with Sumvin(base_url=url) as own, Sumvin(base_url=url, transport=httpx.HTTPTransport()) as given:
        assert isinstance(backend_of(own._http._transport), Bounded)
        assert not isinstance(backend_of(given._http._transport), Bounded), "a transport passed in is the caller's"
    with httpx.Client() as http, Sumvin(base_url=url, http_client=http) as shared:
        assert not isinstance(backend_of(shared._http._transport), Bounded), "so is a client passed in"
    mounts: dict[str, httpx.BaseTransport] = {"http://": httpx.HTTPTransport(proxy="http://127.0.0.1:9")}
    with bound_by_deadline(bound_by_deadline(httpx.Client(mounts=mounts))) as proxied:
        backends = [backend_of(t) for t in proxied._mounts.values()]
    assert backends and all(isinstance(b, Bounded) and not isinstance(b._backend, Bounded) for b in backends)


class Recorder(httpcore.NetworkBackend, httpcore.NetworkStream):
    """A backend and its stream in one, recording every call's arguments as they arrive."""

    def __init__(self) -> None:
        self.calls: list[tuple[object, ...]] = []

    def connect_tcp(self, *args: Any) -> httpcore.NetworkStream:
        self.calls.append(("connect_tcp", *args))
        return self

    def connect_unix_socket(self, *args: Any) -> httpcore.NetworkStream:
        self.calls.append(("connect_unix_socket", *args))
        return self

    def sleep(self, *args: Any) -> None:
        self.calls.append(("sleep", *args))

    def start_tls(self, *args: Any) -> httpcore.NetworkStream:
        self.calls.append(("start_tls", *args))
        return self

    def get_extra_info(self, info: str) -> Any:
        self.calls.append(("get_extra_info", info))
        return f"the {info}"

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.calls.append(("read", max_bytes, timeout))
        return b"x"


@pytest.mark.parametrize("left", [None, 2.0], ids=["no deadline", "2 s left"])
def test_the_bounded_backend_passes_every_argument_through_but_the_timeout(left: float | None) -> None:
    inner, options, context = Recorder(), [(6, 1, 1)], ssl.create_default_context()
    backend, given = Bounded(inner), 5.0 if left is None else left
    with within(None if left is None else lambda: left):
        tcp = backend.connect_tcp("api.example", 443, 5.0, "10.0.0.1", options)
        unix = backend.connect_unix_socket("/run/api.sock", 5.0, options)
        tls = tcp.start_tls(context, "api.example", 5.0)
        backend.sleep(0.25)
        assert tls.get_extra_info("ssl_object") == "the ssl_object"
        assert unix.read(7, 5.0) == b"x", "the unix socket's stream is the inner one's, bounded too"
    assert inner.calls == [
        ("connect_tcp", "api.example", 443, given, "10.0.0.1", options),
        ("connect_unix_socket", "/run/api.sock", given, options),
        ("start_tls", context, "api.example", given),
        ("sleep", 0.25),
        ("get_extra_info", "ssl_object"),
        ("read", 7, given),
    ]


def test_a_client_made_under_a_proxy_with_no_proxy_hosts_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("NO_PROXY", "localhost")  # httpx mounts no transport (None) for these hosts
    with Sumvin(base_url="https://api.example") as client:
        mounted = [t for t in client._http._mounts.values() if t is not None]
        assert None in client._http._mounts.values() and mounted
        assert all(isinstance(backend_of(t), Bounded) for t in mounted)
