"""Waiting for what the server finishes on its own: KYC review, onboarding and Safe creation, a UserOperation.

    outcome = wait_for_kyc(client, timeout=600, on_progress=lambda p: print(p.status))
    if outcome.kind == "rejected":
        print(outcome.reason)

Each poller reads one operation every ``interval`` seconds until its answer settles, and returns an
``Outcome``: ``resolved``, ``rejected`` or ``failed`` (with the server's reason where it gives one),
``not_started`` (a KYC never begun, said at the first read, without waiting), or ``timed_out`` after
``timeout`` seconds. ``on_progress`` is called after every read with a ``Progress``. A ``Retry-After``
stretches the next wait (one past the deadline ends the wait at once); 429, 502, 503, 504 and a lost
connection are tolerated until the deadline; any other error is raised as the SDK's typed error, and a
status the SDK does not know raises ``UnknownStatusError`` rather than being guessed at. Ctrl-C or a
cancelled task raises ``WaitCancelledError`` and sends nothing more. ``clock`` and ``sleep`` are injectable;
the ``await_for_*`` twins take ``AsyncSumvin`` and run the same flow.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Awaitable, Callable
from typing import Generic, Literal, TypeVar

import attrs

from sumvin_sdk._client import AsyncSumvin, Sumvin
from sumvin_sdk._generated.models import KYCStatusResponse, OnboardingStepsResponse, SafeRpcStatusResponse
from sumvin_sdk._retry import RetryPolicy
from sumvin_sdk._steps import Call, Flow, Wait, arun, run
from sumvin_sdk.errors import APIConnectionError, APIStatusError, SumvinError

__all__ = [
    "KYC_INTERVAL",
    "ONBOARDING_INTERVAL",
    "USER_OPERATION_INTERVAL",
    "FlowError",
    "Outcome",
    "Progress",
    "UnknownStatusError",
    "WaitCancelledError",
    "await_for_kyc",
    "await_for_onboarding",
    "await_for_user_operation",
    "wait_for_kyc",
    "wait_for_onboarding",
    "wait_for_user_operation",
]

T = TypeVar("T")
OutcomeKind = Literal["resolved", "rejected", "failed", "not_started", "timed_out"]

#: Seconds between KYC reads: a review ends by webhook, usually within a minute or two.
KYC_INTERVAL = 8.0
#: Seconds between onboarding reads.
ONBOARDING_INTERVAL = 8.0
#: Seconds between UserOperation reads: a bundle lands within a few blocks.
USER_OPERATION_INTERVAL = 4.0
#: Statuses that say "ask again later" rather than "no".
TRANSIENT_STATUSES = frozenset({429, 502, 503, 504})
_USER_OP_HASH = re.compile(r"0x[0-9a-fA-F]{64}", re.ASCII)


class FlowError(SumvinError):
    """A wait that ended without an outcome."""


class UnknownStatusError(FlowError):
    """The server reported a status this SDK does not know; the wait fails closed rather than guess.

    ``status`` is the server's word, ``last`` the response that carried it.
    """

    def __init__(self, message: str, *, status: str, last: object) -> None:
        super().__init__(message)
        self.status = status
        self.last = last


class WaitCancelledError(FlowError, KeyboardInterrupt, asyncio.CancelledError):
    """The wait was interrupted (Ctrl-C, a cancelled task); nothing more was sent.

    It is also a ``KeyboardInterrupt`` and an ``asyncio.CancelledError``, so the usual handling still applies.
    """


@attrs.frozen
class Progress(Generic[T]):
    """One read of a wait: the server's ``status`` as it stands, ``elapsed`` seconds, the ``last`` answer.

    ``note`` says when the read failed in a way the wait tolerates (``the API answered 503``).
    """

    status: str | None
    elapsed: float
    last: T | None
    note: str | None = None


@attrs.frozen
class Outcome(Generic[T]):
    """How a wait ended: ``kind``, the server's last ``status``, the ``reason`` where there is one, the last answer."""

    kind: OutcomeKind
    status: str | None
    reason: str | None
    last: T | None
    elapsed: float

    @property
    def resolved(self) -> bool:
        """Whether the wait ended the way it was hoped to."""
        return self.kind == "resolved"


@attrs.frozen
class _Verdict:
    kind: OutcomeKind
    reason: str | None = None


@attrs.frozen
class _Poll(Generic[T]):
    """What one poller reads, how it names the status, and how it judges an answer (``None``: keep waiting)."""

    call: Call
    status: Callable[[T], str]
    judge: Callable[[T], _Verdict | None]
    interval: float
    timeout: float
    not_found: _Verdict | None = None


