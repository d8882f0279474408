"""A secured operation called with none of the credentials it accepts fails before anything is sent, naming them;
an operation that takes anonymous calls goes out without one."""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from sumvin_sdk import AsyncSumvin, Sumvin
from sumvin_sdk._generated.operations import OPERATIONS, Operation
from sumvin_sdk.auth import (
    CREDENTIAL_REQUIRED,
    AgentTokenAuth,
    HeaderAuth,
    JWTAuth,
    OrgId,
    PATAuth,
    PintTokenAuth,
    UcpTokenAuth,
)
from sumvin_sdk.errors import CredentialError, HeaderError, MissingCredentialError, SumvinError
from sumvin_sdk.hal import Link
from tests.test_calls import required_only
from tests.test_endpoints import OPERATIONS as SPEC_OPERATIONS
from tests.test_endpoints import _ids

BASE = "https://sumvin.test"
CREDENTIALS: dict[str, type[HeaderAuth]] = {
    cls.header: cls for cls in (JWTAuth, PATAuth, AgentTokenAuth, PintTokenAuth, UcpTokenAuth)
}
SECURED = sorted(o.operation_id for o in OPERATIONS.values() if not o.anonymous)
ANONYMOUS = sorted(o.operation_id for o in OPERATIONS.values() if o.anonymous)


@pytest.fixture(autouse=True)
def no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("SUMVIN_JWT", "SUMVIN_PAT", "SUMVIN_ORG_ID"):
        monkeypatch.delenv(variable, raising=False)


class Seen(list[httpx.Request]):
    """Keeps each request that reached the transport and answers an undocumented status."""

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.append(request)
        return httpx.Response(599)


def accepted(operation: Operation) -> tuple[str, ...]:
    return tuple(h for h in operation.credentials if h in CREDENTIALS)


def client(seen: Seen, auth: list[HeaderAuth], **options: Any) -> Sumvin:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the PAT User-Agent hint
        return Sumvin(base_url=BASE, auth=auth, transport=httpx.MockTransport(seen), max_retries=0, **options)


def call(client: Sumvin, operation: Operation, arguments: dict[str, Any]) -> None:
    getattr(getattr(client, operation.tag), operation.module)(**arguments)


def assert_refused(caught: pytest.ExceptionInfo[MissingCredentialError], operation: Operation) -> None:
    error = caught.value
    assert isinstance(error, CredentialError)
    assert error.operation == operation.operation_id and error.accepted == accepted(operation)
    assert error.accepted, "a secured operation accepts at least one credential"
    assert error.header == ", ".join(error.accepted)  # as a CredentialError, it names the headers it lacks
    text = str(error)
    assert operation.operation_id in text and "nothing was sent" in text
    for header in error.accepted:
        assert header in text and CREDENTIALS[header].__name__ in text


def test_the_split_of_the_contract() -> None:
    """Which operations take anonymous calls: no security requirement, or an empty one among them."""
    assert len(SECURED) + len(ANONYMOUS) == len(OPERATIONS) == 184
    assert len(ANONYMOUS) == 17
    assert {"healthCheck", "createDeviceCode", "getCliConfig", "handleMeldWebhook"} <= set(ANONYMOUS)
    assert all(accepted(OPERATIONS[name]) for name in SECURED)


# What a client may hold that is still no credential for the operation at hand.
NOTHING: dict[str, Callable[[Operation], list[HeaderAuth]]] = {
    "no auth": lambda operation: [],
    "only the org id": lambda operation: [OrgId("org_1")],
    "a getter that gives None": lambda operation: [JWTAuth(lambda: None), PATAuth(lambda: None)],
    "credentials it does not take": lambda operation: [
        cls("not-this-one") for header, cls in CREDENTIALS.items() if header not in operation.credentials
    ],
}


@pytest.mark.parametrize("holding", NOTHING)
@pytest.mark.parametrize(("method", "path", "op"), SPEC_OPERATIONS, ids=_ids())
def test_a_secured_operation_without_a_credential_sends_nothing(
    method: str, path: str, op: dict[str, Any], holding: str
) -> None:
    operation, arguments = required_only(method, path, op)
    seen = Seen()
    with client(seen, NOTHING[holding](operation)) as sumvin:
        if operation.anonymous:
            with pytest.raises(SumvinError) as caught:  # sent: the transport's 599 is what comes back
                call(sumvin, operation, arguments)
            assert not isinstance(caught.value, CredentialError) and len(seen) == 1
            assert not {h for h in seen[0].headers if h in CREDENTIALS}
            return
        with pytest.raises(MissingCredentialError) as refused:
            call(sumvin, operation, arguments)
        assert_refused(refused, operation)
        with pytest.raises(MissingCredentialError) as refused:  # a link to the operation is refused the same way
            names = re.findall(r"\{([^}]+)\}", path)
            link = Link(rel="x", href=path, method=method.upper(), templated=bool(names))
            sumvin.follow(link, variables=dict.fromkeys(names, "v1"))
        assert_refused(refused, operation)
    assert seen == []


