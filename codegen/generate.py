"""Generate ``sumvin_sdk/_generated`` from ``openapi.yaml`` with the pinned openapi-python-client.

The generator reads ``openapi.yaml`` through ``generator_input`` (workarounds for generator gaps,
each named below; the contract itself stays exact) and writes into a temporary folder. Its output
is formatted with the project's ruff settings, then copied over the committed tree or, with
``check``, compared with it.
Any generator warning is an error: a warning means an operation or a model was left out.
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import ClassName

from codegen import bodies, describe, parameters
from codegen.bodies import schema_refs
from codegen.emit import METHODS, EmitError, emit

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
TARGET = ROOT / "sumvin_sdk" / "_generated"
CODEGEN = ROOT / "codegen"


class GenerateError(Exception):
    """The generator failed, warned, or its output differs from the committed tree."""


def _run(args: list[str], cwd: Path) -> str:
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)
    output = done.stdout + done.stderr
    if done.returncode != 0:
        raise GenerateError(f"{' '.join(args[:3])} failed ({done.returncode}):\n{output}")
    return output


def _binary_strings(node: Any) -> None:
    if isinstance(node, dict):
        if node.get("type") == "string" and node.get("contentMediaType") == "application/octet-stream":
            node.setdefault("format", "binary")
        for key, value in node.items():
            if key not in ("example", "examples", "default", "enum", "const"):
                _binary_strings(value)
    elif isinstance(node, list):
        for item in node:
            _binary_strings(item)


TIMESTAMP_NAMES = frozenset({"timestamp", "period_start", "period_end"})
DATE_TIME = {"type": "string", "format": "date-time"}


def _is_timestamp(name: str) -> bool:
    return name.endswith("_at") or name in TIMESTAMP_NAMES


def _timestamps(schemas: dict[str, Any]) -> None:
    for schema in schemas.values():
        for name, prop in schema.get("properties", {}).items():
            if not _is_timestamp(name):
                continue
            if prop.get("type") == "integer":
                prop.update(DATE_TIME)
                prop.pop("minimum", None)
            for option in prop.get("anyOf", []):
                if option.get("type") == "integer":
                    option.update(DATE_TIME)


INPUT_MARK = "x-sumvin-input"


def _closure(schemas: dict[str, Any], roots: set[str]) -> set[str]:
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name not in seen and name in schemas:
            seen.add(name)
            found: set[str] = set()
            schema_refs(schemas[name], found)
            todo.extend(found)
    return seen


def _mark_objects(node: Any) -> None:
    if isinstance(node, dict):
        if "properties" in node:
            node[INPUT_MARK] = True
        for key, value in node.items():
            if key not in ("example", "examples", "default", "enum", "const"):
                _mark_objects(value)
    elif isinstance(node, list):
        for item in node:
            _mark_objects(item)


def _inputs(document: dict[str, Any]) -> None:
    """Mark the schemas that only requests use: their models keep ``UNSET`` for a member not sent."""
    requests: set[str] = set()
    responses: set[str] = set()
    for item in document["paths"].values():
        for method in (m for m in METHODS if m in item):
            schema_refs(item[method].get("requestBody", {}), requests)
            schema_refs(item[method].get("responses", {}), responses)
    schemas = document["components"]["schemas"]
    for name in _closure(schemas, requests) - _closure(schemas, responses):
        _mark_objects(schemas[name])


ITEMS_MARK = "x-sumvin-items"


def _is_array(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "array" or any(option.get("type") == "array" for option in schema.get("anyOf", []))


PAGING_PARAMETERS = frozenset({"offset", "limit", "cursor", "page"})


def is_list_operation(operation: dict[str, Any]) -> bool:
    """A list operation: a GET named ``list...``/``search...``, or one that takes a paging parameter."""
    named = operation["operationId"].startswith(("list", "search"))
    return named or any(p["in"] == "query" and p["name"] in PAGING_PARAMETERS for p in operation.get("parameters", []))


def _pages(document: dict[str, Any]) -> None:
    """Mark the pages: a list operation's success model with ``_links`` and one list member, named by the mark."""
    schemas = document["components"]["schemas"]
    for item in document["paths"].values():
        operation = item.get("get")
        if operation is None or not is_list_operation(operation):
            continue
        for status, response in operation.get("responses", {}).items():
            ref = response.get("content", {}).get("application/json", {}).get("schema", {}).get("$ref", "")
            schema = schemas.get(ref.rsplit("/", 1)[-1]) if status.startswith("2") else None
            if schema is None or "_links" not in schema.get("properties", {}):
                continue
            lists = [name for name, prop in schema["properties"].items() if name != "_links" and _is_array(prop)]
            if len(lists) == 1:
                schema[ITEMS_MARK] = lists[0]


