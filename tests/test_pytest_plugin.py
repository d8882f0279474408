"""The pytest plugin's fixtures as a user's test meets them: a clock that moves only when told, a fake on that
clock that fails the test it served when an override went unused or it failed answering, and a client of it
signed in as ``user-1`` whose retries wait on the clock, without jitter."""

from __future__ import annotations

import email.utils

import pytest

from sumvin_sdk import Sumvin
from sumvin_sdk.testing import FakeSumvin
from sumvin_sdk.testing._clock import START, FrozenClock
from sumvin_sdk.testing.pytest_plugin import _checked_fake, _frozen_clock, _signed_in_client


def test_the_clock_starts_frozen_at_its_start_and_moves_only_when_told(sumvin_clock: FrozenClock) -> None:
    assert sumvin_clock() == sumvin_clock() == START and sumvin_clock.slept == []
    sumvin_clock.advance(5)
    sumvin_clock.sleep(2)
    assert sumvin_clock() == START + 7 and sumvin_clock.slept == [2]
    assert _frozen_clock() == FrozenClock(), "each test gets a fresh clock"


def test_the_fake_keeps_time_and_waits_on_the_plugin_clock(
    sumvin_fake: FakeSumvin, sumvin_client: Sumvin, sumvin_clock: FrozenClock
) -> None:
    assert sumvin_client.user.get_user_account().user.created_at.timestamp() == START
    sumvin_fake.inject("getUserAccount", delay=0.25)
    sumvin_client.user.get_user_account()
    assert sumvin_clock.slept == [0.25] and sumvin_clock() == START + 0.25


def test_the_client_is_user_1_already_created(sumvin_client: Sumvin, sumvin_fake: FakeSumvin) -> None:
    me = sumvin_client.user.get_user_account().user
    assert me.auth_provider_id == "user-1"
    assert [call.response.status_code for call in sumvin_fake.calls() if call.response] == [200]


def test_the_client_backs_off_without_jitter_on_the_plugin_clock(
    sumvin_fake: FakeSumvin, sumvin_client: Sumvin, sumvin_clock: FrozenClock
) -> None:
    sumvin_fake.inject("getUserAccount", status=503, times=2)
    sumvin_client.user.get_user_account()
    assert sumvin_clock.slept == [0.5, 1.0], "the policy's backoff in full: no jitter taken off"


def test_the_client_reads_a_retry_after_date_on_the_plugin_clock(
    sumvin_fake: FakeSumvin, sumvin_client: Sumvin, sumvin_clock: FrozenClock
) -> None:
    later = email.utils.formatdate(sumvin_clock() + 30, usegmt=True)
    sumvin_fake.inject("getUserAccount", status=503, retry_after=later)
    sumvin_client.user.get_user_account()
    assert sumvin_clock.slept == [30.0]


def test_the_client_is_closed_when_its_test_ends() -> None:
    clock = FrozenClock()
    fake = FakeSumvin(clock=clock)
    fixture = _signed_in_client(fake, clock)
    client = next(fixture)
    with pytest.raises(StopIteration):
        next(fixture)
    assert client._http.is_closed


def test_a_fake_with_an_override_left_unused_fails_its_test() -> None:
    fixture = _checked_fake(FrozenClock())
    next(fixture).inject("getUserAccount", status=503)
    with pytest.raises(AssertionError, match="getUserAccount"):
        next(fixture)


def test_a_fake_that_failed_answering_fails_its_test_saying_how() -> None:
    fixture = _checked_fake(FrozenClock())
    next(fixture).errors.extend(["first failure", "second failure"])
    with pytest.raises(AssertionError) as failed:
        next(fixture)
    said = [line.strip() for line in str(failed.value).splitlines()]  # (pytest may indent the lines after the first)
    assert said[:3] == ["the fake failed answering:", "first failure", "second failure"]


def test_a_fake_whose_overrides_were_all_used_and_that_never_failed_passes() -> None:
    clock = FrozenClock()
    fixture = _checked_fake(clock)
    fake = next(fixture)
    assert fake.clock is clock
    with pytest.raises(StopIteration):
        next(fixture)
