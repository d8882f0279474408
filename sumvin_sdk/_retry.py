"""When a failed request is repeated, and how long to wait first: one policy, for sync and async clients.

A request is repeated only when repeating it is safe: its method is idempotent (GET, HEAD, PUT, DELETE,
OPTIONS) or it carries a non-empty ``Idempotency-Key``. It is repeated only for failures that may pass: a
connection error or timeout, a 408/429/502/503/504, or a problem whose error code ends in ``-R``. A
problem with any other error code is terminal, whatever its status. Waits grow exponentially with jitter;
a ``Retry-After`` (seconds or an HTTP date) is honoured exactly, and one longer than ``max_retry_after``
ends the retries instead.
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable
from email.utils import parsedate_to_datetime

import attrs
import httpx

from sumvin_sdk.errors import ProblemDetails


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio  # only async clients need it, and it is slow to import

    await asyncio.sleep(seconds)


IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRYABLE_STATUSES = frozenset({408, 429, 502, 503, 504})
TRANSIENT_ERRORS = (httpx.NetworkError, httpx.TimeoutException, httpx.RemoteProtocolError)


@attrs.frozen
class RetryPolicy:
    """How failed requests are retried. The clock, the sleeps and the jitter source are injectable."""

    max_retries: int = attrs.field(default=2, validator=attrs.validators.ge(0))
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: float = 0.25
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = _asyncio_sleep
    clock: Callable[[], float] = time.time
    monotonic: Callable[[], float] = time.monotonic
    """The clock the call's ``deadline`` is measured on."""
    random: Callable[[], float] = random.random

    def is_safe_to_repeat(self, request: httpx.Request) -> bool:
        """Whether sending ``request`` twice cannot do anything twice."""
        return request.method in IDEMPOTENT_METHODS or bool(request.headers.get("idempotency-key", "").strip())

    def retry_after(self, response: httpx.Response) -> float | None:
        """The server's ``Retry-After`` in seconds (from seconds or an HTTP date), if it sent a valid one."""
        value = response.headers.get("retry-after", "").strip()
        if not value:
            return None
        try:
            return max(0.0, float(value))
        except ValueError:
            pass
        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - self.clock())
        except (TypeError, ValueError, IndexError):
            return None

    def backoff(self, retries_done: int) -> float:
        """The wait before retry number ``retries_done + 1`` when the server gave none."""
        delay = min(self.max_delay, self.initial_delay * 2**retries_done)
        return float(delay * (1 - self.jitter * self.random()))

    def delay(
        self,
        request: httpx.Request,
        outcome: httpx.Response | httpx.TransportError,
        problem: ProblemDetails | None,
        retries_done: int,
    ) -> float | None:
        """Seconds to wait before repeating ``request``, or ``None`` if it must not be repeated."""
        if retries_done >= self.max_retries or not self.is_safe_to_repeat(request):
            return None
        if isinstance(outcome, httpx.TransportError):
            return self.backoff(retries_done) if isinstance(outcome, TRANSIENT_ERRORS) else None
        if problem is not None and problem.error_code is not None:
            if not problem.retryable:
                return None  # a terminal error code, whatever the status says
        elif outcome.status_code not in RETRYABLE_STATUSES:
            return None
        retry_after = self.retry_after(outcome)
        if retry_after is None:
            return self.backoff(retries_done)
        return retry_after if retry_after <= self.max_retry_after else None
