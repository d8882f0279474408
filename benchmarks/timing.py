"""Interleaved timing: every contender runs in every round, in a rotated order, so load drift hits all alike.

A figure is the median over rounds of each round's ratio ``contender / baseline``: on a shared 2-core machine
absolute times move with the other processes, ratios measured side by side much less.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Mapping
from typing import Any

import attrs


@attrs.frozen
class Figure:
    """One row of the table: seconds (or bytes) per contender, and each contender's ratio to the baseline."""

    name: str
    baseline: str
    unit: str  # "s" per call, or "B" per item
    values: dict[str, float]  # the median per contender
    ratios: dict[str, float]  # the median per-round ratio to the baseline
    targets: dict[str, float] = attrs.field(factory=dict)  # contender -> the ratio the issue sets for it

    def met(self) -> dict[str, bool]:
        """Whether each contender with a target meets it."""
        return {name: self.ratios[name] <= target for name, target in self.targets.items()}

    def as_json(self) -> dict[str, Any]:
        """The figure as stored in ``results.json``."""
        return attrs.asdict(self) | {"met": self.met()}


def rounds(contenders: Mapping[str, Callable[[], object]], *, rounds: int, repeat: int) -> dict[str, list[float]]:
    """Seconds per call of each contender, one sample per round (the mean of ``repeat`` calls)."""
    names = list(contenders)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for name in names:  # warm up: caches, lazy imports, connection pools
        contenders[name]()
    for index in range(rounds):
        for name in names[index % len(names) :] + names[: index % len(names)]:
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
    """The figure of ``samples`` (per-round values of contenders that ran side by side)."""
    ratios = {
        contender: statistics.median(v / b for v, b in zip(values, samples[baseline], strict=True))
        for contender, values in samples.items()
    }
    values = {contender: statistics.median(values) for contender, values in samples.items()}
    return Figure(name, baseline, unit, values, ratios, targets or {})
