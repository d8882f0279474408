"""The contract the package ships (``sumvin_sdk/_generated/openapi.json``), read once: what the help pages
describe and how ``--all`` knows a list operation."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from sumvin_sdk._generated import models
from sumvin_sdk._generated.operations import Operation

JSON = dict[str, Any]
REF = "#/components/schemas/"
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@functools.cache
def _document() -> JSON:
    text = resources.files("sumvin_sdk._generated").joinpath("openapi.json").read_text(encoding="utf-8")
    document: JSON = json.loads(text)
    return document


@functools.cache
def _operations() -> dict[str, JSON]:
    paths = _document()["paths"].values()
    return {item[m]["operationId"]: item[m] for item in paths for m in _METHODS if m in item}


def spec(operation: Operation) -> JSON:
    """The operation object of ``operation`` in the contract."""
    return _operations()[operation.operation_id]


def component(reference: str) -> JSON:
    """The component schema that ``reference`` (``#/components/schemas/Name``) names."""
    found: JSON = _document()["components"]["schemas"][reference.removeprefix(REF)]
    return found


def page_model(operation: Operation) -> type[Any] | None:
    """The page model of a list operation's answer (one with ``page_items()``), else ``None``."""
    for status, response in spec(operation).get("responses", {}).items():
        reference = response.get("content", {}).get("application/json", {}).get("schema", {}).get("$ref", "")
        model = getattr(models, reference.removeprefix(REF), None) if status.startswith("2") and reference else None
        if getattr(model, "_ITEMS", None):
            return model
    return None
