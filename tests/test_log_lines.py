"""What a call logs on ``sumvin_sdk``: one DEBUG line per attempt (its status, or the class of the transport
error, and how long it took) and one INFO line per retry (what failed, which retry, how long the wait), each
naming the request by method, path template and operationId."""

from __future__ import annotations

import logging
import types

import httpx
import pytest

from sumvin_sdk import AsyncSumvin, Sumvin, _pipeline
from tests.test_client import BASE, USER, Script, Waits

LABEL = "GET /v0/user/me (getUserAccount)"


@pytest.fixture(autouse=True)
def quarter_second_attempts(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pipeline's timer reads 0.25 s later at every look, so each attempt takes exactly 250 ms."""
    ticks = iter(range(1_000_000))
    monkeypatch.setattr(_pipeline, "time", types.SimpleNamespace(perf_counter=lambda: 1000 + next(ticks) / 4))


def lines(caplog: pytest.LogCaptureFixture) -> list[tuple[str, str]]:
    return [(r.levelname, r.getMessage()) for r in caplog.records if r.name == "sumvin_sdk"]


def expected(waits: Waits) -> list[tuple[str, str]]:
    first, second = waits.seconds
    return [
        ("DEBUG", f"{LABEL} -> 503 in 250.0 ms"),
        ("INFO", f"{LABEL}: 503; retry 1 in {first:.2f} s"),
        ("DEBUG", f"{LABEL} -> ConnectError after 250.0 ms"),
        ("INFO", f"{LABEL}: ConnectError; retry 2 in {second:.2f} s"),
        ("DEBUG", f"{LABEL} -> 200 in 250.0 ms"),
    ]


def answers() -> Script:
    return Script(httpx.Response(503), httpx.ConnectError("refused"), httpx.Response(200, json=USER))


def test_each_attempt_and_each_retry_is_one_line_naming_the_operation(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="sumvin_sdk")
    waits, script = Waits(), answers()
    with Sumvin(base_url=BASE, jwt="j", transport=script.transport, retry_policy=waits.policy()) as sumvin:
        sumvin.user.get_user_account()
    assert waits.seconds and waits.seconds[0] > 0
    assert lines(caplog) == expected(waits)


@pytest.mark.anyio
async def test_async_calls_log_the_same_lines(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="sumvin_sdk")
    waits, script = Waits(), answers()
    async with AsyncSumvin(base_url=BASE, jwt="j", transport=script.transport, retry_policy=waits.policy()) as sumvin:
        await sumvin.user.get_user_account()
    assert lines(caplog) == expected(waits)
