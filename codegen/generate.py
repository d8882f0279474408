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

from codegen.emit import EmitError, emit

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


def generator_input(document: dict[str, Any]) -> dict[str, Any]:
    """Adapt the contract to what openapi-python-client 0.29.1 understands, in place.

    * OpenAPI 3.1 file fields (``contentMediaType: application/octet-stream``) get the 3.0 spelling
      ``format: binary`` too; without it uploads are typed ``str`` and sent as text
      (openapi-python-client issue #1417).
    * Timestamps (members named ``*_at``, ``timestamp``, ``period_start``, ``period_end`` that the contract
      types as integers: epoch milliseconds, or ISO 8601 with ``X-Timestamp-Format: iso8601``) become
      ``date-time``, which the templates read from either form and send as epoch milliseconds.
    """
    _binary_strings(document["components"]["schemas"])
    _timestamps(document["components"]["schemas"])
    return document


def render(destination: Path) -> None:
    """Write the formatted generated package into ``destination`` (which must not exist)."""
    work = destination.parent
    document = yaml.load(SPEC.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    source = work / "openapi.json"
    source.write_text(json.dumps(generator_input(copy.deepcopy(document))), encoding="utf-8")
    output = _run(
        [
            sys.executable, "-m", "openapi_python_client", "generate",
            "--path", str(source),
            "--config", str(CODEGEN / "config.yaml"),
            "--custom-template-path", str(CODEGEN / "templates"),
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
