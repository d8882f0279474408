"""``FakeSumvin``: routes each request to its operation and answers it: a test's override, else (once auth and
validation pass) a stateful handler, else the contract's default."""

from __future__ import annotations

import json
import logging
import time
import traceback
from collections.abc import Callable
from typing import Any

import httpx

from sumvin_sdk._extras import install_hint
from sumvin_sdk.testing import _handlers
from sumvin_sdk.testing._auth import authenticate, fake_jwt
from sumvin_sdk.testing._call import Call, Handler, problem
from sumvin_sdk.testing._contract import Contract, contract, iso_timestamps
from sumvin_sdk.testing._defaults import Defaults
from sumvin_sdk.testing._handlers import sign_in
from sumvin_sdk.testing._samples import Sampler
from sumvin_sdk.testing._schemas import FULL, Checker
from sumvin_sdk.testing._seed import Seeder
from sumvin_sdk.testing._shaping import Fault, Override, Predicate, check_operation, scripted_reply
from sumvin_sdk.testing._state import DeviceCode, State, Token, User
from sumvin_sdk.testing._validation import Validator

logger = logging.getLogger("sumvin_sdk.testing")


class FakeSumvin:
    """A fake of the whole Sumvin API, for tests and demos; see ``sumvin_sdk.testing``."""

    def __init__(
        self,
        *,
        wallets_per_user: int = 5,
        transactions_per_user: int = 7,
        validate: bool | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        browser_user: str = "user-1",
    ) -> None:
        if validate and not FULL:
            raise ImportError(f"request validation needs jsonschema: {install_hint('testing')}")
        self.contract: Contract = contract()
        self.checker = Checker(self.contract.schemas)
        self.sampler = Sampler(self.contract.document, checker=self.checker)
        self.defaults = Defaults(self.contract, self.sampler)
        self.validator = Validator(self.contract, self.checker)
        self.validate = FULL if validate is None else validate
        self.wallets_per_user = wallets_per_user
        self.transactions_per_user = transactions_per_user
        self.clock = clock
        self.sleep = sleep
        self.browser_user = browser_user
        self.state = State()
        self.seed = Seeder(self)
        #: Organisation keys accepted for the UCP merchant search (``x-sumvin-ucp-token``).
        self.ucp_keys: set[str] = {"ucp_fake_key"}
        self.requests: list[httpx.Request] = []
        #: Every internal failure the fake answered with a 500, as text (a test may assert it stays empty).
        self.errors: list[str] = []
        self._calls: list[Call] = []
        self._overrides: list[Override] = []
        self._handlers: dict[str, Handler] = dict(_handlers.HANDLERS)

    @property
    def users(self) -> dict[tuple[str, str], User]:
        """The users, by ``(tenant, sub)`` (``fake.state.users``)."""
        return self.state.users

    @property
    def device_codes(self) -> dict[str, DeviceCode]:
        """The CLI sign-ins, by device code (``fake.state.device_codes``)."""
        return self.state.device_codes

    @property
    def tokens(self) -> dict[str, Token]:
        """The personal access tokens issued, by id (``fake.state.tokens``)."""
        return self.state.tokens

    # -- minting credentials ---------------------------------------------------------------------------

    def jwt(self, sub: str = "user-1", *, expires_in: float = 3600, **claims: object) -> str:
        """A session JWT this fake accepts for ``sub`` until ``expires_in`` seconds from now (also good as an
        agent or a PINT token)."""
        return fake_jwt(sub, expires_at=self.clock() + expires_in, **claims)

    def sent_code(self, phone_number: str) -> str:
        """The verification code the fake 'sent' to ``phone_number``."""
        return self.state.phone_codes[phone_number][0]

    # -- shaping it from a test ------------------------------------------------------------------------

    def register(self, operation_id: str, handler: Handler) -> Handler:
        """Make ``handler`` the stateful handler of ``operation_id`` (after auth and validation); returns it, so
        it also works as a decorator: ``@fake.handler("getNonce")``."""
        check_operation(operation_id, self.contract.operations)
        self._handlers[operation_id] = handler
        return handler

    def handler(self, operation_id: str) -> Callable[[Handler], Handler]:
        """Decorator form of ``register``."""
        check_operation(operation_id, self.contract.operations)
        return lambda handler: self.register(operation_id, handler)

    def override(
        self, operation_id: str, handler: Handler, *, times: int | None = None, when: Predicate | None = None
    ) -> Override:
        """Answer calls of ``operation_id`` with ``handler`` before anything else (auth and validation included):
        the next ``times`` calls (every call if ``None``) for which ``when(call)`` holds."""
        check_operation(operation_id, self.contract.operations)
        if times is not None and times < 1:
            raise ValueError("times must be at least 1 (or None for every call)")
        override = Override(operation_id, handler, times, when)
        self._overrides.append(override)
        return override

    def reply(
        self,
        operation_id: str,
        status: int = 200,
        body: Any = None,
        *,
        headers: dict[str, str] | None = None,
        content: bytes | None = None,
        times: int | None = 1,
        when: Predicate | None = None,
    ) -> Override:
        """Script the answer to the next ``times`` calls (``None``: all) of ``operation_id`` matching ``when``:
        ``status`` with ``body`` as JSON (or raw ``content``) and ``headers``."""
        return self.override(operation_id, scripted_reply(status, body, headers, content), times=times, when=when)

    def inject(
        self,
        operation_id: str,
        *,
        status: int | None = None,
        retryable: bool | None = None,
        retry_after: str | None = None,
        error_code: str | None = None,
        body: Any = None,
        headers: dict[str, str] | None = None,
        malformed_json: bool = False,
        delay: float = 0.0,
        timeout: bool = False,
        drop: bool = False,
        times: int = 1,
        when: Predicate | None = None,
    ) -> Override:
        """Make the next ``times`` calls of ``operation_id`` fail.

        ``status`` answers a problem whose error code is ``GEN-<status>-001``, with the ``-R`` suffix the SDK
        retries when ``retryable`` is true. Left at ``None``, ``retryable`` is true exactly for the statuses the
        SDK retries anyway (408, 429, 502, 503, 504), so an injected 404 or 500 is final. ``error_code``,
        ``body``, ``headers`` and ``retry_after`` replace parts of it; ``malformed_json`` sends a truncated JSON
        body (with ``status``, 200 by default). ``delay`` waits through the fake's ``sleep`` first (alone, the
        call is then answered as usual); ``timeout`` never answers; ``drop`` closes the connection unanswered.
        """
        fault = Fault(status, retryable, retry_after, error_code, body, headers, malformed_json, delay, timeout, drop)
        return self.override(operation_id, fault, times=times, when=when)

    def calls(self, operation_id: str | None = None) -> list[Call]:
        """The calls the fake received (of ``operation_id`` only, if given), oldest first."""
        if operation_id is None:
            return list(self._calls)
        check_operation(operation_id, self.contract.operations)
        return [call for call in self._calls if call.operation_id == operation_id]

    def assert_overrides_used(self) -> None:
        """Fail (``AssertionError``) if a reply, override or fault was never used up, naming each."""
        unused = [f"{o.operation_id} (used {o.used} of {o.times or 'any'})" for o in self._overrides if not o.exhausted]
        assert not unused, "overrides never (fully) used: " + ", ".join(unused)

    def reset_overrides(self) -> None:
        """Forget every reply, override and fault."""
        self._overrides.clear()

    # -- answering -------------------------------------------------------------------------------------

    def transport(self) -> httpx.MockTransport:
        """An httpx transport (sync and async) served by this fake."""
        return httpx.MockTransport(self.handle)

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request (an httpx transport handler). An internal failure is a 500 problem, never an
        exception; only injected timeouts and dropped connections raise (as httpx transport errors)."""
        self.requests.append(request)
        try:
            request.read()
            response = self._route(request)
        except httpx.TransportError:
            raise
        except Exception:
            self.errors.append(traceback.format_exc())
            logger.exception("the fake failed answering %s %s", request.method, request.url.path)
            response = problem(500, "USR-500-001", "Internal Server Error", "the fake failed", request.url.path)
        return response

    def _route(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == sign_in.VERIFICATION_PATH and request.method in ("GET", "HEAD"):
            return sign_in.verification_page(self, request)
        if request.method == "OPTIONS":
            methods = self.contract.methods_at(path)
            if not methods:
                return problem(404, "GEN-400-001", "Not Found", f"nothing at {path}", path)
            allow = ", ".join([*methods, *(["HEAD"] if "GET" in methods else []), "OPTIONS"])
            return httpx.Response(204, headers={"Allow": allow})
        method = "GET" if request.method == "HEAD" else request.method
        found = self.contract.route(method, path)
        if found is None:
            methods = self.contract.methods_at(path)
            if methods:
                detail = f"{request.method} is not allowed here; use {', '.join(methods)}"
                return problem(405, "GEN-400-001", "Method Not Allowed", detail, path)
            return problem(404, "GEN-400-001", "Not Found", f"the contract has no operation at {path}", path)
        operation, params = found
        call = Call(self, operation, request, params, self.clock())
        self._calls.append(call)
        override = next(
            (o for o in self._overrides if o.operation_id == operation.operation_id and o.takes(call)), None
        )
        response = override.answer(call) if override is not None else self.answer(call)
        if request.headers.get("x-timestamp-format") == "iso8601":
            response = _with_iso_timestamps(response)
        call.response = response
        return response

    def answer(self, call: Call) -> httpx.Response:
        """What the fake itself answers ``call``: auth, validation, then the stateful handler or the default."""
        principal = authenticate(self, call)
        if isinstance(principal, httpx.Response):
            return principal
        call.principal = principal
        if self.validate:
            errors = self.validator.errors(call)
            if errors:
                return self.validator.response(call, errors)
        handler = self._handlers.get(call.operation_id)
        return handler(call) if handler is not None else self.defaults.answer(call)

    # -- the verification page -------------------------------------------------------------------------

    def approve(self, user_code: str, *, sub: str | None = None) -> bool:
        """Approve the pending sign-in with ``user_code`` as ``sub`` (``browser_user`` by default, created in the
        sign-in's tenant if needed), as a browser on the verification page would; whether one was found."""
        now = self.clock()
        found = next(
            (d for d in self.state.device_codes.values() if d.user_code == user_code and d.status == "pending"), None
        )
        if found is None or now >= found.expires_at:
            return False
        owner = (found.tenant, sub or self.browser_user)
        if owner not in self.state.users:
            self.seed.user(owner[1], tenant=owner[0])
        found.status, found.approved_by = "approved", owner
        return True


def _with_iso_timestamps(response: httpx.Response) -> httpx.Response:
    """``response`` with its epoch-millisecond timestamps in ISO 8601, its other headers kept, if its body is
    JSON; any other answer (empty, of another type, malformed on purpose) as it is."""
    media = response.headers.get("content-type", "").partition(";")[0].strip().lower()
    if not response.content or not (media == "application/json" or media.endswith("+json")):
        return response
    try:
        body = json.loads(response.content)
    except ValueError:
        return response
    headers = {k: v for k, v in response.headers.items() if k != "content-length"}
    return httpx.Response(response.status_code, json=iso_timestamps(body), headers=headers)
