"""Secrets stay secret: unsendable credentials are refused unshown, errors pickle and copy without them."""

from __future__ import annotations

import contextlib
import copy
import importlib
import inspect
import pickle
import pkgutil
from typing import Any

import httpx
import pytest

import sumvin_sdk
from sumvin_sdk import AsyncSumvin, Sumvin
from sumvin_sdk.auth import AgentTokenAuth, HeaderAuth, JWTAuth, OrgId, PATAuth, PintTokenAuth, UcpTokenAuth
from sumvin_sdk.errors import (
    REVEALED_HEADERS,
    APIConnectionError,
    CredentialError,
    ProblemDetails,
    RedirectError,
    SumvinError,
    error_from_response,
)
from tests.hostile import BAD_CREDENTIALS

BASE = "https://api.sumvin.test"
STRATEGIES: list[type[HeaderAuth]] = [JWTAuth, PATAuth, AgentTokenAuth, PintTokenAuth, UcpTokenAuth, OrgId]
SECRET = "jwt-secret-value-0123456789"


def never_sent(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"nothing may be sent, but {request.method} {request.url.path} was")


def shown(error: BaseException) -> str:
    return f"{error}\n{error!r}\n{error.args!r}"


@pytest.mark.parametrize("cls", STRATEGIES)
@pytest.mark.parametrize("value", BAD_CREDENTIALS)
def test_an_unsendable_credential_is_refused_when_given_without_showing_it(cls: type[HeaderAuth], value: str) -> None:
    with pytest.raises(CredentialError) as caught:
        cls(value)
    assert caught.value.header == cls.header and cls.header in str(caught.value)
    assert value not in shown(caught.value) and value.strip() not in shown(caught.value)


@pytest.mark.parametrize("cls", STRATEGIES)
@pytest.mark.parametrize("value", BAD_CREDENTIALS)
def test_an_unsendable_credential_from_a_getter_is_refused_before_sending(cls: type[HeaderAuth], value: str) -> None:
    options: dict[str, Any] = {"user_agent": "sumvin-cli/test"} if cls is PATAuth else {}
    with (
        Sumvin(base_url=BASE, auth=cls(lambda: value), transport=httpx.MockTransport(never_sent), **options) as client,
        pytest.raises(CredentialError) as caught,
    ):
        # an operation that takes the credential: others never call its getter
        client.merchants.get_merchant("m_1") if cls is UcpTokenAuth else client.cards.list_cards()
    assert value.strip() not in shown(caught.value)


@pytest.mark.anyio
@pytest.mark.parametrize("value", BAD_CREDENTIALS)
async def test_an_async_getter_is_checked_too(value: str) -> None:
    async def jwt() -> str:
        return value

    transport = httpx.MockTransport(never_sent)
    async with AsyncSumvin(base_url=BASE, auth=JWTAuth(jwt), transport=transport) as client:
        with pytest.raises(CredentialError) as caught:
            await client.user.get_user_account()
    assert value.strip() not in shown(caught.value)


def test_every_credential_the_strategies_accept_is_one_h11_sends() -> None:
    """The check agrees with the HTTP layer: what it lets through, h11 serialises unchanged."""
    import h11

    for value in ["a", "a b", "a\tb", "eyJ.x-y_z~", "!#$%&'*+-.^_`|~0123456789"]:
        JWTAuth(value)
        h11.Request(method="GET", target="/", headers=[(b"host", b"x"), (b"x-juno-jwt", value.encode())])
    for value in BAD_CREDENTIALS:
        try:
            h11.Request(method="GET", target="/", headers=[(b"host", b"x"), (b"x-juno-jwt", value.encode("latin-1"))])
        except (h11.LocalProtocolError, UnicodeEncodeError):
            continue
        # h11 takes DEL and obs-text; the check is stricter: no control characters, and ASCII (as httpx sends)
        assert not value.isascii() or not value.isprintable(), f"h11 takes {value!r}"


TRANSPORT_FAILURES = [httpx.ConnectError, httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError,
                      httpx.LocalProtocolError, httpx.ProxyError, httpx.UnsupportedProtocol]  # fmt: skip


@pytest.mark.parametrize("failure", TRANSPORT_FAILURES)
def test_no_transport_error_carries_a_configured_secret(failure: type[httpx.TransportError]) -> None:
    def leaky(request: httpx.Request) -> httpx.Response:
        raise failure(f"bad header {request.headers['x-juno-jwt']!r} / {request.headers['x-sumvin-pint-token']}")

    auth = [JWTAuth(SECRET), PintTokenAuth("pint-secret-value-42")]
    with (
        Sumvin(base_url=BASE, auth=auth, transport=httpx.MockTransport(leaky), max_retries=0) as client,
        pytest.raises(APIConnectionError) as caught,
    ):
        client.cards.list_cards()
    error = caught.value
    for secret in (SECRET, "pint-secret-value-42"):
        assert secret not in shown(error) and secret not in pickle.dumps(error).decode("latin-1")
        assert error.__cause__ is None or secret not in shown(error.__cause__)
    assert failure.__name__ in str(error)


