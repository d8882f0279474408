"""The hostile-input table of docs/reliability.md is what the hardening tests really try.

Each row's count is computed here from the case lists the tests iterate; every one of those tests asserts
each of its cases, so a case that did not hold fails its own test and the row's "held" equals "tried"
only while the whole suite passes. ``python -m tests.test_hostile_figures`` rewrites the table.
"""

from __future__ import annotations

import math
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Collection
from types import ModuleType

from sumvin_sdk._generated.operations import OPERATIONS
from tests import (
    test_bodies,
    test_calls,
    test_cli_output,
    test_cli_store,
    test_deadline_socket,
    test_device,
    test_header_values,
    test_routing,
    test_secrets,
    test_strict_parsing,
    test_unmatched_links,
)
from tests.conftest import ROOT
from tests.hostile import BAD_CREDENTIALS, DOT_SEGMENTS, ODD_SEGMENTS

DOC = ROOT / "docs" / "reliability.md"
START, END = "<!-- hostile-figures:start -->", "<!-- hostile-figures:end -->"


def _parameters() -> int:
    return sum(len(test_routing.PARAMETER.findall(o.path)) for o in test_routing.WITH_PARAMETERS)


HEADER_TESTS = [
    "test_a_header_parameter_that_cannot_be_sent_is_refused_unsent",
    "test_a_header_value_that_cannot_be_sent_is_refused_whichever_way_it_comes",
    "test_a_header_name_that_is_no_token_is_refused_whichever_way_it_comes",
    "test_async_calls_refuse_them_too",
]
SIZE_TESTS = [
    "test_a_gzip_bomb_is_refused_after_reading_a_bounded_part_of_it",
    "test_async_clients_stop_a_gzip_bomb_too",
    "test_an_endless_chunked_stream_is_refused_at_the_limit",
    "test_a_declared_length_past_the_limit_is_refused_before_reading",
    "test_the_limit_holds_on_error_statuses_too",
    "test_a_corrupt_compressed_body_is_a_typed_error",
    "test_max_response_bytes_is_configurable_and_finite_by_default",
]
ENCODING_TESTS = [
    "test_the_encodings_the_sdk_asks_for_decode_in_any_case_and_with_identity",
    "test_any_other_encoding_or_a_stack_is_refused_before_its_body_is_read",
    "test_an_in_memory_body_in_another_encoding_is_refused_too",
    "test_codings_stacked_over_several_header_lines_are_refused",
    "test_async_clients_refuse_other_encodings_too",
]
UNMATCHED_TESTS = [
    "test_a_link_no_operation_matches_is_refused_before_anything_is_sent",
    "test_async_follows_refuse_them_too",
    "test_whatever_model_is_asked_for_and_however_the_link_is_expanded",
]
DEADLINE_TESTS = [
    "test_a_body_dripping_a_byte_at_a_time_ends_at_the_deadline",
    "test_async_calls_keep_the_deadline_too",
    "test_retry_waits_never_run_past_the_deadline",
    "test_each_attempt_gets_only_the_time_left",
]
SOCKET_DEADLINE_TESTS = [
    "test_a_server_dripping_its_headers_is_cut_off_at_the_deadline",
    "test_with_options_carries_the_deadline_per_call",
    "test_each_stream_operation_gets_at_most_the_time_left",
    "test_past_the_deadline_no_operation_reaches_the_socket",
]


def _parametrized(test: object) -> list[Collection[object]]:
    """The value lists of each ``parametrize`` mark of a test function."""
    return [m.args[1] for m in getattr(test, "pytestmark", []) if m.name == "parametrize"]


def runs_of(module: ModuleType, name: str) -> int:
    """How many cases one test function runs: the product of the sizes of its parametrize marks."""
    return math.prod(len(values) for values in _parametrized(getattr(module, name)))


def cases_of(names: list[str], module: ModuleType = test_bodies) -> int:
    """How many cases the named tests of ``module`` run (a parametrized test counts each of its values)."""
    return sum(runs_of(module, name) for name in names)


def trying(module: ModuleType, cases: Collection[object]) -> list[str]:
    """The test functions of ``module`` parametrized over the case list ``cases`` (a dict: its keys or values)."""
    wanted = [list(cases)] + ([list(cases.values())] if isinstance(cases, dict) else [])
    return [
        name
        for name in sorted(vars(module))
        if name.startswith("test_") and any(list(values) in wanted for values in _parametrized(getattr(module, name)))
    ]


