"""No log line names a path parameter, a query or a credential of a request the SDK sends.

The SDK's own lines name requests by their path template. The libraries below it do not: httpx logs
``HTTP Request: POST https://…/device-codes/<code>/approval …`` at INFO, and httpcore's DEBUG lines quote
its exceptions, which may hold a header value. ``Scrubber`` is a ``logging.Filter`` on those loggers:
while an SDK request is in flight (``Scrubber.tracking``), any record mentioning its concrete path is
rewritten with the path template, and any of its header values that an error would redact
(``errors.REVEALED_HEADERS``) with ``[redacted]``. Records that mention no SDK request pass unchanged, and
the filter costs nothing while a logger is disabled.
"""

from __future__ import annotations

import logging

import httpx

from sumvin_sdk.errors import REDACTED, REVEALED_HEADERS

__all__ = ["LOGGERS", "SCRUBBER", "Scrubber"]

LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "hpack.hpack",
    "hpack.table",
    "sumvin_sdk",
)
"""The loggers that can see an SDK request: httpx's, httpcore's, HTTP/2 header compression's, the SDK's."""


class Scrubber(logging.Filter):
    """Rewrites log records that mention an SDK request in flight; see the module docstring."""

    def __init__(self) -> None:
        super().__init__()
        # One entry per block under way, keyed by its ``_Tracking``: adding and removing one key is atomic, so
        # threads and tasks need no lock, and a request in two blocks at once is simply listed twice.
        self._in_flight: dict[_Tracking, tuple[httpx.Request, str]] = {}

    def tracking(self, request: httpx.Request, template: str) -> _Tracking:
        """A context manager: while its block runs, records mentioning ``request`` name it by ``template``."""
        return _Tracking(self._in_flight, request, template)

    def filter(self, record: logging.LogRecord) -> bool:
        """Keep every record, rewritten where it names a request in flight."""
        if not self._in_flight:
            return True
        message = original = record.getMessage()
        for request, template in list(self._in_flight.values()):
            message = scrub(message, request, template)
        if message != original:
            record.msg, record.args = message, ()
        return True

    def install(self) -> None:
        """Add this filter to every logger in ``LOGGERS`` (once)."""
        for name in LOGGERS:
            logger = logging.getLogger(name)
            if self not in logger.filters:
                logger.addFilter(self)


class _Tracking:
    """The block of ``Scrubber.tracking``: its request is listed in flight from entry to exit."""

    __slots__ = ("_entry", "_in_flight")

    def __init__(self, in_flight: dict[_Tracking, tuple[httpx.Request, str]], request: httpx.Request, template: str):
        self._in_flight, self._entry = in_flight, (request, template)

    def __enter__(self) -> None:
        self._in_flight[self] = self._entry

    def __exit__(self, *exc: object) -> None:
        del self._in_flight[self]


def scrub(text: str, request: httpx.Request, template: str) -> str:
    """``text`` with ``request``'s concrete path (and query) replaced by ``template``, and its secrets cut."""
    raw = request.url.raw_path.decode("ascii", "replace")
    for concrete in sorted({raw, raw.partition("?")[0], request.url.path}, key=len, reverse=True):
        if concrete and concrete != "/" and concrete != template:
            text = text.replace(concrete, template)
    for name, value in request.headers.items():
        if name.lower() not in REVEALED_HEADERS:
            for secret in {value, value.strip()}:
                if len(secret) >= 4:
                    text = text.replace(secret, REDACTED)
    return text


SCRUBBER = Scrubber()
"""The one scrubber the clients use; installed on import."""
SCRUBBER.install()
