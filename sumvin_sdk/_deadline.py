"""The call's deadline, down to each socket operation of the connection pool a ``Sumvin`` client builds itself.

A read timeout restarts with every read, so a server sending its headers a byte at a time holds a plain
httpx call for as long as it likes. The pool ``Sumvin`` makes for itself (no ``http_client=`` or ``transport=``
given) gets a network backend (``sumvin_sdk._deadline_backend``) whose streams give each read, write and
connect at most the time left before the deadline of the call under way: ``within(left)`` says how much that
is, for the calls the current thread (or context) makes, and ``bounded`` cuts a timeout to it. Past the
deadline an operation fails at once with httpcore's own timeout, which the pipeline reports as
``APITimeoutError``. Async clients bound the whole attempt with ``anyio.fail_after``.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpcore

__all__ = ["bounded", "within"]

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


def bounded(timeout: float | None, expired: type[httpcore.TimeoutException]) -> float | None:
    """``timeout``, cut to the time left before the deadline; ``expired`` if none is left."""
    left = _LEFT.get()
    if left is None:
        return timeout
    remaining = left()
    if remaining <= 0:
        raise expired("the call's deadline passed")
    return remaining if timeout is None else min(timeout, remaining)
