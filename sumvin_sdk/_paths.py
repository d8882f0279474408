"""Path parameters: every value reaches the server as exactly one path segment, or is refused unsent.

``quote(value, safe="")`` encodes ``/``, ``\\``, ``%``, ``?`` and ``#``, so no value can split a segment or
start a query. What encoding cannot fix is a segment that URL normalisation removes: an empty value, ``.``
or ``..`` would send the request to another operation (``/v0/wallets/..`` is not ``getWallet``). Those are
refused with ``PathParameterError`` naming the parameter. Typed methods, HAL template expansion and the
device sign-in all go through ``path_segment``.
"""

from __future__ import annotations

from urllib.parse import quote

from sumvin_sdk.errors import PathParameterError

__all__ = ["path_segment"]

_REMOVED_BY_NORMALISATION = frozenset({"", ".", ".."})


def path_segment(name: str, value: object) -> str:
    """``value`` (as text) percent-encoded into one path segment; ``PathParameterError`` if it cannot be one."""
    text = value if isinstance(value, str) else str(value)
    if text in _REMOVED_BY_NORMALISATION:
        shown = "empty" if not text else f"{text!r}"
        raise PathParameterError(
            f"path parameter {name!r} is {shown}: URL normalisation would send the request to another operation",
            parameter=name,
        )
    try:
        return quote(text, safe="")
    except UnicodeEncodeError:
        raise PathParameterError(
            f"path parameter {name!r} holds a character that cannot be encoded (a lone surrogate)", parameter=name
        ) from None
