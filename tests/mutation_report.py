"""``python -m tests.mutation_report``: the last ``mutmut run``'s score, every survivor explained.

Reads mutmut's results under ``mutants/`` and writes ``docs/_figures/mutation.json`` (``docs/render_figures.py``
renders it into ``docs/reliability.md``), keeping each module's survivors with their diffs in
``docs/_figures/mutation-run.json`` so that a reason can be added without running mutmut again
(``--from-run-only``). A surviving mutant must match one of the reasons in ``tests/mutation_reasons.toml``,
each saying why no test can or should kill it; a survivor no reason covers is an open test gap: it is
listed, counted in the docs, and the command exits 1, so each one means a new test or a reason written down. ``--list``
prints every survivor with its diff; ``--commit=SHA`` names the commit whose sources were mutated.
"""

from __future__ import annotations

import ast
import datetime
import hashlib
import importlib.metadata
import json
import os
import re
import sys
import tomllib
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parent.parent
FIGURES = ROOT / "docs" / "_figures" / "mutation.json"


def verdict(status: int | None) -> str:
    """mutmut's exit status for a mutant, as this report counts it."""
    from mutmut.stats import status_by_exit_code

    found: str = status_by_exit_code[status]
    if found in ("killed", "timeout", "caught by type check", "segfault"):
        return "killed"  # a test failed, hung or crashed under the mutant
    return {"survived": "survived", "no tests": "no test reaches it"}.get(found, "not checked")


@attrs.frozen
class Reason:
    """Why survivors like these stay: ``function`` and the changed lines (``removed`` -> ``added``) match."""

    why: str
    removed: str = ""
    added: str = ""
    function: str = ""
    text_only: bool = False
    """Only a mutant that changed nothing but the text inside string literals."""

    def covers(self, function: str, removed: str, added: str) -> bool:
        if self.text_only and _code(removed) != _code(added):
            return False
        return bool(
            re.search(self.function, function) and re.search(self.removed, removed) and re.search(self.added, added)
        )


_LITERAL = re.compile(r"""[rbf]?("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')""")


def _code(lines: str) -> str:
    """``lines`` with every string literal emptied: what is left is the code around the text."""
    return _LITERAL.sub('""', lines)


REASONS = ROOT / "tests" / "mutation_reasons.toml"


def explained() -> tuple[Reason, ...]:
    """The reasons in ``tests/mutation_reasons.toml``; an ``equivalent`` one says so before its ``why``."""
    reasons = []
    for entry in tomllib.loads(REASONS.read_text(encoding="utf-8"))["reason"]:
        prefix = "equivalent: " if entry.pop("equivalent", False) else ""
        reasons.append(Reason(**{**entry, "why": prefix + entry["why"]}))
    return tuple(reasons)


EXPLAINED = explained()


RUN = ROOT / "docs" / "_figures" / "mutation-run.json"


def hand_written() -> list[str]:
    """Every module of the hand-written layer the run is meant to cover: ``sumvin_sdk`` without ``_generated``."""
    return sorted(
        p.relative_to(ROOT).as_posix() for p in (ROOT / "sumvin_sdk").rglob("*.py") if "_generated" not in p.parts
    )


def results(tree: Path = ROOT) -> dict[str, tuple[str, int | None]]:
    """mutant name -> (source path, exit status) for every mutant of the last run under ``tree/mutants/``."""
    found: dict[str, tuple[str, int | None]] = {}
    for meta in sorted((tree / "mutants").rglob("*.py.meta")):
        source = str(meta.relative_to(tree / "mutants")).removesuffix(".meta")
        for name, status in json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"].items():
            found[name] = (source, status)
    return found


def blob_hash(module: str) -> str:
    """The git blob hash of ``module``'s text now (as ``git hash-object`` prints it), cut to 12 digits."""
    text = (ROOT / module).read_bytes()
    return hashlib.sha1(b"blob %d\0" % len(text) + text, usedforsecurity=False).hexdigest()[:12]


def has_functions(module: str) -> bool:
    """Whether ``module`` defines a function or method, the only code mutmut mutates."""
    tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
    return any(isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) for node in ast.walk(tree))


def changed_lines(name: str, source: str) -> tuple[str, str]:
    """The lines the mutant removed and added, each joined into one string."""
    from mutmut.mutation.diff_apply import get_diff_for_mutant

    diff = get_diff_for_mutant(name, path=source).splitlines()
    removed = "\n".join(line[1:] for line in diff if line.startswith("-") and not line.startswith("---"))
    added = "\n".join(line[1:] for line in diff if line.startswith("+") and not line.startswith("+++"))
    return removed, added


def function_of(name: str) -> str:
    """``sumvin_sdk._retry.xǁRetryPolicyǁdelay__mutmut_6`` -> ``RetryPolicy.delay``."""
    local = name.rpartition(".")[2].removeprefix("x_").removeprefix("xǁ").rpartition("__mutmut_")[0]
    return local.replace("ǁ", ".")


