"""Shell completion of ``sumvin call``: its operation (operationIds, or snake_case names once ``_`` is typed) and
``-p`` (the operation's parameter names followed by ``=``, then the values of a parameter with a closed set)."""

from __future__ import annotations

import json

import click
from click.shell_completion import CompletionItem

from sumvin_sdk._generated.operations import OPERATIONS
from sumvin_sdk.cli._display import literal
from sumvin_sdk.cli._help import named, parameters
from sumvin_sdk.cli._operations import find_operation


def complete_operation(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """The operationIds starting with what is typed (the snake_case names once it holds ``_``), with summaries."""
    snake = "_" in incomplete
    return [
        CompletionItem(o.module if snake else o.operation_id, help=literal(o.summary))
        for o in sorted(OPERATIONS.values(), key=lambda o: o.operation_id)
        if (o.module if snake else o.operation_id).startswith(incomplete)
    ]


def complete_parameter(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """``-p`` after the operation: ``NAME=`` for each of its parameters starting with what is typed; after
    ``NAME=``, ``NAME=VALUE`` for each value of a parameter that takes a closed set (an enum, a boolean)."""
    name = named(ctx)
    try:
        operation = find_operation(name) if name is not None else None
    except click.UsageError:
        return []
    if operation is None:
        return []
    name, sep, typed = incomplete.partition("=")
    found = parameters(operation)
    if not sep:
        return [
            CompletionItem(f"{p.name}=", help=literal(f"({p.kind}) {p.description}".strip()))
            for p in found
            if p.name.startswith(name)
        ]
    values = next((p.choices for p in found if p.name == name), ())
    shown = [v if isinstance(v, str) else json.dumps(v) for v in values]
    return [CompletionItem(f"{name}={v}") for v in shown if v.startswith(typed)]
