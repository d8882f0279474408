"""Any operation by name, with its arguments from the command line: what ``sumvin call`` and ``sumvin ops`` use."""

from __future__ import annotations

import difflib
import importlib
import inspect
import json
import re
from collections.abc import Container
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import click

from sumvin_sdk._generated import api, models
from sumvin_sdk._generated.operations import OPERATIONS, Operation


@attrs.frozen
class Parameter:
    """One argument of an operation, as ``sumvin call`` takes it."""

    name: str
    annotation: str
    required: bool
    in_path: bool


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def cli_name(name: str) -> str:
    """The name ``-p`` takes for the contract's parameter ``name``: ``wallet_id``, ``type``, ``idempotency_key``."""
    return _key(name)


def _python_name(name: str, known: Container[str]) -> str | None:
    """The generated function's argument for ``-p``'s ``name``: itself, or with ``_`` after a keyword
    (``type_``, ``from_``) or ``field_`` before a leading underscore; ``None`` if it has none."""
    key = _key(name)
    return next((c for c in (key, key + "_", "field_" + key) if c in known), None)


def find_operation(name: str) -> Operation:
    """The operation named by its operationId (``getUserAccount``) or snake_case name (``get_user_account``)."""
    found = OPERATIONS.get(name) or next((o for o in OPERATIONS.values() if o.module == _key(name)), None)
    if found is None:
        by_key = {o.operation_id.lower(): o.operation_id for o in OPERATIONS.values()}
        by_key |= {o.module: o.operation_id for o in OPERATIONS.values()}
        close = list(dict.fromkeys(by_key[k] for k in difflib.get_close_matches(name.lower(), by_key, n=5)))
        hint = f"; did you mean {', '.join(close)}?" if close else "; `sumvin ops` lists them"
        raise click.UsageError(f"no operation {name!r}{hint}")
    return found


def endpoint(operation: Operation) -> ModuleType:
    """The generated module of ``operation``."""
    return importlib.import_module(f"{api.__name__}.{operation.tag}.{operation.module}")


def parameters(operation: Operation) -> list[Parameter]:
    """The operation's arguments (the body included, as ``body``), from its generated function."""
    signature = inspect.signature(endpoint(operation).sync_detailed)
    return [
        Parameter(
            name=p.name,
            annotation=str(p.annotation),
            required=p.default is inspect.Parameter.empty,
            in_path=p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD,
        )
        for p in signature.parameters.values()
        if p.name != "client"
    ]


_KINDS = {bool: "bool", int: "int", float: "float", list: "list", dict: "dict"}


def _value(text: str, annotation: str) -> Any:
    """``text`` read as JSON (``5``, ``true``, ``[1, 2]``, ``null``), else as it is; kept as text when the
    parameter takes a string but not what the JSON reads as (``-p wallet_id=5`` sends ``"5"``)."""
    try:
        value = json.loads(text)
    except ValueError:
        return text
    takes = set(re.findall(r"\w+", annotation))
    if value is None or isinstance(value, str) or "str" not in takes:
        return value
    kind = _KINDS[type(value)]
    return value if kind in takes or (kind == "int" and "float" in takes) else text


def arguments(operation: Operation, pairs: tuple[str, ...], body: str | None) -> dict[str, Any]:
    """Keyword arguments for the operation from ``NAME=VALUE`` pairs (JSON values, else strings) and a body."""
    known = {p.name: p for p in parameters(operation)}
    given: dict[str, Any] = {}
    for pair in pairs:
        name, sep, text = pair.partition("=")
        key = _python_name(name, known)
        if not sep or key is None or key == "body":
            names = ", ".join(cli_name(p) for p in known if p != "body") or "none"
            raise click.UsageError(f"--param takes NAME=VALUE, NAME one of: {names}")
        value = _value(text, known[key].annotation)
        if "list[" in known[key].annotation:
            given.setdefault(key, []).extend(value if isinstance(value, list) else [value])
        else:
            given[key] = value
    if body is not None:
        if "body" not in known:
            raise click.UsageError(f"{operation.operation_id} takes no body")
        given["body"] = _body(known["body"].annotation, body)
    missing = [cli_name(p.name) for p in known.values() if p.required and p.name not in given]
    if missing:
        raise click.UsageError(f"{operation.operation_id} needs: {', '.join(missing)}")
    return given


def _body(annotation: str, text: str) -> Any:
    try:
        data = json.loads(Path(text[1:]).read_text(encoding="utf-8") if text.startswith("@") else text)
    except (OSError, ValueError) as exc:
        raise click.UsageError(f"--body must be JSON or @file with JSON: {exc}") from None
    names = [n.strip() for n in annotation.split("|")]
    candidates = [getattr(models, n) for n in names if n in models.__all__]
    if any(hasattr(model, "to_multipart") for model in candidates):
        raise click.UsageError("this operation uploads a file: use the SDK from Python")
    if not candidates:
        return data
    if not isinstance(data, dict):
        raise click.UsageError(f"--body must be a JSON object ({{...}}), not {type(data).__name__}")
    errors = []
    for model in candidates:
        try:
            return model.from_dict(data)
        except KeyError as exc:
            errors.append(f"{model.__name__} needs member {exc.args[0]!r}")
        except (TypeError, ValueError) as exc:
            errors.append(f"{model.__name__}: {exc}")
    raise click.UsageError("the body does not fit: " + "; ".join(errors))
