"""The device sign-in against the fake: approval, denial, expiry, slow-downs, cancellation, conflicts."""

from __future__ import annotations

import email.utils
import json
import logging
import re
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from sumvin_sdk import AsyncSumvin, Sumvin, device
from sumvin_sdk._generated.models import CreateUserRequest
from sumvin_sdk.device import (
    MAX_INTERVAL,
    MAX_LIFETIME,
    DeviceCodeAlreadyExchangedError,
    DeviceCodeGoneError,
    DeviceCodeNotFoundError,
    DeviceLoginCancelledError,
    DeviceLoginError,
    DeviceLoginTimeoutError,
    DeviceLoginUnexpectedError,
    InvalidCodeError,
    PersonalAccessToken,
    UserCode,
    alogin,
    approve,
    deny,
    login,
)
from sumvin_sdk.errors import SumvinError
from sumvin_sdk.testing import FakeSumvin

CLI_AGENT = "sumvin-cli/0.1 (tests)"
BASE = "https://api.sumvin.test"


#: What a tampering hook does to one answer of the fake: return another answer, or raise to fail the request.
Tamper = Callable[[httpx.Request, httpx.Response], httpx.Response]


def stage(request: httpx.Request) -> str:
    """Which step of the sign-in a request of the CLI side is."""
    path = request.url.path
    if path == "/v0/cli/device-codes":
        return "create"
    return "poll" if path.startswith("/v0/cli/device-codes/") else "exchange"


