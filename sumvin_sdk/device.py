"""The CLI sign-in (OAuth-style device authorization): a command-line tool gets a personal access token.

    token = login(client, on_user_code=lambda code: print(code.verification_uri_complete, code.user_code))

1. ``POST /v0/cli/device-codes`` gives a device code, a user code and where to enter it;
2. ``on_user_code`` is called once with what the user needs (never the device code);
3. ``GET /v0/cli/device-codes/{device_code}`` is polled, ``interval`` seconds apart (kept within
   ``MIN_INTERVAL`` and ``MAX_INTERVAL`` whatever the server says), until the signed-in user approves
   (``approve()``, with their JWT) or denies (``deny()``); a 429 slows polling down for good, by
   ``SLOW_DOWN_SECONDS`` or to a longer ``Retry-After``;
4. ``POST /v0/cli/personal-access-tokens`` exchanges the approved code for the token.

Every way the flow ends without a token is a ``DeviceLoginError``, with the underlying error as its
``__cause__``: gone (denied, expired or used; the API does not say which), not found, already exchanged,
the local deadline, cancellation (which stops at once and sends nothing more), and anything else
(``DeviceLoginUnexpectedError``: a connection failure, an unexpected status, a body that breaks the
contract; it fails closed). Only an exception raised by your own ``on_user_code``, ``clock`` or ``sleep``
passes through as it is. ``login`` and ``alogin`` share one flow; the clock and the sleeps are injectable,
so tests run in milliseconds. The device code and the token never appear in a message, a log line or a
``repr``.
"""

from __future__ import annotations

import asyncio
import datetime
import re
import time
from collections.abc import Awaitable, Callable

import attrs

from sumvin_sdk._client import AsyncSumvin, Sumvin
from sumvin_sdk._generated.models import (
    DeviceCodeApprovalRequest,
    DeviceCodeCreateRequest,
    PersonalAccessTokenExchangeRequest,
)
from sumvin_sdk._retry import RetryPolicy
from sumvin_sdk._steps import Call, Flow, Wait, arun, run
from sumvin_sdk.errors import APIStatusError, SumvinError, UsageError

__all__ = [
    "DeviceCodeAlreadyExchangedError",
    "DeviceCodeGoneError",
    "DeviceCodeNotFoundError",
    "DeviceLoginCancelledError",
    "DeviceLoginError",
    "DeviceLoginTimeoutError",
    "DeviceLoginUnexpectedError",
    "InvalidCodeError",
    "PersonalAccessToken",
    "UserCode",
    "alogin",
    "approve",
    "deny",
    "login",
]

#: Polling is never faster than this, whatever interval the server sends.
MIN_INTERVAL = 1.0
#: Nor slower than this, whatever interval or ``Retry-After`` the server sends.
MAX_INTERVAL = 60.0
#: A 429 adds this much to the interval for good (RFC 8628's ``slow_down``); a longer ``Retry-After`` wins.
SLOW_DOWN_SECONDS = 5.0
#: The longest sign-in lifetime (``expires_in``) the flow waits for, whatever the server sends.
MAX_LIFETIME = 3600.0
#: The longest device code the API takes back (the exchange request's limit).
MAX_DEVICE_CODE = 512


class DeviceLoginError(SumvinError):
    """The device sign-in ended without a token; ``__cause__`` holds the error underneath, if any."""


class DeviceCodeGoneError(DeviceLoginError):
    """410: the sign-in request was denied, has expired, or was already used (the API does not say which)."""


class DeviceCodeNotFoundError(DeviceLoginError):
    """404: the API does not know this sign-in request."""


class DeviceCodeAlreadyExchangedError(DeviceLoginError):
    """409 on exchange: this sign-in request already gave out its token."""


class DeviceLoginTimeoutError(DeviceLoginError):
    """The sign-in request's lifetime (``expires_in``) ran out before it was approved."""


class DeviceLoginCancelledError(DeviceLoginError, KeyboardInterrupt, asyncio.CancelledError):
    """The sign-in was interrupted (Ctrl-C, a cancelled task); nothing more was sent.

    It is also a ``KeyboardInterrupt`` and an ``asyncio.CancelledError``, so the usual handling still applies.
    """


