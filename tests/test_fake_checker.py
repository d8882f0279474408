"""The fake's schema checker, light (a bare install, no jsonschema) and full (the ``testing`` extra).

The light checker is what a bare install's fake checks its answers with: types, required members, enums,
constants, alternatives (the closest option's complaint), ``allOf``, ``$ref`` chains, array items at their index,
nested members and ``false`` schemas, each pinned here as the exact ``Violation``. The full checker turns
jsonschema's errors into the same violations (``_flatten``); for one breakage both name the same place and
keyword, over hand-made schemas and over every schema of ``openapi.yaml`` with each required member dropped. A
validator is built once per schema object.
"""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest

from sumvin_sdk.testing._schemas import Checker, Violation
from tests.test_endpoints import SAMPLER, SPEC

SCHEMAS: dict[str, Any] = {
    "Card": {
        "type": "object",
        "required": ["id", "kind"],
        "properties": {
            "id": {"type": "string"},
            "kind": {"enum": ["debit", "credit"]},
            "limit": {"type": ["integer", "null"]},
            "tags": {"type": "array", "items": {"type": "string"}},
            "owner": {"$ref": "#/components/schemas/Owner"},
        },
    },
    "Owner": {
        "type": "object",
        "required": ["name"],
        "properties": {"name": {"type": "string"}, "version": {"const": 2}},
    },
    "CardAlias": {"$ref": "#/components/schemas/Card"},
    "CardAliasAlias": {"$ref": "#/components/schemas/CardAlias"},
}
LIGHT = Checker(SCHEMAS, full=False)
FULL = Checker(SCHEMAS, full=True)
CARD = {"$ref": "#/components/schemas/Card"}
GOOD_CARD = {"id": "c1", "kind": "debit", "limit": None, "tags": ["a"], "owner": {"name": "Ann", "version": 2}}


GONE = object()


def broken(**changes: Any) -> dict[str, Any]:
    """The good card with ``changes`` (a value of ``GONE`` removes the member)."""
    return {k: v for k, v in {**GOOD_CARD, **changes}.items() if v is not GONE}


# (kind, value, whether it is of that kind): JSON's kinds, with Python's bool-is-int and 2.0-is-integer traps.
KINDS = [
    ("string", "", True),
    ("string", "a", True),
    ("string", 1, False),
    ("string", None, False),
    ("integer", 1, True),
    ("integer", -3, True),
    ("integer", 0, True),
    ("integer", 2.0, True),
    ("integer", 2.5, False),
    ("integer", True, False),
    ("integer", False, False),
    ("integer", "1", False),
    ("integer", None, False),
    ("number", 1, True),
    ("number", 0, True),
    ("number", 1.5, True),
    ("number", True, False),
    ("number", "1.5", False),
    ("number", None, False),
    ("boolean", True, True),
    ("boolean", False, True),
    ("boolean", 0, False),
    ("boolean", 1, False),
    ("boolean", "true", False),
    ("null", None, True),
    ("null", 0, False),
    ("null", "", False),
    ("null", False, False),
    ("null", [], False),
    ("array", [], True),
    ("array", [1], True),
    ("array", {}, False),
    ("array", "ab", False),
    ("object", {}, True),
    ("object", {"a": 1}, True),
    ("object", [], False),
    ("object", None, False),
]


@pytest.mark.parametrize("checker", [LIGHT, FULL], ids=["light", "full"])
@pytest.mark.parametrize(("kind", "value", "fits"), KINDS)
def test_each_json_kind_accepts_its_values_and_refuses_the_rest(
    checker: Checker, kind: str, value: Any, fits: bool
) -> None:
    found = checker.violations({"type": kind}, value)
    if fits:
        assert found == []
    else:
        message = f"{type(value).__name__} where {kind} is required"
        assert found == [Violation((), "type", kind, message)]


@pytest.mark.parametrize("checker", [LIGHT, FULL], ids=["light", "full"])
def test_a_list_of_kinds_accepts_any_of_them_and_names_the_first_when_refused(checker: Checker) -> None:
    schema = {"type": ["integer", "null"]}
    assert checker.valid(schema, 3)
    assert checker.valid(schema, None)
    assert checker.violations(schema, "3") == [Violation((), "type", "integer", "str where integer/null is required")]


