"""``coerce_typed_data_integers``: every integer field of typed data as an exact ``int``, or a named refusal."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

from sumvin_sdk.signing._errors import (
    TypedDataError,
    TypedDataFloatError,
    TypedDataFractionError,
    TypedDataNotIntegerError,
    TypedDataRangeError,
    TypedDataShapeError,
    TypedDataSignError,
)

__all__ = ["coerce_typed_data_integers"]

_ARRAY = re.compile(r"(.+)\[([0-9]*)\]", re.ASCII)
_INTEGER_TYPE = re.compile(r"(u?)int([0-9]*)", re.ASCII)
_INTEGER_TEXT = re.compile(r"-?[0-9]+", re.ASCII)
_NUMBER_TEXT = re.compile(r"[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?", re.ASCII)
_FLOAT_EXACT_BELOW = 2**53
_MAX_DIGITS = 78  # 2**256 has 78 decimal digits: anything longer is out of range for every integer type
_MAX_DEPTH = 32
#: The fields ``EIP712Domain`` may have, in the order EIP-712 gives them, when a payload does not declare it.
_DOMAIN_FIELDS = {
    "name": "string",
    "version": "string",
    "chainId": "uint256",
    "verifyingContract": "address",
    "salt": "bytes32",
}

Fields = list[tuple[str, str]]


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:59] + "…"


def _struct_types(types: object) -> dict[str, Fields]:
    if not isinstance(types, Mapping):
        raise TypedDataShapeError(
            "typed data needs 'types': an object of struct definitions", field="types", value=types
        )
    structs: dict[str, Fields] = {}
    for name, fields in types.items():
        if not isinstance(name, str) or not isinstance(fields, list):
            raise TypedDataShapeError(f"types.{name!s} is not a list of fields", field=f"types.{name!s}", value=fields)
        declared: Fields = []
        for index, field in enumerate(fields):
            where = f"types.{name}[{index}]"
            if not (
                isinstance(field, Mapping) and isinstance(field.get("name"), str) and isinstance(field.get("type"), str)
            ):
                raise TypedDataShapeError(f"{where} is not a {{name, type}} pair", field=where, value=field)
            declared.append((field["name"], field["type"]))
        structs[name] = declared
    return structs


def coerce_typed_data_integers(typed_data: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``typed_data`` with every integer-typed field (``uint*``/``int*``, in arrays and nested structs,
    the domain's ``chainId`` included) converted to an exact ``int``; nothing else is changed or reordered.

    Accepted: an ``int``; a decimal string of any size (``"45000"``, ``"-3"`` for ``int*``); a float, ``Decimal``
    or ``Fraction`` only when it is integral and provably exact. Refused, each with its own ``TypedDataError``
    naming the field: a fraction (``TypedDataFractionError``), a float at or above 2**53, nan or inf
    (``TypedDataFloatError``), a negative for ``uint*`` (``TypedDataSignError``), a value wider than its type
    (``TypedDataRangeError``), an array where a scalar belongs or the reverse, a missing field or a malformed
    payload (``TypedDataShapeError``), and anything else that is no integer (``TypedDataNotIntegerError``).
    """
    if not isinstance(typed_data, Mapping):
        raise TypedDataShapeError("typed data must be an object", field="", value=typed_data)
    structs = _struct_types(typed_data.get("types"))
    primary = typed_data.get("primaryType")
    if not isinstance(primary, str) or primary not in structs:
        raise TypedDataShapeError("'primaryType' must name one of 'types'", field="primaryType", value=primary)
    domain = typed_data.get("domain")
    if not isinstance(domain, Mapping):
        raise TypedDataShapeError("typed data needs 'domain': an object", field="domain", value=domain)
    domain_fields = structs.get("EIP712Domain")
    if domain_fields is None:
        unknown = [key for key in domain if key not in _DOMAIN_FIELDS]
        if unknown:
            raise TypedDataShapeError(
                f"domain member {unknown[0]!r} is not an EIP-712 domain field", field="domain", value=unknown[0]
            )
        domain_fields = [(name, kind) for name, kind in _DOMAIN_FIELDS.items() if name in domain]
    return {
        **typed_data,
        "types": {name: [{"name": n, "type": t} for n, t in fields] for name, fields in structs.items()},
        "primaryType": primary,
        "domain": _struct(domain, domain_fields, structs, "domain", 0),
        "message": _struct(typed_data.get("message"), structs[primary], structs, "message", 0),
    }


