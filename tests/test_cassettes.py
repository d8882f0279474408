"""Key flows recorded against the fake on loopback (vcrpy), replayed offline with credentials scrubbed.

Replay is the default (record mode ``none``): a request that is not in the cassette fails the test, and
``block_network`` refuses any socket. To re-record after a change to a flow, run::

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
        "match_on": ["method", "path", "query"],
    }


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


@pytest.mark.vcr
@pytest.mark.block_network
def test_user_flow_replays(api: FakeSumvin | None) -> None:
    sumvin = Sumvin(base_url=BASE_URL, jwt=_jwt(api), max_retries=0)
    assert sumvin.with_raw_response.user.create_user_account(body=CreateUserRequest()).status_code == 201
    sumvin.user.update_phone(body=PhoneVerificationRequest(phone_number="+447700900123"))
    code = api.sent_code("+447700900123") if api else "000000"
    assert sumvin.user.verify_phone(body=VerifyPhoneCodeRequest(verification_code=code)).status == "verified"
    me = sumvin.user.get_user_account(expand=["wallets"])
    assert isinstance(me, GetUserResponse) and me.user.phone == "+447700900123"
    wallets = list(sumvin.paginate(sumvin.follow(me, "wallets")).items())
    assert len(wallets) == 5
    with pytest.raises(NotFoundError):
        sumvin.wallets.get_wallet("wal_missing")


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
