"""The network backend of a pool ``Sumvin`` makes itself: every connect, read and write ends by the call's deadline.

``bound_by_deadline`` wraps the backend of each of the pool's connection pools; each operation's timeout is cut
to the time left (``sumvin_sdk._deadline``). Only such a pool needs httpcore, so it is imported with this
module, when the first one is made, not with the package.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from sumvin_sdk._deadline import bounded

__all__ = ["Backend", "Stream", "bound_by_deadline"]


class Stream(httpcore.NetworkStream):
    """A network stream whose every operation ends by the deadline."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        limit = bounded(timeout, httpcore.ConnectTimeout)
        return Stream(self._stream.start_tls(ssl_context, server_hostname, limit))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class Backend(httpcore.NetworkBackend):
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
        limit = bounded(timeout, httpcore.ConnectTimeout)
        return Stream(self._backend.connect_tcp(host, port, limit, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        limit = bounded(timeout, httpcore.ConnectTimeout)
        return Stream(self._backend.connect_unix_socket(path, limit, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def bound_by_deadline(client: httpx.Client) -> httpx.Client:
    """``client`` (one the SDK made), its pools' network backends bounded by ``within``; proxies' pools too."""
    for transport in [client._transport, *client._mounts.values()]:
        pool = getattr(transport, "_pool", None)
        if isinstance(pool, httpcore.ConnectionPool) and not isinstance(pool._network_backend, Backend):
            pool._network_backend = Backend(pool._network_backend)
    return client
