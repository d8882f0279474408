"""How ``sumvin call`` prints an answer: ``--output json`` (one JSON document) or ``--output table`` (rich),
every text in it literal (``_display``). Tables leave out ``_links``; JSON keeps everything."""

from __future__ import annotations

import contextlib
import datetime
import functools
import json
import re
import textwrap
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Literal, TypeVar

import click
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from sumvin_sdk._generated.types import Model, epoch_ms
from sumvin_sdk._pipeline import TimestampFormat
from sumvin_sdk.cli._display import json_text, literal, print_json, write_json

Output = Literal["json", "jsonl", "table"]
OUTPUTS: tuple[Output, ...] = ("json", "jsonl", "table")
_HIDDEN = "_links"  # hypermedia: for programs, so only in the JSON
_F = TypeVar("_F", bound=Callable[..., Any])


def output_option(command: _F) -> _F:
    """``--output``/``-o`` (``json`` or ``table``; ``None`` when not given), as every printing command takes it."""
    return click.option(
        "--output",
        "-o",
        type=click.Choice(OUTPUTS),
        default=None,
        help="json (one document; the default when piped), jsonl (a list's items, one a line) or table (the default "
        "on a terminal).",
    )(command)


def plain(value: Any, timestamps: TimestampFormat) -> Any:
    """An answer (a model, a list of them, plain data) as JSON data: the wire form (``to_dict()``), with
    every timestamp written as ``timestamps`` says: ``iso8601`` (``2024-01-01T00:00:00Z``) or ``epoch_ms``."""
    if isinstance(value, Model):
        return _stamped(value, value.to_dict(), timestamps)
    if isinstance(value, list):
        return [plain(v, timestamps) for v in value]
    return _stamped(value, value, timestamps)


def timestamp(value: datetime.datetime, timestamps: TimestampFormat) -> str | int:
    """``value`` as ISO 8601 in UTC (milliseconds only when there are some), or as epoch milliseconds."""
    if timestamps == "epoch_ms":
        return epoch_ms(value)
    utc = value.astimezone(datetime.UTC)
    return utc.isoformat(timespec="milliseconds" if utc.microsecond else "seconds").replace("+00:00", "Z")


def _stamped(value: Any, wire: Any, timestamps: TimestampFormat) -> Any:
    """``wire`` (the JSON form of ``value``) with the timestamps that ``value`` holds as datetimes rewritten."""
    if isinstance(value, datetime.datetime):
        return timestamp(value, timestamps)
    if isinstance(value, Model) and isinstance(wire, dict):
        extra = value.additional_properties
        return {key: _stamped(_member(value, key, extra), item, timestamps) for key, item in wire.items()}
    if isinstance(value, list) and isinstance(wire, list) and len(value) == len(wire):
        return [_stamped(v, w, timestamps) for v, w in zip(value, wire, strict=True)]
    if isinstance(value, Mapping) and isinstance(wire, dict):
        return {key: _stamped(value.get(key), item, timestamps) for key, item in wire.items()}
    return wire


def _member(model: Model, key: str, extra: Mapping[str, Any]) -> Any:
    if key in extra:
        return extra[key]
    name = attribute_name(type(model), key)
    return None if name is None else getattr(model, name)


def attribute_name(model: type[Model], member: str) -> str | None:
    """The attribute of ``model`` holding the member named ``member`` on the wire: the same name, or the
    generator's spelling of it (``eventType``: ``event_type``, ``type``: ``type_``, ``_links``: ``field_links``)."""
    return _attribute_name(frozenset((*model._REQUIRED, *model._OPTIONAL)), member)


@functools.cache
def _attribute_name(fields: frozenset[str], member: str) -> str | None:
    camel = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", member)
    words = {re.sub(r"[^0-9a-z]+", "_", s.lower()).strip("_") for s in (camel, re.sub(r"(\d+)", r"_\1_", camel))}
    candidates = [member, *(w + end for w in sorted(words) for end in ("", "_")), *("field_" + w for w in words)]
    return next((c for c in candidates if c in fields), None)


