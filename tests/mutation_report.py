"""``python -m tests.mutation_report``: the last ``mutmut run``'s score, every survivor explained.

Reads mutmut's results under ``mutants/`` and writes ``docs/_figures/mutation.json`` (``docs/render_figures.py``
renders it into ``docs/reliability.md``). A surviving mutant must match one of ``EXPLAINED``, each a reason
why no test can or should kill it; a survivor no reason covers is listed and the command exits 1, so a new
survivor means a new test or a reason written down. ``--list`` prints every survivor with its diff.
"""

from __future__ import annotations

import datetime
import importlib.metadata
import json
import re
import sys
from collections import Counter
from pathlib import Path

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

    def covers(self, function: str, removed: str, added: str) -> bool:
        return bool(
            re.search(self.function, function) and re.search(self.removed, removed) and re.search(self.added, added)
        )


MESSAGE = r"raise |Error\(|message: str = |f\"(refused|no link|cannot|a page|Connection|Request timed)"
EXPLAINED = (
    Reason(
        "equivalent: HTTP header names are case-insensitive in httpx, so a header name in another case is the "
        "same header",
        removed=r'"(idempotency-key|retry-after|content-type|x-[\w-]+|user-agent|location|accept)"',
        added=r'"(IDEMPOTENCY-KEY|RETRY-AFTER|CONTENT-TYPE|X-[\w-]+|USER-AGENT|LOCATION|ACCEPT)"',
    ),
    Reason(
        "equivalent: codec names are case-insensitive (`utf-8` is `UTF-8`)",
        removed=r'"utf-8"',
        added=r'"UTF-8"',
    ),
    Reason(
        "equivalent: with no `Retry-After`, a default of another unreadable text gives no wait either",
        removed=r'get\("retry-after", ""\)',
        added=r'get\("retry-after", "XXXX"\)',
    ),
    Reason(
        "the real asyncio sleep: the tests inject every sleep and never wait on the wall clock",
        function=r"_asyncio_sleep",
    ),
    Reason(
        "an artefact of the run: the route table is built once per process, and mutmut forks each mutant's "
        "test run from a process that has built it already, so the mutated building code never runs; "
        "`tests/test_hal.py` checks every operation's path against the table",
        function=r"^operation_for$",
    ),
    Reason(
        "the wording of an error message: the tests check the error's class, its fields and the phrases a "
        "user acts on, not each word of every message",
        removed=MESSAGE,
        added=r"XX|\(None[,)]|[A-Z]{4,}|^\s*raise \w+\((href|rel)=|Error\(None|__init__\(None",
    ),
    Reason(
        "reads a little more of the body before the excerpt is cut to the same length: the same excerpt "
        "unless the body's start is mostly whitespace",
        function=r"^_excerpt$",
        added=r"_EXCERPT \* 5",
    ),
)


def results() -> dict[str, tuple[str, int | None]]:
    """mutant name -> (source path, exit status) for every mutant of the last run."""
    found: dict[str, tuple[str, int | None]] = {}
    for meta in sorted((ROOT / "mutants").rglob("*.py.meta")):
        source = str(meta.relative_to(ROOT / "mutants")).removesuffix(".meta")
        for name, status in json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"].items():
            found[name] = (source, status)
    return found


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


def main(argv: list[str]) -> int:
    found = results()
    if not found:
        print("no mutmut results under mutants/: run `mutmut run` first")
        return 1
    per_module: dict[str, Counter[str]] = {}
    reasons: Counter[str] = Counter()
    unexplained = []
    for name, (source, status) in sorted(found.items()):
        counts = per_module.setdefault(source, Counter())
        counts["mutants"] += 1
        outcome = verdict(status)
        if outcome == "killed":
            counts["killed"] += 1
            continue
        if outcome == "not checked":
            counts["not checked"] += 1
            continue
        counts["survived"] += 1
        removed, added = changed_lines(name, source)
        function = function_of(name)
        reason = next((r for r in EXPLAINED if r.covers(function, removed, added)), None)
        if "--list" in argv:
            print(f"# {name} ({outcome})\n- {removed}\n+ {added}")
        if reason is None:
            unexplained.append(f"{name}: - {removed.strip()[:120]} + {added.strip()[:120]}")
        else:
            counts["explained"] += 1
            reasons[reason.why] += 1
    killed = sum(c["killed"] for c in per_module.values())
    survived = sum(c["survived"] for c in per_module.values())
    explained = sum(c["explained"] for c in per_module.values())
    total = killed + survived
    not_checked = sum(c["not checked"] for c in per_module.values())
    figures = {
        "mutmut": importlib.metadata.version("mutmut"),
        "date": datetime.date.today().isoformat(),
        "modules": sorted(per_module),
        "killed": killed,
        "survived": survived,
        "score": killed / total,
        "explained score": (killed + explained) / total,
        "unexplained": len(unexplained),
        "not checked": not_checked,
        "per module": {
            m: {k: c[k] for k in ("mutants", "killed", "survived", "explained", "not checked")}
            for m, c in per_module.items()
        },
        "reasons": dict(reasons),
    }
    FIGURES.parent.mkdir(parents=True, exist_ok=True)
    FIGURES.write_text(json.dumps(figures, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{total} mutants: {killed} killed, {survived} survived, {explained} of them explained")
    for line in unexplained:
        print(f"UNEXPLAINED {line}")
    return 1 if unexplained or not_checked else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
