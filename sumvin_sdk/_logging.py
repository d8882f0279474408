"""httpx's own request log lines, told to name the path template instead of the path.

httpx logs ``HTTP Request: GET https://host/v0/cli/device-codes/<code> "HTTP/1.1 200 OK"`` at INFO, so a
path parameter that is a secret (a device code) would reach any application that logs at INFO. The filter
installed on the ``httpx`` logger rewrites the URL of each such line for a request to one of the API's
operations into its path template (``/v0/cli/device-codes/{device_code}``), query left out, as the SDK's
own log lines name requests. Lines for anything else pass unchanged.
"""

from __future__ import annotations

import logging

import httpx


class PathTemplateFilter(logging.Filter):
    """Replaces the URL in httpx's request lines with the operation's path template."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 2 and isinstance(args[1], httpx.URL):
            record.args = (args[0], templated(str(args[0]), args[1]), *args[2:])
        return True


def templated(method: str, url: httpx.URL) -> str:
    """``url`` with its path as the template of the operation it names (after any base path), if one does."""
    from sumvin_sdk._pipeline import operation_for  # the operations table loads on first use, not at import

    segments = url.path.split("/")
    for start in range(1, len(segments)):
        operation = operation_for(method, "/" + "/".join(segments[start:]))
        if operation is not None:
            prefix = "/".join(segments[:start])
            return f"{url.scheme}://{url.netloc.decode('ascii')}{prefix}{operation.path}"
    return str(url)


def install() -> None:
    """Put the filter on the ``httpx`` logger, once."""
    logger = logging.getLogger("httpx")
    if not any(isinstance(f, PathTemplateFilter) for f in logger.filters):
        logger.addFilter(PathTemplateFilter())
