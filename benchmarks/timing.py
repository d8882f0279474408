"""Interleaved timing: every contender runs in every round, in an order rotated round by round, so load drift hits
all alike.

Rounds come in cycles: a cycle is one full rotation, in which every contender runs once in every position, so no
contender always runs right after the baseline (or right after itself). A figure is computed per cycle, one
statistic for both of its numbers: each contender's mean over the cycle, and that mean over the baseline's; the
figure's value and ratio are the medians of those over the cycles, and its spread the lowest and highest of those
per-cycle ratios, so that a table shows how far its own ratios move. On a shared 2-core machine absolute times move
with the other processes, ratios measured side by side much less.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import attrs

STATISTIC = (
    "the median over rotation cycles, in each of which every contender ran once in every position, of each "
    "contender's mean over the baseline's; in brackets, the lowest and highest of those per-cycle ratios"
)
"""How a figure is computed from its samples, as the tables say it."""


@attrs.frozen
class Figure:
    """One row of the table: seconds (or bytes) per contender, and each contender's ratio to the baseline."""

    name: str
    baseline: str
    unit: str  # "s" per call, "B" per item, or "n": a count per call
    values: dict[str, float]  # the median over cycles of each contender's mean
    ratios: dict[str, float]  # the median over cycles of each contender's mean over the baseline's
    targets: dict[str, float] = attrs.field(factory=dict)  # contender -> the ratio the issue sets for it
    spread: dict[str, tuple[float, float]] = attrs.field(factory=dict)  # the lowest and highest per-cycle ratio

    def met(self) -> dict[str, bool]:
        """Whether each contender with a target meets it."""
        return {name: self.ratios[name] <= target for name, target in self.targets.items()}

    def as_json(self) -> dict[str, Any]:
        """The figure as stored in ``results.json``."""
        return attrs.asdict(self) | {"met": self.met()}


def orders(names: Sequence[str], cycles: int) -> Iterator[list[str]]:
    """The order of each round: ``cycles`` full rotations of ``names``."""
    for index in range(cycles * len(names)):
        shift = index % len(names)
        yield [*names[shift:], *names[:shift]]


def rounds(contenders: Mapping[str, Callable[[], object]], *, cycles: int, repeat: int) -> dict[str, list[float]]:
    """Seconds per call of each contender, one sample per round (the mean of ``repeat`` calls)."""
    names = list(contenders)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for name in names:  # warm up: caches, lazy imports, connection pools
        contenders[name]()
    for order in orders(names, cycles):
        for name in order:
            call = contenders[name]
            start = time.perf_counter()
            for _ in range(repeat):
                call()
            samples[name].append((time.perf_counter() - start) / repeat)
    return samples


def figure(
    name: str,
    samples: Mapping[str, list[float]],
    baseline: str,
    *,
    unit: str = "s",
    targets: dict[str, float] | None = None,
) -> Figure:
    """The figure of ``samples``: per-round values of contenders that ran side by side, in the rounds of ``orders``."""
    size = len(samples)
    means = {
        contender: [statistics.fmean(values[start : start + size]) for start in range(0, len(values), size)]
        for contender, values in samples.items()
    }
    per_cycle = {
        contender: [m / b for m, b in zip(cycle_means, means[baseline], strict=True)]
        for contender, cycle_means in means.items()
    }
    ratios = {contender: statistics.median(cycle_ratios) for contender, cycle_ratios in per_cycle.items()}
    spread = {contender: (min(cycle_ratios), max(cycle_ratios)) for contender, cycle_ratios in per_cycle.items()}
    values = {contender: statistics.median(cycle_means) for contender, cycle_means in means.items()}
    return Figure(name, baseline, unit, values, ratios, targets or {}, spread)
