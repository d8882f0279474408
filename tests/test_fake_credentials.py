"""The fake's credential checks, one request at a time: who a session JWT, a personal access token, a PINT token or
an organisation key speaks for, and the exact refusal (status, error code, detail) for each way one is bad, in the
shape the operation documents.

The checks are called here directly on a ``Call`` (the JWT checker built here too: the fake's own are built once,
at import), against a fake on a frozen clock."""

from __future__ import annotations

import base64
import json
from typing import Any

import attrs
import httpx
import pytest

from sumvin_sdk.testing import FakeSumvin
from sumvin_sdk.testing._auth import _jwt, _pat, _pint, _ucp, authenticate, fake_jwt
from sumvin_sdk.testing._call import Call, Principal
from sumvin_sdk.testing._contract import Operation
from sumvin_sdk.testing._state import Token, User

NOW = 1_700_000_000.0
CLI = {"user-agent": "sumvin-cli/0.1 (tests)"}


@pytest.fixture
def fake() -> FakeSumvin:
    return FakeSumvin(clock=lambda: NOW)


def call(fake: FakeSumvin, operation: str | Operation, headers: dict[str, str] | None = None) -> Call:
    """A call of ``operation`` (no body) with only ``headers`` (httpx adds no User-Agent of its own here)."""
    op = fake.contract.operations[operation] if isinstance(operation, str) else operation
    return Call(fake, op, httpx.Request(op.method, "http://127.0.0.1" + op.path, headers=headers), {}, NOW)


def refusal(response: Any) -> tuple[int, str, str]:
    """A problem's status, error code and detail."""
    assert isinstance(response, httpx.Response)
    body = response.json()
    return response.status_code, body["error_code"], body["detail"]


def token(sub: object, exp: object) -> str:
    """A JWT-shaped token with these claims, whatever their types."""
    claims = base64.urlsafe_b64encode(json.dumps({"sub": sub, "exp": exp}).encode()).rstrip(b"=").decode()
    return fake_jwt("unused", expires_at=0).split(".")[0] + "." + claims + ".fake"


def test_a_session_jwt_speaks_for_its_subject_in_the_named_tenant(fake: FakeSumvin) -> None:
    check = _jwt("AGT-401-001")
    valid = fake_jwt("user-1", expires_at=NOW + 1)
    assert check(fake, call(fake, "getUserAccount", {"x-juno-orgid": "org-1"}), valid) == Principal(
        "jwt", "org-1", "user-1"
    )
    assert check(fake, call(fake, "getUserAccount"), valid) == Principal("jwt", "", "user-1")
    assert check(fake, call(fake, "getUserAccount"), token("user-2", 1.7e9 + 0.5)) == Principal("jwt", "", "user-2")


@pytest.mark.parametrize(
    "bad",
    ["not-a-jwt", "a.b", token(7, NOW + 60), token(None, NOW + 60), token("user-1", "later"), token("user-1", None)],
    ids=["no-dots", "two-parts", "sub-a-number", "no-sub", "exp-a-string", "no-exp"],
)
def test_a_session_jwt_without_a_string_sub_and_a_numeric_exp_is_refused(fake: FakeSumvin, bad: str) -> None:
    assert refusal(_jwt("AGT-401-001")(fake, call(fake, "getUserAccount"), bad)) == (
        401,
        "AGT-401-001",
        "a valid JWT with sub and exp is required",
    )


def test_a_session_jwt_is_expired_from_its_exp_on(fake: FakeSumvin) -> None:
    check = _jwt("AGT-401-001")  # not the code the contract would give the call (USR-401-001)
    expired = (401, "AGT-401-001", "the JWT has expired")
    assert refusal(check(fake, call(fake, "getUserAccount"), fake_jwt("user-1", expires_at=NOW))) == expired
    assert refusal(check(fake, call(fake, "getUserAccount"), fake_jwt("user-1", expires_at=NOW - 1))) == expired


@pytest.fixture
def pat(fake: FakeSumvin) -> Token:
    """A personal access token of ``user-1`` in ``org-1``, good until one millisecond from now."""
    issued = Token("tok_1", "pat_secret_1", ("org-1", "user-1"), "laptop", int(NOW * 1000) - 5, int(NOW * 1000) + 1)
    fake.state.tokens[issued.id] = issued
    return issued


def test_a_personal_access_token_speaks_for_its_owner_and_records_its_use(fake: FakeSumvin, pat: Token) -> None:
    assert _pat(fake, call(fake, "getUserAccount", CLI), pat.value) == Principal("pat", "org-1", "user-1")
    assert pat.last_used_at == int(NOW * 1000)
    assert _pat(fake, call(fake, "getUserAccount", CLI | {"x-juno-orgid": "org-1"}), pat.value) == Principal(
        "pat", "org-1", "user-1"
    )


