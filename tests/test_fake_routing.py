"""``FakeSumvin`` itself, as a test author shapes and reads it: its defaults, the JWTs it mints, routing (the
verification page, OPTIONS, HEAD, 404 and 405 with what they say), overrides before everything, the calls it
recorded, internal failures as 500s it keeps, ISO 8601 answers on request, and approving a sign-in."""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from sumvin_sdk._extras import install_hint
from sumvin_sdk.testing import FakeSumvin, FrozenClock, UnknownOperationError
from sumvin_sdk.testing import _fake as fake_module
from sumvin_sdk.testing._call import Call
from sumvin_sdk.testing._clock import START
from sumvin_sdk.testing._schemas import FULL
from tests.problems import problem_of

BASE = "https://api.sumvin.test"


def send(fake: FakeSumvin, method: str, path: str, **kwargs: Any) -> httpx.Response:
    headers = {"x-juno-jwt": fake.jwt()} | kwargs.pop("headers", {})
    with httpx.Client(transport=fake.transport(), base_url=BASE) as http:
        return http.request(method, path, headers=headers, **kwargs)


def payload(token: str) -> dict[str, Any]:
    part = token.split(".")[1]
    decoded: dict[str, Any] = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    return decoded


def test_a_fake_starts_with_its_documented_defaults() -> None:
    fake = FakeSumvin()
    assert (fake.wallets_per_user, fake.transactions_per_user, fake.browser_user) == (5, 7, "user-1")
    assert (fake.validate, fake.ucp_keys, fake.requests, fake.errors, fake.calls()) == (
        FULL,
        {"ucp_fake_key"},
        [],
        [],
        [],
    )
    assert fake.users is fake.state.users and fake.device_codes is fake.state.device_codes
    assert fake.tokens is fake.state.tokens
    assert FakeSumvin(validate=False).validate is False


def test_asking_for_validation_without_jsonschema_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fake_module, "FULL", False)
    with pytest.raises(ImportError) as caught:
        FakeSumvin(validate=True)
    assert str(caught.value) == f"request validation needs jsonschema: {install_hint('testing')}"
    assert FakeSumvin().validate is False and FakeSumvin(validate=False).validate is False


def test_a_minted_jwt_is_for_its_subject_until_an_hour_from_the_fakes_now(fake: FakeSumvin, clock: FrozenClock) -> None:
    clock.advance(10)
    assert payload(fake.jwt()) == {"sub": "user-1", "exp": int(START) + 3610}
    assert payload(fake.jwt("ada", expires_in=60, org="acme")) == {"sub": "ada", "exp": int(START) + 70, "org": "acme"}


def test_the_code_sent_to_a_phone_is_the_one_the_fake_keeps(fake: FakeSumvin) -> None:
    fake.state.phone_codes["+447700900123"] = ("246810", START + 600)
    assert fake.sent_code("+447700900123") == "246810"


def test_a_registered_handler_answers_after_auth_and_validation(fake: FakeSumvin) -> None:
    def health(call: Call) -> httpx.Response:
        return httpx.Response(200, json={"status": "registered"})

    assert fake.register("getUserAccount", health) is health
    assert send(fake, "GET", "/v0/user/me").json() == {"status": "registered"}
    unauthenticated = send(fake, "GET", "/v0/user/me", headers={"x-juno-jwt": "not a jwt"})
    assert unauthenticated.status_code == 401

    @fake.handler("listWallets")
    def wallets(call: Call) -> httpx.Response:
        return httpx.Response(200, json={"wallets": [], "_links": {"self": {"href": "/v0/wallets/"}}})

    assert send(fake, "GET", "/v0/wallets/").json()["wallets"] == []


@pytest.mark.parametrize("use", ["register", "handler", "override", "reply", "inject", "calls"])
def test_an_operation_the_contract_lacks_is_refused_with_the_closest_names(fake: FakeSumvin, use: str) -> None:
    attempts: dict[str, Callable[[], object]] = {
        "register": lambda: fake.register("getUserAcount", lambda call: httpx.Response(200)),
        "handler": lambda: fake.handler("getUserAcount"),
        "override": lambda: fake.override("getUserAcount", lambda call: httpx.Response(200)),
        "reply": lambda: fake.reply("getUserAcount"),
        "inject": lambda: fake.inject("getUserAcount", status=500),
        "calls": lambda: fake.calls("getUserAcount"),
    }
    with pytest.raises(UnknownOperationError, match="did you mean getUserAccount"):
        attempts[use]()


