"""Credential strategies set their headers on every request, rotate, combine, and never show a secret."""

from __future__ import annotations

import itertools

import httpx
import pytest

from sumvin_sdk.auth import (
    AgentTokenAuth,
    CombinedAuth,
    HeaderAuth,
    JWTAuth,
    OrgId,
    PATAuth,
    PintTokenAuth,
    UcpTokenAuth,
    combine,
)


def echo(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=dict(request.headers))


def sent_with(auth: httpx.Auth) -> dict[str, str]:
    with httpx.Client(transport=httpx.MockTransport(echo), auth=auth) as client:
        headers: dict[str, str] = client.get("https://api.sumvin.test/v0/user/me").json()
    return headers


async def asent_with(auth: httpx.Auth) -> dict[str, str]:
    async with httpx.AsyncClient(transport=httpx.MockTransport(echo), auth=auth) as client:
        headers: dict[str, str] = (await client.get("https://api.sumvin.test/v0/user/me")).json()
    return headers


@pytest.mark.parametrize(
    ("strategy", "header"),
    [
        (JWTAuth, "x-juno-jwt"),
        (PATAuth, "x-sumvin-pat"),
        (AgentTokenAuth, "x-sumvin-token"),
        (PintTokenAuth, "x-sumvin-pint-token"),
        (UcpTokenAuth, "x-sumvin-ucp-token"),
        (OrgId, "x-juno-orgid"),
    ],
)
def test_each_strategy_sets_its_header(strategy: type[HeaderAuth], header: str) -> None:
    assert sent_with(strategy("value-1"))[header] == "value-1"


def test_a_getter_is_called_on_every_request_so_rotation_just_works() -> None:
    tokens = (f"jwt-{n}" for n in itertools.count(1))
    auth = JWTAuth(lambda: next(tokens))
    with httpx.Client(transport=httpx.MockTransport(echo), auth=auth) as client:
        seen = [client.get("https://api.sumvin.test/").json()["x-juno-jwt"] for _ in range(3)]
    assert seen == ["jwt-1", "jwt-2", "jwt-3"]


def test_a_getter_returning_none_leaves_the_header_out() -> None:
    headers = sent_with(combine(JWTAuth("jwt"), OrgId(lambda: None)))
    assert headers["x-juno-jwt"] == "jwt" and "x-juno-orgid" not in headers


def test_none_also_removes_a_header_set_elsewhere() -> None:
    with httpx.Client(transport=httpx.MockTransport(echo), auth=OrgId(lambda: None)) as client:
        headers = client.get("https://api.sumvin.test/", headers={"x-juno-orgid": "stale"}).json()
    assert "x-juno-orgid" not in headers


def test_strategies_combine_a_pint_travels_with_its_base_credential() -> None:
    auth = combine(PATAuth("pat"), combine(PintTokenAuth("pint"), OrgId("org_1")))
    assert [s.header for s in auth.strategies] == ["x-sumvin-pat", "x-sumvin-pint-token", "x-juno-orgid"]
    headers = sent_with(auth)
    assert (headers["x-sumvin-pat"], headers["x-sumvin-pint-token"], headers["x-juno-orgid"]) == (
        "pat",
        "pint",
        "org_1",
    )


def test_two_strategies_for_one_header_are_refused() -> None:
    with pytest.raises(ValueError, match="x-juno-jwt"):
        CombinedAuth([JWTAuth("a"), JWTAuth("b")])


@pytest.mark.anyio
async def test_async_getters_are_awaited() -> None:
    async def fresh_jwt() -> str:
        return "async-jwt"

    headers = await asent_with(combine(JWTAuth(fresh_jwt), OrgId("org_1")))
    assert headers["x-juno-jwt"] == "async-jwt" and headers["x-juno-orgid"] == "org_1"


def test_an_async_getter_in_a_sync_client_is_a_clear_error() -> None:
    async def fresh_jwt() -> str:
        return "async-jwt"

    with pytest.raises(TypeError, match="AsyncSumvin"):
        sent_with(JWTAuth(fresh_jwt))


@pytest.mark.parametrize(
    ("source", "error", "match"),
    [
        ("", ValueError, "empty"),
        ("jwt\r\nx-evil: 1", ValueError, "line break"),
        (42, TypeError, "string or a zero-argument callable"),
    ],
)
def test_bad_values_are_refused_without_echoing_them(source: object, error: type[Exception], match: str) -> None:
    with pytest.raises(error, match=match) as caught:
        JWTAuth(source)  # type: ignore[arg-type]
    assert "evil" not in str(caught.value)


def test_a_getter_returning_garbage_is_refused() -> None:
    with pytest.raises(TypeError, match="returned int"):
        sent_with(JWTAuth(lambda: 42))  # type: ignore[arg-type]


def test_reprs_never_show_a_secret_but_show_the_org_id() -> None:
    auth = combine(JWTAuth("secret-jwt"), PATAuth(lambda: "secret-pat"), OrgId("org_1"))
    assert repr(auth) == "CombinedAuth(JWTAuth(<redacted>), PATAuth(<getter>), OrgId('org_1'))"