# (schema, value, the light checker's exact violations)
LIGHT_CASES: list[tuple[str, Any, Any, list[Violation]]] = [
    ("a valid card", CARD, GOOD_CARD, []),
    ("true schema", True, {"x": [1]}, []),
    ("false schema", False, 1, [Violation((), "false", None, "not allowed")]),
    (
        "false member schema",
        {"properties": {"a": False}},
        {"a": 1},
        [Violation(("a",), "false", None, "not allowed")],
    ),
    ("unknown members ignored", {"properties": {"a": {"type": "string"}}}, {"b": 1}, []),
    ("required missing", CARD, broken(id=GONE), [Violation(("id",), "required", "id", "required member missing")]),
    (
        "two required missing, in the schema's order",
        CARD,
        {"limit": 1},
        [
            Violation(("id",), "required", "id", "required member missing"),
            Violation(("kind",), "required", "kind", "required member missing"),
        ],
    ),
    (
        "member of the wrong type",
        CARD,
        broken(id=5),
        [Violation(("id",), "type", "string", "int where string is required")],
    ),
    (
        "enum",
        CARD,
        broken(kind="gold"),
        [Violation(("kind",), "enum", ["debit", "credit"], "should be one of ['debit', 'credit']")],
    ),
    ("enum member fits", {"enum": ["a", 1]}, 1, []),
    ("const fits", {"const": "a"}, "a", []),
    ("const", {"const": "a"}, "b", [Violation((), "const", "a", "should be 'a'")]),
    ("const before type", {"const": "a", "type": "string"}, 5, [Violation((), "const", "a", "should be 'a'")]),
    (
        "enum before type",
        {"enum": ["a"], "type": "string"},
        5,
        [Violation((), "enum", ["a"], "should be one of ['a']")],
    ),
    (
        "nested through a $ref",
        CARD,
        broken(owner={"version": 3}),
        [
            Violation(("owner", "name"), "required", "name", "required member missing"),
            Violation(("owner", "version"), "const", 2, "should be 2"),
        ],
    ),
    (
        "a chain of $refs",
        {"$ref": "#/components/schemas/CardAliasAlias"},
        broken(kind=GONE),
        [Violation(("kind",), "required", "kind", "required member missing")],
    ),
    (
        "array items at their index",
        CARD,
        broken(tags=["a", 2, "c", None]),
        [
            Violation(("tags", 1), "type", "string", "int where string is required"),
            Violation(("tags", 3), "type", "string", "NoneType where string is required"),
        ],
    ),
    ("array without items takes anything", {"type": "array"}, [1, "a", None, {}], []),
    (
        "items of items",
        {"items": {"items": {"type": "integer"}}},
        [[1], [2, "x"]],
        [Violation((1, 1), "type", "integer", "str where integer is required")],
    ),
    (
        "allOf: every part's violations, in order",
        {"allOf": [{"required": ["a"]}, {"properties": {"b": {"type": "string"}}}]},
        {"b": 1},
        [
            Violation(("a",), "required", "a", "required member missing"),
            Violation(("b",), "type", "string", "int where string is required"),
        ],
    ),
    ("allOf fits", {"allOf": [{"type": "object"}, {"required": ["a"]}]}, {"a": 1}, []),
]
ALTERNATIVES: list[tuple[str, Any, Any, Any, list[Violation]]] = [
    ("an option fits", {"type": "integer"}, {"type": "string"}, "x", []),
    ("the first option fits", {"type": "string"}, {"type": "integer"}, "x", []),
    (
        "the closest option (the second) is the one reported",
        {"type": "object", "required": ["a", "b"]},
        {"type": "object", "required": ["c"]},
        {},
        [Violation(("c",), "required", "c", "required member missing")],
    ),
    (
        "the closest option (the first) is the one reported, its first violation",
        {"type": "object", "required": ["a", "b"]},
        {"type": "object", "required": ["c", "d", "e"]},
        {},
        [Violation(("a",), "required", "a", "required member missing")],
    ),
    (
        "a tie goes to the first option",
        {"type": "string"},
        {"type": "integer"},
        None,
        [Violation((), "type", "string", "NoneType where string is required")],
    ),
]


@pytest.mark.parametrize(("schema", "value", "expected"), [c[1:] for c in LIGHT_CASES], ids=[c[0] for c in LIGHT_CASES])
def test_the_light_checker_reports_each_breakage_exactly(schema: Any, value: Any, expected: list[Violation]) -> None:
    assert LIGHT.violations(schema, value) == expected
    assert LIGHT.valid(schema, value) == (expected == [])