#: The tests whose cases a row counts by trying one of their case lists, as (module, case list).
TRIED = {
    "cli output": (test_cli_output, test_cli_output.HOSTILE),
    "corrupt token file": (test_cli_store, test_cli_store.CORRUPT),
    "device endings": (test_device, test_device.FAILURES),
}


def tried(kind: str) -> int:
    """How many cases the tests over the case list ``TRIED[kind]`` run, every parametrization counted."""
    module, cases = TRIED[kind]
    return cases_of(trying(module, cases), module)


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
            "A header that no HTTP layer would send (a name that is no token; a value with CR/LF, a control or "
            "non-ASCII character, whitespace at an end, or not a str) is refused unsent, never quoted, whether it "
            "comes from a header parameter, `extra_headers`, `default_headers`, `with_options` or a follow",
            "`tests/test_header_values.py`",
            cases_of(HEADER_TESTS, test_header_values),
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
            "A followed link on the client's origin that matches no operation (an unknown path, one segment too "
            "many, a method its path does not take; absolute, relative or templated; any `model`) is refused "
            "unsent with `HALUnmatchedLinkError`, no credential getter called",
            "`tests/test_unmatched_links.py`",
            cases_of(UNMATCHED_TESTS, test_unmatched_links),
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
            "A body in a `Content-Encoding` the SDK does not decode (`br`, `zstd`, unknown tokens, stacks such as "
            "`gzip, br`, over one header line or several) is refused unread; the ones it asks for decode in any "
            "case and with `identity`",
            "`tests/test_bodies.py`",
            cases_of(ENCODING_TESTS),
        ),
        (
            "A call never outlives its `deadline`: a body dripping a byte at a time, retry waits, each attempt's "
            "timeouts (injected clock)",
            "`tests/test_bodies.py`",
            cases_of(DEADLINE_TESTS),
        ),
        (
            "A sync call on the connection pool the SDK makes ends at its `deadline` even while a server drips its "
            "headers (a real loopback socket, an injected clock); each socket operation gets at most the time left",
            "`tests/test_deadline_socket.py`",
            cases_of(SOCKET_DEADLINE_TESTS, test_deadline_socket),
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
        (
            "Server text the `sumvin` command prints (problem titles, details, codes and links, sign-in codes and "
            "links, non-JSON error bodies, JSON output) is literal: markup, control, bidi and format characters "
            "reach no terminal, on a TTY and on a pipe",
            "`tests/test_cli_output.py`",
            tried("cli output"),
        ),
        (
            "A corrupt token file (empty, truncated, of the wrong shape, binary, 100,000 levels deep, 2 MiB) is one "
            "line naming the file and the fix, for every command that reads it",
            "`tests/test_cli_store.py`",
            tried("corrupt token file"),
        ),
        (
            "Every way the device sign-in ends (transport failures, bodies that break the contract, unexpected "
            "statuses, a redirect away) at each of its steps is a `DeviceLoginError` with its cause chained",
            "`tests/test_device.py`",
            tried("device endings"),
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


def test_the_counted_cases_are_the_ones_pytest_runs() -> None:
    """Each counted test runs as many cases as the figures say: pytest's own collection of those files agrees."""
    counted = {(test_bodies, name) for name in SIZE_TESTS + ENCODING_TESTS + DEADLINE_TESTS}
    counted |= {(module, name) for module, cases in TRIED.values() for name in trying(module, cases)}
    counted |= {(test_unmatched_links, name) for name in UNMATCHED_TESTS}
    counted |= {(test_deadline_socket, name) for name in SOCKET_DEADLINE_TESTS}
    files = sorted({f"tests/{module.__name__.rpartition('.')[2]}.py" for module, _ in counted})
    listing = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *files],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    collected = Counter(line.split("::")[-1].split("[")[0] for line in listing.splitlines() if "::" in line)
    assert all(trying(module, cases) for module, cases in TRIED.values()), "every case list is tried by some test"
    assert {name: runs_of(module, name) for module, name in counted} == {name: collected[name] for _, name in counted}


if __name__ == "__main__":
    content = DOC.read_text(encoding="utf-8")
    content = re.sub(re.escape(START) + ".*?" + re.escape(END), lambda _: table(), content, flags=re.DOTALL)
    DOC.write_text(content, encoding="utf-8")
    sys.stdout.write(table() + "\n")