def default_output(console: Console) -> Output:
    """``table`` for a person at a terminal, ``json`` for a pipe or a file."""
    return "table" if console.is_terminal else "json"


def show(console: Console, data: Any, output: Output) -> None:
    """One answer (JSON data): the whole document (on one line for ``jsonl``), or a table of its members."""
    if output == "jsonl":
        write_json(console, json_text(data, pretty=False) + "\n")
        return
    if output == "json":
        print_json(console, data)
        return
    rows = list(_flattened(data)) if isinstance(data, Mapping) else [("value", data)]
    table = _table({"member": None, "value": None})
    for name, value in rows:
        table.add_row(_text(name), _cell(value))
    console.print(table)


class Listing:
    """A list's items printed as each page of them arrives, so only one page is ever held.

    ``json``: one JSON array, an item a line (indented on a terminal), opened with the first item and closed
    by ``close`` whatever happened, so what was printed is always one valid document. ``jsonl``: an item a
    line, nothing to close. ``table``: rows under one header, every page with the columns the first page
    gave (and their widths); a page bringing members none before had prints a header for the wider table.
    """

    def __init__(self, console: Console, output: Output) -> None:
        self._console, self._output = console, output
        self._count = 0
        self._widths: dict[str, int] = {}  # the table's columns so far, with their widths

    def add(self, items: Sequence[Any]) -> None:
        """Print the items of one more page."""
        if self._output == "table":
            self._rows(items)
        elif self._output == "jsonl":
            write_json(self._console, "".join(json_text(item, pretty=False) + "\n" for item in items))
        else:
            write_json(self._console, "".join(self._element(i, item) for i, item in enumerate(items, self._count)))
        self._count += len(items)

    def close(self, *, complete: bool) -> None:
        """End the output: close the JSON array; under a table, the count of items (only if ``complete``)."""
        if self._output == "json":
            write_json(self._console, "\n]\n" if self._count else "[]\n")
        elif self._output == "table" and complete:
            self._console.print(Text(f"{self._count} item{'' if self._count == 1 else 's'}"))

    def _element(self, index: int, item: Any) -> str:
        pretty = self._console.is_terminal
        text = json_text(item, pretty=pretty)
        return ("[\n" if index == 0 else ",\n") + (textwrap.indent(text, "  ") if pretty else text)

    def _rows(self, items: Sequence[Any]) -> None:
        if not items:
            return
        objects = all(isinstance(item, Mapping) for item in items)
        cells = [item if objects else {"value": item} for item in items]
        found = dict.fromkeys(k for cell in cells for k in cell if k != _HIDDEN)
        new = [column for column in found if column not in self._widths]
        for column in new:
            self._widths[column] = max(_text(column).cell_len, *(_cell(cell.get(column)).cell_len for cell in cells))
        if new:
            self._widths = _fitted(self._widths, self._console.width)
        table = _table(self._widths, header=bool(new))
        for cell in cells:
            table.add_row(*(_cell(cell.get(column)) for column in self._widths))
        self._console.print(table)


def _fitted(widths: dict[str, int], room: int) -> dict[str, int]:
    """Column widths narrowed, the widest first, until the table (a space either side of each cell and one
    between columns) fits ``room`` characters."""
    fitted = dict(widths)
    over = sum(fitted.values()) + 3 * len(fitted) - 1 - room
    while over > 0 and max(fitted.values()) > 1:
        widest = max(fitted, key=lambda column: fitted[column])
        fitted[widest] -= 1
        over -= 1
    return fitted


@contextlib.contextmanager
def listing(console: Console, output: Output) -> Iterator[Listing]:
    """A ``Listing`` on ``console``, closed on the way out, an error included (its count left out then)."""
    shown = Listing(console, output)
    complete = False
    try:
        yield shown
        complete = True
    finally:
        shown.close(complete=complete)


def _table(columns: Mapping[str, int | None], *, header: bool = True) -> Table:
    """A table with these columns (each with its width, or ``None`` for rich to choose)."""
    table = Table(box=box.SIMPLE_HEAD, highlight=False, show_edge=False, show_header=header)
    for column, width in columns.items():
        table.add_column(_text(column), overflow="fold", width=width)
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
