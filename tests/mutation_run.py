"""``python -m tests.mutation_run MODULE ...``: the full mutation run, one module at a time, on one core.

Each module is mutated against the test files that exercise it (``MODULES``), not the whole suite, so a
mutant costs a few seconds; the run happens in a scratch copy of the tree (its own ``pyproject.toml``
says which module and tests), with ``mutmut run --max-children 1``; each mutant's tests run the module's
own test files first, fastest first (``tests/mutation_order.py``), so a killed mutant stops at a failure
sooner (a module mutmut makes no mutant of, its functions all decorated or f-strings, is recorded with none).
When every mutant of the module was checked, its results replace the module's entry in
``docs/_figures/mutation-run.json``, stamped with the commit of the sources (``-dirty`` when the tree had
changes) and a hash of the module's text; then ``python -m tests.mutation_report --from-run-only``
rescores everything. ``--list`` prints the modules and their tests; a module not in ``MODULES`` is
reported as not yet run. ``--recheck MODULE...`` reruns only a module's open survivors, each in a freshly
importing process, against its tests as they are now, while its text is the one its full run mutated
(``recheck``).
"""

from __future__ import annotations

import datetime
import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests import mutation_order, mutation_report
from tests.mutation_sample import ROOT, SKIP

CORE = ("tests/test_client.py", "tests/test_faults.py", "tests/test_forward_compat.py")
MODULES: dict[str, tuple[str, ...]] = {
    "sumvin_sdk/_pipeline.py": (
        "tests/test_log_lines.py", "tests/test_pipeline_follow.py", "tests/test_connection_errors.py",
        "tests/test_follow_idempotency.py", "tests/test_request_options.py",
        "tests/test_dict_bodies.py", "tests/test_client.py", "tests/test_close.py", "tests/test_forward_compat.py",
        "tests/test_faults.py", "tests/test_deadline_socket.py", "tests/test_hal.py", "tests/test_log_hygiene.py",
        "tests/test_log_scrubbing.py", "tests/test_error_reading.py", "tests/test_parse_failures.py",
        "tests/test_gc_pause.py", "tests/test_header_values.py", "tests/test_secrets.py",
        "tests/test_unmatched_links.py", "tests/test_missing_credentials.py", "tests/test_strict_parsing.py",
        "tests/test_bodies.py", "tests/test_parameters.py",
    ),
    "sumvin_sdk/_client.py": (
        "tests/test_close.py", "tests/test_client.py", "tests/test_pages.py", "tests/test_request_options.py",
        "tests/test_pipeline_follow.py", "tests/test_log_lines.py", "tests/test_connection_errors.py",
        "tests/test_credentials.py", "tests/test_credential_getters.py", "tests/test_missing_credentials.py",
        "tests/test_header_values.py", "tests/test_faults.py", "tests/test_forward_compat.py",
        "tests/test_deadline_socket.py", "tests/test_concurrency.py", "tests/test_hal.py", "tests/test_timestamps.py",
        "tests/test_bodies.py", "tests/test_typed_usage.py",
    ),
    "sumvin_sdk/auth.py": (
        "tests/test_auth.py", "tests/test_secrets.py", "tests/test_credentials.py", "tests/test_credential_getters.py",
        "tests/test_missing_credentials.py",
    ),
    "sumvin_sdk/errors.py": (
        "tests/test_errors.py", "tests/test_error_reading.py", "tests/test_faults.py", "tests/test_secrets.py",
        "tests/test_routing.py", "tests/test_hal.py", "tests/test_bodies.py", "tests/test_unmatched_links.py",
        "tests/test_missing_credentials.py", "tests/test_parameters.py",
    ),
    "sumvin_sdk/hal.py": ("tests/test_hal.py", "tests/test_link_resolution.py", "tests/test_pages.py"),
    "sumvin_sdk/_retry.py": ("tests/test_retry_policy.py", "tests/test_faults.py"),
    "sumvin_sdk/_paths.py": ("tests/test_path_segments.py", "tests/test_routing.py"),
    "sumvin_sdk/_depth.py": ("tests/test_depth.py", "tests/test_json_decoding.py"),
    "sumvin_sdk/_logs.py": ("tests/test_log_scrubbing.py", "tests/test_log_hygiene.py", "tests/test_log_switch.py"),
    "sumvin_sdk/cli/_store.py": ("tests/test_cli_store.py",),
    "sumvin_sdk/cli/_display.py": ("tests/test_display.py", "tests/test_cli_output.py"),
    "sumvin_sdk/device.py": ("tests/test_device.py", "tests/test_routing.py"),
    "sumvin_sdk/_steps.py": ("tests/test_flows.py", "tests/test_device.py", "tests/test_signing.py"),
    "sumvin_sdk/scopes.py": ("tests/test_scopes.py",),
    "sumvin_sdk/signing/_typed_data.py": ("tests/test_signing.py",),
    "sumvin_sdk/signing/_coerce.py": ("tests/test_coerce.py", "tests/test_signing.py"),
    "sumvin_sdk/signing/_signers.py": ("tests/test_signing.py",),
    "sumvin_sdk/signing/_ceremonies.py": ("tests/test_signing.py",),
    "sumvin_sdk/signing/_errors.py": ("tests/test_signing.py", "tests/test_coerce.py"),
    "sumvin_sdk/_json.py": ("tests/test_json_decoding.py",),
    "sumvin_sdk/_gc.py": ("tests/test_gc_pause.py",),
    "sumvin_sdk/_extras.py": ("tests/test_install_hints.py",),
    "sumvin_sdk/_log_switch.py": ("tests/test_log_switch.py",),
    "sumvin_sdk/_deadline.py": ("tests/test_deadline_socket.py",),
    "sumvin_sdk/_headers.py": (
        "tests/test_header_values.py", "tests/test_missing_credentials.py", "tests/test_credentials.py",
    ),
    "sumvin_sdk/_params.py": ("tests/test_parameters.py", "tests/test_params_limits.py", "tests/test_routing.py"),
    "sumvin_sdk/_body.py": ("tests/test_bodies.py",),
    "sumvin_sdk/_dict_bodies.py": (
        "tests/test_dict_bodies.py", "tests/test_bodies_contract.py", "tests/test_typed_usage.py",
    ),
    "sumvin_sdk/_deadline_backend.py": ("tests/test_deadline_socket.py",),
    "sumvin_sdk/tables.py": ("tests/test_models.py", "tests/test_typed_usage.py"),
    "sumvin_sdk/models.py": ("tests/test_models.py",),
    "sumvin_sdk/__main__.py": ("tests/test_smoke.py",),
    "sumvin_sdk/flows.py": ("tests/test_flows.py", "tests/test_cli_waits.py"),
    "sumvin_sdk/cli/__init__.py": ("tests/test_cli.py",),
    "sumvin_sdk/cli/_app.py": (
        "tests/test_cli.py", "tests/test_cli_exit_codes.py", "tests/test_cli_store.py",
        "tests/test_cli_timestamps.py", "tests/test_fake_cli_session.py", "tests/test_cli_whoami.py",
        "tests/test_cli_pages.py",
    ),
    "sumvin_sdk/cli/_completion.py": ("tests/test_cli_completion.py",),
    "sumvin_sdk/cli/_contract.py": ("tests/test_cli_help.py", "tests/test_cli.py"),
    "sumvin_sdk/cli/_help.py": ("tests/test_cli_help.py", "tests/test_cli_completion.py", "tests/test_cli.py"),
    "sumvin_sdk/cli/_operations.py": (
        "tests/test_cli.py", "tests/test_cli_formats.py", "tests/test_cli_help.py", "tests/test_cli_exit_codes.py",
        "tests/test_cli_call_arguments.py",
    ),
    "sumvin_sdk/cli/_options.py": ("tests/test_cli_options.py", "tests/test_cli.py", "tests/test_cli_waits.py"),
    "sumvin_sdk/cli/_output.py": (
        "tests/test_cli_formats.py", "tests/test_cli_timestamps.py", "tests/test_cli_output.py",
        "tests/test_cli_exit_codes.py", "tests/test_cli_whoami.py", "tests/test_cli_pages.py",
        "tests/test_fake_cli_session.py",
    ),
    "sumvin_sdk/cli/_waits.py": ("tests/test_cli_waits.py", "tests/test_cli_exit_codes.py"),
    "sumvin_sdk/testing/__main__.py": ("tests/test_testing.py", "tests/test_fake_cli_session.py"),
    "sumvin_sdk/testing/_auth.py": (
        "tests/test_fake_credentials.py", "tests/test_testing.py", "tests/test_fake_contract.py",
        "tests/test_testing_state.py", "tests/test_cli.py",
    ),
    "sumvin_sdk/testing/_call.py": (
        "tests/test_fake_scripting.py", "tests/test_testing.py", "tests/test_fake_contract.py",
        "tests/test_testing_state.py", "tests/test_smoke.py",
    ),
    "sumvin_sdk/testing/_ceremonies.py": (
        "tests/test_fake_ceremonies.py", "tests/test_signing.py", "tests/test_flows.py", "tests/test_testing_state.py",
    ),
    "sumvin_sdk/testing/_clock.py": (
        "tests/test_testing.py", "tests/test_testing_state.py", "tests/test_fake_contract.py",
    ),
    "sumvin_sdk/testing/_contract.py": (
        "tests/test_fake_contract_reading.py", "tests/test_testing.py", "tests/test_fake_contract.py",
        "tests/test_cli_waits.py",
    ),
    "sumvin_sdk/testing/_defaults.py": (
        "tests/test_testing.py", "tests/test_testing_state.py", "tests/test_fake_contract.py",
    ),
    "sumvin_sdk/testing/_fake.py": (
        "tests/test_fake_routing.py", "tests/test_testing.py", "tests/test_testing_state.py", "tests/test_device.py",
        "tests/test_fake_contract.py",
    ),
    "sumvin_sdk/testing/_handlers/cards.py": (
        "tests/test_testing_state.py", "tests/test_fake_contract.py", "tests/test_testing.py",
    ),
    "sumvin_sdk/testing/_handlers/collections.py": (
        "tests/test_fake_collections.py", "tests/test_fake_filters.py", "tests/test_testing.py",
        "tests/test_testing_state.py", "tests/test_typed_usage.py", "tests/test_fake_contract.py",
    ),
    "sumvin_sdk/testing/_handlers/intents.py": ("tests/test_testing_state.py", "tests/test_fake_contract.py"),
    "sumvin_sdk/testing/_handlers/kyc.py": (
        "tests/test_testing_state.py", "tests/test_fake_contract.py", "tests/test_cli_waits.py",
        "tests/test_flows.py",
    ),
    "sumvin_sdk/testing/_handlers/money.py": (
        "tests/test_fake_filters.py", "tests/test_testing_state.py", "tests/test_testing.py",
    ),
    "sumvin_sdk/testing/_handlers/pints.py": (
        "tests/test_fake_pints.py", "tests/test_testing_state.py", "tests/test_signing.py",
        "tests/test_fake_contract.py",
    ),
    "sumvin_sdk/testing/_handlers/sign_in.py": (
        "tests/test_fake_sign_in.py", "tests/test_testing.py", "tests/test_device.py", "tests/test_testing_state.py",
        "tests/test_fake_contract.py",
    ),
    "sumvin_sdk/testing/_handlers/users.py": (
        "tests/test_testing.py", "tests/test_testing_state.py", "tests/test_cli.py", "tests/test_fake_contract.py",
    ),
    "sumvin_sdk/testing/_handlers/wallets.py": ("tests/test_testing.py", "tests/test_typed_usage.py"),
    "sumvin_sdk/testing/_samples.py": (
        "tests/test_fake_samples.py", "tests/test_testing_state.py", "tests/test_fake_contract.py",
        "tests/test_params_limits.py", "tests/test_cli_waits.py",
    ),
    "sumvin_sdk/testing/_schemas.py": (
        "tests/test_fake_checker.py", "tests/test_testing.py", "tests/test_testing_state.py",
        "tests/test_fake_contract.py", "tests/test_params_limits.py",
    ),
    "sumvin_sdk/testing/_seed.py": (
        "tests/test_seed.py", "tests/test_testing.py", "tests/test_testing_state.py", "tests/test_cli_waits.py",
    ),
    "sumvin_sdk/testing/_server.py": ("tests/test_fake_server.py", "tests/test_testing.py", "tests/test_smoke.py"),
    "sumvin_sdk/testing/_shaping.py": (
        "tests/test_fake_scripting.py", "tests/test_testing.py", "tests/test_flows.py", "tests/test_smoke.py",
    ),
    "sumvin_sdk/testing/_state.py": ("tests/test_testing_state.py", "tests/test_flows.py", "tests/test_cli_waits.py"),
    "sumvin_sdk/testing/_validation.py": (
        "tests/test_fake_validation.py", "tests/test_testing.py", "tests/test_fake_contract.py",
        "tests/test_testing_state.py",
    ),
    "sumvin_sdk/testing/pytest_plugin.py": ("tests/test_pytest_plugin.py", "tests/test_testing.py"),
}  # fmt: skip
"""Each module the full run covers, with the test files that exercise it."""

