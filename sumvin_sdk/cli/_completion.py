"""Shell completion of ``sumvin call``: its operation (operationIds, or snake_case names once ``_`` is typed) and
``-p`` (the operation's parameter names followed by ``=``, then the values of a parameter with a closed set)."""

from __future__ import annotations

import json

import click
from click import shell_completion
from click.shell_completion import CompletionItem, add_completion_class

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


@add_completion_class
class BashComplete(shell_completion.BashComplete):
    """click's bash completion, made to work with ``NAME=VALUE``: bash splits words at ``=`` (it is in
    ``COMP_WORDBREAKS``) and replaces only what follows it, and adds a space after every completion.

    The words are joined back before click reads them, a value is given back without its ``NAME=``, and
    ``NAME=`` itself is marked so that the script adds no space after it.
    """

    source_template = shell_completion.BashComplete.source_template.replace(
        "        elif [[ $type == 'plain' ]]; then\n",
        "        elif [[ $type == 'nospace' ]]; then\n"
        "            COMPREPLY+=($value)\n"
        "            compopt -o nospace\n"
        "        elif [[ $type == 'plain' ]]; then\n",
    )

    def get_completion_args(self) -> tuple[list[str], str]:
        args, incomplete = super().get_completion_args()
        self._given = ""  # what bash shows before the word it will replace, as part of the same argument
        if incomplete == "=" and args:  # the cursor right after NAME=
            self._given, args, incomplete = args[-1] + "=", args[:-1], args[-1] + "="
        elif len(args) >= 2 and args[-1] == "=":  # NAME=VAL, split into NAME, =, VAL
            self._given, args, incomplete = args[-2] + "=", args[:-2], args[-2] + "=" + incomplete
        return args, incomplete

    def format_completion(self, item: CompletionItem) -> str:
        value = str(item.value).removeprefix(self._given) if self._given else str(item.value)
        kind = "nospace" if item.type == "plain" and value.endswith("=") else item.type
        return f"{kind},{value}"
