"""The CLI sign-in: device codes (pending, approved, denied, expired, exchanged once), their approval by a
signed-in user or on the fake's own verification page, and the personal access tokens they become."""

from __future__ import annotations

import html
import secrets
from typing import TYPE_CHECKING, Any

import httpx

from sumvin_sdk.testing._call import Call, Handler
from sumvin_sdk.testing._handlers.collections import query_int
from sumvin_sdk.testing._state import DeviceCode, Token

if TYPE_CHECKING:
    from sumvin_sdk.testing._fake import FakeSumvin

JSON = dict[str, Any]
CODE_TTL = 600  # seconds a device code lives
PAT_TTL = 90 * 86_400
#: Where the fake serves its verification page (not an operation of the contract).
VERIFICATION_PATH = "/cli/verify"


def _links(device_code: str) -> JSON:
    return {"poll": {"href": f"/v0/cli/device-codes/{device_code}", "method": "GET"}}


def create_device_code(call: Call) -> httpx.Response:
    device_code = secrets.token_urlsafe(24)
    user_code = "-".join(secrets.token_hex(2).upper() for _ in range(2))
    name = call.body().get("client_name")
    tenant = call.request.headers.get("x-juno-orgid", "")
    sign_in = DeviceCode(device_code, user_code, name if isinstance(name, str) else None, tenant, call.now + CODE_TTL)
    call.fake.state.device_codes[device_code] = sign_in
    page = f"{call.request.url.scheme}://{call.request.url.netloc.decode()}{VERIFICATION_PATH}"
    answer = {
        "device_code": device_code,
        "user_code": user_code,
        "verification_uri": page,
        "verification_uri_complete": f"{page}?code={user_code}",
        "expires_in": CODE_TTL,
        "interval": 5,
        "_links": _links(device_code),
    }
    return call.respond(201, answer)


def _device(call: Call, device_code: str) -> DeviceCode | httpx.Response:
    found = call.fake.state.device_codes.get(device_code)
    if found is None:
        return call.problem(404, "CLI-404-001", "unknown device code")
    if found.status == "pending" and call.now >= found.expires_at:
        found.status = "expired"
    return found


def poll_device_code(call: Call) -> httpx.Response:
    found = _device(call, call.path_params["device_code"])
    if isinstance(found, httpx.Response):
        return found
    if found.status in ("denied", "expired", "exchanged"):
        return call.problem(410, "CLI-410-001", "this sign-in request was denied, has expired, or was already used")
    return call.respond(200, {"status": found.status, "_links": _links(found.device_code)})


def approve_device_code(call: Call) -> httpx.Response:
    assert call.principal is not None
    found = _device(call, call.path_params["device_code"])
    if isinstance(found, httpx.Response):
        return found
    if found.status == "expired":
        return call.problem(410, "CLI-410-001", "this sign-in request has expired")
    if found.status != "pending":
        return call.problem(409, "CLI-409-001", f"this sign-in request is already {found.status}")
    if call.body().get("user_code") != found.user_code:
        return call.problem(400, "CLI-400-001", "the user code does not match")
    found.status, found.approved_by = "approved", call.principal.owner
    return call.respond(200, {"status": "approved", "_links": _links(found.device_code)})


def deny_device_code(call: Call) -> httpx.Response:
    found = _device(call, call.path_params["device_code"])
    if isinstance(found, httpx.Response):
        return found
    if found.status != "pending":
        return call.problem(409, "CLI-409-001", f"this sign-in request is already {found.status}")
    found.status = "denied"
    return httpx.Response(204)


def exchange_device_code(call: Call) -> httpx.Response:
    found = _device(call, str(call.body().get("device_code", "")))
    if isinstance(found, httpx.Response):
        return call.problem(410, "CLI-410-001", "unknown, denied or expired sign-in request")
    if found.status in ("denied", "expired"):
        return call.problem(410, "CLI-410-001", "this sign-in request was denied or has expired")
    if found.status != "approved" or found.approved_by is None:
        detail = "already exchanged" if found.status == "exchanged" else "not approved yet"
        return call.problem(409, "CLI-409-001", f"this sign-in request is {detail}")
    found.status = "exchanged"
    now_ms = int(call.now * 1000)
    state = call.fake.state
    token = Token(
        id=state.new_id("pat"),
        value="svpat_" + secrets.token_urlsafe(32),
        owner=found.approved_by,
        name=found.client_name or "sumvin-cli",
        created_at=now_ms,
        expires_at=now_ms + PAT_TTL * 1000,
    )
    state.tokens[token.id] = token
    return call.respond(201, {"token": token.value, "token_type": "pat", "expires_at": token.expires_at, "_links": {}})


def list_personal_access_tokens(call: Call) -> httpx.Response:
    assert call.principal is not None
    offset, limit = query_int(call, "offset", 0), query_int(call, "limit", 20)
    mine = [t for t in call.fake.state.tokens.values() if t.owner == call.principal.owner]
    now_ms = int(call.now * 1000)
    data = [
        {
            "id": t.id,
            "name": t.name,
            "scopes": ["*"],
            "status": "revoked" if t.revoked else "expired" if t.expires_at <= now_ms else "active",
            "created_at": t.created_at,
            "expires_at": t.expires_at,
            "last_used_at": t.last_used_at,
        }
        for t in mine[offset : offset + limit]
    ]
    answer = {"data": data, "offset": offset, "limit": limit, "total": len(mine)}
    return call.respond(200, answer | {"_links": {"self": {"href": call.request.url.raw_path.decode()}}})


def revoke_personal_access_token(call: Call) -> httpx.Response:
    assert call.principal is not None
    token = call.fake.state.tokens.get(call.path_params["id"])
    if token is None or token.owner != call.principal.owner:
        return call.problem(404, "CLI-404-001", "no such token")
    token.revoked = True
    return httpx.Response(204)


HANDLERS: dict[str, Handler] = {
    "createDeviceCode": create_device_code,
    "pollDeviceCode": poll_device_code,
    "approveDeviceCode": approve_device_code,
    "denyDeviceCode": deny_device_code,
    "exchangeDeviceCode": exchange_device_code,
    "listPersonalAccessTokens": list_personal_access_tokens,
    "revokePersonalAccessToken": revoke_personal_access_token,
}


def verification_page(fake: FakeSumvin, request: httpx.Request) -> httpx.Response:
    """The fake's own page behind ``verification_uri``: visiting it with ``?code=USER-CODE`` approves that sign-in
    as ``fake.browser_user`` (``&deny=1`` denies it); without a code it says how to use it."""
    code = request.url.params.get("code", "").strip().upper()
    if not code:
        text = f"<p>Open this page with <code>?code=USER-CODE</code> to approve a sign-in to {fake.browser_user!r}.</p>"
        return _page(200, text)
    if request.url.params.get("deny"):
        found = next((d for d in fake.state.device_codes.values() if d.user_code == code), None)
        if found is not None and found.status == "pending" and fake.clock() < found.expires_at:
            found.status = "denied"
            return _page(200, "<p>Sign-in denied. You can close this page.</p>")
    elif fake.approve(code):
        return _page(
            200, f"<p>Approved: the CLI is signed in as {html.escape(fake.browser_user)}. You can close this page.</p>"
        )
    return _page(404, "<p>No pending sign-in has this code: it may have expired or been used.</p>")


def _page(status: int, text: str) -> httpx.Response:
    document = f"<!doctype html><title>Sumvin fake: CLI sign-in</title>{text}"
    return httpx.Response(status, text=document, headers={"content-type": "text/html; charset=utf-8"})
