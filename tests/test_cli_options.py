"""``--base-url``, ``--org-id`` and ``--timestamp-format`` as a user of ``sumvin`` meets them: their help, defaults,
environment variables, the choices they take, and what a value typed after the command does.

``sumvin``'s own commands are built when the package is imported; the option tests also build a small command
tree the same way (``global_options``) while the test runs, and check that its help is ``sumvin``'s.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import click
import pytest
from click.testing import CliRunner, Result

from sumvin_sdk.cli import cli
from sumvin_sdk.cli._options import global_options
from tests.cli_world import World

#: What ``sumvin --help`` says of the three options (the top command shows its defaults).
TOP_HELP = """\
  --base-url TEXT                 The API's base URL (http or https).  [default:
                                  https://api.sumvin.com]
  --org-id TEXT                   Tenant organisation id (x-juno-orgid).
  --timestamp-format [epoch_ms|iso8601]
                                  How timestamps are printed (and asked of the
                                  API).  [default: iso8601]
"""

#: What ``sumvin whoami --help`` (and every other command's help) says of them: no defaults, the top's stand.
COMMAND_HELP = """\
  --base-url TEXT                 The API's base URL (http or https).
  --org-id TEXT                   Tenant organisation id (x-juno-orgid).
  --timestamp-format [epoch_ms|iso8601]
                                  How timestamps are printed (and asked of the
                                  API).
"""

UNSET = "(left as it was)"
NO_VARIABLES = {"SUMVIN_BASE_URL": None, "SUMVIN_ORG_ID": None}


def tree() -> click.Group:
    """A top command and a ``show`` command under it, with the options as ``sumvin`` has them; ``show`` prints
    the settings the options left."""

    @click.group()
    @global_options(top=True)
    def top() -> None:
        """The top command."""

    @top.command()
    @global_options(top=False)
    @click.pass_obj
    def show(settings: SimpleNamespace) -> None:
        """Print the settings."""
        click.echo(json.dumps(vars(settings)))

    return top


def run(
    args: list[str], command: click.Command | None = None, variables: dict[str, str | None] | None = None
) -> Result:
    settings = SimpleNamespace(base_url=UNSET, org_id=UNSET, timestamp_format=UNSET)
    return CliRunner().invoke(
        command or tree(), args, obj=settings, env=NO_VARIABLES | (variables or {}), terminal_width=80
    )


def settings(args: list[str], **variables: str | None) -> dict[str, str]:
    result = run(args, variables=variables)
    assert result.exit_code == 0, result.output
    shown: dict[str, str] = json.loads(result.stdout)
    return shown


def help_text(command: click.Command, *args: str) -> str:
    result = run([*args, "--help"], command)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_help_of_sumvin_and_of_its_commands_describes_the_options_with_the_top_defaults() -> None:
    assert TOP_HELP in help_text(cli)
    assert COMMAND_HELP in help_text(cli, "whoami") and COMMAND_HELP in help_text(cli, "kyc", "wait")
    assert TOP_HELP in help_text(tree()), "the options as global_options makes them"
    assert COMMAND_HELP in help_text(tree(), "show")


def test_with_nothing_given_the_public_api_and_iso8601_timestamps_are_used() -> None:
    assert settings(["show"]) == {"base_url": "https://api.sumvin.com", "org_id": UNSET, "timestamp_format": "iso8601"}


def test_the_environment_variables_give_the_base_url_and_the_org_id() -> None:
    given = settings(["show"], SUMVIN_BASE_URL="http://127.0.0.1:8080/", SUMVIN_ORG_ID="org_env")
    assert given == {"base_url": "http://127.0.0.1:8080", "org_id": "org_env", "timestamp_format": "iso8601"}


def test_the_command_line_beats_the_environment_and_a_command_reads_no_variable_itself() -> None:
    typed = ["--base-url", "http://127.0.0.1:9000", "--org-id", "org_top", "--timestamp-format", "epoch_ms", "show"]
    given = settings(typed, SUMVIN_BASE_URL="http://127.0.0.1:8080", SUMVIN_ORG_ID="org_env")
    assert given == {"base_url": "http://127.0.0.1:9000", "org_id": "org_top", "timestamp_format": "epoch_ms"}


@pytest.mark.parametrize("timestamps", ["epoch_ms", "iso8601"])
def test_a_value_typed_after_the_command_wins_over_the_one_before(timestamps: str) -> None:
    other = "iso8601" if timestamps == "epoch_ms" else "epoch_ms"
    before = ["--base-url", "http://127.0.0.1:9000", "--org-id", "org_top", "--timestamp-format", other]
    after = ["--base-url", "https://127.0.0.1:9001/", "--org-id", "org_cmd", "--timestamp-format", timestamps]
    given = settings([*before, "show", *after])
    assert given == {"base_url": "https://127.0.0.1:9001", "org_id": "org_cmd", "timestamp_format": timestamps}


def test_a_timestamp_format_outside_the_two_is_a_usage_error() -> None:
    result = run(["show", "--timestamp-format", "rfc2822"])
    assert result.exit_code == 2
    assert "Invalid value for '--timestamp-format': 'rfc2822' is not one of 'epoch_ms', 'iso8601'." in result.stderr


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("http://localhost:8080/BOX/", "http://localhost:8080/BOX"),
        ("http://localhost:8080/BOX//", "http://localhost:8080/BOX"),
        ("https://127.0.0.1/api", "https://127.0.0.1/api"),
    ],
)
def test_a_base_url_keeps_its_scheme_and_path_without_the_trailing_slashes(world: World, typed: str, kept: str) -> None:
    for args in (("--base-url", typed, "whoami"), ("whoami", "--base-url", typed)):
        result = world.run(*args, base=())
        assert result.exit_code == 2
        assert result.stderr.startswith(f"error: not signed in to {kept}: run `sumvin login` "), result.stderr


@pytest.mark.parametrize("typed", ["ftp://api.sumvin.com", "api.sumvin.com", "javascript:alert(1)", "https://"])
def test_a_base_url_that_is_not_absolute_http_is_refused_saying_what_it_takes(world: World, typed: str) -> None:
    result = world.run("--base-url", typed, "whoami", base=())
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: Invalid value for '--base-url': {typed!r} is not an absolute http(s) URL such as "
        "https://api.sumvin.com (see `sumvin --help`)\n"
    )
