"""Shared fixtures: the contract (``openapi.yaml``), where present Sumvin's reference description, and a fake on a
frozen clock (``fake``, ``clock``: the pytest plugin's own, under short names) for modules without their own."""

from __future__ import annotations

import contextlib
import json
import logging
import re
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest
import yaml

from sumvin_sdk._depth import too_deep
from sumvin_sdk.testing import FakeSumvin, FrozenClock
from sumvin_sdk.testing._samples import PATTERN_SAMPLES

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "reference" / "sumvin-openapi-0.41.2.json"
pytest_plugins = ["tests.ci_strict", "tests.figures"]  # in CI a skip fails the run; the figures are checked


@pytest.fixture
def clock(sumvin_clock: FrozenClock) -> FrozenClock:
    """The frozen clock of ``fake``."""
    return sumvin_clock


@pytest.fixture
def fake(sumvin_fake: FakeSumvin) -> FakeSumvin:
    """A fresh fake on ``clock``, failing the test if an override went unused or the fake failed."""
    return sumvin_fake


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


#: Members whose string values are secrets, wherever the SDK meets them: in a body it sends or receives.
SECRET_MEMBERS = {
    "device_code": "device code",
    "token": "token from an exchange",
    "access_token": "token from an exchange",
    "connect_token": "token from an exchange",
    "processor_token": "token from an exchange",
    "verification_code": "verification code",
}
#: Path parameters whose values are secrets.
SECRET_PARAMETERS = {"device_code": "device code"}
#: What each credential strategy carries.
CREDENTIAL_KINDS = {
    "JWTAuth": "JWT",
    "PATAuth": "PAT",
    "AgentTokenAuth": "agent token",
    "PintTokenAuth": "PINT token",
    "UcpTokenAuth": "UCP key",
}
WATCHED_LOGGERS = ("sumvin_sdk", "httpx")  # httpcore logs no request header, only what the server sent
#: No secrets: the cassettes' placeholder, and the sampler's strings, which fill every string member of the
#: sample bodies (``"sample"`` is a token there and a problem's title alike) and so prove nothing.
PLACEHOLDERS = {"REDACTED", "sample", "any", *(s for s in PATTERN_SAMPLES if isinstance(s, str))}
#: A secret a server made up (Prism's generated bodies) is watched from this length: a two-letter random
#: token would be "found" in any log line that has the word.
MIN_RECEIVED = 6


class SecretWatch:
    """Every secret the SDK handled during one test, by kind, and every text it produced that could show one.

    Secrets are credentials from every strategy (read as the SDK sends them), secret members of every body
    it sends or parses (device codes, tokens from exchanges, verification codes) and secret path parameters,
    of any length. A secret shows in a text when it stands there as a word of its own (not inside a longer
    word), so a one-letter test credential is checked too, without ``"j"`` being found in ``"json"``. A value
    with no letter or digit (``"."``, a hostile path parameter the SDK refuses) is no secret, nor is one of
    ``PLACEHOLDERS``; a secret only a server made up is watched from ``MIN_RECEIVED`` characters.
    """

    run: ClassVar[dict[str, set[str]]] = {}  # kind -> distinct secrets, over the whole run
    totals: ClassVar[dict[str, int]] = {"tests": 0, "tests with a secret": 0, "log records": 0, "errors": 0, "reprs": 0}

    def __init__(self) -> None:
        self.secrets: dict[str, str] = {}  # secret -> kind
        self.texts: list[str] = []
        self.records: list[logging.LogRecord] = []
        self.errors: list[BaseException] = []

    def saw(self, kind: str, value: object, *, given: bool = True) -> None:
        """Watch ``value``: any length if the test gave it (a credential, a request body, a path), at least
        ``MIN_RECEIVED`` characters if a server made it up, and never one of the suite's placeholders."""
        if not isinstance(value, str) or not re.search(r"[^\W_]", value) or value in PLACEHOLDERS:
            return
        if given or len(value) >= MIN_RECEIVED:
            self.secrets.setdefault(value, kind)

    def saw_body(self, content: bytes | str | None, *, given: bool = True) -> None:
        if not content:
            return
        raw = content.encode() if isinstance(content, str) else content
        if too_deep(raw):  # the SDK refuses such a body unread; decoding it here could overflow the C stack
            return
        try:
            data = json.loads(content)
        except (ValueError, UnicodeDecodeError):
            return
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                for key, value in item.items():
                    if key in SECRET_MEMBERS:
                        self.saw(SECRET_MEMBERS[key], value, given=given)
                    stack.append(value)
            elif isinstance(item, list):
                stack.extend(item)

    def leaks(self, texts: list[str]) -> list[tuple[str, str]]:
        """(kind, text) for each secret that stands as a word of its own in one of ``texts``."""
        found = []
        for secret, kind in self.secrets.items():
            alone = re.compile(rf"(?<![\w.~+/=-]){re.escape(secret)}(?![\w.~+/=-])")
            found += [(kind, text) for text in texts if secret in text and alone.search(text)]
        return found


class _Collect(logging.Handler):
    """Keeps every record it is given."""

    def __init__(self, sink: list[logging.LogRecord]) -> None:
        super().__init__(logging.DEBUG)
        self.sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        self.sink.append(record)


