"""A followed link that matches no operation of the contract is refused before anything is sent.

The contract says which credentials each operation accepts; a same-origin path it does not describe could
take any of them or none, so the SDK refuses it with ``HALUnmatchedLinkError`` naming the method and path,
calls no credential getter and sends nothing, whatever ``model`` is asked for, sync and async.
"""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from sumvin_sdk import AsyncSumvin, Sumvin
from sumvin_sdk._generated.models import WalletResponse
from sumvin_sdk._generated.operations import OPERATIONS
from sumvin_sdk._pipeline import operation_for
from sumvin_sdk.auth import AgentTokenAuth, JWTAuth, OrgId, PATAuth, PintTokenAuth, UcpTokenAuth
from sumvin_sdk.errors import HALError, HALUnmatchedLinkError
from sumvin_sdk.hal import Link, api_path

BASE = "https://api.sumvin.test/api"
PREFIXED = httpx.URL(BASE)
METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]
CREDENTIALS = [JWTAuth, PATAuth, AgentTokenAuth, PintTokenAuth, UcpTokenAuth, OrgId]


def _concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "p1", path)


def _unmatched(method: str, href: str) -> bool:
    return operation_for(method, api_path(href, PREFIXED).partition("?")[0]) is None


def _generated() -> list[tuple[str, str]]:
    """For every operation: a method its path does not take, and its path with one more segment."""
    cases = []
    for operation in OPERATIONS.values():
        path = _concrete(operation.path)
        others = [m for m in METHODS if operation_for(m, path) is None]
        if others:
            cases.append((others[0], path))
        cases.append((operation.method, path.rstrip("/") + "/zz-not-an-operation"))
    return cases


#: (method, href) of same-origin links that no operation matches.
HANDWRITTEN = [
    ("GET", "/"),
    ("GET", ""),
    ("GET", "/v0"),
    ("GET", "/v0/"),
    ("GET", "/v0/not-in-the-contract"),
    ("GET", "/v0/not-in-the-contract?token=tok_1&x=1"),
    ("GET", "/v0/not-in-the-contract#fragment"),
    ("GET", "/admin"),
    ("GET", "/v1/user/me"),
    ("GET", "/V0/USER/ME"),
    ("GET", "/v0/user/me/extra"),
    ("GET", "/v0/user//me"),
    ("GET", "/v0/user/me;jsessionid=1"),
    ("GET", "/v0/user/me%3Fx=1"),
    ("GET", "/v0/wallets/w1/extra/deeper/still"),
    ("GET", "/v0/a/./b/../c"),
    ("GET", "/v0/wallets/%2e%2e/x"),
    ("GET", "v0/relative/path"),
    ("GET", "  /v0/padded\n"),
    ("GET", "https://api.sumvin.test/api/v0/nowhere"),
    ("GET", "HTTPS://API.SUMVIN.TEST:443/api/v0/nowhere?q=1"),
    ("GET", "https://api.sumvin.test/api"),
    ("HEAD", "/v0/user/me"),
    ("OPTIONS", "/v0/wallets/"),
    ("TRACE", "/v0/user/me"),
    ("CONNECT", "/v0/wallets/"),
    ("PROPFIND", "/v0/user/me"),
    ("G E T", "/v0/user/me"),
    ("GET", "/" + "a/" * 2000),
    ("GET", "/v0/ünïcödé"),
    ("GET", "/v0/%00"),
]

UNMATCHED = [case for case in HANDWRITTEN + _generated() if _unmatched(*case)]


def test_the_cases_are_many_and_really_unmatched() -> None:
    assert len(UNMATCHED) >= 2 * len(OPERATIONS), "a wrong method and an extra segment for every operation"
    assert all(_unmatched(*case) for case in HANDWRITTEN)


