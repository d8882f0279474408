"""``sumvin kyc wait`` and ``sumvin onboarding wait`` through click's runner, on the fake's clock."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
import httpx
import pytest
from click.testing import CliRunner, Result
from rich.console import Console, RenderableType
from rich.status import Status

from sumvin_sdk import Sumvin
from sumvin_sdk.cli import USER_AGENT, Environment, cli
from sumvin_sdk.cli._store import FileStore, StoredToken
from sumvin_sdk.cli._waits import _timing
from sumvin_sdk.device import approve, login
from sumvin_sdk.models import CreateUserRequest
from sumvin_sdk.testing import FakeSumvin
from sumvin_sdk.testing._ceremonies import Ceremonies

BASE = "https://api.sumvin.test"


class World:
    """The fake API with the ceremonies plugged in, a token from a real device sign-in, a sleep on the fake's clock."""

    def __init__(self, tmp_path: Path) -> None:
        self.now = 1_790_000_000.0
        self.fake = FakeSumvin(clock=lambda: self.now)
        self.ceremonies = Ceremonies(self.fake)
        self.store = FileStore(tmp_path / "config")
        browser = Sumvin(base_url=BASE, jwt=self.fake.jwt("ada", expires_in=10**6), transport=self.fake.transport())
        browser.user.create_user_account(body=CreateUserRequest())

        def approving(seconds: float) -> None:
            code = next(c for c in self.fake.device_codes.values() if c.status == "pending")
            approve(browser, code.device_code, code.user_code)

        terminal = Sumvin(base_url=BASE, auth=[], user_agent=USER_AGENT, transport=self.fake.transport())
        self.pat = login(terminal, on_user_code=lambda code: None, clock=lambda: self.now, sleep=approving).token
        del self.fake.requests[:]

    @property
    def requests(self) -> list[httpx.Request]:
        return self.fake.requests

    def sleep(self, seconds: float) -> None:
        self.now += seconds

    def run(self, *args: str, signed_in: bool = True, err: Console | None = None) -> Result:
        if signed_in:
            self.store.save(StoredToken(BASE, self.pat, "pat_1", "2027-01-01T00:00:00+00:00"))
        env = Environment(
            transport=self.fake.transport(),
            store=lambda: self.store,
            clock=lambda: self.now,
            sleep=self.sleep,
            out=Console(force_terminal=False, width=200),
            err=err or Console(stderr=True, force_terminal=False, width=200),
        )
        return CliRunner().invoke(cli, ["--base-url", BASE, *args], obj=env)


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path)


def test_kyc_wait_ends_approved_with_exit_0(world: World) -> None:
    world.ceremonies.script_kyc((0, "in_progress"), (16, "approved"))
    result = world.run("kyc", "wait")
    assert result.exit_code == 0, result.output
    assert "KYC: resolved (status approved)" in result.stderr
    assert all(r.headers["x-sumvin-pat"] == world.pat for r in world.requests) and len(world.requests) == 3
    assert world.pat not in result.output


def test_kyc_wait_says_at_once_when_nothing_was_started(world: World) -> None:
    result = world.run("kyc", "wait")
    assert result.exit_code == 1
    assert "KYC: not started" in result.stderr and len(world.requests) == 1


def test_the_servers_words_are_printed_literally(world: World) -> None:
    reason = "[bold red]forged[/] <b>markup</b> \\[x]"
    world.ceremonies.script_kyc((0, "rejected"), reject_reason=reason)
    result = world.run("kyc", "wait")
    assert result.exit_code == 1
    assert reason in result.stderr


def test_kyc_wait_times_out_with_exit_1(world: World) -> None:
    world.ceremonies.script_kyc((0, "in_progress"))
    result = world.run("kyc", "wait", "--timeout", "30", "--interval", "10")
    assert result.exit_code == 1 and "KYC: timed out" in result.stderr
    assert len(world.requests) == 4


