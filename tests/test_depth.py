"""``too_deep``: how deep a body nests, measured without decoding it, at exactly the limit and past it."""

from __future__ import annotations

import pytest

from sumvin_sdk._depth import MAX_DEPTH, too_deep


def nested(depth: int, opener: bytes = b"[", closer: bytes = b"]") -> bytes:
    return opener * depth + closer * depth


@pytest.mark.parametrize("limit", [1, 3, 10, MAX_DEPTH])
def test_nesting_up_to_the_limit_passes_and_one_more_level_is_too_deep(limit: int) -> None:
    assert not too_deep(nested(limit), limit)
    assert too_deep(nested(limit + 1), limit)
    assert too_deep(b"{" + b'"a":{' * limit + b"}" * (limit + 1), limit)


def test_the_default_limit_is_max_depth() -> None:
    assert not too_deep(nested(MAX_DEPTH)) and too_deep(nested(MAX_DEPTH + 1))


def test_leading_whitespace_does_not_hide_a_deep_body() -> None:
    assert too_deep(b" \r\n\t" + nested(MAX_DEPTH + 1))


@pytest.mark.parametrize(
    "content",
    [
        b"[]" * (MAX_DEPTH * 2),  # many brackets, each closed: depth 1
        b"[" + b"[]," * MAX_DEPTH + b"[]]",
        b'["' + b"[" * (MAX_DEPTH + 1) + b'"]',  # brackets inside a string are text
        b'["\\"' + b"{" * (MAX_DEPTH + 1) + b'"]',  # an escaped quote does not end the string
        b'"' + b"[" * (MAX_DEPTH + 1),  # not an array or object at all
        b"x" + nested(MAX_DEPTH + 1),
        b"",
    ],
)
def test_bodies_with_many_brackets_that_do_not_nest_past_the_limit_pass(content: bytes) -> None:
    assert not too_deep(content)


def test_a_string_spanning_lines_is_still_a_string() -> None:
    assert not too_deep(b'["a\n' + b"[" * (MAX_DEPTH + 1) + b'\nb"]')
    assert too_deep(b'["a\\\\"' + b"," + b"[" * (MAX_DEPTH + 1))  # the escaped backslash ends, the quote closes
