"""The fake's CLI device sign-in, answer by answer: starting a sign-in, polling it, approving or denying it (by API
or on the fake's verification page), exchanging it for a personal access token, and listing and revoking tokens;
every status, problem code and detail, with expiry driven by the injected clock."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from sumvin_sdk.testing import FakeSumvin, FrozenClock

BASE = "https://api.sumvin.test"
START = FrozenClock().now
START_MS = int(START * 1000)
PAT_TTL_MS = 90 * 86_400 * 1000
ALREADY = "this sign-in request was denied, has expired, or was already used"


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock()


@pytest.fixture(params=[True, False], ids=["validated", "unvalidated"])
def fake(request: pytest.FixtureRequest, clock: FrozenClock) -> Iterator[FakeSumvin]:
    fake = FakeSumvin(clock=clock, validate=request.param, transactions_per_user=0)
    yield fake
    assert not fake.errors, fake.errors[0]


def call(fake: FakeSumvin, method: str, path: str, *, sub: str | None = None, tenant: str = "", **kw: Any) -> Any:
    headers = {"x-juno-jwt": fake.jwt(sub, expires_in=10**8)} if sub else {}
    if tenant:
        headers["x-juno-orgid"] = tenant
    with httpx.Client(transport=fake.transport(), base_url=BASE) as http:
        return http.request(method, path, headers=headers, **kw)


def start(fake: FakeSumvin, **body: Any) -> dict[str, Any]:
    answer = call(fake, "POST", "/v0/cli/device-codes", json=body, tenant=body.pop("tenant", ""))
    assert answer.status_code == 201, answer.text
    started: dict[str, Any] = answer.json()
    return started


def poll(fake: FakeSumvin, code: str) -> httpx.Response:
    result: httpx.Response = call(fake, "GET", f"/v0/cli/device-codes/{code}")
    return result


def approve(fake: FakeSumvin, started: dict[str, Any], sub: str = "ada", **kw: Any) -> httpx.Response:
    body = {"user_code": started["user_code"]}
    path = f"/v0/cli/device-codes/{started['device_code']}/approval"
    result: httpx.Response = call(fake, "POST", path, sub=sub, json=body, **kw)
    return result


def deny(fake: FakeSumvin, code: str, sub: str = "ada") -> httpx.Response:
    result: httpx.Response = call(fake, "DELETE", f"/v0/cli/device-codes/{code}/approval", sub=sub)
    return result


def exchange(fake: FakeSumvin, device_code: object) -> httpx.Response:
    result: httpx.Response = call(fake, "POST", "/v0/cli/personal-access-tokens", json={"device_code": device_code})
    return result


def tokens(fake: FakeSumvin, sub: str = "ada", query: str = "") -> httpx.Response:
    result: httpx.Response = call(fake, "GET", "/v0/cli/personal-access-tokens" + query, sub=sub)
    return result


def is_problem(answer: httpx.Response, status: int, code: str, detail: str) -> bool:
    body = answer.json()
    assert (answer.status_code, body["error_code"], body["detail"]) == (status, code, detail), body
    assert body["status"] == status and body["type"].endswith("/" + code)
    return True


def links(code: str) -> dict[str, Any]:
    return {"poll": {"href": f"/v0/cli/device-codes/{code}", "method": "GET"}}


# -- starting a sign-in ------------------------------------------------------------------------------


def test_a_started_sign_in_answers_its_codes_the_verification_page_and_the_poll_link(fake: FakeSumvin) -> None:
    started = start(fake, client_name="laptop")
    code, user_code = started["device_code"], started["user_code"]
    assert re.fullmatch(r"[A-Za-z0-9_-]{32}", code)
    assert re.fullmatch(r"[0-9A-F]{4}-[0-9A-F]{4}", user_code)
    assert started == {
        "device_code": code,
        "user_code": user_code,
        "verification_uri": f"{BASE}/cli/verify",
        "verification_uri_complete": f"{BASE}/cli/verify?code={user_code}",
        "expires_in": 600,
        "interval": 5,
        "_links": links(code),
    }
    kept = fake.device_codes[code]
    assert (kept.device_code, kept.user_code, kept.client_name, kept.tenant) == (code, user_code, "laptop", "")
    assert (kept.expires_at, kept.status, kept.approved_by) == (START + 600, "pending", None)


def test_each_sign_in_gets_its_own_codes(fake: FakeSumvin) -> None:
    first, second = start(fake), start(fake)
    assert first["device_code"] != second["device_code"] and first["user_code"] != second["user_code"]
    assert set(fake.device_codes) == {first["device_code"], second["device_code"]}


def test_a_sign_in_started_in_a_tenant_is_approved_as_that_tenants_user(fake: FakeSumvin) -> None:
    started = start(fake, tenant="acme")
    assert fake.device_codes[started["device_code"]].tenant == "acme"
    assert approve(fake, started, tenant="acme").status_code == 200
    assert fake.device_codes[started["device_code"]].approved_by == ("acme", "ada")


@pytest.mark.parametrize("name", [None, 7, ["x"], {"a": 1}, True])
def test_a_client_name_that_is_not_a_string_is_dropped_and_the_token_is_named_sumvin_cli(name: object) -> None:
    fake = FakeSumvin(clock=FrozenClock(), validate=False, transactions_per_user=0)
    started = start(fake, client_name=name)
    assert fake.device_codes[started["device_code"]].client_name is None
    approve(fake, started)
    assert exchange(fake, started["device_code"]).status_code == 201
    assert [t.name for t in fake.tokens.values()] == ["sumvin-cli"]


# -- polling -----------------------------------------------------------------------------------------


def test_a_new_sign_in_polls_as_pending_until_just_before_it_expires(fake: FakeSumvin, clock: FrozenClock) -> None:
    code = start(fake)["device_code"]
    clock.advance(599.999)
    answer = poll(fake, code)
    assert (answer.status_code, answer.json()) == (200, {"status": "pending", "_links": links(code)})


@pytest.mark.parametrize("after", [600, 600.001, 10_000])
def test_a_pending_sign_in_expires_when_the_clock_reaches_its_lifetime(
    fake: FakeSumvin, clock: FrozenClock, after: float
) -> None:
    code = start(fake)["device_code"]
    clock.advance(after)
    assert is_problem(poll(fake, code), 410, "CLI-410-001", ALREADY)
    assert fake.device_codes[code].status == "expired"


def test_an_approved_sign_in_polls_as_approved_even_after_its_lifetime(fake: FakeSumvin, clock: FrozenClock) -> None:
    started = start(fake)
    approve(fake, started)
    clock.advance(10_000)
    answer = poll(fake, started["device_code"])
    assert (answer.status_code, answer.json()) == (200, {"status": "approved", "_links": links(started["device_code"])})


@pytest.mark.parametrize("end", ["denied", "exchanged"])
def test_a_denied_or_exchanged_sign_in_polls_as_gone(fake: FakeSumvin, end: str) -> None:
    started = start(fake)
    if end == "denied":
        deny(fake, started["device_code"])
    else:
        approve(fake, started)
        exchange(fake, started["device_code"])
    assert is_problem(poll(fake, started["device_code"]), 410, "CLI-410-001", ALREADY)
    assert fake.device_codes[started["device_code"]].status == end


@pytest.mark.parametrize("code", ["nope", "x" * 300, "%00", "\u00e9t\u00e9"])
def test_polling_an_unknown_device_code_is_a_404(fake: FakeSumvin, code: str) -> None:
    start(fake)
    assert is_problem(poll(fake, code), 404, "CLI-404-001", "unknown device code")


# -- approving and denying ---------------------------------------------------------------------------


def test_approving_with_the_right_user_code_approves_it_as_the_signed_in_user(fake: FakeSumvin) -> None:
    started = start(fake)
    answer = approve(fake, started, sub="grace")
    assert (answer.status_code, answer.json()) == (200, {"status": "approved", "_links": links(started["device_code"])})
    kept = fake.device_codes[started["device_code"]]
    assert (kept.status, kept.approved_by) == ("approved", ("", "grace"))


@pytest.mark.parametrize("user_code", ["0000-0000", "wrong", "abcd-ef01"])
def test_approving_with_another_user_code_is_a_400_and_leaves_it_pending(fake: FakeSumvin, user_code: str) -> None:
    started = start(fake)
    answer = approve(fake, started | {"user_code": user_code})
    assert is_problem(answer, 400, "CLI-400-001", "the user code does not match")
    assert fake.device_codes[started["device_code"]].status == "pending"
    assert fake.device_codes[started["device_code"]].approved_by is None


@pytest.mark.parametrize("body", [{}, {"user_code": 7}, [], "x", None])
def test_approving_with_a_hostile_body_is_refused_and_leaves_it_pending(body: object) -> None:
    fake = FakeSumvin(clock=FrozenClock(), validate=False, transactions_per_user=0)
    started = start(fake)
    path = f"/v0/cli/device-codes/{started['device_code']}/approval"
    answer = call(fake, "POST", path, sub="ada", json=body)
    assert is_problem(answer, 400, "CLI-400-001", "the user code does not match")
    assert fake.device_codes[started["device_code"]].status == "pending"
    assert not fake.errors


def test_approving_an_expired_sign_in_is_a_410(fake: FakeSumvin, clock: FrozenClock) -> None:
    started = start(fake)
    clock.advance(600)
    assert is_problem(approve(fake, started), 410, "CLI-410-001", "this sign-in request has expired")
    assert fake.device_codes[started["device_code"]].approved_by is None


@pytest.mark.parametrize("end", ["approved", "denied", "exchanged"])
def test_approving_a_sign_in_that_is_no_longer_pending_is_a_409_naming_its_status(fake: FakeSumvin, end: str) -> None:
    started = start(fake)
    code = started["device_code"]
    if end == "denied":
        deny(fake, code)
    else:
        approve(fake, started, sub="grace")
    if end == "exchanged":
        exchange(fake, code)
    answer = approve(fake, started, sub="mallory")
    assert is_problem(answer, 409, "CLI-409-001", f"this sign-in request is already {end}")
    assert fake.device_codes[code].approved_by == (None if end == "denied" else ("", "grace"))


def test_approving_an_unknown_device_code_is_a_404(fake: FakeSumvin) -> None:
    answer = approve(fake, {"device_code": "nope", "user_code": "0000-0000"})
    assert is_problem(answer, 404, "CLI-404-001", "unknown device code")


def test_approving_needs_a_signed_in_user(fake: FakeSumvin) -> None:
    started = start(fake)
    path = f"/v0/cli/device-codes/{started['device_code']}/approval"
    assert call(fake, "POST", path, json={"user_code": started["user_code"]}).status_code == 401
    assert fake.device_codes[started["device_code"]].status == "pending"


def test_denying_a_pending_sign_in_answers_204_and_it_is_denied(fake: FakeSumvin) -> None:
    started = start(fake)
    answer = deny(fake, started["device_code"])
    assert (answer.status_code, answer.content) == (204, b"")
    kept = fake.device_codes[started["device_code"]]
    assert (kept.status, kept.approved_by) == ("denied", None)


@pytest.mark.parametrize("end", ["approved", "denied", "expired", "exchanged"])
def test_denying_a_sign_in_that_is_no_longer_pending_is_a_409_naming_its_status(
    fake: FakeSumvin, clock: FrozenClock, end: str
) -> None:
    started = start(fake)
    code = started["device_code"]
    if end == "denied":
        deny(fake, code)
    elif end == "expired":
        clock.advance(600)
    else:
        approve(fake, started)
    if end == "exchanged":
        exchange(fake, code)
    assert is_problem(deny(fake, code), 409, "CLI-409-001", f"this sign-in request is already {end}")
    assert fake.device_codes[code].status == end


def test_denying_an_unknown_device_code_is_a_404(fake: FakeSumvin) -> None:
    assert is_problem(deny(fake, "nope"), 404, "CLI-404-001", "unknown device code")


# -- exchanging it for a token -----------------------------------------------------------------------


def test_an_approved_sign_in_is_exchanged_once_for_a_90_day_token_of_its_approver(
    fake: FakeSumvin, clock: FrozenClock
) -> None:
    started = start(fake, client_name="laptop")
    approve(fake, started, sub="grace")
    clock.advance(1.5)
    answer = exchange(fake, started["device_code"])
    now_ms = START_MS + 1500
    body = answer.json()
    assert answer.status_code == 201
    assert body == {"token": body["token"], "token_type": "pat", "expires_at": now_ms + PAT_TTL_MS, "_links": {}}
    assert re.fullmatch(r"svpat_[A-Za-z0-9_-]{43}", body["token"])
    [token] = fake.tokens.values()
    assert re.fullmatch(r"pat_\d+", token.id) and fake.tokens == {token.id: token}
    assert (token.value, token.owner, token.name) == (body["token"], ("", "grace"), "laptop")
    assert (token.created_at, token.expires_at, token.revoked, token.last_used_at) == (
        now_ms,
        now_ms + PAT_TTL_MS,
        False,
        None,
    )
    assert fake.device_codes[started["device_code"]].status == "exchanged"
    again = exchange(fake, started["device_code"])
    assert is_problem(again, 409, "CLI-409-001", "this sign-in request is already exchanged")
    assert len(fake.tokens) == 1


def test_two_exchanges_give_two_different_tokens(fake: FakeSumvin) -> None:
    values = []
    for _ in range(2):
        started = start(fake)
        approve(fake, started)
        values.append(exchange(fake, started["device_code"]).json()["token"])
    assert values[0] != values[1] and len(fake.tokens) == 2


def test_exchanging_a_pending_sign_in_is_a_409_and_issues_nothing(fake: FakeSumvin) -> None:
    started = start(fake)
    answer = exchange(fake, started["device_code"])
    assert is_problem(answer, 409, "CLI-409-001", "this sign-in request is not approved yet")
    assert fake.device_codes[started["device_code"]].status == "pending" and not fake.tokens


def test_a_sign_in_marked_approved_without_an_approver_is_not_exchanged(fake: FakeSumvin) -> None:
    started = start(fake)
    fake.device_codes[started["device_code"]].status = "approved"
    answer = exchange(fake, started["device_code"])
    assert is_problem(answer, 409, "CLI-409-001", "this sign-in request is not approved yet")
    assert not fake.tokens


@pytest.mark.parametrize("end", ["denied", "expired"])
def test_exchanging_a_denied_or_expired_sign_in_is_a_410(fake: FakeSumvin, clock: FrozenClock, end: str) -> None:
    started = start(fake)
    if end == "denied":
        deny(fake, started["device_code"])
    else:
        clock.advance(600)
    answer = exchange(fake, started["device_code"])
    assert is_problem(answer, 410, "CLI-410-001", "this sign-in request was denied or has expired")
    assert fake.device_codes[started["device_code"]].status == end and not fake.tokens


def test_exchanging_just_before_expiry_of_a_pending_one_is_still_not_approved_yet(
    fake: FakeSumvin, clock: FrozenClock
) -> None:
    started = start(fake)
    clock.advance(599.5)
    assert exchange(fake, started["device_code"]).status_code == 409


@pytest.mark.parametrize("device_code", ["nope", "x" * 300, "\u00e9t\u00e9"])
def test_exchanging_an_unknown_device_code_is_a_410(fake: FakeSumvin, device_code: str) -> None:
    start(fake)
    answer = exchange(fake, device_code)
    assert is_problem(answer, 410, "CLI-410-001", "unknown, denied or expired sign-in request")
    assert not fake.tokens


@pytest.mark.parametrize("body", [{}, {"device_code": None}, {"device_code": 7}, {"device_code": ["a"]}, [], "x"])
def test_exchanging_with_a_hostile_body_is_a_410_and_never_a_failure(body: object) -> None:
    fake = FakeSumvin(clock=FrozenClock(), validate=False, transactions_per_user=0)
    start(fake)
    answer = call(fake, "POST", "/v0/cli/personal-access-tokens", json=body)
    assert is_problem(answer, 410, "CLI-410-001", "unknown, denied or expired sign-in request")
    assert not fake.tokens and not fake.errors


def test_a_device_code_that_is_a_number_is_looked_up_as_its_text() -> None:
    fake = FakeSumvin(clock=FrozenClock(), validate=False, transactions_per_user=0)
    started = start(fake)
    approve(fake, started)
    fake.device_codes["7"] = fake.device_codes.pop(started["device_code"])
    assert exchange(fake, 7).status_code == 201


# -- listing and revoking tokens ---------------------------------------------------------------------


def issue(fake: FakeSumvin, sub: str = "ada", name: str = "laptop") -> str:
    started = start(fake, client_name=name)
    approve(fake, started, sub=sub)
    exchange(fake, started["device_code"])
    return next(t.id for t in reversed(list(fake.tokens.values())))


def test_the_token_list_shows_the_callers_tokens_with_their_members(fake: FakeSumvin, clock: FrozenClock) -> None:
    first = issue(fake, name="one")
    clock.advance(2)
    issue(fake, sub="grace")
    second = issue(fake, name="two")
    fake.tokens[second].last_used_at = 123
    answer = tokens(fake)
    assert answer.status_code == 200
    assert answer.json() == {
        "data": [
            {
                "id": first,
                "name": "one",
                "scopes": ["*"],
                "status": "active",
                "created_at": START_MS,
                "expires_at": START_MS + PAT_TTL_MS,
                "last_used_at": None,
            },
            {
                "id": second,
                "name": "two",
                "scopes": ["*"],
                "status": "active",
                "created_at": START_MS + 2000,
                "expires_at": START_MS + 2000 + PAT_TTL_MS,
                "last_used_at": 123,
            },
        ],
        "offset": 0,
        "limit": 20,
        "total": 2,
        "_links": {"self": {"href": "/v0/cli/personal-access-tokens"}},
    }


def test_a_token_is_listed_as_expired_from_the_millisecond_it_expires(fake: FakeSumvin, clock: FrozenClock) -> None:
    token = issue(fake)
    clock.now = (START_MS + PAT_TTL_MS - 1) / 1000
    assert [t["status"] for t in tokens(fake).json()["data"]] == ["active"]
    clock.now = (START_MS + PAT_TTL_MS) / 1000
    assert int(clock.now * 1000) == fake.tokens[token].expires_at
    assert [t["status"] for t in tokens(fake).json()["data"]] == ["expired"]
    fake.tokens[token].revoked = True
    assert [t["status"] for t in tokens(fake).json()["data"]] == ["revoked"]


@pytest.mark.parametrize(
    ("query", "names", "offset", "limit"),
    [
        ("?limit=2", ["t0", "t1"], 0, 2),
        ("?offset=1", ["t1", "t2", "t3", "t4"], 1, 20),
        ("?offset=1&limit=2", ["t1", "t2"], 1, 2),
        ("?offset=4&limit=3", ["t4"], 4, 3),
        ("?offset=9", [], 9, 20),
    ],
)
def test_the_token_list_pages_by_offset_and_limit(
    fake: FakeSumvin, query: str, names: list[str], offset: int, limit: int
) -> None:
    for n in range(5):
        issue(fake, name=f"t{n}")
    body = tokens(fake, query=query).json()
    assert [t["name"] for t in body["data"]] == names
    assert (body["offset"], body["limit"], body["total"]) == (offset, limit, 5)
    assert body["_links"] == {"self": {"href": "/v0/cli/personal-access-tokens" + query}}


@pytest.mark.parametrize("query", ["?offset=-1&limit=x", "?offset=&limit=1.5", "?offset=a"])
def test_a_token_list_page_that_is_not_a_whole_number_takes_the_defaults(query: str) -> None:
    fake = FakeSumvin(clock=FrozenClock(), validate=False, transactions_per_user=0)
    issue(fake)
    body = tokens(fake, query=query).json()
    assert (len(body["data"]), body["offset"], body["limit"], body["total"]) == (1, 0, 20, 1)


def test_a_user_without_tokens_lists_none(fake: FakeSumvin) -> None:
    issue(fake, sub="grace")
    body = tokens(fake).json()
    assert (body["data"], body["total"]) == ([], 0)


def test_revoking_ones_own_token_answers_204_and_lists_it_as_revoked(fake: FakeSumvin) -> None:
    token = issue(fake)
    other = issue(fake)
    answer = call(fake, "DELETE", f"/v0/cli/personal-access-tokens/{token}", sub="ada")
    assert (answer.status_code, answer.content) == (204, b"")
    assert (fake.tokens[token].revoked, fake.tokens[other].revoked) == (True, False)
    assert [t["status"] for t in tokens(fake).json()["data"]] == ["revoked", "active"]


@pytest.mark.parametrize("whose", ["another user's", "another tenant's", "unknown"])
def test_revoking_a_token_that_is_not_the_callers_is_a_404_and_revokes_nothing(fake: FakeSumvin, whose: str) -> None:
    started = start(fake, tenant="acme" if whose == "another tenant's" else "")
    tenant = "acme" if whose == "another tenant's" else ""
    approve(fake, started, sub="ada" if tenant else "grace", tenant=tenant)
    exchange(fake, started["device_code"])
    [token] = fake.tokens
    target = "pat_999" if whose == "unknown" else token
    answer = call(fake, "DELETE", f"/v0/cli/personal-access-tokens/{target}", sub="ada")
    assert is_problem(answer, 404, "CLI-404-001", "no such token")
    assert not fake.tokens[token].revoked


# -- the verification page ---------------------------------------------------------------------------


def page(fake: FakeSumvin, query: str = "", method: str = "GET") -> httpx.Response:
    result: httpx.Response = call(fake, method, "/cli/verify" + query)
    return result


def document(text: str) -> str:
    return f"<!doctype html><title>Sumvin fake: CLI sign-in</title>{text}"


def assert_page(answer: httpx.Response, status: int, text: str) -> None:
    assert (answer.status_code, answer.text) == (status, document(text))
    assert answer.headers["content-type"] == "text/html; charset=utf-8"


@pytest.mark.parametrize("query", ["", "?code=", "?code=%20%20", "?deny=1"])
def test_the_verification_page_without_a_code_says_how_to_use_it(query: str) -> None:
    fake = FakeSumvin(clock=FrozenClock(), browser_user="o'brien", transactions_per_user=0)
    text = '<p>Open this page with <code>?code=USER-CODE</code> to approve a sign-in to "o\'brien".</p>'
    assert_page(page(fake, query), 200, text)


@pytest.mark.parametrize("spelled", [str.lower, str.upper, lambda c: f"  {c.lower()} "])
def test_visiting_the_verification_page_with_a_code_approves_it_as_the_browser_user(spelled: Any) -> None:
    fake = FakeSumvin(clock=FrozenClock(), browser_user="<b>eve</b>", transactions_per_user=0)
    started = start(fake, tenant="acme")
    answer = page(fake, "?code=" + spelled(started["user_code"]).replace(" ", "%20"))
    text = "<p>Approved: the CLI is signed in as &lt;b&gt;eve&lt;/b&gt;. You can close this page.</p>"
    assert_page(answer, 200, text)
    kept = fake.device_codes[started["device_code"]]
    assert (kept.status, kept.approved_by) == ("approved", ("acme", "<b>eve</b>"))
    assert ("acme", "<b>eve</b>") in fake.users


def test_visiting_the_verification_page_with_deny_denies_it_until_it_expires(
    fake: FakeSumvin, clock: FrozenClock
) -> None:
    started, other = start(fake), start(fake)
    clock.advance(599.999)
    answer = page(fake, f"?code={started['user_code'].lower()}&deny=1")
    assert_page(answer, 200, "<p>Sign-in denied. You can close this page.</p>")
    assert fake.device_codes[started["device_code"]].status == "denied"
    assert fake.device_codes[other["device_code"]].status == "pending"


GONE = "<p>No pending sign-in has this code: it may have expired or been used.</p>"


@pytest.mark.parametrize("deny", ["", "&deny=1"])
@pytest.mark.parametrize("case", ["unknown", "approved", "denied", "expired"])
def test_the_verification_page_for_a_code_with_no_pending_sign_in_is_a_404(
    fake: FakeSumvin, clock: FrozenClock, case: str, deny: str
) -> None:
    started = start(fake)
    kept = fake.device_codes[started["device_code"]]
    if case in ("approved", "denied"):
        kept.status = case
    elif case == "expired":
        clock.advance(600)
    code = "0000-0000" if case == "unknown" else started["user_code"]
    before = kept.status
    assert_page(page(fake, f"?code={code}{deny}"), 404, GONE)
    assert kept.status == before and kept.approved_by is None


def test_the_verification_page_answers_head_too(fake: FakeSumvin) -> None:
    started = start(fake)
    answer = page(fake, f"?code={started['user_code']}", method="HEAD")
    assert answer.status_code == 200
    assert fake.device_codes[started["device_code"]].status == "approved"
