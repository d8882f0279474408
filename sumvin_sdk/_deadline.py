"""The call's deadline, down to each socket operation of the connection pool a ``Sumvin`` client builds itself.

A read timeout restarts with every read, so a server sending its headers a byte at a time holds a plain
httpx call for as long as it likes. The pool ``Sumvin`` makes for itself (no ``http_client=`` or ``transport=``
given) gets a network backend whose streams give each read, write and connect at most the time left before
the deadline of the call under way: ``within(left)`` says how much that is, for the calls the current thread
(or context) makes. Past the deadline an operation fails at once with httpcore's own timeout, which the
pipeline reports as ``APITimeoutError``. Async clients bound the whole attempt with ``anyio.fail_after``.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

__all__ = ["bound_by_deadline", "within"]

_LEFT: ContextVar[Callable[[], float] | None] = ContextVar("sumvin_sdk_time_left", default=None)


class within:
    """Bound the socket operations of the block by ``left()``, the seconds left before the call's deadline."""

    __slots__ = ("_left", "_token")

    def __init__(self, left: Callable[[], float] | None) -> None:
        self._left = left

    def __enter__(self) -> None:
        self._token = _LEFT.set(self._left)

    def __exit__(self, *exc: object) -> None:
        _LEFT.reset(self._token)


def _bounded(timeout: float | None, expired: type[httpcore.TimeoutException]) -> float | None:
    """``timeout``, cut to the time left before the deadline; ``expired`` if none is left."""
    left = _LEFT.get()
    if left is None:
        return timeout
    remaining = left()
    if remaining <= 0:
        raise expired("the call's deadline passed")
    return remaining if timeout is None else min(timeout, remaining)


class _Stream(httpcore.NetworkStream):
    """A network stream whose every operation ends by the deadline."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._stream.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    """A network backend whose connections and streams end by the deadline."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._backend.connect_tcp(host, port, bounded, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._backend.connect_unix_socket(path, bounded, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def bound_by_deadline(client: httpx.Client) -> httpx.Client:
    """``client`` (one the SDK made), its pools' network backends bounded by ``within``; proxies' pools too."""
    for transport in [client._transport, *client._mounts.values()]:
        pool = getattr(transport, "_pool", None)
        if isinstance(pool, httpcore.ConnectionPool) and not isinstance(pool._network_backend, _Backend):
            pool._network_backend = _Backend(pool._network_backend)
    return client
