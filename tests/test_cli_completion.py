"""Shell completion for ``sumvin``: the scripts for bash, zsh and fish, and operationIds for ``sumvin call``."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from sumvin_sdk._generated.operations import OPERATIONS
from sumvin_sdk.cli import Environment, cli

DOCS = Path(__file__).resolve().parent.parent / "docs" / "cli.md"
SHELLS = ("bash", "zsh", "fish")


def complete(env: dict[str, str]) -> Result:
    return CliRunner().invoke(cli, [], env=env, obj=Environment(), prog_name="sumvin")


def completions(shell: str, words: str) -> list[str]:
    """What the completion script gets back for the command line ``words`` (the cursor at its end)."""
    if shell == "fish":
        env = {"COMP_WORDS": words, "COMP_CWORD": words.rsplit(" ", 1)[-1]}
    else:
        env = {"COMP_WORDS": words, "COMP_CWORD": str(len(words.split(" ")) - 1)}
    result = complete(env | {"_SUMVIN_COMPLETE": f"{shell}_complete"})
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line]
    if shell == "bash":
        return [line.split(",", 1)[1] for line in lines]
    if shell == "zsh":
        return [lines[i + 1] for i in range(0, len(lines), 3)]
    return [line.split(",", 1)[1].split("\t")[0] for line in lines]


def documented() -> dict[str, str]:
    """The install line the docs give for each shell, by shell."""
    text = DOCS.read_text(encoding="utf-8")
    found = {m.group(1): m.group(0) for m in re.finditer(r"_SUMVIN_COMPLETE=(bash|zsh|fish)_source sumvin[^\n]*", text)}
    return found


@pytest.mark.parametrize("shell", SHELLS)
def test_the_docs_give_each_shells_command_and_it_produces_that_shells_script(shell: str) -> None:
    assert shell in documented(), f"docs/cli.md gives no command for {shell}"
    if shell == "bash" and shutil.which("bash") is None:
        pytest.skip("click checks the bash version with bash itself")
    result = complete({"_SUMVIN_COMPLETE": f"{shell}_source"})
    assert result.exit_code == 0, result.output
    marker = {"bash": "_sumvin_completion()", "zsh": "#compdef sumvin", "fish": "function _sumvin_completion"}
    assert marker[shell] in result.stdout and "_SUMVIN_COMPLETE" in result.stdout


@pytest.mark.parametrize("shell", SHELLS)
@pytest.mark.parametrize("typed", ["getWa", "list", "createW", "zzz", ""])
def test_sumvin_call_completes_the_operation_ids_that_start_with_what_is_typed(shell: str, typed: str) -> None:
    expected = sorted(o for o in OPERATIONS if o.startswith(typed))
    assert sorted(completions(shell, f"sumvin call {typed}")) == expected


@pytest.mark.parametrize("shell", SHELLS)
def test_a_snake_case_start_completes_snake_case_names(shell: str) -> None:
    expected = sorted(o.module for o in OPERATIONS.values() if o.module.startswith("get_wal"))
    assert expected and sorted(completions(shell, "sumvin call get_wal")) == expected


def test_the_commands_complete() -> None:
    assert {"call", "login", "logout", "whoami", "ops", "kyc", "onboarding"} <= set(completions("bash", "sumvin "))


# bash is on every machine this runs on; zsh is checked where it is installed (a skip would fail a CI run).
@pytest.mark.parametrize("shell", [shell for shell in ("bash", "zsh") if shutil.which(shell) is not None])
def test_the_script_is_valid_in_its_shell(shell: str, tmp_path: Path) -> None:
    script = tmp_path / "completion"
    script.write_text(complete({"_SUMVIN_COMPLETE": f"{shell}_source"}).stdout, encoding="utf-8")
    assert subprocess.run([shell, "-n", str(script)], check=False).returncode == 0
