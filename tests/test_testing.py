"""The fake Sumvin API: its flows, its faults, and every response it sends checked against the contract."""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable, Iterator
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from sumvin_sdk import RetryPolicy, Sumvin
from sumvin_sdk._generated.models import (
    CreateUserRequest,
    DeviceCodeApprovalRequest,
    DeviceCodeCreateRequest,
    GetUserResponse,
    PersonalAccessTokenExchangeRequest,
    PhoneVerificationRequest,
    TransactionDirection,
    VerifyPhoneCodeRequest,
    WalletResponse,
)
from sumvin_sdk._pipeline import operation_for
from sumvin_sdk.errors import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    GoneError,
    NotFoundError,
)
from sumvin_sdk.hal import links
from sumvin_sdk.testing import FakeServer, FakeSumvin, FrozenClock, UnknownOperationError
from sumvin_sdk.testing import __main__ as serve
from tests.test_endpoints import SAMPLER, SPEC

CLI_AGENT = "sumvin-cli/0.1 (tests)"


class Clock:
    """A clock the tests move by hand."""

    def __init__(self) -> None:
        self.now = 1_750_000_000.0

    def __call__(self) -> float:
        return self.now


def check_against_contract(request: httpx.Request, response: httpx.Response) -> None:
    """The response is one the contract documents for this operation, and its body fits the schema."""
    if response.headers.get("x-fake-fault") == "injected":
        return
    operation = operation_for(request.method, request.url.path)
    assert operation is not None, request.url.path
    documented = SPEC["paths"][operation.path][operation.method.lower()]["responses"]
    assert str(response.status_code) in documented, f"{operation.operation_id}: {response.status_code} undocumented"
    content = documented[str(response.status_code)].get("content")
    if content is None:
        assert not response.content
        return
    schema = content["application/json"]["schema"]
    body = json.loads(response.content)
    if response.request.headers.get("x-timestamp-format") != "iso8601":
        assert SAMPLER.violations(schema, body) == [], f"{operation.operation_id} {response.status_code}"


