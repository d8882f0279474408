"""Each credential, and the org id, reaches exactly the operations the reference says accept it."""

from __future__ import annotations

import warnings
from typing import Any

import httpx
import pytest

from sumvin_sdk import AsyncSumvin, Sumvin
from sumvin_sdk._generated.operations import OPERATIONS
from sumvin_sdk.auth import AgentTokenAuth, HeaderAuth, JWTAuth, OrgId, PATAuth, PintTokenAuth, UcpTokenAuth
from sumvin_sdk.errors import HALUnmatchedLinkError, SumvinError
from sumvin_sdk.hal import Link
from tests.test_calls import required_only
from tests.test_endpoints import OPERATIONS as SPEC_OPERATIONS
from tests.test_endpoints import _ids

BASE = "https://sumvin.test"
STRATEGIES: list[HeaderAuth] = [
    JWTAuth("cred-jwt-value"),
    PATAuth("cred-pat-value"),
    AgentTokenAuth("cred-agent-value"),
    PintTokenAuth("cred-pint-value"),
    UcpTokenAuth("cred-ucp-value"),
    OrgId("org_1"),
]
CREDENTIAL_HEADERS = {s.header for s in STRATEGIES}


def accepted_by_reference(reference: dict[str, Any], method: str, path: str) -> set[str]:
    """What the reference itself says: its security schemes' headers plus the credential headers it declares."""
    op = reference["paths"][path][method]
    schemes = reference["components"]["securitySchemes"]
    accepted = {schemes[name]["name"].lower() for requirement in op.get("security") or [] for name in requirement}
    declared = {p["name"].lower() for p in op.get("parameters", []) if p.get("in") == "header"}
    return accepted | (declared & CREDENTIAL_HEADERS)


def sumvin(transport: httpx.MockTransport) -> Sumvin:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the PAT User-Agent hint
        return Sumvin(base_url=BASE, auth=STRATEGIES, transport=transport, max_retries=0)


def sent_credentials(request: httpx.Request) -> set[str]:
    return {name for name in request.headers if name in CREDENTIAL_HEADERS}


def fail(request: httpx.Request) -> httpx.Response:
    return httpx.Response(599)


class Seen(list[httpx.Request]):
    """A transport handler that keeps each request and answers an undocumented status."""

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.append(request)
        return fail(request)


@pytest.mark.parametrize(("method", "path", "op"), SPEC_OPERATIONS, ids=_ids())
def test_each_credential_reaches_exactly_the_operations_that_accept_it(
    method: str, path: str, op: dict[str, Any], reference: dict[str, Any]
) -> None:
    expected = accepted_by_reference(reference, method, path)
    operation, arguments = required_only(method, path, op)
    assert set(operation.credentials) == expected
    seen = Seen()
    transport = httpx.MockTransport(seen)
    with sumvin(transport) as client, pytest.raises(SumvinError):
        getattr(getattr(client, operation.tag), operation.module)(**arguments)
    link = Link(rel="x", href=seen[0].url.raw_path.decode(), method=method.upper())
    with sumvin(transport) as client, pytest.raises(SumvinError):
        client.follow(link, json={} if "requestBody" in op else None)
    assert [sent_credentials(r) for r in seen] == [expected, expected]


@pytest.mark.anyio
@pytest.mark.parametrize(("method", "path", "op"), SPEC_OPERATIONS, ids=_ids())
async def test_async_clients_send_the_same(
    method: str, path: str, op: dict[str, Any], reference: dict[str, Any]
) -> None:
    expected = accepted_by_reference(reference, method, path)
    operation, arguments = required_only(method, path, op)
    seen = Seen()

    async def jwt() -> str:
        return "cred-async-jwt"

    auth = [JWTAuth(jwt), *STRATEGIES[1:]]
    transport = httpx.MockTransport(seen)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        client = AsyncSumvin(base_url=BASE, auth=auth, transport=transport, max_retries=0)
    async with client:
        with pytest.raises(SumvinError):
            await getattr(getattr(client, operation.tag), operation.module)(**arguments)
    assert sent_credentials(seen[0]) == expected


def test_the_figures_of_the_contract(reference: dict[str, Any]) -> None:
    """The split the tests above check, so a re-pin that changes it is noticed."""
    reach = {h: sum(h in o.credentials for o in OPERATIONS.values()) for h in sorted(CREDENTIAL_HEADERS)}
    assert reach == {
        "x-juno-jwt": 165,
        "x-juno-orgid": 165,
        "x-sumvin-pat": 139,
        "x-sumvin-pint-token": 24,
        "x-sumvin-token": 138,
        "x-sumvin-ucp-token": 2,
    }
    assert sum(not o.credentials for o in OPERATIONS.values()) == 16


def test_a_link_no_operation_matches_gets_no_credential_and_is_not_sent() -> None:
    seen = Seen()
    with sumvin(httpx.MockTransport(seen)) as client, pytest.raises(HALUnmatchedLinkError):
        client.follow({"href": "/v0/not-in-the-contract"})
    assert seen == []


def test_a_getter_for_a_credential_an_operation_does_not_take_is_not_called() -> None:
    calls: list[str] = []

    def jwt() -> str:
        calls.append("jwt")
        return "cred-jwt-value"

    auth = [JWTAuth(jwt)]
    with Sumvin(base_url=BASE, auth=auth, transport=httpx.MockTransport(fail), max_retries=0) as client:
        with pytest.raises(SumvinError):
            client.payment_links.get_public_payment_link("slug")
        assert calls == []
        with pytest.raises(SumvinError):
            client.user.get_user_account()
        assert calls == ["jwt"]
