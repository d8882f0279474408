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


def test_only_json_brackets_count_not_parentheses() -> None:
    assert not too_deep(b"[" + b"(" * (MAX_DEPTH + 1) + b"]")


def test_a_body_whose_brackets_do_not_pair_up_is_measured_to_the_limit_exactly() -> None:
    unpaired = b"[" * 3 + b"]" * 4 + b"["  # closes one more than it opens, then opens again: depth 3
    assert not too_deep(unpaired, 3) and too_deep(unpaired, 2)


def test_brackets_after_a_string_that_holds_one_still_count() -> None:
    body = b'["[", ' + nested(3) + b"]"  # the string's bracket is text; the array after it nests 3 + 1 deep
    assert too_deep(body, 3) and not too_deep(body, 4)
