"""Every code block in the docs and the README runs, and prints what the page shows it printing.

The rules, for every page (``docs/**/*.md`` and ``README.md``), block by block in page order:

- ``py``/``python`` blocks run, in one namespace per page. A ``text``/``output`` block right after one
  (nothing but blank lines between) is what that block prints, compared exactly.
- ``pycon`` blocks (``>>>`` sessions) run as doctests in the same namespace: each shown value is compared.
- A value shown any other way is refused: a bare expression with a trailing comment (``x  # 42``) is output
  nobody checks; print it and show the output, or write a ``pycon`` session.
- Shell blocks (``sh``, ``bash``, ``console``, ``shell``): every ``sumvin`` command runs, in page order,
  against the fake API with a signed-in token store, and must not be a usage error (exit 2) or crash. Any
  other command needs ``<!-- not run: <reason> -->`` right before the block.
- A block with no language, or one this runner does not know, is refused: nothing on a page goes unchecked
  by accident.
- A page's examples that need an API or credentials get them from a setup comment the site does not show
  (``<!-- setup ... -->``, see ``tests/docs_setup.py``), run before the page's first block. Without one,
  ``SUMVIN_BASE_URL`` points at a closed loopback port: no example ever reaches a real host.
"""

from __future__ import annotations

import contextlib
import doctest
import io
import os
import re
import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

from tests.figures import record

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PYTHON = {"py", "python"}
OUTPUT = {"text", "output"}
SHELL = {"sh", "bash", "console", "shell"}
SHOWN = {"yaml", "json", "toml", "mermaid"}  # data shown for reading; nothing to run
KNOWN = PYTHON | OUTPUT | SHELL | SHOWN | {"pycon"}
CLOSED_PORT = "http://127.0.0.1:9"  # the discard port: nothing listens there
TOKEN = re.compile(
    r"<!--(?P<comment>.*?)-->|^(?P<indent>[ \t]*)```(?P<info>[^\n`]*)\n(?P<body>.*?)^(?P=indent)```[ \t]*$",
    re.DOTALL | re.MULTILINE,
)


@attrs.frozen
class Block:
    """One fenced block of a page: its language, its text, the line it starts on, what comes before it."""

    kind: str
    text: str
    line: int
    after_python: bool  # only blank lines since the end of a python block
    note: str | None  # the comment right before it, if any


@attrs.frozen
class Page:
    """A page split into its setup code and its blocks."""

    path: Path
    setup: str
    blocks: list[Block]

    @property
    def name(self) -> str:
        return str(self.path.relative_to(ROOT)) if self.path.is_relative_to(ROOT) else self.path.name


def read(path: Path) -> Page:
    """The setup comment and the fenced blocks of ``path``, in order."""
    text = path.read_text(encoding="utf-8")
    setup, blocks, end, last_python_end, note = "", [], 0, -1, None
    for found in TOKEN.finditer(text):
        between = text[end : found.start()]
        if between.strip():
            note = None
        end = found.end()
        if found.group("comment") is not None:
            comment = found.group("comment").strip()
            if comment.startswith("setup"):
                setup += comment.partition("\n")[2] + "\n"
            else:
                note = comment
            continue
        info = found.group("info").strip().split()[0] if found.group("info").strip() else ""
        body = re.sub(rf"^{found.group('indent')}", "", found.group("body"), flags=re.MULTILINE)
        line = text.count("\n", 0, found.start()) + 1
        after = last_python_end >= 0 and not text[last_python_end : found.start()].strip()
        blocks.append(Block(info, body, line, after, note))
        if info in PYTHON:
            last_python_end = found.end()
        note = None
    return Page(path, setup, blocks)


def pages() -> list[Path]:
    return [*sorted(DOCS.rglob("*.md")), ROOT / "README.md"]


