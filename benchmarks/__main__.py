"""``python -m benchmarks``: every figure of the project, each a ratio against its baseline in the same run.

Prints one table (markdown), and the machine it ran on. ``--write`` also keeps the table, the machine and
the date in ``docs/_figures/benchmarks.json``, from which ``docs/render_figures.py`` renders the tables in
the README and ``benchmarks/README.md``. Each part also runs on its own with more options:
``benchmarks.import_time``, ``benchmarks.call_overhead``, ``benchmarks.parse_list``.
"""

from __future__ import annotations

import datetime
import json
import os
import platform
import statistics
import sys
from pathlib import Path

import attrs
import httpx

from benchmarks import call_overhead, import_time, parse_list

FIGURES = Path(__file__).resolve().parent.parent / "docs" / "_figures" / "benchmarks.json"


def machine() -> str:
    """What the figures were measured on, with how busy it was (load averages over 1, 5 and 15 minutes)."""
    load = "/".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores (load {load}), "
        f"{platform.python_implementation()} {platform.python_version()}, httpx {httpx.__version__}, "
        f"attrs {attrs.__version__}"
    )


def main(argv: list[str]) -> int:
    """Run every benchmark and print the table; with ``--write``, keep it for the docs."""
    rows: list[tuple[str, str, str, str, str]] = []
    imports = {code: statistics.median(s) for code, s in import_time.measure(runs=15).items()}
    name, sdk, base = import_time.CASES[0]
    rows.append((name + " vs `" + base + "`", f"{imports[sdk] * 1e3:.1f} ms", f"{imports[base] * 1e3:.1f} ms",
                 f"{imports[sdk] / imports[base]:.2f}x", "<= 1.5x"))  # fmt: skip
    calls = call_overhead.measure(calls=1000, rounds=5, async_calls=1000)
    medians = {n: statistics.median(v) for n, v in calls.items()}
    names = list(medians)
    labels = (
        "typed call, sync, vs httpx + json.loads",
        "1,000 requests at 100 concurrency, AsyncSumvin vs httpx.AsyncClient + json.loads",
    )
    for label, (baseline, contender) in zip(labels, (names[0:2], names[2:4]), strict=True):
        middle, low, high = call_overhead.ratio(calls, contender, baseline)
        rows.append((label, f"{medians[contender] * 1e6:.0f} us", f"{medians[baseline] * 1e6:.0f} us",
                     f"{middle:.2f}x ({low:.2f}-{high:.2f})", "<= 1.15x"))  # fmt: skip
    parsed = parse_list.measure(items=5000, rounds=7)
    plain, typed = parsed.values()
    rows.append(("parse a 5,000-item list into models vs json.loads alone", f"{typed * 1e3:.1f} ms",
                 f"{plain * 1e3:.1f} ms", f"{typed / plain:.2f}x", "(for information)"))  # fmt: skip
    print(f"Measured on {machine()}.\n")
    print("| figure | SDK | baseline | ratio | target |\n|---|---:|---:|---:|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    if "--write" in argv:
        found = {"machine": machine(), "date": datetime.date.today().isoformat(), "rows": [list(r) for r in rows]}
        FIGURES.parent.mkdir(parents=True, exist_ok=True)
        FIGURES.write_text(json.dumps(found, indent=2) + "\n", encoding="utf-8")
        print(f"\nwritten to docs/_figures/{FIGURES.name}; `python docs/render_figures.py` renders it")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