def snapshot(commit: str, tree: Path = ROOT, hashes: Mapping[str, str] | None = None) -> list[str]:
    """Keep what ``tree/mutants/`` holds in ``mutation-run.json``, module by module: a module every mutant of
    which was checked replaces its earlier entry; a module with unchecked mutants keeps it. ``hashes`` gives
    the git blob hash of a module's sources as mutated. The modules taken."""
    run: dict[str, Any] = json.loads(RUN.read_text(encoding="utf-8")) if RUN.exists() else {}
    modules: dict[str, dict[str, Any]] = {}
    here = Path.cwd()
    os.chdir(tree)  # mutmut reads its mutants relative to the working directory
    try:
        found = sorted(results(tree).items())
        for name, (source, status) in found:
            entry = modules.setdefault(source, {"mutants": 0, "killed": 0, "survivors": [], "unchecked": 0})
            entry["mutants"] += 1
            outcome = verdict(status)
            if outcome == "killed":
                entry["killed"] += 1
            elif outcome == "not checked":
                entry["unchecked"] += 1
            else:
                removed, added = changed_lines(name, source)
                entry["survivors"].append({"mutant": name, "outcome": outcome, "removed": removed, "added": added})
    finally:
        os.chdir(here)
    taken = []
    for source, entry in modules.items():
        if entry.pop("unchecked"):
            continue
        entry |= {
            "commit": commit,
            "date": datetime.date.today().isoformat(),
            "mutmut": importlib.metadata.version("mutmut"),
        }
        if hashes and source in hashes:
            entry["source hash"] = hashes[source]
        run[source] = entry
        taken.append(source)
    RUN.write_text(json.dumps(run, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    return taken


def reason_for(survivor: Mapping[str, str]) -> Reason | None:
    """The first reason that explains ``survivor`` (an entry of ``mutation-run.json``), if any does."""
    function = function_of(survivor["mutant"])
    return next((r for r in EXPLAINED if r.covers(function, survivor["removed"], survivor["added"])), None)


def summary(argv: list[str]) -> int:
    """``mutation.json`` from ``mutation-run.json``: scores, explained survivors by reason, the open ones."""
    run: dict[str, Any] = json.loads(RUN.read_text(encoding="utf-8"))
    reasons: Counter[str] = Counter()
    per_module: dict[str, dict[str, Any]] = {}
    open_survivors: Counter[str] = Counter()
    for source, entry in sorted(run.items()):
        explained = 0
        for survivor in entry["survivors"]:
            function = function_of(survivor["mutant"])
            reason = reason_for(survivor)
            if "--list" in argv:
                print(
                    f"# {survivor['mutant']} ({survivor['outcome']}: {reason.why[:60] + '...' if reason else 'OPEN'})"
                )
                print(f"- {survivor['removed']}\n+ {survivor['added']}")
            if reason is None:
                open_survivors[f"{source.removeprefix('sumvin_sdk/')}: {function}"] += 1
            else:
                explained += 1
                reasons[reason.why] += 1
        per_module[source] = {
            "mutants": entry["mutants"],
            "killed": entry["killed"],
            "survived": len(entry["survivors"]),
            "explained": explained,
            "commit": entry["commit"],
            "date": entry["date"],
            "changed since": "source hash" in entry and entry["source hash"] != blob_hash(source),
        }
        if "rechecked" in entry:
            per_module[source]["rechecked"] = entry["rechecked"]
    killed = sum(m["killed"] for m in per_module.values())
    survived = sum(m["survived"] for m in per_module.values())
    explained_total = sum(m["explained"] for m in per_module.values())
    total = killed + survived
    figures = {
        "mutmut": sorted({e["mutmut"] for e in run.values()}),
        "dates": sorted({e["date"] for e in run.values()}),
        "modules": sorted(per_module),
        "killed": killed,
        "survived": survived,
        "unexplained": survived - explained_total,
        "score": killed / total,
        "explained score": (killed + explained_total) / total,
        "per module": per_module,
        "reasons": dict(reasons),
        "open survivors": dict(open_survivors),
        "not yet run": [m for m in hand_written() if m not in run and has_functions(m)],
        "nothing to mutate": [m for m in hand_written() if m not in run and not has_functions(m)],
    }
    FIGURES.write_text(json.dumps(figures, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{total} mutants: {killed} killed, {survived} survived, {explained_total} of them explained")
    return 1 if open_survivors else 0


def main(argv: list[str]) -> int:
    if "--from-run-only" not in argv:
        if not results():
            print("no mutmut results under mutants/: run `mutmut run` first (or pass --from-run-only)")
            return 1
        commit = next((a.split("=", 1)[1] for a in argv if a.startswith("--commit=")), "HEAD")
        print("kept from mutants/:", ", ".join(snapshot(commit)) or "nothing (every module has unchecked mutants)")
    return summary(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
