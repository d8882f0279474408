"""The contract as the fake reads it: each operation's route, parameters, body, answers and security.

It comes from ``sumvin_sdk/_generated/openapi.json``, the copy of ``openapi.yaml`` that codegen writes into the
package, so the fake needs no YAML parser and no checkout.
"""

from __future__ import annotations

import datetime
import functools
import json
import re
from importlib import resources
from typing import Any
from urllib.parse import unquote

import attrs

JSON = dict[str, Any]
SCHEMA_PREFIX = "#/components/schemas/"
METHODS = ("get", "put", "post", "delete", "patch")
TIMESTAMP_NAMES = frozenset({"timestamp", "period_start", "period_end"})
KYC_STATUSES = ("pending", "in_progress", "retry", "approved", "rejected")
#: Values the reference lists in words for string members whose description in openapi.yaml leaves the list
#: open ("such as …"); the fake keeps to them too (see ``listed_values``).
LISTED_BEYOND_WORDS: dict[tuple[str, str], tuple[str, ...]] = {
    ("UserData", "auth_provider"): ("dynamic", "privy", "clerk", "clerk-sigil"),
    ("SafeRpcStatusResponse", "status"): (
        "not_found",
        "not_submitted",
        "queued",
        "submitted",
        "included",
        "rejected",
        "failed",
    ),
}
_VALUE = r"`([a-z][a-z0-9_-]*)`"
_LISTED = re.compile(rf"{_VALUE}(?:, {_VALUE})* or {_VALUE}")
_CLAUSES = re.compile(rf"^{_VALUE} (?:when|once|if) [^`]*, {_VALUE} (?:when|once|if) [^`]*$")
_ENUM_SCHEMA = re.compile(r"with the values of `(\w+)`")
_OPEN_LIST = re.compile(r"such as|\.\.\.|e\.g\.|for example")


def named_values(description: str, schemas: dict[str, JSON]) -> tuple[str, ...] | None:
    """Every value a member's ``description`` names for it, or ``None`` if it does not name them all.

    It names them when it lists them (`` `a`, `b` or `c` ``, every quoted word one of them), opens its two
    clauses with them (`` `a` when …, `b` once …``) or points to an enum schema (``with the values of `Name` ``);
    an open list ("such as", "...") names none."""
    pointed = _ENUM_SCHEMA.search(description)
    if pointed is not None:
        enum = schemas.get(pointed.group(1), {}).get("enum")
        return tuple(enum) if enum else None
    if _OPEN_LIST.search(description):
        return None
    quoted = re.findall(r"`([^`]*)`", description)
    for pattern in (_LISTED, _CLAUSES):
        found = pattern.search(description)
        if found is not None and len(values := re.findall(_VALUE, found.group())) == len(quoted):
            return tuple(values)
    return None


def listed_values(schemas: dict[str, JSON]) -> dict[tuple[str, str], tuple[str, ...]]:
    """The string members the contract types as plain strings while it names their values in words (in their
    descriptions, ``named_values``; or in the reference's, ``LISTED_BEYOND_WORDS``), by ``(schema, member)``.
    The fake reads them as enums, so its defaults, seeds and handlers keep to the values named."""
    found = dict(LISTED_BEYOND_WORDS)
    for name, schema in schemas.items():
        for member, prop in schema.get("properties", {}).items():
            free = [o for o in prop.get("anyOf", [prop]) if o.get("type") == "string" and "enum" not in o]
            values = named_values(prop.get("description", ""), schemas) if free and "enum" not in prop else None
            if values is not None:
                found[name, member] = values
    return found


@attrs.frozen
class Parameter:
    """A path, query or header parameter of an operation."""

    name: str
    location: str
    required: bool
    schema: JSON


@attrs.frozen
class Answer:
    """A documented response: its status, media type and body schema (``None`` for an empty body)."""

    status: int
    media_type: str | None
    schema: JSON | None


@attrs.frozen
class Operation:
    """One operation of the contract, as the fake routes, checks and answers it."""

    operation_id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    body_media: str | None
    body_schema: JSON | None
    body_required: bool
    answers: dict[int, Answer]
    #: Each alternative is the set of schemes that together admit a caller; ``None``: no scheme is declared.
    security: tuple[frozenset[str], ...] | None
    pattern: re.Pattern[str]

    @property
    def secured(self) -> bool:
        """Whether a caller must bring a credential the contract names."""
        return bool(self.security) and frozenset() not in (self.security or ())

    @property
    def success(self) -> Answer:
        """The first documented 2xx answer."""
        return next(a for s, a in self.answers.items() if 200 <= s < 300)

    def documents(self, status: int) -> bool:
        """Whether the contract documents ``status`` for this operation."""
        return status in self.answers


