"""Path, query and header arguments checked before anything is sent, and date filters put in the API's form.

Each endpoint module holds its operation's parameters, ``PARAMETERS`` (generated from the contract by
``codegen/parameters.py``, the classes in ``_generated/parameters.py``): JSON types, closed enums, limits,
array items, date forms. ``checked`` holds every argument of a call against its parameter and raises
``ParameterError`` naming it for one the parameter cannot take: ``limit="ten"``, ``True`` for an int (a
``bool`` is no number here), ``1`` for a string, NaN or infinity for a number, a list for a single value or a
string for a list, an enum value the contract does not list (a member of the parameter's own enum class
passes, even one a newer server sent), or a value past a limit the contract states (``minimum``/``maximum``/
``exclusiveMinimum``, ``minLength``/``maxLength``, ``pattern``, ``maxItems``), the message naming the limit.
``None`` is taken where the parameter is nullable, and for an optional one (which then is not sent).

Date filters (``format="date"``: the API reads ``YYYY-MM-DD`` or epoch milliseconds) take a ``datetime.date``
(sent as ``YYYY-MM-DD``), an aware ``datetime`` or an int (sent as epoch milliseconds), or a string in either
form. Instants (``format="epoch-ms"``) take an aware ``datetime`` or an int, sent as epoch milliseconds. A
naive datetime is refused: its instant depends on the machine's time zone.
"""

from __future__ import annotations

import datetime
import enum
import functools
import math
import re
from collections.abc import Mapping
from typing import Any

from sumvin_sdk._generated.parameters import Limits, Parameter, Shape
from sumvin_sdk._generated.types import UNSET, epoch_ms
from sumvin_sdk.errors import ParameterError

__all__ = ["checked"]

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DIGITS = re.compile(r"[0-9]{1,16}")
_KINDS = {str: "string", int: "integer", float: "number", bool: "boolean", list: "array", tuple: "array"}
"""The JSON type of a value of exactly these classes (any other, an enum member say, goes through ``_kind``)."""
_NAMES = {"string": "a str", "integer": "an int", "number": "a number", "boolean": "a bool", "array": "a list"}


def checked(operation_id: str, arguments: Mapping[str, Any], table: Mapping[str, Parameter]) -> Mapping[str, Any]:
    """``arguments`` with date filters in the API's form; ``ParameterError`` for one its parameter in ``table``
    (the endpoint module's ``PARAMETERS``) cannot take."""
    changed: dict[str, Any] | None = None
    for name, value in arguments.items():
        parameter = table.get(name)
        if parameter is None or value is UNSET:
            continue
        if value is not None and parameter.format is None:  # the usual case, checked in line
            problem = _problem(parameter.shape, value)
            if problem:
                raise _refuse(operation_id, parameter, problem)
            continue
        sent = _value(operation_id, parameter, value)
        if sent is not value:
            changed = dict(arguments) if changed is None else changed
            changed[name] = sent
    return arguments if changed is None else changed


def _refuse(operation_id: str, parameter: Parameter, problem: str) -> ParameterError:
    return ParameterError(
        f"{operation_id}: {parameter.python_name} {problem}; nothing was sent",
        parameter=parameter.python_name,
        operation=operation_id,
    )


def _value(operation_id: str, parameter: Parameter, value: object) -> object:
    """``None``, or the value of a date filter or an instant, as sent."""
    if value is None:
        if "null" in parameter.shape.kinds or not parameter.required:
            return None
        raise _refuse(operation_id, parameter, "is required and may not be None")
    if parameter.format == "date":
        return _date(operation_id, parameter, value)
    assert parameter.format == "epoch-ms", "the formats are date and epoch-ms"
    return _instant(operation_id, parameter, value)


def _problem(shape: Shape, value: object) -> str | None:
    """What is wrong with ``value`` for ``shape``, or ``None``."""
    kind = _KINDS.get(type(value)) or _kind(value)
    if kind not in shape.kinds and not (kind == "integer" and "number" in shape.kinds):
        wanted = " or ".join(_NAMES[k] for k in shape.kinds if k in _NAMES)
        if shape.items is not None:
            wanted = wanted.replace("a list", f"a list of {_wanted(shape.items)}")
        return f"takes {wanted}, not {type(value).__name__}"
    if kind == "number" and not math.isfinite(value):  # type: ignore[arg-type]
        return f"takes a finite number, not {value!r}"
    if kind == "array":
        assert shape.items is not None and isinstance(value, list | tuple), "array parameters describe their items"
        for index, item in enumerate(value):
            problem = _problem(shape.items, item)
            if problem:
                return f"[{index}] {problem}"
    elif shape.values and not _listed(shape, value):
        shown = repr(value.value if isinstance(value, enum.Enum) else value)
        return f"takes one of {', '.join(map(repr, shape.values))}, not {shown[:60]}"
    return None if shape.limits is None else _past(shape.limits, kind, value)


