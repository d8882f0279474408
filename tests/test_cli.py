"""The ``sumvin`` command, through click's runner, against the fake API."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from rich.console import Console

from sumvin_sdk import Sumvin
from sumvin_sdk._generated.models import CreateUserRequest
from sumvin_sdk.cli import USER_AGENT, Environment, cli
from sumvin_sdk.cli._store import FileStore
from sumvin_sdk.device import approve
from sumvin_sdk.testing import FakeSumvin

BASE = "https://api.sumvin.test"


class World:
    """The fake API, a browser session that approves on the first wait, and a file store under tmp."""

    def __init__(self, tmp_path: Path) -> None:
        self.now = 1_750_000_000.0
        self.fake = FakeSumvin(clock=lambda: self.now)
        self.store = FileStore(tmp_path / "config")
        self.browser = Sumvin(
            base_url=BASE, jwt=self.fake.jwt("ada", expires_in=10**6), transport=self.fake.transport()
        )
        self.browser.user.create_user_account(body=CreateUserRequest())
        self.approve = True

    def sleep(self, seconds: float) -> None:
        self.now += seconds
        if self.approve:
            code = next(c for c in self.fake.device_codes.values() if c.status == "pending")
            approve(self.browser, code.device_code, code.user_code)

    def run(self, *args: str) -> Result:
        env = Environment(
            transport=self.fake.transport(),
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


def test_login_keeps_the_token_in_a_private_file_and_never_prints_it(world: World) -> None:
    result = world.run("login", "--client-name", "laptop")
    assert result.exit_code == 0, result.output
    token = next(iter(world.fake.tokens.values())).value
    assert token not in result.output and token not in (result.stderr or "")
    assert "enter" in result.output and "Signed in" in result.output
    assert stat.S_IMODE(world.store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(world.store.path.parent.stat().st_mode) == 0o700
    assert json.loads(json.loads(world.store.path.read_text())[BASE])["token"] == token
    assert world.fake.requests[1].headers["user-agent"] == USER_AGENT and USER_AGENT.startswith("sumvin-cli/")


def test_whoami_call_and_logout(world: World) -> None:
    assert world.run("login").exit_code == 0
    who = world.run("whoami")
    assert who.exit_code == 0 and json.loads(who.stdout)["status"] == "active"
    wallets = world.run("call", "listWallets")
    assert wallets.exit_code == 0 and len(json.loads(wallets.stdout)["wallets"]) == 2
    page = world.run("call", "list_personal_access_tokens", "-p", "limit=1", "-p", "offset=0")
    assert json.loads(page.stdout)["limit"] == 1
    renamed = world.run("call", "updateUsername", "--body", '{"username": "ada_l"}')
    assert renamed.exit_code == 0 and json.loads(renamed.stdout)["user"]["username"] == "ada_l"
    out = world.run("logout")
    assert out.exit_code == 0 and next(iter(world.fake.tokens.values())).revoked
    assert world.store.load(BASE) is None
    again = world.run("whoami")
    assert again.exit_code == 2 and "sumvin login" in again.output


def test_api_errors_exit_1_with_the_problem_and_its_trace_id(world: World) -> None:
    assert world.run("login").exit_code == 0
    missing = world.run("call", "getWallet", "-p", "wallet_id=wal_nope")
    assert missing.exit_code == 1
    assert "404 Not Found" in missing.output and "WAL-404-001" in missing.output and "trace id" in missing.output


def test_a_denied_sign_in_exits_1_and_stores_nothing(world: World) -> None:
    world.approve = False
    world.fake.inject("pollDeviceCode", status=410, error_code="CLI-410-001")
    result = world.run("login")
    assert result.exit_code == 1 and "denied, has expired, or was already used" in result.output
    assert not world.store.path.exists()


@pytest.mark.parametrize(
    "args",
    [
        ["call", "noSuchOperation"],
        ["call", "getWallet"],
        ["call", "getWallet", "-p", "colour=blue"],
        ["call", "listWallets", "--body", "{}"],
        ["call", "updateUsername", "--body", "not json"],
        ["ops", "--tag", "nope"],
        ["logout"],
    ],
)
def test_usage_errors_exit_2(world: World, args: list[str]) -> None:
    result = world.run(*args)
    assert result.exit_code == 2, result.output


def test_ops_lists_operations_with_their_parameters(world: World) -> None:
    result = world.run("ops", "--tag", "wallets")
    assert result.exit_code == 0
    assert any(line.startswith("getWallet ") and "wallet_id" in line for line in result.output.splitlines())
