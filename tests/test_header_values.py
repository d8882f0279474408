"""Header names and values that no HTTP layer would send are refused before sending, with ``HeaderError``.

Every way a header enters a request is tried: each header parameter of the contract, ``extra_headers``, a
client's ``default_headers`` (at construction and in ``with_options``) and a follow's ``headers``, sync and
async. Before, a non-ASCII value raised a bare ``UnicodeEncodeError`` from httpx and a line break went out.
The message names the header and never shows the value, which may be a secret.
"""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from sumvin_sdk import AsyncSumvin, Sumvin
from sumvin_sdk._generated.operations import OPERATIONS
from sumvin_sdk.auth import JWTAuth, UcpTokenAuth
from sumvin_sdk.errors import HeaderError, SumvinError, UsageError
from tests.test_endpoints import OPERATIONS as SPEC_OPERATIONS
from tests.test_endpoints import SAMPLER, SPEC, Call, _key, module_for

BASE = "https://sumvin.test"
MARK = "Zq7secret"  # in every bad value, so a message that shows the value is caught
BAD_VALUES = [
    f"{MARK}é",
    f"{MARK}\u2028",
    f"{MARK}\nX-Injected: 1",
    f"{MARK}\r\nX-Injected: 1",
    f"{MARK}\r",
    f"{MARK}\x00",
    f"{MARK}\x7f",
    f"{MARK}\x1b[31m",
    f" {MARK}",
    f"{MARK}\t",
]
LONG = f"{MARK}" + "ü" * 5000  # past any parameter's maxLength, so tried only where no limit applies
BAD_NAMES = ["", "X Bad", "X:Bad", "X-Bad\r\nX-Injected", "Ä-Header", "X-(comment)", "X-Bad\x00"]
GOOD = {"X-Plain": "v", "X-Words": "two words", "X-Tab": "a\tb", "X-Empty": "", "X-Marks": "!#$%&'*+-.^_`|~"}
ANSWER = SAMPLER.value(SPEC["components"]["schemas"]["GetUserResponse"])  # getUserAccount parses it


def header_parameters() -> list[tuple[str, str, str, dict[str, Any], str]]:
    """Each string header parameter of the contract: operationId, method, path, op, wire name."""
    found = []
    for method, path, op in SPEC_OPERATIONS:
        for param in op.get("parameters", []):
            schema = param.get("schema", {})
            kinds = [o.get("type") for o in schema.get("anyOf", [schema])]
            if param["in"] == "header" and "string" in kinds:
                found.append((op["operationId"], method, path, op, param["name"]))
    return found


HEADER_PARAMETERS = header_parameters()


class Recorder:
    """A transport that keeps what it is sent and answers 200 ``ANSWER``."""

    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return httpx.Response(200, json=ANSWER)


def _refused(caught: pytest.ExceptionInfo[HeaderError], header: str, value: str | None) -> None:
    error = caught.value
    assert isinstance(error, UsageError) and isinstance(error, SumvinError)
    assert error.header.lower() == header.lower() and "nothing was sent" in str(error)
    if value is not None:
        assert MARK not in str(error) and MARK not in repr(error.args)


def test_the_contract_has_header_parameters_to_try() -> None:
    assert len(HEADER_PARAMETERS) >= 20 and len({o for o, *_ in HEADER_PARAMETERS}) >= 15


@pytest.mark.parametrize("value", BAD_VALUES, ids=lambda v: repr(v)[:24])
@pytest.mark.parametrize(
    ("operation_id", "method", "path", "op", "header"),
    HEADER_PARAMETERS,
    ids=[f"{o}-{h}" for o, *_, h in HEADER_PARAMETERS],
)
def test_a_header_parameter_that_cannot_be_sent_is_refused_unsent(
    operation_id: str, method: str, path: str, op: dict[str, Any], header: str, value: str
) -> None:
    module = module_for(method, path)
    arguments = Call(method, path, op, module.sync_detailed).arguments(module.sync_detailed)
    name = next(k for k in arguments if _key(k).removeprefix("field") == _key(header))
    operation = OPERATIONS[operation_id]
    recorder = Recorder()
    with Sumvin(
        base_url=BASE, auth=[JWTAuth("j"), UcpTokenAuth("u")], transport=httpx.MockTransport(recorder)
    ) as client:
        method_ = getattr(getattr(client, operation.tag), operation.module)
        with pytest.raises(HeaderError) as caught:
            method_(**{**arguments, name: value})
    _refused(caught, header, value)
    assert recorder.sent == []


