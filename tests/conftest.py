"""Shared fixtures: the contract (``openapi.yaml``) and, where present, Sumvin's reference description."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "reference" / "sumvin-openapi-0.41.2.json"
pytest_plugins = ["tests.ci_strict"]  # in CI, a skip fails the run


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """The checked-in contract."""
    with (ROOT / "openapi.yaml").open(encoding="utf-8") as fh:
        loaded: dict[str, Any] = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return loaded


@pytest.fixture(scope="session")
def reference() -> dict[str, Any]:
    """Sumvin's published description; tests that need it skip where ``../shared`` is absent (fail, in CI)."""
    if not REFERENCE.exists():
        pytest.skip(f"reference description not found at {REFERENCE}")
    loaded: dict[str, Any] = json.loads(REFERENCE.read_bytes())
    return loaded


class SecretWatch:
    """Every credential value a test hands the SDK, and every text the SDK produced that could leak one."""

    totals: ClassVar[dict[str, int]] = {"tests": 0, "credentials": 0, "log records": 0, "errors": 0, "reprs": 0}

    def __init__(self) -> None:
        self.values: set[str] = set()
        self.texts: list[str] = []
        self.records: list[logging.LogRecord] = []
        self.errors: list[BaseException] = []


class _Collect(logging.Handler):
    """Keeps every record it is given."""

    def __init__(self, sink: list[logging.LogRecord]) -> None:
        super().__init__(logging.DEBUG)
        self.sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        self.sink.append(record)


@pytest.fixture(autouse=True)
def secret_hygiene(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run every test with DEBUG logging captured; fail it if a credential shows in a log, an error or a repr."""
    from sumvin_sdk import _client
    from sumvin_sdk.auth import HeaderAuth
    from sumvin_sdk.errors import SumvinError

    watch = SecretWatch()
    value, avalue, error_init, setup = (
        HeaderAuth.value,
        HeaderAuth.avalue,
        SumvinError.__init__,
        _client._BaseClient._setup,
    )

    def remember(found: str | None) -> str | None:
        if found and len(found) >= 8 and found != "REDACTED":  # the cassettes' placeholder is no secret
            watch.values.add(found)
        return found

    def watched_value(self: HeaderAuth) -> str | None:
        return remember(value(self))

    async def watched_avalue(self: HeaderAuth) -> str | None:
        return remember(await avalue(self))

    def watched_error_init(self: SumvinError, *args: Any, **kwargs: Any) -> None:
        error_init(self, *args, **kwargs)
        watch.errors.append(self)  # read once the subclass has finished building it

    def watched_setup(self: Any, *args: Any, **kwargs: Any) -> None:
        setup(self, *args, **kwargs)
        watch.texts.append(repr(self))

    monkeypatch.setattr(HeaderAuth, "value", watched_value)
    monkeypatch.setattr(HeaderAuth, "avalue", watched_avalue)
    monkeypatch.setattr(SumvinError, "__init__", watched_error_init)
    monkeypatch.setattr(_client._BaseClient, "_setup", watched_setup)
    handler = _Collect(watch.records)
    logger = logging.getLogger("sumvin_sdk")
    level = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    logs = [record.getMessage() for record in watch.records]
    watch.texts += [text for error in watch.errors for text in (str(error), repr(error))]
    for secret in watch.values:
        for text in logs + watch.texts:
            assert secret not in text, f"a credential leaked into: {text[:200]}"
    totals = SecretWatch.totals
    totals["tests"] += 1
    totals["credentials"] += len(watch.values)
    totals["log records"] += len(logs)
    totals["errors"] += len(watch.errors)
    totals["reprs"] += len(watch.texts) - 2 * len(watch.errors)


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    """The cassettes' own matchers (``tests/test_cassettes.py``)."""
    from tests.test_cassettes import pytest_recording_configure as configure

    configure(config, vcr)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """The secret-hygiene figures of this run."""
    totals = SecretWatch.totals
    if totals["tests"]:
        figures = ", ".join(f"{count} {name}" for name, count in totals.items())
        terminalreporter.write_line(f"secret hygiene: no credential in any log, error or repr ({figures})")
