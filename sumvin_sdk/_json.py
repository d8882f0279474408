"""How response bodies are decoded: msgspec's untyped decoder when the ``speedups`` extra is installed, else ``json``.

Either way the answer is exactly that of ``json.loads`` (which ``httpx.Response.json`` calls): the same value,
or the same error. msgspec decodes a body only where it gives what ``json.loads`` gives, and refuses the
rest (``NaN`` and infinities, lone surrogates, a byte order mark or another encoding than UTF-8, integers of
more than 4,300 digits, nesting past its depth limit, any malformed body); a body it refuses is decoded by
``json.loads``, whose value or error is the answer. ``tests/test_json_decoding.py`` holds both to that.

msgspec is imported on the first decode, not with the package, so it costs nothing to a program that never
parses a body.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

Decoder = Callable[[bytes], Any]
_decode: Decoder | None = None


def decoders() -> dict[str, Decoder]:
    """The decoders this installation has, by name, the preferred one last: ``json``, then ``msgspec`` if installed."""
    found: dict[str, Decoder] = {"json": json.loads}
    try:
        import msgspec
    except ImportError:
        return found
    fast = msgspec.json.Decoder().decode
    refused = (msgspec.MsgspecError, RecursionError)

    def decode(content: bytes) -> Any:
        try:
            return fast(content)
        except refused:
            return json.loads(content)

    found["msgspec"] = decode
    return found


def loads(content: bytes) -> Any:
    """``content`` decoded as ``json.loads`` decodes it (same value, same error), by the fastest decoder installed."""
    global _decode
    if _decode is None:
        _decode = list(decoders().values())[-1]
    return _decode(content)
