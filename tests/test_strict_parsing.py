"""Every member of a response, list items included, holds its declared type or the body is refused.

Over every member of every object schema declared as a plain string, integer, number or boolean (or a
list of them, or one of them or null): a value of another kind (``True`` for an integer, NaN or an infinity
for a number, a number for a string, an object in a list of strings) raises ``ResponseValidationError``.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
import pytest

from sumvin_sdk._pipeline import Pipeline
from sumvin_sdk.errors import ResponseValidationError
from tests.strategies import TIMESTAMP
from tests.test_endpoints import SAMPLER
from tests.test_property_parsing import SCHEMAS, model_for

NAN, INF = float("nan"), float("inf")
WRONG: dict[str, list[Any]] = {
    "string": [5, 1.5, True, {}, [], NAN, INF],
    "integer": [True, False, 1.5, "1", NAN, INF, {}, []],
    "number": [True, "1.5", NAN, INF, -INF, {}, []],
    "boolean": [0, 1, "true", 1.5, {}],
}
WRONG_ITEMS: dict[str, list[Any]] = {
    "string": [[{}], [5], [None], [NAN], ["ok", 5], [True]],
    "integer": [[True], [1.5], ["1"], [NAN], [None]],
    "number": [[True], [NAN], [INF], ["x"], [None]],
    "boolean": [[0], ["true"], [None]],
}


def plain_kind(schema: dict[str, Any]) -> str | None:
    """``string``/``integer``/``number``/``boolean`` for a plain member (no format, enum or const), else None."""
    if any(key in schema for key in ("format", "enum", "const", "$ref")):
        return None
    kind = schema.get("type")
    return kind if kind in WRONG else None


def member_kind(schema: dict[str, Any]) -> tuple[str, str] | None:
    """(``value`` or ``items``, kind) for a member the checks cover, its ``null`` option set aside."""
    options = [o for o in schema.get("anyOf", [schema]) if o != {"type": "null"}]
    if len(options) != 1:
        return None
    option = options[0]
    if option.get("type") == "array" and isinstance(option.get("items"), dict):
        kind = plain_kind(option["items"])
        return ("items", kind) if kind else None
    kind = plain_kind(option)
    return ("value", kind) if kind else None


def cases() -> list[tuple[str, str, Any]]:
    found = []
    for name in sorted(n for n, schema in SCHEMAS.items() if "properties" in schema and not n.startswith("Body_")):
        for member, prop in SCHEMAS[name]["properties"].items():
            covered = member_kind(prop)
            if covered is None or TIMESTAMP.fullmatch(member):
                continue
            where, kind = covered
            for wrong in (WRONG if where == "value" else WRONG_ITEMS)[kind]:
                found.append((name, member, wrong))
    return found


CASES = cases()


def parse(name: str, body: Any) -> Any:
    request = httpx.Request("GET", "https://api.sumvin.test/probe")
    response = httpx.Response(200, content=json.dumps(body).encode(), request=request)  # NaN kept, as a server might
    return Pipeline.parsed(response, lambda r: model_for(name).from_dict(r.json()), f"probe {name}")


def test_the_cases_cover_every_kind() -> None:
    kinds = {member_kind(SCHEMAS[n]["properties"][m]) for n, m, _ in CASES}
    assert {("value", k) for k in WRONG} <= kinds and ("items", "string") in kinds
    assert len(CASES) > 1000


@pytest.mark.parametrize("name", sorted({n for n, _, _ in CASES}))
def test_a_member_of_another_type_is_refused_naming_it(name: str) -> None:
    valid = SAMPLER.value(SCHEMAS[name])
    parse(name, valid)
    for _, member, wrong in (case for case in CASES if case[0] == name):
        body = copy.deepcopy(valid) | {member: wrong}
        with pytest.raises(ResponseValidationError) as caught:
            parse(name, body)
        assert f"'{member}" in str(caught.value), (member, wrong)


def test_finite_numbers_and_large_ints_still_parse() -> None:
    good: dict[str, list[float]] = {"number": [1e308, -0.0, 3], "integer": [10**30, -1, 0]}
    tried = 0
    for name, member in sorted({(n, m) for n, m, _ in CASES}):
        where, kind = member_kind(SCHEMAS[name]["properties"][member]) or ("", "")
        for value in good.get(kind, []) if where == "value" else list[float]():
            parse(name, SAMPLER.value(SCHEMAS[name]) | {member: value})
            tried += 1
    assert tried > 10
