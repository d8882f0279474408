"""Users and their phones: ``createUserAccount`` (201, then 208), ``getUserAccount`` (``expand=wallets``),
``updateUsername``, ``updatePhone`` and ``verifyPhone`` (``fake.sent_code(phone)``)."""

from __future__ import annotations

import re
import secrets
from typing import Any

import httpx

from sumvin_sdk.testing._call import Call, Handler
from sumvin_sdk.testing._state import User

JSON = dict[str, Any]
CODE_TTL = 600  # seconds a phone code lives
E164 = re.compile(r"\+[1-9]\d{6,14}")


def user_json(user: User) -> JSON:
    """The user as the API shows it."""
    wallets = list(user.collection("wallets").values())
    return {
        "id": user.id,
        "username": user.username,
        "first_name": None,
        "last_names": None,
        "auth_provider": "dynamic",
        "auth_provider_id": user.sub,
        "primary_eoa_address": wallets[0]["address"] if wallets else None,
        "primary_smart_wallet_address": None,
        "safe_creation_status": None,
        "email": f"{user.sub}@example.com",
        "phone": user.phone,
        "phone_verified_at": user.phone_verified_at,
        "created_at": user.created_at,
        "updated_at": user.created_at,
        "deleted_at": None,
    }


def user_links() -> JSON:
    """Where a user can go next."""
    return {
        "self": {"href": "/v0/user/me", "method": "GET"},
        "wallets": {"href": "/v0/wallets/", "method": "GET", "description": "The user's wallets"},
        "transactions": {"href": "/v0/transactions/", "method": "GET", "description": "The user's transactions"},
        "kyc-status": {"href": "/v0/kyc/status", "method": "GET", "description": "Identity verification"},
        "cards": {"href": "/v0/card/", "method": "GET", "description": "The user's cards"},
    }


def caller(call: Call) -> User | httpx.Response:
    """The caller's user, or the 404 (``USR-404-001``) a caller who never created one gets."""
    user = call.user()
    if user is not None:
        return user
    if call.principal is not None and not call.operation.documents(404):  # the contract has no 404 to send
        return call.fake.seed.user(call.principal.sub, tenant=call.principal.tenant)
    return call.problem(404, "USR-404-001", "no user for this subject yet: create it first")


def create_user_account(call: Call) -> httpx.Response:
    assert call.principal is not None
    existing = call.user()
    if existing is not None:
        return call.respond(208, {"user": user_json(existing), "_links": user_links()})
    user = call.fake.seed.user(call.principal.sub, tenant=call.principal.tenant)
    return call.respond(201, {"user": user_json(user), "_links": user_links()})


def get_user_account(call: Call) -> httpx.Response:
    user = caller(call)
    if isinstance(user, httpx.Response):
        return user
    body: JSON = {"user": user_json(user), "_links": user_links()}
    if "wallets" in call.query.get_list("expand"):
        keys = ("id", "address", "chain_id", "is_primary", "is_eoa")
        body["wallets"] = [{k: w[k] for k in keys} for w in user.collection("wallets").values()]
    return call.respond(200, body)


def update_username(call: Call) -> httpx.Response:
    user = caller(call)
    if isinstance(user, httpx.Response):
        return user
    username = call.body().get("username")
    if isinstance(username, str):
        user.username = username
    return call.respond(200, {"user": user_json(user), "_links": user_links()})


def update_phone(call: Call) -> httpx.Response:
    user = caller(call)
    if isinstance(user, httpx.Response):
        return user
    phone = call.body().get("phone_number") or user.phone
    if not isinstance(phone, str) or not E164.fullmatch(phone):
        return call.problem(400, "USR-400-001", "phone_number must be in E.164 form")
    code = f"{secrets.randbelow(10**6):06d}"
    call.fake.state.phone_codes[phone] = (code, call.now + CODE_TTL)
    user.phone, user.phone_verified_at = phone, None
    answer = {"phone_number": phone, "status": "code_sent", "message": "code sent", "expires_in_seconds": CODE_TTL}
    return call.respond(200, answer | {"_links": user_links()})


def verify_phone(call: Call) -> httpx.Response:
    user = caller(call)
    if isinstance(user, httpx.Response):
        return user
    codes = call.fake.state.phone_codes
    pending = codes.get(user.phone or "")
    if user.phone is None or pending is None:
        return call.problem(409, "USR-409-002", "no verification in progress: update the phone first")
    code, expires_at = pending
    if call.now >= expires_at:
        del codes[user.phone]
        return call.problem(400, "USR-400-002", "the verification code has expired")
    if call.body().get("verification_code") != code:
        return call.problem(400, "USR-400-001", "the verification code is wrong")
    del codes[user.phone]
    user.phone_verified_at = int(call.now * 1000)
    answer = {"phone_number": user.phone, "status": "verified", "message": "phone verified"}
    return call.respond(200, answer | {"_links": user_links()})


HANDLERS: dict[str, Handler] = {
    "createUserAccount": create_user_account,
    "getUserAccount": get_user_account,
    "updateUsername": update_username,
    "updatePhone": update_phone,
    "verifyPhone": verify_phone,
}