class Contract:
    """The operations of ``openapi.json``, routed by method and path."""

    def __init__(self, document: JSON) -> None:
        self.document = document
        self.schemas: dict[str, JSON] = document["components"]["schemas"]
        #: The members read as enums, with their values (``listed_values``).
        self.listed_values = listed_values(self.schemas)
        for (schema, member), values in self.listed_values.items():
            _enumerate(self.schemas[schema]["properties"][member], values)
        self.error_codes: tuple[str, ...] = tuple(self.schemas.get("APIErrorCode", {}).get("enum", ()))
        self.operations: dict[str, Operation] = {}
        for path, item in document["paths"].items():
            for method in (m for m in METHODS if m in item):
                operation = self._operation(path, method, item[method])
                self.operations[operation.operation_id] = operation
        # Literal segments win over parameters: /v0/user/me before /v0/user/{id}.
        self._routes = sorted(self.operations.values(), key=lambda o: [s.startswith("{") for s in o.path.split("/")])

    def _operation(self, path: str, method: str, op: JSON) -> Operation:
        parameters = tuple(
            Parameter(p["name"], p["in"], bool(p.get("required")), p.get("schema", {}))
            for p in op.get("parameters", [])
        )
        media, schema, required = None, None, False
        if "requestBody" in op:
            media, content = next(iter(op["requestBody"]["content"].items()))
            schema, required = content.get("schema", {}), bool(op["requestBody"].get("required"))
        answers = {}
        for status, response in op["responses"].items():
            content = response.get("content") or {}
            kind: str | None = next(iter(content), None)
            answers[int(status)] = Answer(int(status), kind, content[kind].get("schema") if kind else None)
        security = op.get("security")
        pattern = re.compile("^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(path.rstrip("/"))) + "/?$")
        return Operation(
            operation_id=op["operationId"],
            method=method.upper(),
            path=path,
            parameters=parameters,
            body_media=media,
            body_schema=schema,
            body_required=required,
            answers=answers,
            security=None if security is None else tuple(frozenset(s) for s in security),
            pattern=pattern,
        )

    def resolve(self, schema: JSON) -> JSON:
        """``schema`` with its ``$ref`` followed."""
        while "$ref" in schema:
            schema = self.schemas[schema["$ref"].removeprefix(SCHEMA_PREFIX)]
        return schema

    def route(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        """The operation at ``method path`` and its (decoded) path parameters."""
        for operation in self._routes:
            if operation.method == method and (match := operation.pattern.match(path)):
                return operation, {name: unquote(value) for name, value in match.groupdict().items()}
        return None

    def methods_at(self, path: str) -> list[str]:
        """The methods the contract documents at ``path``."""
        return sorted({o.method for o in self._routes if o.pattern.match(path)})

    def error_code(self, status: int, operation: Operation | None = None) -> str:
        """A documented error code for ``status``: of the operation's area when one exists."""
        found = [code for code in self.error_codes if f"-{status}-" in code]
        if operation is not None:
            segment = operation.path.split("/")[2 if operation.path.startswith("/v0/") else 1].upper()
            found.sort(key=lambda code: not _abbreviates(code.split("-")[0], segment))
        return found[0] if found else "GEN-400-001"


def _enumerate(prop: JSON, values: tuple[str, ...]) -> None:
    """Give the string type of ``prop`` (or its string option) the listed ``values`` as its enum."""
    for option in prop.get("anyOf", [prop]):
        if option.get("type") == "string":
            option["enum"] = list(values)


def _abbreviates(prefix: str, word: str) -> bool:
    """Whether ``prefix`` is ``word`` with letters left out (``USR`` of ``USER``, ``CRD`` of ``CARD``)."""
    letters = iter(word)
    return bool(prefix) and prefix[0] == word[:1] and all(letter in letters for letter in prefix)


@functools.cache
def contract() -> Contract:
    """The contract shipped with the SDK (read once)."""
    text = resources.files("sumvin_sdk._generated").joinpath("openapi.json").read_text(encoding="utf-8")
    return Contract(json.loads(text))


def is_timestamp(name: str, value: object) -> bool:
    """Whether the API converts this member for ``X-Timestamp-Format: iso8601`` (the SDK's rule)."""
    named = name.endswith("_at") or name in TIMESTAMP_NAMES
    return named and isinstance(value, int) and not isinstance(value, bool)


def iso_timestamps(body: Any) -> Any:
    """``body`` with its epoch-millisecond timestamps as ISO 8601 strings, milliseconds kept when not zero."""
    if isinstance(body, dict):
        return {key: _iso(value) if is_timestamp(key, value) else iso_timestamps(value) for key, value in body.items()}
    if isinstance(body, list):
        return [iso_timestamps(item) for item in body]
    return body


def _iso(epoch_ms: int) -> str:
    """``epoch_ms`` in ISO 8601, UTC: whole seconds as ``...:SSZ``, else ``...:SS.mmmZ`` (nothing is lost)."""
    seconds, milliseconds = divmod(epoch_ms, 1000)
    text = datetime.datetime.fromtimestamp(seconds, datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S")
    return f"{text}.{milliseconds:03d}Z" if milliseconds else f"{text}Z"
