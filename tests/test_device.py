"""The device sign-in against the fake: approval, denial, expiry, slow-downs, cancellation, conflicts."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from sumvin_sdk import AsyncSumvin, Sumvin
from sumvin_sdk._generated.models import CreateUserRequest
from sumvin_sdk.device import (
    DeviceCodeAlreadyExchangedError,
    DeviceCodeGoneError,
    DeviceCodeNotFoundError,
    DeviceLoginCancelledError,
    DeviceLoginTimeoutError,
    DeviceLoginUnexpectedError,
    PersonalAccessToken,
    UserCode,
    alogin,
    approve,
    deny,
    login,
)
from sumvin_sdk.testing import FakeSumvin

CLI_AGENT = "sumvin-cli/0.1 (tests)"
BASE = "https://api.sumvin.test"


class Session:
    """A fake API, a shared fake clock, and a sleep that moves it and may act on the n-th wait."""

    def __init__(self, **fake_options: Any) -> None:
        self.now = 1_750_000_000.0
        self.fake = FakeSumvin(clock=lambda: self.now, **fake_options)
        self.waits: list[float] = []
        self.codes: list[UserCode] = []
        self.on_wait: dict[int, Callable[[], None]] = {}
        self.cli = Sumvin(base_url=BASE, auth=[], user_agent=CLI_AGENT, transport=self.fake.transport())
        self.browser = Sumvin(
            base_url=BASE, jwt=self.fake.jwt("ada", expires_in=10**6), transport=self.fake.transport()
        )

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds
        action = self.on_wait.get(len(self.waits))
        if action is not None:
            action()

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def device_code(self) -> str:
        return next(iter(self.fake.device_codes))

    def approve_now(self) -> None:
        approve(self.browser, self.device_code(), self.codes[0].user_code)

    def login(self) -> PersonalAccessToken:
        return login(self.cli, on_user_code=self.codes.append, client_name="tests", clock=self.clock, sleep=self.sleep)


def test_an_approved_sign_in_gives_a_working_token() -> None:
    session = Session()
    session.browser.user.create_user_account(body=CreateUserRequest())
    session.on_wait[2] = session.approve_now
    token = session.login()
    assert len(session.codes) == 1 and session.codes[0].expires_in == 600
    assert not hasattr(session.codes[0], "device_code"), "the user is never shown the device code"
    assert session.waits == [5.0, 5.0]
    assert "svpat_" not in repr(token) and repr(token).startswith("PersonalAccessToken(token=<redacted>")
    with_pat = session.cli.with_options(pat=token.token)
    assert len(with_pat.wallets.list_wallets().wallets) == 2


def test_a_denied_sign_in_does_not_guess_why() -> None:
    session = Session()
    session.on_wait[1] = lambda: deny(session.browser, session.device_code())
    with pytest.raises(DeviceCodeGoneError, match="denied, has expired, or was already used"):
        session.login()


def test_the_local_deadline_ends_polling_without_another_request() -> None:
    session = Session()
    ahead = 1.0  # once waiting, the tool's clock runs a second ahead of the API's: its own deadline comes first

    def clock() -> float:
        return session.now + (ahead if session.waits else 0.0)

    with pytest.raises(DeviceLoginTimeoutError):
        login(session.cli, on_user_code=session.codes.append, clock=clock, sleep=session.sleep)
    assert sum(session.waits) + ahead <= 600 and len(session.waits) == 119
    polls = [r for r in session.fake.requests if r.method == "GET"]
    assert len(polls) == len(session.waits)


def test_a_429_without_retry_after_slows_polling_by_five_seconds_for_good() -> None:
    session = Session()
    session.fake.inject("pollDeviceCode", status=429)
    session.on_wait[3] = session.approve_now
    session.login()
    assert session.waits == [5.0, 10.0, 10.0]


def test_a_429_with_retry_after_is_honoured() -> None:
    session = Session()
    session.fake.inject("pollDeviceCode", status=429, retry_after="12")
    session.on_wait[2] = session.approve_now
    session.login()
    assert session.waits == [5.0, 12.0]


def test_ctrl_c_while_waiting_stops_at_once() -> None:
    session = Session()

    def interrupt() -> None:
        raise KeyboardInterrupt

    session.on_wait[2] = interrupt
    with pytest.raises(DeviceLoginCancelledError) as caught:
        session.login()
    assert isinstance(caught.value, KeyboardInterrupt)
    assert len(session.fake.requests) == 2, "create and one poll; nothing after the interrupt"


@pytest.mark.parametrize(
    ("operation", "status", "error"),
    [
        ("pollDeviceCode", 404, DeviceCodeNotFoundError),
        ("pollDeviceCode", 410, DeviceCodeGoneError),
        ("exchangeDeviceCode", 409, DeviceCodeAlreadyExchangedError),
        ("exchangeDeviceCode", 410, DeviceCodeGoneError),
        ("pollDeviceCode", 500, DeviceLoginUnexpectedError),
    ],
)
def test_each_ending_is_its_own_error(operation: str, status: int, error: type[Exception]) -> None:
    session = Session()
    session.on_wait[1] = session.approve_now
    session.fake.inject(operation, status=status, error_code=f"CLI-{status}-001")
    with pytest.raises(error):
        session.login()


def test_an_unknown_status_fails_closed() -> None:
    session = Session()
    handle = session.fake.handle

    def mystery(request: httpx.Request) -> httpx.Response:
        response = handle(request)
        if request.method == "GET" and "/device-codes/" in request.url.path:
            return httpx.Response(200, json=json.loads(response.content) | {"status": "quarantined"})
        return response

    session.cli = Sumvin(base_url=BASE, auth=[], user_agent=CLI_AGENT, transport=httpx.MockTransport(mystery))
    with pytest.raises(DeviceLoginUnexpectedError, match="quarantined"):
        session.login()


def test_no_device_code_or_token_in_logs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="sumvin_sdk")
    session = Session()
    session.on_wait[1] = session.approve_now
    token = session.login()
    device_code = session.device_code()
    session.fake.inject("pollDeviceCode", status=410, error_code="CLI-410-001")
    with pytest.raises(DeviceCodeGoneError) as caught:
        session.login()
    for text in (caplog.text, str(caught.value), repr(token)):
        assert device_code not in text and token.token not in text
    assert "GET /v0/cli/device-codes/{device_code} (pollDeviceCode) -> 200" in caplog.text


@pytest.mark.parametrize("user_code", ["", "X" * 17])
def test_approval_refuses_bad_user_codes_before_any_request(user_code: str) -> None:
    session = Session()
    with pytest.raises(ValueError, match="1 to 16"):
        approve(session.browser, "some-device-code", user_code)
    with pytest.raises(ValueError, match="device_code"):
        deny(session.browser, "")
    assert session.fake.requests == []


@pytest.mark.anyio
async def test_async_login_and_cancellation() -> None:
    session = Session()
    session.on_wait[1] = session.approve_now
    client = AsyncSumvin(base_url=BASE, auth=[], user_agent=CLI_AGENT, transport=session.fake.transport())
    token = await alogin(client, on_user_code=session.codes.append, clock=session.clock, sleep=session.asleep)
    assert token.token.startswith("svpat_")

    async def cancelled(seconds: float) -> None:
        import asyncio

        raise asyncio.CancelledError

    requests = len(session.fake.requests)
    with pytest.raises(DeviceLoginCancelledError):
        await alogin(client, on_user_code=session.codes.append, clock=session.clock, sleep=cancelled)
    assert len(session.fake.requests) == requests + 1, "only the create request; no poll after cancelling"
