"""Deterministic schema-valid sample values built from ``openapi.yaml``, for request and response tests."""

from __future__ import annotations

from typing import Any

SCHEMA_PREFIX = "#/components/schemas/"


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
        text = "sample"
        if "pattern" in schema and schema["pattern"].startswith("^(?!^[-+.]*$)"):
            text = "12.5"  # the decimal-number pattern FastAPI emits for Decimal fields
        elif "pattern" in schema and schema["pattern"].startswith("^(all|str-"):
            text = "all"
        minimum: int = schema.get("minLength", 1)
        maximum: int = schema.get("maxLength", 64)
        return (text * (minimum // len(text) + 1))[: max(minimum, min(len(text), maximum))]

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
