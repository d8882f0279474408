"""How deep a JSON body nests, found without decoding it, so no decoder recurses into a hostile one.

Python's ``json`` recurses once per level: about 1,000 levels raise ``RecursionError``, and in a process
that raised its recursion limit, a deeper body can overflow the C stack and crash the interpreter. So a
body is measured first: a count of its brackets answers for almost every body at C speed, and only one
with more brackets than ``MAX_DEPTH`` is scanned (strings removed, then the brackets walked).
"""

from __future__ import annotations

import re

__all__ = ["MAX_DEPTH", "too_deep"]

MAX_DEPTH = 500
"""The deepest nesting a body may have; Sumvin's own bodies nest a few dozen levels at most."""
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_JSON_START = re.compile(rb"\s*[\[{]")
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


def too_deep(content: bytes, limit: int = MAX_DEPTH) -> bool:
    """Whether ``content`` (JSON or not) opens more than ``limit`` brackets without closing them."""
    if not _JSON_START.match(content) or content.count(b"[") + content.count(b"{") <= limit:
        return False
    depth = 0
    for bracket in _STRING.sub(b"", content).translate(None, _NOT_BRACKETS):
        if bracket in b"[{":
            depth += 1
            if depth > limit:
                return True
        else:
            depth -= 1
    return False
