"""In CI a skip fails the run: checked on a small test tree run by pytest in a child process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TREE = {
    "test_skips.py": (
        "import pytest\n\n"
        "def test_needs_a_tool():\n    pytest.skip('the tool is not installed')\n\n"
        "@pytest.mark.xfail(reason='known')\ndef test_known_failure():\n    assert False\n\n"
        "def test_runs():\n    pass\n"
    ),
    "test_missing_module.py": "import pytest\n\npytest.importorskip('no_such_module_here')\n",
}


def run(tmp_path: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    for name, text in TREE.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CI"} | ({"CI": ci} if ci is not None else {})
    env["PYTHONPATH"] = str(ROOT)
    command = [sys.executable, "-m", "pytest", "-p", "tests.ci_strict", "-p", "no:cacheprovider", "-q"]
    command.append("--continue-on-collection-errors")
    return subprocess.run([*command, str(tmp_path)], capture_output=True, text=True, env=env, cwd=tmp_path)


def test_in_ci_a_skip_fails_the_run_and_says_why(tmp_path: Path) -> None:
    result = run(tmp_path, "true")
    assert result.returncode == 1, result.stdout
    assert "1 failed, 1 passed, 1 xfailed, 1 error" in result.stdout, result.stdout
    assert "skipped in CI, where every test must run" in result.stdout
    assert "the tool is not installed" in result.stdout and "no_such_module_here" in result.stdout


@pytest.mark.parametrize("ci", [None, "false"])
def test_outside_ci_a_skip_stays_a_skip(tmp_path: Path, ci: str | None) -> None:
    result = run(tmp_path, ci)
    assert result.returncode == 0, result.stdout
    assert "1 passed, 2 skipped, 1 xfailed" in result.stdout, result.stdout