def body_dict_names(document: dict[str, Any]) -> list[str]:
    """The classes that get a TypedDict for ``body=``: every object schema a request body uses, and the
    inline object bodies (the webhooks'), named as the generator names them."""
    requests: set[str] = set()
    inline = []
    for item in document["paths"].values():
        for method in (m for m in METHODS if m in item):
            body = item[method].get("requestBody", {})
            schema_refs(body, requests)
            for media in body.get("content", {}).values():
                if "properties" in media["schema"]:  # the generator names it after the operation and title
                    inline.append(f"{item[method]['operationId']} {media['schema']['title']}")
    schemas = document["components"]["schemas"]
    named = [schemas[n].get("title", n) for n in _closure(schemas, requests) if "properties" in schemas[n]]
    return sorted(str(ClassName(title, "")) for title in [*named, *inline])


def generator_input(document: dict[str, Any]) -> dict[str, Any]:
    """Adapt the contract to what openapi-python-client 0.29.1 understands, in place.

    * OpenAPI 3.1 file fields (``contentMediaType: application/octet-stream``) get the 3.0 spelling
      ``format: binary`` too; without it uploads are typed ``str`` and sent as text
      (openapi-python-client issue #1417).
    * Timestamps (members named ``*_at``, ``timestamp``, ``period_start``, ``period_end`` that the contract
      types as integers: epoch milliseconds, or ISO 8601 with ``X-Timestamp-Format: iso8601``) become
      ``date-time``, which the templates read from either form and send as epoch milliseconds.
    * Schemas (and their inline objects) that only request bodies use are marked ``x-sumvin-input``: their
      models are request models, where an optional member not given stays ``UNSET`` (not sent, which differs
      from ``null``). Every other model is a response model: an absent optional member reads ``None``.
    * Pages (a list operation's success model with ``_links`` and one list member) are marked ``x-sumvin-items``
      with that member's name: their models list their items for ``Sumvin.paginate`` and tables.
    * Descriptions are handed down (``describe.hand_down``): parameters are documented from their schemas,
      and the inline classes the generator makes (nullable objects, inline enums) from the member they serve.
    """
    describe.hand_down(document)
    _binary_strings(document["components"]["schemas"])
    _timestamps(document["components"]["schemas"])
    _inputs(document)
    _pages(document)
    return document


def render(destination: Path) -> None:
    """Write the formatted generated package into ``destination`` (which must not exist)."""
    work = destination.parent
    document = yaml.load(SPEC.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    source = work / "openapi.json"
    adapted = generator_input(copy.deepcopy(document))
    source.write_text(json.dumps(adapted), encoding="utf-8")
    # The templates, plus the parameter descriptions they document methods with (see describe.parameter_table).
    templates = work / "templates"
    shutil.copytree(CODEGEN / "templates", templates)
    (templates / "parameter_descriptions.jinja").write_text(describe.parameter_table(document), encoding="utf-8")
    (templates / "parameter_formats.jinja").write_text(parameters.jinja_table(document), encoding="utf-8")
    names = json.dumps(body_dict_names(document))
    (templates / "body_dicts.jinja").write_text("{% set names = " + names + " %}\n", encoding="utf-8")
    output = _run(
        [
            sys.executable, "-m", "openapi_python_client", "generate",
            "--path", str(source),
            "--config", str(CODEGEN / "config.yaml"),
            "--custom-template-path", str(templates),
            "--meta", "none",
            "--output-path", str(destination),
        ],
        cwd=work,
    )  # fmt: skip
    if "warning" in output.lower() or "error" in output.lower():
        raise GenerateError(f"openapi-python-client reported problems:\n{output}")
    try:
        emit(document, destination)
    except EmitError as exc:
        raise GenerateError(str(exc)) from exc
    (destination / "bodies.json").write_text(bodies.bodies_json(adapted), encoding="utf-8")
    config = str(ROOT / "pyproject.toml")
    ruff = [sys.executable, "-m", "ruff"]
    _run([*ruff, "check", "--config", config, "--fix-only", "--quiet", str(destination)], cwd=ROOT)
    # Unused imports in package __init__ files are kept by the safe fixes (they might be re-exports);
    # the templates import generously there, so drop the unused ones too.
    unused = ["check", "--config", config, "--fix-only", "--unsafe-fixes", "--select", "F401", "--quiet"]
    _run([*ruff, *unused, str(destination)], cwd=ROOT)
    _run([*ruff, "format", "--config", config, "--quiet", str(destination)], cwd=ROOT)


def _files(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def differences(left: Path, right: Path) -> list[str]:
    """List the relative paths whose bytes differ between two trees (missing on either side included)."""
    a, b = _files(left), _files(right)
    return sorted(name for name in a.keys() | b.keys() if a.get(name) != b.get(name))


def generate(*, check: bool = False) -> list[str]:
    """Regenerate the committed tree, or with ``check`` return what differs from a fresh generation."""
    with tempfile.TemporaryDirectory(prefix="sumvin-codegen-") as tmp:
        fresh = Path(tmp) / "_generated"
        render(fresh)
        if check:
            return differences(fresh, TARGET) if TARGET.exists() else ["sumvin_sdk/_generated (missing)"]
        if TARGET.exists():
            shutil.rmtree(TARGET)
        shutil.copytree(fresh, TARGET, ignore=shutil.ignore_patterns("__pycache__"))
    return []
