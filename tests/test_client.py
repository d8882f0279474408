"""``Sumvin`` and ``AsyncSumvin``: configuration, auth, retries, redirects, errors and raw responses."""

from __future__ import annotations

import email.utils
import inspect
import itertools
import logging
import pydoc
import re
import warnings
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from sumvin_sdk import AsyncSumvin, RetryPolicy, Sumvin
from sumvin_sdk._generated.models import BYOSubmission, CreateUserRequest, GetUserResponse, WalletUpdateRequest
from sumvin_sdk.auth import JWTAuth, OrgId, PATAuth, PintTokenAuth
from sumvin_sdk.errors import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    RedirectError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from tests.test_endpoints import SAMPLER, SPEC

BASE = "https://api.sumvin.test"
NOW = 1_800_000_000.0
USER = SAMPLER.value(SPEC["components"]["schemas"]["GetUserResponse"])
CREATED = SAMPLER.value(SPEC["components"]["schemas"]["CreateUserResponse"])


def problem(status: int, code: str) -> dict[str, Any]:
    return {"type": "t", "title": "Oops", "status": status, "detail": "d", "instance": "/i", "error_code": code}


class Script:
    """A transport that answers from a list, records every request, and never touches the network."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers: Iterator[httpx.Response | Exception] = iter(answers)
        self.requests: list[httpx.Request] = []
        self.headers: list[httpx.Headers] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.headers.append(httpx.Headers(request.headers))  # retries resend the same Request object
        answer = next(self.answers)
        if isinstance(answer, Exception):
            raise answer
        return answer

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


class Waits:
    """An injected sleep: records each wait instead of waiting."""

    def __init__(self) -> None:
        self.seconds: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.seconds.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.seconds.append(seconds)

    def policy(self, **changes: Any) -> RetryPolicy:
        return RetryPolicy(sleep=self, async_sleep=self.asleep, clock=lambda: NOW, random=lambda: 0.0, **changes)


@pytest.fixture
def waits() -> Waits:
    return Waits()


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SUMVIN_BASE_URL", "SUMVIN_JWT", "SUMVIN_PAT", "SUMVIN_ORG_ID"):
        monkeypatch.delenv(name, raising=False)


def client(script: Script, waits: Waits | None = None, **options: Any) -> Sumvin:
    settings: dict[str, Any] = {"base_url": BASE, "jwt": "jwt-1", "retry_policy": (waits or Waits()).policy()}
    return Sumvin(transport=script.transport, **(settings | options))


# -- configuration and auth -----------------------------------------------------------------------


def test_a_typed_call_sends_the_credentials_and_returns_the_model() -> None:
    script = Script(httpx.Response(200, json=USER))
    with client(script, org_id="org_1") as sumvin:
        me = sumvin.user.get_user_account(expand=["wallets"])
    assert isinstance(me, GetUserResponse) and me.to_dict() == USER
    (request,) = script.requests
    assert request.method == "GET" and str(request.url) == f"{BASE}/v0/user/me?expand=wallets"
    assert request.headers["x-juno-jwt"] == "jwt-1" and request.headers["x-juno-orgid"] == "org_1"
    assert request.headers["user-agent"].startswith("sumvin-sdk-python/")
    assert "x-timestamp-format" not in request.headers
    assert request.extensions["timeout"] == {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}


def test_a_timeout_applies_to_every_phase_of_the_request() -> None:
    script = Script(*[httpx.Response(200, json=USER)] * 2)
    sumvin = client(script, timeout=2.5)
    sumvin.user.get_user_account()
    sumvin.with_options(timeout=httpx.Timeout(1.0, connect=0.5)).user.get_user_account()
    assert script.requests[0].extensions["timeout"] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}
    assert script.requests[1].extensions["timeout"] == {"connect": 0.5, "read": 1.0, "write": 1.0, "pool": 1.0}


def test_base_url_path_prefix_is_kept() -> None:
    script = Script(httpx.Response(200, json=USER))
    client(script, base_url="https://gateway.test/sumvin/").user.get_user_account()
    assert str(script.requests[0].url) == "https://gateway.test/sumvin/v0/user/me"


def test_environment_fills_base_url_and_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMVIN_BASE_URL", "https://env.test")
    monkeypatch.setenv("SUMVIN_JWT", "env-jwt")
    monkeypatch.setenv("SUMVIN_ORG_ID", "env-org")
    script = Script(httpx.Response(200, json=USER))
    Sumvin(transport=script.transport).user.get_user_account()
    headers = script.requests[0].headers
    assert str(script.requests[0].url).startswith("https://env.test/")
    assert headers["x-juno-jwt"] == "env-jwt" and headers["x-juno-orgid"] == "env-org"


def test_explicit_auth_is_the_whole_answer_except_for_the_org_id(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMVIN_JWT", "env-jwt")
    monkeypatch.setenv("SUMVIN_ORG_ID", "env-org")
    script = Script(httpx.Response(599))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        client = Sumvin(auth=[PATAuth("pat"), PintTokenAuth("pint")], transport=script.transport, max_retries=0)
    with pytest.raises(InternalServerError):
        client.cards.list_cards()  # an operation that takes a PAT, a PINT, a JWT and the org id
    headers = script.requests[0].headers
    assert "x-juno-jwt" not in headers
    assert (headers["x-sumvin-pat"], headers["x-sumvin-pint-token"], headers["x-juno-orgid"]) == (
        "pat",
        "pint",
        "env-org",
    )


def test_a_credential_given_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="x-juno-jwt"):
        Sumvin(auth=JWTAuth("a"), jwt="b")


@pytest.mark.parametrize("bad", [{"base_url": "api.sumvin.com"}, {"timestamp_format": "rfc3339"}])
def test_bad_configuration_is_refused(bad: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        Sumvin(**bad)


def test_a_rotating_jwt_is_read_on_every_attempt(waits: Waits) -> None:
    tokens = (f"jwt-{n}" for n in itertools.count(1))
    script = Script(httpx.Response(503), httpx.Response(200, json=USER))
    sumvin = Sumvin(
        base_url=BASE, auth=JWTAuth(lambda: next(tokens)), transport=script.transport, retry_policy=waits.policy()
    )
    sumvin.user.get_user_account()
    assert [h["x-juno-jwt"] for h in script.headers] == ["jwt-1", "jwt-2"]


def test_iso8601_timestamps_are_asked_for_per_client_or_per_copy() -> None:
    script = Script(*[httpx.Response(200, json=USER)] * 3)
    sumvin = client(script)
    iso = sumvin.with_options(timestamp_format="iso8601")
    iso.user.get_user_account()
    sumvin.user.get_user_account()
    client(script, timestamp_format="iso8601").user.get_user_account()
    assert [r.headers.get("x-timestamp-format") for r in script.requests] == ["iso8601", None, "iso8601"]
    assert iso.timestamp_format == "iso8601" and sumvin.timestamp_format == "epoch_ms"


def test_with_options_shares_the_pool_and_changes_only_what_it_names() -> None:
    script = Script(*[httpx.Response(200, json=USER)] * 2)
    sumvin = client(script, org_id="org_1")
    other = sumvin.with_options(jwt="jwt-2", max_retries=0, default_headers={"x-trace": "1"})
    assert other._http is sumvin._http and other.max_retries == 0 and sumvin.max_retries == 2
    other.user.get_user_account()
    sumvin.user.get_user_account()
    first, second = script.requests
    assert (first.headers["x-juno-jwt"], first.headers["x-juno-orgid"], first.headers["x-trace"]) == (
        "jwt-2",
        "org_1",
        "1",
    )
    assert second.headers["x-juno-jwt"] == "jwt-1" and "x-trace" not in second.headers
    other.close()
    assert not sumvin._http.is_closed, "a copy never closes the pool it shares"
    assert sumvin.with_options(org_id=None)._options.auth.strategies == (sumvin._options.auth.strategies[0],)


@pytest.mark.parametrize("cls", [Sumvin, AsyncSumvin])
def test_with_options_help_shows_that_every_setting_not_named_is_kept(cls: type[Sumvin]) -> None:
    shown = pydoc.plain(pydoc.render_doc(cls.with_options))
    settings = [name for name in inspect.signature(cls.with_options).parameters if name != "self"]
    assert all(re.search(rf"\b{name}: [^=]+ = KEEP\b", shown) for name in settings), shown


def test_a_pat_without_the_cli_user_agent_warns_and_with_it_does_not() -> None:
    with pytest.warns(UserWarning, match="sumvin-cli/"):
        Sumvin(pat="pat")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Sumvin(pat="pat", user_agent="sumvin-cli/1.0 sumvin-sdk-python/0.1.0")


def test_a_passed_http_client_is_used_and_left_open() -> None:
    script = Script(httpx.Response(200, json=USER))
    http = httpx.Client(transport=script.transport, headers={"x-from-pool": "yes"})
    with Sumvin(base_url=BASE, jwt="j", http_client=http) as sumvin:
        sumvin.user.get_user_account()
    assert script.requests[0].headers["x-from-pool"] == "yes"
    assert not http.is_closed
    http.close()
    with pytest.raises(ValueError, match="not both"):
        Sumvin(http_client=http, transport=script.transport)


def test_no_secret_in_reprs_or_logs(caplog: pytest.LogCaptureFixture, waits: Waits) -> None:
    caplog.set_level(logging.DEBUG, logger="sumvin_sdk")
    script = Script(httpx.Response(503), httpx.Response(401, json=problem(401, "USR-401-001")))
    sumvin = Sumvin(base_url=BASE, jwt="secret-jwt", auth=None, transport=script.transport, retry_policy=waits.policy())
    with pytest.raises(AuthenticationError) as caught:
        sumvin.user.get_user_account()
    shown = [repr(sumvin), str(caught.value), repr(caught.value), caplog.text]
    assert all("secret-jwt" not in text for text in shown)
    assert "GET /v0/user/me (getUserAccount) -> 503" in caplog.text and "retry 1" in caplog.text


# -- errors, redirects, parsing ------------------------------------------------------------------------


def test_error_statuses_raise_their_class_with_the_problem() -> None:
    script = Script(httpx.Response(404, json=problem(404, "USR-404-001") | {"trace_id": "tr-1"}))
    with pytest.raises(NotFoundError) as caught:
        client(script).user.get_user_account()
    assert caught.value.error_code == "USR-404-001" and caught.value.trace_id == "tr-1"
    assert caught.value.request.url == script.requests[0].url


def test_validation_errors_carry_field_errors() -> None:
    body = {"detail": [{"loc": ["body", "username"], "msg": "too short", "type": "string_too_short"}]}
    script = Script(httpx.Response(422, json=body))
    with pytest.raises(UnprocessableEntityError) as caught:
        client(script).wallets.update_wallet("w1", body=WalletUpdateRequest())
    assert [e.field for e in caught.value.field_errors] == ["username"]


def test_a_redirect_is_refused_and_nothing_is_sent_onward() -> None:
    script = Script(httpx.Response(302, headers={"location": "https://evil.test/steal"}))
    with pytest.raises(RedirectError) as caught:
        client(script).user.get_user_account()
    assert len(script.requests) == 1
    assert caught.value.location == "https://evil.test/steal"
    assert "not followed; nothing was sent there" in str(caught.value)


def test_a_redirect_is_refused_even_by_a_pool_that_follows_redirects() -> None:
    script = Script(httpx.Response(307, headers={"location": "https://evil.test/"}), httpx.Response(200, json=USER))
    http = httpx.Client(transport=script.transport, follow_redirects=True)
    with pytest.raises(RedirectError):
        Sumvin(base_url=BASE, jwt="j", http_client=http).user.get_user_account()
    assert [r.url.host for r in script.requests] == ["api.sumvin.test"]


def test_a_body_that_breaks_the_contract_names_the_model_and_member() -> None:
    broken = {**USER, "user": {k: v for k, v in USER["user"].items() if k != "first_name"}}
    script = Script(httpx.Response(200, json=broken))
    with pytest.raises(ResponseValidationError, match=r"does not parse as UserData \(missing member 'first_name'\)"):
        client(script).user.get_user_account()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"wallets": "not a list"}, r"as GetUserResponse \(member 'wallets': a value of the wrong type\)"),
        ({"wallets": [{"address": "0x1"}]}, r"as WalletDataBase \(missing member 'id'\)"),
        ({"user": USER["user"] | {"deleted_at": "yesterday"}}, r"as UserData \(member 'deleted_at': Invalid isoformat"),
    ],
)
def test_nested_mismatches_are_never_swallowed(change: dict[str, Any], message: str) -> None:
    script = Script(httpx.Response(200, json=USER | change))
    with pytest.raises(ResponseValidationError, match=message):
        client(script).user.get_user_account()


def test_an_undocumented_success_status_is_a_validation_error() -> None:
    script = Script(httpx.Response(206, json=USER))
    with pytest.raises(ResponseValidationError, match="status 206 is not a documented response"):
        client(script).user.get_user_account()


def test_raw_responses_tell_a_201_from_a_208() -> None:
    script = Script(httpx.Response(201, json=CREATED), httpx.Response(208, json=CREATED))
    sumvin = client(script)
    body = CreateUserRequest.from_dict(SAMPLER.value(SPEC["components"]["schemas"]["CreateUserRequest"]))
    first = sumvin.with_raw_response.user.create_user_account(body=body)
    again = sumvin.with_raw_response.user.create_user_account(body=body)
    assert (first.status_code, again.status_code) == (201, 208)
    assert first.parsed.to_dict() == CREATED and first.http_response.request is script.requests[0]
    assert first.headers["content-type"] == "application/json"


# -- retries -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [408, 429, 502, 503, 504])
def test_transient_statuses_are_retried_with_backoff(status: int, waits: Waits) -> None:
    script = Script(httpx.Response(status), httpx.Response(status), httpx.Response(200, json=USER))
    assert isinstance(client(script, waits).user.get_user_account(), GetUserResponse)
    assert len(script.requests) == 3 and waits.seconds == [0.5, 1.0]


def test_retries_stop_at_max_retries(waits: Waits) -> None:
    script = Script(*[httpx.Response(503, text="<html>down</html>")] * 2)
    with pytest.raises(InternalServerError, match="HTTP 503 Service Unavailable: <html>down</html>"):
        client(script, waits, max_retries=1).user.get_user_account()
    assert len(script.requests) == 2 and waits.seconds == [0.5]


def test_a_terminal_error_code_is_never_retried_even_on_a_503(waits: Waits) -> None:
    script = Script(httpx.Response(503, json=problem(503, "SAF-503-004")))
    with pytest.raises(InternalServerError):
        client(script, waits).user.get_user_account()
    assert len(script.requests) == 1 and waits.seconds == []


def test_a_retryable_error_code_is_retried_whatever_its_status(waits: Waits) -> None:
    script = Script(httpx.Response(409, json=problem(409, "WAL-409-002-R")), httpx.Response(200, json=USER))
    client(script, waits).user.get_user_account()
    assert len(script.requests) == 2


def test_a_non_retryable_status_is_not_retried(waits: Waits) -> None:
    script = Script(httpx.Response(409, json={"title": "x"}))
    with pytest.raises(ConflictError):
        client(script, waits).user.get_user_account()
    assert len(script.requests) == 1


@pytest.mark.parametrize(
    ("header", "wait"),
    [("3", 3.0), ("0.25", 0.25), (email.utils.formatdate(NOW + 7, usegmt=True), 7.0)],
)
def test_retry_after_is_honoured_in_seconds_and_as_a_date(header: str, wait: float, waits: Waits) -> None:
    script = Script(httpx.Response(429, headers={"retry-after": header}), httpx.Response(200, json=USER))
    client(script, waits).user.get_user_account()
    assert waits.seconds == [wait]


def test_a_retry_after_beyond_the_cap_ends_the_retries(waits: Waits) -> None:
    script = Script(httpx.Response(429, headers={"retry-after": "3600"}))
    with pytest.raises(RateLimitError):
        client(script, waits).user.get_user_account()
    assert waits.seconds == []


def test_a_post_without_an_idempotency_key_is_never_retried(waits: Waits) -> None:
    script = Script(httpx.Response(503))
    body = CreateUserRequest.from_dict(SAMPLER.value(SPEC["components"]["schemas"]["CreateUserRequest"]))
    with pytest.raises(InternalServerError):
        client(script, waits).user.create_user_account(body=body)
    assert len(script.requests) == 1


def onboarding_safe() -> tuple[BYOSubmission, dict[str, Any]]:
    """A body and an answer for ``submitOnboardingSafe``, an operation that takes an ``Idempotency-Key``."""
    operation = SPEC["paths"]["/v0/user/me/onboarding/safe"]["post"]
    assert any(p["name"] == "Idempotency-Key" for p in operation["parameters"])
    answer = SAMPLER.value(operation["responses"]["200"]["content"]["application/json"]["schema"])
    return BYOSubmission.from_dict(SAMPLER.value(SPEC["components"]["schemas"]["BYOSubmission"])), answer


def test_an_operation_that_takes_an_idempotency_key_gets_one_kept_across_retries(waits: Waits) -> None:
    body, answer = onboarding_safe()
    script = Script(httpx.ConnectError("reset"), httpx.Response(200, json=answer))
    client(script, waits).user.submit_onboarding_safe(body=body)
    keys = [h.get("idempotency-key") for h in script.headers]
    assert keys[0] and keys == [keys[0], keys[0]]


def test_a_caller_supplied_idempotency_key_is_kept(waits: Waits) -> None:
    body, answer = onboarding_safe()
    script = Script(httpx.Response(200, json=answer))
    client(script, waits).user.submit_onboarding_safe(body=body, idempotency_key="mine-1")
    assert script.requests[0].headers["idempotency-key"] == "mine-1"


@pytest.mark.parametrize(
    ("error", "raised", "message"),
    [
        (httpx.ConnectError("refused"), APIConnectionError, "Connection error (ConnectError: refused)"),
        (httpx.ReadTimeout("slow"), APITimeoutError, "Request timed out (ReadTimeout)"),
    ],
)
def test_transport_failures_are_retried_then_typed_naming_the_failure_and_the_request(
    error: Exception, raised: type[APIConnectionError], message: str, waits: Waits
) -> None:
    script = Script(error, error, error)
    with pytest.raises(raised) as caught:
        client(script, waits).user.get_user_account()
    assert len(script.requests) == 3 and waits.seconds == [0.5, 1.0]
    assert caught.value.__cause__ is error and str(caught.value) == message
    assert (caught.value.request.method, caught.value.request.url) == ("GET", script.requests[-1].url)


def test_jitter_shortens_waits_by_at_most_its_share() -> None:
    policy = RetryPolicy(random=lambda: 1.0)
    assert policy.backoff(0) == 0.5 * 0.75 and policy.backoff(10) == 8.0 * 0.75


# -- async -----------------------------------------------------------------------------------------------------


def aclient(script: Script, waits: Waits, **options: Any) -> AsyncSumvin:
    return AsyncSumvin(base_url=BASE, transport=script.transport, retry_policy=waits.policy(), **options)


@pytest.mark.anyio
async def test_async_calls_retry_parse_and_await_async_getters(waits: Waits) -> None:
    async def jwt() -> str:
        return "async-jwt"

    script = Script(httpx.Response(503), httpx.Response(200, json=USER))
    async with aclient(script, waits, auth=[JWTAuth(jwt), OrgId("org_1")]) as sumvin:
        me = await sumvin.user.get_user_account()
        assert isinstance(me, GetUserResponse)
    assert [h["x-juno-jwt"] for h in script.headers] == ["async-jwt", "async-jwt"]
    assert waits.seconds == [0.5]


@pytest.mark.anyio
async def test_async_errors_raw_responses_and_copies(waits: Waits) -> None:
    script = Script(httpx.Response(404, json=problem(404, "USR-404-001")), httpx.Response(200, json=USER))
    sumvin = aclient(script, waits, jwt="j")
    with pytest.raises(NotFoundError):
        await sumvin.user.get_user_account()
    raw = await sumvin.with_options(timestamp_format="iso8601").with_raw_response.user.get_user_account()
    assert raw.status_code == 200 and isinstance(raw.parsed, GetUserResponse)
    assert script.requests[1].headers["x-timestamp-format"] == "iso8601"
    await sumvin.aclose()


@pytest.mark.anyio
async def test_an_async_client_without_a_deadline_calls_as_usual(waits: Waits) -> None:
    script = Script(httpx.Response(503), httpx.Response(200, json=USER))
    async with aclient(script, waits, jwt="j", deadline=None) as sumvin:
        assert isinstance(await sumvin.user.get_user_account(), GetUserResponse)
    assert waits.seconds == [0.5] and len(script.requests) == 2
