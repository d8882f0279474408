"""``benchmarks/results.json``: the figures of the last recorded run, and the tables rendered from it.

No figure in the READMEs is typed by hand: each table sits between ``<!-- benchmarks:table -->`` and
``<!-- /benchmarks:table -->`` and is rendered from this file (``tests/test_benchmarks.py`` checks that).
"""

from __future__ import annotations

import datetime
import json
import os
import platform
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs
import httpx

from benchmarks.timing import STATISTIC, Figure

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results.json"
READMES = (ROOT / "README.md", ROOT / "benchmarks" / "README.md")
START, END = "<!-- benchmarks:table -->", "<!-- /benchmarks:table -->"
SDK_COLUMNS = ("sumvin-sdk", "sumvin-sdk (no extra)")


def machine() -> str:
    """What the figures were measured on."""
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
        f"{platform.python_implementation()} {platform.python_version()}, httpx {httpx.__version__}, "
        f"attrs {attrs.__version__}"
    )


def record(figures: Sequence[Figure], seconds: float) -> dict[str, Any]:
    """The stored form of one run, which took ``seconds``."""
    return {
        "command": "python -m benchmarks",
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "seconds": round(seconds),
        "machine": machine(),
        "statistic": STATISTIC,
        "figures": [figure.as_json() for figure in figures],
    }


def save(stored: dict[str, Any]) -> None:
    """Write ``results.json``."""
    RESULTS.write_text(json.dumps(stored, indent=1) + "\n", encoding="utf-8")


def load() -> dict[str, Any]:
    """Read ``results.json``."""
    stored: dict[str, Any] = json.loads(RESULTS.read_text(encoding="utf-8"))
    return stored


def _amount(value: float, unit: str) -> str:
    if unit == "B":
        return f"{value:,.0f} B"
    if unit == "n":
        return f"{value:,.1f}"
    return f"{value * 1e6:,.0f} us" if value < 1e-3 else f"{value * 1e3:,.1f} ms"


def table(stored: dict[str, Any]) -> str:
    """The markdown table of a run: one row per figure, one column per contender (ratios to the baseline)."""
    figures = stored["figures"]
    others: list[str] = []
    for figure in figures:
        others += [name for name in figure["ratios"] if name not in others and name != figure["baseline"]]
    columns = [name for name in SDK_COLUMNS if name in others] + [n for n in others if n not in SDK_COLUMNS]
    took = f" (the run took {stored['seconds'] / 60:.0f} minutes)" if "seconds" in stored else ""
    lines = [
        f"Measured {stored['date']} with `{stored['command']}`{took} on {stored['machine']}. Each cell is a ratio to "
        f"the row's baseline, measured side by side in the same run ({stored['statistic']}).",
        "",
        "| figure | baseline | target | " + " | ".join(columns) + " |",
        "|---|---|---|" + "---:|" * len(columns),
    ]
    for figure in figures:
        target = "; ".join(
            ("" if who == SDK_COLUMNS[0] else f"{who}: ")
            + f"<= {limit:.2f}x ({'met' if figure['met'][who] else 'missed'})"
            for who, limit in figure["targets"].items()
        )
        cells = []
        for name in columns:
            ratio = figure["ratios"].get(name)
            cell = "—" if ratio is None else f"{ratio:.2f}x"
            cell = f"**{cell}**" if name in SDK_COLUMNS and ratio is not None else cell
            if name != figure["baseline"] and name in figure.get("spread", {}):  # older records have none
                low, high = figure["spread"][name]
                cell += f" ({low:.2f} to {high:.2f})"
            cells.append(cell)
        baseline = f"{figure['baseline']} ({_amount(figure['values'][figure['baseline']], figure['unit'])})"
        lines.append(f"| {figure['name']} | {baseline} | {target} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def rendered(text: str, stored: dict[str, Any]) -> str:
    """``text`` with the table between the markers replaced by the table of ``stored``."""
    head, start, rest = text.partition(START)
    _, end, tail = rest.partition(END)
    if not start or not end:
        raise ValueError(f"the table markers {START} ... {END} are missing")
    return f"{head}{START}\n{table(stored)}\n{END}{tail}"


def render_readmes(stored: dict[str, Any]) -> None:
    """Rewrite the tables of the READMEs from ``stored``."""
    for readme in READMES:
        readme.write_text(rendered(readme.read_text(encoding="utf-8"), stored), encoding="utf-8")
