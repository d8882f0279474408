"""What ``sumvin call`` makes of ``-p NAME=VALUE`` and ``--body``: the request it sends, or the usage error
(exit 2, nothing sent) that says what to type instead."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import sumvin_sdk
from tests.cli_world import World


@pytest.fixture
def world(tmp_path: Path) -> World:
    signed_in = World(tmp_path)
    assert signed_in.run("login").exit_code == 0
    return signed_in


def refused(world: World, *args: str) -> str:
    """The one error line of a usage error that sent nothing."""
    sent = len(world.fake.requests)
    result = world.run(*args)
    assert result.exit_code == 2, result.output
    assert len(world.fake.requests) == sent, "nothing sent"
    line: str = result.stderr
    return line


def test_a_body_is_read_from_the_file_named_after_an_at_sign_as_utf8(world: World, tmp_path: Path) -> None:
    body = tmp_path / "body.json"
    body.write_text('{"username": "ada_l", "note": "zoë"}', encoding="utf-8")
    result = world.run("call", "updateUsername", "--body", f"@{body}")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["user"]["username"] == "ada_l"
    assert json.loads(world.fake.requests[-1].content)["username"] == "ada_l"


def test_a_body_file_is_utf8_whatever_the_locale_says(world: World, tmp_path: Path) -> None:
    body = tmp_path / "body.json"
    body.write_text('{"usernamé": "ada_l"}', encoding="utf-8")
    said = "error: the body does not fit: UpdateUsernameRequest needs member 'username'"
    assert refused(world, "call", "updateUsername", "--body", f"@{body}").startswith(said)
    ascii_locale = os.environ | {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
    command = [sys.executable, "-c", "from sumvin_sdk.cli import main; main()"]
    ran = subprocess.run(
        [*command, "call", "updateUsername", "--body", f"@{body}"],
        env=ascii_locale,
        capture_output=True,
        cwd=Path(sumvin_sdk.__file__).resolve().parents[1],  # the sumvin_sdk this test imported
        check=False,
    )
    shown = ran.stderr.decode("utf-8", "replace")
    assert ran.returncode == 2 and shown.startswith(said), shown


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ("not json", "Expecting value: line 1 column 1 (char 0)"),
        ("@{missing}", "[Errno 2] No such file or directory: '{missing}'"),
    ],
)
def test_a_body_that_is_not_json_says_what_body_takes(world: World, tmp_path: Path, body: str, said: str) -> None:
    missing = str(tmp_path / "missing.json")
    line = refused(world, "call", "updateUsername", "--body", body.format(missing=missing))
    assert (
        line
        == f"error: --body must be JSON or @file with JSON: {said.format(missing=missing)} (see `sumvin call --help`)\n"
    )


@pytest.mark.parametrize("operation", ["uploadReceipt", "uploadKycDocument", "uploadChatAttachment"])
def test_an_upload_is_refused_pointing_to_the_sdk(world: World, operation: str) -> None:
    line = refused(world, "call", operation, "--body", "{}")
    assert line == "error: this operation uploads a file: use the SDK from Python (see `sumvin call --help`)\n"


def test_a_body_fitting_none_of_the_kinds_an_operation_takes_names_what_each_needs(world: World) -> None:
    line = refused(world, "call", "createWallet", "--body", "{}")
    assert line == (
        "error: the body does not fit: DynamicWalletCreate needs member 'method'; SiweWalletCreate needs member "
        "'method'; TxnHashWalletCreate needs member 'method' (see `sumvin call --help`)\n"
    )


def test_a_parameter_named_with_a_leading_underscore_is_given_by_that_name(world: World) -> None:
    result = world.run("call", "listBudgets", "-p", "_search=groceries")
    assert result.exit_code == 0, result.output
    assert world.fake.requests[-1].url.params["_search"] == "groceries"


@pytest.mark.parametrize(("typed", "sent"), [("-0", "0"), ("1e2", "100.0"), ("12.50", "12.5"), ("0012", "0012")])
def test_an_amount_taking_a_number_or_text_is_sent_as_the_number_json_reads(
    world: World, typed: str, sent: str
) -> None:
    result = world.run("call", "listTransactions", "-p", f"amount_min={typed}")
    assert result.exit_code == 0, result.output
    assert world.fake.requests[-1].url.params["amount_min"] == sent


@pytest.mark.parametrize("typed", ["true", "[1]", "12.50 EUR"])
def test_an_amount_that_is_no_number_is_refused_as_the_text_typed(world: World, typed: str) -> None:
    line = refused(world, "call", "listTransactions", "-p", f"amount_min={typed}")
    assert line.startswith("error: listTransactions: amount_min takes text matching ")
    assert line.endswith(f", not {typed!r}; nothing was sent\n")


def test_a_list_parameter_takes_a_json_list_as_its_items(world: World) -> None:
    result = world.run("call", "listWallets", "-p", 'expand=["signers", "assets"]', "-p", "expand=signers")
    assert result.exit_code != 2, result.output
    assert world.fake.requests[-1].url.params.get_list("expand") == ["signers", "assets", "signers"]
