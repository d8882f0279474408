"""Import cost of the SDK against ``import httpx, attrs``, as whole fresh processes in the same run.

    python -m benchmarks.import_time [--runs 21]

Each command runs ``--runs`` times, interleaved with its baseline so drift in the machine's load hits
both alike; the table shows medians and the ratio to the baseline (target: <= 1.5x).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

BASELINE = "import httpx, attrs"
CASES = {
    "package + one operation": (
        "import sumvin_sdk; from sumvin_sdk._generated.api.user import get_user_account; get_user_account.sync_detailed"
    ),
    "package + every model (for scale)": (
        "import sumvin_sdk._generated.models as m; [getattr(m, name) for name in m.__all__]"
    ),
}
TARGET = 1.5


# Bytecode is cached as an installed package's would be; the warm-up run writes it.
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def _seconds(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=ENV)
    return time.perf_counter() - start


def measure(runs: int) -> dict[str, list[float]]:
    """Wall time of each command in fresh interpreters, interleaved."""
    commands = {"baseline: " + BASELINE: BASELINE, **CASES}
    times: dict[str, list[float]] = {name: [] for name in commands}
    for code in commands.values():  # warm the file cache and the bytecode once
        _seconds(code)
    for _ in range(runs):
        for name, code in commands.items():
            times[name].append(_seconds(code))
    return times


def main() -> int:
    """Print the table; exit 1 if the package-and-one-operation case misses its target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    times = measure(args.runs)
    base = statistics.median(next(iter(times.values())))
    print(f"{'command':42} {'median ms':>10} {'ratio':>7}")
    for name, samples in times.items():
        median = statistics.median(samples)
        print(f"{name:42} {median * 1000:10.1f} {median / base:6.2f}x")
    ratio = statistics.median(times["package + one operation"]) / base
    print(f"package + one operation: {ratio:.2f}x the baseline (target <= {TARGET}x)")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