@contextlib.contextmanager
def page_environment() -> Iterator[None]:
    """No credentials from the machine, a base URL nobody answers on; everything put back afterwards."""
    saved = dict(os.environ)
    for name in ("SUMVIN_JWT", "SUMVIN_PAT", "SUMVIN_ORG_ID"):
        os.environ.pop(name, None)
    os.environ["SUMVIN_BASE_URL"] = CLOSED_PORT
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def unchecked_values(code: str) -> list[str]:
    """Lines that show a value in a comment after a bare expression: output that nothing would compare."""
    import ast

    tree = ast.parse(code)
    lines = code.splitlines()
    return [
        lines[node.lineno - 1].strip()
        for node in tree.body
        if isinstance(node, ast.Expr)
        and not isinstance(node.value, ast.Call | ast.Await | ast.Constant)
        and "#" in lines[node.end_lineno - 1 if node.end_lineno else node.lineno - 1]
    ]


@attrs.define
class Tally:
    """What one page's run checked."""

    python: int = 0
    outputs: int = 0
    pycon: int = 0
    commands: int = 0
    not_run: int = 0


def run_python(page: Page, block: Block, namespace: dict[str, Any]) -> str:
    problems = unchecked_values(block.text)
    assert not problems, f"{page.name}:{block.line}: a value shown in a comment is not checked: {problems}"
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(block.text, f"{page.name}:{block.line}", "exec"), namespace)
    return out.getvalue()


def run_pycon(page: Page, block: Block, namespace: dict[str, Any]) -> int:
    test = doctest.DocTestParser().get_doctest(block.text, namespace, page.name, page.name, block.line)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    report = io.StringIO()
    runner.run(test, out=report.write, clear_globs=False)
    assert runner.failures == 0, f"{page.name}:{block.line}: the session shows something else:\n{report.getvalue()}"
    return len(test.examples)


def commands(block: Block) -> tuple[list[list[str]], list[str]]:
    """The ``sumvin`` commands of a shell block, and its other commands."""
    sumvin, others = [], []
    for raw in block.text.splitlines():
        line = raw.strip().removeprefix("$ ")
        if not line or line.startswith("#"):
            continue
        words = shlex.split(line, comments=True)
        (sumvin.append(words) if words[0] == "sumvin" else others.append(line))
    return sumvin, others


def run_sumvin(page: Page, block: Block, world: Any, words: list[str]) -> None:
    result = world.run(*words[1:])
    assert result.exit_code != 2, f"{page.name}:{block.line}: `{shlex.join(words)}` is a usage error:\n{result.output}"
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"{page.name}:{block.line}: `{shlex.join(words)}` crashed") from result.exception


def run_page(page: Page, tmp_path: Path) -> Tally:
    """Run every block of ``page`` as the module's docstring says; what was checked."""
    tally = Tally()
    namespace: dict[str, Any] = {"__name__": f"docs_{page.path.stem}"}
    world = None
    printed: str | None = None
    with page_environment():
        try:
            if page.setup.strip():
                exec(compile(page.setup, f"{page.name} (setup)", "exec"), namespace)
            for block in page.blocks:
                where = f"{page.name}:{block.line}"
                assert block.kind in KNOWN, f"{where}: a block in {block.kind or 'no language'!r}, which nothing runs"
                if block.kind in PYTHON:
                    printed = run_python(page, block, namespace)
                    tally.python += 1
                elif block.kind in OUTPUT and block.after_python:
                    assert printed == block.text, f"{where}: the block before this output printed:\n{printed}"
                    tally.outputs += 1
                elif block.kind == "pycon":
                    tally.pycon += run_pycon(page, block, namespace)
                elif block.kind in SHELL:
                    sumvin, others = commands(block)
                    if others:
                        assert block.note and block.note.startswith("not run:"), (
                            f"{where}: {others[0]!r} is neither run here nor marked `<!-- not run: <reason> -->`"
                        )
                        tally.not_run += 1
                    if sumvin and world is None:
                        from tests.cli_world import World

                        world = World(tmp_path)
                        assert world.run("login").exit_code == 0, f"{where}: the sign-in the shell blocks run after"
                    for words in sumvin:
                        run_sumvin(page, block, world, words)
                        tally.commands += 1
                if block.kind not in PYTHON:
                    printed = None
        finally:
            teardown = namespace.get("teardown")
            if callable(teardown):
                teardown()
    return tally


