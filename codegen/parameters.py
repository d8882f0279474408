"""What each path, query and header parameter takes, from ``openapi.yaml``: the source of ``parameters.py``.

For every operation, each parameter's JSON types (``string``, ``integer``, ``number``, ``boolean``, ``array``,
``null``), the values of a closed enum or constant (of the parameter, or of its array items) with the enum's
class, its limits (``LIMITS``: bounds, lengths, a pattern, at most so many items), and for the date and time
filters the form the API reads (``FORMATS``). ``sumvin_sdk._params`` checks every
argument against it before anything is sent. The templates read the same facts through
``parameter_formats.jinja`` (``jinja_table``): the Python types a date filter takes, and the sentence its
docstring gains.

Date filters are not marked as such in the contract: they are plain strings the API reads as ``YYYY-MM-DD``
or epoch milliseconds (``DATE_FILTERS``, by name), and the integer ``from``/``to`` bounds of
``listWalletAssetTransactions`` are epoch milliseconds (``TIMESTAMP_FILTERS``). ``tests/test_parameters.py``
checks both lists against the reference.
"""

from __future__ import annotations

import json
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier

from codegen.emit import FIELD_PREFIX, METHODS, is_anonymous

Json = Any
DATE_FILTERS = frozenset({"from_date", "to_date", "period_start", "period_end"})
"""String query parameters the API reads as a ``YYYY-MM-DD`` date or as epoch milliseconds."""
TIMESTAMP_FILTERS = frozenset({("listWalletAssetTransactions", "from"), ("listWalletAssetTransactions", "to")})
"""Integer query parameters that are instants in epoch milliseconds: (operationId, name)."""
LOCATIONS = ("path", "query", "header")

FORMATS: dict[str, dict[str, str]] = {
    "date": {
        "type": "datetime.date | datetime.datetime | str | int",
        "doc": "Give a ``datetime.date`` (sent as YYYY-MM-DD), an aware ``datetime.datetime`` or an int (sent as"
        " epoch milliseconds), or a string in either form; a naive datetime or any other string raises"
        " ``ParameterError`` and nothing is sent.",
    },
    "epoch-ms": {
        "type": "datetime.datetime | int",
        "doc": "Give an aware ``datetime.datetime`` or an int of epoch milliseconds (sent as such); a naive"
        " datetime raises ``ParameterError`` and nothing is sent.",
    },
}
"""Per form: the Python types the method takes, and the sentence added to the parameter's docstring."""


LIMITS = {
    "minimum": "minimum",
    "maximum": "maximum",
    "exclusiveMinimum": "exclusive_minimum",
    "minLength": "min_length",
    "maxLength": "max_length",
    "pattern": "pattern",
    "maxItems": "max_items",
}
"""The limits the checker enforces (JSON Schema keyword -> ``Limits`` field); any other one fails generation."""
UNCHECKED = frozenset({"exclusiveMaximum", "minItems", "multipleOf", "uniqueItems", "minProperties", "maxProperties"})
"""Limits the checker has no rule for: a parameter with one is an error, so none is silently left unchecked."""


class ParameterSchemaError(Exception):
    """A parameter schema of a shape the checker does not know."""


def _limits(option: Json, found: dict[str, Any], where: str) -> None:
    """Add the limits of one schema option to ``found`` (those of every option of a parameter: each keyword
    applies to one JSON type, so options of different types do not mix them up)."""
    if UNCHECKED & set(option):
        raise ParameterSchemaError(f"{where}: a limit the checker has no rule for ({sorted(UNCHECKED & set(option))})")
    for keyword, field in LIMITS.items():
        if keyword in option:
            if field in found and found[field] != option[keyword]:
                raise ParameterSchemaError(f"{where}: two options with different {keyword}")
            found[field] = option[keyword]


