"""Import cost of the SDK against ``import httpx, attrs``, as whole fresh processes in the same run.

    python -m benchmarks.import_time [--runs 21]

Each command runs ``--runs`` times, interleaved with its baseline so drift in the machine's load hits
both alike; the table shows medians and each SDK command's ratio to its baseline (target for importing
the package and one operation: <= 1.5x ``import httpx, attrs``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

# (name, SDK command, baseline command): each SDK figure is a ratio against its own baseline.
CASES = [
    (
        "import the package + one operation",
        "import sumvin_sdk, sumvin_sdk._generated.api.user.get_user_account",
        "import httpx, attrs",
    ),
    (
        "... + build a client and reach the operation",
        "import sumvin_sdk, sumvin_sdk._generated.api.user.get_user_account; sumvin_sdk.Sumvin(jwt='x').user",
        "import httpx, attrs; httpx.Client()",
    ),
    (
        "every model loaded (for scale)",
        "import sumvin_sdk._generated.models as m; [getattr(m, name) for name in m.__all__]",
        "import httpx, attrs",
    ),
]
TARGET = 1.5  # for the first case

# Bytecode is cached as an installed package's would be; the warm-up run writes it.
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def _seconds(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=ENV)
    return time.perf_counter() - start


def measure(runs: int) -> dict[str, list[float]]:
    """Wall time of each distinct command in fresh interpreters, interleaved."""
    commands = sorted({code for _, sdk, base in CASES for code in (sdk, base)})
    times: dict[str, list[float]] = {code: [] for code in commands}
    for code in commands:  # warm the file cache and the bytecode once
        _seconds(code)
    for _ in range(runs):
        for code in commands:
            times[code].append(_seconds(code))
    return times


def main() -> int:
    """Print the table; exit 1 if importing the package and one operation misses its target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    times = {code: statistics.median(samples) for code, samples in measure(args.runs).items()}
    print(f"{'case':46} {'SDK ms':>8} {'baseline ms':>12} {'ratio':>7}")
    ratios = []
    for name, sdk, base in CASES:
        ratios.append(times[sdk] / times[base])
        print(f"{name:46} {times[sdk] * 1000:8.1f} {times[base] * 1000:12.1f} {ratios[-1]:6.2f}x")
    print(f"import the package + one operation: {ratios[0]:.2f}x `{CASES[0][2]}` (target <= {TARGET}x)")
    return 0 if ratios[0] <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
