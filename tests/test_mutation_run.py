"""The full mutation run's set-up: each module's scratch ``pyproject.toml`` mutates it against its own tests,
and a module whose code runs once per process (``FRESH``) gets a freshly importing process per mutant."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from tests import mutation_report, mutation_run


def _mutmut_table(tree: Path) -> dict[str, object]:
    table: dict[str, object] = tomllib.loads((tree / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mutmut"]
    return table


@pytest.mark.parametrize("module", sorted(mutation_run.FRESH))
def test_a_fresh_module_runs_each_mutant_in_a_process_importing_the_project_afresh(module: str, tmp_path: Path) -> None:
    table = _mutmut_table(mutation_run.prepared(tmp_path, module))
    assert (table["process_isolation"], table["forkserver_warmup"]) == ("forkserver", "import")
    assert (table["only_mutate"], table["pytest_add_cli_args_test_selection"]) == (
        [module],
        list(mutation_run.MODULES[module]),
    )
    preloaded = Path(str(table["preload_modules_file"])).read_text(encoding="utf-8").split()
    assert preloaded == list(mutation_run.PRELOADED)
    assert not [name for name in preloaded if name.split(".")[0] in ("sumvin_sdk", "tests")]
    assert all(importlib.util.find_spec(name) is not None for name in preloaded)


def test_every_other_module_forks_from_the_process_that_collected_its_tests(tmp_path: Path) -> None:
    module = "sumvin_sdk/hal.py"
    assert module not in mutation_run.FRESH
    table = _mutmut_table(mutation_run.prepared(tmp_path, module))
    assert "process_isolation" not in table and "preload_modules_file" not in table
    assert (table["only_mutate"], table["pytest_add_cli_args_test_selection"]) == (
        [module],
        list(mutation_run.MODULES[module]),
    )


def test_every_fresh_module_is_in_the_run() -> None:
    assert mutation_run.FRESH.issubset(mutation_run.MODULES)


def test_a_recheck_runs_every_survivor_in_a_freshly_importing_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = "sumvin_sdk/hal.py"
    assert module not in mutation_run.FRESH
    run = tmp_path / "mutation-run.json"
    survivor = {"mutant": "sumvin_sdk.hal.x_page_items__mutmut_1", "removed": ["a"], "added": ["b"]}
    entry = {"mutants": 1, "killed": 0, "survivors": [survivor], "source hash": mutation_run.source_hash(module)}
    run.write_text(json.dumps({module: entry}), encoding="utf-8")
    monkeypatch.setattr(mutation_report, "RUN", run)
    monkeypatch.setattr(mutation_report, "reason_for", lambda survivor: None)
    tables: list[dict[str, object]] = []
    real = subprocess.run

    def mutmut_or_git(command: list[str], **kwargs: Any) -> Any:
        if command[0] == sys.executable:
            tables.append(_mutmut_table(Path(kwargs["cwd"])) | {"command": command[3:]})
            return subprocess.CompletedProcess(command, 0)
        return real(command, **kwargs)

    monkeypatch.setattr(subprocess, "run", mutmut_or_git)
    monkeypatch.setattr(mutation_report, "results", lambda tree: {})
    assert mutation_run.recheck(module) is False  # nothing came back checked, so nothing is recorded
    [table] = tables
    assert (table["process_isolation"], table["forkserver_warmup"]) == ("forkserver", "import")
    assert table["command"] == ["run", "--max-children", "1", survivor["mutant"]]
    assert json.loads(run.read_text(encoding="utf-8"))[module] == entry
