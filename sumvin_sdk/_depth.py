"""How deep a JSON body nests, found without decoding it, so no decoder recurses into a hostile one.

Python's ``json`` recurses once per level: about 1,000 levels raise ``RecursionError``, and in a process
that raised its recursion limit, a deeper body can overflow the C stack and crash the interpreter. So a
body is measured first, at C speed: a count of its brackets answers for most bodies; a body with more
brackets than ``MAX_DEPTH`` (any big list) is reduced to its brackets and quotes (escapes removed first,
then strings), and its depth is the number of passes that take out the innermost ``[]``/``{}`` pairs until
none is left. A body whose brackets do not pair up that way (not JSON) is walked bracket by bracket.

A decoder reads a body from the start and stops at its first error, so what it recurses into is the
longest prefix that is valid JSON, where strings, escapes and brackets are as this measure reads them:
whatever follows can add depth to the measure but never hide any (``tests/test_bodies.py``).
"""

from __future__ import annotations

import re
from itertools import accumulate

__all__ = ["MAX_DEPTH", "too_deep"]

MAX_DEPTH = 500
"""The deepest nesting a body may have; Sumvin's own bodies nest a few dozen levels at most."""
_JSON_START = re.compile(rb"\s*[\[{]")
_MARKS = bytes.maketrans(b"[{]}", b"(())")  # every opening bracket as "(", every closing one as ")"
_NOT_MARKS = bytes(b for b in range(256) if b not in b'[{]}"')
_PASSES = 32  # a body nesting deeper than this is walked instead
_STEP = tuple(1 if b == ord("(") else -1 if b == ord(")") else 0 for b in range(256))


def too_deep(content: bytes, limit: int = MAX_DEPTH) -> bool:
    """Whether ``content`` (JSON or not) opens more than ``limit`` brackets without closing them."""
    if content.count(b"[") + content.count(b"{") <= limit:
        return False  # no more openings in all, strings included, than the limit: most bodies end here
    if not _JSON_START.match(content):
        return False
    if b"\\" in content:  # an escaped backslash, then an escaped quote, is no delimiter; other escapes are text
        content = content.replace(b"\\\\", b"").replace(b'\\"', b"")
    marks = content.translate(_MARKS, _NOT_MARKS)
    marks = marks.replace(b'""', b"")  # a string without brackets goes whole
    if b'"' in marks:
        marks = b"".join(marks.split(b'"')[::2])  # the brackets outside strings
    reduced = marks
    for _ in range(min(limit, _PASSES)):
        shorter = reduced.replace(b"()", b"")
        if len(shorter) == len(reduced):
            break  # brackets that do not pair up: walked below
        reduced = shorter
        if not reduced:
            return False  # balanced, and each pass took out one level
    return max(accumulate(map(_STEP.__getitem__, marks)), default=0) > limit