class Checked(FakeSumvin):
    """The fake, with every answer checked against the contract."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.checked = 0

    def handle(self, request: httpx.Request) -> httpx.Response:
        response = super().handle(request)
        response.request = request
        check_against_contract(request, response)
        self.checked += 1
        return response


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def fake(clock: Clock) -> Iterator[Checked]:
    fake = Checked(clock=clock, sleep=lambda seconds: None)
    yield fake
    assert fake.checked, "the test called the fake"


def client(fake: FakeSumvin, token: str | None = None, **options: Any) -> Sumvin:
    return Sumvin(base_url="https://api.sumvin.test", jwt=token or fake.jwt(), transport=fake.transport(), **options)


def test_users_are_created_once_and_read_back(fake: Checked) -> None:
    sumvin = client(fake)
    with pytest.raises(NotFoundError) as caught:
        sumvin.user.get_user_account()
    assert caught.value.error_code == "USR-404-001"
    first = sumvin.with_raw_response.user.create_user_account(body=CreateUserRequest())
    again = sumvin.with_raw_response.user.create_user_account(body=CreateUserRequest())
    assert (first.status_code, again.status_code) == (201, 208)
    assert first.parsed.user.id == again.parsed.user.id
    me = sumvin.user.get_user_account(expand=["wallets"])
    assert isinstance(me, GetUserResponse) and me.user.id == first.parsed.user.id
    assert isinstance(me.wallets, list) and len(me.wallets) == 5


@pytest.mark.parametrize(
    "token",
    ["not-a-jwt", "a.b.c", "expired", "no-sub"],
)
def test_bad_jwts_are_401_usr_401_001(fake: Checked, token: str) -> None:
    jwts = {"expired": fake.jwt(expires_in=-1), "no-sub": fake.jwt().replace(fake.jwt().split(".")[1], "e30")}
    with pytest.raises(AuthenticationError) as caught:
        client(fake, jwts.get(token, token)).user.get_user_account()
    assert caught.value.error_code == "USR-401-001"


def test_the_org_id_scopes_users_per_tenant(fake: Checked) -> None:
    token = fake.jwt("same-subject")
    acme = client(fake, token, org_id="acme")
    acme.user.create_user_account(body=CreateUserRequest())
    with pytest.raises(NotFoundError):
        client(fake, token, org_id="globex").user.get_user_account()
    assert acme.user.get_user_account().user.auth_provider_id == "same-subject"


def test_phone_verification_with_a_wrong_a_right_and_an_expired_code(fake: Checked, clock: Clock) -> None:
    sumvin = client(fake)
    sumvin.user.create_user_account(body=CreateUserRequest())
    sent = sumvin.user.update_phone(body=PhoneVerificationRequest(phone_number="+447700900123"))
    assert sent.status == "code_sent"
    code = fake.sent_code("+447700900123")
    with pytest.raises(BadRequestError) as wrong:
        sumvin.user.verify_phone(body=VerifyPhoneCodeRequest(verification_code=f"{(int(code) + 1) % 10**6:06d}"))
    assert wrong.value.error_code == "USR-400-001"
    verified = sumvin.user.verify_phone(body=VerifyPhoneCodeRequest(verification_code=code))
    assert verified.status == "verified" and sumvin.user.get_user_account().user.phone_verified_at is not None
    sumvin.user.update_phone(body=PhoneVerificationRequest(phone_number="+447700900124"))
    clock.now += 601
    with pytest.raises(BadRequestError) as expired:
        sumvin.user.verify_phone(body=VerifyPhoneCodeRequest(verification_code=fake.sent_code("+447700900124")))
    assert expired.value.error_code == "USR-400-002"


def test_wallets_page_through_next_links_and_follow_typed(fake: Checked) -> None:
    sumvin = client(fake)
    sumvin.user.create_user_account(body=CreateUserRequest())
    first = sumvin.wallets.list_wallets()
    pages = list(sumvin.paginate(first))
    assert [len(page.wallets) for page in pages] == [2, 2, 1]
    wallets = list(sumvin.paginate(first).items())
    assert len({w.id for w in wallets}) == 5
    wallet = sumvin.follow(wallets[3], "self")
    assert isinstance(wallet, WalletResponse) and wallet.id == wallets[3].id
    with pytest.raises(NotFoundError, match="WAL-404-001"):
        sumvin.wallets.get_wallet("wal_missing")


def test_the_cli_sign_in_from_device_code_to_revoked_pat(fake: Checked) -> None:
    cli = client(fake, user_agent=CLI_AGENT).with_options(jwt=None)
    browser = client(fake)
    browser.user.create_user_account(body=CreateUserRequest())
    code = cli.cli.create_device_code(body=DeviceCodeCreateRequest(client_name="tests"))
    assert cli.cli.poll_device_code(code.device_code).status == "pending"
    with pytest.raises(BadRequestError, match="CLI-400-001"):
        browser.cli.approve_device_code(code.device_code, body=DeviceCodeApprovalRequest(user_code="WRONG"))
    browser.cli.approve_device_code(code.device_code, body=DeviceCodeApprovalRequest(user_code=code.user_code))
    assert cli.cli.poll_device_code(code.device_code).status == "approved"
    issued = cli.cli.exchange_device_code(body=PersonalAccessTokenExchangeRequest(device_code=code.device_code))
    with pytest.raises(ConflictError, match="CLI-409-001"):
        cli.cli.exchange_device_code(body=PersonalAccessTokenExchangeRequest(device_code=code.device_code))
    with pytest.raises(GoneError, match="CLI-410-001"):
        cli.cli.poll_device_code(code.device_code)
    with pytest.warns(UserWarning):
        not_cli = Sumvin(base_url="https://api.sumvin.test", pat=issued.token, transport=fake.transport())
    with pytest.raises(AuthenticationError, match="CLI-401-003"):
        not_cli.wallets.list_wallets()
    pat = cli.with_options(pat=issued.token)
    assert len(pat.wallets.list_wallets().wallets) == 2
    tokens = pat.cli.list_personal_access_tokens()
    assert [t.status for t in tokens.data] == ["active"]
    pat.cli.revoke_personal_access_token(tokens.data[0].id)
    with pytest.raises(AuthenticationError, match="CLI-401-001"):
        pat.wallets.list_wallets()


def test_a_denied_sign_in_is_gone(fake: Checked) -> None:
    cli, browser = client(fake).with_options(jwt=None), client(fake)
    code = cli.cli.create_device_code(body=DeviceCodeCreateRequest())
    browser.cli.deny_device_code(code.device_code)
    with pytest.raises(GoneError):
        cli.cli.poll_device_code(code.device_code)
    with pytest.raises(NotFoundError, match="CLI-404-001"):
        cli.cli.poll_device_code("no-such-code")


def test_iso8601_timestamps_on_every_response(fake: Checked) -> None:
    sumvin = client(fake, timestamp_format="iso8601")
    raw = sumvin.with_raw_response.user.create_user_account(body=CreateUserRequest())
    assert isinstance(raw.http_response.json()["user"]["created_at"], str)
    assert raw.parsed.user.created_at == client(fake).user.get_user_account().user.created_at


@pytest.mark.parametrize("fraction", [0.0, 0.001, 0.01, 0.125, 0.5, 0.999])
def test_iso8601_timestamps_keep_their_milliseconds(clock: Clock, fake: Checked, fraction: float) -> None:
    clock.now += fraction
    sumvin = client(fake)
    created = sumvin.with_raw_response.user.create_user_account(body=CreateUserRequest()).parsed.user.created_at
    raw = client(fake, timestamp_format="iso8601").with_raw_response.user.get_user_account()
    wire = raw.http_response.json()["user"]["created_at"]
    assert raw.parsed.user.created_at == created, wire
    assert wire.endswith("Z") and ("." in wire) == (created.microsecond != 0)


def test_injected_faults_drive_the_clients_retries(fake: Checked) -> None:
    waits: list[float] = []
    sumvin = client(fake, retry_policy=RetryPolicy(sleep=waits.append, random=lambda: 0.0))
    sumvin.user.create_user_account(body=CreateUserRequest())
    fake.inject("getUserAccount", status=429, retry_after="2")
    fake.inject("getUserAccount", status=503)
    assert isinstance(sumvin.user.get_user_account(), GetUserResponse)
    assert waits == [2.0, 1.0]
    fake.inject("getUserAccount", drop=True, times=3)
    with pytest.raises(APIConnectionError):
        sumvin.user.get_user_account()


def test_an_operation_without_a_handler_answers_the_contracts_default(fake: Checked) -> None:
    insights = client(fake).insights.list_insights()
    assert insights.to_dict() == client(fake).insights.list_insights().to_dict(), "deterministic"


def test_the_fake_as_a_loopback_server() -> None:
    with FakeServer(Checked()) as server:
        sumvin = Sumvin(base_url=server.base_url, jwt=server.fake.jwt(), max_retries=0)
        assert sumvin.with_raw_response.user.create_user_account(body=CreateUserRequest()).status_code == 201
        assert sumvin.user.get_user_account().user.id
        server.fake.inject("getUserAccount", drop=True)
        with pytest.raises(APIConnectionError):
            sumvin.user.get_user_account()
        sumvin.close()


def test_transactions_page_through_next_links(fake: Checked) -> None:
    sumvin = client(fake)
    sumvin.user.create_user_account(body=CreateUserRequest())
    first = sumvin.transactions.list_transactions(limit=5)
    pages = list(sumvin.paginate(first))
    assert [len(page.transactions) for page in pages] == [5, 2]
    assert len({t.id for page in pages for t in page.transactions}) == first.total == 7


# -- the whole API, shaped from tests ------------------------------------------------------------------------


def http(fake: FakeSumvin) -> httpx.Client:
    return httpx.Client(transport=fake.transport(), base_url="https://api.sumvin.test")


def test_lookup_order_is_override_then_handler_then_default(fake: Checked) -> None:
    sumvin = client(fake)
    default = sumvin.insights.list_insights()
    fake.register(
        "listInsights", lambda call: call.respond(200, call.fake.defaults.body("listInsights") | {"total": 7})
    )
    assert sumvin.insights.list_insights().to_dict()["total"] == 7
    fake.reply("listInsights", 200, default.to_dict(), times=1)
    assert sumvin.insights.list_insights().to_dict() == default.to_dict()
    assert sumvin.insights.list_insights().to_dict()["total"] == 7, "the reply was used up"
    fake.assert_overrides_used()


def test_scripted_replies_take_a_predicate_a_count_headers_and_raw_content() -> None:
    fake = FakeSumvin()
    fake.reply("getUserAccount", 404, {"detail": "x"}, when=lambda call: call.principal is None, times=None)
    fake.reply("healthCheck", 200, content=b"{}", headers={"x-test": "yes"}, times=2)
    with http(fake) as h:
        assert h.get("/v0/user/me").status_code == 404
        assert [h.get("/health").headers.get("x-test") for _ in range(3)] == ["yes", "yes", None]
    assert [c.response.status_code for c in fake.calls("healthCheck") if c.response] == [200, 200, 200]
    fake.reply("listWallets", 200, {})
    with pytest.raises(AssertionError, match="listWallets"):
        fake.assert_overrides_used()


@pytest.mark.parametrize("name", ["getUser", "", "listwallets"])
def test_an_unknown_operation_id_is_an_error(name: str) -> None:
    fake = FakeSumvin()
    for shape in (fake.reply, fake.inject, fake.calls, lambda op: fake.register(op, lambda c: c.default())):
        with pytest.raises(UnknownOperationError, match="no operation"):
            shape(name)


@pytest.mark.parametrize(
    ("retryable", "status", "retried"),
    [(None, 404, False), (None, 500, False), (None, 503, True), (True, 404, True), (False, 429, False)],
)
def test_injected_statuses_are_retryable_only_by_choice(
    fake: Checked, retryable: bool | None, status: int, retried: bool
) -> None:
    waits: list[float] = []
    sumvin = client(fake, retry_policy=RetryPolicy(sleep=waits.append, random=lambda: 0.0))
    sumvin.user.create_user_account(body=CreateUserRequest())
    fake.inject("getUserAccount", status=status, retryable=retryable)
    if retried:
        assert isinstance(sumvin.user.get_user_account(), GetUserResponse) and len(waits) == 1
    else:
        with pytest.raises(APIStatusError) as caught:
            sumvin.user.get_user_account()
        assert caught.value.status_code == status and waits == []


def test_faults_send_a_body_headers_malformed_json_or_time_out(fake: Checked) -> None:
    fake.inject("healthCheck", status=418, body={"teapot": True}, headers={"x-why": "tea"})
    fake.inject("healthCheck", malformed_json=True)
    fake.inject("healthCheck", timeout=True)
    with http(fake) as h:
        first = h.get("/health")
        assert (first.status_code, first.json(), first.headers["x-why"]) == (418, {"teapot": True}, "tea")
        with pytest.raises(json.JSONDecodeError):
            h.get("/health").json()
        with pytest.raises(httpx.ReadTimeout):
            h.get("/health")


@pytest.mark.parametrize(
    ("request_", "loc", "kind"),
    [
        (("GET", "/v0/transactions/?limit=abc", None), ["query", "limit"], "int_parsing"),
        (("GET", "/v0/transactions/?limit=1000", None), ["query", "limit"], "less_than_equal"),
        (("GET", "/v0/transactions/?direction=sideways", None), ["query", "direction"], "enum"),
        (("PUT", "/v0/user/me/phone/code", {}), ["body", "verification_code"], "missing"),
        (("PATCH", "/v0/user/me/username", {"username": 5}), ["body", "username"], "string_type"),
        (("POST", "/v0/cli/device-codes", [1]), ["body"], "dict_type"),
    ],
)
def test_contract_breaking_requests_get_the_apis_422(request_: tuple[str, str, Any], loc: list[str], kind: str) -> None:
    fake = FakeSumvin()
    method, path, body = request_
    with http(fake) as h:
        answer = h.request(method, path, json=body, headers={"x-juno-jwt": fake.jwt()})
    assert answer.status_code == 422
    detail = (
        answer.json()["detail"] if "detail" in answer.json() and isinstance(answer.json()["detail"], list) else None
    )
    if detail is None:  # an operation whose contract documents its 422 as a problem
        assert ".".join(loc) in answer.json()["detail"]
        return
    assert {"loc": loc, "type": kind} in [{"loc": e["loc"], "type": e["type"]} for e in detail]
    assert all(e["msg"] for e in detail)


def test_validation_can_be_turned_off_and_no_input_crashes_the_fake() -> None:
    loose = FakeSumvin(validate=False)
    with http(loose) as h:
        answer = h.get("/v0/transactions/?limit=abc", headers={"x-juno-jwt": loose.jwt()})
    assert answer.status_code in (200, 404) and not loose.errors
    strict = FakeSumvin()
    hostile = ["%00", "..%2F..", "é" * 300, "{}", "-1", "9" * 400]
    with http(strict) as h:
        for value in hostile:
            for path in (f"/v0/wallets/{value}", f"/v0/transactions/?limit={value}&offset={value}"):
                assert h.get(path, headers={"x-juno-jwt": strict.jwt()}).status_code < 500
            h.post("/v0/budgets/", content=value.encode(), headers={"x-juno-jwt": strict.jwt()})
    assert strict.errors == []


def test_auth_comes_from_the_contract_and_tenants_stay_apart() -> None:
    fake = FakeSumvin()
    with http(fake) as h:
        assert h.get("/v0/card/").json()["error_code"] == "USR-401-001"
        assert h.get("/v0/ucp/merchants", params={"q": "x"}).status_code == 401
        assert h.get("/health").status_code == 200, "an operation with no security answers anyone"
        acme = {"x-juno-jwt": fake.jwt("ada"), "x-juno-orgid": "acme"}
        globex = {"x-juno-jwt": fake.jwt("ada"), "x-juno-orgid": "globex"}
        h.post("/v0/user/", json={}, headers=acme)
        wallet = h.get("/v0/wallets/", headers=acme).json()["wallets"][0]["id"]
        assert h.get(f"/v0/wallets/{wallet}", headers=acme).status_code == 200
        assert h.get(f"/v0/wallets/{wallet}", headers=globex).status_code == 404


def test_a_pat_sent_with_another_org_is_refused() -> None:
    fake = FakeSumvin()
    with http(fake) as h:
        code = h.post("/v0/cli/device-codes", json={}, headers={"x-juno-orgid": "acme"}).json()
        page = h.get(code["verification_uri_complete"])
        assert page.status_code == 200 and "Approved" in page.text
        token = h.post("/v0/cli/personal-access-tokens", json={"device_code": code["device_code"]}).json()["token"]
        pat = {"x-sumvin-pat": token, "user-agent": CLI_AGENT}
        assert h.get("/v0/wallets/", headers=pat | {"x-juno-orgid": "acme"}).status_code == 200
        refused = h.get("/v0/wallets/", headers=pat | {"x-juno-orgid": "globex"})
        assert (refused.status_code, refused.json()["error_code"]) == (401, "CLI-401-004")


def test_wallets_are_created_read_updated_and_deleted(fake: Checked) -> None:
    with http(fake) as h:
        me = {"x-juno-jwt": fake.jwt("ada")}
        h.post("/v0/user/", json={}, headers=me)
        body = fake.sampler.value(fake.contract.schemas["TxnHashWalletCreate"]) | {"address": "0x" + "12" * 20}
        created = h.post("/v0/wallets/", json=body, headers=me)
        assert created.status_code == 201, created.text
        wallet = created.json()["id"]
        assert h.get(f"/v0/wallets/{wallet}", headers=me).json()["id"] == wallet
        renamed = h.patch(f"/v0/wallets/{wallet}", json={"nickname": "savings"}, headers=me)
        assert renamed.json()["nickname"] == "savings"
        assert h.delete(f"/v0/wallets/{wallet}", headers=me).status_code == 204
        assert h.get(f"/v0/wallets/{wallet}", headers=me).json()["error_code"] == "WAL-404-001"


def test_seeded_state_is_realistic_and_the_filters_are_real(fake: Checked) -> None:
    user = fake.seed.user("ada", kyc="approved", transactions=0)
    made = fake.seed.transactions(user, 50)
    card = fake.seed.card(user)
    statuses = fake.contract.schemas["TransactionStatus"]["enum"]
    assert len(made) == 50 and all(t["status"] in statuses and t["direction"] in ("in", "out") for t in made)
    sumvin = client(fake, fake.jwt("ada"))
    assert sumvin.kyc.get_kyc_status().status == "approved"
    assert sumvin.cards.get_card(card["id"]).id == card["id"]
    incoming = sumvin.transactions.list_transactions(direction=TransactionDirection.IN, limit=100)
    assert incoming.total == sum(t["direction"] == "in" for t in made) > 0
    assert all(t.direction == "in" for t in incoming.transactions)
    coffee = sumvin.transactions.list_transactions(merchant_name="coffee", limit=100)
    assert coffee.total == sum(t["merchant_name"] == "Coffee Lab" for t in made)
    one = made[3]["id"]
    assert sumvin.transactions.get_transaction(one).id == one


def test_the_loopback_server_answers_head_options_and_its_verification_page() -> None:
    with FakeServer() as server, httpx.Client(base_url=server.base_url) as h:
        assert h.head("/health").status_code == 200 and h.head("/health").content == b""
        options = h.options("/v0/wallets/{wallet_id}".replace("{wallet_id}", "w1"))
        assert options.status_code == 204 and {"GET", "PATCH", "DELETE"} <= set(options.headers["allow"].split(", "))
        assert h.request("QUERY", "/v0/wallets/").status_code == 405
        code = h.post("/v0/cli/device-codes", json={}).json()
        assert code["verification_uri"].startswith(server.base_url)
        assert h.get(code["verification_uri_complete"]).status_code == 200
        assert h.get(f"/v0/cli/device-codes/{code['device_code']}").json()["status"] == "approved"
        assert h.get(code["verification_uri_complete"]).status_code == 404, "a code approves once"


def test_a_port_in_use_is_one_clear_line(capsys: pytest.CaptureFixture[str]) -> None:
    from sumvin_sdk.testing.__main__ import main

    with FakeServer() as server:
        port = int(server.base_url.rsplit(":", 1)[1])
        assert main(["--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"port {port}" in err and "in use" in err


def test_the_pytest_plugin_gives_a_fake_a_client_and_a_frozen_clock(
    sumvin_fake: FakeSumvin, sumvin_client: Sumvin, sumvin_clock: FrozenClock
) -> None:
    start = sumvin_clock()
    assert sumvin_client.user.get_user_account().user.auth_provider_id == "user-1"
    sumvin_fake.inject("getUserAccount", status=503, retry_after="30")
    sumvin_client.user.get_user_account()
    assert sumvin_clock() == start + 30 and sumvin_clock.slept == [30.0]


def test_the_notebooks_next_steps_all_lead_somewhere(fake: Checked) -> None:
    sumvin = client(fake)
    sumvin.user.create_user_account(body=CreateUserRequest())
    me = sumvin.user.get_user_account()
    assert len(links(me)) >= 5
    for rel in links(me):
        assert isinstance(sumvin.follow(me, rel, model=dict), dict), rel  # an error status would raise


def test_a_wallets_user_link_leads_back_to_its_owner(fake: Checked) -> None:
    sumvin = client(fake)
    sumvin.user.create_user_account(body=CreateUserRequest())
    me = sumvin.user.get_user_account()
    listed = sumvin.wallets.list_wallets().wallets[0]
    for wallet in (listed, sumvin.wallets.get_wallet(listed.id)):
        owner = sumvin.follow(wallet, "user")
        assert isinstance(owner, GetUserResponse) and owner.user.id == me.user.id


# -- python -m sumvin_sdk.testing ----------------------------------------------------------------------------


class Pipe(io.StringIO):
    """Standard output as a pipe sees it: only what was flushed."""

    flushed = ""

    def flush(self) -> None:
        self.flushed = self.getvalue()


def interrupted_after(monkeypatch: pytest.MonkeyPatch, meanwhile: Callable[[], None]) -> None:
    """The served fake's wait runs ``meanwhile``, then is interrupted as Ctrl-C interrupts it."""

    class Event:
        def wait(self) -> None:
            meanwhile()
            raise KeyboardInterrupt

    monkeypatch.setattr(serve, "threading", SimpleNamespace(Event=Event))