@pytest.mark.parametrize("key", ["anyOf", "oneOf"])
@pytest.mark.parametrize(
    ("first", "second", "value", "expected"), [c[1:] for c in ALTERNATIVES], ids=[c[0] for c in ALTERNATIVES]
)
def test_the_light_checker_reports_the_closest_alternative(
    key: str, first: Any, second: Any, value: Any, expected: list[Violation]
) -> None:
    assert LIGHT.violations({key: [first, second]}, value) == expected


def test_an_alternative_is_checked_at_its_place() -> None:
    schema = {"properties": {"a": {"items": {"anyOf": [{"type": "null"}, {"$ref": "#/components/schemas/Owner"}]}}}}
    found = LIGHT.violations(schema, {"a": [None, {"name": "x"}, {}]})
    assert found == [Violation(("a", 2), "type", "null", "dict where null is required")]


# One breakage each: both checkers name the same place and keyword.
AGREEING: list[tuple[str, Any, Any]] = [
    ("required", CARD, broken(kind=GONE)),
    ("type", CARD, broken(id=[])),
    ("type list", CARD, broken(limit="10")),
    ("enum", CARD, broken(kind="gold")),
    ("const", CARD, broken(owner={"name": "Ann", "version": 1})),
    ("nested required", CARD, broken(owner={})),
    ("item", CARD, broken(tags=["a", "b", 3])),
    ("chain of refs", {"$ref": "#/components/schemas/CardAliasAlias"}, broken(id=1)),
    ("anyOf with null", {"anyOf": [CARD, {"type": "null"}]}, broken(id=GONE)),
    ("oneOf", {"oneOf": [{"type": "string"}, CARD]}, broken(owner={"name": 1})),
    ("allOf", {"allOf": [CARD, {"required": ["extra"]}]}, GOOD_CARD),
]


@pytest.mark.parametrize(("schema", "value"), [c[1:] for c in AGREEING], ids=[c[0] for c in AGREEING])
def test_light_and_full_checkers_name_the_same_place_and_keyword(schema: Any, value: Any) -> None:
    light = [(v.loc, v.keyword) for v in LIGHT.violations(schema, value)]
    full = [(v.loc, v.keyword) for v in FULL.violations(schema, value)]
    assert len(light) == 1
    assert full == light


def _dropping_each_required() -> list[tuple[str, str]]:
    cases = []
    for name, schema in SPEC["components"]["schemas"].items():
        sample = SAMPLER.value(schema)
        if schema.get("type") == "object" and not any(isinstance(v, bytes) for v in sample.values()):  # no files
            cases += [(name, member) for member in schema.get("required", [])]
    return cases


DROPS = _dropping_each_required()


def test_the_contract_gives_the_agreement_test_many_cases() -> None:
    assert len(DROPS) > 300


@pytest.mark.parametrize(("name", "member"), DROPS, ids=[f"{n}.{m}" for n, m in DROPS])
def test_both_checkers_find_a_contract_sample_valid_until_a_required_member_goes(name: str, member: str) -> None:
    schemas = SPEC["components"]["schemas"]
    light, full = Checker(schemas, full=False), Checker(schemas, full=True)
    schema = {"$ref": f"#/components/schemas/{name}"}
    sample = SAMPLER.value(schema)
    assert light.violations(schema, sample) == []
    assert full.violations(schema, sample) == []
    dropped = {k: v for k, v in sample.items() if k != member}
    expected = [Violation((member,), "required", member, "required member missing")]
    assert light.violations(schema, dropped) == expected
    assert full.violations(schema, dropped) == expected