@pytest.fixture(autouse=True)
def secret_hygiene(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run every test with DEBUG logging captured (the SDK's and httpx's); fail it if a secret
    the SDK handled shows in a log line, an SDK error's message or repr, or a client's repr."""
    from sumvin_sdk import _client, _pipeline
    from sumvin_sdk.auth import HeaderAuth
    from sumvin_sdk.errors import SumvinError

    watch = SecretWatch()
    value, avalue, error_init, setup = (
        HeaderAuth.value,
        HeaderAuth.avalue,
        SumvinError.__init__,
        _client._BaseClient._setup,
    )
    flow, parsed = _pipeline.Pipeline.flow, _pipeline.Pipeline.parsed

    def remember(auth: HeaderAuth, found: str | None) -> str | None:
        if auth.secret:
            watch.saw(CREDENTIAL_KINDS.get(type(auth).__name__, type(auth).__name__), found)
        return found

    def watched_value(self: HeaderAuth) -> str | None:
        return remember(self, value(self))

    async def watched_avalue(self: HeaderAuth) -> str | None:
        return remember(self, await avalue(self))

    def watched_error_init(self: SumvinError, *args: Any, **kwargs: Any) -> None:
        error_init(self, *args, **kwargs)
        watch.errors.append(self)  # read once the subclass has finished building it

    def watched_setup(self: Any, *args: Any, **kwargs: Any) -> None:
        setup(self, *args, **kwargs)
        watch.texts.append(repr(self))

    def watched_flow(self: Any, request: httpx.Request, *args: Any, **kwargs: Any) -> Any:
        """Every request the SDK sends, calls and follows alike: its body and secret path parameters."""
        with contextlib.suppress(httpx.RequestNotRead):  # a streamed upload: no JSON body to look into
            watch.saw_body(request.content)
        segments = request.url.path.split("/")
        for start in range(1, len(segments)):
            operation = _pipeline.operation_for(request.method, "/" + "/".join(segments[start:]))
            if operation is not None:
                for part, given in zip(operation.path.split("/")[1:], segments[start:], strict=False):
                    if part.strip("{}") in SECRET_PARAMETERS and part.startswith("{"):
                        watch.saw(SECRET_PARAMETERS[part.strip("{}")], urllib.parse.unquote(given))
                break
        return flow(self, request, *args, **kwargs)

    def watched_parsed(response: Any, *args: Any, **kwargs: Any) -> Any:
        watch.saw_body(response.content, given=False)
        return parsed(response, *args, **kwargs)

    monkeypatch.setattr(HeaderAuth, "value", watched_value)
    monkeypatch.setattr(HeaderAuth, "avalue", watched_avalue)
    monkeypatch.setattr(SumvinError, "__init__", watched_error_init)
    monkeypatch.setattr(_client._BaseClient, "_setup", watched_setup)
    monkeypatch.setattr(_pipeline.Pipeline, "flow", watched_flow)
    monkeypatch.setattr(_pipeline.Pipeline, "parsed", staticmethod(watched_parsed))
    handler = _Collect(watch.records)
    loggers = [logging.getLogger(name) for name in WATCHED_LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
        logger.addHandler(handler)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.removeHandler(handler)
            logger.setLevel(level)
    logs = [record.getMessage() for record in watch.records]
    reprs = len(watch.texts)
    watch.texts += [text for error in watch.errors for text in (str(error), repr(error))]
    leaks = watch.leaks(logs + watch.texts)
    assert not leaks, f"a {leaks[0][0]} leaked into: {leaks[0][1][:200]}"  # the secret itself stays unprinted
    for secret, kind in watch.secrets.items():
        SecretWatch.run.setdefault(kind, set()).add(secret)
    totals = SecretWatch.totals
    totals["tests"] += 1
    totals["tests with a secret"] += bool(watch.secrets)
    totals["log records"] += len(logs)
    totals["errors"] += len(watch.errors)
    totals["reprs"] += reprs


def secret_hygiene_figures() -> dict[str, int]:
    """The run's figures: tests, those that handled a secret, distinct secrets by kind, texts checked."""
    kinds = {f"distinct: {kind}": len(values) for kind, values in sorted(SecretWatch.run.items())}
    return {**SecretWatch.totals, "distinct secrets": sum(kinds.values()), **kinds}


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    """The cassettes' own matchers (``tests/test_cassettes.py``)."""
    from tests.test_cassettes import pytest_recording_configure as configure

    configure(config, vcr)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """The secret-hygiene figures of this run."""
    figures = secret_hygiene_figures()
    if figures["tests"]:
        kinds = ", ".join(
            f"{k.removeprefix('distinct: ')} {n}" for k, n in figures.items() if k.startswith("distinct: ")
        )
        terminalreporter.write_line(
            f"secret hygiene: {figures['tests']} tests, {figures['tests with a secret']} of them handling a secret; "
            f"{figures['distinct secrets']} distinct secrets ({kinds or 'none'}) "
            f"found in no log line (sumvin_sdk and httpx at DEBUG: {figures['log records']} records), "
            f"SDK error ({figures['errors']}) or client repr ({figures['reprs']})"
        )