def test_an_api_error_is_printed_and_exits_1(world: World) -> None:
    body = {"title": "Unauthorized", "status": 401, "detail": "[blink]token revoked[/]", "error_code": "CLI-401-001"}
    world.fake.reply("getKycStatus", 401, body)
    result = world.run("kyc", "wait")
    assert result.exit_code == 1
    assert "401 Unauthorized: [blink]token revoked[/] (error code CLI-401-001)" in result.stderr


def test_waiting_without_a_token_is_a_usage_error(world: World) -> None:
    result = world.run("onboarding", "wait", signed_in=False)
    assert result.exit_code == 2 and "sumvin login" in result.stderr
    assert world.requests == []


def test_onboarding_wait_follows_the_steps_and_the_safe(world: World) -> None:
    world.ceremonies.script_onboarding(
        (0, "kyc_verification", None), (8, "complete", "processing"), (16, "complete", "completed")
    )
    result = world.run("onboarding", "wait")
    assert result.exit_code == 0, result.output
    assert "onboarding: resolved (status complete (completed), safe completed)" in result.stderr


def test_onboarding_wait_reports_a_failed_safe(world: World) -> None:
    world.ceremonies.script_onboarding((0, "safe_deploy", "failed"))
    result = world.run("onboarding", "wait")
    assert result.exit_code == 1 and "onboarding: failed" in result.stderr


@pytest.mark.parametrize("bad", [["--timeout", "-1"], ["--interval", "0"], ["--interval", "x"]])
def test_bad_timings_are_usage_errors(world: World, bad: list[str]) -> None:
    result = world.run("kyc", "wait", *bad)
    assert result.exit_code == 2 and world.requests == []


class Spinner(Status):
    """rich's spinner, keeping every text it was given: what a user sees on the spinner's line."""

    def __init__(self, status: RenderableType, shown: list[str], **options: Any) -> None:
        shown.append(str(status))
        super().__init__(status, **options)
        self.shown = shown

    def update(self, status: RenderableType | None = None, **options: Any) -> None:
        self.shown.append(str(status))
        super().update(status, **options)


class Terminal(Console):
    """The error console, with its spinner's texts kept in ``spinner``."""

    def __init__(self, width: int = 200) -> None:
        super().__init__(stderr=True, force_terminal=False, width=width)
        self.spinner: list[str] = []

    def status(self, status: RenderableType, **options: Any) -> Status:
        return Spinner(status, self.spinner, console=self, **options)


def test_the_spinner_shows_the_status_and_the_minutes_and_seconds_waited(world: World) -> None:
    world.ceremonies.script_kyc((0, "in_progress"))
    terminal = Terminal()
    result = world.run("kyc", "wait", "--timeout", "70", "--interval", "10", err=terminal)
    assert result.exit_code == 1
    assert result.stderr == "KYC: timed out (status in_progress): still in_progress after 70 s\n"
    times = ["0:00", "0:10", "0:20", "0:30", "0:40", "0:50", "1:00", "1:10"]
    assert terminal.spinner == ["KYC: reading", *(f"KYC: in_progress ({t})" for t in times)]


def test_the_spinner_shows_a_read_that_failed_and_why_it_asks_again(world: World) -> None:
    world.ceremonies.script_kyc((0, "in_progress"), (30, "approved"))
    world.fake.inject("getKycStatus", status=503)
    terminal = Terminal()
    result = world.run("kyc", "wait", "--interval", "15", err=terminal)
    assert result.exit_code == 0 and result.stderr == "KYC: resolved (status approved)\n"
    assert terminal.spinner == [
        "KYC: reading",
        "KYC: unknown (0:00) - the API answered 503; asking again",
        "KYC: in_progress (0:15)",
    ]


def test_an_unknown_status_ends_the_wait_with_exit_1_saying_which(world: World) -> None:
    world.ceremonies.script_onboarding((0, "complete", "exploded"))
    result = world.run("onboarding", "wait")
    assert isinstance(result.exception, SystemExit) and result.exit_code == 1
    assert result.stderr == "onboarding: Safe creation status 'exploded' is not one this SDK knows\n"


