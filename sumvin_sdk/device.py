"""The CLI sign-in (OAuth-style device authorization): a command-line tool gets a personal access token.

    token = login(client, on_user_code=lambda code: print(code.verification_uri_complete, code.user_code))

1. ``POST /v0/cli/device-codes`` gives a device code, a user code and where to enter it;
2. ``on_user_code`` is called once with what the user needs (never the device code);
3. ``GET /v0/cli/device-codes/{device_code}`` is polled, ``interval`` seconds apart, until the signed-in
   user approves (``approve()``, with their JWT) or denies (``deny()``); a 429 slows polling down for good
   (to ``Retry-After`` when given, else by 5 s);
4. ``POST /v0/cli/personal-access-tokens`` exchanges the approved code for the token.

Every ending is a ``DeviceLoginError``: gone (denied, expired or used; the API does not say which), not
found, already exchanged, the local deadline, cancellation (which stops at once and sends nothing more),
and any answer the flow does not know (it fails closed). ``login`` and ``alogin`` share one flow; the
clock and the sleeps are injectable, so tests run in milliseconds. The device code and the token never
appear in a message, a log line or a ``repr``.
"""

from __future__ import annotations

import asyncio
import datetime
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
from sumvin_sdk.errors import APIStatusError, SumvinError

__all__ = [
    "DeviceCodeAlreadyExchangedError",
    "DeviceCodeGoneError",
    "DeviceCodeNotFoundError",
    "DeviceLoginCancelledError",
    "DeviceLoginError",
    "DeviceLoginTimeoutError",
    "DeviceLoginUnexpectedError",
    "PersonalAccessToken",
    "UserCode",
    "alogin",
    "approve",
    "deny",
    "login",
]

SLOW_DOWN_SECONDS = 5.0


class DeviceLoginError(SumvinError):
    """The device sign-in ended without a token."""


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
    """An answer the flow does not know; it fails closed rather than guess."""


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


def _flow(
    on_user_code: Callable[[UserCode], object], client_name: str | None, clock: Callable[[], float]
) -> Flow[PersonalAccessToken]:
    created = yield Call("cli", "create_device_code", kwargs={"body": DeviceCodeCreateRequest(client_name=client_name)})
    deadline = clock() + created.expires_in
    device_code = created.device_code
    interval = float(created.interval)
    on_user_code(
        UserCode(created.user_code, created.verification_uri, created.verification_uri_complete, created.expires_in)
    )
    while True:
        if clock() + interval > deadline:
            raise DeviceLoginTimeoutError("the sign-in request expired before it was approved; run the sign-in again")
        yield Wait(interval)
        try:
            status = (yield Call("cli", "poll_device_code", (device_code,))).status
        except APIStatusError as error:
            if error.status_code != 429:
                raise _ending(error, exchanging=False) from None
            retry_after = RetryPolicy(clock=clock).retry_after(error.response)
            interval = max(interval, retry_after) if retry_after is not None else interval + SLOW_DOWN_SECONDS
            continue
        if status == "pending":
            continue
        if status in ("denied", "expired", "exchanged"):
            raise DeviceCodeGoneError(_GONE)
        if status != "approved":
            raise DeviceLoginUnexpectedError(f"the sign-in request is in a state this SDK does not know: {status!r}")
        body = PersonalAccessTokenExchangeRequest(device_code=device_code)
        try:
            issued = yield Call("cli", "exchange_device_code", kwargs={"body": body})
        except APIStatusError as error:
            raise _ending(error, exchanging=True) from None
        return PersonalAccessToken(token=issued.token, expires_at=issued.expires_at)


_GONE = "the sign-in request was denied, has expired, or was already used; run the sign-in again"


def _ending(error: APIStatusError, *, exchanging: bool) -> DeviceLoginError:
    trace = f" (trace id {error.trace_id})" if error.trace_id else ""
    if error.status_code == 410:
        return DeviceCodeGoneError(_GONE + trace)
    if error.status_code == 404:
        return DeviceCodeNotFoundError("the API does not know this sign-in request" + trace)
    if error.status_code == 409 and exchanging:
        return DeviceCodeAlreadyExchangedError("this sign-in request already gave out its token" + trace)
    return DeviceLoginUnexpectedError(f"unexpected answer during sign-in: {error.status_code} {error}")


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
    """Run the device sign-in through ``client``; return the personal access token."""
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


def _checked_codes(device_code: str, user_code: str) -> None:
    if not device_code or "/" in device_code:
        raise ValueError("device_code must be a non-empty code without '/'")
    if not 1 <= len(user_code) <= 16:
        raise ValueError("user_code must be 1 to 16 characters")


def approve(client: Sumvin, device_code: str, user_code: str) -> None:
    """Approve a sign-in as the signed-in user (``client`` holds their JWT). Bad codes are refused unsent."""
    _checked_codes(device_code, user_code)
    client.cli.approve_device_code(device_code, body=DeviceCodeApprovalRequest(user_code=user_code))


def deny(client: Sumvin, device_code: str) -> None:
    """Deny a sign-in as the signed-in user."""
    _checked_codes(device_code, "x")
    client.cli.deny_device_code(device_code)
