"""Who may call what, from each operation's ``security`` in the contract.

Credentials the fake accepts:

* ``x-juno-jwt`` (or ``Authorization: Bearer``): a JWT with ``sub`` and ``exp`` (``fake.jwt()`` mints one);
  the tenant is ``x-juno-orgid``. Bad or expired: ``USR-401-001``.
* ``x-sumvin-pat``: a personal access token the fake issued, from a ``sumvin-cli/`` User-Agent. Unknown or
  revoked ``CLI-401-001``, expired ``CLI-401-002``, another User-Agent ``CLI-401-003``, sent with an
  ``x-juno-orgid`` other than its own tenant's ``CLI-401-004``.
* ``x-sumvin-token`` (agent): a JWT like the session's (``AGT-401-001``).
* ``x-sumvin-pint-token`` (PINT): a token the fake minted (``exchangePint``), while its PINT is active in the
  tenant it was minted in, or a JWT like the session's (``PINT-401-001``).
* ``x-sumvin-ucp-token``: one of ``fake.ucp_keys`` (``MRC-401-001``).
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

from sumvin_sdk.testing._call import Call, Principal
from sumvin_sdk.testing._handlers import pints

if TYPE_CHECKING:
    from sumvin_sdk.testing._fake import FakeSumvin

CLI_USER_AGENT = "sumvin-cli/"
#: The header each scheme reads.
HEADERS = {
    "JunoJWT": "x-juno-jwt",
    "SumvinPAT": "x-sumvin-pat",
    "SumvinAgentToken": "x-sumvin-token",
    "PintBearer": "x-sumvin-pint-token",
    "UcpToken": "x-sumvin-ucp-token",
}
Outcome = Principal | httpx.Response
#: What a refused caller gets, best first, when the operation documents no 401: the first it documents (a
#: 403; a 404, as for something this caller may not see; a 400 or a 422, as for a missing credential header).
REFUSALS = (401, 403, 404, 400, 422)


def fake_jwt(sub: str, *, expires_at: float, **claims: object) -> str:
    """An unsigned JWT with ``sub`` and ``exp``: what the fake accepts as a session JWT."""

    def part(value: object) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()

    return ".".join([part({"alg": "none", "typ": "JWT"}), part({"sub": sub, "exp": int(expires_at), **claims}), "fake"])


def claims(token: str) -> dict[str, Any] | None:
    """The payload of a JWT-shaped token, or ``None``."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    try:
        payload = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (ValueError, binascii.Error):
        return None
    return payload if isinstance(payload, dict) else None


def _credential(call: Call, scheme: str) -> str | None:
    headers = call.request.headers
    value: str | None = headers.get(HEADERS[scheme])
    if scheme == "JunoJWT" and value is None and headers.get("authorization", "").startswith("Bearer "):
        value = headers["authorization"].removeprefix("Bearer ").strip()
    return value


def _jwt(code: str) -> Callable[[FakeSumvin, Call, str], Outcome]:
    def check(fake: FakeSumvin, call: Call, token: str) -> Outcome:
        found = claims(token)
        if found is None or not isinstance(found.get("sub"), str) or not isinstance(found.get("exp"), int | float):
            return call.problem(401, code, "a valid JWT with sub and exp is required")
        if found["exp"] <= call.now:
            return call.problem(401, code, "the JWT has expired")
        return Principal("jwt", call.request.headers.get("x-juno-orgid", ""), found["sub"])

    return check


def _pat(fake: FakeSumvin, call: Call, value: str) -> Outcome:
    token = next((t for t in fake.state.tokens.values() if t.value == value), None)
    if token is None or token.revoked:
        return call.problem(401, "CLI-401-001", "unknown or revoked personal access token")
    if token.expires_at <= call.now * 1000:
        return call.problem(401, "CLI-401-002", "the personal access token has expired")
    if not call.request.headers.get("user-agent", "").startswith(CLI_USER_AGENT):
        detail = f"a personal access token is honoured only from a {CLI_USER_AGENT} client"
        return call.problem(401, "CLI-401-003", detail)
    org = call.request.headers.get("x-juno-orgid")
    if org is not None and org != token.owner[0]:
        return call.problem(401, "CLI-401-004", "this personal access token belongs to another organisation")
    token.last_used_at = int(call.now * 1000)
    return Principal("pat", *token.owner)


def _pint(fake: FakeSumvin, call: Call, value: str) -> Outcome:
    if not value.startswith(pints.TOKEN_PREFIX):
        return _jwt("PINT-401-001")(fake, call, value)
    record = pints.held(call, value)
    if record is None or record["status"] not in ("pending", "active"):
        return call.problem(401, "PINT-401-001", "this PINT token is unknown, revoked or expired")
    return Principal("pint", *fake.state.pint_tokens[value][0])


def _ucp(fake: FakeSumvin, call: Call, value: str) -> Outcome:
    if value not in fake.ucp_keys:
        return call.problem(401, "MRC-401-001", "unknown organisation key")
    return Principal("ucp", call.request.headers.get("x-juno-orgid", ""), "ucp:" + value[:6])


CHECKS: dict[str, Callable[[FakeSumvin, Call, str], Outcome]] = {
    "JunoJWT": _jwt("USR-401-001"),
    "SumvinPAT": _pat,
    "SumvinAgentToken": _jwt("AGT-401-001"),
    "PintBearer": _pint,
    "UcpToken": _ucp,
}


def authenticate(fake: FakeSumvin, call: Call) -> Principal | httpx.Response | None:
    """The caller, the 401 to send, or ``None`` for an anonymous call where the contract allows one.

    The first alternative of the contract whose credentials were all sent decides; with none sent, an operation
    that needs one answers the first alternative's 401."""
    security = call.operation.security or ()
    for alternative in security:
        sent = {scheme: _credential(call, scheme) for scheme in alternative if scheme in CHECKS}
        if not alternative or None in sent.values() or len(sent) != len(alternative):
            continue
        outcome: Outcome | None = None
        for scheme, value in sent.items():
            assert value is not None
            outcome = CHECKS[scheme](fake, call, value)
            if isinstance(outcome, httpx.Response):
                if not call.operation.secured and not {401, 403} & set(call.operation.answers):
                    return None  # an optional credential the operation cannot refuse: served anonymously
                return _documented(call, outcome)
        return outcome
    if not call.operation.secured:
        return None
    first = next(iter(security[0]), "JunoJWT")
    code = {"SumvinPAT": "CLI-401-001", "UcpToken": "MRC-401-001"}.get(first, "USR-401-001")
    return _documented(call, call.problem(401, code, f"this operation needs a credential ({HEADERS.get(first)})"))


def _documented(call: Call, response: httpx.Response) -> httpx.Response:
    """A refusal as the operation documents it: a 401, else the first of ``REFUSALS`` its contract documents
    (in that status's documented shape), so a refused caller never gets a status the operation does not list."""
    status = next((s for s in REFUSALS if call.operation.documents(s)), 401)
    if status == 401:
        return response
    detail = str(json.loads(response.content)["detail"])
    if call.fake.validator.lists_errors(call, status):
        first = next(iter(next(iter(call.operation.security or ()), ())), "JunoJWT")
        missing = {"type": "missing", "loc": ["header", HEADERS.get(first, "x-juno-jwt")], "msg": detail, "input": None}
        return httpx.Response(status, json={"detail": [missing]})
    return call.problem(status, None, detail)
