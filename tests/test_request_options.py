"""Per-request options on every operation method: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``
and ``max_retries`` (openai-python's names), sync, async and raw, never clashing with an operation's parameters."""

from __future__ import annotations

import inspect
import json
from typing import Any

import httpx
import pytest

from sumvin_sdk import AsyncSumvin, Sumvin
from sumvin_sdk._generated import api
from sumvin_sdk._generated.operations import OPERATIONS
from sumvin_sdk._generated.types import REQUEST_OPTIONS
from sumvin_sdk.errors import InternalServerError, UsageError
from sumvin_sdk.models import WalletUpdateRequest
from tests.test_client import BASE, USER, Script, Waits
from tests.test_endpoints import SAMPLER, SPEC

WALLET = SAMPLER.value(SPEC["components"]["schemas"]["WalletResponse"])


def methods() -> list[tuple[str, Any, Any]]:
    """(operationId, sync method, async method) of every operation."""
    import importlib

    found = []
    for op in OPERATIONS.values():
        package = importlib.import_module(f"{api.__name__}.{op.tag}")
        name = "".join(part.title() for part in op.tag.split("_"))
        found.append(
            (
                op.operation_id,
                getattr(getattr(package, f"{name}Resource"), op.module),
                getattr(getattr(package, f"Async{name}Resource"), op.module),
            )
        )
    return found


def test_every_operation_takes_the_options_and_none_of_its_parameters_clashes_with_them() -> None:
    found = methods()
    assert len(found) == 184
    own_names = set()
    for operation_id, sync, async_ in found:
        for method in (sync, async_):
            parameters = inspect.signature(method).parameters
            for option in REQUEST_OPTIONS:
                assert parameters[option].kind is inspect.Parameter.KEYWORD_ONLY, (operation_id, option)
        own_names |= set(inspect.signature(sync).parameters) - set(REQUEST_OPTIONS)
    for item in SPEC["paths"].values():  # the contract's own names, before any renaming
        for op in item.values():
            for parameter in op.get("parameters", []):
                assert parameter["name"].lower().replace("-", "_") not in REQUEST_OPTIONS, op["operationId"]
    assert not own_names & set(REQUEST_OPTIONS)


def test_extra_headers_query_and_body_join_the_request() -> None:
    script = Script(httpx.Response(200, json=WALLET))
    with Sumvin(jwt="j" * 20, base_url=BASE, transport=script.transport) as client:
        client.wallets.update_wallet(
            "wal_1",
            body=WalletUpdateRequest(nickname="n"),
            extra_headers={"X-Trace": "abc"},
            extra_query={"debug": "1"},
            extra_body={"experimental": True},
        )
    sent = script.requests[0]
    assert sent.headers["x-trace"] == "abc" and sent.url.params["debug"] == "1"
    assert json.loads(sent.content) == {"nickname": "n", "experimental": True}
    assert sent.headers["x-juno-jwt"] == "j" * 20  # the client's own credentials still apply


def test_extra_body_is_the_body_of_a_call_without_one_and_refused_where_the_body_is_not_json() -> None:
    script = Script(httpx.Response(200, json=USER))
    with Sumvin(jwt="j" * 20, base_url=BASE, transport=script.transport) as client:
        client.user.get_user_account(extra_body={"a": 1})
        assert json.loads(script.requests[0].content) == {"a": 1}
        with pytest.raises(UsageError, match="extra_body"):
            client.user.get_user_account(extra_body=[1, 2])  # type: ignore[arg-type]
    assert len(script.requests) == 1  # nothing sent for the refused call


def test_timeout_replaces_the_clients_for_one_call() -> None:
    script = Script(httpx.Response(200, json=USER), httpx.Response(200, json=USER), httpx.Response(200, json=USER))
    with Sumvin(jwt="j" * 20, base_url=BASE, transport=script.transport, timeout=30) as client:
        client.user.get_user_account(timeout=1.5)
        client.user.get_user_account(timeout=httpx.Timeout(2.0, connect=1.0))
        client.user.get_user_account()
    timeouts = [r.extensions["timeout"] for r in script.requests]
    assert timeouts[0]["read"] == 1.5 and timeouts[1] == {"connect": 1.0, "read": 2.0, "write": 2.0, "pool": 2.0}
    assert timeouts[2]["read"] == 30


def test_max_retries_replaces_the_clients_for_one_call() -> None:
    waits = Waits()
    failing = [httpx.Response(503, json={"status": 503}) for _ in range(10)]
    script = Script(*failing)
    with Sumvin(jwt="j" * 20, base_url=BASE, transport=script.transport, retry_policy=waits.policy()) as client:
        with pytest.raises(InternalServerError):
            client.user.get_user_account(max_retries=0)
        assert len(script.requests) == 1
        with pytest.raises(InternalServerError):
            client.user.get_user_account(max_retries=4)
        assert len(script.requests) == 1 + 5
        assert client.max_retries == 2  # the client's own setting is untouched


@pytest.mark.anyio
async def test_async_and_raw_methods_take_the_options_too() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        assert request.headers["x-trace"] == "t" and request.url.params["q"] == "v"
        return httpx.Response(200, json=USER)

    async with AsyncSumvin(jwt="j" * 20, base_url=BASE, transport=httpx.MockTransport(answer)) as client:
        options: dict[str, Any] = {"extra_headers": {"X-Trace": "t"}, "extra_query": {"q": "v"}}
        await client.user.get_user_account(**options)
        raw = await client.with_raw_response.user.get_user_account(**options)
        assert raw.status_code == 200
    with Sumvin(jwt="j" * 20, base_url=BASE, transport=httpx.MockTransport(answer)) as sync:
        assert sync.with_raw_response.user.get_user_account(**options).status_code == 200
