"""Cyclic garbage collection paused while a big response body is parsed.

Parsing a list of thousands of items allocates hundreds of thousands of containers (dicts, lists, models),
so CPython's cyclic collector would run hundreds of times during one parse, each older-generation pass over
a heap that keeps growing, and find nothing: parsed bodies hold no reference cycles. Reference counting
still frees everything as usual while the collector is paused.

The pause is shared by threads: a counter under a lock. The first parse to start records whether the
collector was enabled and disables it; the last one to finish re-enables it if it was. Exceptions end a
pause like a return does. Not covered: a program that calls ``gc.enable()`` or ``gc.disable()`` itself
while the SDK is parsing a big body; its call is undone (or redone) when the last parse ends.
"""

from __future__ import annotations

import gc
import threading

BIG_BODY = 64 * 1024  # bytes: bodies from this size on are parsed with the collector paused

_lock = threading.Lock()
_pauses = 0
_was_enabled = False


class collector_paused:
    """Run the block with the cyclic collector paused (see the module's notes on threads).

    A class rather than a generator, so the mutation run (which leaves decorated functions alone) mutates it."""

    __slots__ = ()

    def __enter__(self) -> None:
        global _pauses, _was_enabled
        with _lock:
            if _pauses == 0:
                _was_enabled = gc.isenabled()
                gc.disable()
            _pauses += 1

    def __exit__(self, *exc: object) -> None:
        global _pauses
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()
