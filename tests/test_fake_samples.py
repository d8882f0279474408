"""The fake's sample values (``Sampler``): deterministic, valid for their schema, and exactly these.

Every schema of ``openapi.yaml`` gets a value the full checker accepts; every pattern of the contract gets the
sample listed for it; and on hand-made schemas each rule is pinned to its exact value: examples first (when
valid), constants, enums, alternatives without their null option, merged ``allOf`` parts, numbers within their
bounds, strings within their lengths, file bytes, arrays within their item counts, objects with every property
while shallow and only the required ones deeper, and the readable violation lines.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from sumvin_sdk.testing._samples import PATTERN_SAMPLES, Sampler
from sumvin_sdk.testing._schemas import Checker
from tests.test_endpoints import SPEC

SCHEMAS: dict[str, Any] = {
    "Leaf": {
        "type": "object",
        "required": ["id"],
        "properties": {"id": {"type": "integer"}, "note": {"type": "string"}},
    },
    "Tree": {
        "type": "object",
        "required": ["leaf"],
        "properties": {
            "leaf": {"$ref": "#/components/schemas/Leaf"},
            "extra": {"$ref": "#/components/schemas/Leaf"},
        },
    },
    "Alias": {"$ref": "#/components/schemas/Leaf"},
    "AliasAlias": {"$ref": "#/components/schemas/Alias"},
    "Null": {"type": "null"},
}
DOCUMENT = {"components": {"schemas": SCHEMAS}}
SAMPLER = Sampler(DOCUMENT)
FULL = Checker(SPEC["components"]["schemas"], full=True)
HANDMADE = Checker(SCHEMAS, full=True)


def test_every_schema_of_the_contract_gets_a_valid_sample() -> None:
    sampler = Sampler(SPEC)
    names = list(SPEC["components"]["schemas"])
    assert len(names) > 400
    for name in names:
        schema = {"$ref": f"#/components/schemas/{name}"}
        value = sampler.value(schema)
        if not isinstance(value, dict) or not any(isinstance(v, bytes) for v in value.values()):  # no files
            assert FULL.violations(schema, value) == [], name


def _contract_patterns() -> dict[tuple[str, int | None, int | None], dict[str, Any]]:
    found: dict[tuple[str, int | None, int | None], dict[str, Any]] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("pattern"), str):
                found[(node["pattern"], node.get("minLength"), node.get("maxLength"))] = node
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(SPEC)
    return found


CONTRACT_PATTERNS = _contract_patterns()
# The sample each pattern of the contract gets (the first of PATTERN_SAMPLES that matches within its lengths).
PICKS = {
    r"^(?!^[-+.]*$)[+-]?0*\d*\.?\d*$": "12.5",
    r"^(all|str-[A-Za-z0-9]+)$": "all",
    r"^[A-Za-z]{2}$": "GB",
    r"^[A-Za-z]{2,3}$": "all",
    r"^[A-Za-z0-9_-]+$": "all",
    r"^[a-zA-Z0-9][a-zA-Z0-9_]{1,18}[a-zA-Z0-9]$": "all",
    r"^[A-Z]{3}$": "GBR",
    r"^\d{6}$": "123456",
    r"^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$": "c2FtcGxlc2FtcGxlc2FtcGxl",
    r"^eip155:\d+$": "eip155:8453",
    r"^\+[1-9]\d{1,14}$": "+447700900123",
    r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$": "123e4567-e89b-12d3-a456-426614174000",
    r"^sr:[a-z0-9]+:pint:[a-z0-9_]+:[a-z0-9_]+(\?[a-zA-Z0-9_=&%.\-@,]+)?$": "sr:sumvin:pint:purchase:create",
    r"^[A-Za-z0-9_-]{16}$": "A" * 16,
    r"^[A-Za-z0-9_-]{43}$": "A" * 43,
    r"^0x[0-9a-fA-F]{40}$": "0x" + "ab" * 20,
    r"^0x[0-9a-fA-F]{64}$": "0x" + "ab" * 32,
    r"^0x[0-9a-fA-F]{130}$": "0x" + "ab" * 65,
}


@pytest.mark.parametrize("key", list(CONTRACT_PATTERNS), ids=[str(k) for k in CONTRACT_PATTERNS])
def test_each_pattern_of_the_contract_gets_its_sample(key: tuple[str, int | None, int | None]) -> None:
    schema = CONTRACT_PATTERNS[key]
    value = SAMPLER.string(schema)
    assert value == PICKS[key[0]]
    assert FULL.valid({k: v for k, v in schema.items() if k != "description"}, value)


def test_every_pattern_of_the_contract_has_its_pick_listed() -> None:
    assert {pattern for pattern, _, _ in CONTRACT_PATTERNS} == set(PICKS)
    assert all(pick in PATTERN_SAMPLES for pick in PICKS.values())


# (schema, the string sample)
STRINGS: list[tuple[dict[str, Any], str | bytes]] = [
    ({"type": "string"}, "sample"),
    ({"type": "string", "minLength": 0}, "sample"),
    ({"type": "string", "minLength": 5}, "sample"),
    ({"type": "string", "minLength": 6}, "sample"),
    ({"type": "string", "minLength": 7}, "samples"),
    ({"type": "string", "minLength": 10}, "samplesamp"),
    ({"type": "string", "minLength": 12}, "samplesample"),
    ({"type": "string", "minLength": 13}, "samplesamples"),
    ({"type": "string", "minLength": 20}, "samplesamplesamplesa"),
    ({"type": "string", "maxLength": 1}, "s"),
    ({"type": "string", "maxLength": 3}, "sam"),
    ({"type": "string", "maxLength": 6}, "sample"),
    ({"type": "string", "maxLength": 7}, "sample"),
    ({"type": "string", "minLength": 8, "maxLength": 8}, "samplesa"),
    ({"type": "string", "format": "binary"}, b"\x89PNG sample bytes"),
    ({"type": "string", "contentMediaType": "application/octet-stream"}, b"\x89PNG sample bytes"),
    ({"type": "string", "contentMediaType": "text/plain"}, "sample"),
    ({"type": "string", "format": "date"}, "sample"),
    ({"type": "string", "pattern": "^[a-z]+$"}, "all"),
    ({"type": "string", "pattern": "^[a-z]+$", "minLength": 4}, "sample"),
    ({"type": "string", "pattern": "^[a-z]{3,6}$", "minLength": 3, "maxLength": 3}, "all"),
    ({"type": "string", "pattern": "[0-9]"}, "12.5"),  # searched, not matched whole
    ({"type": "string", "pattern": "^[0-9]+$", "minLength": 6, "maxLength": 6}, "123456"),
    ({"type": "string", "pattern": "^A+$"}, "A" * 16),
    ({"type": "string", "pattern": "^A+$", "minLength": 17}, "A" * 43),
    ({"type": "string", "pattern": "^A+$", "minLength": 17, "maxLength": 43}, "A" * 43),
    ({"type": "string", "pattern": "^0x[a-f0-9]+$", "minLength": 67}, "0x" + "ab" * 65),
    ({"type": "string", "pattern": "^[a-z_]+$", "minLength": 7}, "sample_user"),
    ({"type": "string", "pattern": "^c2F"}, "c2FtcGxl"),
]


@pytest.mark.parametrize(("schema", "expected"), STRINGS, ids=[str(s) for s, _ in STRINGS])
def test_a_string_sample_fits_its_lengths_pattern_and_format(schema: dict[str, Any], expected: str | bytes) -> None:
    assert SAMPLER.value(schema) == expected
    assert SAMPLER.string(schema) == expected
    assert isinstance(expected, bytes) or HANDMADE.valid(schema, expected)


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "pattern": "^[a-z]+$", "maxLength": 2},
        {"type": "string", "pattern": "^z+$"},
        {"type": "string", "pattern": "^all$", "minLength": 4},
        {"type": "string", "pattern": "^A{16}$", "maxLength": 15},
    ],
)
def test_a_pattern_no_sample_fits_says_so(schema: dict[str, Any]) -> None:
    message = f"no sample satisfies the pattern {schema['pattern']!r}: add one to PATTERN_SAMPLES"
    with pytest.raises(ValueError, match=re.escape(message)):
        SAMPLER.string(schema)


def test_a_pattern_sample_may_be_as_long_as_the_longest_sample_without_a_max_length() -> None:
    longest = max(PATTERN_SAMPLES, key=len)
    assert SAMPLER.string({"pattern": "^0x", "minLength": len(longest)}) == longest


# (schema, the sample)
NUMBERS: list[tuple[dict[str, Any], Any]] = [
    ({"type": "integer"}, 1),
    ({"type": "integer", "minimum": 5}, 5),
    ({"type": "integer", "minimum": 0}, 1),
    ({"type": "integer", "exclusiveMinimum": 5}, 6),
    ({"type": "integer", "exclusiveMinimum": -5}, 1),
    ({"type": "integer", "minimum": 3, "exclusiveMinimum": 7}, 8),
    ({"type": "integer", "minimum": 9, "exclusiveMinimum": 7}, 9),
    ({"type": "integer", "maximum": 0}, 0),
    ({"type": "integer", "maximum": 1}, 1),
    ({"type": "integer", "maximum": 2}, 1),
    ({"type": "integer", "exclusiveMaximum": 1}, 0),
    ({"type": "integer", "exclusiveMaximum": 2}, 1),
    ({"type": "integer", "exclusiveMaximum": 3}, 1),
    ({"type": "integer", "minimum": 10, "exclusiveMaximum": 12}, 10),
    ({"type": "integer", "minimum": -3, "maximum": -1}, -1),
    ({"type": "number"}, 1.5),
    ({"type": "number", "minimum": 2}, 2.0),
    ({"type": "number", "minimum": 0}, 0.0),
    ({"type": "number", "exclusiveMinimum": 0}, 0.5),
    ({"type": "number", "exclusiveMinimum": 4}, 4.5),
    ({"type": "number", "minimum": 3, "exclusiveMinimum": 0}, 3.0),
    ({"type": "number", "maximum": 1}, 1.0),
    ({"type": "number", "maximum": 2}, 1.5),
    ({"type": "number", "minimum": 2, "maximum": 7}, 2.0),
    ({"type": "boolean"}, True),
    ({"type": "null"}, None),
    ({"type": ["null", "integer"]}, 1),
    ({"type": ["string", "null"]}, "sample"),
]


@pytest.mark.parametrize(("schema", "expected"), NUMBERS, ids=[str(s) for s, _ in NUMBERS])
def test_a_scalar_sample_is_the_least_value_its_bounds_allow(schema: dict[str, Any], expected: Any) -> None:
    value = SAMPLER.value(schema)
    assert (value, type(value)) == (expected, type(expected))
    assert HANDMADE.valid(schema, value)


# (schema, the sample)
VALUES: list[tuple[Any, Any]] = [
    (True, "any"),
    (False, "any"),
    ({}, "any"),
    ({"description": "anything"}, "any"),
    ({"const": "fixed", "type": "string"}, "fixed"),
    ({"const": 0}, 0),
    ({"enum": ["b", "a"]}, "b"),
    ({"enum": ["b"], "const": "c"}, "c"),
    ({"$ref": "#/components/schemas/Leaf"}, {"id": 1, "note": "sample"}),
    ({"$ref": "#/components/schemas/AliasAlias"}, {"id": 1, "note": "sample"}),
    ({"$ref": "#/components/schemas/Null"}, None),
    ({"anyOf": [{"type": "null"}, {"type": "integer"}]}, 1),
    ({"oneOf": [{"type": "null"}, {"type": "string"}]}, "sample"),
    ({"anyOf": [{"$ref": "#/components/schemas/Null"}, {"type": "boolean"}]}, True),
    ({"anyOf": [{"type": "null"}]}, None),
    ({"anyOf": [{"type": "string"}, {"type": "integer"}]}, "sample"),
    # the first option whose value fits the whole schema (its siblings included)
    ({"anyOf": [{"type": "string"}, {"type": "integer"}], "type": "integer"}, 1),
    ({"oneOf": [{"type": "string"}, {"type": "integer"}], "type": "integer"}, 1),
    # none fits: the first option's value
    ({"anyOf": [{"type": "string"}, {"type": "integer"}], "type": "boolean"}, "sample"),
    (
        {"allOf": [{"$ref": "#/components/schemas/Leaf"}, {"properties": {"more": {"const": 2}}}]},
        {"id": 1, "note": "sample", "more": 2},
    ),
    ({"allOf": [{"properties": {"a": {"const": 1}}}, {"properties": {"a": {"const": 2}}}]}, {"a": 2}),
    ({"allOf": [{"type": "string"}, {"properties": {"a": {"const": 1}}}]}, {"a": 1}),
    ({"allOf": []}, {}),
    ({"type": "array"}, ["any"]),
    ({"type": "array", "items": {"type": "integer"}}, [1]),
    ({"type": "array", "items": {"type": "integer"}, "minItems": 0}, [1]),
    ({"type": "array", "items": {"type": "integer"}, "maxItems": 3}, [1]),
    ({"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 3}, [1, 1]),
    ({"type": "array", "items": {"type": "integer"}, "minItems": 3, "maxItems": 3}, [1, 1, 1]),
    ({"type": "array", "items": {"type": "integer"}, "minItems": 2}, [1, 1]),
    ({"type": "array", "items": {"type": "integer"}, "minItems": 3}, [1, 1, 1]),
    ({"type": "array", "items": {"type": "integer"}, "maxItems": 0}, []),
    ({"type": "array", "items": {"type": "integer"}, "minItems": 0, "maxItems": 0}, []),
    ({"type": "array", "items": {"type": "array", "items": {"const": "x"}}}, [["x"]]),
    ({"type": "object"}, {}),
    ({"properties": {"a": {"type": "boolean"}}}, {"a": True}),
    (
        {"type": "object", "properties": {"a": {"type": "boolean"}, "b": {"const": 0}}, "required": ["b"]},
        {"a": True, "b": 0},
    ),
]


# Schemas no value fits: the sample is the rule's fallback.
UNSATISFIABLE: list[Any] = [
    False,
    {"enum": ["b"], "const": "c"},
    {"anyOf": [{"type": "string"}, {"type": "integer"}], "type": "boolean"},
    {"allOf": [{"properties": {"a": {"const": 1}}}, {"properties": {"a": {"const": 2}}}]},
    {"allOf": [{"type": "string"}, {"properties": {"a": {"const": 1}}}]},
]


@pytest.mark.parametrize(("schema", "expected"), VALUES, ids=[str(s)[:80] for s, _ in VALUES])
def test_a_sample_follows_the_schema(schema: Any, expected: Any) -> None:
    assert SAMPLER.value(schema) == expected
    assert HANDMADE.valid(schema, expected) is (schema not in UNSATISFIABLE)


def test_a_schema_keeps_only_its_required_properties_below_the_full_depth() -> None:
    tree = {"$ref": "#/components/schemas/Tree"}
    full = {"leaf": {"id": 1, "note": "sample"}, "extra": {"id": 1, "note": "sample"}}
    assert SAMPLER.value(tree) == full
    assert SAMPLER.value(tree, depth=1) == {"leaf": {"id": 1}, "extra": {"id": 1}}
    assert SAMPLER.value(tree, depth=2) == {"leaf": {"id": 1}}
    assert Sampler(DOCUMENT, full_depth=1).value(tree) == {"leaf": {"id": 1}, "extra": {"id": 1}}
    assert Sampler(DOCUMENT, full_depth=0).value(tree) == {"leaf": {"id": 1}}
    assert Sampler(DOCUMENT, full_depth=3).value(tree, depth=1) == full


def test_below_the_max_depth_only_required_properties_and_no_array_items() -> None:
    deep = Sampler(DOCUMENT, full_depth=10, max_depth=2)
    tree = {"$ref": "#/components/schemas/Tree"}
    assert deep.value(tree) == {"leaf": {"id": 1, "note": "sample"}, "extra": {"id": 1, "note": "sample"}}
    assert deep.value(tree, depth=1) == {"leaf": {"id": 1}, "extra": {"id": 1}}
    assert deep.value(tree, depth=2) == {"leaf": {"id": 1}}
    nested = {"type": "array", "items": {"type": "array", "items": {"type": "array", "items": {"const": 1}}}}
    assert deep.value(nested) == [[[]]]
    assert deep.value(nested, depth=1) == [[]]
    assert deep.value(nested, depth=2) == []
    assert Sampler(DOCUMENT).value(nested) == [[[1]]]


EXAMPLES: list[tuple[dict[str, Any], Any]] = [
    ({"type": "integer", "examples": [7, 8], "example": 9}, 7),
    ({"type": "integer", "examples": ["bad", 8], "example": 9}, 8),
    ({"type": "integer", "examples": ["bad"], "example": 9}, 9),
    ({"type": "integer", "example": 9}, 9),
    ({"type": "integer", "example": 0}, 0),
    ({"type": "integer", "example": None}, 1),
    ({"type": "integer", "examples": ["bad"], "example": "worse"}, 1),
    ({"type": "string", "enum": ["a", "b"], "example": "b"}, "b"),
    ({"type": "string", "enum": ["a", "b"], "example": "c"}, "a"),
]


@pytest.mark.parametrize(("schema", "expected"), EXAMPLES, ids=[str(s) for s, _ in EXAMPLES])
def test_a_valid_example_is_the_sample(schema: dict[str, Any], expected: Any) -> None:
    assert SAMPLER.value(schema) == expected


def test_examples_can_be_left_out() -> None:
    sampler = Sampler(DOCUMENT, examples=False)
    assert sampler.value({"type": "integer", "examples": [7], "example": 9}) == 1
    assert sampler.value({"type": "string", "enum": ["a", "b"], "example": "b"}) == "a"


def test_examples_are_checked_by_the_checker_given() -> None:
    light = Sampler(DOCUMENT, checker=Checker(SCHEMAS, full=False))
    schema = {"type": "string", "minLength": 5, "example": "abc"}
    assert light.value(schema) == "abc"  # the light checker does not check lengths
    assert SAMPLER.value(schema) == "sample"  # the full one (the default with jsonschema) does


def test_the_defaults() -> None:
    sampler = Sampler(DOCUMENT)
    assert (sampler.full_depth, sampler.max_depth, sampler.examples) == (2, 8, True)
    assert sampler.schemas is SCHEMAS
    assert sampler.checker.schemas is SCHEMAS
    assert sampler.checker.full is True


def test_resolve_follows_a_chain_of_refs() -> None:
    assert SAMPLER.resolve({"$ref": "#/components/schemas/AliasAlias"}) is SCHEMAS["Leaf"]
    plain = {"type": "string"}
    assert SAMPLER.resolve(plain) is plain


def test_violations_are_readable_lines_with_their_path() -> None:
    tree = {"$ref": "#/components/schemas/Tree"}
    value = {"leaf": {"id": "x"}, "extra": {}}
    assert SAMPLER.violations(tree, value) == [
        "$.leaf.id: str where integer is required",
        "$.extra.id: required member missing",
    ]
    assert SAMPLER.violations(tree, value, path="body") == [
        "body.leaf.id: str where integer is required",
        "body.extra.id: required member missing",
    ]
    items = {"type": "array", "items": {"type": "array", "items": {"type": "integer"}}}
    assert SAMPLER.violations(items, [[1], [2, None]]) == ["$[1][1]: NoneType where integer is required"]
    assert SAMPLER.violations(tree, {"leaf": {"id": 1}}) == []


def test_alternatives_and_parts_are_sampled_at_their_own_depth() -> None:
    tree = {"$ref": "#/components/schemas/Tree"}
    full = {"leaf": {"id": 1, "note": "sample"}, "extra": {"id": 1, "note": "sample"}}
    for key in ("anyOf", "oneOf"):
        assert SAMPLER.value({key: [{"type": "null"}, tree]}) == full
        assert SAMPLER.value({key: [{"type": "null"}, tree]}, depth=2) == {"leaf": {"id": 1}}
    assert SAMPLER.value({"allOf": [tree]}) == full
    assert SAMPLER.value({"allOf": [tree]}, depth=2) == {"leaf": {"id": 1}}
