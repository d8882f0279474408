"""The suite's figures: what the tests count, written to ``docs/_figures/tests.json`` and checked there.

Tests call ``record(source, figures)``. When a run has run the whole suite and every test passed, the
figures it produced are compared with the committed file: a difference fails the run, saying which figure
moved and how to write the new ones (``python -m pytest --write-figures``; a green run of some test files
with ``--write-figures`` updates the sources those files record and leaves the others). ``docs/render_figures.py``
renders the tables the docs show from that file, so no figure in them is typed by hand. Only figures that
are the same on every run are recorded here; timings come from ``python -m benchmarks``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

FILE = Path(__file__).resolve().parent.parent / "docs" / "_figures" / "tests.json"
FIGURES: dict[str, dict[str, Any]] = {}


def record(source: str, figures: dict[str, Any]) -> None:
    """Keep ``figures`` under ``source`` for this run (a later call for the same source adds to it)."""
    FIGURES.setdefault(source, {}).update(figures)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--write-figures", action="store_true", help="write the figures of a whole, green run to docs/_figures/"
    )


def _whole_suite(session: pytest.Session) -> bool:
    config = session.config
    args = [Path(a.split("::")[0]).resolve() for a in config.args]
    whole = not args or all(a == config.rootpath / "tests" for a in args)
    return whole and not config.getoption("keyword") and not config.getoption("markexpr")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Write the figures of a green run, or check them once a whole run of the suite is green."""
    if exitstatus != 0 or session.testsfailed:
        return
    produced = json.loads(json.dumps(FIGURES, sort_keys=True))
    committed = json.loads(FILE.read_text(encoding="utf-8")) if FILE.exists() else {}
    if session.config.getoption("write_figures"):
        FILE.parent.mkdir(parents=True, exist_ok=True)
        merged = produced if _whole_suite(session) else committed | produced
        FILE.write_text(json.dumps(merged, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        return
    if not _whole_suite(session):
        return
    moved = [
        f"{source} / {name}: committed {committed.get(source, {}).get(name)!r}, this run {value!r}"
        for source, figures in produced.items()
        for name, value in figures.items()
        if committed.get(source, {}).get(name) != value
    ]
    moved += [f"{source}: committed, not produced" for source in committed if source not in produced]
    if moved:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line("figures in docs/_figures/tests.json no longer match this run:", red=True)
            for line in moved:
                reporter.write_line(f"  {line}", red=True)
            reporter.write_line(
                "run `python -m pytest --write-figures` and then `python docs/render_figures.py`", red=True
            )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
