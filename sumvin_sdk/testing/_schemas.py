"""Checking a JSON value against a schema of the contract.

With ``jsonschema`` installed (the ``testing`` extra) every keyword is checked. Without it a light built-in check
covers types, required members, enums, constants and alternatives, so that the fake still runs on a bare install
(``python -m sumvin_sdk``); request validation is then off unless asked for (see ``FakeSumvin``).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from typing import Any

import attrs

JSON = dict[str, Any]
Location = tuple[str | int, ...]

#: Whether the full checker is available.
FULL = importlib.util.find_spec("jsonschema") is not None

_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer()),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}


@attrs.frozen
class Violation:
    """Where a value breaks its schema, and which keyword it breaks (``type``, ``required``, ``enum`` …)."""

    loc: Location
    keyword: str
    expected: Any
    message: str


class Checker:
    """Checks values against schemas that refer to ``#/components/schemas/…``."""

    def __init__(self, schemas: dict[str, JSON], *, full: bool = FULL) -> None:
        self.schemas = schemas
        self.full = full
        self._validators: dict[int, tuple[JSON | bool, Any]] = {}

    def violations(self, schema: JSON | bool, value: Any) -> list[Violation]:
        """Every way ``value`` breaks ``schema`` (none: it is valid)."""
        if self.full:
            return list(self._full(schema, value))
        return list(self._light(schema, value, ()))

    def valid(self, schema: JSON | bool, value: Any) -> bool:
        """Whether ``value`` fits ``schema``."""
        return not self.violations(schema, value)

    def _full(self, schema: JSON | bool, value: Any) -> Iterator[Violation]:
        cached = self._validators.get(id(schema))
        if cached is None or cached[0] is not schema:
            from jsonschema import Draft202012Validator

            root = schema if isinstance(schema, bool) else {**schema, "components": {"schemas": self.schemas}}
            cached = self._validators[id(schema)] = (schema, Draft202012Validator(root))  # keeps the id taken
        validator = cached[1]
        for error in validator.iter_errors(value):
            yield from _flatten(error)

    def _light(self, schema: JSON | bool, value: Any, loc: Location) -> Iterator[Violation]:
        if isinstance(schema, bool):
            if not schema:
                yield Violation(loc, "false", None, "not allowed")
            return
        while "$ref" in schema:
            schema = self.schemas[schema["$ref"].split("/")[-1]]
        for key in ("anyOf", "oneOf"):
            if key in schema:
                options = [list(self._light(option, value, loc)) for option in schema[key]]
                if all(options):
                    yield min(options, key=len)[0]
                return
        for part in schema.get("allOf", []):
            yield from self._light(part, value, loc)
        if "const" in schema and value != schema["const"]:
            yield Violation(loc, "const", schema["const"], f"should be {schema['const']!r}")
            return
        if "enum" in schema and value not in schema["enum"]:
            yield Violation(loc, "enum", schema["enum"], f"should be one of {schema['enum']!r}")
            return
        kinds = schema.get("type")
        if kinds is not None:
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if not any(_TYPES[kind](value) for kind in kinds):
                yield Violation(loc, "type", kinds[0], _type_message(value, kinds))
                return
        if isinstance(value, list):
            for index, item in enumerate(value):
                yield from self._light(schema.get("items", True), item, (*loc, index))
        elif isinstance(value, dict):
            for name in schema.get("required", []):
                if name not in value:
                    yield Violation((*loc, name), "required", name, "required member missing")
            properties = schema.get("properties", {})
            for name, item in value.items():
                if name in properties:
                    yield from self._light(properties[name], item, (*loc, name))


def _flatten(error: Any) -> Iterator[Violation]:
    """A jsonschema error as violations: alternatives report their closest option's own errors."""
    loc: Location = tuple(error.absolute_path)
    if error.validator in ("anyOf", "oneOf") and error.context:
        from jsonschema.exceptions import best_match

        real = [e for e in error.context if not (e.validator == "type" and e.validator_value == "null")]
        yield from _flatten(best_match(real or error.context))  # "should be null" says nothing useful
        return
    if error.validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else ""
        yield Violation((*loc, missing), "required", missing, "required member missing")
        return
    if error.validator == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        for name in extra or [""]:
            yield Violation((*loc, name), "additionalProperties", name, "unexpected member")
        return
    if error.validator == "type":
        kinds = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        yield Violation(loc, "type", kinds[0], _type_message(error.instance, kinds))
        return
    yield Violation(loc, str(error.validator), error.validator_value, error.message)


def _type_message(value: Any, kinds: list[str]) -> str:
    return f"{type(value).__name__} where {'/'.join(kinds)} is required"
