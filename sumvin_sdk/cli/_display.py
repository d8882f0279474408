"""What the command prints: any text that came from a server, made literal and harmless for a terminal.

Nothing a server sends is ever read as rich markup, and no character it sends can move the cursor, clear
the screen, set a hyperlink or reorder the line: control characters (C0, C1, DEL, ESC and the CSI/OSC
sequences they start), format characters (bidi overrides and isolates, zero-width marks), line and
paragraph separators and lone surrogates are shown as escapes (``\\x1b``, ``\\u202e``) instead.
"""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.highlighter import JSONHighlighter
from rich.text import Text

from sumvin_sdk.errors import APIStatusError, SumvinError


def _escape(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def literal(value: object) -> str:
    """``value`` as text that prints as itself: every character a terminal would act on, escaped."""
    text = value if isinstance(value, str) else str(value)
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else _escape(c) for c in text)


def json_text(data: Any, *, pretty: bool) -> str:
    """``data`` as JSON, readable (non-ASCII kept) but with every character a terminal would act on escaped."""
    text = json.dumps(data, ensure_ascii=False, indent=2 if pretty else None, default=str)
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c == "\n" else json.dumps(c)[1:-1] for c in text)


def print_json(console: Console, data: Any) -> None:
    """``data`` on ``console``: indented and coloured on a terminal, one line when piped."""
    write_json(console, json_text(data, pretty=console.is_terminal) + "\n")


def write_json(console: Console, text: str) -> None:
    """JSON text (from ``json_text``) on ``console`` now: coloured on a terminal, as it is when piped."""
    if console.is_terminal:
        shown = Text(text)
        JSONHighlighter().highlight(shown)
        console.print(shown, soft_wrap=True, end="")
    else:
        console.file.write(text)
    console.file.flush()


def say(console: Console, *parts: str | tuple[str, str]) -> None:
    """One line on ``console`` from plain parts (taken literally) and ``(text, style)`` pairs; never markup."""
    line = Text()
    for part in parts:
        text, style = (part, "") if isinstance(part, str) else part
        line.append(literal(text), style=style)
    console.print(line, soft_wrap=True, highlight=False)


def error_line(error: SumvinError) -> str:
    """The one line that reports ``error``: status, title, detail, error code, trace id and next steps."""
    if not isinstance(error, APIStatusError) or error.problem is None:
        field_errors = "; ".join(str(e) for e in getattr(error, "field_errors", None) or ())
        return literal(f"{error} ({field_errors})" if field_errors else error)
    problem = error.problem
    notes = [problem.error_code or "", f"trace id {problem.trace_id}" if problem.trace_id else ""]
    for rel, link in problem.links.items():
        href = link.get("href") if isinstance(link, dict) else getattr(link, "href", link)
        notes.append(f"next step {rel}: {href}")
    head = f"{error.status_code} {problem.title or 'Error'}" + (f": {problem.detail}" if problem.detail else "")
    kept = "; ".join(n for n in notes if n)
    return literal(f"{head} ({kept})" if kept else head)
