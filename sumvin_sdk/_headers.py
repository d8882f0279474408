"""Header names and values checked before anything is sent.

A header name must be an HTTP token and a value visible ASCII, with spaces or tabs only between words. Anything
else would fail deep inside httpx (a bare ``UnicodeEncodeError`` for ``é``, a ``TypeError`` for an int) or reach
the wire with a line break in it, where it reads as a second header. Such a header is refused unsent with
``HeaderError``, naming the header and never showing the value, which may be a secret. Credentials are checked
the same way (``sumvin_sdk.auth``), where an empty value is refused too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from sumvin_sdk.errors import HeaderError

__all__ = ["check_headers", "value_problem"]

_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_SENDABLE = re.compile(r"[\x21-\x7e]+(?:[ \t]+[\x21-\x7e]+)*")


def value_problem(value: str) -> str | None:
    """What keeps ``value`` from being sent as a header value, or ``None``: empty text is sendable here."""
    if not value or _SENDABLE.fullmatch(value):
        return None
    if any(c in value for c in "\r\n\0"):
        return "contains a line break or NUL"
    if value != value.strip(" \t\x0b\x0c"):
        return "has whitespace at its start or end"
    return "holds a control or non-ASCII character"


def check_headers(where: str, headers: Mapping[str, object]) -> None:
    """``HeaderError`` for the first header that cannot be sent as it is; ``where`` starts the message."""
    for name, value in headers.items():
        if not isinstance(name, str) or not _TOKEN.fullmatch(name):
            shown = repr(name)[:60] if isinstance(name, str) else type(name).__name__
            raise HeaderError(f"{where}: the header name {shown} is not an HTTP token; nothing was sent", header=shown)
        problem = value_problem(value) if isinstance(value, str) else f"is {type(value).__name__}, not str"
        if problem:
            raise HeaderError(f"{where}: the {name} header value {problem} (not shown); nothing was sent", header=name)
