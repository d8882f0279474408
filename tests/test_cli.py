"""The ``sumvin`` command, through click's runner, against the fake API."""

from __future__ import annotations

import json
import stat
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from click.testing import Result

from sumvin_sdk.cli import USER_AGENT
from tests.cli_world import BASE, World


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


def refuse(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


def status(code: int, content: bytes = b"") -> Callable[[httpx.Request, httpx.Response], httpx.Response]:
    return lambda request, response: httpx.Response(code, content=content)


BROKEN = {
    "api down": refuse,
    "500": status(500, b'{"status": 500, "title": "Boom", "error_code": "GEN-500-001"}'),
    "503 empty": status(503),
    "html 200": status(200, b"<html>maintenance</html>"),
    "wrong shape": status(200, b'{"data": 5}'),
    "deep nesting": status(200, b"[" * 5000 + b"]" * 5000),  # the pipeline raises a bare RecursionError (issue 11)
    "418": status(418, b"teapot"),
}


def one_error_line(result: Result, code: int) -> str:
    assert result.exit_code == code, result.output
    last = result.stderr.splitlines()[-1]
    assert last.startswith("error: "), result.stderr
    return last


@pytest.mark.parametrize("broken", BROKEN)
@pytest.mark.parametrize("operation", ["createDeviceCode", "pollDeviceCode", "exchangeDeviceCode"])
def test_login_fails_in_one_line_with_status_1_whatever_breaks(world: World, operation: str, broken: str) -> None:
    world.tamper[operation] = BROKEN[broken]
    one_error_line(world.run("login"), 1)
    assert not world.store.path.exists()


@pytest.mark.parametrize("broken", BROKEN)
def test_login_fails_in_one_line_when_listing_the_new_token_breaks(world: World, broken: str) -> None:
    world.tamper["listPersonalAccessTokens"] = BROKEN[broken]
    one_error_line(world.run("login", bug_ok=broken == "deep nesting"), 1)


@pytest.mark.parametrize("broken", BROKEN)
@pytest.mark.parametrize("command", ["logout", "whoami", "call listWallets"])
def test_signed_in_commands_fail_in_one_line_with_status_1(world: World, command: str, broken: str) -> None:
    assert world.run("login").exit_code == 0
    for operation in ("revokePersonalAccessToken", "listPersonalAccessTokens", "listWallets"):
        world.tamper[operation] = BROKEN[broken]
    result = world.run(*command.split(), bug_ok=broken == "deep nesting")
    assert len(result.stderr.splitlines()) == 1
    one_error_line(result, 1)
    assert world.store.load(BASE) is not None, "a token that was not revoked is kept"


@pytest.mark.parametrize(
    "args",
    [
        ["--base-url", "api.sumvin.com", "whoami"],
        ["whoami", "--base-url", "api.sumvin.com"],
        ["kyc", "wait", "--base-url", "api.sumvin.com"],
        ["onboarding", "wait", "--org-id", ""],
        ["--base-url", "", "whoami"],
        ["--base-url", "ftp://api.sumvin.com", "whoami"],
        ["--base-url", "https://", "whoami"],
        ["--base-url", "http://[::1", "whoami"],
        ["--base-url", "javascript:alert(1)", "login"],
        ["--org-id", "", "whoami"],
        ["whoami", "--org-id", ""],
        ["--org-id", "org 1", "whoami"],
        ["--org-id", "org\n1", "call", "listWallets"],
        ["--org-id", "org\x1b[2J", "call", "listWallets"],
        ["--timestamp-format", "rfc2822", "whoami"],
        ["nosuchcommand"],
        ["call"],
        ["call", "listWallets", "--bogus"],
    ],
    ids=repr,
)
def test_usage_errors_are_one_line_with_status_2(world: World, args: list[str]) -> None:
    result = world.run(*args, base=())
    assert len(result.stderr.splitlines()) == 1
    line = one_error_line(result, 2)
    assert line.isprintable() and "--help" in line
    assert world.fake.requests[1:] == [], "nothing sent (the first request is the browser's sign-up)"


def test_ctrl_c_while_waiting_for_approval_exits_130(world: World) -> None:
    def interrupted(seconds: float) -> None:
        raise KeyboardInterrupt

    world.sleep = interrupted  # type: ignore[method-assign]
    result = world.run("login")
    assert one_error_line(result, 130) == "error: interrupted"
    assert not world.store.path.exists()


def test_ctrl_c_during_a_request_exits_130(world: World) -> None:
    assert world.run("login").exit_code == 0

    def interrupted(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        raise KeyboardInterrupt

    world.tamper["listWallets"] = interrupted
    assert one_error_line(world.run("call", "listWallets"), 130) == "error: interrupted"


def test_a_defect_underneath_is_one_line_without_its_message(world: World) -> None:
    def defect(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        raise RuntimeError("x-sumvin-pat: svpat_secret_value")

    assert world.run("login").exit_code == 0  # listWallets needs a credential, or nothing is sent
    world.tamper["listWallets"] = defect
    result = world.run("call", "listWallets", bug_ok=True)
    assert "svpat_secret_value" not in result.output
    assert "bug in the sumvin command" in one_error_line(result, 1), "the defect itself, reached by the send"


def test_connection_errors_exit_1(world: World) -> None:
    assert world.run("login").exit_code == 0  # listWallets needs a credential, or nothing is sent
    world.tamper["listWallets"] = refuse
    line = one_error_line(world.run("call", "listWallets"), 1)
    assert "Connection error" in line


def test_global_options_work_after_the_command_too_and_win_there(world: World) -> None:
    assert world.run("login").exit_code == 0
    who = world.run("whoami", "--base-url", BASE, base=("--base-url", "https://elsewhere.test"))
    assert who.exit_code == 0 and json.loads(who.stdout)["base_url"] == BASE
    assert world.run("call", "listWallets", "--org-id", "org_9").exit_code != 2, "taken (the fake may refuse the org)"
    assert world.fake.requests[-1].headers["x-juno-orgid"] == "org_9"
    iso = world.run("call", "listPersonalAccessTokens", "--timestamp-format", "iso8601")
    assert world.fake.requests[-1].headers["x-timestamp-format"] == "iso8601" and iso.exit_code == 0


def test_the_missing_extra_hint_names_an_install_that_works_from_a_checkout(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import tomllib

    import sumvin_sdk.cli

    monkeypatch.setitem(sys.modules, "click", None)
    monkeypatch.delitem(sys.modules, "sumvin_sdk.cli._app")
    with pytest.raises(SystemExit) as caught:
        sumvin_sdk.cli.main()
    message = str(caught.value.code)
    assert "pip install '.[cli]'" in message and "click is missing" in message
    root = Path(__file__).resolve().parent.parent
    extra = tomllib.loads((root / "pyproject.toml").read_text())["project"]["optional-dependencies"]["cli"]
    assert {name.split(">")[0] for name in extra} == {"click", "rich", "keyring"}


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ("[1,2]", "must be a JSON object ({...}), not list"),
        ("null", "not NoneType"),
        ('"x"', "not str"),
        ("{}", "UpdateUsernameRequest needs member 'username'"),
        ('{"username": 5}', "expected str, got int"),
    ],
)
def test_a_bad_body_is_one_clear_line_with_status_2(world: World, body: str, said: str) -> None:
    result = world.run("call", "updateUsername", "--body", body)
    assert result.exit_code == 2 and len(result.stderr.splitlines()) == 1
    assert said in result.stderr and "dictionary update" not in result.stderr and "KeyError" not in result.stderr
    assert world.fake.requests[1:] == []


@pytest.mark.parametrize("text", ["5", "1.5", "true", "[1]", '{"a": 1}', "007"])
def test_a_string_parameter_takes_what_is_typed_as_text_even_when_it_reads_as_json(world: World, text: str) -> None:
    assert world.run("login").exit_code == 0
    result = world.run("call", "getWallet", "-p", f"wallet_id={text}")
    assert result.exit_code == 1 and "no such wallet" in result.stderr, "sent, and the API answered"
    assert world.fake.requests[-1].url.path == f"/v0/wallets/{text}"


@pytest.mark.parametrize(("text", "sent"), [("2", "2"), ("[2]", None), ("true", None)])
def test_a_number_parameter_still_reads_json(world: World, text: str, sent: str | None) -> None:
    assert world.run("login").exit_code == 0
    result = world.run("call", "listTransactions", "-p", f"limit={text}")
    assert result.exit_code == (0 if sent else 2), result.output
    if sent:
        assert world.fake.requests[-1].url.params["limit"] == sent


def test_the_cli_package_lends_the_apps_public_names_and_refuses_others() -> None:
    import sumvin_sdk.cli as package
    from sumvin_sdk.cli import _app

    for name in ("USER_AGENT", "Environment", "cli"):
        assert getattr(package, name) is getattr(_app, name)
    with pytest.raises(AttributeError, match=r"^module 'sumvin_sdk.cli' has no attribute 'nope'$"):
        package.nope  # noqa: B018


def test_the_console_script_names_itself_sumvin_whatever_path_runs_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from sumvin_sdk.cli import main

    monkeypatch.setattr("sys.argv", ["/opt/venv/bin/some-wrapper", "--help"])
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code == 0
    assert capsys.readouterr().out.startswith("Usage: sumvin [OPTIONS] COMMAND [ARGS]...\n")
