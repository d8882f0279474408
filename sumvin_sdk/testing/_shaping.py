"""What a test scripts into the fake: replies, handler overrides and faults, each for some calls of one operation."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from typing import Any

import attrs
import httpx

from sumvin_sdk.testing._call import Call, Handler

Predicate = Callable[[Call], bool]
#: Statuses the SDK retries when a problem carries no ``-R`` code; an injected fault is retryable for these.
RETRYABLE_STATUSES = frozenset({408, 429, 502, 503, 504})
MALFORMED_JSON = b'{"truncated": ['


class UnknownOperationError(KeyError):
    """An operationId the contract does not have."""

    def __str__(self) -> str:
        return str(self.args[0])


def check_operation(operation_id: str, known: Iterable[str]) -> None:
    """Raise ``UnknownOperationError`` (with the closest names) unless ``operation_id`` is in ``known``."""
    names = list(known)
    if operation_id not in names:
        close = difflib.get_close_matches(operation_id, names, n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise UnknownOperationError(f"no operation {operation_id!r} in the contract{hint}")


@attrs.define
class Override:
    """Answers calls of one operation in a test's place: ``times`` calls (``None``: every call) for which ``when``
    holds. ``used`` counts the calls it answered."""

    operation_id: str
    answer: Handler
    times: int | None = None
    when: Predicate | None = None
    used: int = 0

    def takes(self, call: Call) -> bool:
        """Whether this override answers ``call`` (and, if so, count it)."""
        if self.times is not None and self.used >= self.times:
            return False
        if self.when is not None and not self.when(call):
            return False
        self.used += 1
        return True

    @property
    def exhausted(self) -> bool:
        """Whether it has answered every call it was scripted for (at least one, if unbounded)."""
        return self.used >= (self.times if self.times is not None else 1)


def scripted_reply(status: int, body: Any, headers: dict[str, str] | None, content: bytes | None) -> Handler:
    """A handler that always sends the same answer (``body`` as JSON, or raw ``content``)."""

    def answer(call: Call) -> httpx.Response:
        if content is not None:
            return httpx.Response(status, content=content, headers=headers)
        return call.respond(status, body, headers)

    return answer


@attrs.frozen
class Fault:
    """A failure: a status problem (optionally with a body, headers, ``Retry-After`` or malformed JSON), a delay, a
    timeout, or a dropped connection."""

    status: int | None = None
    retryable: bool | None = None
    retry_after: str | None = None
    error_code: str | None = None
    body: Any = None
    headers: dict[str, str] | None = None
    malformed_json: bool = False
    delay: float = 0.0
    timeout: bool = False
    drop: bool = False

    def __call__(self, call: Call) -> httpx.Response:
        if self.delay:
            call.fake.sleep(self.delay)
        if self.timeout:
            raise httpx.ReadTimeout("the fake never answered (an injected timeout)", request=call.request)
        if self.drop:
            raise httpx.RemoteProtocolError("the fake dropped the connection", request=call.request)
        status = self.status if self.status is not None else 200 if self.malformed_json else None
        if status is None:  # only a delay: then the call goes on as usual
            return call.fake.answer(call)
        headers = {"x-fake-fault": "injected", **(self.headers or {})}  # scripted, so not held to the contract
        if self.retry_after is not None:
            headers["Retry-After"] = self.retry_after
        if self.malformed_json:
            return httpx.Response(
                status, content=MALFORMED_JSON, headers={"content-type": "application/json", **headers}
            )
        if self.body is not None:
            return httpx.Response(status, json=self.body, headers=headers)
        retryable = self.retryable if self.retryable is not None else status in RETRYABLE_STATUSES
        code = self.error_code or f"GEN-{status}-001" + ("-R" if retryable else "")
        response = call.problem(status, code, "a fault injected into the fake")
        response.headers.update(headers)
        return response
