"""Hypothesis strategies for the contract's schemas, built from ``openapi.yaml`` (bodies the schema accepts)."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import strategies as st

SCHEMA_PREFIX = "#/components/schemas/"
LAST_MS = 253_402_300_799_999  # the last millisecond a datetime can hold
TIMESTAMP = re.compile(r".+_at|timestamp|period_start|period_end")


class Strategies:
    """``body(schema)``: a strategy for JSON values that ``schema`` accepts; a schema that recurses into itself
    offers no value the second time round, so another option of its union is taken."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.schemas: dict[str, Any] = spec["components"]["schemas"]

    def body(self, schema: Any, path: frozenset[str] = frozenset(), name: str = "") -> st.SearchStrategy[Any]:
        if schema is True or schema == {}:
            return st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=5))
        if "$ref" in schema:
            ref = schema["$ref"].removeprefix(SCHEMA_PREFIX)
            if ref in path:
                return st.nothing()
            return self.body(self.schemas[ref], path | {ref}, name)
        if "const" in schema:
            return st.just(schema["const"])
        if "enum" in schema:
            return st.sampled_from(schema["enum"])
        for key in ("anyOf", "oneOf"):
            if key in schema:
                return st.one_of(*(self.body(option, path, name) for option in schema[key]))
        kind = schema.get("type")
        if kind == "string":
            return self.string(schema)
        if kind == "integer":
            low, high = schema.get("minimum"), schema.get("maximum")
            if TIMESTAMP.fullmatch(name):
                low, high = max(low or 0, 0), min(high if high is not None else LAST_MS, LAST_MS)
            return st.integers(
                min_value=None if low is None else int(low), max_value=None if high is None else int(high)
            )
        if kind == "number":
            low, high = schema.get("minimum"), schema.get("maximum")
            return st.floats(min_value=low, max_value=high, allow_nan=False, allow_infinity=False)
        if kind == "boolean":
            return st.booleans()
        if kind == "null":
            return st.none()
        if kind == "array":
            items = self.body(schema.get("items", True), path, name)
            return st.lists(items, min_size=schema.get("minItems", 0), max_size=max(schema.get("minItems", 0), 3))
        if kind == "object" or "properties" in schema:
            return self.object(schema, path)
        return st.just(None)

    def string(self, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
        low, high = schema.get("minLength", 0), schema.get("maxLength", 20)
        if "pattern" in schema:
            return st.from_regex(schema["pattern"], fullmatch=True).filter(lambda s: low <= len(s) <= max(high, low))
        return st.text(min_size=low, max_size=max(high, low))

    def object(self, schema: dict[str, Any], path: frozenset[str]) -> st.SearchStrategy[Any]:
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        return st.fixed_dictionaries(
            {k: self.body(v, path, k) for k, v in properties.items() if k in required},
            optional={k: self.body(v, path, k) for k, v in properties.items() if k not in required},
        )
