"""One way to write a multi-request ceremony once and run it on ``Sumvin`` and on ``AsyncSumvin``.

A ceremony is a generator that yields steps and gets their results sent back:

- ``Call("pint", "get_nonce", kwargs=...)``: ``client.pint.get_nonce(**kwargs)``, or with ``raw=True`` the
  ``with_raw_response`` twin; a ``SumvinError`` it raises is thrown into the generator;
- ``Wait(seconds)``: sleep, through the sleep the caller injected (whatever that sleep raises, apart from
  a cancellation, passes through as it is);
- ``Local(function, argument)``: run caller-supplied code (a signer); the async driver awaits what it
  returns if that is awaitable, the sync driver refuses an awaitable. Whatever it raises is thrown in.

``run`` and ``arun`` drive the generator to its return value. Ctrl-C or a cancelled task, during a wait or
a request, closes the generator (nothing more is sent) and raises the ceremony's own cancellation error.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable, Generator
from typing import Any, Generic, TypeVar

import attrs

from sumvin_sdk.errors import SumvinError

R = TypeVar("R")


@attrs.frozen
class Call:
    """Call ``client.<resource>.<operation>(*args, **kwargs)`` (``client.<operation>`` for an empty resource);
    send back its result, or throw its error."""

    resource: str
    operation: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = attrs.field(factory=dict)
    raw: bool = False


@attrs.frozen
class Wait:
    """Sleep ``seconds`` before the next step."""

    seconds: float


@attrs.frozen
class Local:
    """Run ``function(argument)``, code the caller gave (a signer); send back its result, or throw its error."""

    function: Callable[[Any], Any]
    argument: Any


Step = Call | Wait | Local
Flow = Generator[Step, Any, R]


class SyncAwaitableError(SumvinError, TypeError):
    """A caller-supplied function returned an awaitable to a sync function: use the ``a``-prefixed twin."""


@attrs.frozen
class _Done(Generic[R]):
    result: R


class _Steps(Generic[R]):
    """Advances a flow: sends it what the last step gave, or throws what it raised."""

    def __init__(self, flow: Flow[R], cancelled: Callable[[], BaseException]) -> None:
        self.flow = flow
        self.outcome: Any = None
        self.failure: BaseException | None = None
        self._cancelled = cancelled

    def next(self) -> Step | _Done[R]:
        """The next step, or the flow's result once it has returned."""
        try:
            step = self.flow.throw(self.failure) if self.failure is not None else self.flow.send(self.outcome)
        except StopIteration as done:
            return _Done(done.value)
        self.outcome, self.failure = None, None
        return step

    def cancel(self) -> BaseException:
        """End the flow for good (nothing more is sent); the error to raise."""
        self.flow.close()
        return self._cancelled()


def _target(client: Any, step: Call) -> Callable[..., Any]:
    resources = client.with_raw_response if step.raw else client
    owner = getattr(resources, step.resource) if step.resource else resources
    method: Callable[..., Any] = getattr(owner, step.operation)
    return method


def run(flow: Flow[R], client: Any, sleep: Callable[[float], None], cancelled: Callable[[], BaseException]) -> R:
    """Drive ``flow`` on a ``Sumvin`` client to its result."""
    steps = _Steps(flow, cancelled)
    while True:
        step = steps.next()
        if isinstance(step, _Done):
            return step.result
        try:
            if isinstance(step, Wait):
                sleep(step.seconds)
                continue
            if isinstance(step, Call):
                steps.outcome = _target(client, step)(*step.args, **step.kwargs)
            else:
                outcome = step.function(step.argument)
                if inspect.isawaitable(outcome):
                    if inspect.iscoroutine(outcome):
                        outcome.close()
                    raise SyncAwaitableError("this function is async: call the a-prefixed twin with AsyncSumvin")
                steps.outcome = outcome
        except KeyboardInterrupt:
            raise steps.cancel() from None
        except Exception as error:
            if isinstance(step, Wait):
                raise  # the caller's own sleep
            steps.failure = error


async def arun(
    flow: Flow[R],
    client: Any,
    sleep: Callable[[float], Awaitable[None]],
    cancelled: Callable[[], BaseException],
) -> R:
    """Drive ``flow`` on an ``AsyncSumvin`` client to its result."""
    steps = _Steps(flow, cancelled)
    while True:
        step = steps.next()
        if isinstance(step, _Done):
            return step.result
        try:
            if isinstance(step, Wait):
                await sleep(step.seconds)
                continue
            if isinstance(step, Call):
                steps.outcome = await _target(client, step)(*step.args, **step.kwargs)
            else:
                outcome = step.function(step.argument)
                steps.outcome = await outcome if inspect.isawaitable(outcome) else outcome
        except (asyncio.CancelledError, KeyboardInterrupt):
            raise steps.cancel() from None
        except Exception as error:
            if isinstance(step, Wait):
                raise
            steps.failure = error