def _poll(
    poll: _Poll[T], clock: Callable[[], float], on_progress: Callable[[Progress[T]], object] | None
) -> Flow[Outcome[T]]:
    """The wait, for both clients: read, judge, report, wait (longer for a ``Retry-After``), until settled or late."""
    start = clock()
    deadline = start + poll.timeout
    last: T | None = None
    status: str | None = None
    while True:
        wait, note, retry_after = poll.interval, None, None
        try:
            last = yield poll.call
        except APIStatusError as error:
            if error.status_code == 404 and poll.not_found is not None:
                return Outcome(poll.not_found.kind, status, poll.not_found.reason, last, clock() - start)
            if error.status_code not in TRANSIENT_STATUSES:
                raise
            retry_after = RetryPolicy(clock=clock).retry_after(error.response)
            wait = max(wait, retry_after or 0.0)
            note = f"the API answered {error.status_code}; asking again"
        except APIConnectionError as error:
            note = f"no answer from the API ({type(error).__name__}); asking again"
        else:
            assert last is not None
            status = poll.status(last)
            verdict = poll.judge(last)
            if verdict is not None:
                return Outcome(verdict.kind, status, verdict.reason, last, clock() - start)
        if on_progress is not None:
            on_progress(Progress(status, clock() - start, last, note))
        remaining = deadline - clock()
        if remaining <= 0 or (retry_after is not None and retry_after > remaining):
            reason = (
                f"still {status} after {poll.timeout:g} s" if note is None else f"{note.split(';')[0]}, at the deadline"
            )
            return Outcome("timed_out", status, reason, last, clock() - start)
        yield Wait(min(wait, remaining))


def _cancelled() -> WaitCancelledError:
    return WaitCancelledError("wait cancelled")


