"""Render the docs' figure tables from ``docs/_figures/*.json``: ``python docs/render_figures.py [--check]``.

Each table sits between ``<!-- figures:NAME -->`` and ``<!-- /figures:NAME -->`` in a markdown file; this
script writes it there from the figures the tests (``tests.json``, see ``tests/figures.py``), the mutation
run (``mutation.json``, ``python -m tests.mutation_report``) and the benchmarks (``benchmarks.json``,
``python -m benchmarks --write``) produced. ``--check`` changes nothing and exits 1 if a page is not what
the figures say, so no figure in the docs is typed by hand or left stale.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIGURES = ROOT / "docs" / "_figures"


def load(name: str) -> dict[str, Any]:
    path = FIGURES / f"{name}.json"
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return loaded


def n(value: int) -> str:
    return f"{value:,}"


def reliability(tests: dict[str, Any]) -> str:
    """The guarantees with their tests and figures."""
    parsing = tests.get("property parsing", {})
    fake_figures = tests.get("fake", {})
    rows = [
        (
            "Every schema-valid response body parses into its model, and `to_dict()` gives the body back",
            "`tests/test_property_parsing.py` (hypothesis, strategies built from `openapi.yaml`, derandomised)",
            f"{parsing.get('object schemas')}/{parsing.get('response schemas')} response schemas, "
            f"{parsing.get('valid bodies per schema')} generated bodies each",
        ),
        (
            "A body that breaks its schema at any depth (a required member missing, of another type, or null "
            "where it may not be) raises one typed error, `ResponseValidationError`, naming the member and the "
            "model reading it",
            "same file",
            f"{n(parsing.get('broken bodies', 0))} broken bodies, {n(parsing.get('broken below the top level', 0))} "
            f"of them below the top level, down to depth {parsing.get('deepest break')}",
        ),
        (
            "A link never takes credentials off `base_url`",
            "`tests/test_hal.py`",
            f"{tests.get('origin guard', {}).get('hostile hrefs refused')} hostile hrefs refused, 0 requests made",
        ),
        (
            "No secret the SDK handles appears in a log line (the SDK's and httpx's, at DEBUG), an "
            "error's message or repr, or a client's repr",
            "`tests/conftest.py` (`secret_hygiene`, on every test)",
            "every run ends by printing how many tests ran, how many of them handled a secret, and how many "
            "distinct secrets of each kind (JWT, PAT, agent token, PINT token, UCP key, device code, token from "
            "an exchange, verification code) it checked against how many log records, errors and reprs",
        ),
        (
            "Every operation builds the documented request and parses every documented response",
            "`tests/test_endpoints.py`",
            f"{tests.get('endpoints', {}).get('operations')} operations, sync and async",
        ),
        (
            "The fake (`sumvin_sdk.testing`) answers every operation as the contract documents it, refuses "
            "contract-breaking and anonymous requests as the API does, and keeps its state to the values the "
            "contract allows",
            "`tests/test_fake_contract.py`, `tests/test_testing_state.py` (figures in [testing](testing.md))",
            f"{fake_figures.get('documented in both timestamp forms')}/{fake_figures.get('operations')} documented "
            f"answers, {fake_figures.get('contract-breaking requests answered 422')}/"
            f"{fake_figures.get('contract-breaking requests')} broken requests 422, "
            f"{fake_figures.get('anonymous secured calls refused')}/{fake_figures.get('secured operations')} "
            "anonymous calls refused",
        ),
        (
            "Every code block in the docs and the README runs, and prints what the page shows",
            "`tests/test_docs.py`",
            f"{sum(p['python'] + p['pycon'] for p in tests.get('docs blocks', {}).values())} Python blocks and "
            f"sessions, {sum(p['outputs'] for p in tests.get('docs blocks', {}).values())} shown outputs compared, "
            f"{sum(p['commands'] for p in tests.get('docs blocks', {}).values())} `sumvin` commands run "
            "(per page below)",
        ),
    ]
    lines = ["| guarantee | proved by | figure |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    return "\n".join(lines)


def fake(tests: dict[str, Any]) -> str:
    """The fake checked from outside: ``tests/test_fake_contract.py`` and ``tests/test_testing_state.py``."""
    f = tests.get("fake", {}) | tests.get("fake state", {})
    if not f:
        return "No figures of the fake recorded yet: run `python -m pytest --write-figures`."
    operations = f.get("operations")
    rows = [
        (
            "operations that answer the SDK's call with a documented status and a schema-valid body, in both "
            "timestamp forms",
            f"{f.get('documented in both timestamp forms')}/{operations}",
        ),
        ("operations that answer a minimal valid request with a 2xx", f"{f.get('2xx for a minimal valid request')}"),
        (
            "contract-breaking requests (a required member or parameter dropped, a body or query of the wrong "
            "type) answered with the API's 422",
            f"{f.get('contract-breaking requests answered 422')}/{f.get('contract-breaking requests')}",
        ),
        (
            "anonymous calls to secured operations refused with a status the operation documents",
            f"{f.get('anonymous secured calls refused')}/{f.get('secured operations')}",
        ),
        (
            "kinds of missing or refused credential sent to every operation, each answered with a documented "
            "status and a schema-valid body",
            f"{f.get('refused credentials tried on every operation')}, on each of the {operations} operations",
        ),
        (
            f"enum-typed values in the answers of all {f.get('stateful handlers walked')} stateful handlers and "
            "in the seeded records, each one the contract allows (its enum, or the values its description lists)",
            n(f.get("enum-typed values checked", 0)),
        ),
    ]
    lines = ["| checked from outside | figure |", "|---|---:|"]
    lines += [f"| {a} | {b} |" for a, b in rows]
    return "\n".join(lines)


def docs_blocks(tests: dict[str, Any]) -> str:
    """What ``tests/test_docs.py`` ran, page by page."""
    lines = [
        "| page | Python blocks | pycon examples | outputs compared | `sumvin` commands run | shell blocks not run |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for page, t in sorted(tests.get("docs blocks", {}).items()):
        lines.append(f"| `{page}` | {t['python']} | {t['pycon']} | {t['outputs']} | {t['commands']} | {t['not_run']} |")
    return "\n".join(lines)


def mutation(found: dict[str, Any]) -> str:
    """The mutation score, the survivors explained by reason, and the open test gaps."""
    if not found:
        return "No mutation run recorded yet: run `python -m tests.mutation_run MODULE`."
    total = found["killed"] + found["survived"]
    explained = found["survived"] - found["unexplained"]
    run = len(found["per module"])
    lines = [
        f"mutmut {', '.join(found['mutmut'])} ({', '.join(found['dates'])}), {run} of the "
        f"{run + len(found.get('not yet run', [])) + len(found.get('nothing to mutate', []))} "
        f"hand-written modules: {n(total)} mutants, "
        f"{n(found['killed'])} killed, {n(found['survived'])} survived; {n(explained)} of the survivors are "
        f"explained below and {n(found['unexplained'])} are open test gaps. Score: {found['score']:.1%} killed, "
        f"{found['explained score']:.1%} killed or explained.",
        "",
        "| module | sources of commit | run on | mutants | killed | survived | explained | open |",
        "|---|---|---|---:|---:|---:|---:|---:|",
    ]
    for module, m in sorted(found["per module"].items()):
        commit, date = f"`{m['commit']}`", m["date"]
        if m.get("changed since"):  # the module's text is no longer what was mutated: its row waits for a rerun
            commit += " (module changed since: to be rerun)"
        if "rechecked" in m:  # the open survivors only, rerun later against the tests of then
            again = m["rechecked"]
            commit += f"; open survivors rechecked at `{again['commit']}` ({again['killed']} killed)"
            date += f"; {again['date']}" if again["date"] != m["date"] else ""
        lines.append(
            f"| `{module}` | {commit} | {date} | {m['mutants']} | {m['killed']} | {m['survived']} "
            f"| {m['explained']} | {m['survived'] - m['explained']} |"
        )
    lines += ["", "| why these survivors survive | survivors |", "|---|---:|"]
    for reason, count in sorted(found["reasons"].items(), key=lambda item: -item[1]):
        lines.append(f"| {reason} | {count} |")
    if found.get("not yet run"):
        lines += [
            "",
            f"Not yet run ({len(found['not yet run'])} of the hand-written modules): "
            + ", ".join(f"`{m.removeprefix('sumvin_sdk/')}`" for m in found["not yet run"])
            + ".",
        ]
    if found.get("nothing to mutate"):
        lines += [
            "",
            "No function to mutate (mutmut mutates function bodies only): "
            + ", ".join(f"`{m.removeprefix('sumvin_sdk/')}`" for m in found["nothing to mutate"])
            + ".",
        ]
    if found["open survivors"]:
        lines += ["", "| open test gaps: surviving mutants no reason covers, by function | survivors |", "|---|---:|"]
        for where, count in sorted(found["open survivors"].items(), key=lambda item: (-item[1], item[0])):
            lines.append(f"| `{where}` | {count} |")
    return "\n".join(lines)


def benchmarks(found: dict[str, Any]) -> str:
    """The benchmark table, with the machine and the date it was measured on."""
    if not found:
        return "No benchmark run recorded yet: run `python -m benchmarks --write`."
    lines = [
        f"Measured on {found['machine']} ({found['date']}), with `python -m benchmarks --write`:",
        "",
        "| figure | SDK | baseline | ratio | target |",
        "|---|---:|---:|---:|---|",
    ]
    lines += ["| " + " | ".join(row) + " |" for row in found["rows"]]
    return "\n".join(lines)


TABLES: dict[str, Callable[[], str]] = {
    "reliability": lambda: reliability(load("tests")),
    "docs-blocks": lambda: docs_blocks(load("tests")),
    "fake": lambda: fake(load("tests")),
    "mutation": lambda: mutation(load("mutation")),
    "benchmarks": lambda: benchmarks(load("benchmarks")),
}
PAGES = [
    ROOT / "README.md",
    ROOT / "docs" / "reliability.md",
    ROOT / "docs" / "testing.md",
    ROOT / "benchmarks" / "README.md",
]
MARKED = re.compile(r"(<!-- figures:(?P<name>[\w-]+) -->\n)(.*?)(<!-- /figures:(?P=name) -->)", re.DOTALL)


def rendered(text: str) -> str:
    """``text`` with every marked table rendered anew."""
    return MARKED.sub(lambda m: m.group(1) + TABLES[m.group("name")]() + "\n" + m.group(4), text)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        new = rendered(text)
        if new != text:
            stale.append(page.relative_to(ROOT))
            if not check:
                page.write_text(new, encoding="utf-8")
    if check and stale:
        print(f"figures out of date in {', '.join(map(str, stale))}: run `python docs/render_figures.py`")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