@pytest.mark.parametrize("times", [0, -1])
def test_an_override_for_no_calls_is_refused(fake: FakeSumvin, times: int) -> None:
    with pytest.raises(ValueError, match=r"^times must be at least 1 \(or None for every call\)$"):
        fake.override("getUserAccount", lambda call: httpx.Response(200), times=times)


def test_an_override_answers_before_auth_for_its_calls_only(fake: FakeSumvin) -> None:
    fake.override("getUserAccount", lambda call: httpx.Response(299), when=lambda call: "x" in call.query)
    assert send(fake, "GET", "/v0/user/me", params={"x": "1"}, headers={"x-juno-jwt": ""}).status_code == 299
    assert send(fake, "GET", "/v0/user/me").status_code == 404
    assert [send(fake, "GET", "/v0/user/me", params={"x": str(n)}).status_code for n in range(3)] == [299] * 3


def test_a_reply_answers_the_next_call_once_unless_told(fake: FakeSumvin) -> None:
    reply = fake.reply("getUserAccount", body={"scripted": True})
    first, second = send(fake, "GET", "/v0/user/me"), send(fake, "GET", "/v0/user/me")
    assert (first.status_code, first.json(), second.status_code) == (200, {"scripted": True}, 404)
    assert reply.exhausted
    fake.reply("getUserAccount", 418, content=b"teapot", headers={"x-brew": "tea"}, times=2)
    answers = [send(fake, "GET", "/v0/user/me") for _ in range(3)]
    assert [(a.status_code, a.content) for a in answers[:2]] == [(418, b"teapot")] * 2
    assert answers[0].headers["x-brew"] == "tea" and answers[2].status_code == 404


def test_the_first_override_that_takes_a_call_answers_it(fake: FakeSumvin) -> None:
    never = fake.reply("getUserAccount", 201, body={}, when=lambda call: False)
    fake.reply("getUserAccount", 202, body={})
    fake.reply("getUserAccount", 203, body={})
    assert [send(fake, "GET", "/v0/user/me").status_code for _ in range(3)] == [202, 203, 404]
    assert never.used == 0
    fake.reset_overrides()  # the one that never matched, forgotten before the fixture checks every one was used


def test_overrides_never_used_are_named_and_forgotten_on_reset(fake: FakeSumvin) -> None:
    fake.reply("getUserAccount", times=2)
    fake.reply("listWallets", times=None)
    send(fake, "GET", "/v0/user/me")
    with pytest.raises(AssertionError) as caught:
        fake.assert_overrides_used()
    message = "overrides never (fully) used: getUserAccount (used 1 of 2), listWallets (used 0 of any)"
    assert str(caught.value).splitlines()[0] == message  # pytest may add its own explanation below
    fake.reset_overrides()
    fake.assert_overrides_used()
    assert send(fake, "GET", "/v0/user/me").status_code == 404


def test_an_injected_fault_answers_its_problem(fake: FakeSumvin) -> None:
    fake.inject("getUserAccount", status=404, headers={"x-fault": "yes"}, times=2)
    answers = [send(fake, "GET", "/v0/user/me") for _ in range(2)]
    assert [a.json()["error_code"] for a in answers] == ["GEN-404-001"] * 2
    assert answers[1].headers["x-fault"] == "yes"
    fake.inject("getUserAccount", status=409, error_code="USR-409-002")
    assert send(fake, "GET", "/v0/user/me").json()["error_code"] == "USR-409-002"


def test_an_injected_fault_waits_its_delay_on_the_fakes_clock_for_the_calls_it_is_for(
    fake: FakeSumvin, clock: FrozenClock
) -> None:
    fake.inject("getUserAccount", status=503, delay=2.5, when=lambda call: call.query.get("slow") == "1")
    assert send(fake, "GET", "/v0/user/me").status_code == 404
    assert clock.slept == []
    assert send(fake, "GET", "/v0/user/me", params={"slow": "1"}).status_code == 503
    assert clock.slept == [2.5]