def _struct(value: object, fields: Fields, structs: dict[str, Fields], path: str, depth: int) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise TypedDataShapeError(f"{path} must be an object", field=path, value=value)
    result = dict(value)
    for name, kind in fields:
        where = f"{path}.{name}"
        if name not in value:
            raise TypedDataShapeError(f"{where} is missing", field=where, value=None)
        result[name] = _value(value[name], kind, structs, where, depth + 1)
    return result


def _value(value: object, kind: str, structs: dict[str, Fields], path: str, depth: int) -> Any:
    if depth > _MAX_DEPTH:
        raise TypedDataShapeError(f"{path} is nested deeper than {_MAX_DEPTH} levels", field=path, value=None)
    array = _ARRAY.fullmatch(kind)
    if array is not None:
        if not isinstance(value, list | tuple):
            raise TypedDataShapeError(
                f"{path} is a {kind}: expected an array, got {_shown(value)}", field=path, value=value
            )
        if array[2] and len(value) != int(array[2]):
            raise TypedDataShapeError(
                f"{path} is a {kind}: expected {array[2]} items, got {len(value)}", field=path, value=value
            )
        return [_value(item, array[1], structs, f"{path}[{i}]", depth + 1) for i, item in enumerate(value)]
    if isinstance(value, list | tuple):
        raise TypedDataShapeError(f"{path} is a {kind}, not an array", field=path, value=value)
    integer = _INTEGER_TYPE.fullmatch(kind)
    if integer is not None:
        bits = int(integer[2] or 256)
        if not (8 <= bits <= 256 and bits % 8 == 0):
            raise TypedDataShapeError(f"{path}: {kind} is not an EIP-712 integer type", field=path, value=value)
        return _exact(value, signed=not integer[1], bits=bits, kind=kind, path=path)
    if kind in structs:
        return _struct(value, structs[kind], structs, path, depth)
    return value


def _exact(value: object, *, signed: bool, bits: int, kind: str, path: str) -> int:
    def refuse(cls: type[TypedDataError], why: str) -> TypedDataError:
        return cls(f"{path} ({kind}) {why}: {_shown(value)}", field=path, value=value)

    number: int
    if isinstance(value, bool) or value is None:
        raise refuse(TypedDataNotIntegerError, "needs an integer, not a bool or null")
    if isinstance(value, int):
        number = value
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise refuse(TypedDataFloatError, "cannot be nan or infinite")
        if not value.is_integer():
            raise refuse(TypedDataFractionError, "needs a whole number, not a fraction")
        if abs(value) >= _FLOAT_EXACT_BELOW:
            raise refuse(TypedDataFloatError, "is a float at or above 2**53, which may already be rounded")
        number = int(value)
    elif isinstance(value, Decimal | Fraction):
        if isinstance(value, Decimal) and not value.is_finite():
            raise refuse(TypedDataNotIntegerError, "needs an integer")
        if isinstance(value, Decimal) and value.adjusted() >= _MAX_DIGITS:
            raise refuse(TypedDataRangeError, f"does not fit in {bits} bits")
        if value != int(value):
            raise refuse(TypedDataFractionError, "needs a whole number, not a fraction")
        number = int(value)
    elif isinstance(value, str):
        if _INTEGER_TEXT.fullmatch(value):
            if value.startswith("-") and not signed:
                raise refuse(TypedDataSignError, "is unsigned and cannot be negative")
            if len(value.lstrip("-").lstrip("0")) > _MAX_DIGITS:
                raise refuse(TypedDataRangeError, f"does not fit in {bits} bits")
            number = int(value)
        elif _NUMBER_TEXT.fullmatch(value) and any(mark in value for mark in ".eE"):
            raise refuse(TypedDataFractionError, "needs integer digits, not a decimal or exponent")
        else:
            raise refuse(TypedDataNotIntegerError, "needs an integer or a decimal string of digits")
    else:
        raise refuse(TypedDataNotIntegerError, f"needs an integer, not {type(value).__name__}")
    if number < 0 and not signed:
        raise refuse(TypedDataSignError, "is unsigned and cannot be negative")
    low, high = (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1) if signed else (0, 2**bits - 1)
    if not low <= number <= high:
        raise refuse(TypedDataRangeError, f"does not fit in {bits} bits")
    return number