PAGES = pages()


@pytest.mark.parametrize("path", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_block_on_the_page_runs_and_prints_what_it_shows(path: Path, tmp_path: Path) -> None:
    page = read(path)
    tally = run_page(page, tmp_path)
    shells = [b for b in page.blocks if b.kind in SHELL]
    assert tally.python == sum(b.kind in PYTHON for b in page.blocks)
    assert tally.commands + tally.not_run >= len(shells), f"{page.name}: a shell block was neither run nor marked"
    record("docs blocks", {page.name: attrs.asdict(tally)})


# -- the runner itself ---------------------------------------------------------------------------------------------


def write(tmp_path: Path, text: str) -> Page:
    probe = tmp_path / "probe.md"
    probe.write_text(text, encoding="utf-8")
    return read(probe)


@pytest.mark.parametrize(
    ("text", "refusal"),
    [
        ("```py\nprint(1)\n```\n\n```text\n2\n```\n", "printed"),
        ("```py\nx = 1\nx  # 2\n```\n", "not checked"),
        ("```pycon\n>>> 1 + 1\n3\n```\n", "shows something else"),
        ("```sh\npip install nothing\n```\n", "neither run here nor marked"),
        ("```sh\nsumvin call --no-such-option\n```\n", "usage error"),
        ("```\nsome code\n```\n", "which nothing runs"),
        ("```ruby\nputs 1\n```\n", "which nothing runs"),
        ("```py\nraise RuntimeError('broken example')\n```\n", "broken example"),
    ],
)
def test_the_runner_refuses_what_the_page_gets_wrong(text: str, refusal: str, tmp_path: Path) -> None:
    with pytest.raises((AssertionError, RuntimeError), match=refusal):
        run_page(write(tmp_path, text), tmp_path)


def test_the_runner_accepts_what_the_page_gets_right(tmp_path: Path) -> None:
    text = (
        "<!-- setup\nsecret = 41\n-->\n"
        "```py\nprint(secret + 1)\n```\n\n```text\n42\n```\n"
        "```pycon\n>>> secret\n41\n```\n"
        "<!-- not run: it installs things -->\n```sh\npip install nothing\nsumvin ops --tag wallets\n```\n"
    )
    tally = run_page(write(tmp_path, text), tmp_path)
    assert attrs.asdict(tally) == {"python": 1, "outputs": 1, "pycon": 1, "commands": 1, "not_run": 1}


def test_without_setup_no_example_reaches_beyond_loopback(tmp_path: Path) -> None:
    text = "```py\nimport os\nprint(os.environ['SUMVIN_BASE_URL'])\n```\n\n```text\nhttp://127.0.0.1:9\n```\n"
    assert run_page(write(tmp_path, text), tmp_path).outputs == 1


def test_the_notebook_runs_from_top_to_bottom_and_draws_the_chart_the_site_shows() -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    folder = DOCS / "notebooks"
    chart = folder / "spending.png"
    notebook = nbformat.read(folder / "explore.ipynb", as_version=4)
    before = chart.stat().st_mtime_ns if chart.exists() else None
    client = nbclient.NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": folder}}
    )
    client.execute()
    outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]
    tables = [o for o in outputs if "text/html" in o.get("data", {})]
    assert len(tables) >= 5, "the notebook shows its results as tables"
    assert any("image/png" in o.get("data", {}) for o in outputs), "the notebook draws its chart"
    assert chart.exists() and chart.stat().st_mtime_ns != before, "the run saved the chart the site shows"
    assert chart.read_bytes().startswith(b"\x89PNG"), "the chart is a PNG"
    assert "notebooks/spending.png" in (DOCS / "notebook.md").read_text(encoding="utf-8"), "the site shows it"
