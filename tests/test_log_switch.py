"""``SUMVIN_LOG=debug|info`` sends the SDK's log lines to stderr; without it the SDK adds no handler."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest

from sumvin_sdk._log_switch import switch_on

SCRIPT = """
import httpx
from sumvin_sdk import Sumvin
from tests.test_client import USER
answers = iter([httpx.Response(503), httpx.Response(200, json=USER)])
transport = httpx.MockTransport(lambda request: next(answers))
from sumvin_sdk import RetryPolicy
policy = RetryPolicy(sleep=lambda s: None, random=lambda: 0.0)
base = "https://api.sumvin.test"
with Sumvin(jwt="secret-jwt-value-123", base_url=base, transport=transport, retry_policy=policy) as c:
    c.user.get_user_account()
"""


def run(level: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "SUMVIN_LOG"} | ({"SUMVIN_LOG": level} if level else {})
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True)
    return done.stderr


@pytest.mark.parametrize("level", ["debug", " INFO "])
def test_sumvin_log_sends_the_sdks_lines_to_stderr(level: str) -> None:
    err = run(level)
    assert "sumvin_sdk INFO GET /v0/user/me (getUserAccount): 503; retry 1" in err
    assert ("-> 200 in" in err) is (level.strip().lower() == "debug")
    assert "secret-jwt-value-123" not in err


@pytest.mark.parametrize("level", [None, "verbose"])
def test_without_a_known_level_nothing_is_printed(level: str | None) -> None:
    assert run(level) == ""


def test_the_handler_is_added_once() -> None:
    logger = logging.getLogger("sumvin_sdk")
    before, level = list(logger.handlers), logger.level
    try:
        first = switch_on({"SUMVIN_LOG": "info"})
        second = switch_on({"SUMVIN_LOG": "debug"})
        assert first is second and first is not None and first.level == logging.DEBUG
        assert len(logger.handlers) == len(before) + 1
        assert switch_on({}) is None
    finally:
        logger.handlers[:] = before
        logger.setLevel(level)
