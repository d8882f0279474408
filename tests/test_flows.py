"""The pollers on an injected clock against the ceremonies' fake: outcomes, pacing, tolerance, cancellation."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from sumvin_sdk import AsyncSumvin, Sumvin
from sumvin_sdk.errors import AuthenticationError, NotFoundError
from sumvin_sdk.flows import (
    Progress,
    UnknownStatusError,
    WaitCancelledError,
    await_for_kyc,
    await_for_onboarding,
    await_for_user_operation,
    wait_for_kyc,
    wait_for_onboarding,
    wait_for_user_operation,
)
from sumvin_sdk.testing import FakeSumvin
from sumvin_sdk.testing._ceremonies import Ceremonies

OP = "0x" + "12" * 32


class Session:
    """The fake API with the ceremonies plugged in, on a fake clock; a sleep that moves the clock."""

    def __init__(self) -> None:
        self.now = 1_790_000_000.0
        self.fake = FakeSumvin(clock=lambda: self.now)
        self.ceremonies = Ceremonies(self.fake)
        self.jwt = self.fake.jwt("ada", expires_in=10**6)
        self.fake.seed.user("ada")
        self.waits: list[float] = []
        self.interrupt_at: int | None = None

    @property
    def requests(self) -> list[httpx.Request]:
        return self.fake.requests

    def fail(self, operation_id: str, status: int, *, retry_after: str | None = None, times: int = 1) -> None:
        self.fake.inject(operation_id, status=status, retry_after=retry_after, times=times)

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        if self.interrupt_at is not None and len(self.waits) == self.interrupt_at:
            raise KeyboardInterrupt
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def client(self, transport: httpx.BaseTransport | None = None) -> Sumvin:
        return Sumvin(jwt=self.jwt, transport=transport or self.fake.transport())

    def async_client(self) -> AsyncSumvin:
        return AsyncSumvin(jwt=self.jwt, transport=self.fake.transport())

    def clocked(self) -> dict[str, Any]:
        return {"clock": lambda: self.now, "sleep": self.sleep}


def test_kyc_approved_after_review_with_progress_on_every_read() -> None:
    session = Session()
    session.ceremonies.script_kyc((0, "in_progress"), (20, "approved"))
    seen: list[Progress[Any]] = []
    outcome = wait_for_kyc(session.client(), on_progress=seen.append, **session.clocked())
    assert (outcome.kind, outcome.status, outcome.resolved) == ("resolved", "approved", True)
    assert session.waits == [8.0, 8.0, 8.0]
    assert [p.status for p in seen] == ["in_progress"] * 3
    assert outcome.elapsed == 24.0 and outcome.last is not None and outcome.last.verified_at is not None


def test_kyc_never_started_says_so_at_the_first_read() -> None:
    session = Session()
    outcome = wait_for_kyc(session.client(), **session.clocked())
    assert outcome.kind == "not_started" and "not been started" in (outcome.reason or "")
    assert len(session.requests) == 1 and session.waits == []


def test_kyc_404_on_refresh_is_not_started() -> None:
    session = Session()
    session.fail("getKycStatus", 404)
    outcome = wait_for_kyc(session.client(), refresh=True, **session.clocked())
    assert outcome.kind == "not_started"
    assert session.requests[0].url.params["refresh"] == "true"


def test_kyc_rejected_carries_the_servers_reason_and_retry_keeps_waiting() -> None:
    session = Session()
    session.ceremonies.script_kyc((0, "retry"), (10, "rejected"), reject_reason="Document <b>[red]expired[/red]</b>")
    outcome = wait_for_kyc(session.client(), **session.clocked())
    assert outcome.kind == "rejected" and outcome.reason == "Document <b>[red]expired[/red]</b>"
    assert len(session.requests) == 3


def test_the_deadline_ends_the_wait_with_a_final_read_at_it() -> None:
    session = Session()
    session.ceremonies.script_kyc((0, "in_progress"))
    outcome = wait_for_kyc(session.client(), timeout=20, **session.clocked())
    assert outcome.kind == "timed_out" and outcome.status == "in_progress"
    assert session.waits == [8.0, 8.0, 4.0]  # the last wait is cut to the deadline
    assert len(session.requests) == 4


def test_a_503_is_tolerated_and_its_retry_after_stretches_the_next_wait() -> None:
    session = Session()
    session.ceremonies.script_kyc((0, "in_progress"), (25, "approved"))
    session.fail("getKycStatus", 503, retry_after="15")
    notes: list[str | None] = []
    outcome = wait_for_kyc(session.client(), on_progress=lambda p: notes.append(p.note), **session.clocked())
    assert outcome.kind == "resolved"
    assert session.waits[0] == 15.0
    assert notes[0] == "the API answered 503; asking again" and notes[1] is None


def test_a_retry_after_past_the_deadline_ends_the_wait_at_once() -> None:
    session = Session()
    session.fail("getKycStatus", 429, retry_after="3600")
    outcome = wait_for_kyc(session.client(), timeout=60, **session.clocked())
    assert outcome.kind == "timed_out" and "429" in (outcome.reason or "")
    assert session.waits == [] and len(session.requests) == 1


def test_a_lost_connection_is_tolerated() -> None:
    session = Session()
    session.ceremonies.script_kyc((0, "approved"))
    calls = 0

    def flaky(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise httpx.ConnectError("refused", request=request)
        return session.fake.handle(request)

    client = session.client(httpx.MockTransport(flaky))
    assert wait_for_kyc(client, **session.clocked()).kind == "resolved"
    assert calls == 2


def test_other_errors_are_raised_typed_and_end_the_wait() -> None:
    session = Session()
    session.fail("getKycStatus", 401)
    with pytest.raises(AuthenticationError):
        wait_for_kyc(session.client(), **session.clocked())
    assert len(session.requests) == 1


def test_an_unknown_status_fails_closed() -> None:
    session = Session()
    mystery = {"status": "mystery", "applicant_id": None, "verified_at": None, "rejected_at": None}
    links = {"self": {"href": "/v0/kyc/status"}, "user": {"href": "/v0/user/me"}}
    session.fake.reply("getKycStatus", 200, mystery | {"reject_reason": None, "_links": links})  # outside the contract
    with pytest.raises(UnknownStatusError) as caught:
        wait_for_kyc(session.client(), **session.clocked())
    assert caught.value.status == "mystery"


def test_ctrl_c_during_a_wait_stops_without_another_request() -> None:
    session = Session()
    session.ceremonies.script_kyc((0, "in_progress"))
    session.interrupt_at = 2
    with pytest.raises(WaitCancelledError) as caught:
        wait_for_kyc(session.client(), **session.clocked())
    assert isinstance(caught.value, KeyboardInterrupt)
    assert len(session.requests) == 2


def test_cancelling_the_task_stops_without_another_request() -> None:
    session = Session()
    session.ceremonies.script_kyc((0, "in_progress"))
    waiting = asyncio.Event()

    async def forever(seconds: float) -> None:
        session.waits.append(seconds)
        waiting.set()
        await asyncio.Event().wait()

    async def main() -> None:
        async with session.async_client() as client:
            task = asyncio.ensure_future(await_for_kyc(client, clock=lambda: session.now, sleep=forever))
            await waiting.wait()
            task.cancel()
            with pytest.raises(WaitCancelledError):
                await task

    asyncio.run(main())
    assert len(session.requests) == 1


def test_the_async_twins_run_the_same_flow() -> None:
    session = Session()
    session.ceremonies.script_kyc((0, "in_progress"), (8, "approved"))
    session.ceremonies.script_onboarding((0, "kyc_verification", None), (8, "complete", "completed"))
    session.ceremonies.script_user_operation(OP, (0, "queued"), (4, "included"))
    clocked: dict[str, Any] = {"clock": lambda: session.now, "sleep": session.asleep}

    async def main() -> list[str]:
        async with session.async_client() as client:
            kinds: list[str] = [(await await_for_kyc(client, **clocked)).kind]
            kinds.append((await await_for_onboarding(client, **clocked)).kind)
            kinds.append((await await_for_user_operation(client, OP, **clocked)).kind)
            return kinds

    assert asyncio.run(main()) == ["resolved"] * 3


def test_onboarding_waits_for_the_steps_and_the_safe() -> None:
    session = Session()
    session.ceremonies.script_onboarding(
        (0, "kyc_verification", None),
        (10, "complete", "pending"),
        (20, "complete", "processing"),
        (30, "complete", "completed"),
    )
    seen: list[str | None] = []
    outcome = wait_for_onboarding(session.client(), on_progress=lambda p: seen.append(p.status), **session.clocked())
    assert outcome.kind == "resolved" and outcome.status == "complete (completed), safe completed"
    assert seen[0] == "kyc_verification (current)"
    assert "complete (completed), safe processing" in seen
    assert outcome.last is not None and outcome.last.onboarding.primary_smart_wallet_address is None


def test_onboarding_fails_when_the_safe_fails() -> None:
    session = Session()
    session.ceremonies.script_onboarding((0, "safe_deploy", "processing"), (8, "safe_deploy", "failed"))
    outcome = wait_for_onboarding(session.client(), **session.clocked())
    assert outcome.kind == "failed" and "Safe creation failed" in (outcome.reason or "")


def test_onboarding_tolerates_the_documented_502() -> None:
    session = Session()
    session.ceremonies.script_onboarding((0, "complete", None))
    session.fail("getOnboardingSteps", 502, times=2)
    assert wait_for_onboarding(session.client(), **session.clocked()).kind == "resolved"
    assert len(session.requests) == 3


@pytest.mark.parametrize(
    ("final", "success", "kind"),
    [
        ("included", True, "resolved"),
        ("included", False, "failed"),
        ("failed", False, "failed"),
        ("rejected", True, "rejected"),
    ],
)
def test_a_user_operation_settles(final: str, success: bool, kind: str) -> None:
    session = Session()
    session.ceremonies.script_user_operation(
        OP, (0, "not_found"), (4, "queued"), (8, "submitted"), (12, final), success=success
    )
    outcome = wait_for_user_operation(session.client(), OP, **session.clocked())
    assert (outcome.kind, outcome.status) == (kind, final)
    assert session.waits == [4.0, 4.0, 4.0]


def test_a_user_operation_503_is_waited_out_as_the_api_asks() -> None:
    session = Session()
    session.ceremonies.script_user_operation(OP, (0, "included"))
    session.fail("getUserOperationStatus", 503, retry_after="7")
    outcome = wait_for_user_operation(session.client(), OP, **session.clocked())
    assert outcome.kind == "resolved" and session.waits == [7.0]
    assert outcome.last is not None and outcome.last.txn_hash == "0x" + "ab" * 32


def test_an_unknown_user_operation_is_not_found() -> None:
    session = Session()
    with pytest.raises(NotFoundError):
        wait_for_user_operation(session.client(), OP, **session.clocked())


@pytest.mark.parametrize("hostile", ["", "0x12", OP + "0", "../../v0/user/me", OP[:-1] + "g", "0x" + "12" * 32 + "\n"])
def test_a_hash_that_is_not_one_is_refused_unsent(hostile: str) -> None:
    session = Session()
    with pytest.raises(ValueError, match="user_op_hash"):
        wait_for_user_operation(session.client(), hostile, **session.clocked())
    assert session.requests == []


@pytest.mark.parametrize("bad", [{"timeout": -1}, {"interval": float("nan")}, {"timeout": True}])
def test_bad_timings_are_refused(bad: dict[str, Any]) -> None:
    session = Session()
    with pytest.raises(ValueError):
        wait_for_kyc(session.client(), **bad, **session.clocked())
    assert session.requests == []


def test_a_kyc_404_without_refresh_is_raised_not_taken_for_never_started() -> None:
    session = Session()
    session.fail("getKycStatus", 404)
    with pytest.raises(NotFoundError):
        wait_for_kyc(session.client(), **session.clocked())


def test_the_fake_answered_every_poll_without_an_internal_failure() -> None:
    session = Session()
    session.ceremonies.script_kyc((0, "in_progress"), (8, "approved"))
    session.ceremonies.script_onboarding((0, "complete", "completed"))
    session.ceremonies.script_user_operation(OP, (0, "included"))
    wait_for_kyc(session.client(), **session.clocked())
    wait_for_onboarding(session.client(), **session.clocked())
    wait_for_user_operation(session.client(), OP, **session.clocked())
    assert session.fake.errors == []
