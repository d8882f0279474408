"""The pollers on an injected clock against the ceremonies' fake: outcomes, pacing, tolerance, cancellation."""

from __future__ import annotations

import asyncio
import email.utils
import functools
from collections.abc import Awaitable, Callable
from typing import Any

import attrs
import httpx
import pytest

from sumvin_sdk import AsyncSumvin, RetryPolicy, Sumvin
from sumvin_sdk.errors import AuthenticationError, NotFoundError, ResponseValidationError
from sumvin_sdk.flows import (
    FlowError,
    Outcome,
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
        self.client_retries: list[float] = []
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

    def retries(self) -> RetryPolicy:
        """The client's own retries, on the fake clock: the pollers must never use them."""

        async def asleep(seconds: float) -> None:
            self.client_retries.append(seconds)

        return RetryPolicy(sleep=self.client_retries.append, async_sleep=asleep, clock=lambda: self.now)

    def client(self, transport: httpx.BaseTransport | None = None) -> Sumvin:
        return Sumvin(jwt=self.jwt, transport=transport or self.fake.transport(), retry_policy=self.retries())

    def async_client(self) -> AsyncSumvin:
        return AsyncSumvin(jwt=self.jwt, transport=self.fake.transport(), retry_policy=self.retries())

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


# -- every poller, sync and async: the same rules -----------------------------------------------------------


@attrs.frozen
class Poller:
    """One poller with a state that never settles: its twins, its documented pacing, the status it shows."""

    name: str
    never_settles: Callable[[Session], None]
    status: str
    interval: float
    default_timeout: float
    sync: Callable[..., Outcome[Any]]
    twin: Callable[..., Awaitable[Outcome[Any]]]


POLLERS = [
    Poller(
        "kyc",
        lambda session: session.ceremonies.script_kyc((0, "in_progress")),
        "in_progress",
        8.0,
        300.0,
        wait_for_kyc,
        await_for_kyc,
    ),
    Poller(
        "onboarding",
        lambda session: session.ceremonies.script_onboarding((0, "kyc_verification", None)),
        "kyc_verification (current)",
        8.0,
        300.0,
        wait_for_onboarding,
        await_for_onboarding,
    ),
    Poller(
        "user_operation",
        lambda session: session.ceremonies.script_user_operation(OP, (0, "queued")),
        "queued",
        4.0,
        180.0,
        functools.partial(wait_for_user_operation, user_op_hash=OP),
        functools.partial(await_for_user_operation, user_op_hash=OP),
    ),
]
TWINS = ["sync", "async"]


def waiting(session: Session, poller: Poller, twin: str, **options: Any) -> Outcome[Any]:
    """Run ``poller``'s sync or async twin on the session's clock and sleep."""
    if twin == "sync":
        return poller.sync(session.client(), **session.clocked(), **options)

    async def main() -> Outcome[Any]:
        async with session.async_client() as client:
            return await poller.twin(client, clock=lambda: session.now, sleep=session.asleep, **options)

    return asyncio.run(main())


@pytest.mark.parametrize("twin", TWINS)
@pytest.mark.parametrize("poller", POLLERS, ids=lambda p: p.name)
def test_every_wait_gives_up_after_its_documented_default_timeout(poller: Poller, twin: str) -> None:
    session = Session()
    poller.never_settles(session)
    outcome = waiting(session, poller, twin)
    assert (outcome.kind, outcome.status, outcome.elapsed) == ("timed_out", poller.status, poller.default_timeout)
    assert outcome.reason == f"still {poller.status} after {poller.default_timeout:g} s"
    assert outcome.last is not None
    assert sum(session.waits) == poller.default_timeout and set(session.waits[:-1]) == {poller.interval}


@pytest.mark.parametrize("twin", TWINS)
@pytest.mark.parametrize("poller", POLLERS, ids=lambda p: p.name)
def test_every_wait_reports_each_read_with_its_time_and_answer(poller: Poller, twin: str) -> None:
    session = Session()
    poller.never_settles(session)
    seen: list[Progress[Any]] = []
    outcome = waiting(session, poller, twin, timeout=2 * poller.interval, on_progress=seen.append)
    assert [(p.status, p.elapsed, p.note) for p in seen] == [
        (poller.status, elapsed, None) for elapsed in (0.0, poller.interval, 2 * poller.interval)
    ]
    assert all(p.last is not None for p in seen) and seen[-1].last == outcome.last
    assert session.waits == [poller.interval, poller.interval]


@pytest.mark.parametrize("twin", TWINS)
@pytest.mark.parametrize("poller", POLLERS, ids=lambda p: p.name)
def test_ctrl_c_in_any_wait_raises_wait_cancelled_and_sends_nothing_more(poller: Poller, twin: str) -> None:
    session = Session()
    poller.never_settles(session)
    session.interrupt_at = 1
    with pytest.raises(WaitCancelledError) as caught:
        if twin == "sync":
            waiting(session, poller, twin)
        else:

            async def main() -> None:
                async with session.async_client() as client:
                    with pytest.raises(WaitCancelledError) as inner:
                        await poller.twin(client, clock=lambda: session.now, sleep=session.asleep)
                    raise inner.value

            asyncio.run(main())
    assert str(caught.value) == "wait cancelled"
    assert len(session.requests) == 1 and session.waits == [poller.interval]


@pytest.mark.parametrize("twin", TWINS)
@pytest.mark.parametrize("poller", POLLERS, ids=lambda p: p.name)
def test_every_wait_asks_again_itself_not_through_the_clients_retries(poller: Poller, twin: str) -> None:
    session = Session()
    poller.never_settles(session)
    operation = {"kyc": "getKycStatus", "onboarding": "getOnboardingSteps"}.get(poller.name, "getUserOperationStatus")
    session.fail(operation, 503)
    seen: list[Progress[Any]] = []
    outcome = waiting(session, poller, twin, timeout=poller.interval, on_progress=seen.append)
    assert session.client_retries == [] and session.waits == [poller.interval]
    first = seen[0]
    assert (first.status, first.last, first.note) == (None, None, "the API answered 503; asking again")
    assert (outcome.kind, outcome.status) == ("timed_out", poller.status)


# -- timings --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [-1, -0.5, float("nan"), float("inf"), True, "8", None, 10**9, 1e9])
@pytest.mark.parametrize("name", ["interval", "timeout"])
@pytest.mark.parametrize("poller", POLLERS, ids=lambda p: p.name)
def test_a_bad_timing_is_refused_naming_the_parameter(poller: Poller, name: str, bad: object) -> None:
    session = Session()
    with pytest.raises(ValueError) as caught:
        poller.sync(session.client(), **{name: bad}, **session.clocked())
    assert str(caught.value) == f"{name} must be a number of seconds from 0"
    assert session.requests == []


@pytest.mark.parametrize("good", [0, 0.0, 0.25, 10**9 - 1])
def test_timings_are_seconds_from_zero_to_under_a_billion(good: float) -> None:
    session = Session()
    session.ceremonies.script_kyc((0, "approved"))
    assert wait_for_kyc(session.client(), interval=good, **session.clocked()).kind == "resolved"
    assert wait_for_kyc(session.client(), timeout=good, **session.clocked()).kind == "resolved"


def test_a_zero_timeout_reads_once_and_times_out() -> None:
    session = Session()
    session.ceremonies.script_kyc((0, "in_progress"))
    outcome = wait_for_kyc(session.client(), timeout=0, **session.clocked())
    assert (outcome.kind, outcome.reason, outcome.elapsed) == ("timed_out", "still in_progress after 0 s", 0.0)
    assert len(session.requests) == 1 and session.waits == []


# -- the deadline -----------------------------------------------------------------------------------------


def test_a_deadline_under_a_second_away_still_gets_its_last_read() -> None:
    session = Session()
    session.ceremonies.script_kyc((0, "in_progress"))
    outcome = wait_for_kyc(session.client(), timeout=8.5, **session.clocked())
    assert session.waits == [8.0, 0.5] and len(session.requests) == 3
    assert (outcome.kind, outcome.elapsed) == ("timed_out", 8.5)


def test_a_retry_after_ending_exactly_at_the_deadline_is_waited_out() -> None:
    session = Session()
    session.ceremonies.script_kyc((0, "in_progress"), (15, "approved"))
    session.fail("getKycStatus", 503, retry_after="15")
    outcome = wait_for_kyc(session.client(), timeout=15, **session.clocked())
    assert session.waits == [15.0] and len(session.requests) == 2
    assert (outcome.kind, outcome.elapsed) == ("resolved", 15.0)


def test_a_retry_after_given_as_a_date_is_read_on_the_injected_clock() -> None:
    session = Session()
    session.ceremonies.script_kyc((0, "in_progress"), (30, "approved"))
    session.fail("getKycStatus", 503, retry_after=email.utils.formatdate(session.now + 30, usegmt=True))
    assert wait_for_kyc(session.client(), **session.clocked()).kind == "resolved"
    assert session.waits == [30.0]


def test_a_503_without_retry_after_waits_the_interval_even_under_a_second() -> None:
    session = Session()
    session.ceremonies.script_kyc((0, "in_progress"), (0.5, "approved"))
    session.fail("getKycStatus", 503)
    assert wait_for_kyc(session.client(), interval=0.5, **session.clocked()).kind == "resolved"
    assert session.waits == [0.5]


def test_a_transient_answer_at_the_deadline_is_the_timed_out_reason() -> None:
    session = Session()
    session.ceremonies.script_kyc((0, "in_progress"))
    session.fail("getKycStatus", 429, retry_after="3600")
    outcome = wait_for_kyc(session.client(), timeout=60, **session.clocked())
    assert (outcome.kind, outcome.reason, outcome.status, outcome.last) == (
        "timed_out",
        "the API answered 429, at the deadline",
        None,
        None,
    )


def test_a_lost_connection_is_reported_as_no_answer_and_then_as_the_timed_out_reason() -> None:
    session = Session()

    def unreachable(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    notes: list[str | None] = []
    client = session.client(httpx.MockTransport(unreachable))
    outcome = wait_for_kyc(client, timeout=8, on_progress=lambda p: notes.append(p.note), **session.clocked())
    assert notes == ["no answer from the API (APIConnectionError); asking again"] * 2
    assert outcome.reason == "no answer from the API (APIConnectionError), at the deadline"
    assert session.client_retries == []


# -- what each ending says ---------------------------------------------------------------------------------


def test_a_rejection_without_the_servers_reason_says_it_is_final() -> None:
    session = Session()
    session.ceremonies.script_kyc((0, "rejected"))
    outcome = wait_for_kyc(session.client(), **session.clocked())
    assert (outcome.kind, outcome.reason) == ("rejected", "KYC verification was rejected (final)")


def test_a_kyc_never_started_is_explained() -> None:
    session = Session()
    outcome = wait_for_kyc(session.client(), **session.clocked())
    assert (outcome.kind, outcome.status) == ("not_started", "pending")
    assert outcome.reason == "KYC verification has not been started: nothing is under review"


@pytest.mark.parametrize("twin", TWINS)
def test_a_kyc_404_on_refresh_says_nothing_is_in_progress_with_the_last_read(twin: str) -> None:
    session = Session()
    session.ceremonies.script_kyc((0, "in_progress"))
    start = session.now
    session.fake.inject("getKycStatus", status=404, when=lambda call: session.now > start)
    outcome = waiting(session, POLLERS[0], twin, refresh=True)
    assert (outcome.kind, outcome.status, outcome.elapsed) == ("not_started", "in_progress", 8.0)
    assert outcome.reason == "no KYC verification is in progress"
    assert outcome.last is not None and outcome.last.status == "in_progress"
    assert [r.url.params["refresh"] for r in session.requests] == ["true", "true"]


@pytest.mark.parametrize("twin", TWINS)
def test_kyc_refresh_is_off_unless_asked_for(twin: str) -> None:
    session = Session()
    session.ceremonies.script_kyc((0, "approved"))
    assert waiting(session, POLLERS[0], twin).kind == "resolved"
    assert session.requests[0].url.params.get("refresh") != "true"
    session.fail("getKycStatus", 404)
    with pytest.raises(NotFoundError):
        waiting(session, POLLERS[0], twin)


def test_a_failed_safe_says_support_must_step_in() -> None:
    session = Session()
    session.ceremonies.script_onboarding((0, "safe_deploy", "failed"))
    outcome = wait_for_onboarding(session.client(), **session.clocked())
    assert outcome.kind == "failed"
    assert outcome.reason == "Safe creation failed after every retry; Sumvin support must step in"


@pytest.mark.parametrize(
    ("final", "success", "reason"),
    [
        ("included", True, None),
        ("included", False, "included on-chain, but the operation reverted"),
        ("failed", False, "failed on-chain"),
        ("rejected", True, "refused before it reached the chain (no transaction)"),
    ],
)
def test_a_settled_user_operation_says_why(final: str, success: bool, reason: str | None) -> None:
    session = Session()
    session.ceremonies.script_user_operation(OP, (0, final), success=success)
    assert wait_for_user_operation(session.client(), OP, **session.clocked()).reason == reason


def test_a_current_step_missing_from_the_steps_is_named_alone() -> None:
    session = Session()
    steps = [{"step": "created", "status": "completed"}]
    onboarding = {"current_step": "kyc_verification", "steps": steps, "is_complete": False}
    links = {"self": {"href": "/v0/user/me"}}
    session.fake.reply("getOnboardingSteps", 200, {"onboarding": onboarding, "_links": links})
    outcome = wait_for_onboarding(session.client(), timeout=0, **session.clocked())
    assert (outcome.kind, outcome.status) == ("timed_out", "kyc_verification")


# -- statuses the SDK does not know -------------------------------------------------------------------------


def _mystery_kyc(session: Session) -> None:
    body = {"status": "mystery", "applicant_id": None, "verified_at": None, "rejected_at": None, "reject_reason": None}
    links = {"self": {"href": "/v0/kyc/status"}, "user": {"href": "/v0/user/me"}}
    session.fake.reply("getKycStatus", 200, body | {"_links": links})


def _mystery_user_operation(session: Session) -> None:
    body = {"user_op_hash": OP, "status": "mystery", "_links": {"self": {"href": f"/v0/safe/user-operations/{OP}"}}}
    session.fake.reply("getUserOperationStatus", 200, body)


@pytest.mark.parametrize(
    ("poller", "script", "message", "said"),
    [
        (POLLERS[0], _mystery_kyc, "KYC status 'mystery' is not one this SDK knows", lambda last: last.status),
        (
            POLLERS[1],
            lambda session: session.ceremonies.script_onboarding((0, "complete", "mystery")),
            "Safe creation status 'mystery' is not one this SDK knows",
            lambda last: last.onboarding.safe_creation_status,
        ),
        (
            POLLERS[2],
            _mystery_user_operation,
            "UserOperation status 'mystery' is not one this SDK knows",
            lambda last: last.status,
        ),
    ],
    ids=["kyc", "safe", "user_operation"],
)
def test_an_unknown_status_is_raised_with_the_servers_word_and_answer(
    poller: Poller, script: Callable[[Session], None], message: str, said: Callable[[Any], str]
) -> None:
    session = Session()
    script(session)
    with pytest.raises(UnknownStatusError) as caught:
        poller.sync(session.client(), **session.clocked())
    assert isinstance(caught.value, FlowError)
    assert (str(caught.value), caught.value.status, said(caught.value.last)) == (message, "mystery", "mystery")
    assert len(session.requests) == 1


def _kyc_rejected_for(reason: object) -> Callable[[Session], object]:
    body = {"status": "rejected", "applicant_id": None, "verified_at": None, "rejected_at": None}
    links = {"self": {"href": "/v0/kyc/status"}, "user": {"href": "/v0/user/me"}}
    return lambda session: session.fake.reply("getKycStatus", 200, body | {"reject_reason": reason, "_links": links})


def _safe_in(safe: object) -> Callable[[Session], object]:
    onboarding = {"current_step": "complete", "steps": [], "is_complete": True, "safe_creation_status": safe}
    body = {"onboarding": onboarding, "_links": {"self": {"href": "/v0/user/me"}}}
    return lambda session: session.fake.reply("getOnboardingSteps", 200, body)


@pytest.mark.parametrize(
    ("poller", "script"),
    [(POLLERS[0], _kyc_rejected_for(hostile)) for hostile in (5, ["x"], {"text": "x"}, True)]
    + [(POLLERS[1], _safe_in(hostile)) for hostile in (0, ["failed"], {"status": "failed"}, False)],
)
def test_a_reason_or_safe_status_that_is_not_text_is_refused_typed(
    poller: Poller, script: Callable[[Session], object]
) -> None:
    session = Session()
    script(session)
    with pytest.raises(ResponseValidationError):
        poller.sync(session.client(), **session.clocked())
    assert len(session.requests) == 1
