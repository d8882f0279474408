"""Pytest fixtures for code that calls Sumvin, registered by the ``sumvin_sdk`` ``pytest11`` entry point:

* ``sumvin_clock``: a ``FrozenClock`` (steppable; its ``sleep`` moves it instead of waiting);
* ``sumvin_fake``: a ``FakeSumvin`` on that clock, checked at the end of the test with
  ``assert_overrides_used()`` and for internal failures (``fake.errors``);
* ``sumvin_client``: a ``Sumvin`` bound to it, signed in as ``user-1`` (created), retrying on the frozen clock.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sumvin_sdk import RetryPolicy, Sumvin
from sumvin_sdk.testing._clock import FrozenClock
from sumvin_sdk.testing._fake import FakeSumvin


def _frozen_clock() -> FrozenClock:
    """A frozen clock, stepped with ``advance()``."""
    return FrozenClock()


def _checked_fake(sumvin_clock: FrozenClock) -> Iterator[FakeSumvin]:
    """A fresh fake on the frozen clock; fails the test if an override went unused or the fake failed."""
    fake = FakeSumvin(clock=sumvin_clock, sleep=sumvin_clock.sleep)
    yield fake
    fake.assert_overrides_used()
    assert not fake.errors, "the fake failed answering:\n" + "\n".join(fake.errors)


def _signed_in_client(sumvin_fake: FakeSumvin, sumvin_clock: FrozenClock) -> Iterator[Sumvin]:
    """A client of the fake for ``user-1`` (already created), whose retries wait on the frozen clock."""
    sumvin_fake.seed.user("user-1")
    policy = RetryPolicy(sleep=sumvin_clock.sleep, clock=sumvin_clock, random=lambda: 0.0)
    with Sumvin(jwt=sumvin_fake.jwt("user-1"), transport=sumvin_fake.transport(), retry_policy=policy) as client:
        yield client


# Registered from plain functions: tests call their code directly, and mutation testing reaches it (it skips
# decorated functions).
sumvin_clock = pytest.fixture(_frozen_clock, name="sumvin_clock")
sumvin_fake = pytest.fixture(_checked_fake, name="sumvin_fake")
sumvin_client = pytest.fixture(_signed_in_client, name="sumvin_client")
