"""Deterministic schema-valid sample values built from ``openapi.yaml``, for request and response tests."""

from __future__ import annotations

import re
from typing import Any

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
    """Builds one JSON value per schema: every property while shallow, required ones deeper down."""

    def __init__(self, spec: dict[str, Any], *, full_depth: int = 2, max_depth: int = 8) -> None:
        self.schemas: dict[str, Any] = spec["components"]["schemas"]
        self.full_depth = full_depth
        self.max_depth = max_depth

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = self.schemas[schema["$ref"].removeprefix(SCHEMA_PREFIX)]
        return schema

    def value(self, schema: dict[str, Any] | bool, depth: int = 0) -> Any:
        if isinstance(schema, bool):
            return "any"
        schema = self.resolve(schema)
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            return schema["enum"][0]
        for key in ("anyOf", "oneOf"):
            if key in schema:
                options = [s for s in schema[key] if self.resolve(s).get("type") != "null"]
                return self.value(options[0], depth) if options else None
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
            return max(int(schema.get("minimum", 1)), int(schema.get("exclusiveMinimum", 0)) + 1)
        if kind == "number":
            return float(schema.get("minimum", 1.5))
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        if kind == "array":
            if depth >= self.max_depth:
                return []
            count = max(1, schema.get("minItems", 1))
            return [self.value(schema.get("items", {}), depth + 1) for _ in range(count)]
        if kind == "object" or "properties" in schema:
            return self.object(schema, depth)
        return "any"

    def string(self, schema: dict[str, Any]) -> str | bytes:
        if schema.get("format") == "binary" or schema.get("contentMediaType") == "application/octet-stream":
            return b"\x89PNG sample bytes"
        minimum: int = schema.get("minLength", 1)
        maximum: int = schema.get("maxLength", 64)
        pattern = schema.get("pattern")
        if pattern is not None:
            longest = schema.get("maxLength", len(max(PATTERN_SAMPLES, key=len)))
            fits = (s for s in PATTERN_SAMPLES if re.fullmatch(pattern, s) and minimum <= len(s) <= longest)
            text = next(fits, None)
            if text is None:
                raise ValueError(f"no sample satisfies the pattern {pattern!r}: add one to PATTERN_SAMPLES")
            return text
        return ("sample" * (minimum // 6 + 1))[: max(minimum, min(6, maximum))]

    def object(self, schema: dict[str, Any], depth: int) -> dict[str, Any]:
        required = set(schema.get("required", []))
        properties = schema.get("properties", {})
        if depth >= self.max_depth:
            chosen = [name for name in properties if name in required]
        else:
            chosen = [name for name in properties if depth < self.full_depth or name in required]
        return {name: self.value(properties[name], depth + 1) for name in chosen}

    def violations(self, schema: dict[str, Any] | bool, value: Any, path: str = "$") -> list[str]:
        """Where ``value`` breaks ``schema`` (types, required members, enums): a small validator for tests."""
        if isinstance(schema, bool):
            return [] if schema else [f"{path}: not allowed"]
        schema = self.resolve(schema)
        for key in ("anyOf", "oneOf"):
            if key in schema:
                per_option = [self.violations(option, value, path) for option in schema[key]]
                return [] if any(not f for f in per_option) else min(per_option, key=len)
        if "const" in schema and value != schema["const"]:
            return [f"{path}: expected {schema['const']!r}"]
        if "enum" in schema and value not in schema["enum"]:
            return [f"{path}: {value!r} is not one of the enum values"]
        kinds = schema.get("type")
        if kinds is None:
            return []
        kinds = kinds if isinstance(kinds, list) else [kinds]
        checks = {
            "string": lambda v: isinstance(v, str),
            "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
            "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
            "boolean": lambda v: isinstance(v, bool),
            "null": lambda v: v is None,
            "array": lambda v: isinstance(v, list),
            "object": lambda v: isinstance(v, dict),
        }
        if not any(checks[k](value) for k in kinds):
            return [f"{path}: {type(value).__name__} where {'/'.join(kinds)} is required"]
        found: list[str] = []
        if isinstance(value, list):
            for i, item in enumerate(value):
                found += self.violations(schema.get("items", True), item, f"{path}[{i}]")
        if isinstance(value, dict):
            found += [
                f"{path}.{name}: required member missing" for name in schema.get("required", []) if name not in value
            ]
            for name, item in value.items():
                if name in schema.get("properties", {}):
                    found += self.violations(schema["properties"][name], item, f"{path}.{name}")
        return found
