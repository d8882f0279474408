"""``python -m benchmarks``: every figure of the project, each a ratio against its baseline in the same run.

The anchors (``benchmarks.anchors``) are generated from the reference into a temporary folder first. The
figures go to ``benchmarks/results.json`` with the machine and the date, and the tables in ``README.md`` and
``benchmarks/README.md`` are rendered from that file (``--render`` re-renders them without measuring).
``--quick`` runs one cycle of rounds (for a look, not for the record).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import anchors, bodies, call_overhead, decode, import_time, results, typed_list
from benchmarks.timing import Figure


def measure(*, quick: bool) -> list[Figure]:
    """Every figure, anchors included."""
    cycles = 1 if quick else 3  # full rotations of the contenders (see ``benchmarks.timing``)
    with tempfile.TemporaryDirectory(prefix="sumvin-bench-") as tmp:
        folder = Path(tmp)
        print("generating the anchors ...", file=sys.stderr)
        anchors.generate(folder)
        loaded = anchors.load(folder)
        figures: list[Figure] = []
        print("sync and async calls on loopback ...", file=sys.stderr)
        with call_overhead.server() as base:
            figures.append(call_overhead.sync(base, loaded, cycles=cycles))
            # short rounds, many cycles: a call costs ~25 ms here, nearly all of it httpcore's pool
            figures += call_overhead.concurrent(base, calls=300, cycles=3 * cycles)
        print("decoding ...", file=sys.stderr)
        figures += decode.measure(loaded, items=5000, cycles=min(cycles, 2))
        print("typed lists end to end ...", file=sys.stderr)
        figures += typed_list.measure(loaded, items=5000, cycles=min(cycles, 2))
        print("memory ...", file=sys.stderr)
        figures += decode.memory(loaded, items=5000)
        print("imports ...", file=sys.stderr)
        figures += import_time.measure(folder, loaded, bodies.user(), cycles=cycles)
    return figures


def main() -> int:
    """Measure (or with ``--render`` only re-render), write the results and the tables, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--render", action="store_true", help="re-render the tables from results.json")
    parser.add_argument("--quick", action="store_true", help="fewer rounds; results.json is left alone")
    args = parser.parse_args()
    if args.render:
        stored = results.load()
    else:
        started = time.perf_counter()
        figures = measure(quick=args.quick)
        stored = results.record(figures, time.perf_counter() - started)
        if not args.quick:
            results.save(stored)
    if not args.quick:
        results.render_readmes(stored)
    print(results.table(stored))
    return 0


if __name__ == "__main__":
    sys.exit(main())
