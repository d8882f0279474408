"""How ``sumvin call`` prints an answer: ``--output json`` (one JSON document) or ``--output table`` (rich),
every text in it literal (``_display``). Tables leave out ``_links``; JSON keeps everything."""

from __future__ import annotations

import datetime
import functools
import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Literal, TypeVar

import click
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from sumvin_sdk._generated.types import Model, epoch_ms
from sumvin_sdk._pipeline import TimestampFormat
from sumvin_sdk.cli._display import literal, print_json

Output = Literal["json", "table"]
OUTPUTS: tuple[Output, ...] = ("json", "table")
_HIDDEN = "_links"  # hypermedia: for programs, so only in the JSON
_F = TypeVar("_F", bound=Callable[..., Any])


def output_option(command: _F) -> _F:
    """``--output``/``-o`` (``json`` or ``table``; ``None`` when not given), as every printing command takes it."""
    return click.option(
        "--output",
        "-o",
        type=click.Choice(OUTPUTS),
        default=None,
        help="json (one document; the default when piped) or table (the default on a terminal).",
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
