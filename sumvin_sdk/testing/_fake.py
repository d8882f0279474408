"""The state and routes of the fake Sumvin API."""

from __future__ import annotations

import base64
import binascii
import datetime
import itertools
import json
import re
import secrets
import time
from collections.abc import Callable
from typing import Any

import attrs
import httpx

Handler = Callable[["Call"], httpx.Response]
JSON = dict[str, Any]

#: (operationId, method, path) of each operation the fake implements.
_ROUTES = (
    ("createUserAccount", "POST", "/v0/user/"),
    ("getUserAccount", "GET", "/v0/user/me"),
    ("updatePhone", "PUT", "/v0/user/me/phone"),
    ("verifyPhone", "PUT", "/v0/user/me/phone/code"),
    ("listWallets", "GET", "/v0/wallets/"),
    ("getWallet", "GET", "/v0/wallets/{wallet_id}"),
    ("listTransactions", "GET", "/v0/transactions/"),
    ("createDeviceCode", "POST", "/v0/cli/device-codes"),
    ("pollDeviceCode", "GET", "/v0/cli/device-codes/{device_code}"),
    ("approveDeviceCode", "POST", "/v0/cli/device-codes/{device_code}/approval"),
    ("denyDeviceCode", "DELETE", "/v0/cli/device-codes/{device_code}/approval"),
    ("exchangeDeviceCode", "POST", "/v0/cli/personal-access-tokens"),
    ("listPersonalAccessTokens", "GET", "/v0/cli/personal-access-tokens"),
    ("revokePersonalAccessToken", "DELETE", "/v0/cli/personal-access-tokens/{id}"),
)


#: The operationIds the fake implements; every other operation answers a 501 problem.
IMPLEMENTED = tuple(operation_id for operation_id, _, _ in _ROUTES)
CODE_TTL = 600  # seconds a phone code or a device code lives
PAT_TTL = 90 * 86_400
CLI_USER_AGENT = "sumvin-cli/"


def problem(status: int, code: str, title: str, detail: str, instance: str) -> httpx.Response:
    """An RFC 7807 problem, as the API sends it."""
    body = {
        "type": f"https://api.sumvin.com/errors/{code}",
        "title": title,
        "status": status,
        "detail": detail,
        "instance": instance,
        "error_code": code,
        "trace_id": secrets.token_hex(8),
    }
    return httpx.Response(status, json=body)


def fake_jwt(sub: str, *, expires_at: float, **claims: object) -> str:
    """An unsigned JWT with ``sub`` and ``exp``: what the fake accepts as a session JWT."""

    def part(value: object) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()

    return ".".join([part({"alg": "none", "typ": "JWT"}), part({"sub": sub, "exp": int(expires_at), **claims}), "fake"])


def _claims(token: str) -> JSON | None:
    parts = token.split(".")
    if len(parts) != 3:
        return None
    try:
        payload = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (ValueError, binascii.Error):
        return None
    return payload if isinstance(payload, dict) else None


@attrs.define
class Fault:
    """A scripted failure for a route: a status (with ``Retry-After``), a delay, or a dropped connection."""

    times: int
    status: int | None = None
    retry_after: str | None = None
    error_code: str | None = None
    delay: float = 0.0
    drop: bool = False


@attrs.define
class Call:
    """One request as a route sees it."""

    request: httpx.Request
    params: dict[str, str]
    now: float
    tenant: str

    def json(self) -> Any:
        """The decoded body (``None`` for an empty one)."""
        return json.loads(self.request.content) if self.request.content else None


@attrs.define
class User:
    """A user of the fake, with its wallets."""

    id: str
    sub: str
    created_at: int
    wallets: list[JSON]
    transactions: list[JSON] = attrs.field(factory=list)
    phone: str | None = None
    phone_verified_at: int | None = None
    username: str | None = None


@attrs.define
class DeviceCode:
    """A CLI sign-in in progress."""

    device_code: str
    user_code: str
    client_name: str | None
    expires_at: float
    status: str = "pending"
    approved_by: tuple[str, str] | None = None


