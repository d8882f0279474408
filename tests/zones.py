"""The process's local time zone, set for a test: POSIX ``TZ`` strings, so no zone database is needed."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator


@contextlib.contextmanager
def local_zone(zone: str, *, offset: int) -> Iterator[None]:
    """Local time is ``zone`` (``offset`` seconds east of UTC, checked to be in force) inside the block."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = zone
    time.tzset()
    try:
        assert time.localtime(0).tm_gmtoff == offset, f"the zone {zone} did not take effect"
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()