FRESH = frozenset({"sumvin_sdk/testing/_contract.py", "sumvin_sdk/testing/_auth.py"})
"""Modules whose functions also run once, at import or behind a cache: the contract read from ``openapi.yaml``, a
table of handlers built by calling a factory. mutmut forks each mutant's tests from a process that has imported
the tree already, so such a mutant would never run and would survive whatever the tests check. For these, each
mutant's tests run in a process that imports the project afresh with the mutant in place (a fork server that has
loaded only the third-party packages in ``PRELOADED``): slower, and each mutated function really runs. It still
runs only against the tests mutmut saw calling that function in its one-process stats run, which credits a cached
function to the first test that filled the cache: such code is killed by tests that build their own copy (a new
``Contract``, a checker made by calling its factory), as ``tests/test_fake_contract_reading.py`` does."""

PRELOADED = ("httpx", "httpcore", "anyio", "attrs", "click", "rich.console", "jsonschema", "yaml", "hypothesis")
"""What the fork server imports once for ``FRESH`` modules: packages outside the project, which no mutant changes."""


def source_commit() -> str:
    """The commit of the tree being mutated, ``-dirty`` if its tracked files other than the figures have changes
    (a run's own figures, written before the next run starts, change nothing that is mutated or tested)."""
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    unchanged = ["git", "diff", "--quiet", "HEAD", "--", ".", ":(exclude)docs/_figures"]
    dirty = subprocess.run(unchanged, cwd=ROOT, check=False).returncode != 0
    return head.stdout.strip() + ("-dirty" if dirty else "")