def test_a_transport_error_without_secrets_stays_chained() -> None:
    def refused(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused")

    with (
        Sumvin(base_url=BASE, jwt=SECRET, transport=httpx.MockTransport(refused), max_retries=0) as client,
        pytest.raises(APIConnectionError) as caught,
    ):
        client.user.get_user_account()
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


# -- errors pickle and copy, without credentials ----------------------------------------------------------------


def all_error_classes() -> list[type[SumvinError]]:
    """Every error class the package defines (all its modules imported, so the set does not depend on order)."""
    for info in pkgutil.walk_packages(sumvin_sdk.__path__, "sumvin_sdk."):
        if "._generated" not in info.name and not info.name.endswith("__main__"):
            with contextlib.suppress(ImportError):  # an optional extra that is not installed
                importlib.import_module(info.name)
    found: list[type[SumvinError]] = []
    pending: list[type[SumvinError]] = [SumvinError]
    while pending:
        cls = pending.pop()
        found.append(cls)
        pending += cls.__subclasses__()
    found = [c for c in set(found) if c.__module__.startswith("sumvin_sdk")]
    return sorted(found, key=lambda c: f"{c.__module__}.{c.__qualname__}")


def sample_response(status: int = 404) -> httpx.Response:
    request = httpx.Request(
        "GET",
        f"{BASE}/v0/wallets/1",
        headers={"x-juno-jwt": SECRET, "x-sumvin-pat": "pat-secret-value-1", "x-juno-orgid": "org_1"},
    )
    body = {"type": "t", "title": "Oops", "status": status, "error_code": "USR-404-001"}
    headers = {"location": "https://elsewhere.test/x"} if 300 <= status < 400 else {}
    return httpx.Response(status, json=body, headers=headers, request=request)


def instance(cls: type[SumvinError]) -> SumvinError:
    """One instance of ``cls``, built from its constructor's signature."""
    response = sample_response(302 if issubclass(cls, RedirectError) else 404)
    samples: dict[str, Any] = {
        "message": "it went wrong",
        "request": response.request,
        "response": response,
        "body": response.json(),
        "problem": ProblemDetails.from_json(response.json()),
        "header": "x-juno-jwt",
        "parameter": "wallet_id",
        "href": "https://elsewhere.test/",
        "rel": "next",
        "available": ["self"],
        "limit": 10,
        "content_encoding": "br",
        "method": "GET",
        "path": "/v0/nowhere",
        "field_errors": (),
        "scope": "sr:us:pint:spend:visa_checkout?max=1&currency=USD",
        "field": "message.nonce",
        "value": 1.5,
        "status": "mystery",
        "last": None,
        "operation": "listWallets",
        "accepted": ("x-juno-jwt", "x-sumvin-pat"),
    }
    parameters = inspect.signature(cls.__init__).parameters
    arguments = {name: samples[name] for name in parameters if name in samples}
    if not arguments and all(p.kind is p.VAR_POSITIONAL or p.name == "self" for p in parameters.values()):
        return cls("it went wrong")
    message = arguments.pop("message", "it went wrong")
    return cls(message, **arguments)


ERROR_CLASSES = all_error_classes()


def test_the_error_classes_are_all_found() -> None:
    names = {cls.__name__ for cls in ERROR_CLASSES}
    assert {"RedirectError", "UnprocessableEntityError", "CredentialError", "DeviceLoginError"} <= names
    assert len(ERROR_CLASSES) >= 30


@pytest.mark.parametrize("cls", ERROR_CLASSES, ids=lambda c: c.__name__)
@pytest.mark.parametrize("how", ["pickle", "copy", "deepcopy"])
def test_every_error_round_trips(cls: type[SumvinError], how: str) -> None:
    error = instance(cls)
    clone = {
        "pickle": lambda e: pickle.loads(pickle.dumps(e)),
        "copy": copy.copy,
        "deepcopy": copy.deepcopy,
    }[how](error)
    assert type(clone) is cls and str(clone) == str(error) and clone.args == error.args
    assert {k for k in vars(clone)} == {k for k in vars(error)}
    kept = ["status_code", "header", "parameter", "href", "rel", "limit", "error_code", "location"]
    for name in [*kept, "content_encoding", "method", "path"]:
        assert getattr(clone, name, None) == getattr(error, name, None)


@pytest.mark.parametrize("cls", ERROR_CLASSES, ids=lambda c: c.__name__)
def test_no_error_keeps_a_credential(cls: type[SumvinError]) -> None:
    error = instance(cls)
    pickled = pickle.dumps(error)
    assert SECRET.encode() not in pickled and b"pat-secret-value-1" not in pickled
    request = getattr(error, "request", None)
    if request is not None:
        assert request.headers["x-juno-jwt"] == "[redacted]" and request.headers["x-juno-orgid"] == "org_1"
        assert all(v == "[redacted]" for k, v in request.headers.items() if k not in REVEALED_HEADERS)
    response = getattr(error, "response", None)
    if response is not None:
        assert response.request is request and response.next_request is None


def test_a_redirect_error_holds_no_ready_request_to_the_other_origin() -> None:
    script: list[httpx.Request] = []

    def redirect(request: httpx.Request) -> httpx.Response:
        script.append(request)
        return httpx.Response(302, headers={"location": "https://elsewhere.test/steal"})

    with (
        Sumvin(base_url=BASE, jwt=SECRET, transport=httpx.MockTransport(redirect)) as client,
        pytest.raises(RedirectError) as caught,
    ):
        client.user.get_user_account()
    error = caught.value
    assert error.location == "https://elsewhere.test/steal" and error.response.headers["location"] == error.location
    assert error.response.next_request is None and error.request.headers["x-juno-jwt"] == "[redacted]"
    assert len(script) == 1 and SECRET.encode() not in pickle.dumps(error)


def test_error_from_response_redacts_a_response_built_by_hand() -> None:
    error = error_from_response(sample_response(500))
    assert error.request.headers["x-sumvin-pat"] == "[redacted]"