def _seconds(name: str, value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < 10**9:
        raise ValueError(f"{name} must be a number of seconds from 0")
    return float(value)


# -- KYC ----------------------------------------------------------------------------------------------------

KYC_WAITING = frozenset({"in_progress", "retry"})


def _kyc_verdict(answer: KYCStatusResponse) -> _Verdict | None:
    status = answer.status
    if status == "approved":
        return _Verdict("resolved")
    if status == "rejected":
        reason = answer.reject_reason if isinstance(answer.reject_reason, str) else None
        return _Verdict("rejected", reason or "KYC verification was rejected (final)")
    if status == "pending":
        return _Verdict("not_started", "KYC verification has not been started: nothing is under review")
    if status in KYC_WAITING:
        return None
    raise UnknownStatusError(f"KYC status {status!r} is not one this SDK knows", status=status, last=answer)


def _kyc(timeout: float, interval: float, refresh: bool) -> _Poll[KYCStatusResponse]:
    return _Poll(
        call=Call("kyc", "get_kyc_status", kwargs={"refresh": refresh}),
        status=lambda answer: answer.status,
        judge=_kyc_verdict,
        interval=_seconds("interval", interval),
        timeout=_seconds("timeout", timeout),
        not_found=_Verdict("not_started", "no KYC verification is in progress"),
    )


def wait_for_kyc(
    client: Sumvin,
    *,
    timeout: float = 300.0,
    interval: float = KYC_INTERVAL,
    refresh: bool = False,
    clock: Callable[[], float] = time.time,
    sleep: Callable[[float], None] = time.sleep,
    on_progress: Callable[[Progress[KYCStatusResponse]], object] | None = None,
) -> Outcome[KYCStatusResponse]:
    """Wait for the KYC review (``getKycStatus``) to end: ``resolved`` (approved), ``rejected`` (with the
    server's ``reject_reason``; final), ``not_started`` at once when nothing was submitted, or ``timed_out``.

    ``in_progress`` and ``retry`` (the user was asked for more) keep the wait going. ``refresh`` asks
    the API to read the verification provider afresh on every read.
    """
    flow = _poll(_kyc(timeout, interval, refresh), clock, on_progress)
    return run(flow, client.with_options(max_retries=0), sleep, _cancelled)


async def await_for_kyc(
    client: AsyncSumvin,
    *,
    timeout: float = 300.0,
    interval: float = KYC_INTERVAL,
    refresh: bool = False,
    clock: Callable[[], float] = time.time,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    on_progress: Callable[[Progress[KYCStatusResponse]], object] | None = None,
) -> Outcome[KYCStatusResponse]:
    """``wait_for_kyc`` for ``AsyncSumvin``."""
    flow = _poll(_kyc(timeout, interval, refresh), clock, on_progress)
    return await arun(flow, client.with_options(max_retries=0), sleep, _cancelled)


# -- onboarding and Safe creation -------------------------------------------------------------------------

SAFE_CREATING = frozenset({"pending", "processing"})
SAFE_KNOWN = SAFE_CREATING | {"completed", "failed"}


def _onboarding_status(answer: OnboardingStepsResponse) -> str:
    onboarding = answer.onboarding
    step = str(onboarding.current_step)
    state = next((str(s.status) for s in onboarding.steps if str(s.step) == step), None)
    text = step if state is None else f"{step} ({state})"
    safe = onboarding.safe_creation_status
    return text if not isinstance(safe, str) else f"{text}, safe {safe}"


def _onboarding_verdict(answer: OnboardingStepsResponse) -> _Verdict | None:
    onboarding = answer.onboarding
    safe = onboarding.safe_creation_status if isinstance(onboarding.safe_creation_status, str) else None
    if safe is not None and safe not in SAFE_KNOWN:
        raise UnknownStatusError(f"Safe creation status {safe!r} is not one this SDK knows", status=safe, last=answer)
    if safe == "failed":
        return _Verdict("failed", "Safe creation failed after every retry; Sumvin support must step in")
    if onboarding.is_complete and safe not in SAFE_CREATING:
        return _Verdict("resolved")
    return None


def _onboarding(timeout: float, interval: float) -> _Poll[OnboardingStepsResponse]:
    return _Poll(
        call=Call("user", "get_onboarding_steps"),
        status=_onboarding_status,
        judge=_onboarding_verdict,
        interval=_seconds("interval", interval),
        timeout=_seconds("timeout", timeout),
    )


def wait_for_onboarding(
    client: Sumvin,
    *,
    timeout: float = 300.0,
    interval: float = ONBOARDING_INTERVAL,
    clock: Callable[[], float] = time.time,
    sleep: Callable[[float], None] = time.sleep,
    on_progress: Callable[[Progress[OnboardingStepsResponse]], object] | None = None,
) -> Outcome[OnboardingStepsResponse]:
    """Wait until onboarding is complete and the Safe is created (``getOnboardingSteps``).

    ``resolved`` once ``is_complete`` holds and no Safe creation is pending or processing; ``failed`` when
    Safe creation failed (the API says it then needs Sumvin's intervention); else ``timed_out``. Each
    ``Progress.status`` names the current step, its state and the Safe's: ``kyc_verification (submitted),
    safe pending``.
    """
    flow = _poll(_onboarding(timeout, interval), clock, on_progress)
    return run(flow, client.with_options(max_retries=0), sleep, _cancelled)


async def await_for_onboarding(
    client: AsyncSumvin,
    *,
    timeout: float = 300.0,
    interval: float = ONBOARDING_INTERVAL,
    clock: Callable[[], float] = time.time,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    on_progress: Callable[[Progress[OnboardingStepsResponse]], object] | None = None,
) -> Outcome[OnboardingStepsResponse]:
    """``wait_for_onboarding`` for ``AsyncSumvin``."""
    flow = _poll(_onboarding(timeout, interval), clock, on_progress)
    return await arun(flow, client.with_options(max_retries=0), sleep, _cancelled)


# -- a UserOperation --------------------------------------------------------------------------------------

USER_OPERATION_WAITING = frozenset({"not_found", "not_submitted", "queued", "submitted"})


def _user_operation_verdict(answer: SafeRpcStatusResponse) -> _Verdict | None:
    status = answer.status
    if status == "included":
        if answer.success is False:
            return _Verdict("failed", "included on-chain, but the operation reverted")
        return _Verdict("resolved")
    if status == "rejected":
        return _Verdict("rejected", "refused before it reached the chain (no transaction)")
    if status == "failed":
        return _Verdict("failed", "failed on-chain")
    if status in USER_OPERATION_WAITING:
        return None
    raise UnknownStatusError(f"UserOperation status {status!r} is not one this SDK knows", status=status, last=answer)


def _user_operation(user_op_hash: str, timeout: float, interval: float) -> _Poll[SafeRpcStatusResponse]:
    if not isinstance(user_op_hash, str) or not _USER_OP_HASH.fullmatch(user_op_hash):
        raise ValueError("user_op_hash must be 0x and 64 hex digits")
    return _Poll(
        call=Call("safe", "get_user_operation_status", (user_op_hash,)),
        status=lambda answer: answer.status,
        judge=_user_operation_verdict,
        interval=_seconds("interval", interval),
        timeout=_seconds("timeout", timeout),
    )


def wait_for_user_operation(
    client: Sumvin,
    user_op_hash: str,
    *,
    timeout: float = 180.0,
    interval: float = USER_OPERATION_INTERVAL,
    clock: Callable[[], float] = time.time,
    sleep: Callable[[float], None] = time.sleep,
    on_progress: Callable[[Progress[SafeRpcStatusResponse]], object] | None = None,
) -> Outcome[SafeRpcStatusResponse]:
    """Wait for a submitted UserOperation (``getUserOperationStatus``) to settle.

    ``resolved`` when included and successful (``last.txn_hash`` holds the transaction); ``failed`` when
    it failed or reverted on-chain; ``rejected`` when refused before submission; else ``timed_out``. A
    503 (finalisation degraded) is waited out as the API asks, honouring its ``Retry-After``.
    """
    flow = _poll(_user_operation(user_op_hash, timeout, interval), clock, on_progress)
    return run(flow, client.with_options(max_retries=0), sleep, _cancelled)


async def await_for_user_operation(
    client: AsyncSumvin,
    user_op_hash: str,
    *,
    timeout: float = 180.0,
    interval: float = USER_OPERATION_INTERVAL,
    clock: Callable[[], float] = time.time,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    on_progress: Callable[[Progress[SafeRpcStatusResponse]], object] | None = None,
) -> Outcome[SafeRpcStatusResponse]:
    """``wait_for_user_operation`` for ``AsyncSumvin``."""
    flow = _poll(_user_operation(user_op_hash, timeout, interval), clock, on_progress)
    return await arun(flow, client.with_options(max_retries=0), sleep, _cancelled)