def with_json(change: Callable[[Any], Any]) -> Tamper:
    """A hook that answers with the fake's JSON body changed by ``change``, same status."""

    def tamper(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        return httpx.Response(response.status_code, json=change(json.loads(response.content)))

    return tamper


class Session:
    """A fake API, a shared fake clock, and a sleep that moves it and may act on the n-th wait.

    ``tamper[stage]`` rewrites (or fails) every answer the CLI side gets for that stage of the sign-in.
    """

    def __init__(self, **fake_options: Any) -> None:
        self.now = 1_750_000_000.0
        self.fake = FakeSumvin(clock=lambda: self.now, **fake_options)
        self.waits: list[float] = []
        self.codes: list[UserCode] = []
        self.on_wait: dict[int, Callable[[], None]] = {}
        self.tamper: dict[str, Tamper] = {}
        self.cli = Sumvin(base_url=BASE, auth=[], user_agent=CLI_AGENT, transport=httpx.MockTransport(self.answer))
        self.browser = Sumvin(
            base_url=BASE, jwt=self.fake.jwt("ada", expires_in=10**6), transport=self.fake.transport()
        )

    def answer(self, request: httpx.Request) -> httpx.Response:
        response = self.fake.handle(request)
        hook = self.tamper.get(stage(request))
        return hook(request, response) if hook else response

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


@pytest.mark.parametrize("user_code", ["", "X" * 17, None, 1234])
def test_approval_refuses_bad_user_codes_before_any_request(user_code: Any) -> None:
    session = Session()
    with pytest.raises(InvalidCodeError, match="1 to 16"):
        approve(session.browser, "some-device-code", user_code)
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


# -- pacing: the interval the server asks for, kept within bounds, and how a 429 slows it ---------------------


def paced(session: Session, interval: object) -> None:
    """The fake's create answer with ``interval`` in place of its own; approval comes on the third wait."""
    session.tamper["create"] = with_json(lambda body: body | {"interval": interval})
    session.on_wait[3] = session.approve_now


@pytest.mark.parametrize(
    ("interval", "wait"),
    [
        (-1, 1.0),
        (0, 1.0),
        (-(10**400), 1.0),
        (1, 1.0),
        (3, 3.0),
        (59, 59.0),
        (61, MAX_INTERVAL),
        (10**400, MAX_INTERVAL),
    ],
)
def test_the_servers_interval_is_kept_between_one_second_and_the_maximum(interval: int, wait: float) -> None:
    session = Session()
    paced(session, interval)
    session.login()
    assert session.waits == [wait, wait, wait]


@pytest.mark.parametrize("interval", ["5", None, True, [5], {"s": 5}, float("nan")])
def test_an_interval_that_is_not_a_number_ends_the_sign_in_before_any_poll(interval: object) -> None:
    session = Session()
    session.tamper["create"] = with_json(lambda body: body | {"interval": interval})
    with pytest.raises(DeviceLoginUnexpectedError):
        session.login()
    assert session.waits == [] and len(session.fake.requests) == 1


def http_date(session: Session, ahead: float) -> str:
    return email.utils.formatdate(session.now + ahead, usegmt=True)


@pytest.mark.parametrize(
    ("interval", "retry_after", "times", "waits"),
    [
        (3, None, 1, [3.0, 8.0, 8.0]),  # +5 s, not x2 (6 s)
        (5, None, 2, [5.0, 10.0, 15.0, 15.0]),  # +5 s each time, not x2 (20 s)
        (5, "2", 1, [5.0, 10.0, 10.0]),  # a shorter Retry-After neither replaces the interval nor skips the slow-down
        (5, "7", 1, [5.0, 10.0, 10.0]),  # nor does one between the interval and the slowed interval
        (5, "12", 1, [5.0, 12.0, 12.0]),  # a longer one wins, for good
        (3, "12", 2, [3.0, 12.0, 17.0, 17.0]),  # then the next 429 adds 5 s to it
        (5, "-5", 1, [5.0, 10.0, 10.0]),
        (0, "-5", 1, [1.0, 6.0, 6.0]),  # the case that polled 1,844 times in 2 s
        (5, "0", 1, [5.0, 10.0, 10.0]),
        (5, "soon", 1, [5.0, 10.0, 10.0]),
        (5, "nan", 1, [5.0, 10.0, 10.0]),
        (5, "inf", 1, [5.0, MAX_INTERVAL, MAX_INTERVAL]),
        (5, "1e400", 1, [5.0, MAX_INTERVAL, MAX_INTERVAL]),
        (5, "9" * 400, 1, [5.0, MAX_INTERVAL, MAX_INTERVAL]),
        (58, None, 1, [58.0, MAX_INTERVAL, MAX_INTERVAL]),  # the slow-down stops at the maximum
        (5, "date+35", 1, [5.0, 30.0, 30.0]),  # an HTTP date 35 s after the start: 30 s after the 429
        (5, "date-30", 1, [5.0, 10.0, 10.0]),  # a date in the past asks for no more than the slow-down
    ],
)
def test_a_429_slows_polling_by_five_seconds_or_to_a_longer_retry_after(
    interval: int, retry_after: str | None, times: int, waits: list[float]
) -> None:
    session = Session()
    paced(session, interval)
    session.on_wait = {len(waits): session.approve_now}
    if retry_after and retry_after.startswith("date"):
        retry_after = http_date(session, float(retry_after[4:]))
    session.fake.inject("pollDeviceCode", status=429, retry_after=retry_after, times=times)
    session.login()
    assert session.waits == waits


@pytest.mark.parametrize(("expires_in", "lifetime"), [(-1, 0), (0, 0), (30, 30)])
def test_the_local_deadline_follows_the_servers_lifetime(expires_in: int, lifetime: float) -> None:
    session = Session()
    session.tamper["create"] = with_json(lambda body: body | {"expires_in": expires_in})
    with pytest.raises(DeviceLoginTimeoutError):
        session.login()
    assert session.codes[0].expires_in == lifetime
    assert session.waits == [5.0] * int(lifetime // 5)


def test_a_huge_lifetime_is_bounded_and_the_server_ends_the_wait() -> None:
    session = Session()
    session.tamper["create"] = with_json(lambda body: body | {"expires_in": 10**400})
    with pytest.raises(DeviceCodeGoneError):  # the fake's own 600 s run out first
        session.login()
    assert session.codes[0].expires_in == MAX_LIFETIME
    assert sum(session.waits) == 600


# -- every ending is a DeviceLoginError, its cause chained -------------------------------------------------------


def refuse(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


def time_out(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    raise httpx.ReadTimeout("timed out", request=request)


def reset(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    raise httpx.RemoteProtocolError("peer closed the connection", request=request)


def answer(status: int, content: bytes = b"", **headers: str) -> Tamper:
    return lambda request, response: httpx.Response(status, content=content, headers=headers)


def nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


FAILURES: dict[str, Tamper] = {
    "refused": refuse,
    "timeout": time_out,
    "reset": reset,
    "html 200": answer(200, b"<html>hi</html>", **{"content-type": "text/html"}),
    "empty 200": answer(200),
    "json list": answer(200, b"[1, 2]"),
    "json string": answer(200, b'"ok"'),
    "empty object": answer(200, b"{}"),
    "deep nesting": answer(200, nested(5000)),
    "truncated": answer(200, b'{"status": "appr'),
    "wrong types": with_json(lambda body: {k: [v] for k, v in body.items()}),
    "nulls": with_json(lambda body: dict.fromkeys(body)),
    "html 502": answer(502, b"<html>bad gateway</html>", **{"content-type": "text/html"}),
    "empty 503": answer(503),
    "500 problem": answer(500, b'{"status": 500, "title": "Boom", "error_code": "GEN-500-001"}'),
    "418": answer(418, b"teapot"),
    "401": answer(401, b'{"status": 401, "title": "Unauthorized", "error_code": "AUTH-401-001"}'),
    "403": answer(403),
    "400": answer(400, b'{"status": 400, "title": "Bad", "error_code": "CLI-400-001"}'),
    "422": answer(422, b'{"detail": [{"loc": ["body"], "msg": "bad", "type": "x"}]}'),
    "302 away": answer(302, location="https://evil.test/steal"),
    "304": answer(304),
    "199": answer(199),
    "600": answer(600),
}


@pytest.mark.parametrize("where", ["create", "poll", "exchange"])
@pytest.mark.parametrize("failure", FAILURES, ids=str)
def test_every_failure_at_every_step_ends_as_a_device_login_error_with_its_cause(where: str, failure: str) -> None:
    session = Session()
    session.on_wait[1] = session.approve_now
    session.tamper[where] = FAILURES[failure]
    with pytest.raises(DeviceLoginError) as caught:
        session.login()
    error = caught.value
    assert isinstance(error.__cause__, Exception), "the error underneath is chained"
    assert not isinstance(error, DeviceLoginCancelledError | DeviceLoginTimeoutError)
    text = "".join(traceback.format_exception(error))
    for secret in list(session.fake.device_codes) + [t.value for t in session.fake.tokens.values()]:
        assert secret not in text and secret not in repr(error)


@pytest.mark.parametrize("where", ["create", "poll", "exchange"])
@pytest.mark.anyio
async def test_async_endings_are_device_login_errors_too(where: str) -> None:
    session = Session()
    session.on_wait[1] = session.approve_now
    session.tamper[where] = refuse
    client = AsyncSumvin(base_url=BASE, auth=[], user_agent=CLI_AGENT, transport=httpx.MockTransport(session.answer))
    with pytest.raises(DeviceLoginUnexpectedError) as caught:
        await alogin(client, on_user_code=session.codes.append, clock=session.clock, sleep=session.asleep)
    assert isinstance(caught.value.__cause__, SumvinError)


@pytest.mark.parametrize(
    ("where", "status", "error"),
    [
        ("create", 404, DeviceLoginUnexpectedError),
        ("create", 409, DeviceLoginUnexpectedError),
        ("create", 410, DeviceLoginUnexpectedError),
        ("poll", 404, DeviceCodeNotFoundError),
        ("poll", 409, DeviceLoginUnexpectedError),
        ("poll", 410, DeviceCodeGoneError),
        ("exchange", 404, DeviceCodeNotFoundError),
        ("exchange", 409, DeviceCodeAlreadyExchangedError),
        ("exchange", 410, DeviceCodeGoneError),
    ],
)
def test_known_statuses_are_named_only_where_they_mean_something(
    where: str, status: int, error: type[DeviceLoginError]
) -> None:
    session = Session()
    session.on_wait[1] = session.approve_now
    body = json.dumps({"status": status, "title": "x", "error_code": f"CLI-{status}-001", "trace_id": "tr_1"})
    session.tamper[where] = answer(status, body.encode())
    with pytest.raises(error) as caught:
        session.login()
    assert type(caught.value) is error and "tr_1" in str(caught.value)


@pytest.mark.parametrize(
    "token", ["", " ", "svpat_abc ", " svpat_abc", "svpat\tabc", "svpat_abc\n", "svpat\x00", "svpät", 42, None]
)
def test_a_token_that_could_not_be_sent_back_ends_the_sign_in(token: object) -> None:
    session = Session()
    session.on_wait[1] = session.approve_now
    session.tamper["exchange"] = with_json(lambda body: body | {"token": token})
    with pytest.raises(DeviceLoginUnexpectedError) as caught:
        session.login()
    assert not isinstance(token, str) or not token.strip() or token.strip() not in str(caught.value)


HOSTILE_DEVICE_CODES = [
    "",
    ".",
    "..",
    "/",
    "a/b",
    "../x",
    "..%2f",  # not refused by the check below (it is one segment); listed here for the server-side cases
    "a\\b",
    "..\\",
    " ",
    "\t",
    "x\n",
    "x\r\nX-Evil: 1",
    "\x00",
    "\x1b[2J",
    "\u202e",
    "\x85",
    "x" * 513,
]
REFUSED_DEVICE_CODES = [code for code in HOSTILE_DEVICE_CODES if code != "..%2f"]


@pytest.mark.parametrize("device_code", REFUSED_DEVICE_CODES, ids=repr)
def test_a_device_code_from_the_server_that_would_change_the_route_is_never_polled(device_code: str) -> None:
    session = Session()
    session.tamper["create"] = with_json(lambda body: body | {"device_code": device_code})
    with pytest.raises(DeviceLoginUnexpectedError) as caught:
        session.login()
    assert isinstance(caught.value.__cause__, InvalidCodeError)
    assert len(session.fake.requests) == 1 and session.codes == [], "only the create request; nothing shown"


@pytest.mark.parametrize("device_code", [*REFUSED_DEVICE_CODES, None, 7, b"abc"], ids=repr)
def test_approve_and_deny_refuse_codes_that_would_reach_another_operation(device_code: Any) -> None:
    session = Session()
    with pytest.raises(InvalidCodeError) as approving:
        approve(session.browser, device_code, "ABCD-EFGH")
    with pytest.raises(InvalidCodeError) as denying:
        deny(session.browser, device_code)
    assert isinstance(approving.value, SumvinError) and isinstance(denying.value, ValueError)
    assert "device_code" in str(approving.value)
    assert session.fake.requests == []


@pytest.mark.parametrize(
    "device_code", ["..%2f", "%2e%2e", "...", ".a", "a.", "%2F", "?x", "#x", "a;b", "ü", "~", "x" * 512]
)
def test_other_codes_reach_their_own_operation_as_one_segment(device_code: str) -> None:
    session = Session()
    with pytest.raises(SumvinError):  # the fake does not know them
        approve(session.browser, device_code, "ABCD-EFGH")
    with pytest.raises(SumvinError):
        deny(session.browser, device_code)
    approving, denying = session.fake.requests
    for request, method in ((approving, "POST"), (denying, "DELETE")):
        segments = request.url.raw_path.split(b"/")
        assert request.method == method and len(segments) == 6 and segments[-1] == b"approval"
        assert httpx.URL(request.url).path.endswith(f"/device-codes/{device_code}/approval")


def test_ctrl_c_during_a_request_cancels_and_sends_nothing_more() -> None:
    session = Session()

    def interrupt(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        raise KeyboardInterrupt

    session.tamper["poll"] = interrupt
    with pytest.raises(DeviceLoginCancelledError):
        session.login()
    assert len(session.fake.requests) == 2


def test_the_callers_own_callback_errors_pass_through_unchanged() -> None:
    session = Session()

    def shown(code: UserCode) -> None:
        raise LookupError("my own bug")

    with pytest.raises(LookupError, match="my own bug"):
        login(session.cli, on_user_code=shown, clock=session.clock, sleep=session.sleep)


def test_the_docs_promise_is_the_one_these_tests_keep() -> None:
    """README and docs/cli.md say every ending is a DeviceLoginError; the table names each one the module has."""
    root = Path(__file__).resolve().parent.parent
    readme, page = (root / "README.md").read_text(), (root / "docs" / "cli.md").read_text()
    for text in (readme, page):
        assert re.search(r"every way it can end is a `DeviceLoginError`", text, re.IGNORECASE)
    listed = set(re.findall(r"^\| `(\w+Error)` \|", page, re.MULTILINE))
    endings = {
        name
        for name in device.__all__
        if isinstance(getattr(device, name), type) and issubclass(getattr(device, name), DeviceLoginError)
    }
    assert listed == endings - {"DeviceLoginError"}
    assert set(FAILURES) and {"create", "poll", "exchange"} == {stage(r) for r in session_requests()}


def session_requests() -> list[httpx.Request]:
    """The CLI side's requests in one approved sign-in: the stages the failure matrix covers."""
    session = Session()
    session.on_wait[1] = session.approve_now
    session.login()
    return [r for r in session.fake.requests if "user-agent" in r.headers and r.headers["user-agent"] == CLI_AGENT]


def interrupted(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    raise KeyboardInterrupt


def broken(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    raise ValueError("svpat_in_a_defects_message")


def test_ctrl_c_says_the_sign_in_was_cancelled() -> None:
    session = Session()
    session.tamper["poll"] = interrupted
    with pytest.raises(DeviceLoginCancelledError) as caught:
        session.login()
    assert str(caught.value) == "sign-in cancelled"


@pytest.mark.parametrize(
    ("where", "failure", "stage_text"),
    [("create", refuse, "asking for a sign-in code"), ("poll", reset, "waiting for approval")],
)
def test_an_sdk_failure_says_what_the_sign_in_was_doing_and_what_failed(
    where: str, failure: Tamper, stage_text: str
) -> None:
    session = Session()
    session.tamper[where] = failure
    with pytest.raises(DeviceLoginUnexpectedError) as caught:
        session.login()
    assert str(caught.value) == f"sign-in failed while {stage_text}: {caught.value.__cause__}"


def test_a_defect_underneath_is_named_by_its_type_only() -> None:
    session = Session()
    session.tamper["poll"] = broken
    with pytest.raises(DeviceLoginUnexpectedError) as caught:
        session.login()
    assert str(caught.value) == "sign-in failed while waiting for approval: ValueError"


GONE = "the sign-in request was denied, has expired, or was already used; run the sign-in again"


@pytest.mark.parametrize(("trace", "suffix"), [({"trace_id": "tr_1"}, " (trace id tr_1)"), ({}, "")])
def test_a_gone_sign_in_says_so_with_the_trace_id_when_there_is_one(trace: dict[str, str], suffix: str) -> None:
    session = Session()
    problem = {"status": 410, "title": "Gone", "error_code": "CLI-410-001"} | trace
    session.tamper["poll"] = answer(410, json.dumps(problem).encode())
    with pytest.raises(DeviceCodeGoneError) as caught:
        session.login()
    assert str(caught.value) == GONE + suffix


@pytest.mark.anyio
async def test_async_login_names_its_token_and_retries_nothing_itself() -> None:
    session = Session()
    session.on_wait[1] = session.approve_now
    client = AsyncSumvin(base_url=BASE, auth=[], user_agent=CLI_AGENT, transport=httpx.MockTransport(session.answer))
    await alogin(
        client, on_user_code=session.codes.append, client_name="tests", clock=session.clock, sleep=session.asleep
    )
    assert [token.name for token in session.fake.tokens.values()] == ["tests"]
    failing = Session()
    failing.tamper["poll"] = answer(503)
    client = AsyncSumvin(base_url=BASE, auth=[], user_agent=CLI_AGENT, transport=httpx.MockTransport(failing.answer))
    with pytest.raises(DeviceLoginUnexpectedError):
        await alogin(client, on_user_code=failing.codes.append, clock=failing.clock, sleep=failing.asleep)
    assert [stage(request) for request in failing.fake.requests] == ["create", "poll"]
