"""What a test scripts into the fake, exactly as it comes back: scripted replies (empty, JSON or raw, with their
headers), each kind of injected fault (its status, error code, detail, headers and body; a delay that is then
answered as usual; a timeout or a dropped connection naming the request), the problems a handler of one's own
builds with ``Call``, and the hint an unknown operationId gets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from sumvin_sdk.testing import Call, FakeSumvin, UnknownOperationError

BASE = "https://api.sumvin.test"
JSON = dict[str, Any]


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def fake(sleeps: list[float]) -> Iterator[FakeSumvin]:
    fake = FakeSumvin(sleep=sleeps.append, transactions_per_user=0)
    yield fake
    assert not fake.errors, fake.errors[0]


def get(fake: FakeSumvin, path: str = "/health", **headers: str) -> httpx.Response:
    with httpx.Client(transport=fake.transport(), base_url=BASE) as http:
        return http.get(path, headers=headers)


def problem_body(response: httpx.Response) -> JSON:
    """The problem's body without its random ``trace_id`` (checked to be 8 random bytes in hex)."""
    body: JSON = response.json()
    assert re.fullmatch(r"[0-9a-f]{16}", body.pop("trace_id")), "a trace id of 8 random bytes, in hex"
    return body


# -- scripted replies ------------------------------------------------------------------------------------------


def test_a_scripted_reply_without_a_body_is_empty_with_its_status_and_headers(fake: FakeSumvin) -> None:
    fake.reply("healthCheck", 202, headers={"x-scripted": "yes"})
    answer = get(fake)
    assert (answer.status_code, answer.content, answer.headers["x-scripted"]) == (202, b"", "yes")


def test_a_scripted_json_reply_keeps_its_headers(fake: FakeSumvin) -> None:
    fake.reply("healthCheck", 200, {"status": "scripted"}, headers={"x-scripted": "yes"})
    answer = get(fake)
    assert (answer.json(), answer.headers["x-scripted"]) == ({"status": "scripted"}, "yes")
    assert answer.headers["content-type"] == "application/json"


def test_a_scripted_raw_reply_sends_its_bytes_unchanged(fake: FakeSumvin) -> None:
    fake.reply("healthCheck", 200, content=b"not json at all", headers={"x-scripted": "yes"})
    answer = get(fake)
    assert (answer.content, answer.headers["x-scripted"]) == (b"not json at all", "yes")


# -- injected faults -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "title", "code"),
    [
        (404, "Not Found", "GEN-404-001"),
        (500, "Internal Server Error", "GEN-500-001"),
        (503, "Service Unavailable", "GEN-503-001-R"),
        (599, "Error", "GEN-599-001"),  # a status without a reason phrase
    ],
)
def test_an_injected_status_is_a_problem_with_its_generic_code_marked_as_injected(
    fake: FakeSumvin, status: int, title: str, code: str
) -> None:
    fake.inject("healthCheck", status=status)
    answer = get(fake)
    assert (answer.status_code, answer.headers["x-fake-fault"]) == (status, "injected")
    assert problem_body(answer) == {
        "type": f"https://api.sumvin.com/errors/{code}",
        "title": title,
        "status": status,
        "detail": "a fault injected into the fake",
        "instance": "/health",
        "error_code": code,
    }


def test_an_injected_fault_sends_its_retry_after_and_headers(fake: FakeSumvin) -> None:
    fake.inject("healthCheck", status=429, retry_after="7", headers={"x-why": "busy"})
    answer = get(fake)
    assert (answer.headers["retry-after"], answer.headers["x-why"]) == ("7", "busy")
    assert problem_body(answer)["error_code"] == "GEN-429-001-R"


@pytest.mark.parametrize(("status", "sent"), [(None, 200), (502, 502)])
def test_injected_malformed_json_is_a_truncated_json_body(fake: FakeSumvin, status: int | None, sent: int) -> None:
    fake.inject("healthCheck", malformed_json=True, status=status)
    answer = get(fake)
    assert (answer.status_code, answer.content) == (sent, b'{"truncated": [')
    assert (answer.headers["content-type"], answer.headers["x-fake-fault"]) == ("application/json", "injected")


def test_an_injected_delay_sleeps_through_the_fake_then_answers_as_usual(fake: FakeSumvin, sleeps: list[float]) -> None:
    usual = get(fake)
    fake.inject("healthCheck", delay=2.5)
    delayed = get(fake)
    assert sleeps == [2.5]
    assert (delayed.status_code, delayed.json()) == (usual.status_code, usual.json())
    assert "x-fake-fault" not in delayed.headers


@pytest.mark.parametrize(
    ("fault", "error", "message"),
    [
        ({"timeout": True}, httpx.ReadTimeout, "the fake never answered (an injected timeout)"),
        ({"drop": True}, httpx.RemoteProtocolError, "the fake dropped the connection"),
    ],
)
def test_an_injected_timeout_or_dropped_connection_raises_naming_the_request(
    fake: FakeSumvin, fault: JSON, error: type[httpx.TransportError], message: str
) -> None:
    fake.inject("healthCheck", times=2, **fault)
    request = httpx.Request("GET", f"{BASE}/health")
    with pytest.raises(error) as raised:
        fake.handle(request)  # the transport's own handler: no client fills the request in
    assert (str(raised.value), raised.value.request) == (message, request)
    with pytest.raises(error, match=re.escape(message)):
        get(fake)


# -- a handler of one's own ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("code", "sent"), [(None, "CRD-404-001"), ("CRD-404-009", "CRD-404-009")])
def test_a_handlers_missing_is_a_404_naming_what_the_caller_lacks(
    fake: FakeSumvin, code: str | None, sent: str
) -> None:
    fake.register("getCard", lambda call: call.missing("card", code))
    answer = get(fake, "/v0/card/crd_1", **{"x-juno-jwt": fake.jwt("ada")})
    assert answer.status_code == 404
    assert problem_body(answer) == {
        "type": f"https://api.sumvin.com/errors/{sent}",
        "title": "Not Found",
        "status": 404,
        "detail": "no such card for this user",
        "instance": "/v0/card/crd_1",
        "error_code": sent,
    }


def test_a_handlers_problem_without_a_detail_repeats_its_title_with_the_operations_code(fake: FakeSumvin) -> None:
    fake.register("getCard", lambda call: call.problem(404))
    body = problem_body(get(fake, "/v0/card/crd_1", **{"x-juno-jwt": fake.jwt("ada")}))
    assert (body["error_code"], body["title"], body["detail"]) == ("CRD-404-001", "Not Found", "Not Found")


def test_an_override_on_an_unauthenticated_call_has_no_user(fake: FakeSumvin) -> None:
    seen: list[object] = []

    def answer(call: Call) -> httpx.Response:
        seen.append(call.user())
        return call.respond(200, {"user": None})

    fake.seed.user("ada")
    fake.override("getUserAccount", answer)
    assert get(fake, "/v0/user/me").status_code == 200
    assert seen == [None]


# -- unknown operations ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("getWallets", "no operation 'getWallets' in the contract; did you mean getWallet, listWallets, deleteWallet?"),
        ("zzzz", "no operation 'zzzz' in the contract"),
    ],
)
def test_an_unknown_operation_id_names_up_to_three_close_ones(fake: FakeSumvin, name: str, message: str) -> None:
    with pytest.raises(UnknownOperationError) as raised:
        fake.reply(name)
    assert str(raised.value) == message
