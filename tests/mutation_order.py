"""A pytest plugin for the mutation run (``-p tests.mutation_order``): a mutant's tests run in a useful order.

mutmut runs the tests that reach a mutated function with ``-x``, in no particular order, so a killed
mutant costs every test that happened to run before the first one that fails. This plugin orders them by
the test files named in ``MUTATION_TEST_FILES`` (the module's own tests first, as ``tests/mutation_run.py``
lists them), then by the time each took in mutmut's first run, fastest first. Which tests run is unchanged.
"""

from __future__ import annotations

import os
import sys

import pytest

ORDER = "MUTATION_TEST_FILES"
"""The environment variable naming the test files, most focused first, separated by spaces."""


def durations() -> dict[str, float]:
    """How long each test took in mutmut's first run, by node id (empty outside mutmut)."""
    try:
        from mutmut.state import state
    except ImportError:
        return {}
    return dict(state().duration_by_test)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: index for index, name in enumerate(os.environ.get(ORDER, "").split())}
    took = durations()
    items.sort(key=lambda item: (rank.get(item.nodeid.partition("::")[0], len(rank)), took.get(item.nodeid, 0.0)))


def pytest_configure(config: pytest.Config) -> None:
    """mutmut calls every function of the mutated module through a trampoline, two frames more per call: a body
    nesting ``MAX_DEPTH`` levels, walked a frame a level, would pass Python's default recursion limit there only."""
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 4000))