def configured(pyproject: str, module: str, tests: tuple[str, ...]) -> str:
    """``pyproject`` with its ``[tool.mutmut]`` mutating ``module`` only, against ``tests`` only."""
    head, sep, rest = pyproject.partition("[tool.mutmut]\n")
    if not sep:
        raise SystemExit("pyproject.toml has no [tool.mutmut] table")
    tail = re.search(r"^\[", rest, re.MULTILINE)
    table = "\n".join(
        [
            'source_paths = ["sumvin_sdk"]',
            f'only_mutate = ["{module}"]',
            'also_copy = ["openapi.yaml", "codegen", "README.md", "docs"]',
            'pytest_add_cli_args = ["-p", "no:cacheprovider", "-p", "tests.mutation_order", "-q"]',
            f"pytest_add_cli_args_test_selection = [{', '.join(repr(t).replace(chr(39), chr(34)) for t in tests)}]",
        ]
    )
    return head + sep + table + "\n\n" + (rest[tail.start() :] if tail else "")


def prepared(scratch: Path, module: str, *, fresh: bool = False) -> Path:
    """A copy of the tree in ``scratch`` whose ``pyproject.toml`` mutates ``module`` against its test files, each
    mutant in a freshly importing process when the module is in ``FRESH`` or ``fresh`` says so."""
    tree = scratch / "tree"
    shutil.copytree(ROOT, tree, ignore=SKIP, symlinks=True)
    (scratch / "shared").symlink_to((ROOT.parent / "shared").resolve())
    pyproject = tree / "pyproject.toml"
    table = configured(pyproject.read_text(encoding="utf-8"), module, MODULES[module])
    if fresh or module in FRESH:
        preload = tree / "mutation-preload.txt"
        preload.write_text("\n".join(PRELOADED) + "\n", encoding="utf-8")
        table = table.replace(
            "[tool.mutmut]\n",
            '[tool.mutmut]\nprocess_isolation = "forkserver"\nforkserver_warmup = "import"\n'
            f"preload_modules_file = {json.dumps(str(preload))}\n",
            1,
        )
    pyproject.write_text(table, encoding="utf-8")
    return tree


