"""One request as the fake's handlers see it, who sent it, and the answers they build from it."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from sumvin_sdk.testing._contract import Operation

if TYPE_CHECKING:
    from sumvin_sdk.testing._fake import FakeSumvin
    from sumvin_sdk.testing._state import User

JSON = dict[str, Any]
Handler = Callable[["Call"], httpx.Response]
ERROR_TYPE = "https://api.sumvin.com/errors/"


def problem(status: int, code: str, title: str, detail: str, instance: str) -> httpx.Response:
    """An RFC 7807 problem, as the API sends it."""
    body = {
        "type": ERROR_TYPE + code,
        "title": title,
        "status": status,
        "detail": detail,
        "instance": instance,
        "error_code": code,
        "trace_id": secrets.token_hex(8),
    }
    return httpx.Response(status, json=body)


@attrs.frozen
class Principal:
    """Who a request speaks for: the credential's scheme, the tenant (``x-juno-orgid``) and the subject."""

    scheme: str
    tenant: str
    sub: str

    @property
    def owner(self) -> tuple[str, str]:
        """The key of this subject's state: ``(tenant, sub)``."""
        return self.tenant, self.sub


@attrs.define
class Call:
    """One request to one operation: what a handler is given, and what ``fake.calls()`` returns."""

    fake: FakeSumvin
    operation: Operation
    request: httpx.Request
    path_params: dict[str, str]
    now: float
    principal: Principal | None = None
    response: httpx.Response | None = None

    @property
    def operation_id(self) -> str:
        """The operation called."""
        return self.operation.operation_id

    @property
    def query(self) -> httpx.QueryParams:
        """The query parameters."""
        return self.request.url.params

    @property
    def tenant(self) -> str:
        """The tenant the request names (``x-juno-orgid``), or ``""``."""
        return self.principal.tenant if self.principal else self.request.headers.get("x-juno-orgid", "")

    def json(self) -> Any:
        """The decoded body (``None`` for an empty or undecodable one)."""
        try:
            return json.loads(self.request.content) if self.request.content else None
        except ValueError:
            return None

    def body(self) -> JSON:
        """The body as an object (``{}`` if it is not one)."""
        body = self.json()
        return body if isinstance(body, dict) else {}

    def user(self) -> User | None:
        """The caller's user in the fake's state, if it has been created."""
        return self.fake.state.users.get(self.principal.owner) if self.principal else None

    def default(self) -> httpx.Response:
        """The contract's default answer for this call (what the fake sends when no handler answers)."""
        return self.fake.defaults.answer(self)

    def respond(self, status: int, body: Any = None, headers: dict[str, str] | None = None) -> httpx.Response:
        """A JSON answer (an empty one when ``body`` is ``None``)."""
        if body is None:
            return httpx.Response(status, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    def problem(self, status: int, code: str | None = None, detail: str = "") -> httpx.Response:
        """A problem for this call; ``code`` defaults to a documented error code for ``status``."""
        code = code or self.fake.contract.error_code(status, self.operation)
        title = httpx.codes.get_reason_phrase(status) or "Error"
        return problem(status, code, title, detail or title, self.request.url.path)

    def missing(self, what: str, code: str | None = None) -> httpx.Response:
        """A 404 problem: ``what`` does not exist for this caller."""
        return self.problem(404, code, f"no such {what} for this user")
