"""Key flows recorded against the fake on loopback (vcrpy), replayed offline with credentials scrubbed.

Replay is the default (record mode ``none``): a request that is not in the cassette fails the test, and
``block_network`` refuses any socket. A request matches a recorded one only if its method, path, query,
body and headers are the same (credentials, tokens and device codes are scrubbed on both sides first, and
an ``Idempotency-Key`` need only be present where it was: its value is random by design).
To re-record after a change to a flow, run::

    python -m pytest tests/test_cassettes.py --record-mode=rewrite

which starts the fake on 127.0.0.1:8765 and writes ``tests/cassettes/test_cassettes/*.yaml``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sumvin_sdk import Sumvin
from sumvin_sdk._generated.models import (
    CreateUserRequest,
    DeviceCodeApprovalRequest,
    DeviceCodeCreateRequest,
    GetUserResponse,
    PersonalAccessTokenExchangeRequest,
    PhoneVerificationRequest,
    VerifyPhoneCodeRequest,
)
from sumvin_sdk.errors import NotFoundError
from sumvin_sdk.testing import FakeServer, FakeSumvin

PORT = 8765
BASE_URL = f"http://127.0.0.1:{PORT}"
CASSETTES = Path(__file__).parent / "cassettes"
CREDENTIAL_HEADERS = ("x-juno-jwt", "x-sumvin-pat", "x-sumvin-token", "x-sumvin-pint-token", "x-sumvin-ucp-token")
SECRET_MEMBERS = ("token", "device_code")
REDACTED = "REDACTED"
# A JWT is three base64url parts; a PAT from the fake starts with svpat_.
SECRET_SHAPES = re.compile(r"eyJ[\w-]+\.[\w-]+\.[\w-]+|svpat_[\w-]+")


def _scrub_body(body: bytes | str | None) -> Any:
    if not body:
        return body
    try:
        data = json.loads(body)
    except ValueError:
        return body
    if isinstance(data, dict):
        data = {k: REDACTED if k in SECRET_MEMBERS and isinstance(v, str) else v for k, v in data.items()}
    return json.dumps(data)


def _scrub_request(request: Any) -> Any:
    request.body = _scrub_body(request.body)
    request.uri = re.sub(r"(/device-codes/)[^/?]+", r"\1" + REDACTED, request.uri)
    return request


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    scrubbed = _scrub_body(response["body"]["string"])
    response["body"]["string"] = scrubbed.encode() if isinstance(scrubbed, str) else scrubbed
    response["headers"].pop("content-length", None)  # the scrubbed body has another length
    return response


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    """Replay by default; scrub every credential header, token and device code before anything is written."""
    return {
        "filter_headers": [(name, REDACTED) for name in CREDENTIAL_HEADERS] + [("authorization", REDACTED)],
        "before_record_request": _scrub_request,
        "before_record_response": _scrub_response,
        "match_on": ["method", "path", "query", "body", "headers_sent"],
    }


def headers_sent(r1: Any, r2: Any) -> None:
    """vcrpy matcher: the same request headers, credentials scrubbed, an Idempotency-Key's value aside, and
    no Content-Length (the body is matched itself, and a scrubbed body has another length)."""

    def comparable(request: Any) -> dict[str, str]:
        found = {k.lower(): str(v) for k, v in request.headers.items() if k.lower() != "content-length"}
        return found | ({"idempotency-key": "(present)"} if "idempotency-key" in found else {})

    first, second = comparable(r1), comparable(r2)
    assert first == second, f"headers differ: {sorted(set(first.items()) ^ set(second.items()))}"


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    """Registered by ``tests/conftest.py``: the header matcher above."""
    vcr.register_matcher("headers_sent", headers_sent)


@pytest.fixture
def api(request: pytest.FixtureRequest) -> Iterator[FakeSumvin | None]:
    """The fake on 127.0.0.1:8765 while recording; nothing at all while replaying."""
    if request.config.getoption("--record-mode") in (None, "none"):
        yield None
        return
    with FakeServer(FakeSumvin(), port=PORT) as server:
        yield server.fake


def _jwt(api: FakeSumvin | None) -> str:
    return api.jwt("cassette-user") if api else "replayed-jwt"


def recorded_code() -> str:
    """The verification code the user flow sent when it was recorded: replay must send the same one."""
    text = (CASSETTES / "test_cassettes" / "test_user_flow_replays.yaml").read_text(encoding="utf-8")
    found = re.search(r'"verification_code": "(\d+)"', text)
    assert found, "the user flow's cassette holds no verification code"
    return found.group(1)


def user_flow(api: FakeSumvin | None, code: str | None = None) -> None:
    sumvin = Sumvin(base_url=BASE_URL, jwt=_jwt(api), max_retries=0)
    assert sumvin.with_raw_response.user.create_user_account(body=CreateUserRequest()).status_code == 201
    sumvin.user.update_phone(body=PhoneVerificationRequest(phone_number="+447700900123"))
    code = code or (api.sent_code("+447700900123") if api else recorded_code())
    assert sumvin.user.verify_phone(body=VerifyPhoneCodeRequest(verification_code=code)).status == "verified"
    me = sumvin.user.get_user_account(expand=["wallets"])
    assert isinstance(me, GetUserResponse) and me.user.phone == "+447700900123"
    wallets = list(sumvin.paginate(sumvin.follow(me, "wallets")).items())
    assert len(wallets) == 5
    with pytest.raises(NotFoundError):
        sumvin.wallets.get_wallet("wal_missing")


@pytest.mark.vcr
@pytest.mark.block_network
def test_user_flow_replays(api: FakeSumvin | None) -> None:
    user_flow(api)


@pytest.mark.vcr("test_user_flow_replays.yaml")
@pytest.mark.block_network
def test_a_replay_that_sends_another_body_fails(api: FakeSumvin | None) -> None:
    if api is not None:
        pytest.skip("a replay-only check: nothing to record")
    other = "1" + recorded_code()[1:] if not recorded_code().startswith("1") else "2" + recorded_code()[1:]
    with pytest.raises(Exception, match="verification_code") as caught:
        user_flow(api, other)
    assert type(caught.value).__name__ == "CannotOverwriteExistingCassetteException"


@pytest.mark.vcr("test_user_flow_replays.yaml")
@pytest.mark.block_network
def test_a_replay_that_sends_other_headers_fails(api: FakeSumvin | None) -> None:
    if api is not None:
        pytest.skip("a replay-only check: nothing to record")
    sumvin = Sumvin(base_url=BASE_URL, jwt=_jwt(api), max_retries=0, user_agent="another-agent/1.0")
    with pytest.raises(Exception, match="user-agent") as caught:
        sumvin.user.create_user_account(body=CreateUserRequest())
    assert type(caught.value).__name__ == "CannotOverwriteExistingCassetteException"


@pytest.mark.vcr
@pytest.mark.block_network
def test_cli_sign_in_replays(api: FakeSumvin | None) -> None:
    browser = Sumvin(base_url=BASE_URL, jwt=_jwt(api), max_retries=0)
    cli = Sumvin(base_url=BASE_URL, auth=[], user_agent="sumvin-cli/0.1 tests", max_retries=0)
    browser.user.create_user_account(body=CreateUserRequest())
    code = cli.cli.create_device_code(body=DeviceCodeCreateRequest(client_name="cassette"))
    browser.cli.approve_device_code(code.device_code, body=DeviceCodeApprovalRequest(user_code=code.user_code))
    assert cli.cli.poll_device_code(code.device_code).status == "approved"
    issued = cli.cli.exchange_device_code(body=PersonalAccessTokenExchangeRequest(device_code=code.device_code))
    with_pat = cli.with_options(pat=issued.token)
    assert [t.status for t in with_pat.cli.list_personal_access_tokens().data] == ["active"]


def secrets_in(text: str) -> list[str]:
    """What in a cassette's text looks like a credential: JWTs, PATs, unscrubbed credential headers or codes."""
    found = SECRET_SHAPES.findall(text)
    for header in CREDENTIAL_HEADERS:
        found += [
            v for v in re.findall(rf"{header}:\n\s+- (.+)", text, flags=re.IGNORECASE) if v.strip("'\"") != REDACTED
        ]
    found += [m for m in re.findall(r'"(?:token|device_code)": "([^"]*)"', text) if m != REDACTED]
    return found


def test_the_secret_scan_finds_what_it_looks_for() -> None:
    planted = 'x-sumvin-pat:\n      - svpat_abc\nbody: \'{"token": "t0k3n", "device_code": "REDACTED"}\'\neyJh.eyJz.sig'
    assert secrets_in(planted) == ["svpat_abc", "eyJh.eyJz.sig", "svpat_abc", "t0k3n"]


def test_cassettes_exist_and_hold_no_secrets() -> None:
    files = sorted(CASSETTES.rglob("*.yaml"))
    assert [f.stem for f in files] == ["test_cli_sign_in_replays", "test_user_flow_replays"]
    for file in files:
        assert secrets_in(file.read_text(encoding="utf-8")) == [], file.name
