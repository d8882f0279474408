"""Shell completion for ``sumvin``: the scripts for bash, zsh and fish, and operationIds for ``sumvin call``."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from sumvin_sdk._generated.operations import OPERATIONS
from sumvin_sdk.cli import Environment, cli
from sumvin_sdk.cli._display import literal
from sumvin_sdk.cli._operations import cli_name
from tests.test_cli_help import SPECS, schema_of

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


def closed(schema: Any) -> list[str]:
    """Every enum value, constant and boolean reachable from ``schema``, as ``-p`` takes them (``null`` left out)."""
    if isinstance(schema, list):
        return [v for s in schema for v in closed(s)]
    if not isinstance(schema, dict):
        return []
    if "$ref" in schema:
        return closed(schema_of(schema))
    found = [*schema.get("enum", []), *([schema["const"]] if "const" in schema else [])]
    found += [True, False] if schema.get("type") == "boolean" else []
    nested = [v for key in ("anyOf", "oneOf", "items") for v in closed(schema.get(key))]
    return list(dict.fromkeys(v if isinstance(v, str) else json.dumps(v) for v in [*found, *nested] if v is not None))


PARAMETERS = {
    op: [(cli_name(p["name"]), p.get("schema", {})) for p in spec.get("parameters", [])] for op, spec in SPECS.items()
}
CLOSED = sorted((op, name) for op, found in PARAMETERS.items() for name, schema in found if closed(schema))


@pytest.mark.parametrize("operation_id", sorted(op for op, found in PARAMETERS.items() if found))
def test_dash_p_completes_the_operations_parameter_names_each_with_an_equals_sign(operation_id: str) -> None:
    expected = sorted(f"{name}=" for name, _ in PARAMETERS[operation_id])
    assert sorted(completions("bash", f"sumvin call {operation_id} -p ")) == expected


@pytest.mark.parametrize(("operation_id", "name"), CLOSED, ids="-".join)
def test_after_name_equals_a_closed_parameter_completes_every_value_it_takes(operation_id: str, name: str) -> None:
    schema = dict(PARAMETERS[operation_id])[name]
    expected = [f"{name}={value}" for value in closed(schema)]
    assert completions("bash", f"sumvin call {operation_id} -p {name}=") == expected


@pytest.mark.parametrize("shell", SHELLS)
@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("sumvin call listTransactions -p li", ["limit="]),
        ("sumvin call listTransactions --param li", ["limit="]),
        ("sumvin call list_transactions -p dir", ["direction="]),
        ("sumvin call listTransactions -p direction=", ["direction=in", "direction=out"]),
        ("sumvin call listTransactions -p direction=i", ["direction=in"]),
        ("sumvin call listTransactions -p limit=3 -p direction=o", ["direction=out"]),
        ("sumvin call listWallets -p is_eoa=", ["is_eoa=true", "is_eoa=false"]),
        ("sumvin call listTransactions -p limit=", []),  # an open set: nothing to offer
        ("sumvin call listTransactions -p nosuch=", []),
        ("sumvin call listTransactions -p zz", []),
        ("sumvin call noSuchOperation -p ", []),
        ("sumvin call updateUsername -p ", []),  # no parameters (its body is --body)
    ],
)
def test_dash_p_completes_in_every_shell(shell: str, words: str, expected: list[str]) -> None:
    assert completions(shell, words) == expected


def test_a_parameters_completion_carries_its_kind_and_description() -> None:
    env = {"COMP_WORDS": "sumvin call listTransactions -p dir", "COMP_CWORD": "4", "_SUMVIN_COMPLETE": "zsh_complete"}
    lines = complete(env).stdout.splitlines()
    assert lines[:2] == ["plain", "direction="] and lines[2].startswith("(TransactionDirection")


def bash_says(words: list[str], cword: int) -> list[str]:
    """What click gives bash's script for ``COMP_WORDS`` as bash splits them (at ``=`` too): ``type,value`` lines."""
    env = {"COMP_WORDS": " ".join(words), "COMP_CWORD": str(cword), "_SUMVIN_COMPLETE": "bash_complete"}
    return [line for line in complete(env).stdout.splitlines() if line]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["sumvin", "call", "listTransactions", "-p", "dir"], ["nospace,direction="]),
        (["sumvin", "call", "listTransactions", "-p", "direction", "="], ["plain,in", "plain,out"]),
        (["sumvin", "call", "listTransactions", "-p", "direction", "=", "o"], ["plain,out"]),
        (["sumvin", "call", "listWallets", "-p", "is_eoa", "=", "t"], ["plain,true"]),
        (["sumvin", "call", "listTransactions", "-p", "limit", "=", ""], []),
        (["sumvin", "call", "getWalle"], [f"plain,{o}" for o in sorted(OPERATIONS) if o.startswith("getWalle")]),
    ],
    ids=repr,
)
def test_bash_gets_values_without_their_name_and_no_space_after_name_equals(
    words: list[str], expected: list[str]
) -> None:
    assert bash_says(words, len(words) - 1) == expected


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash itself")
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("sumvin call listTransactions -p dir", ["direction="]),
        ("sumvin call listTransactions -p direction=", ["in", "out"]),
        ("sumvin call listTransactions -p direction=o", ["out"]),
        ("sumvin call listTransactions -p limit=", []),
    ],
)
def test_in_bash_the_script_fills_compreply_as_bash_splits_the_line(
    tmp_path: Path, line: str, expected: list[str]
) -> None:
    script = tmp_path / "completion"
    script.write_text(complete({"_SUMVIN_COMPLETE": "bash_source"}).stdout, encoding="utf-8")
    # COMP_WORDS as bash makes them: split at spaces and at "=" (COMP_WORDBREAKS), the cursor on the last word
    driver = (
        f"source {shlex.quote(str(script))}\n"
        "COMP_WORDS=($WORDS); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n"
        "_sumvin_completion sumvin 2>/dev/null\n"  # compopt complains outside a real completion; it is not needed
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    words = line.replace("=", " = ").split()
    env = {"PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}", "WORDS": " ".join(words)}
    env |= {k: v for k, v in os.environ.items() if k == "PYTHONPATH"}
    result = subprocess.run(["bash", "-c", driver], env=env, capture_output=True, text=True, check=False)
    assert [w for w in result.stdout.splitlines() if w] == expected, result.stderr


@pytest.mark.parametrize("typed", ["getWalle", "get_walle"])
def test_zsh_shows_each_operations_summary_beside_it(typed: str) -> None:
    env = {"COMP_WORDS": f"sumvin call {typed}", "COMP_CWORD": "2", "_SUMVIN_COMPLETE": "zsh_complete"}
    lines = complete(env).stdout.splitlines()
    triples = [tuple(lines[i : i + 3]) for i in range(0, len(lines), 3)]
    found = {o.module if "_" in typed else o.operation_id: o for o in OPERATIONS.values()}
    assert triples and all(kind == "plain" and value.startswith(typed) for kind, value, _ in triples)
    assert all(said == literal(found[value].summary) and said for _, value, said in triples)


@pytest.mark.parametrize("shell", SHELLS)
def test_dash_p_before_the_operation_completes_nothing(shell: str) -> None:
    assert completions(shell, "sumvin call -p ") == []
    assert completions(shell, "sumvin call --param li") == []


def test_in_bash_a_first_word_with_an_equals_sign_completes_nothing() -> None:
    assert bash_says(["sumvin", "k", "=", ""], 3) == []
    assert bash_says(["sumvin", "lo", "=", "g"], 3) == []
