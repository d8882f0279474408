"""What a follow sends and reads (the client's timeout, no literal brace, an empty answer as ``None``), and
the route table that types it.

Each test pins a behaviour a mutation of ``Pipeline.follow`` or ``Pipeline.parse_json`` showed no other test held.
"""

from __future__ import annotations

import importlib
import re

import httpx
import pytest

from sumvin_sdk import AsyncSumvin, Sumvin, _pipeline
from sumvin_sdk._depth import MAX_DEPTH
from sumvin_sdk._generated import api
from sumvin_sdk._generated.operations import OPERATIONS
from sumvin_sdk._generated.types import operation_module
from sumvin_sdk.errors import HALTemplateError, ResponseValidationError

BASE = "https://api.sumvin.test"


def answering(*responses: httpx.Response) -> tuple[list[httpx.Request], httpx.MockTransport]:
    sent: list[httpx.Request] = []
    answers = list(responses)

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answers.pop(0)

    return sent, httpx.MockTransport(answer)


def test_a_follow_is_sent_with_the_clients_timeout() -> None:
    sent, transport = answering(httpx.Response(200, json={}), httpx.Response(200, json={}))
    with Sumvin(base_url=BASE, jwt="jwt-1", transport=transport, max_retries=0, timeout=7.5) as client:
        client.follow({"href": "/v0/wallets"}, model=dict)
        client.follow({"href": "/v0/user/me"}, model=dict)
    assert [r.extensions["timeout"]["read"] for r in sent] == [7.5, 7.5]


@pytest.mark.anyio
async def test_an_async_follow_is_sent_with_the_clients_timeout() -> None:
    sent, transport = answering(httpx.Response(200, json={}))
    async with AsyncSumvin(base_url=BASE, jwt="jwt-1", transport=transport, max_retries=0, timeout=3) as client:
        await client.follow({"href": "/v0/wallets"}, model=dict)
    assert sent[0].extensions["timeout"] == {"connect": 3, "read": 3, "write": 3, "pool": 3}


@pytest.mark.parametrize("href", ["/v0/wallets/{wallet_id", "/v0/wallets/wallet_id}", "/v0/{x}"])
def test_an_untemplated_link_with_any_brace_is_refused_unsent(href: str) -> None:
    sent, transport = answering()
    client = Sumvin(base_url=BASE, jwt="jwt-1", transport=transport, max_retries=0)
    with client, pytest.raises(HALTemplateError, match="not templated but holds a brace"):
        client.follow({"href": href})
    assert sent == []


@pytest.mark.parametrize(("status", "content", "parsed"), [(204, b"", None), (200, b"", None), (200, b"[1]", [1])])
def test_a_follow_answered_with_an_empty_body_gives_none(status: int, content: bytes, parsed: object) -> None:
    sent, transport = answering(httpx.Response(status, content=content))
    with Sumvin(base_url=BASE, jwt="jwt-1", transport=transport, max_retries=0) as client:
        assert client.follow({"href": "/v0/budgets/bud_1", "method": "DELETE"}, model=dict) == parsed
    assert len(sent) == 1


def test_the_route_table_built_afresh_leads_every_operation_path_back_to_its_operation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The tables are built once per process; built here from nothing, so building them is what is tested.
    monkeypatch.setattr(_pipeline, "_ROUTES", [])
    monkeypatch.setattr(_pipeline, "_BY_MODULE", {})
    for operation in OPERATIONS.values():
        path = re.sub(r"\{[^/]+\}", "id-42", operation.path)
        assert _pipeline.operation_for(operation.method.lower(), path) == operation
        assert _pipeline.operation_for(operation.method, path.rstrip("/") + "/") == operation
        assert _pipeline.operation_for("TRACE", path) is None
        endpoint = importlib.import_module(f"{api.__name__}.{operation.tag}.{operation.module}")
        assert _pipeline.operation_of(endpoint) == operation
    assert _pipeline.operation_for("GET", "/v0/not-in-the-contract") is None


def test_a_resource_method_sends_through_its_own_operation_module() -> None:
    """``operation_module`` gives each resource method the module of its operation, imported once."""
    for operation in OPERATIONS.values():
        package = f"{api.__name__}.{operation.tag}"
        module = operation_module(package, operation.module)
        assert module is importlib.import_module(f"{package}.{operation.module}")
        assert operation_module(package, operation.module) is module
        assert _pipeline.operation_of(module) == operation


class Refusing:
    """A caller's model whose ``from_dict`` refuses every body without saying why."""

    @classmethod
    def from_dict(cls, data: object) -> Refusing:
        raise ValueError


def test_a_model_refusing_a_body_without_a_reason_is_a_typed_error_that_says_so() -> None:
    _, transport = answering(httpx.Response(200, json={"items": []}))
    with (
        Sumvin(base_url=BASE, jwt="jwt-1", transport=transport, max_retries=0) as client,
        pytest.raises(ResponseValidationError) as caught,
    ):
        client.follow({"href": "/v0/wallets"}, model=Refusing)
    reason = "the 200 body does not parse (a value of the wrong type)"
    assert str(caught.value) == f"GET /v0/wallets/ (listWallets): {reason}"


def test_a_body_nesting_past_the_limit_is_refused_naming_the_request_and_the_limit() -> None:
    deep = b"[" * (MAX_DEPTH + 1) + b"]" * (MAX_DEPTH + 1)
    _, transport = answering(httpx.Response(200, content=deep))
    with (
        Sumvin(base_url=BASE, jwt="jwt-1", transport=transport, max_retries=0) as client,
        pytest.raises(ResponseValidationError) as caught,
    ):
        client.follow({"href": "/v0/wallets"}, model=dict)
    assert str(caught.value) == f"GET /v0/wallets/ (listWallets): the 200 body nests deeper than {MAX_DEPTH} levels"
    assert caught.value.response.content == deep
