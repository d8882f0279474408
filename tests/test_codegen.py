"""The committed generated tree is exactly what the pinned generator makes of ``openapi.yaml``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from codegen import __main__ as cli
from codegen import generate as gen


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One fresh generation, shared by the tests below (it takes seconds)."""
    tree = tmp_path_factory.mktemp("codegen") / "_generated"
    gen.render(tree)
    return tree


def test_generated_tree_equals_a_fresh_generation(fresh: Path) -> None:
    assert gen.differences(fresh, gen.TARGET) == [], "run `python -m codegen generate`"


def test_check_mode_fails_on_a_hand_edit(fresh: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    edited = tmp_path / "_generated"
    shutil.copytree(gen.TARGET, edited, ignore=shutil.ignore_patterns("__pycache__"))
    (edited / "types.py").write_text((edited / "types.py").read_text() + "# edited by hand\n")
    (edited / "stray.py").write_text("")
    monkeypatch.setattr(gen, "TARGET", edited)
    monkeypatch.setattr(gen, "render", lambda destination: shutil.copytree(fresh, destination))
    assert gen.generate(check=True) == ["stray.py", "types.py"]
    assert cli.main(["generate", "--check"]) == 1