def _past(limits: Limits, kind: str | None, value: Any) -> str | None:
    """Which of ``limits`` ``value`` (of JSON type ``kind``) is past, or ``None``; each limit applies to the
    values of its own type."""
    if kind == "integer" or kind == "number":
        if limits.minimum is not None and value < limits.minimum:
            return f"takes {limits.minimum!r} or more (minimum), not {value!r}"
        if limits.exclusive_minimum is not None and value <= limits.exclusive_minimum:
            return f"takes more than {limits.exclusive_minimum!r} (exclusiveMinimum), not {value!r}"
        if limits.maximum is not None and value > limits.maximum:
            return f"takes {limits.maximum!r} or less (maximum), not {value!r}"
    elif kind == "string":
        if limits.min_length is not None and len(value) < limits.min_length:
            return f"takes at least {limits.min_length} characters (minLength), not {len(value)}"
        if limits.max_length is not None and len(value) > limits.max_length:
            return f"takes at most {limits.max_length} characters (maxLength), not {len(value)}"
        if limits.pattern is not None and not _pattern(limits.pattern).search(value):
            return f"takes text matching {limits.pattern!r} (pattern), not {value[:40]!r}"
    elif kind == "array" and limits.max_items is not None and len(value) > limits.max_items:
        return f"takes at most {limits.max_items} items (maxItems), not {len(value)}"
    return None


def _ecma(pattern: str) -> re.Pattern[str]:
    """A contract pattern (ECMA-262, unanchored) as Python reads it: ``$`` is the very end (never before a
    final newline) and ``\\d``/``\\w`` are ASCII."""
    python, escaped, in_class = [], False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "[]":
            in_class = char == "["
        elif char == "$" and not in_class:
            python.append(r"\Z")
            continue
        python.append(char)
    return re.compile("".join(python), re.ASCII)


_pattern = functools.cache(_ecma)
"""``_ecma``, compiled once per pattern."""


def _wanted(items: Shape) -> str:
    return " or ".join(_NAMES[k].split(" ")[1] for k in items.kinds if k in _NAMES)


def _kind(value: object) -> str | None:
    """The JSON type of an instance of a subclass (``_KINDS`` has the exact classes; ``bool`` has none)."""
    if isinstance(value, str):
        return "string"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, list | tuple):
        return "array"
    return None


def _listed(shape: Shape, value: object) -> bool:
    """Whether ``value`` is one of the enum's values, or a member of its class (a value a newer server sent).

    A value gets here once it passed the kind check of a string or integer enum, so an enum member here is a
    ``StrEnum`` or ``IntEnum`` one, equal to its value."""
    if value in shape.values:
        return True
    from sumvin_sdk._generated import models  # on this rare path only, not with every call's check

    return shape.enum is not None and isinstance(value, getattr(models, shape.enum))


def _aware(operation_id: str, parameter: Parameter, value: datetime.datetime) -> int:
    if value.tzinfo is None or value.utcoffset() is None:
        problem = "is a naive datetime, whose instant depends on the machine's time zone: give it one (datetime.UTC)"
        raise _refuse(operation_id, parameter, problem)
    return epoch_ms(value)


def _date(operation_id: str, parameter: Parameter, value: object) -> object:
    """A date filter: ``YYYY-MM-DD`` for a date, epoch milliseconds for an instant or an int; checked strings."""
    if isinstance(value, datetime.datetime):
        return str(_aware(operation_id, parameter, value))
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str):
        if _DIGITS.fullmatch(value):
            return value
        if _DATE.fullmatch(value):
            try:
                datetime.date.fromisoformat(value)
            except ValueError:
                raise _refuse(operation_id, parameter, f"is no calendar day ({value!r})") from None
            return value
        raise _refuse(operation_id, parameter, f"takes a YYYY-MM-DD date or epoch milliseconds, not {value[:40]!r}")
    wanted = "takes a date, an aware datetime, an int or a str"
    raise _refuse(operation_id, parameter, f"{wanted}, not {type(value).__name__}")


def _instant(operation_id: str, parameter: Parameter, value: object) -> object:
    """An instant in epoch milliseconds: an aware datetime converted, an int as it is."""
    if isinstance(value, datetime.datetime):
        return _aware(operation_id, parameter, value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    what = "a date (which has no time zone)" if isinstance(value, datetime.date) else type(value).__name__
    raise _refuse(operation_id, parameter, f"takes an aware datetime or an int of epoch milliseconds, not {what}")