def test_the_served_fake_prints_its_address_at_once_answers_on_it_and_ends_cleanly_on_ctrl_c(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The address line reaches a pipe before the fake waits (a script reads it while the fake runs); the fake
    answers there; Ctrl-C ends it with status 0."""
    pipe, answered = Pipe(), []
    monkeypatch.setattr(sys, "stdout", pipe)

    def meanwhile() -> None:
        found = re.fullmatch(r"fake Sumvin API at (http://127\.0\.0\.1:\d+) \(Ctrl-C to stop\)\n", pipe.flushed)
        assert found, pipe.flushed
        answered.append(httpx.get(found[1] + "/health").status_code)

    interrupted_after(monkeypatch, meanwhile)
    assert serve.main(["--port", "0"]) == 0
    assert answered == [200]


def test_without_a_port_the_fake_serves_on_8765(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int] = []

    class Server:
        """Stands for ``FakeServer``: notes the port it is asked for."""

        def __init__(self, port: int) -> None:
            asked.append(port)
            self.base_url = f"http://127.0.0.1:{port}"

        def __enter__(self) -> Server:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

    monkeypatch.setattr(serve, "FakeServer", Server)
    interrupted_after(monkeypatch, lambda: None)
    assert serve.main([]) == 0
    assert asked == [8765]


def test_its_help_names_the_command_says_what_it_does_and_what_the_port_means(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    with pytest.raises(SystemExit) as done:
        serve.main(["--help"])
    assert done.value.code == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "usage: python -m sumvin_sdk.testing [-h] [--port PORT]"
    assert (
        "``python -m sumvin_sdk.testing [--port PORT]``: serve the fake Sumvin API on loopback until interrupted."
        in lines
    )
    assert any(re.fullmatch(r"\s*--port PORT\s+port on 127\.0\.0\.1 \(0 picks a free one\)", line) for line in lines)


# -- users ---------------------------------------------------------------------------------------------------


def as_json(fake: FakeSumvin, method: str, path: str, sub: str = "ada", **kwargs: Any) -> httpx.Response:
    """``method path`` as plain HTTP from ``sub``: the answer as the fake sent it."""
    with httpx.Client(transport=fake.transport(), base_url="https://api.sumvin.test") as http:
        return http.request(method, path, headers={"x-juno-jwt": fake.jwt(sub)}, **kwargs)


def test_a_user_shows_what_the_fake_holds_of_it_and_nothing_it_was_never_given(fake: Checked, clock: Clock) -> None:
    """Its id and subject, its first wallet's address, an email made of the subject, its phone once verified,
    when it was created; no names, no smart wallet, nothing deleted."""
    assert as_json(fake, "POST", "/v0/user/", json={}).status_code == 201
    (user,) = fake.users.values()
    first = next(iter(user.collection("wallets").values()))
    shown = {
        "id": user.id,
        "username": None,
        "first_name": None,
        "last_names": None,
        "auth_provider": "dynamic",
        "auth_provider_id": "ada",
        "primary_eoa_address": first["address"],
        "primary_smart_wallet_address": None,
        "safe_creation_status": None,
        "email": "ada@example.com",
        "phone": None,
        "phone_verified_at": None,
        "created_at": user.created_at,
        "updated_at": user.created_at,
        "deleted_at": None,
    }
    assert as_json(fake, "GET", "/v0/user/me").json()["user"] == shown
    as_json(fake, "PUT", "/v0/user/me/phone", json={"phone_number": "+447700900123"})
    clock.now += 30.25
    code = {"verification_code": fake.sent_code("+447700900123")}
    assert as_json(fake, "PUT", "/v0/user/me/phone/code", json=code).json()["status"] == "verified"
    verified = {"phone": "+447700900123", "phone_verified_at": int(clock.now * 1000)}
    assert as_json(fake, "GET", "/v0/user/me").json()["user"] == shown | verified


def test_a_user_without_wallets_shows_no_wallet_address(clock: Clock) -> None:
    fake = Checked(clock=clock, wallets_per_user=0)
    as_json(fake, "POST", "/v0/user/", json={})
    assert as_json(fake, "GET", "/v0/user/me").json()["user"]["primary_eoa_address"] is None


def test_a_users_links_are_gets_that_each_lead_where_they_say(fake: Checked) -> None:
    as_json(fake, "POST", "/v0/user/", json={})
    links = as_json(fake, "GET", "/v0/user/me").json()["_links"]
    assert {rel: (link["href"], link["method"], link.get("description")) for rel, link in links.items()} == {
        "self": ("/v0/user/me", "GET", None),
        "wallets": ("/v0/wallets/", "GET", "The user's wallets"),
        "transactions": ("/v0/transactions/", "GET", "The user's transactions"),
        "kyc-status": ("/v0/kyc/status", "GET", "Identity verification"),
        "cards": ("/v0/card/", "GET", "The user's cards"),
    }
    assert {rel: as_json(fake, "GET", link["href"]).status_code for rel, link in links.items()} == dict.fromkeys(
        links, 200
    )


def test_a_phone_code_is_six_digits_that_live_ten_minutes_and_updating_again_unverifies(
    fake: Checked, clock: Clock
) -> None:
    as_json(fake, "POST", "/v0/user/", json={})
    sent = as_json(fake, "PUT", "/v0/user/me/phone", json={"phone_number": "+447700900123"}).json()
    assert {k: v for k, v in sent.items() if k != "_links"} == {
        "phone_number": "+447700900123",
        "status": "code_sent",
        "message": "code sent",
        "expires_in_seconds": 600,
    }
    assert re.fullmatch(r"\d{6}", fake.sent_code("+447700900123"))
    assert as_json(fake, "GET", "/v0/user/me").json()["user"]["phone"] == "+447700900123"
    clock.now += 599.5
    code = {"verification_code": fake.sent_code("+447700900123")}
    verified = as_json(fake, "PUT", "/v0/user/me/phone/code", json=code).json()
    assert {k: v for k, v in verified.items() if k != "_links"} == {
        "phone_number": "+447700900123",
        "status": "verified",
        "message": "phone verified",
    }
    again = as_json(fake, "PUT", "/v0/user/me/phone/code", json=code)
    assert (again.status_code, again.json()["error_code"]) == (409, "USR-409-002"), "a code verifies once"
    assert again.json()["detail"] == "no verification in progress: update the phone first"
    as_json(fake, "PUT", "/v0/user/me/phone", json={"phone_number": "+447700900124"})
    assert as_json(fake, "GET", "/v0/user/me").json()["user"]["phone_verified_at"] is None


def test_a_phone_code_sent_again_to_the_number_waiting_replaces_the_first(fake: Checked, clock: Clock) -> None:
    as_json(fake, "POST", "/v0/user/", json={})
    as_json(fake, "PUT", "/v0/user/me/phone", json={"phone_number": "+447700900123"})
    clock.now += 500
    resent = as_json(fake, "PUT", "/v0/user/me/phone", json={"resend": True})
    assert (resent.status_code, resent.json()["phone_number"]) == (200, "+447700900123")
    clock.now += 500  # past the first code's ten minutes, within the second's
    code = {"verification_code": fake.sent_code("+447700900123")}
    assert as_json(fake, "PUT", "/v0/user/me/phone/code", json=code).json()["status"] == "verified"


@pytest.mark.parametrize("phone", ["+123456", "+1234", "+12"])
def test_a_phone_number_too_short_for_e164_is_a_400_saying_so(fake: Checked, phone: str) -> None:
    as_json(fake, "POST", "/v0/user/", json={})
    refused = as_json(fake, "PUT", "/v0/user/me/phone", json={"phone_number": phone})
    assert (refused.status_code, refused.json()["error_code"]) == (400, "USR-400-001")
    assert refused.json()["detail"] == "phone_number must be in E.164 form"
    assert as_json(fake, "GET", "/v0/user/me").json()["user"]["phone"] is None


@pytest.mark.parametrize("phone", ["+1234567", "+4477009001231234"[:16]])
def test_the_shortest_and_longest_e164_numbers_get_a_code(fake: Checked, phone: str) -> None:
    as_json(fake, "POST", "/v0/user/", json={})
    assert as_json(fake, "PUT", "/v0/user/me/phone", json={"phone_number": phone}).status_code == 200
    assert re.fullmatch(r"\d{6}", fake.sent_code(phone))


def test_resending_with_no_number_ever_given_is_a_400(fake: Checked) -> None:
    as_json(fake, "POST", "/v0/user/", json={})
    refused = as_json(fake, "PUT", "/v0/user/me/phone", json={"resend": True})
    assert (refused.status_code, refused.json()["error_code"]) == (400, "USR-400-001")


def test_verifying_a_code_says_why_it_is_refused(fake: Checked, clock: Clock) -> None:
    as_json(fake, "POST", "/v0/user/", json={})
    code = {"verification_code": "123456"}
    never = as_json(fake, "PUT", "/v0/user/me/phone/code", json=code)
    assert (never.status_code, never.json()["error_code"]) == (409, "USR-409-002")
    as_json(fake, "PUT", "/v0/user/me/phone", json={"phone_number": "+447700900123"})
    right = fake.sent_code("+447700900123")
    wrong = as_json(
        fake, "PUT", "/v0/user/me/phone/code", json={"verification_code": f"{(int(right) + 1) % 10**6:06d}"}
    )
    assert (wrong.status_code, wrong.json()["error_code"]) == (400, "USR-400-001")
    assert wrong.json()["detail"] == "the verification code is wrong"
    clock.now += 600
    expired = as_json(fake, "PUT", "/v0/user/me/phone/code", json={"verification_code": right})
    assert (expired.status_code, expired.json()["error_code"]) == (400, "USR-400-002")
    assert expired.json()["detail"] == "the verification code has expired"
    gone = as_json(fake, "PUT", "/v0/user/me/phone/code", json={"verification_code": right})
    assert (gone.status_code, gone.json()["error_code"]) == (409, "USR-409-002"), "an expired code is gone"
    assert as_json(fake, "GET", "/v0/user/me").json()["user"]["phone_verified_at"] is None


def test_a_caller_who_never_created_the_user_gets_a_404_saying_to_create_it(fake: Checked) -> None:
    for method, path, body in [
        ("GET", "/v0/user/me", None),
        ("PATCH", "/v0/user/me/username", {"username": "ada_l"}),
        ("PUT", "/v0/user/me/phone", {"phone_number": "+447700900123"}),
        ("PUT", "/v0/user/me/phone/code", {"verification_code": "123456"}),
    ]:
        missing = as_json(fake, method, path, json=body)
        assert (missing.status_code, missing.json()["error_code"]) == (404, "USR-404-001"), path
        assert missing.json()["detail"] == "no user for this subject yet: create it first"
    assert fake.users == {}


def test_a_new_username_shows_in_the_answer_and_the_next_get(fake: Checked) -> None:
    as_json(fake, "POST", "/v0/user/", json={})
    renamed = as_json(fake, "PATCH", "/v0/user/me/username", json={"username": "ada_l"}).json()
    assert renamed["user"]["username"] == "ada_l" and set(renamed["_links"]) >= {"self", "wallets"}
    assert as_json(fake, "GET", "/v0/user/me").json()["user"]["username"] == "ada_l"


def test_expanding_wallets_lists_each_wallets_summary(fake: Checked) -> None:
    as_json(fake, "POST", "/v0/user/", json={})
    (user,) = fake.users.values()
    body = as_json(fake, "GET", "/v0/user/me", params={"expand": "wallets"}).json()
    keys = ("id", "address", "chain_id", "is_primary", "is_eoa")
    assert body["wallets"] == [{k: w[k] for k in keys} for w in user.collection("wallets").values()]
    assert len(body["wallets"]) == fake.wallets_per_user
    assert "wallets" not in as_json(fake, "GET", "/v0/user/me").json()


def test_listing_wallets_before_creating_the_user_makes_the_callers_user_where_no_404_is_documented(
    fake: Checked,
) -> None:
    """``listWallets`` documents no 404, so a caller with no user yet gets one made for its subject and tenant."""
    headers = {"x-juno-jwt": fake.jwt("grace"), "x-juno-orgid": "acme"}
    with httpx.Client(transport=fake.transport(), base_url="https://api.sumvin.test", headers=headers) as http:
        listed = http.get("/v0/wallets/")
    assert listed.status_code == 200 and len(listed.json()["wallets"]) == 2
    ((owner, user),) = fake.users.items()
    assert owner == (user.tenant, user.sub) == ("acme", "grace")


def test_phone_codes_are_drawn_from_all_million_six_digit_codes(fake: Checked) -> None:
    as_json(fake, "POST", "/v0/user/", json={})
    codes = []
    for _ in range(20):
        as_json(fake, "PUT", "/v0/user/me/phone", json={"phone_number": "+447700900123"})
        codes.append(int(fake.sent_code("+447700900123")))
    assert len(set(codes)) > 15 and max(codes) >= 100_000  # all 20 below it: one chance in 10**20