def test_a_personal_access_token_is_refused_for_each_way_it_is_bad(fake: FakeSumvin, pat: Token) -> None:
    unknown = (401, "CLI-401-001", "unknown or revoked personal access token")
    assert refusal(_pat(fake, call(fake, "getUserAccount", CLI), "pat_never_issued")) == unknown
    elsewhere = call(fake, "getUserAccount", CLI | {"x-juno-orgid": "org-2"})
    assert refusal(_pat(fake, elsewhere, pat.value)) == (
        401,
        "CLI-401-004",
        "this personal access token belongs to another organisation",
    )
    not_cli = (401, "CLI-401-003", "a personal access token is honoured only from a sumvin-cli/ client")
    assert refusal(_pat(fake, call(fake, "getUserAccount", {"user-agent": "python-httpx/0.28"}), pat.value)) == not_cli
    assert refusal(_pat(fake, call(fake, "getUserAccount"), pat.value)) == not_cli  # no User-Agent at all
    assert pat.last_used_at is None
    pat.expires_at = int(NOW * 1000)
    assert refusal(_pat(fake, call(fake, "getUserAccount", CLI), pat.value)) == (
        401,
        "CLI-401-002",
        "the personal access token has expired",
    )
    pat.revoked = True
    assert refusal(_pat(fake, call(fake, "getUserAccount", CLI), pat.value)) == unknown


def test_an_organisation_key_speaks_for_the_named_tenant(fake: FakeSumvin) -> None:
    fake.ucp_keys.add("ucp_org_key_2")
    assert _ucp(fake, call(fake, "searchMerchants", {"x-juno-orgid": "org-1"}), "ucp_org_key_2") == Principal(
        "ucp", "org-1", "ucp:ucp_or"
    )
    assert _ucp(fake, call(fake, "searchMerchants"), "ucp_fake_key") == Principal("ucp", "", "ucp:ucp_fa")
    assert refusal(_ucp(fake, call(fake, "searchMerchants"), "ucp_unknown")) == (
        401,
        "MRC-401-001",
        "unknown organisation key",
    )


def held_pint(fake: FakeSumvin, status: str) -> str:
    """A PINT token the fake issued to ``user-1`` in ``org-1`` for a PINT in ``status``."""
    user = fake.state.users.setdefault(("org-1", "user-1"), User("usr_1", "user-1", "org-1", int(NOW * 1000)))
    pint_id = f"pint_{status}"
    user.collection("pints")[pint_id] = {"id": pint_id, "status": status, "expires_at": int(NOW * 1000) + 60_000}
    value = f"pint.tok_{status}.{pint_id}"
    fake.state.pint_tokens[value] = (("org-1", "user-1"), pint_id)
    return value


@pytest.mark.parametrize("status", ["pending", "active"])
def test_a_pint_token_speaks_for_its_owner_while_its_pint_is_pending_or_active(fake: FakeSumvin, status: str) -> None:
    value = held_pint(fake, status)
    assert _pint(fake, call(fake, "listCards", {"x-juno-orgid": "org-1"}), value) == Principal(
        "pint", "org-1", "user-1"
    )


@pytest.mark.parametrize("status", ["revoked", "expired", "consumed"])
def test_a_pint_token_is_refused_once_its_pint_is_over(fake: FakeSumvin, status: str) -> None:
    value = held_pint(fake, status)
    assert refusal(_pint(fake, call(fake, "listCards", {"x-juno-orgid": "org-1"}), value)) == (
        401,
        "PINT-401-001",
        "this PINT token is unknown, revoked or expired",
    )


def test_a_jwt_sent_as_a_pint_token_is_checked_as_a_session_jwt(fake: FakeSumvin) -> None:
    valid = fake_jwt("user-1", expires_at=NOW + 60)
    assert _pint(fake, call(fake, "listCards", {"x-juno-orgid": "org-1"}), valid) == Principal("jwt", "org-1", "user-1")
    assert refusal(_pint(fake, call(fake, "listCards"), "not-a-jwt")) == (  # the PINT code, not the card area's
        401,
        "PINT-401-001",
        "a valid JWT with sub and exp is required",
    )


def test_a_refusal_takes_the_first_refusal_status_the_operation_documents(fake: FakeSumvin) -> None:
    needs = "this operation needs a credential (x-juno-jwt)"
    assert refusal(authenticate(fake, call(fake, "getPaymentLink"))) == (404, "PAY-404-001", needs)
    listed = authenticate(fake, call(fake, "listPaymentLinks"))  # a 400 documented as FastAPI's list of errors
    assert isinstance(listed, httpx.Response)
    missing = {"type": "missing", "loc": ["header", "x-juno-jwt"], "msg": needs, "input": None}
    assert (listed.status_code, listed.json()) == (400, {"detail": [missing]})
    bad_jwt = authenticate(fake, call(fake, "listPaymentLinks", {"x-juno-jwt": "not-a-jwt"}))
    assert isinstance(bad_jwt, httpx.Response)
    assert bad_jwt.json()["detail"][0]["msg"] == "a valid JWT with sub and exp is required"


def test_a_listed_refusal_names_the_header_of_the_first_scheme(fake: FakeSumvin) -> None:
    links = fake.contract.operations["listPaymentLinks"]
    pat_first = attrs.evolve(links, security=(frozenset({"SumvinPAT"}), frozenset({"JunoJWT"})))
    listed = authenticate(fake, call(fake, pat_first))
    assert isinstance(listed, httpx.Response)
    needs = "this operation needs a credential (x-sumvin-pat)"
    missing = {"type": "missing", "loc": ["header", "x-sumvin-pat"], "msg": needs, "input": None}
    assert (listed.status_code, listed.json()) == (400, {"detail": [missing]})


def test_an_operation_documenting_no_refusal_status_still_answers_401(fake: FakeSumvin) -> None:
    links = fake.contract.operations["listPaymentLinks"]
    quiet = attrs.evolve(links, answers={200: links.answers[200]})
    assert refusal(authenticate(fake, call(fake, quiet))) == (
        401,
        "USR-401-001",
        "this operation needs a credential (x-juno-jwt)",
    )