# (schema, value, the full checker's exact violations): jsonschema's errors as violations.
FLATTENED: list[tuple[str, Any, Any, list[Violation]]] = [
    ("valid", CARD, GOOD_CARD, []),
    ("true schema", True, 1, []),
    (
        "required: the member's name",
        CARD,
        broken(id=GONE),
        [Violation(("id",), "required", "id", "required member missing")],
    ),
    (
        "required, nested",
        CARD,
        broken(owner={}),
        [Violation(("owner", "name"), "required", "name", "required member missing")],
    ),
    (
        "additionalProperties: one violation per extra member, sorted",
        {"properties": {"a": {}}, "additionalProperties": False},
        {"a": 1, "z": 1, "b": 2},
        [
            Violation(("b",), "additionalProperties", "b", "unexpected member"),
            Violation(("z",), "additionalProperties", "z", "unexpected member"),
        ],
    ),
    (
        "additionalProperties, nested",
        {"properties": {"o": {"additionalProperties": False}}},
        {"o": {"x": 1}},
        [Violation(("o", "x"), "additionalProperties", "x", "unexpected member")],
    ),
    ("type", CARD, broken(id=5), [Violation(("id",), "type", "string", "int where string is required")]),
    (
        "type list: the first kind",
        CARD,
        broken(limit="x"),
        [Violation(("limit",), "type", "integer", "str where integer/null is required")],
    ),
    (
        "item type at its index",
        CARD,
        broken(tags=["a", 2]),
        [Violation(("tags", 1), "type", "string", "int where string is required")],
    ),
    ("enum", {"enum": ["a", "b"]}, "c", [Violation((), "enum", ["a", "b"], "'c' is not one of ['a', 'b']")]),
    ("const", {"const": 2}, 3, [Violation((), "const", 2, "2 was expected")]),
    (
        "other keywords as jsonschema words them",
        {"minLength": 3},
        "ab",
        [Violation((), "minLength", 3, "'ab' is too short")],
    ),
    (
        "anyOf: the closest option, not 'should be null'",
        {"anyOf": [{"type": "string", "minLength": 3}, {"type": "null"}]},
        "ab",
        [Violation((), "minLength", 3, "'ab' is too short")],
    ),
    (
        "anyOf: a type error of the real option, not the null one",
        {"anyOf": [{"type": "null"}, {"type": "string"}]},
        5,
        [Violation((), "type", "string", "int where string is required")],
    ),
    (
        "anyOf: only null options",
        {"anyOf": [{"type": "null"}]},
        5,
        [Violation((), "type", "null", "int where null is required")],
    ),
    (
        "anyOf: the option's own errors, at their place",
        {"anyOf": [CARD, {"type": "null"}]},
        broken(owner={"name": 1}),
        [Violation(("owner", "name"), "type", "string", "int where string is required")],
    ),
    (
        "oneOf: the closest option",
        {"oneOf": [{"type": "null"}, {"type": "object", "required": ["a"]}]},
        {},
        [Violation(("a",), "required", "a", "required member missing")],
    ),
    (
        "oneOf matched twice: no option to blame",
        {"oneOf": [{"type": "integer"}, {"type": "number"}]},
        1,
        [
            Violation(
                (),
                "oneOf",
                [{"type": "integer"}, {"type": "number"}],
                "1 is valid under each of {'type': 'number'}, {'type': 'integer'}",
            )
        ],
    ),
]


@pytest.mark.parametrize(("schema", "value", "expected"), [c[1:] for c in FLATTENED], ids=[c[0] for c in FLATTENED])
def test_the_full_checker_reports_jsonschema_errors_as_violations(
    schema: Any, value: Any, expected: list[Violation]
) -> None:
    assert FULL.violations(schema, value) == expected


def test_the_full_checker_refuses_everything_under_a_false_schema() -> None:
    # jsonschema names no keyword for a false schema (and no place for a false member schema): the contract has none
    [violation] = FULL.violations(False, 1)
    assert (violation.loc, violation.expected, violation.message) == ((), None, "False schema does not allow 1")


def test_the_full_checker_builds_one_validator_per_schema_object(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[Any] = []
    original = jsonschema.Draft202012Validator

    def counting(schema: Any) -> Any:
        built.append(schema)
        return original(schema)

    monkeypatch.setattr(jsonschema, "Draft202012Validator", counting)
    checker = Checker(SCHEMAS, full=True)
    schema = {"$ref": "#/components/schemas/Card"}
    for _ in range(3):
        assert checker.violations(schema, broken(id=GONE))[0].loc == ("id",)
    assert len(built) == 1
    assert built[0] == {"$ref": "#/components/schemas/Card", "components": {"schemas": SCHEMAS}}
    twin = dict(schema)  # equal, but another object: its own validator
    assert checker.valid(twin, GOOD_CARD)
    assert len(built) == 2
    assert checker.valid(False, 1) is False
    assert built[2] is False
    assert checker.valid(schema, GOOD_CARD)
    assert len(built) == 3


def test_the_full_checker_keeps_schemas_apart() -> None:
    checker = Checker(SCHEMAS, full=True)
    assert checker.valid({"type": "string"}, "a")
    assert not checker.valid({"type": "integer"}, "a")
    assert checker.valid({"type": "string"}, "a")