@attrs.define
class Token:
    """A personal access token issued by the fake."""

    id: str
    value: str
    owner: tuple[str, str]
    name: str
    created_at: int
    expires_at: int
    revoked: bool = False
    last_used_at: int | None = None


class FakeSumvin:
    """A stateful fake of the Sumvin API, for tests and demos; see ``sumvin_sdk.testing``."""

    def __init__(
        self,
        *,
        wallets_per_user: int = 5,
        transactions_per_user: int = 7,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.wallets_per_user = wallets_per_user
        self.transactions_per_user = transactions_per_user
        self.clock = clock
        self.sleep = sleep
        self.users: dict[tuple[str, str], User] = {}
        self.phone_codes: dict[str, tuple[str, float]] = {}
        self.device_codes: dict[str, DeviceCode] = {}
        self.tokens: dict[str, Token] = {}
        self.faults: dict[str, list[Fault]] = {}
        self.requests: list[httpx.Request] = []
        self._ids = itertools.count(1)
        self._routes: list[tuple[str, re.Pattern[str], str, Handler]] = []
        for operation_id, method, path in _ROUTES:
            pattern = re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", path.rstrip("/")) + "/?$")
            self._routes.append((method, pattern, operation_id, getattr(self, "_" + _snake(operation_id))))

    # -- what tests use ----------------------------------------------------------------------------

    def jwt(self, sub: str = "user-1", *, expires_in: float = 3600, **claims: object) -> str:
        """A session JWT this fake accepts for ``sub`` until ``expires_in`` seconds from now."""
        return fake_jwt(sub, expires_at=self.clock() + expires_in, **claims)

    def sent_code(self, phone_number: str) -> str:
        """The verification code the fake 'sent' to ``phone_number``."""
        return self.phone_codes[phone_number][0]

    def inject(
        self,
        operation_id: str,
        *,
        status: int | None = None,
        retry_after: str | None = None,
        error_code: str | None = None,
        delay: float = 0.0,
        drop: bool = False,
        times: int = 1,
    ) -> None:
        """Make the next ``times`` calls of ``operation_id`` fail (status, delay, or a dropped connection)."""
        fault = Fault(times, status, retry_after, error_code, delay, drop)
        self.faults.setdefault(operation_id, []).append(fault)

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request (an httpx transport handler)."""
        self.requests.append(request)
        request.read()
        path = request.url.path
        for method, pattern, operation_id, route in self._routes:
            if method != request.method or not (match := pattern.match(path)):
                continue
            fault = self._fault(operation_id)
            if fault is not None:
                if fault.delay:
                    self.sleep(fault.delay)
                if fault.drop:
                    raise httpx.RemoteProtocolError("the fake dropped the connection", request=request)
                if fault.status is not None:
                    return self._faulted(fault, path)
            call = Call(request, match.groupdict(), self.clock(), request.headers.get("x-juno-orgid", ""))
            return self._timestamps(request, route(call))
        known = any(pattern.match(path) for _, pattern, _, _ in self._routes)
        if known:
            return problem(405, "GEN-405-001", "Method Not Allowed", f"{request.method} {path}", path)
        return problem(501, "MOCK-501-001", "Not Implemented", f"the fake does not implement {path}", path)

    def transport(self) -> httpx.MockTransport:
        """An httpx transport (sync and async) served by this fake."""
        return httpx.MockTransport(self.handle)

    # -- plumbing --------------------------------------------------------------------------------------

    def _fault(self, operation_id: str) -> Fault | None:
        queue = self.faults.get(operation_id) or []
        if not queue:
            return None
        fault = queue[0]
        fault.times -= 1
        if fault.times <= 0:
            queue.pop(0)
        return fault

    @staticmethod
    def _faulted(fault: Fault, path: str) -> httpx.Response:
        assert fault.status is not None
        code = fault.error_code or ("GEN-429-001-R" if fault.status == 429 else f"GEN-{fault.status}-001-R")
        response = problem(fault.status, code, "Injected fault", "a fault injected into the fake", path)
        response.headers["x-fake-fault"] = "injected"  # scripted by the test, so not held to the contract
        if fault.retry_after is not None:
            response.headers["Retry-After"] = fault.retry_after
        return response

    @staticmethod
    def _timestamps(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if request.headers.get("x-timestamp-format") != "iso8601" or not response.content:
            return response
        headers = {k: v for k, v in response.headers.items() if k not in ("content-length", "content-type")}
        return httpx.Response(response.status_code, json=_iso(json.loads(response.content)), headers=headers)

    def _caller(self, call: Call, *, pat: bool) -> User | httpx.Response:
        """The signed-in user (created or not yet: ``sub`` only), or the 401 to send."""
        owner = self._owner(call, pat=pat)
        if isinstance(owner, httpx.Response):
            return owner
        user = self.users.get(owner)
        if user is None:
            path = call.request.url.path
            return problem(404, "USR-404-001", "Not Found", "no user for this subject yet: create it first", path)
        return user

    def _owner(self, call: Call, *, pat: bool) -> tuple[str, str] | httpx.Response:
        path = call.request.url.path
        headers = call.request.headers
        token = headers.get("x-sumvin-pat")
        if token is not None and pat:
            found = next((t for t in self.tokens.values() if t.value == token), None)
            if found is None or found.revoked:
                return problem(401, "CLI-401-001", "Unauthorized", "unknown or revoked personal access token", path)
            if found.expires_at <= call.now * 1000:
                return problem(401, "CLI-401-002", "Unauthorized", "the personal access token has expired", path)
            if not headers.get("user-agent", "").startswith(CLI_USER_AGENT):
                detail = f"a personal access token is honoured only from a {CLI_USER_AGENT} client"
                return problem(401, "CLI-401-003", "Unauthorized", detail, path)
            found.last_used_at = int(call.now * 1000)
            return found.owner
        jwt = headers.get("x-juno-jwt") or headers.get("authorization", "").removeprefix("Bearer ").strip()
        claims = _claims(jwt) if jwt else None
        if claims is None or not isinstance(claims.get("sub"), str) or not isinstance(claims.get("exp"), int | float):
            return problem(401, "USR-401-001", "Unauthorized", "a valid session JWT with sub and exp is required", path)
        if claims["exp"] <= call.now:
            return problem(401, "USR-401-001", "Unauthorized", "the session JWT has expired", path)
        return call.tenant, claims["sub"]

    # -- users ---------------------------------------------------------------------------------------------

    def _user_json(self, user: User) -> JSON:
        return {
            "id": user.id,
            "username": user.username,
            "first_name": None,
            "last_names": None,
            "auth_provider": "fake",
            "auth_provider_id": user.sub,
            "primary_eoa_address": user.wallets[0]["address"] if user.wallets else None,
            "primary_smart_wallet_address": None,
            "safe_creation_status": "not_started",
            "email": f"{user.sub}@example.com",
            "phone": user.phone,
            "phone_verified_at": user.phone_verified_at,
            "created_at": user.created_at,
            "updated_at": user.created_at,
            "deleted_at": None,
        }

    @staticmethod
    def _user_links() -> JSON:
        return {
            "self": {"href": "/v0/user/me", "method": "GET"},
            "wallets": {"href": "/v0/wallets/", "method": "GET", "description": "The user's wallets"},
            "kyc-status": {"href": "/v0/kyc/status", "method": "GET"},
        }

    def _create_user_account(self, call: Call) -> httpx.Response:
        owner = self._owner(call, pat=False)
        if isinstance(owner, httpx.Response):
            return owner
        existing = self.users.get(owner)
        if existing is not None:
            return httpx.Response(208, json={"user": self._user_json(existing), "_links": self._user_links()})
        created = int(call.now * 1000)
        number = next(self._ids)
        wallets = [
            {
                "id": f"wal_{number}_{i}",
                "address": "0x" + secrets.token_hex(20),
                "chain_id": 8453,
                "is_primary": i == 0,
                "is_eoa": True,
                "created_at": created,
            }
            for i in range(self.wallets_per_user)
        ]
        merchants = ("Coffee Lab", "Rail Co", "Grocer", "Bookshop", "Cinema", "Bakery", "Pharmacy")
        transactions = [
            {
                "id": f"txn_{number}_{i}",
                "type": "card_payment" if i % 3 else "transfer",
                "status": "settled",
                "direction": "inbound" if i % 4 == 0 else "outbound",
                "amount": f"{(i * 7.35 + 3.2):.2f}",
                "merchant_name": merchants[i % len(merchants)],
                "created_at": created - i * 86_400_000,
                "updated_at": created - i * 86_400_000,
            }
            for i in range(self.transactions_per_user)
        ]
        user = User(id=f"usr_{number}", sub=owner[1], created_at=created, wallets=wallets, transactions=transactions)
        self.users[owner] = user
        return httpx.Response(201, json={"user": self._user_json(user), "_links": self._user_links()})

    def _get_user_account(self, call: Call) -> httpx.Response:
        user = self._caller(call, pat=False)
        if isinstance(user, httpx.Response):
            return user
        body: JSON = {"user": self._user_json(user), "_links": self._user_links()}
        if "wallets" in call.request.url.params.get_list("expand"):
            body["wallets"] = [
                {k: w[k] for k in ("id", "address", "chain_id", "is_primary", "is_eoa")} for w in user.wallets
            ]
        return httpx.Response(200, json=body)

    def _update_phone(self, call: Call) -> httpx.Response:
        user = self._caller(call, pat=True)
        if isinstance(user, httpx.Response):
            return user
        body = call.json() or {}
        phone = body.get("phone_number") or user.phone
        path = call.request.url.path
        if not isinstance(phone, str) or not re.fullmatch(r"\+[1-9]\d{6,14}", phone):
            return problem(400, "USR-400-001", "Bad Request", "phone_number must be in E.164 form", path)
        code = f"{secrets.randbelow(10**6):06d}"
        self.phone_codes[phone] = (code, call.now + CODE_TTL)
        user.phone, user.phone_verified_at = phone, None
        answer = {"phone_number": phone, "status": "pending", "message": "code sent", "expires_in_seconds": CODE_TTL}
        return httpx.Response(200, json=answer | {"_links": self._user_links()})

    def _verify_phone(self, call: Call) -> httpx.Response:
        user = self._caller(call, pat=True)
        if isinstance(user, httpx.Response):
            return user
        path = call.request.url.path
        pending = self.phone_codes.get(user.phone or "")
        if user.phone is None or pending is None:
            return problem(409, "USR-409-002", "Conflict", "no verification in progress: update the phone first", path)
        code, expires_at = pending
        if call.now >= expires_at:
            del self.phone_codes[user.phone]
            return problem(400, "USR-400-002", "Bad Request", "the verification code has expired", path)
        if (call.json() or {}).get("verification_code") != code:
            return problem(400, "USR-400-001", "Bad Request", "the verification code is wrong", path)
        del self.phone_codes[user.phone]
        user.phone_verified_at = int(call.now * 1000)
        answer = {"phone_number": user.phone, "status": "verified", "message": "phone verified"}
        return httpx.Response(200, json=answer | {"_links": self._user_links()})

    # -- wallets ----------------------------------------------------------------------------------------

    @staticmethod
    def _wallet_links(wallet: JSON) -> JSON:
        return {"self": {"href": f"/v0/wallets/{wallet['id']}"}, "user": {"href": "/v0/user/me"}}

    def _list_wallets(self, call: Call) -> httpx.Response:
        user = self._caller(call, pat=True)
        if isinstance(user, httpx.Response):
            return user
        page, links, _, _ = _page(call, user.wallets, "/v0/wallets/", default_limit=2)
        wallets = [w | {"_links": self._wallet_links(w)} for w in page]
        return httpx.Response(200, json={"wallets": wallets, "_links": links | {"user": {"href": "/v0/user/me"}}})

    def _get_wallet(self, call: Call) -> httpx.Response:
        user = self._caller(call, pat=True)
        if isinstance(user, httpx.Response):
            return user
        wallet = next((w for w in user.wallets if w["id"] == call.params["wallet_id"]), None)
        if wallet is None:
            path = call.request.url.path
            return problem(404, "WAL-404-001", "Not Found", "no such wallet for this user", path)
        return httpx.Response(200, json=wallet | {"_links": self._wallet_links(wallet)})

    def _list_transactions(self, call: Call) -> httpx.Response:
        user = self._caller(call, pat=True)
        if isinstance(user, httpx.Response):
            return user
        page, links, offset, limit = _page(call, user.transactions, "/v0/transactions/", default_limit=5)
        body = {"transactions": page, "total": len(user.transactions), "offset": offset, "limit": limit}
        return httpx.Response(200, json=body | {"_links": links})

    # -- CLI sign-in ----------------------------------------------------------------------------------------

    @staticmethod
    def _device_links(device_code: str) -> JSON:
        return {"poll": {"href": f"/v0/cli/device-codes/{device_code}", "method": "GET"}}

    def _create_device_code(self, call: Call) -> httpx.Response:
        body = call.json() or {}
        device_code = secrets.token_urlsafe(24)
        user_code = "-".join(secrets.token_hex(2).upper() for _ in range(2))
        self.device_codes[device_code] = DeviceCode(
            device_code, user_code, body.get("client_name"), expires_at=call.now + CODE_TTL
        )
        answer = {
            "device_code": device_code,
            "user_code": user_code,
            "verification_uri": "https://app.sumvin.com/cli",
            "verification_uri_complete": f"https://app.sumvin.com/cli?code={user_code}",
            "expires_in": CODE_TTL,
            "interval": 5,
            "_links": self._device_links(device_code),
        }
        return httpx.Response(201, json=answer)

    def _device(self, call: Call, device_code: str) -> DeviceCode | httpx.Response:
        path = call.request.url.path
        found = self.device_codes.get(device_code)
        if found is None:
            return problem(404, "CLI-404-001", "Not Found", "unknown device code", path)
        if found.status == "pending" and call.now >= found.expires_at:
            found.status = "expired"
        return found

    def _poll_device_code(self, call: Call) -> httpx.Response:
        found = self._device(call, call.params["device_code"])
        if isinstance(found, httpx.Response):
            return found
        if found.status in ("denied", "expired", "exchanged"):
            detail = "this sign-in request was denied, has expired, or was already used"
            return problem(410, "CLI-410-001", "Gone", detail, call.request.url.path)
        return httpx.Response(200, json={"status": found.status, "_links": self._device_links(found.device_code)})

    def _approve_device_code(self, call: Call) -> httpx.Response:
        owner = self._owner(call, pat=False)
        if isinstance(owner, httpx.Response):
            return owner
        found = self._device(call, call.params["device_code"])
        if isinstance(found, httpx.Response):
            return found
        path = call.request.url.path
        if found.status == "expired":
            return problem(410, "CLI-410-001", "Gone", "this sign-in request has expired", path)
        if found.status != "pending":
            return problem(409, "CLI-409-001", "Conflict", f"this sign-in request is already {found.status}", path)
        if (call.json() or {}).get("user_code") != found.user_code:
            return problem(400, "CLI-400-001", "Bad Request", "the user code does not match", path)
        found.status, found.approved_by = "approved", owner
        return httpx.Response(200, json={"status": "approved", "_links": self._device_links(found.device_code)})

    def _deny_device_code(self, call: Call) -> httpx.Response:
        owner = self._owner(call, pat=False)
        if isinstance(owner, httpx.Response):
            return owner
        found = self._device(call, call.params["device_code"])
        if isinstance(found, httpx.Response):
            return found
        if found.status != "pending":
            path = call.request.url.path
            return problem(409, "CLI-409-001", "Conflict", f"this sign-in request is already {found.status}", path)
        found.status = "denied"
        return httpx.Response(204)

    def _exchange_device_code(self, call: Call) -> httpx.Response:
        found = self._device(call, str((call.json() or {}).get("device_code", "")))
        path = call.request.url.path
        if isinstance(found, httpx.Response):
            return problem(410, "CLI-410-001", "Gone", "unknown, denied or expired sign-in request", path)
        if found.status in ("denied", "expired"):
            return problem(410, "CLI-410-001", "Gone", "this sign-in request was denied or has expired", path)
        if found.status != "approved" or found.approved_by is None:
            detail = "already exchanged" if found.status == "exchanged" else "not approved yet"
            return problem(409, "CLI-409-001", "Conflict", f"this sign-in request is {detail}", path)
        found.status = "exchanged"
        now_ms = int(call.now * 1000)
        token = Token(
            id=f"pat_{next(self._ids)}",
            value="svpat_" + secrets.token_urlsafe(32),
            owner=found.approved_by,
            name=found.client_name or "sumvin-cli",
            created_at=now_ms,
            expires_at=now_ms + PAT_TTL * 1000,
        )
        self.tokens[token.id] = token
        answer = {"token": token.value, "token_type": "pat", "expires_at": token.expires_at, "_links": {}}
        return httpx.Response(201, json=answer)

    def _list_personal_access_tokens(self, call: Call) -> httpx.Response:
        owner = self._owner(call, pat=True)
        if isinstance(owner, httpx.Response):
            return owner
        params = call.request.url.params
        offset, limit = int(params.get("offset", 0)), int(params.get("limit", 20))
        mine = [t for t in self.tokens.values() if t.owner == owner]
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
        return httpx.Response(200, json=answer | {"_links": {"self": {"href": call.request.url.raw_path.decode()}}})

    def _revoke_personal_access_token(self, call: Call) -> httpx.Response:
        owner = self._owner(call, pat=True)
        if isinstance(owner, httpx.Response):
            return owner
        token = self.tokens.get(call.params["id"])
        if token is None or token.owner != owner:
            return problem(404, "CLI-404-001", "Not Found", "no such token", call.request.url.path)
        token.revoked = True
        return httpx.Response(204)


def _page(call: Call, items: list[JSON], path: str, *, default_limit: int) -> tuple[list[JSON], JSON, int, int]:
    """One ``offset``/``limit`` page of ``items``, and its ``self`` and (unless it is the last) ``next`` links."""
    params = call.request.url.params
    offset, limit = int(params.get("offset", 0)), int(params.get("limit", default_limit))
    links: JSON = {"self": {"href": f"{path}?offset={offset}&limit={limit}"}}
    if offset + limit < len(items):
        links["next"] = {"href": f"{path}?offset={offset + limit}&limit={limit}"}
    return items[offset : offset + limit], links, offset, limit


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


_TIMESTAMP_NAMES = ("timestamp", "period_start", "period_end")


def _is_timestamp(key: str, value: object) -> bool:
    return (key.endswith("_at") or key in _TIMESTAMP_NAMES) and isinstance(value, int) and not isinstance(value, bool)


def _iso(body: Any) -> Any:
    """``body`` with the members the API converts as ISO 8601 strings (``X-Timestamp-Format: iso8601``)."""
    if isinstance(body, dict):
        return {
            key: datetime.datetime.fromtimestamp(value / 1000, datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            if (key.endswith("_at") or key in _TIMESTAMP_NAMES)
            and isinstance(value, int)
            and not isinstance(value, bool)
            else _iso(value)
            for key, value in body.items()
        }
    if isinstance(body, list):
        return [_iso(item) for item in body]
    return body