def mutants_made(module: str) -> int:
    """How many mutants mutmut makes of ``module``: none of a decorated function, nor of an f-string."""
    from mutmut.mutation.file_mutation import mutate_file_contents

    return len(mutate_file_contents(module, (ROOT / module).read_text(encoding="utf-8")).mutant_names)


def record_unmutated(module: str, commit: str) -> None:
    """Record ``module`` as run with no mutant (mutmut itself stops early on such a module, recording nothing)."""
    run = json.loads(mutation_report.RUN.read_text(encoding="utf-8"))
    run[module] = {
        "mutants": 0,
        "killed": 0,
        "survivors": [],
        "commit": commit,
        "date": datetime.date.today().isoformat(),
        "mutmut": importlib.metadata.version("mutmut"),
        "source hash": source_hash(module),
    }
    mutation_report.RUN.write_text(json.dumps(run, indent=1, sort_keys=True, ensure_ascii=False) + "\n", "utf-8")


def run(module: str) -> bool:
    """Mutate ``module`` in a scratch copy; whether all its mutants were checked and recorded."""
    tests = MODULES[module]
    commit = source_commit()
    if not mutants_made(module):
        record_unmutated(module, commit)
        print(f"== {module}: mutmut makes no mutant of it\nrecorded: {module} (no mutant)")
        return True
    with tempfile.TemporaryDirectory() as scratch:
        tree = prepared(Path(scratch), module)
        print(f"== {module}: mutmut over {' '.join(tests)}", flush=True)
        order = os.environ | {mutation_order.ORDER: " ".join(tests)}  # the module's own tests first
        subprocess.run([sys.executable, "-m", "mutmut", "run", "--max-children", "1"], cwd=tree, env=order, check=False)
        taken = mutation_report.snapshot(commit, tree, {module: source_hash(module)})
    print(f"recorded: {', '.join(taken) or 'nothing (unchecked mutants left)'}")
    return module in taken


