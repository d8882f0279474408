"""What each request body takes, from the contract: the source of ``_generated/bodies.json``.

For every operation with a request body, its media type and schema, and every component schema those reach,
each cut down to what ``sumvin_sdk._dict_bodies`` checks a dict ``body=`` against: JSON types, members and
which are required, whether other members are allowed, closed enums and constants, alternatives (with their
discriminator), array items, and the timestamp and file forms. Descriptions, examples and defaults are left
out. It is read from the document the generator reads (``generate.generator_input``), so timestamps carry
``format: date-time`` and uploads ``format: binary`` as the models have them.
"""

from __future__ import annotations

import json
from typing import Any

from openapi_python_client.strings import ClassName

from codegen.emit import METHODS

KEPT = frozenset(
    {"type", "properties", "required", "additionalProperties", "items", "anyOf", "oneOf", "allOf", "enum", "const"}
    | {"$ref", "format", "discriminator"}
)
"""The schema keywords the check reads; every other one is dropped."""


def schema_refs(node: Any, found: set[str]) -> None:
    """Add to ``found`` the name of every component schema ``node`` refers to, at any depth."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            found.add(ref.rsplit("/", 1)[-1])
        for value in node.values():
            schema_refs(value, found)
    elif isinstance(node, list):
        for item in node:
            schema_refs(item, found)


def _trim(schema: Any) -> Any:
    """``schema`` with only the ``KEPT`` keywords, at every depth."""
    if not isinstance(schema, dict):
        return schema
    kept: dict[str, Any] = {}
    for key, value in schema.items():
        if key not in KEPT:
            continue
        if key == "properties":
            kept[key] = {name: _trim(member) for name, member in value.items()}
        elif key in ("anyOf", "oneOf", "allOf"):
            kept[key] = [_trim(option) for option in value]
        elif key in ("items", "additionalProperties"):
            kept[key] = _trim(value)
        elif key == "discriminator":
            kept[key] = {"propertyName": value["propertyName"], "mapping": value.get("mapping", {})}
        else:
            kept[key] = value
    return kept


def table(document: Any) -> dict[str, Any]:
    """``{"operations": {operationId: {"media": ..., "schema": ...}}, "schemas": {name: schema}}``.

    Each component schema reached also gets ``x-class``, the name of the model the generator makes of it.
    """
    schemas = document["components"]["schemas"]
    operations: dict[str, Any] = {}
    for item in document["paths"].values():
        for method in (m for m in METHODS if m in item):
            operation = item[method]
            for media, content in operation.get("requestBody", {}).get("content", {}).items():
                operations[operation["operationId"]] = {"media": media, "schema": _trim(content["schema"])}
    reached: set[str] = set()
    pending: set[str] = set()
    schema_refs(operations, pending)
    while pending:
        name = pending.pop()
        reached.add(name)
        found: set[str] = set()
        schema_refs(schemas[name], found)
        pending |= found - reached
    trimmed = {}
    for name in sorted(reached):
        trimmed[name] = _trim(schemas[name])
        if "properties" in schemas[name]:
            trimmed[name]["x-class"] = str(ClassName(schemas[name].get("title", name), ""))
    return {"operations": operations, "schemas": trimmed}


def bodies_json(document: Any) -> str:
    """The text of ``bodies.json``: ``table(document)``, compact, keys sorted."""
    return json.dumps(table(document), ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"