class DeviceLoginUnexpectedError(DeviceLoginError):
    """Anything else: no connection, a status or state the flow does not know, a body that breaks the contract.

    The flow fails closed rather than guess.
    """


class InvalidCodeError(UsageError):
    """A device code or user code that cannot be sent as it is; refused before any request."""


@attrs.frozen
class UserCode:
    """What the user needs to approve the sign-in: the code, and where to enter it."""

    user_code: str
    verification_uri: str
    verification_uri_complete: str
    expires_in: int


@attrs.frozen
class PersonalAccessToken:
    """The token a sign-in gave out, and when it expires. Its ``repr`` never shows the token."""

    token: str = attrs.field(repr=False)
    expires_at: datetime.datetime

    def __repr__(self) -> str:
        return f"PersonalAccessToken(token=<redacted>, expires_at={self.expires_at.isoformat()})"


_GONE = "the sign-in request was denied, has expired, or was already used; run the sign-in again"


def _bounded(value: object, low: float, high: float, what: str) -> float:
    """``value`` (a number of seconds from the server) brought within ``low``..``high``.

    ``-1`` becomes ``low`` and ``10**400`` becomes ``high``; anything that is not a number is a
    ``DeviceLoginUnexpectedError``.
    """
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise DeviceLoginUnexpectedError(f"the API sent a {what} that is not a number ({type(value).__name__})")
    return float(min(max(value, low), high))


def _slowed(interval: float, retry_after: float | None) -> float:
    """The polling interval after a 429: ``SLOW_DOWN_SECONDS`` more, or a longer ``Retry-After``; at most
    ``MAX_INTERVAL``. A shorter, negative or unreadable ``Retry-After`` never shortens it."""
    longer = interval + SLOW_DOWN_SECONDS
    if retry_after is not None and retry_after > longer:
        longer = retry_after
    return min(longer, MAX_INTERVAL)


def _flow(
    on_user_code: Callable[[UserCode], object], client_name: str | None, clock: Callable[[], float]
) -> Flow[PersonalAccessToken]:
    try:
        created = yield Call(
            "cli", "create_device_code", kwargs={"body": DeviceCodeCreateRequest(client_name=client_name)}
        )
    except Exception as error:
        raise _ending(error, "asking for a sign-in code") from error
    interval = _bounded(created.interval, MIN_INTERVAL, MAX_INTERVAL, "polling interval")
    lifetime = _bounded(created.expires_in, 0, MAX_LIFETIME, "lifetime (expires_in)")
    try:
        device_code = _checked_device_code(created.device_code)
    except InvalidCodeError as error:
        raise DeviceLoginUnexpectedError(f"the API sent a device code the flow cannot send back: {error}") from error
    deadline = clock() + lifetime
    on_user_code(
        UserCode(created.user_code, created.verification_uri, created.verification_uri_complete, int(lifetime))
    )
    while True:
        if clock() + interval > deadline:
            raise DeviceLoginTimeoutError("the sign-in request expired before it was approved; run the sign-in again")
        yield Wait(interval)
        try:
            status = (yield Call("cli", "poll_device_code", (device_code,))).status
        except APIStatusError as error:
            if error.status_code != 429:
                raise _ending(error, "waiting for approval") from error
            interval = _slowed(interval, RetryPolicy(clock=clock).retry_after(error.response))
            continue
        except Exception as error:
            raise _ending(error, "waiting for approval") from error
        if status == "pending":
            continue
        if status in ("denied", "expired", "exchanged"):
            raise DeviceCodeGoneError(_GONE)
        if status != "approved":
            raise DeviceLoginUnexpectedError(f"the sign-in request is in a state this SDK does not know: {status!r}")
        body = PersonalAccessTokenExchangeRequest(device_code=device_code)
        try:
            issued = yield Call("cli", "exchange_device_code", kwargs={"body": body})
        except Exception as error:
            raise _ending(error, "exchanging the approved code") from error
        if not sendable_token(issued.token):
            raise DeviceLoginUnexpectedError("the API gave out a token that cannot be sent back (empty or not text)")
        return PersonalAccessToken(token=issued.token, expires_at=issued.expires_at)


_TOKEN = re.compile(r"[\x21-\x7e]{1,4096}")


def sendable_token(token: object) -> bool:
    """Whether ``token`` can go into a header exactly as it is: visible ASCII, no spaces, no controls."""
    return isinstance(token, str) and _TOKEN.fullmatch(token) is not None


