"""The project's own descriptions, merged into the normalised contract.

``codegen/descriptions/operations.yaml`` describes each operation and its parameters, keyed by operationId
(and, for the few operations whose body is an inline object, that body and its members);
``codegen/descriptions/schemas.yaml`` describes each component schema and its members, keyed by schema
name. A member whose schema is an inline object with members of its own is a mapping
``{description, members}`` instead of a sentence.

The merge is strict both ways, so the files cannot rot: an operation, parameter, schema or member without
a description, and a key that names nothing, each stop the run with ``NormalizeError``.

Example payloads are data and are carried over as they are, except strings that repeat the reference's own
prose (the reference's examples sometimes quote its descriptions): those must be rewritten, in our words,
by a schema's ``example`` entry (``path/inside/the/example: text``), or the run stops.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

Json = Any

DESCRIPTIONS = Path(__file__).resolve().parent / "descriptions"
#: Reference prose at least this long must never appear in the project (tests/test_descriptions.py).
PROSE_MIN = 40


class DescriptionError(Exception):
    """The descriptions do not match the contract: something lacks one, or a key names nothing."""


def load(folder: Path = DESCRIPTIONS) -> dict[str, Json]:
    """Read ``operations.yaml`` and ``schemas.yaml`` from ``folder``."""
    out: dict[str, Json] = {}
    for kind in ("operations", "schemas"):
        with (folder / f"{kind}.yaml").open(encoding="utf-8") as fh:
            out[kind] = yaml.safe_load(fh) or {}
    return out


def reference_prose(reference: Json) -> set[str]:
    """Every text of at least ``PROSE_MIN`` characters held under a ``description`` key in the reference."""
    return {text for text in _strings_under(reference, "description") if len(text) >= PROSE_MIN}


def _strings_under(node: Json, key: str) -> Iterator[str]:
    if isinstance(node, dict):
        for k, v in node.items():
            if k == key and isinstance(v, str):
                yield v
            yield from _strings_under(v, key)
    elif isinstance(node, list):
        for item in node:
            yield from _strings_under(item, key)


Order = Callable[[Mapping[str, Json]], dict[str, Json]]


class _Merge:
    def __init__(self, descriptions: Mapping[str, Json], prose: set[str], order: Order) -> None:
        self.order = order
        self.operations = descriptions["operations"]
        self.schemas = descriptions["schemas"]
        self.prose = prose
        self.missing: list[str] = []
        self.unknown: list[str] = []

    def text(self, entry: Json, where: str) -> str | None:
        if entry is None:
            self.missing.append(where)
            return None
        if not isinstance(entry, str) or not entry.strip() or entry != entry.strip() or "\n" in entry:
            raise DescriptionError(f"{where}: a description is one non-empty line of text, got {entry!r}")
        return entry

    def entry(self, entries: Mapping[str, Json], name: str, where: str) -> tuple[Json, Mapping[str, Json]]:
        """Split an entry into its sentence and its members (empty for a plain sentence)."""
        entry = entries.get(name)
        if isinstance(entry, dict):
            if unknown := set(entry) - {"description", "members", "parameters", "body", "example"}:
                self.unknown += [f"{where}.{key}" for key in sorted(unknown)]
            return entry.get("description"), entry
        return entry, {}

    def describe(self, node: dict[str, Json], entry: Json, where: str) -> None:
        text = self.text(entry, where)
        if text is not None:
            ordered = self.order({**node, "description": text})
            node.clear()
            node.update(ordered)

    def members(self, schema: dict[str, Json], entries: Mapping[str, Json], where: str) -> None:
        properties = schema.get("properties", {})
        if properties and not isinstance(entries, dict):
            self.missing.append(f"{where} (members)")
            entries = {}
        for name, prop in properties.items():
            text, inner = self.entry(entries, name, f"{where}.{name}")
            self.describe(prop, text, f"{where}.{name}")
            if "properties" in prop:
                self.members(prop, inner.get("members", {}), f"{where}.{name}")
            elif inner.get("members"):
                self.unknown.append(f"{where}.{name}.members (the member has no members)")
        self.unknown += [f"{where}.{name}" for name in entries if name not in properties]

    def example(self, schema: dict[str, Json], rewrites: Mapping[str, str], where: str) -> None:
        done: set[str] = set()
        for key in ("example", "examples"):
            if key in schema:
                schema[key] = self.rewrite(schema[key], "", rewrites, done, f"{where} {key}")
        self.unknown += [f"{where}.example.{path}" for path in rewrites if path not in done]

    def rewrite(self, data: Json, path: str, rewrites: Mapping[str, str], done: set[str], where: str) -> Json:
        if isinstance(data, dict):
            return {k: self.rewrite(v, f"{path}/{k}".lstrip("/"), rewrites, done, where) for k, v in data.items()}
        if isinstance(data, list):
            return [self.rewrite(v, f"{path}/{i}".lstrip("/"), rewrites, done, where) for i, v in enumerate(data)]
        if path in rewrites:
            done.add(path)
            return rewrites[path]
        if isinstance(data, str) and data in self.prose:
            raise DescriptionError(f"{where}: {path} repeats reference prose; rewrite it under the schema's example")
        return data

    def document(self, document: dict[str, Json]) -> None:
        seen_operations: set[str] = set()
        for item in document["paths"].values():
            for op in item.values():
                op_id = op["operationId"]
                seen_operations.add(op_id)
                text, entry = self.entry(self.operations, op_id, op_id)
                self.describe(op, text, op_id)
                self.parameters(op, entry.get("parameters") or {}, op_id)
                self.body(op, entry.get("body"), op_id)
        self.unknown += [name for name in self.operations if name not in seen_operations]

        schemas = document["components"]["schemas"]
        for name, schema in schemas.items():
            text, entry = self.entry(self.schemas, name, name)
            self.describe(schema, text, name)
            self.members(schema, entry.get("members") or {}, name)
            self.example(schema, entry.get("example") or {}, name)
        self.unknown += [name for name in self.schemas if name not in schemas]

        if self.missing or self.unknown:
            lines = []
            if self.missing:
                lines.append(f"{len(self.missing)} without a description: {', '.join(self.missing[:20])}")
            if self.unknown:
                lines.append(f"{len(self.unknown)} described but not in the contract: {', '.join(self.unknown[:20])}")
            raise DescriptionError("; ".join(lines))

    def parameters(self, op: dict[str, Json], entries: Mapping[str, Json], where: str) -> None:
        names = [p["name"] for p in op.get("parameters", [])]
        if len(set(names)) != len(names):
            raise DescriptionError(f"{where}: two parameters share a name; descriptions are keyed by name")
        for param in op.get("parameters", []):
            self.describe(param, entries.get(param["name"]), f"{where}.{param['name']}")
        self.unknown += [f"{where}.{name}" for name in entries if name not in names]

    def body(self, op: dict[str, Json], entry: Json, where: str) -> None:
        """Inline request bodies with members are models of their own: describe them and their members."""
        inline = [
            media["schema"]
            for media in op.get("requestBody", {}).get("content", {}).values()
            if "properties" in media.get("schema", {})
        ]
        if not inline:
            if entry is not None:
                self.unknown.append(f"{where}.body (the body is not an inline object)")
            return
        text, inner = self.entry({"body": entry}, "body", f"{where}.body")
        for schema in inline:
            self.describe(schema, text, f"{where}.body")
            self.members(schema, inner.get("members") or {}, f"{where}.body")


def merge(document: dict[str, Json], descriptions: Mapping[str, Json], prose: set[str], order: Order) -> None:
    """Write the descriptions into ``document`` in place, keys placed by ``order``.

    Raises ``DescriptionError`` on any mismatch.
    """
    _Merge(descriptions, prose, order).document(document)


# -- for the generator -------------------------------------------------------------------------------------
_DATA_KEYS = frozenset({"example", "examples", "default", "enum", "const"})


def _becomes_class(schema: Json) -> bool:
    """Whether openapi-python-client makes a class of this inline schema (an object or an enum)."""
    return isinstance(schema, dict) and "$ref" not in schema and ("enum" in schema or schema.get("type") == "object")


def _hand_down(node: Json) -> None:
    if isinstance(node, dict):
        text = node.get("description")
        if text:
            for key in ("anyOf", "oneOf"):
                for option in node.get(key, []):
                    if _becomes_class(option):
                        option.setdefault("description", text)
            for key in ("items", "additionalProperties"):
                if _becomes_class(node.get(key)):
                    node[key].setdefault("description", text)
        for key, value in node.items():
            if key not in _DATA_KEYS:
                _hand_down(value)
    elif isinstance(node, list):
        for item in node:
            _hand_down(item)


def hand_down(document: dict[str, Json]) -> None:
    """Give the inline classes the generator makes the description of the member or parameter they serve.

    A parameter's description is copied onto its schema (the generator documents parameters from their
    schemas); then an inline object or enum under a described ``anyOf``/``oneOf``/``items``/
    ``additionalProperties`` takes that description as its own. In place; for the generator's input only.
    """
    for item in document["paths"].values():
        for op in item.values():
            for param in op.get("parameters", []):
                if "description" in param and "schema" in param:
                    param["schema"].setdefault("description", param["description"])
    _hand_down(document)


def parameter_table(document: Json) -> str:
    """A Jinja template defining ``parameters``: ``"METHOD path"`` -> parameter name -> description.

    The generator documents a parameter whose schema is a bare ``$ref`` with the referenced schema's
    description; the templates read the parameter's own from this table instead.
    """
    table = {
        f"{method} {path}": {p["name"]: p["description"] for p in op.get("parameters", [])}
        for path, item in document["paths"].items()
        for method, op in item.items()
    }
    return "{% set parameters = " + json.dumps(table, sort_keys=True) + " %}\n"