def test_the_calls_are_recorded_oldest_first_and_by_operation(fake: FakeSumvin) -> None:
    send(fake, "GET", "/v0/user/me")
    send(fake, "GET", "/v0/wallets/")
    send(fake, "GET", "/v0/user/me", params={"n": "2"})
    send(fake, "GET", "/nowhere")
    assert [c.operation_id for c in fake.calls()] == ["getUserAccount", "listWallets", "getUserAccount"]
    assert [c.query.get("n") for c in fake.calls("getUserAccount")] == [None, "2"]
    statuses = [c.response.status_code for c in fake.calls() if c.response is not None]
    assert statuses == [404, 200, 200], "listing wallets made the caller's account"
    assert [r.url.path for r in fake.requests] == ["/v0/user/me", "/v0/wallets/", "/v0/user/me", "/nowhere"]
    copy = fake.calls()
    copy.clear()
    assert len(fake.calls()) == 3


def test_a_path_the_contract_lacks_is_a_404_saying_so(fake: FakeSumvin) -> None:
    answer = send(fake, "GET", "/v0/nowhere")
    assert problem_of(answer) == (404, "GEN-400-001", "the contract has no operation at /v0/nowhere")
    options = send(fake, "OPTIONS", "/v0/nowhere")
    assert problem_of(options) == (404, "GEN-400-001", "nothing at /v0/nowhere")


def test_a_method_the_path_lacks_is_a_405_naming_the_ones_it_has(fake: FakeSumvin) -> None:
    answer = send(fake, "PUT", "/v0/wallets/w1")
    assert problem_of(answer) == (405, "GEN-400-001", "PUT is not allowed here; use DELETE, GET, PATCH")


def test_options_lists_the_paths_methods_with_head_for_a_get(fake: FakeSumvin) -> None:
    answer = send(fake, "OPTIONS", "/v0/wallets/w1")
    assert (answer.status_code, answer.headers["allow"], answer.content) == (
        204,
        "DELETE, GET, PATCH, HEAD, OPTIONS",
        b"",
    )
    post_only = send(fake, "OPTIONS", "/v0/cli/device-codes")
    assert post_only.headers["allow"] == "POST, OPTIONS"


def test_head_is_answered_as_get(fake: FakeSumvin) -> None:
    fake.seed.user("user-1")
    answer = send(fake, "HEAD", "/v0/user/me")
    assert answer.status_code == 200 and fake.calls()[0].operation_id == "getUserAccount"


def test_the_verification_page_answers_get_and_head_but_not_post(fake: FakeSumvin) -> None:
    assert send(fake, "GET", "/cli/verify").headers["content-type"].startswith("text/html")
    assert send(fake, "HEAD", "/cli/verify").headers["content-type"].startswith("text/html")
    posted = send(fake, "POST", "/cli/verify")
    assert (posted.status_code, posted.json()["detail"]) == (404, "the contract has no operation at /cli/verify")


def test_an_internal_failure_is_a_500_problem_the_fake_keeps_and_logs(
    fake: FakeSumvin, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(call: Call) -> httpx.Response:
        raise RuntimeError("the handler broke")

    fake.register("getUserAccount", broken)
    with caplog.at_level(logging.ERROR, logger="sumvin_sdk.testing"):
        answer = send(fake, "GET", "/v0/user/me")
    assert problem_of(answer) == (500, "USR-500-001", "the fake failed")
    assert len(fake.errors) == 1 and "RuntimeError: the handler broke" in fake.errors[0]
    assert [r.getMessage() for r in caplog.records] == ["the fake failed answering GET /v0/user/me"]
    fake.errors.clear()  # seen here; the fixture fails any test that leaves one


def test_a_transport_error_from_a_handler_goes_to_the_client(fake: FakeSumvin) -> None:
    def dropped(call: Call) -> httpx.Response:
        raise httpx.RemoteProtocolError("dropped")

    fake.register("getUserAccount", dropped)
    with pytest.raises(httpx.RemoteProtocolError):
        send(fake, "GET", "/v0/user/me")
    assert fake.errors == [] and len(fake.requests) == 1


def test_iso_timestamps_on_request_keep_the_answers_status_and_headers(fake: FakeSumvin) -> None:
    fake.reply("getUserAccount", 203, {"created_at": 1_750_000_000_000, "n": 1}, headers={"x-kept": "yes"})
    answer = send(fake, "GET", "/v0/user/me", headers={"x-timestamp-format": "iso8601"})
    assert (answer.status_code, answer.json()) == (203, {"created_at": "2025-06-15T15:06:40Z", "n": 1})
    assert answer.headers["x-kept"] == "yes" and answer.headers["content-type"] == "application/json"
    assert answer.headers["content-length"] == str(len(answer.content))


@pytest.mark.parametrize(
    "content_type", ["application/problem+json", "Application/JSON; charset=utf-8", "application/json;a=1;b=2"]
)
def test_iso_timestamps_apply_to_every_json_type_and_keep_it(fake: FakeSumvin, content_type: str) -> None:
    body = b'{"created_at": 1750000000000}'
    fake.reply("getUserAccount", 200, content=body, headers={"content-type": content_type})
    answer = send(fake, "GET", "/v0/user/me", headers={"x-timestamp-format": "iso8601"})
    assert (answer.json(), answer.headers["content-type"]) == ({"created_at": "2025-06-15T15:06:40Z"}, content_type)


def test_an_injected_malformed_body_stays_malformed_when_iso_timestamps_are_asked(fake: FakeSumvin) -> None:
    fake.inject("getUserAccount", malformed_json=True)
    answer = send(fake, "GET", "/v0/user/me", headers={"x-timestamp-format": "iso8601"})
    assert (answer.status_code, answer.content, fake.errors) == (200, b'{"truncated": [', [])


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b"", "application/json"),
        (b'{"created_at": 1750000000000}', "text/plain"),
        (b'{"created_at": 1750000000000}', "application/jsonl"),
        (b'{"truncated": [', "application/json"),
        (b"\xff\xfe", "application/json; charset=utf-8"),
    ],
)
def test_iso_timestamps_leave_an_answer_that_is_not_json_alone(
    fake: FakeSumvin, content: bytes, content_type: str
) -> None:
    fake.reply("getUserAccount", 200, content=content, headers={"content-type": content_type})
    answer = send(fake, "GET", "/v0/user/me", headers={"x-timestamp-format": "iso8601"})
    assert (answer.content, answer.headers["content-type"]) == (content, content_type)


