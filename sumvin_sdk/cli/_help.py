"""``sumvin call OPERATION --help``: the operation's description, parameters and body members, from the contract
the package ships (``sumvin_sdk/_generated/openapi.json``). Every text is printed literally (``_display.literal``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import attrs
import click

from sumvin_sdk._generated.operations import Operation
from sumvin_sdk.cli._contract import JSON, REF, component, page_model, spec
from sumvin_sdk.cli._display import literal
from sumvin_sdk.cli._operations import cli_name, find_operation

_NAMED = "sumvin.operation"  # ctx.meta key: the operation named before --help


@attrs.frozen
class Member:
    """A parameter or a body member as the help page shows it."""

    name: str
    kind: str
    required: bool
    description: str
    choices: tuple[Any, ...] = ()  # every value it takes, when that is a closed set (see ``choices``)


@attrs.frozen
class Body:
    """One shape the body can take: its name and its members."""

    name: str
    members: tuple[Member, ...]


def kind(schema: JSON) -> str:
    """A short name for what ``schema`` takes: ``string``, ``integer or null``, ``list of string``, a model name."""
    if "$ref" in schema:
        name = schema["$ref"].removeprefix(REF)
        target = component(schema["$ref"])
        return f"{name} ({_choices(target['enum'])})" if "enum" in target else name
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        return " or ".join(dict.fromkeys(kind(option) for option in options))
    if "const" in schema:
        return json.dumps(schema["const"])
    if "enum" in schema:
        return _choices(schema["enum"])
    named = schema.get("type", "any")
    if named == "array":
        return f"list of {kind(schema.get('items', {}))}"
    text = " or ".join(named) if isinstance(named, list) else str(named)
    return f"{text} ({schema['format']})" if "format" in schema else text


def choices(schema: JSON) -> tuple[Any, ...]:
    """Every value ``schema`` takes when they are few and named (an enum, a constant, a boolean, or a list
    of those), ``null`` left out; ``()`` for an open set."""
    if "$ref" in schema:
        return choices(component(schema["$ref"]))
    options = [o for o in schema.get("anyOf") or schema.get("oneOf") or () if o.get("type") != "null"]
    if options:
        found = [choices(option) for option in options]
        return tuple(dict.fromkeys(v for values in found for v in values)) if all(found) else ()
    if "const" in schema:
        return (schema["const"],)
    if "enum" in schema:
        return tuple(v for v in schema["enum"] if v is not None)
    named = schema.get("type")
    if named == "array":
        return choices(schema.get("items", {}))
    return (True, False) if named == "boolean" else ()


def _choices(values: list[Any]) -> str:
    return "one of " + ", ".join(json.dumps(v) for v in values)


def _member(name: str, schema: JSON, required: bool, description: object) -> Member:
    return Member(name, kind(schema), required, str(description or ""), choices(schema))


def parameters(operation: Operation) -> list[Member]:
    """The operation's path, query and header parameters, as ``-p NAME=VALUE`` names them."""
    found = spec(operation).get("parameters", [])
    return [
        _member(cli_name(p["name"]), p.get("schema", {}), p.get("required", False), p.get("description")) for p in found
    ]


def description(operation: Operation) -> str:
    """What the operation does, in the contract's (the project's own) words."""
    return str(spec(operation).get("description") or operation.summary)


def bodies(operation: Operation) -> tuple[str, list[Body]]:
    """How the operation takes a body (``required``, ``optional``, or ``""`` for none; ``upload`` for a file
    upload, which the command cannot send) and each shape it takes: one, or the variants of a union."""
    request = spec(operation).get("requestBody")
    if request is None:
        return "", []
    media, content = next(iter(request["content"].items()))
    schema = content.get("schema", {})
    variants = [o for o in schema.get("oneOf") or schema.get("anyOf") or [schema] if o.get("type") != "null"]
    need = "upload" if media.startswith("multipart/") else "required" if request.get("required") else "optional"
    return need, [_body(variant) for variant in variants]


def _body(schema: JSON) -> Body:
    name = schema["$ref"].removeprefix(REF) if "$ref" in schema else str(schema.get("title", "body"))
    resolved = component(schema["$ref"]) if "$ref" in schema else schema
    required = set(resolved.get("required", []))
    members = tuple(
        _member(n, s, n in required, s.get("description")) for n, s in resolved.get("properties", {}).items()
    )
    return Body(name, members)


def _rows(members: list[Member] | tuple[Member, ...]) -> Iterator[tuple[str, str]]:
    for member in members:
        need = "required" if member.required else "optional"
        yield literal(member.name), literal(f"({member.kind}, {need}) {member.description}".strip())


def write(operation: Operation, formatter: click.HelpFormatter, *, pages: bool) -> None:
    """The operation's part of the help page: what it does, its route, its parameters and its body."""
    formatter.write_paragraph()
    with formatter.indentation():
        formatter.write_text(literal(description(operation)))
        formatter.write_paragraph()
        route = f"{operation.method} {operation.path}  (tag {operation.tag}, also callable as {operation.module})"
        formatter.write_text(literal(route))
        if pages:
            formatter.write_paragraph()
            formatter.write_text("A list operation: --all follows its pages and prints every item.")
    found = parameters(operation)
    if found:
        with formatter.section("Parameters (-p NAME=VALUE)"):
            formatter.write_dl(list(_rows(found)))
    need, shapes = bodies(operation)
    for shape in shapes:
        union = ", one of its shapes" if len(shapes) > 1 else ""
        how = "a file upload: use the SDK from Python" if need == "upload" else f"--body JSON|@FILE, {need}"
        with formatter.section(literal(f"Body {shape.name} ({how}{union})")):
            if shape.members:
                formatter.write_dl(list(_rows(shape.members)))
            else:
                formatter.write_text("Any JSON object.")


def named(ctx: click.Context) -> str | None:
    """The operation named on ``sumvin call``'s command line (``ctx`` is its context), if any."""
    found = ctx.meta.get(_NAMED)
    return found if isinstance(found, str) else None


class OperationCommand(click.Command):
    """``sumvin call``: its ``--help`` after an operation's name describes that operation."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        ctx.meta[_NAMED] = self._named(ctx, args)
        return super().parse_args(ctx, args)

    def _named(self, ctx: click.Context, args: list[str]) -> object:
        """The operation ``args`` name, from a first pass without callbacks: for the help page, and for a shell
        completing ``-p``, which leaves the option without its value at the end (click then parses nothing)."""
        for given in (args, args[:-1]):
            try:
                found, _, _ = self.make_parser(ctx).parse_args(args=list(given))
            except click.UsageError:
                continue
            if "operation" in found:
                return found["operation"]
        return None

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        operation = named(ctx)
        if operation is None:
            return super().format_usage(ctx, formatter)
        formatter.write_usage(ctx.command_path, literal(f"{find_operation(operation).operation_id} [OPTIONS]"))

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        operation = named(ctx)
        if operation is None:
            return super().format_help_text(ctx, formatter)
        found = find_operation(operation)
        write(found, formatter, pages=page_model(found) is not None)
