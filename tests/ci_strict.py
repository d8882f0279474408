"""In CI (``CI`` set to true), a skipped test is a failed test: a missing reference description, Prism,
schemathesis or any other prerequisite must fail the run, not let it go green. Locally, skips stay skips.

Loaded by ``tests/conftest.py``; ``python -m pytest -p tests.ci_strict`` loads it for other test trees.
"""

from __future__ import annotations

import os
from collections.abc import Generator
from typing import Any

import pytest

TRUE = ("1", "true", "yes", "on")


def in_ci() -> bool:
    """Whether this run is CI's: ``CI`` is set to a true value, as CI services and ``.ci/run``'s caller do."""
    return os.environ.get("CI", "").strip().lower() in TRUE


def _fail_skip(report: pytest.TestReport | pytest.CollectReport) -> None:
    if in_ci() and report.skipped and not hasattr(report, "wasxfail"):
        longrepr: Any = report.longrepr
        reason = longrepr[2] if isinstance(longrepr, tuple) and len(longrepr) == 3 else str(longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, where every test must run ({reason})"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, Any]:
    """A test's skip becomes a failure in CI."""
    report = yield
    _fail_skip(report)
    return report


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Generator[None, Any, Any]:
    """A module's skip (``pytest.importorskip`` at import) becomes a failure in CI."""
    report = yield
    _fail_skip(report)
    return report
