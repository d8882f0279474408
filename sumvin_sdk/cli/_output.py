"""How ``sumvin call`` prints an answer: ``--output json`` (one JSON document) or ``--output table`` (rich),
every text in it literal (``_display``). Tables leave out ``_links``; JSON keeps everything."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Literal

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from sumvin_sdk.cli._display import literal, print_json

Output = Literal["json", "table"]
OUTPUTS: tuple[Output, ...] = ("json", "table")
_HIDDEN = "_links"  # hypermedia: for programs, so only in the JSON


def plain(value: Any) -> Any:
    """An answer (a model, a list of them, a datetime, plain data) as JSON data."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return value


def default_output(console: Console) -> Output:
    """``table`` for a person at a terminal, ``json`` for a pipe or a file."""
    return "table" if console.is_terminal else "json"


def show(console: Console, data: Any, output: Output) -> None:
    """One answer (JSON data): the whole document, or a table of its members, one row each."""
    if output == "json":
        print_json(console, data)
        return
    rows = list(_flattened(data)) if isinstance(data, Mapping) else [("value", data)]
    table = _table(["member", "value"])
    for name, value in rows:
        table.add_row(_text(name), _cell(value))
    console.print(table)


def show_items(console: Console, items: Sequence[Any], output: Output) -> None:
    """The items of a list: a JSON array, or a table with a row per item and a column per member."""
    if output == "json":
        print_json(console, list(items))
        return
    objects = all(isinstance(item, Mapping) for item in items)
    columns = list(dict.fromkeys(k for i in items for k in i if k != _HIDDEN)) if objects else ["value"]
    table = _table(columns)
    for item in items:
        table.add_row(*(_cell(item.get(c)) for c in columns) if objects else [_cell(item)])
    table.caption = Text(f"{len(items)} item{'' if len(items) == 1 else 's'}")
    console.print(table)


def _table(columns: list[str]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, highlight=False, show_edge=False)
    for column in columns:
        table.add_column(_text(column), overflow="fold")
    return table


def _flattened(data: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    """The members of ``data`` with nested objects spelt out as ``outer.inner``, ``_links`` left out."""
    for key, value in data.items():
        if key == _HIDDEN:
            continue
        if isinstance(value, Mapping) and value:
            yield from _flattened(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", value


def _text(value: str) -> Text:
    return Text(literal(value))


def _cell(value: Any) -> Text:
    """A table cell: text as it is, ``None`` empty, anything else as compact JSON; always literal."""
    if value is None:
        return Text("")
    if isinstance(value, str):
        return _text(value)
    return _text(json.dumps(value, ensure_ascii=False, default=str))