def _shape(schema: Json, schemas: Json, where: str) -> dict[str, Any]:
    """The JSON types, closed values, enum class and (for arrays) item shape of one parameter schema."""
    kinds: list[str] = []
    shape: dict[str, Any] = {}
    limits: dict[str, Any] = {}
    for option in schema.get("anyOf", [schema]):
        _limits(option, limits, where)
        if "$ref" in option:
            name = option["$ref"].rsplit("/", 1)[-1]
            target = schemas[name]
            if "enum" not in target:
                raise ParameterSchemaError(f"{where}: a $ref parameter that is not an enum ({name})")
            kinds.append(target["type"])
            shape |= {"values": tuple(target["enum"]), "enum": str(ClassName(target.get("title", name), ""))}
        elif option.get("type") == "array":
            kinds.append("array")
            items = _shape(option.get("items", {}), schemas, where)
            if "array" in items["kinds"] or not items["kinds"]:
                raise ParameterSchemaError(f"{where}: arrays hold scalars")
            shape["items"] = items
        elif option.get("type") in ("string", "integer", "number", "boolean", "null"):
            kinds.append(option["type"])
            if "enum" in option or "const" in option:
                shape["values"] = tuple(option.get("enum", [option.get("const")]))
        else:
            raise ParameterSchemaError(f"{where}: unknown parameter schema {json.dumps(option)[:120]}")
    if limits:
        shape["limits"] = limits
    return {"kinds": tuple(kinds), **shape}


def _format(operation_id: str, parameter: Json, shape: dict[str, Any]) -> str | None:
    kinds = shape["kinds"]
    dated = (operation_id, parameter["name"]) in TIMESTAMP_FILTERS or (
        parameter["in"] == "query" and parameter["name"] in DATE_FILTERS
    )
    if dated and "limits" in shape:  # the date forms are checked on their own; a limit would go unchecked
        raise ParameterSchemaError(f"{operation_id}: {parameter['name']} is a date filter with limits")
    if (operation_id, parameter["name"]) in TIMESTAMP_FILTERS:
        if "integer" not in kinds:
            raise ParameterSchemaError(f"{operation_id}: {parameter['name']} is no integer")
        return "epoch-ms"
    if parameter["in"] == "query" and parameter["name"] in DATE_FILTERS:
        if set(kinds) - {"string", "null"}:
            raise ParameterSchemaError(f"{operation_id}: {parameter['name']} is no string")
        return "date"
    return None


def operations(document: Json) -> dict[str, dict[str, Any]]:
    """operationId -> ``{"key": "method path", "secured": bool, "parameters": [...]}``, in contract order."""
    schemas = document["components"]["schemas"]
    found = {}
    for path, item in document["paths"].items():
        for method in (m for m in METHODS if m in item):
            op = item[method]
            rows = []
            for parameter in op.get("parameters", []):
                if parameter["in"] not in LOCATIONS:
                    raise ParameterSchemaError(f"{op['operationId']}: a {parameter['in']} parameter")
                where = f"{op['operationId']}: {parameter['name']}"
                shape = _shape(parameter.get("schema", {}), schemas, where)
                rows.append(
                    {
                        "name": parameter["name"],
                        "python_name": str(PythonIdentifier(parameter["name"], prefix=FIELD_PREFIX)),
                        "location": parameter["in"],
                        "required": bool(parameter.get("required")),
                        **shape,
                        "format": _format(op["operationId"], parameter, shape),
                    }
                )
            found[op["operationId"]] = {"key": f"{method} {path}", "secured": not is_anonymous(op), "parameters": rows}
    return found


def jinja_table(document: Json) -> str:
    """A Jinja template defining ``formats`` (``"method path"`` -> parameter name -> ``FORMATS`` entry) and
    ``secured`` (the ``"method path"`` of each operation that takes no anonymous call)."""
    formats: dict[str, dict[str, dict[str, str]]] = {}
    secured = []
    for operation in operations(document).values():
        for row in operation["parameters"]:
            if row["format"]:
                formats.setdefault(operation["key"], {})[row["name"]] = FORMATS[row["format"]]
        if operation["secured"]:
            secured.append(operation["key"])
    return (
        "{% set formats = " + json.dumps(formats, sort_keys=True) + " %}\n"
        "{% set secured = " + json.dumps(sorted(secured)) + " %}\n"
    )