def _ending(error: Exception, stage: str) -> DeviceLoginError:
    """The ``DeviceLoginError`` for a call of the flow that failed with ``error`` while ``stage``."""
    if not isinstance(error, SumvinError):  # a defect underneath: its message may hold anything, so only its type
        return DeviceLoginUnexpectedError(f"sign-in failed while {stage}: {type(error).__name__}")
    if not isinstance(error, APIStatusError):
        return DeviceLoginUnexpectedError(f"sign-in failed while {stage}: {error}")
    trace = f" (trace id {error.trace_id})" if error.trace_id else ""
    asking = stage.startswith("asking")
    if error.status_code == 410 and not asking:
        return DeviceCodeGoneError(_GONE + trace)
    if error.status_code == 404 and not asking:
        return DeviceCodeNotFoundError("the API does not know this sign-in request" + trace)
    if error.status_code == 409 and stage.startswith("exchanging"):
        return DeviceCodeAlreadyExchangedError("this sign-in request already gave out its token" + trace)
    return DeviceLoginUnexpectedError(f"unexpected answer while {stage}: {error.status_code} {error}{trace}")


def _cancelled() -> DeviceLoginCancelledError:
    return DeviceLoginCancelledError("sign-in cancelled")


def login(
    client: Sumvin,
    *,
    on_user_code: Callable[[UserCode], object],
    client_name: str | None = None,
    clock: Callable[[], float] = time.time,
    sleep: Callable[[float], None] = time.sleep,
) -> PersonalAccessToken:
    """Run the device sign-in through ``client``; return the personal access token.

    Raises a ``DeviceLoginError`` for every way it ends without one (see the module's docstring).
    """
    calls = client.with_options(max_retries=0)  # the flow paces itself, 429s included
    return run(_flow(on_user_code, client_name, clock), calls, sleep, _cancelled)


async def alogin(
    client: AsyncSumvin,
    *,
    on_user_code: Callable[[UserCode], object],
    client_name: str | None = None,
    clock: Callable[[], float] = time.time,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> PersonalAccessToken:
    """``login`` for ``AsyncSumvin``; cancelling the task stops it at once."""
    calls = client.with_options(max_retries=0)
    return await arun(_flow(on_user_code, client_name, clock), calls, sleep, _cancelled)


def _checked_device_code(device_code: object) -> str:
    """``device_code`` if it can go into a path as one segment of the operation it is meant for.

    Refused (``InvalidCodeError``, nothing sent): a non-string, empty, ``.`` or ``..`` (which would
    change the route), longer than ``MAX_DEVICE_CODE``, or holding whitespace, control characters, ``/``
    or a backslash (which servers may read as separators even when encoded).
    """
    if not isinstance(device_code, str):
        raise InvalidCodeError(f"device_code must be a string, not {type(device_code).__name__}")
    if device_code in ("", ".", ".."):
        raise InvalidCodeError("device_code must not be empty, '.' or '..'")
    if len(device_code) > MAX_DEVICE_CODE:
        raise InvalidCodeError(f"device_code must be at most {MAX_DEVICE_CODE} characters")
    if not device_code.isprintable() or any(c.isspace() or c in "/\\" for c in device_code):
        raise InvalidCodeError("device_code must not hold whitespace, control characters, '/' or '\\'")
    return device_code


def _checked_user_code(user_code: object) -> str:
    if not isinstance(user_code, str) or not 1 <= len(user_code) <= 16:
        raise InvalidCodeError("user_code must be a string of 1 to 16 characters")
    return user_code


def approve(client: Sumvin, device_code: str, user_code: str) -> None:
    """Approve a sign-in as the signed-in user (``client`` holds their JWT).

    Codes that cannot be sent as they are raise ``InvalidCodeError`` before any request.
    """
    body = DeviceCodeApprovalRequest(user_code=_checked_user_code(user_code))
    client.cli.approve_device_code(_checked_device_code(device_code), body=body)


def deny(client: Sumvin, device_code: str) -> None:
    """Deny a sign-in as the signed-in user; a device code that cannot be sent raises ``InvalidCodeError``."""
    client.cli.deny_device_code(_checked_device_code(device_code))