@pytest.mark.anyio
@pytest.mark.parametrize(("method", "path", "op"), SPEC_OPERATIONS, ids=_ids())
async def test_async_clients_refuse_the_same(method: str, path: str, op: dict[str, Any]) -> None:
    operation, arguments = required_only(method, path, op)
    seen = Seen()

    async def nothing() -> str | None:
        return None

    sumvin = AsyncSumvin(base_url=BASE, auth=[JWTAuth(nothing)], transport=httpx.MockTransport(seen), max_retries=0)
    async with sumvin:
        with pytest.raises(SumvinError) as caught:
            await getattr(getattr(sumvin, operation.tag), operation.module)(**arguments)
    if operation.anonymous:
        assert len(seen) == 1
    else:
        assert isinstance(caught.value, MissingCredentialError) and seen == []
        assert caught.value.accepted == accepted(operation)


@pytest.mark.parametrize("name", SECURED)
def test_any_one_accepted_credential_is_enough(name: str) -> None:
    operation = OPERATIONS[name]
    op = next(o for m, p, o in SPEC_OPERATIONS if o["operationId"] == name)
    _, arguments = required_only(operation.method.lower(), operation.path, op)
    for header in accepted(operation):
        seen = Seen()
        with client(seen, [CREDENTIALS[header]("the-one-" + header)]) as sumvin, pytest.raises(SumvinError) as caught:
            call(sumvin, operation, arguments)
        assert not isinstance(caught.value, CredentialError)
        assert len(seen) == 1 and seen[0].headers[header] == "the-one-" + header


CARRIED = [
    ("default_headers", {"default_headers": {"x-juno-jwt": "jwt-in-defaults"}}, {}),
    ("extra_headers", {}, {"extra_headers": {"x-sumvin-pat": "pat-in-extras"}}),
    ("authorization", {"default_headers": {"Authorization": "Bearer jwt-as-bearer"}}, {}),
]


@pytest.mark.parametrize(("how", "options", "per_call"), CARRIED, ids=[c[0] for c in CARRIED])
def test_a_credential_carried_in_headers_counts(how: str, options: dict[str, Any], per_call: dict[str, Any]) -> None:
    seen = Seen()
    with client(seen, [], **options) as sumvin, pytest.raises(SumvinError) as caught:
        sumvin.wallets.list_wallets(**per_call)
    assert not isinstance(caught.value, CredentialError) and len(seen) == 1


def test_an_authorization_header_is_no_credential_where_the_jwt_is_not_taken() -> None:
    seen = Seen()
    with (
        client(seen, [], default_headers={"Authorization": "Bearer x"}) as sumvin,
        pytest.raises(MissingCredentialError) as refused,
    ):
        sumvin.merchants.search_merchants()
    assert refused.value.accepted == ("x-sumvin-ucp-token",) and seen == []


def test_a_blank_header_credential_does_not_count() -> None:
    """An empty credential header counts as none; a blank one is no header value at all (refused when given)."""
    seen = Seen()
    with client(seen, [], default_headers={"x-juno-jwt": ""}) as sumvin, pytest.raises(MissingCredentialError):
        sumvin.wallets.list_wallets()
    with pytest.raises(HeaderError, match="x-juno-jwt header value has whitespace"):
        client(seen, [], default_headers={"x-juno-jwt": "  "})
    assert seen == []


def test_the_message_names_each_accepted_credential_and_the_shorthands_that_give_one() -> None:
    seen = Seen()
    with client(seen, []) as sumvin:
        with pytest.raises(MissingCredentialError) as jwt_or_pat:
            sumvin.wallets.list_wallets()
        with pytest.raises(MissingCredentialError) as ucp:
            sumvin.merchants.search_merchants()
    assert str(jwt_or_pat.value) == (
        "listWallets needs a credential and none is configured; it accepts any of: JWTAuth (x-juno-jwt), "
        "PATAuth (x-sumvin-pat), AgentTokenAuth (x-sumvin-token). Give one with auth= (jwt= or SUMVIN_JWT, "
        "pat= or SUMVIN_PAT too); nothing was sent"
    )
    assert str(ucp.value) == (
        "searchMerchants needs a credential and none is configured; it accepts any of: UcpTokenAuth "
        "(x-sumvin-ucp-token). Give one with auth=; nothing was sent"
    )


@pytest.mark.parametrize("strategy", [JWTAuth("jwt-1"), UcpTokenAuth("ucp-1")], ids=["jwt", "ucp"])
def test_a_request_marked_as_needing_a_credential_without_saying_which_takes_any(strategy: HeaderAuth) -> None:
    seen = Seen()
    with httpx.Client(transport=httpx.MockTransport(seen), auth=strategy) as http:
        http.get(f"{BASE}/v0/x", extensions={CREDENTIAL_REQUIRED: "custom"})
    assert len(seen) == 1 and seen[0].headers[strategy.header] == strategy.value()
    with (
        httpx.Client(transport=httpx.MockTransport(seen), auth=JWTAuth(lambda: None)) as http,
        pytest.raises(MissingCredentialError) as caught,
    ):
        http.get(f"{BASE}/v0/x", extensions={CREDENTIAL_REQUIRED: "custom"})
    assert caught.value.operation == "custom" and caught.value.accepted == tuple(CREDENTIALS) and len(seen) == 1


def test_a_plain_httpx_client_with_the_strategies_requires_nothing() -> None:
    seen = Seen()
    with httpx.Client(transport=httpx.MockTransport(seen), auth=JWTAuth(lambda: None)) as http:
        http.get(f"{BASE}/v0/wallets/")
    assert len(seen) == 1 and "x-juno-jwt" not in seen[0].headers