def test_epoch_answers_unless_iso_is_asked(fake: FakeSumvin) -> None:
    fake.reply("getUserAccount", 200, {"created_at": 1_750_000_000_000}, times=2)
    assert send(fake, "GET", "/v0/user/me").json() == {"created_at": 1_750_000_000_000}
    assert (
        send(fake, "GET", "/v0/user/me", headers={"x-timestamp-format": "epoch"}).json()["created_at"]
        == 1_750_000_000_000
    )


def test_validation_refuses_a_bad_request_before_the_handler_and_only_when_on(clock: FrozenClock) -> None:
    for validate, status in ((True, 422), (False, 200)):
        fake = FakeSumvin(clock=clock, sleep=clock.sleep, validate=validate)
        fake.register("listTransactions", lambda call: httpx.Response(200, json={}))
        assert send(fake, "GET", "/v0/transactions/", params={"limit": "many"}).status_code == status


def sign_in(fake: FakeSumvin, tenant: str = "") -> dict[str, Any]:
    headers = {"x-juno-orgid": tenant} if tenant else {}
    code: dict[str, Any] = send(fake, "POST", "/v0/cli/device-codes", json={}, headers=headers).json()
    return code


def test_approving_a_sign_in_makes_its_user_in_its_tenant(fake: FakeSumvin) -> None:
    code = sign_in(fake, "acme")
    assert fake.approve(code["user_code"])
    found = fake.device_codes[code["device_code"]]
    assert (found.status, found.approved_by) == ("approved", ("acme", "user-1"))
    assert ("acme", "user-1") in fake.users
    assert not fake.approve(code["user_code"]), "a code approves once"
    other = sign_in(fake)
    assert fake.approve(other["user_code"], sub="ada")
    assert fake.device_codes[other["device_code"]].approved_by == ("", "ada") and ("", "ada") in fake.users


def test_approving_keeps_an_existing_user(fake: FakeSumvin) -> None:
    ada = fake.seed.user("ada", wallets=0, transactions=0)
    assert fake.approve(sign_in(fake)["user_code"], sub="ada")
    assert fake.users[("", "ada")] is ada


def test_a_sign_in_cannot_be_approved_from_its_expiry_on(fake: FakeSumvin, clock: FrozenClock) -> None:
    code = sign_in(fake)
    expires_at = fake.device_codes[code["device_code"]].expires_at
    clock.now = expires_at - 0.001
    late = sign_in(fake)
    clock.now = expires_at
    assert not fake.approve(code["user_code"]) and not fake.approve("NO-SUCH")
    assert fake.device_codes[code["device_code"]].status == "pending" and fake.users == {}
    assert fake.approve(late["user_code"])