@pytest.mark.parametrize(
    ("body", "line"),
    [
        ({"status": 409, "type": "about:blank"}, "KYC: 409 Error"),
        ({"status": 409, "title": "Conflict"}, "KYC: 409 Conflict"),
        ({"status": 409, "type": "about:blank", "detail": "try later"}, "KYC: 409 Error: try later"),
        ({"status": 409, "error_code": "KYC-409-001"}, "KYC: 409 Error (error code KYC-409-001)"),
        ({"status": 409}, 'KYC: HTTP 409 Conflict: {"status":409}'),
    ],
)
def test_an_api_error_says_what_the_problem_holds_and_nothing_in_its_place(
    world: World, body: dict[str, Any], line: str
) -> None:
    world.fake.reply("getKycStatus", 409, body)
    result = world.run("kyc", "wait")
    assert result.exit_code == 1 and result.stderr == line + "\n"


def test_long_lines_from_the_server_are_printed_whole_on_one_line(world: World) -> None:
    reason = "rejected because " + "the document was unreadable " * 12
    world.ceremonies.script_kyc((0, "rejected"), reject_reason=reason)
    result = world.run("kyc", "wait", err=Terminal(width=40))
    assert result.exit_code == 1 and result.stderr == f"KYC: rejected (status rejected): {reason}\n"
    detail = "the token was revoked " * 12
    world.fake.reply("getKycStatus", 401, {"title": "Unauthorized", "status": 401, "detail": detail})
    result = world.run("kyc", "wait", err=Terminal(width=40))
    assert result.exit_code == 1 and result.stderr == f"KYC: 401 Unauthorized: {detail}\n"


def timed() -> click.Command:
    """A command with the two timing options, built as ``kyc wait``'s are while the test runs."""

    def show(**given: Any) -> None:
        click.echo(json.dumps(given))

    return click.command()(_timing(show))


TIMING_HELP = (
    "--timeout FLOAT RANGE Seconds to wait at most. [default: 300.0; 0<=x<=86400] "
    "--interval FLOAT RANGE Seconds between reads. [0.5<=x<=600]"
)


def help_words(command: click.Command, *args: str) -> str:
    """The help of ``command`` as its words, whatever the column widths."""
    result = CliRunner().invoke(command, [*args, "--help"], terminal_width=80)
    assert result.exit_code == 0, result.output
    return " ".join(result.stdout.split())


def test_both_waits_describe_their_timings_in_their_help() -> None:
    assert TIMING_HELP in help_words(cli, "kyc", "wait") and TIMING_HELP in help_words(cli, "onboarding", "wait")
    assert TIMING_HELP in help_words(timed())


@pytest.mark.parametrize(
    ("typed", "taken"),
    [
        ([], {"timeout": 300.0, "interval": None}),
        (["--timeout", "0", "--interval", "0.5"], {"timeout": 0.0, "interval": 0.5}),
        (["--timeout", "86400", "--interval", "600"], {"timeout": 86400.0, "interval": 600.0}),
    ],
)
def test_timings_from_the_defaults_to_the_limits_are_taken(typed: list[str], taken: dict[str, Any]) -> None:
    result = CliRunner().invoke(timed(), typed)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == taken


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (["--timeout", "-0.5"], "Invalid value for '--timeout': -0.5 is not in the range 0<=x<=86400."),
        (["--timeout", "86400.5"], "Invalid value for '--timeout': 86400.5 is not in the range 0<=x<=86400."),
        (["--timeout", "soon"], "Invalid value for '--timeout': 'soon' is not a valid float range."),
        (["--interval", "0.25"], "Invalid value for '--interval': 0.25 is not in the range 0.5<=x<=600."),
        (["--interval", "600.5"], "Invalid value for '--interval': 600.5 is not in the range 0.5<=x<=600."),
        (["--interval", "x"], "Invalid value for '--interval': 'x' is not a valid float range."),
    ],
)
def test_timings_outside_the_limits_are_usage_errors_saying_the_range(typed: list[str], said: str) -> None:
    result = CliRunner().invoke(timed(), typed)
    assert result.exit_code == 2 and said in result.stderr
