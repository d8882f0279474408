"""A plain dict ``body=`` checked against the operation's request schema, then made its body model.

The schemas come from ``_generated/bodies.json`` (``codegen/bodies.py``), read on the first dict body. The check
is closed where the contract is: a member the schema does not name (at any depth, unless that object allows
others), a required member missing, a value of the wrong JSON type, or a value outside a closed enum or a
constant raises ``UsageError`` naming the member's path (``period.unit``, ``conditions[0].operator``) and what
it takes; nothing is sent. Responses are not checked here: parsing them stays open to values a newer server
adds. A member of the dict may also be a model instance, at any depth (it counts as its ``to_dict()``); an
enum member counts as its value. Timestamps take epoch milliseconds or ISO 8601 text, files (multipart
bodies) a ``File``, bytes, a binary file object or an httpx-style ``(name, content, type)`` tuple.
"""

from __future__ import annotations

import datetime
import enum
import functools
import json
import math
from collections.abc import Mapping
from types import ModuleType
from typing import Any

from sumvin_sdk._depth import MAX_DEPTH
from sumvin_sdk._generated.operations import Operation
from sumvin_sdk._generated.types import File, Model
from sumvin_sdk.errors import UsageError

__all__ = ["body_model"]

Schema = dict[str, Any]
Path = tuple[str | int, ...]
_NAMES = {
    "string": "a str",
    "integer": "an int",
    "number": "a number",
    "boolean": "a bool",
    "array": "a list",
    "object": "a dict",
    "null": "None",
    "epoch-ms": "epoch milliseconds (an int) or ISO 8601 text",
    "file": "a File, bytes, a binary file object or a (name, content, content type) tuple",
}


class _Problem(Exception):
    """Where a value breaks its schema (``path``) and how; ``kinds`` lists the JSON types a type problem wanted."""

    def __init__(self, path: Path, text: str, kinds: tuple[str, ...] = ()) -> None:
        super().__init__(text)
        self.path, self.text, self.kinds = path, text, kinds


@functools.cache
def _table() -> dict[str, Any]:
    from importlib import resources

    text = resources.files("sumvin_sdk._generated").joinpath("bodies.json").read_text(encoding="utf-8")
    table: dict[str, Any] = json.loads(text)
    return table


def body_model(endpoint: ModuleType, operation: Operation, body: Mapping[str, Any]) -> Any:
    """A dict ``body`` as the operation's body model, checked against its schema before anything is sent.

    Where the operation takes one of several models, the dict is made the first that takes it whole.
    """
    from sumvin_sdk._generated import models  # with the first dict body, not with the package

    entry = _table()["operations"][operation.operation_id]
    try:
        wire = _wire(body, 0)
        _check(entry["schema"], wire, (), top=True)
    except RecursionError:  # past MAX_DEPTH (or a process's lower recursion limit)
        raise UsageError(
            f"{operation.operation_id}: the body nests deeper than {MAX_DEPTH} levels; nothing was sent"
        ) from None
    except _Problem as problem:
        raise UsageError(f"{operation.operation_id}: the body does not fit {problem.text}; nothing was sent") from None
    names = str(endpoint._get_kwargs.__annotations__.get("body", "")).split("|")
    candidates = [getattr(models, n.strip()) for n in names if n.strip() in models.__all__]
    problems = []
    for cls in candidates:
        try:
            model = cls.from_dict(wire)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            detail = f"missing member {exc.args[0]!r}" if isinstance(exc, KeyError) else str(exc)
            problems.append(f"{cls.__name__}: {detail}")
            continue
        if not model.additional_properties:
            return model
        problems.append(f"{cls.__name__}: unknown member {', '.join(map(repr, sorted(model.additional_properties)))}")
    raise UsageError(f"{operation.operation_id}: the body does not fit {'; or '.join(problems) or 'a model'}")


def _wire(value: Any, depth: int) -> Any:
    """``value`` with every model instance in it (in dicts and lists, at any depth) as its ``to_dict()``.

    Past ``MAX_DEPTH`` levels (the bound of every body, see ``sumvin_sdk._depth``) it raises ``RecursionError``;
    one frame per level (loops, not comprehensions) keeps that far within Python's recursion limit.
    """
    if depth > MAX_DEPTH:
        raise RecursionError
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, Mapping):
        members = {}
        for key, item in value.items():
            members[key] = _wire(item, depth + 1)
        return members
    if isinstance(value, list | tuple) and not _is_file(value):
        items = []
        for item in value:
            items.append(_wire(item, depth + 1))
        return items
    return value


