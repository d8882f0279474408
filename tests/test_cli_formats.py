"""``sumvin call --output json|table``: one JSON document, or a rich table whose rows are a list's items."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sumvin_sdk.cli._display import literal
from tests.cli_world import World
from tests.test_cli_output import HOSTILE, assert_inert, hostile_items, shown


@pytest.fixture
def world(tmp_path: Path) -> World:
    world = World(tmp_path)
    assert world.run("login").exit_code == 0
    return world


def wallet_ids(world: World) -> list[str]:
    return [w["id"] for w in json.loads(world.run("call", "listWallets").stdout)["wallets"]]


def first_cells(text: str) -> list[str]:
    """The first cell of each line of a plain table (its header, its rows, any folded lines and the caption)."""
    return [line.split()[0] for line in text.splitlines() if line.strip() and set(line.strip()) - {"─", " "}]


@pytest.mark.parametrize(
    "args",
    [
        ["call", "listWallets"],
        ["call", "listWallets", "--output", "json"],
        ["call", "listPersonalAccessTokens", "-o", "json", "-p", "limit=1"],
        ["call", "list_personal_access_tokens"],
    ],
)
def test_json_is_one_document_on_stdout_and_the_default_when_piped(world: World, args: list[str]) -> None:
    result = world.run(*args)
    assert result.exit_code == 0, result.output
    assert isinstance(json.loads(result.stdout), dict), "one JSON document, nothing else"
    assert result.stdout.count("\n") == 1


def test_json_on_a_terminal_is_still_one_document_once_the_colours_are_taken_off(world: World) -> None:
    world.tty = True
    result = world.run("call", "listWallets", "-o", "json")
    assert json.loads(shown(result.stdout, tty=True))["wallets"]


def test_a_terminal_gets_a_table_by_default(world: World) -> None:
    ids = wallet_ids(world)
    world.tty = True
    result = world.run("call", "listWallets")
    plain = shown(result.stdout, tty=True)
    assert result.exit_code == 0 and not plain.lstrip().startswith("{")
    assert [cell for cell in first_cells(plain) if cell in ids] == ids


def test_a_lists_table_has_a_row_per_item_and_no_links(world: World) -> None:
    ids = wallet_ids(world)
    result = world.run("call", "listWallets", "--output", "table")
    assert result.exit_code == 0, result.output
    cells = first_cells(result.stdout)
    assert [cell for cell in cells if cell.startswith("wal_")] == ids and "id" in cells
    assert result.stdout.splitlines()[-1].split() == [str(len(ids)), "items"]
    assert "_links" not in result.stdout and "/v0/wallets" not in result.stdout


def member_rows(text: str) -> dict[str, list[str]]:
    return {line.split()[0]: line.split()[1:] for line in text.splitlines() if line.strip()[:1].isalpha()}


def test_an_objects_table_has_a_row_per_member_with_nested_members_spelt_out(world: World) -> None:
    first = wallet_ids(world)[0]
    wallet = member_rows(world.run("call", "getWallet", "-p", f"wallet_id={first}", "-o", "table").stdout)
    assert wallet["member"] == ["value"] and wallet["id"] == [first]
    renamed = world.run("call", "updateUsername", "--body", '{"username": "ada_l"}', "-o", "table")
    user = member_rows(renamed.stdout)
    assert user["user.username"] == ["ada_l"] and "user" not in user
    assert not any("_links" in name for name in [*wallet, *user])


@pytest.mark.parametrize("tty", [False, True], ids=["pipe", "tty"])
@pytest.mark.parametrize("text", HOSTILE, ids=repr)
def test_a_tables_cells_and_headers_print_literally(world: World, text: str, tty: bool) -> None:
    world.tamper["listWallets"] = hostile_items("wallets", "nickname", text)
    world.tty = tty
    result = world.run("call", "listWallets", "-o", "table")
    assert result.exit_code == 0, result.output
    assert_inert(result.stdout, tty=tty)
    if literal(text).isprintable() and " " not in text and len(literal(text)) < 12:
        assert literal(text) in shown(result.stdout, tty=tty), "shown as itself (escaped where it must be)"


def test_an_unknown_output_is_a_usage_error(world: World) -> None:
    result = world.run("call", "listWallets", "--output", "yaml")
    assert result.exit_code == 2 and len(world.fake.calls("listWallets")) == 0


def test_every_printing_command_takes_output_or_o_with_json_jsonl_or_table(world: World) -> None:
    # The option is built here, not at import, so that the test sees what output_option makes of a command.
    import click
    from click.testing import CliRunner

    from sumvin_sdk.cli._output import output_option

    @click.command()
    @output_option
    def printing(output: str | None) -> None:
        click.echo(repr(output))

    runner = CliRunner()
    assert runner.invoke(printing, []).stdout == "None\n", "not given: the command picks by terminal or pipe"
    for args, chosen in ((["-o", "jsonl"], "jsonl"), (["--output", "table"], "table"), (["-o", "json"], "json")):
        result = runner.invoke(printing, args)
        assert (result.exit_code, result.stdout) == (0, f"{chosen!r}\n"), args
    refused = runner.invoke(printing, ["-o", "yaml"])
    assert refused.exit_code == 2 and "'yaml' is not one of 'json', 'jsonl', 'table'" in refused.stderr
    page = " ".join(runner.invoke(printing, ["--help"]).stdout.split())
    said = (
        "-o, --output [json|jsonl|table] json (one document; the default when piped), jsonl (a list's items, one a "
        "line) or table (the default on a terminal)."
    )
    assert said in page
    for command in (["whoami"], ["call", "listWallets"]):
        assert said in " ".join(world.run(*command, "--help").stdout.split()), "the commands show the same option"
