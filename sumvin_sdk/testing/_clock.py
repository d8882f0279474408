"""A frozen clock that tests step by hand, and whose ``sleep`` steps it instead of waiting."""

from __future__ import annotations

import attrs

START = 1_750_000_000.0  # 2025-06-15T15:06:40Z


@attrs.define
class FrozenClock:
    """``clock()`` is the time (epoch seconds); ``advance(s)`` and ``sleep(s)`` move it; ``slept`` lists sleeps."""

    now: float = START
    slept: list[float] = attrs.field(factory=list)

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Move the clock forward."""
        self.now += seconds

    def sleep(self, seconds: float) -> None:
        """Sleep without waiting: note it, and move the clock."""
        self.slept.append(seconds)
        self.now += seconds
