"""Models and pages as tables: a pandas DataFrame (pandas is optional) and the HTML a notebook shows.

A page (a list operation's model, such as ``WalletListResponse``) is one row per item; any other model is one
row; an iterable of models (``Sumvin.paginate(...).items()``, a list) is one row each. Cells hold the members as
``to_dict(mode="python")`` has them, so timestamps are timezone-aware datetime columns, and links are left out.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any, cast

import attrs

from sumvin_sdk._extras import install_hint
from sumvin_sdk._generated.types import Model

if TYPE_CHECKING:
    import pandas

__all__ = ["HTML_ROWS", "dataframe", "html_table", "rows"]

#: How many rows a notebook shows of a page before saying how many more there are.
HTML_ROWS = 50
LINKS = ("field_links", "_links")


def _row(model: object) -> dict[str, Any]:
    if not isinstance(model, Model):
        raise TypeError(f"a table row is a Sumvin model, not {type(model).__name__}")
    row = model.to_dict(mode="python")
    for name in LINKS:
        row.pop(name, None)
    return row


def _models(source: Model | Iterable[Model]) -> Iterator[Model]:
    if isinstance(source, Model):
        if source._ITEMS is None:
            yield source
        else:
            yield from getattr(source, source._ITEMS) or []
    else:
        yield from source


def rows(source: Model | Iterable[Model]) -> Iterator[dict[str, Any]]:
    """The rows of ``source``: its items if it is a page, itself if it is another model, else each model in it."""
    return (_row(model) for model in _models(source))


_TIMESTAMPS: dict[type, frozenset[str]] = {}


def _timestamps(cls: type[Model]) -> frozenset[str]:
    found = _TIMESTAMPS.get(cls)
    if found is None:
        fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(cast(Any, cls))
        found = _TIMESTAMPS[cls] = frozenset(f.name for f in fields if "datetime.datetime" in str(f.type))
    return found


def dataframe(source: Model | Iterable[Model]) -> pandas.DataFrame:
    """``source`` as a pandas DataFrame (see ``rows``); timestamp members are timezone-aware (UTC) columns."""
    try:
        import pandas
    except ImportError:
        raise ImportError(f"to_dataframe() needs pandas: {install_hint('pandas')}") from None
    records: list[dict[str, Any]] = []
    timestamps: set[str] = set()
    for model in _models(source):
        records.append(_row(model))
        timestamps |= _timestamps(type(model))
    frame = pandas.DataFrame.from_records(records)
    for column in timestamps & set(frame.columns):
        frame[column] = pandas.to_datetime(frame[column], utc=True).astype("datetime64[us, UTC]")
    return frame


def _cell(value: object) -> str:
    text = value.isoformat() if hasattr(value, "isoformat") else "" if value is None else str(value)
    return html.escape(text if len(text) <= 200 else text[:199] + "…")


def html_table(model: Model) -> str:
    """The HTML table a notebook shows for ``model``: a page's items, or a model's members; every value escaped."""
    if model._ITEMS is None:
        body = "".join(f"<tr><th>{html.escape(k)}</th><td>{_cell(v)}</td></tr>" for k, v in _row(model).items())
        return f"<table><caption>{html.escape(type(model).__name__)}</caption>{body}</table>"
    items = getattr(model, model._ITEMS) or []
    shown = [_row(item) for item in islice(items, HTML_ROWS)]
    columns = list(dict.fromkeys(key for row in shown for key in row))
    head = "".join(f"<th>{html.escape(column)}</th>" for column in columns)
    body = "".join("<tr>" + "".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) + "</tr>" for row in shown)
    more = f"<p>{len(items) - len(shown)} more rows</p>" if len(items) > len(shown) else ""
    caption = f"{html.escape(type(model).__name__)}: {len(items)} {html.escape(model._ITEMS)}"
    return f"<table><caption>{caption}</caption><tr>{head}</tr>{body}</table>{more}"
