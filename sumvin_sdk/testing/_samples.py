"""Deterministic, schema-valid sample values built from the contract: the fake's default answers, and the
request and response samples of this project's tests."""

from __future__ import annotations

import re
from typing import Any

from sumvin_sdk.testing._schemas import Checker

JSON = dict[str, Any]
SCHEMA_PREFIX = "#/components/schemas/"

#: Values tried, in order, for a string with a ``pattern``; the first that matches is used.
PATTERN_SAMPLES = (
    "12.5",
    "all",
    "GB",
    "GBR",
    "123456",
    "sample",
    "sample_user",
    "c2FtcGxl",
    "c2FtcGxlc2FtcGxlc2FtcGxl",
    "eip155:8453",
    "+447700900123",
    "123e4567-e89b-12d3-a456-426614174000",
    "sr:sumvin:pint:purchase:create",
    "A" * 16,
    "A" * 43,
    "0x" + "ab" * 20,
    "0x" + "ab" * 32,
    "0x" + "ab" * 65,
)


class Sampler:
    """One JSON value per schema: the contract's example when it is valid, else one built from the schema,
    with every property while shallow and the required ones deeper down."""

    def __init__(
        self,
        spec: JSON,
        *,
        full_depth: int = 2,
        max_depth: int = 8,
        examples: bool = True,
        checker: Checker | None = None,
    ) -> None:
        self.schemas: dict[str, Any] = spec["components"]["schemas"]
        self.full_depth = full_depth
        self.max_depth = max_depth
        self.examples = examples
        self.checker = checker or Checker(self.schemas)

    def resolve(self, schema: JSON) -> JSON:
        """``schema`` with its ``$ref`` followed."""
        while "$ref" in schema:
            schema = self.schemas[schema["$ref"].removeprefix(SCHEMA_PREFIX)]
        return schema

    def value(self, schema: JSON | bool, depth: int = 0) -> Any:
        """A valid value for ``schema``."""
        if isinstance(schema, bool):
            return "any"
        schema = self.resolve(schema)
        if self.examples:
            for example in [*schema.get("examples", []), *([schema["example"]] if "example" in schema else [])]:
                if self.checker.valid(schema, example):
                    return example
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            return schema["enum"][0]
        for key in ("anyOf", "oneOf"):
            if key in schema:
                options = [s for s in schema[key] if self.resolve(s).get("type") != "null"]
                values = [self.value(option, depth) for option in options]
                return next((v for v in values if self.checker.valid(schema, v)), values[0] if values else None)
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                value = self.value(part, depth)
                if isinstance(value, dict):
                    merged |= value
            return merged
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next(k for k in kind if k != "null")
        if kind == "string":
            return self.string(schema)
        if kind == "integer":
            low = max(int(schema.get("minimum", 1)), int(schema.get("exclusiveMinimum", 0)) + 1)
            return min(low, int(schema.get("maximum", low)), int(schema.get("exclusiveMaximum", low + 1)) - 1)
        if kind == "number":
            least = float(schema.get("minimum", schema.get("exclusiveMinimum", 1.0) + 0.5))
            return min(least, float(schema.get("maximum", least)))
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        if kind == "array":
            if depth >= self.max_depth:
                return []
            least = max(1, schema.get("minItems", 1))  # one item at least, so that the items' schema is sampled
            count = min(least, schema.get("maxItems", least))
            return [self.value(schema.get("items", {}), depth + 1) for _ in range(count)]
        if kind == "object" or "properties" in schema:
            return self.object(schema, depth)
        return "any"

    def string(self, schema: JSON) -> str | bytes:
        """A valid string (bytes for a file)."""
        if schema.get("format") == "binary" or schema.get("contentMediaType") == "application/octet-stream":
            return b"\x89PNG sample bytes"
        minimum: int = schema.get("minLength", 1)
        maximum: int = schema.get("maxLength", 64)
        pattern = schema.get("pattern")
        if pattern is not None:
            longest = schema.get("maxLength", len(max(PATTERN_SAMPLES, key=len)))
            fits = (s for s in PATTERN_SAMPLES if re.search(pattern, s) and minimum <= len(s) <= longest)
            text = next(fits, None)
            if text is None:
                raise ValueError(f"no sample satisfies the pattern {pattern!r}: add one to PATTERN_SAMPLES")
            return text
        return ("sample" * (minimum // 6 + 1))[: max(minimum, min(6, maximum))]

    def object(self, schema: JSON, depth: int) -> dict[str, Any]:
        """A valid object: every property while shallow, the required ones deeper down."""
        required = set(schema.get("required", []))
        properties = schema.get("properties", {})
        if depth >= self.max_depth:
            chosen = [name for name in properties if name in required]
        else:
            chosen = [name for name in properties if depth < self.full_depth or name in required]
        return {name: self.value(properties[name], depth + 1) for name in chosen}

    def violations(self, schema: JSON | bool, value: Any, path: str = "$") -> list[str]:
        """Where ``value`` breaks ``schema``, as readable lines (none: it is valid)."""
        return [
            f"{path}{''.join(f'[{p}]' if isinstance(p, int) else f'.{p}' for p in v.loc)}: {v.message}"
            for v in self.checker.violations(schema, value)
        ]