class Guarded:
    """Every credential, each from a getter that counts its calls; and a transport that counts requests."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.requests: list[httpx.Request] = []

    def getter(self, header: str) -> Any:
        def get() -> str:
            self.calls.append(header)
            return "cred-value-" + header.rpartition("-")[2]

        return get

    def auth(self) -> list[Any]:
        return [kind(self.getter(kind.header)) for kind in CREDENTIALS]

    def answer(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={})

    def check(self, error: HALUnmatchedLinkError, method: str, href: str) -> None:
        assert isinstance(error, HALError)
        assert self.requests == [] and self.calls == [], "nothing sent, no credential asked for"
        path = api_path(href, PREFIXED).partition("?")[0]
        assert error.href == href and error.method == method.upper() and error.path == path
        assert repr(path[:200]) in str(error) and "matches no operation" in str(error)


@pytest.mark.parametrize(("method", "href"), UNMATCHED, ids=lambda v: repr(v[:40]))
def test_a_link_no_operation_matches_is_refused_before_anything_is_sent(method: str, href: str) -> None:
    guarded = Guarded()
    transport = httpx.MockTransport(guarded.answer)
    with (
        Sumvin(base_url=BASE, auth=guarded.auth(), user_agent="sumvin-cli/t", transport=transport) as client,
        pytest.raises(HALUnmatchedLinkError) as caught,
    ):
        client.follow({"_links": {"odd": {"href": href, "method": method}}}, "odd")
    guarded.check(caught.value, method, href)


@pytest.mark.anyio
@pytest.mark.parametrize(("method", "href"), UNMATCHED, ids=lambda v: repr(v[:40]))
async def test_async_follows_refuse_them_too(method: str, href: str) -> None:
    guarded = Guarded()
    transport = httpx.MockTransport(guarded.answer)
    async with AsyncSumvin(base_url=BASE, auth=guarded.auth(), user_agent="sumvin-cli/t", transport=transport) as c:
        with pytest.raises(HALUnmatchedLinkError) as caught:
            await c.follow_raw(Link(rel="odd", href=href, method=method))
    guarded.check(caught.value, method, href)


@pytest.mark.parametrize("model", [dict, WalletResponse, None], ids=repr)
@pytest.mark.parametrize(
    ("href", "variables", "path"),
    [
        ("/v0/nothing/{id}", {"id": "w1"}, "/v0/nothing/w1"),
        ("/v0/wallets/{wallet_id}/nothing{?x}", {"wallet_id": "w1", "x": "1"}, "/v0/wallets/w1/nothing"),
        ("/v0/user/{me}", {"me": "me/extra"}, "/v0/user/me%2Fextra"),  # one segment: not getUserAccount's path
    ],
)
def test_whatever_model_is_asked_for_and_however_the_link_is_expanded(
    model: type[Any] | None, href: str, variables: dict[str, str], path: str
) -> None:
    guarded = Guarded()
    transport = httpx.MockTransport(guarded.answer)
    with (
        Sumvin(base_url=BASE, auth=guarded.auth(), user_agent="sumvin-cli/t", transport=transport) as client,
        pytest.raises(HALUnmatchedLinkError) as caught,
    ):
        client.follow({"href": href, "templated": True}, variables=variables, model=model)
    assert guarded.requests == [] and guarded.calls == [] and caught.value.path == path


def test_a_link_an_operation_matches_is_still_sent_with_the_credentials_it_takes() -> None:
    guarded = Guarded()
    transport = httpx.MockTransport(guarded.answer)
    with Sumvin(base_url=BASE, auth=guarded.auth(), user_agent="sumvin-cli/t", transport=transport) as client:
        assert client.follow({"href": "/v0/user/me"}, model=dict) == {}
    assert [str(r.url) for r in guarded.requests] == [f"{BASE}/v0/user/me"]
    accepted = OPERATIONS["getUserAccount"].credentials
    assert accepted and set(guarded.calls) == {kind.header for kind in CREDENTIALS} & set(accepted)