def recheck(module: str) -> bool:
    """Rerun only the open survivors of ``module``'s recorded run, against its test files now, in a scratch copy,
    each in a freshly importing process (so a survivor that only forking kept alive is caught too).

    Only while the module's text is the one that run mutated (the same source hash, so the same mutants): a
    survivor some test now fails under moves to the killed, the others stay, and the entry notes the commit
    and date of the recheck under ``rechecked``. Whether the module was rechecked and recorded.
    """
    run = json.loads(mutation_report.RUN.read_text(encoding="utf-8"))
    entry = run.get(module)
    if entry is None or entry.get("source hash") != source_hash(module):
        print(f"{module}: its text changed since its recorded run (or it has none): run it whole")
        return False
    names = [s["mutant"] for s in entry["survivors"] if mutation_report.reason_for(s) is None]
    if not names:
        print(f"{module}: no open survivor to recheck")
        return True
    commit = source_commit()
    with tempfile.TemporaryDirectory() as scratch:
        tree = prepared(Path(scratch), module, fresh=True)
        print(f"== {module}: rechecking {len(names)} open survivors", flush=True)
        order = os.environ | {mutation_order.ORDER: " ".join(MODULES[module])}
        command = [sys.executable, "-m", "mutmut", "run", "--max-children", "1", *names]
        subprocess.run(command, cwd=tree, env=order, check=False)
        found = mutation_report.results(tree)
    verdicts = {name: mutation_report.verdict(found[name][1]) if name in found else "not checked" for name in names}
    if "not checked" in verdicts.values():
        print(f"{module}: not every survivor was rechecked; nothing recorded")
        return False
    killed = {name for name, verdict in verdicts.items() if verdict == "killed"}
    entry["survivors"] = [s for s in entry["survivors"] if s["mutant"] not in killed]
    entry["killed"] += len(killed)
    entry["rechecked"] = {"commit": commit, "date": datetime.date.today().isoformat(), "killed": len(killed)}
    mutation_report.RUN.write_text(json.dumps(run, indent=1, sort_keys=True, ensure_ascii=False) + "\n", "utf-8")
    print(f"{module}: {len(killed)} of {len(names)} open survivors now killed")
    return True


def source_hash(module: str) -> str:
    """The git blob hash of ``module``'s text now, so a later reader can tell whether it changed since."""
    found = subprocess.run(["git", "hash-object", module], cwd=ROOT, capture_output=True, text=True, check=True)
    return found.stdout.strip()[:12]


def main(argv: list[str]) -> int:
    if "--list" in argv or not argv:
        for module in mutation_report.hand_written():
            missing = "(not in the run)" if mutation_report.has_functions(module) else "(nothing to mutate)"
            print(f"{module}: {' '.join(MODULES.get(module, (missing,)))}")
        return 0
    unknown = [m for m in argv if m not in MODULES and m != "--recheck"]
    if unknown:
        print(f"not configured in tests/mutation_run.py: {', '.join(unknown)}")
        return 2
    modules = [m for m in argv if m != "--recheck"]
    failed = [m for m in modules if not (recheck(m) if "--recheck" in argv else run(m))]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
