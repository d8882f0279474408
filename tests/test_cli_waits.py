"""``sumvin kyc wait`` and ``sumvin onboarding wait`` through click's runner, on the fake's clock."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner, Result
from rich.console import Console

from sumvin_sdk.cli import Environment, cli
from sumvin_sdk.cli._store import FileStore, StoredToken
from sumvin_sdk.testing._ceremonies import Ceremonies

BASE = "https://api.sumvin.test"
PAT = "svpat_" + "q" * 40


class World:
    """The ceremonies' fake behind a mock transport, a kept token, and a sleep that moves the fake's clock."""

    def __init__(self, tmp_path: Path) -> None:
        self.now = 1_790_000_000.0
        self.fake = Ceremonies(clock=lambda: self.now)
        self.store = FileStore(tmp_path / "config")
        self.requests: list[httpx.Request] = []
        self.failures: list[httpx.Response] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.failures:
            return self.failures.pop(0)
        answer = self.fake.handle(request)
        assert answer is not None
        return answer

    def sleep(self, seconds: float) -> None:
        self.now += seconds

    def run(self, *args: str, signed_in: bool = True) -> Result:
        if signed_in:
            self.store.save(StoredToken(BASE, PAT, "pat_1", "2027-01-01T00:00:00+00:00"))
        env = Environment(
            transport=httpx.MockTransport(self.handle),
            store=lambda: self.store,
            clock=lambda: self.now,
            sleep=self.sleep,
            out=Console(force_terminal=False, width=200),
            err=Console(stderr=True, force_terminal=False, width=200),
        )
        return CliRunner().invoke(cli, ["--base-url", BASE, *args], obj=env)


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path)


def test_kyc_wait_ends_approved_with_exit_0(world: World) -> None:
    world.fake.script_kyc((0, "in_progress"), (16, "approved"))
    result = world.run("kyc", "wait")
    assert result.exit_code == 0, result.output
    assert "KYC: resolved (status approved)" in result.stderr
    assert all(r.headers["x-sumvin-pat"] == PAT for r in world.requests) and len(world.requests) == 3
    assert PAT not in result.output


def test_kyc_wait_says_at_once_when_nothing_was_started(world: World) -> None:
    result = world.run("kyc", "wait")
    assert result.exit_code == 1
    assert "KYC: not started" in result.stderr and len(world.requests) == 1


def test_the_servers_words_are_printed_literally(world: World) -> None:
    reason = "[bold red]forged[/] <b>markup</b> \\[x]"
    world.fake.script_kyc((0, "rejected"), reject_reason=reason)
    result = world.run("kyc", "wait")
    assert result.exit_code == 1
    assert reason in result.stderr


def test_kyc_wait_times_out_with_exit_1(world: World) -> None:
    world.fake.script_kyc((0, "in_progress"))
    result = world.run("kyc", "wait", "--timeout", "30", "--interval", "10")
    assert result.exit_code == 1 and "KYC: timed out" in result.stderr
    assert len(world.requests) == 4


def test_an_api_error_is_printed_and_exits_1(world: World) -> None:
    body = {"title": "Unauthorized", "status": 401, "detail": "[blink]token revoked[/]", "error_code": "CLI-401-001"}
    world.failures.append(httpx.Response(401, json=body))
    result = world.run("kyc", "wait")
    assert result.exit_code == 1
    assert "401 Unauthorized: [blink]token revoked[/] (error code CLI-401-001)" in result.stderr


def test_waiting_without_a_token_is_a_usage_error(world: World) -> None:
    result = world.run("onboarding", "wait", signed_in=False)
    assert result.exit_code == 2 and "sumvin login" in result.stderr
    assert world.requests == []


def test_onboarding_wait_follows_the_steps_and_the_safe(world: World) -> None:
    world.fake.script_onboarding(
        (0, "kyc_verification", None), (8, "complete", "processing"), (16, "complete", "completed")
    )
    result = world.run("onboarding", "wait")
    assert result.exit_code == 0, result.output
    assert "onboarding: resolved (status complete (completed), safe completed)" in result.stderr


def test_onboarding_wait_reports_a_failed_safe(world: World) -> None:
    world.fake.script_onboarding((0, "safe_deploy", "failed"))
    result = world.run("onboarding", "wait")
    assert result.exit_code == 1 and "onboarding: failed" in result.stderr


@pytest.mark.parametrize("bad", [["--timeout", "-1"], ["--interval", "0"], ["--interval", "x"]])
def test_bad_timings_are_usage_errors(world: World, bad: list[str]) -> None:
    result = world.run("kyc", "wait", *bad)
    assert result.exit_code == 2 and world.requests == []
