"""The hostile-input table of docs/reliability.md is what the hardening tests really try.

Each row's count is computed here from the case lists the tests iterate; every one of those tests asserts
each of its cases, so a case that did not hold fails its own test and the row's "held" equals "tried"
only while the whole suite passes. ``python -m tests.test_hostile_figures`` rewrites the table.
"""

from __future__ import annotations

import re
import sys

from sumvin_sdk._generated.operations import OPERATIONS
from tests import test_bodies, test_calls, test_routing, test_secrets, test_strict_parsing
from tests.conftest import ROOT
from tests.hostile import BAD_CREDENTIALS, DOT_SEGMENTS, ODD_SEGMENTS

DOC = ROOT / "docs" / "reliability.md"
START, END = "<!-- hostile-figures:start -->", "<!-- hostile-figures:end -->"


def _parameters() -> int:
    return sum(len(test_routing.PARAMETER.findall(o.path)) for o in test_routing.WITH_PARAMETERS)


SIZE_TESTS = [
    "test_a_gzip_bomb_is_refused_after_reading_a_bounded_part_of_it",
    "test_async_clients_stop_a_gzip_bomb_too",
    "test_an_endless_chunked_stream_is_refused_at_the_limit",
    "test_a_declared_length_past_the_limit_is_refused_before_reading",
    "test_the_limit_holds_on_error_statuses_too",
    "test_a_corrupt_compressed_body_is_a_typed_error",
    "test_max_response_bytes_is_configurable_and_finite_by_default",
]
DEADLINE_TESTS = [
    "test_a_body_dripping_a_byte_at_a_time_ends_at_the_deadline",
    "test_async_calls_keep_the_deadline_too",
    "test_retry_waits_never_run_past_the_deadline",
    "test_each_attempt_gets_only_the_time_left",
]


def cases_of(names: list[str]) -> int:
    """How many cases the named tests of test_bodies run (a parametrized test counts each of its values)."""
    total = 0
    for name in names:
        marks = getattr(getattr(test_bodies, name), "pytestmark", [])
        sizes = [len(m.args[1]) for m in marks if m.name == "parametrize"]
        total += sizes[0] if sizes else 1
    return total


def figures() -> list[tuple[str, str, int]]:
    """(defect class, tests, hostile cases tried) for each class of issue 11."""
    strategies = len(test_secrets.STRATEGIES)
    errors = len(test_secrets.ERROR_CLASSES)
    return [
        (
            "An unsendable credential (whitespace at an end, CR/LF, a control or non-ASCII character) is refused "
            "given or from a getter, sync and async, never quoting it",
            "`tests/test_secrets.py`",
            len(BAD_CREDENTIALS) * (2 * strategies + 1),
        ),
        (
            "A transport error quoting a credential reaches no message, cause or pickle",
            "`tests/test_secrets.py`",
            len(test_secrets.TRANSPORT_FAILURES),
        ),
        (
            "Every SDK error class pickles, copies and deep-copies, and keeps no credential",
            "`tests/test_secrets.py`",
            errors * 4,
        ),
        (
            "No log line of any logger (httpx, httpcore at DEBUG on a real socket) names a path parameter, query "
            "or credential of an SDK request",
            "`tests/test_log_hygiene.py`",
            2 * _parameters() + 3 + 2,
        ),
        (
            "Each credential and the org id reach exactly the operations the reference says accept them "
            "(typed, followed, async)",
            "`tests/test_credentials.py`",
            3 * len(OPERATIONS),
        ),
        (
            "A path parameter reaches its own operation as one segment or is refused naming it "
            "(typed methods and HAL templates)",
            "`tests/test_routing.py`",
            2 * _parameters() * (len(DOT_SEGMENTS) + len(ODD_SEGMENTS)),
        ),
        (
            "An unparsable Location or href (`javascript:`, `http:127.0.0.1:9/x`, 2 MB) is a typed error",
            "`tests/test_routing.py`",
            3 * len(test_routing.BAD_LOCATIONS) + 1,
        ),
        (
            "A body nested 501 to 100,000 levels deep, on success and error statuses, parses or is a typed error",
            "`tests/test_bodies.py`",
            2 * len(test_bodies.DEEP_CASES),
        ),
        (
            "A body past `max_response_bytes` after decompression (a gzip bomb, an endless chunked stream, a "
            "declared length, error statuses) is refused after a bounded read",
            "`tests/test_bodies.py`",
            cases_of(SIZE_TESTS),
        ),
        (
            "A call never outlives its `deadline`: a body dripping a byte at a time, retry waits, each attempt's "
            "timeouts (injected clock)",
            "`tests/test_bodies.py`",
            cases_of(DEADLINE_TESTS),
        ),
        (
            "A member of the wrong type (list items, `True` for an int, NaN or infinity for a number) is refused",
            "`tests/test_strict_parsing.py`",
            len(test_strict_parsing.CASES),
        ),
        (
            "Every operation can be called with its required arguments alone",
            "`tests/test_calls.py`",
            len(OPERATIONS),
        ),
        (
            "An empty, blank or `None` Idempotency-Key never makes a POST repeatable",
            "`tests/test_calls.py`",
            2 * len(test_calls.KEYLESS) + 3,
        ),
    ]


def table() -> str:
    rows = [f"| {what} | {where} | {tried:,} | {tried:,} |" for what, where, tried in figures()]
    head = "| hostile input | tests | cases tried | cases held |\n|---|---|---|---|"
    return "\n".join([START, head, *rows, END])


def test_the_documented_figures_are_the_tried_cases() -> None:
    text = DOC.read_text(encoding="utf-8")
    found = re.search(re.escape(START) + ".*?" + re.escape(END), text, re.DOTALL)
    assert found, f"docs/reliability.md has no {START} table"
    assert found.group(0) == table(), "run `python -m tests.test_hostile_figures` to rewrite the table"


if __name__ == "__main__":
    content = DOC.read_text(encoding="utf-8")
    content = re.sub(re.escape(START) + ".*?" + re.escape(END), lambda _: table(), content, flags=re.DOTALL)
    DOC.write_text(content, encoding="utf-8")
    sys.stdout.write(table() + "\n")
