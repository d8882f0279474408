"""The fake Sumvin API: its flows, its faults, and every response it sends checked against the contract."""

from __future__ import annotations

import json
from collections.abc import Iterator
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
    VerifyPhoneCodeRequest,
    WalletResponse,
)
from sumvin_sdk._pipeline import operation_for
from sumvin_sdk.errors import (
    APIConnectionError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    GoneError,
    NotFoundError,
)
from sumvin_sdk.testing import FakeServer, FakeSumvin
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
    assert sent.status == "pending"
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
