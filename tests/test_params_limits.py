"""Every limit the contract puts on a path, query or header parameter is checked before sending.

Parametrised over every limit of every parameter in ``openapi.yaml`` (``minimum``, ``maximum``,
``exclusiveMinimum``, ``minLength``, ``maxLength``, ``pattern``, ``maxItems``, ``const``; of the parameter or of
its array items): a value at the limit is sent, a value one past it raises ``ParameterError`` naming the
parameter and the limit, and nothing is sent; sync and async.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import httpx
import pytest

from sumvin_sdk import AsyncSumvin, Sumvin
from sumvin_sdk._generated.operations import OPERATIONS
from sumvin_sdk.errors import InternalServerError, ParameterError
from sumvin_sdk.testing._schemas import Checker
from tests.figures import record
from tests.test_calls import required_only
from tests.test_endpoints import OPERATIONS as SPEC_OPERATIONS
from tests.test_endpoints import PARAMETERS, SAMPLER, SPEC
from tests.test_parameters import AUTH, BASE, Sink, method_of

CHECKER = Checker(SPEC["components"]["schemas"], full=True)
NEWLINE = "\n"
KEYWORDS = ("minimum", "maximum", "exclusiveMinimum", "minLength", "maxLength", "pattern", "maxItems", "const")


def limits(schema: dict[str, Any]) -> list[tuple[str, Any, bool, dict[str, Any]]]:
    """(keyword, limit, of the array's items, the option holding it) for each limit of a parameter schema."""
    found = []
    for option in schema.get("anyOf", [schema]):
        found += [(k, option[k], False, option) for k in KEYWORDS if k in option]
        items = option.get("items", {})
        found += [(k, items[k], True, items) for k in KEYWORDS if k in items]
    return found


LIMITS = [
    (op["operationId"], parameter["name"], keyword, limit, in_items, option)
    for _, _, op in SPEC_OPERATIONS
    for parameter in op.get("parameters", [])
    for keyword, limit, in_items, option in limits(parameter.get("schema", {}))
]


def at_and_past(keyword: str, limit: Any, option: dict[str, Any]) -> tuple[Any, list[Any]]:
    """A value at the limit (it passes) and values just past it (each refused)."""
    if keyword == "minimum":
        return limit, [limit - 1 if option.get("type") == "integer" else limit - 0.01]
    if keyword == "maximum":
        return limit, [limit + 1 if option.get("type") == "integer" else limit + 0.01]
    if keyword == "exclusiveMinimum":
        return limit + 0.01, [limit]
    if keyword == "const":
        return limit, ["zz-not-the-constant"]
    sample = SAMPLER.value(option)
    if keyword == "pattern":
        # Of the same length (so no length limit decides): a character that never matches, and a final newline,
        # which "$" does not match before in the contract's regex dialect (Python's re does: see NEWLINE).
        return sample, ["!" + sample[1:], sample[:-1] + NEWLINE]
    if keyword == "maxItems":
        item = SAMPLER.value(option["items"])
        return [item] * limit, [[item] * (limit + 1)]
    at = sample if len(sample) == limit else (sample * limit)[:limit]
    return at, [at[:-1] if keyword == "minLength" else at + at[-1]]


def argument(in_items: bool, value: Any) -> Any:
    return [value] if in_items and not isinstance(value, list) else value


def python_name(operation_id: str, name: str) -> str:
    return next(p.python_name for p in PARAMETERS[operation_id] if p.name == name)


def call(operation_id: str, arguments: dict[str, Any], *, run_async: bool) -> Sink:
    """Call the operation with ``arguments`` over a transport that records requests (answering 599)."""
    operation = OPERATIONS[operation_id]
    sink = Sink()
    if run_async:

        async def go() -> None:
            async with AsyncSumvin(base_url=BASE, auth=AUTH, transport=httpx.MockTransport(sink), max_retries=0) as c:
                await method_of(c, operation)(**arguments)

        with contextlib.suppress(InternalServerError):  # the sink answers 599; the request is what counts
            asyncio.run(go())
        return sink
    with (
        Sumvin(base_url=BASE, auth=AUTH, transport=httpx.MockTransport(sink), max_retries=0) as client,
        contextlib.suppress(InternalServerError),
    ):
        method_of(client, operation)(**arguments)
    return sink


def base_of(operation_id: str) -> dict[str, Any]:
    _, base = required_only(*next((m, p, o) for m, p, o in SPEC_OPERATIONS if o["operationId"] == operation_id))
    return base


def test_the_limits_are_every_kind_the_contract_uses() -> None:
    counts = {k: sum(1 for _, _, keyword, *_ in LIMITS if keyword == k) for k in KEYWORDS}
    record("parameter limits", {"limits checked": len(LIMITS), **{f"{k} limits": v for k, v in counts.items()}})
    assert all(counts.values()), counts  # each kind the checker knows is exercised
    assert len({(o, n) for o, n, *_ in LIMITS}) >= 40


@pytest.mark.parametrize("run_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(
    ("operation_id", "name", "keyword", "limit", "in_items", "option"),
    LIMITS,
    ids=[f"{o}:{n}:{k}" for o, n, k, *_ in LIMITS],
)
def test_a_value_at_the_limit_is_sent_and_one_past_it_is_refused_naming_both(
    operation_id: str, name: str, keyword: str, limit: Any, in_items: bool, option: dict[str, Any], run_async: bool
) -> None:
    at, past = at_and_past(keyword, limit, option)
    # The cases are right (jsonschema reads patterns with Python's re, whose "$" matches before a final newline).
    assert CHECKER.valid(option, at) and not any(CHECKER.valid(option, p) for p in past if not str(p).endswith(NEWLINE))
    python = python_name(operation_id, name)
    base = base_of(operation_id)
    sink = call(operation_id, {**base, python: argument(in_items, at)}, run_async=run_async)
    assert len(sink) == 1, f"{operation_id}: {python}={at!r} at its {keyword} was not sent"
    for value in past:
        with pytest.raises(ParameterError) as refused:
            call(operation_id, {**base, python: argument(in_items, value)}, run_async=run_async)
        error = refused.value
        assert error.parameter == python and error.operation == operation_id
        assert f"{operation_id}: {python} " in str(error) and "nothing was sent" in str(error)
        if keyword != "const":  # a constant reads as the one value it allows
            assert f"({keyword})" in str(error), str(error)
        else:
            assert repr(limit) in str(error)


@pytest.mark.parametrize(
    ("pattern", "matching", "not_matching"),
    [
        ("^ab$", ["ab"], ["ab\n", "abc"]),
        ("^[$]$", ["$"], ["$\n", "a"]),
        ("^[a]$", ["a"], ["a\n"]),
        (r"^a\$$", ["a$"], ["a$\n", "a"]),
        (r"^[\]$]$", ["]", "$"], ["$\n", "]\n"]),
        (r"^a\\$", ["a\\"], ["a\\\n"]),
        (r"^\d\w$", ["7x"], ["٣x", "7é", "7x\n"]),
        ("[$]", ["$", "a$b"], ["a"]),  # a class opening the pattern
        ("^[X$]$", ["X", "$"], ["$\n", "Y"]),  # only a bracket opens or closes a class
        ("^a$|^b$", ["a", "b"], ["a\n", "b\n", "ab"]),  # every end of the pattern, not only the first
    ],
)
def test_a_contract_pattern_reads_as_ecma_262_does(pattern: str, matching: list[str], not_matching: list[str]) -> None:
    """``$`` is the very end outside a class, a literal inside one or escaped; ``\\d`` and ``\\w`` are ASCII."""
    from sumvin_sdk._params import _ecma

    compiled = _ecma(pattern)
    assert [text for text in matching if compiled.search(text)] == matching
    assert [text for text in not_matching if compiled.search(text)] == []
