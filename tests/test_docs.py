"""The docs' Python sessions run as written and print what the docs say they print."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"
BLOCK = re.compile(r"```(python|text)\n(.*?)```", re.DOTALL)


def sessions() -> list[Path]:
    return sorted(p for p in DOCS.glob("*.md") if "```python" in p.read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", sessions(), ids=lambda p: p.name)
def test_the_page_runs_and_prints_what_it_shows(page: Path) -> None:
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem}"}
    printed = ""
    for kind, text in BLOCK.findall(page.read_text(encoding="utf-8")):
        if kind == "python":
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                exec(compile(text, f"{page.name}", "exec"), namespace)
            printed = out.getvalue()
        else:
            assert printed == text, f"{page.name}: the block before this output printed something else"
            printed = ""


def test_the_notebook_runs_from_top_to_bottom() -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.read(DOCS / "notebooks" / "explore.ipynb", as_version=4)
    nbclient.NotebookClient(notebook, timeout=120, kernel_name="python3").execute()
    tables = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs if "text/html" in o.get("data", {})]
    assert len(tables) >= 4, "the notebook shows its results as tables"