def _calls(client: Sumvin, headers: dict[str, Any]) -> dict[str, Any]:
    return {
        "extra_headers": lambda: client.user.get_user_account(extra_headers=headers),
        "follow": lambda: client.follow({"href": "/v0/user/me"}, headers=headers, model=dict),
        "with_options": lambda: client.with_options(default_headers=headers),
        "constructor": lambda: Sumvin(base_url=BASE, jwt="j", default_headers=headers),
    }


WAYS = ["extra_headers", "follow", "with_options", "constructor"]


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("value", [*BAD_VALUES, LONG, 5, None, b"bytes"], ids=lambda v: repr(v)[:24])
def test_a_header_value_that_cannot_be_sent_is_refused_whichever_way_it_comes(way: str, value: Any) -> None:
    recorder = Recorder()
    client = Sumvin(base_url=BASE, jwt="j", transport=httpx.MockTransport(recorder), max_retries=0)
    with client, pytest.raises(HeaderError) as caught:
        _calls(client, {"X-Given": value})[way]()
    _refused(caught, "X-Given", value if isinstance(value, str) else None)
    assert recorder.sent == []


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("name", BAD_NAMES, ids=repr)
def test_a_header_name_that_is_no_token_is_refused_whichever_way_it_comes(way: str, name: str) -> None:
    recorder = Recorder()
    client = Sumvin(base_url=BASE, jwt="j", transport=httpx.MockTransport(recorder), max_retries=0)
    with client, pytest.raises(HeaderError, match="is not an HTTP token"):
        _calls(client, {name: "v"})[way]()
    assert recorder.sent == []


@pytest.mark.parametrize("way", ["extra_headers", "follow", "with_options"])
def test_headers_that_can_be_sent_go_out_as_given(way: str) -> None:
    recorder = Recorder()
    with Sumvin(base_url=BASE, jwt="j", transport=httpx.MockTransport(recorder), max_retries=0) as client:
        made = _calls(client, GOOD)[way]()
        if way == "with_options":
            made.follow({"href": "/v0/user/me"}, model=dict)
    assert len(recorder.sent) == 1
    assert {k: recorder.sent[0].headers[k] for k in GOOD} == GOOD


@pytest.mark.anyio
@pytest.mark.parametrize("value", BAD_VALUES[:4], ids=lambda v: repr(v)[:24])
async def test_async_calls_refuse_them_too(value: str) -> None:
    recorder = Recorder()
    async with AsyncSumvin(base_url=BASE, jwt="j", transport=httpx.MockTransport(recorder), max_retries=0) as client:
        with pytest.raises(HeaderError) as extra:
            await client.user.get_user_account(extra_headers={"X-Given": value})
        with pytest.raises(HeaderError) as follow:
            await client.follow({"href": "/v0/user/me"}, headers={"X-Given": value}, model=dict)
    _refused(extra, "X-Given", value)
    _refused(follow, "X-Given", value)
    assert recorder.sent == []


def test_an_empty_or_blank_idempotency_key_is_still_replaced_not_refused() -> None:
    recorder = Recorder()
    with Sumvin(base_url=BASE, jwt="j", transport=httpx.MockTransport(recorder), max_retries=0) as client:
        for key in ("", "   ", "\t"):
            client.follow(
                {"href": "/v0/user/ipa", "method": "POST"}, headers={"Idempotency-Key": key}, json={}, model=dict
            )
    keys = [r.headers["idempotency-key"] for r in recorder.sent]
    assert len(keys) == 3 and all(re.fullmatch(r"[0-9a-f-]{36}", k) for k in keys)
