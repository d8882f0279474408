"""``python -m tests.mutation_sample``: the small fixed sample of mutants ``.ci/run`` checks on every run.

Each mutant is a change an outside review made by hand and found surviving a green suite. Here each is
applied to a copy of the tree, and the tests named for the behaviour it breaks must fail there. A mutant
whose code is no longer where the sample expects it fails the check too, so the sample cannot silently go
stale. The full mutation run (``mutmut run``) is documented in ``docs/reliability.md``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parent.parent
SKIP = shutil.ignore_patterns(".git", "mutants", "node_modules", "site", "dist", "build", "__pycache__", ".*cache")


@attrs.frozen
class Mutant:
    """``before`` replaced by ``after`` in ``path``; ``tests`` must then fail."""

    name: str
    path: str
    before: str
    after: str
    tests: tuple[str, ...]


SAMPLE = (
    Mutant(
        "Sumvin.close() does nothing",
        "sumvin_sdk/_client.py",
        "        if self._owns_http:\n            self._http.close()",
        "        pass",
        ("tests/test_close.py",),
    ),
    Mutant(
        "AsyncSumvin.aclose() does nothing",
        "sumvin_sdk/_client.py",
        "        if self._owns_http:\n            await self._http.aclose()",
        "        pass",
        ("tests/test_close.py",),
    ),
    Mutant(
        "a follow carries no Idempotency-Key",
        "sumvin_sdk/_pipeline.py",
        "merged = _keyed(operation, self._headers | {k.lower(): v for k, v in (headers or {}).items()})",
        "merged = self._headers | {k.lower(): v for k, v in (headers or {}).items()}",
        ("tests/test_follow_idempotency.py",),
    ),
    Mutant(
        "a naive ISO 8601 timestamp is read as local time",
        "sumvin_sdk/_generated/types.py",
        "return parsed.replace(tzinfo=datetime.UTC) if parsed.tzinfo is None else parsed.astimezone(datetime.UTC)",
        "return parsed.astimezone(datetime.UTC)",
        ("tests/test_timestamps.py",),
    ),
    Mutant(
        "a 429 doubles the device-flow interval instead of adding 5 s",
        "sumvin_sdk/device.py",
        "longer = interval + SLOW_DOWN_SECONDS",
        "longer = interval * 2",
        ("tests/test_device.py",),
    ),
    Mutant(
        "an existing token file something else left readable is not narrowed back to 0600",
        "sumvin_sdk/cli/_store.py",
        "                os.chmod(self.path, stat.S_IRUSR | stat.S_IWUSR)",
        "                pass",
        (
            "tests/test_cli_store.py::test_an_existing_wider_folder_and_file_are_narrowed",
            "tests/test_cli_store.py::test_whoami_narrows_a_0644_credentials_file",
        ),
    ),
)


def check(mutant: Mutant, tree: Path) -> str | None:
    """Why ``mutant`` is not killed in ``tree`` (a fresh copy), or ``None`` if its tests fail as they must."""
    target = tree / mutant.path
    original = target.read_text(encoding="utf-8")
    if original.count(mutant.before) != 1:
        return f"its code is no longer in {mutant.path} exactly once: update tests/mutation_sample.py"
    target.write_text(original.replace(mutant.before, mutant.after), encoding="utf-8")
    try:
        command = [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *mutant.tests]
        result = subprocess.run(command, cwd=tree, capture_output=True, text=True, check=False)
    finally:
        target.write_text(original, encoding="utf-8")
    if result.returncode == 0:
        return f"survived: {' '.join(mutant.tests)} still pass"
    if result.returncode != 1:
        return (
            f"the tests did not run (pytest exit {result.returncode}):\n{result.stdout[-2000:]}{result.stderr[-2000:]}"
        )
    return None


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch:
        tree = Path(scratch) / "tree"
        shutil.copytree(ROOT, tree, ignore=SKIP, symlinks=True)
        (Path(scratch) / "shared").symlink_to((ROOT.parent / "shared").resolve())
        probe = [sys.executable, "-c", "import sumvin_sdk; print(sumvin_sdk.__file__)"]
        found = subprocess.run(probe, cwd=tree, capture_output=True, text=True, check=True).stdout.strip()
        if not Path(found).is_relative_to(tree):
            print(f"the copy's tests would import {found}, not the copy")
            return 1
        failures = 0
        for mutant in SAMPLE:
            why = check(mutant, tree)
            print(f"{'killed' if why is None else 'NOT KILLED'}: {mutant.name}" + (f" ({why})" if why else ""))
            failures += why is not None
    print(f"mutation sample: {len(SAMPLE) - failures}/{len(SAMPLE)} mutants killed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