def _shown(path: Path) -> str:
    """A member's path as messages show it (``conditions[0].operator``), each name cut to 60 characters."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part[:60]}" if text else part[:60])
    return text


def _resolve(schema: Schema) -> Schema:
    while "$ref" in schema:
        schema = _table()["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _check(schema: Schema, value: Any, path: Path, *, top: bool = False) -> None:
    """Raise ``_Problem`` for the first way ``value`` breaks ``schema``; the top level names its model."""
    schema = _resolve(schema)
    try:
        for key in ("anyOf", "oneOf"):
            if key in schema:
                _alternatives(schema, schema[key], value, path, top=top)
        for part in schema.get("allOf", ()):
            _check(part, value, path)
        _plain(schema, value, path)
    except _Problem as problem:
        if top and not ("anyOf" in schema or "oneOf" in schema):
            problem.text = f"{schema.get('x-class', 'its schema')}: {problem.text}"
        raise


def _alternatives(schema: Schema, options: list[Schema], value: Any, path: Path, *, top: bool) -> None:
    try:
        chosen = _discriminated(schema, value, path)
    except _Problem as problem:
        if top:
            names = [_resolve(option).get("x-class", "its schema") for option in options]
            problem.text = f"{', '.join(names[:-1])} or {names[-1]}: {problem.text}"
        raise
    if chosen is not None:
        _check(chosen, value, path, top=top)
        return
    problems = []
    for option in options:
        try:
            _check(option, value, path, top=top)
            return
        except _Problem as problem:
            problems.append(problem)
    if top and len(problems) > 1:
        raise _Problem(path, "; or ".join(p.text for p in problems))
    # The option the value got furthest into says what is wrong; where it is of none of the options' types
    # (every problem a type problem at this very member), the message lists them all.
    deepest = max(len(p.path) for p in problems)
    at_depth = [p for p in problems if len(p.path) == deepest]
    if deepest == len(path) and all(p.kinds for p in at_depth):
        kinds = tuple(dict.fromkeys(k for p in at_depth for k in p.kinds))
        raise _Problem(path, _type_text(path, kinds, value), kinds)
    raise next((p for p in at_depth if not p.kinds), at_depth[0])


def _discriminated(schema: Schema, value: Any, path: Path) -> Schema | None:
    """The alternative the discriminator member of ``value`` names, if the schema has one and ``value`` holds it."""
    discriminator = schema.get("discriminator")
    if discriminator is None or not isinstance(value, Mapping) or discriminator["propertyName"] not in value:
        return None
    name, mapping = discriminator["propertyName"], discriminator["mapping"]
    given = _plain_value(value[name])
    if not isinstance(given, str) or given not in mapping:
        allowed = ", ".join(map(repr, mapping))
        raise _Problem((*path, name), f"member {_shown((*path, name))!r} takes one of {allowed}, not {_brief(given)}")
    return {"$ref": mapping[given]}


def _plain(schema: Schema, value: Any, path: Path) -> None:
    given = _plain_value(value)
    if "const" in schema and (given != schema["const"] or _bool_for_number(schema["const"], given)):
        raise _Problem(path, f"member {_shown(path)!r} takes {schema['const']!r}, not {_brief(given)}")
    if "enum" in schema and (given not in schema["enum"] or any(_bool_for_number(v, given) for v in schema["enum"])):
        allowed = ", ".join(map(repr, schema["enum"]))
        raise _Problem(path, f"member {_shown(path)!r} takes one of {allowed}, not {_brief(given)}")
    kinds = schema.get("type")
    if kinds is None:
        return
    kinds = tuple(kinds) if isinstance(kinds, list) else (kinds,)
    kind = _kind(value, schema.get("format"))
    if kind not in kinds and not (kind == "integer" and "number" in kinds):
        wanted = {"date-time": ("epoch-ms",), "binary": ("file",)}.get(schema.get("format", ""), kinds)
        raise _Problem(path, _type_text(path, wanted, value), kinds)
    if kind == "array":
        for index, item in enumerate(value):
            _check(schema.get("items", {}), item, (*path, index))
    elif kind == "object":
        _members(schema, value, path)


def _members(schema: Schema, value: Mapping[str, Any], path: Path) -> None:
    properties = schema.get("properties", {})
    extra = schema.get("additionalProperties", not properties)
    for name in schema.get("required", ()):
        if name not in value:
            raise _Problem((*path, name), f"missing member {_shown((*path, name))!r}")
    for name, item in value.items():
        if name in properties:
            _check(properties[name], item, (*path, name))
        elif isinstance(extra, dict):
            _check(extra, item, (*path, name))
        elif not extra:
            import difflib

            close = difflib.get_close_matches(str(name), [p for p in properties if p not in value], n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise _Problem((*path, name), f"unknown member {_shown((*path, str(name)))!r}{hint}")


def _plain_value(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def _bool_for_number(allowed: object, given: object) -> bool:
    """Whether ``given`` only equals ``allowed`` because a bool equals 0 or 1."""
    return isinstance(given, bool) != isinstance(allowed, bool) and given == allowed


def _kind(value: Any, form: str | None) -> str | None:
    """The JSON type ``value`` is sent as (for a schema of format ``form``), ``None`` for none."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if form == "binary":
        return "string" if _is_file(value) else None
    if isinstance(value, str):
        return "string" if form != "date-time" or _iso(value) else None
    if isinstance(value, int):
        return "string" if form == "date-time" else "integer"
    if isinstance(value, float):
        return "number" if math.isfinite(value) else None
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return None


def _iso(text: str) -> bool:
    try:
        datetime.datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def _is_file(value: Any) -> bool:
    """Whether ``value`` is a file a multipart body sends: what ``File.of`` takes."""
    if isinstance(value, tuple) and len(value) in (3, 4):
        return (value[0] is None or isinstance(value[0], str)) and _is_file(value[1])
    return isinstance(value, File | bytes | bytearray) or callable(getattr(value, "read", None))


def _type_text(path: Path, kinds: tuple[str, ...], value: Any) -> str:
    wanted = " or ".join(dict.fromkeys(_NAMES[k] for k in kinds))
    return f"member {_shown(path)!r} takes {wanted}, not {_brief(value)}" if path else f"takes {wanted}"


def _brief(value: Any) -> str:
    if isinstance(value, str | int | float | bool) or value is None:
        return repr(value)[:60]
    return type(value).__name__
