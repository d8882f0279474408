"""Every operation can be called with its required arguments alone; an empty Idempotency-Key never makes a POST
repeatable."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from sumvin_sdk import AsyncSumvin, Sumvin
from sumvin_sdk._generated.models import TriggerAgentTaskRequest
from sumvin_sdk._generated.operations import OPERATIONS
from sumvin_sdk.auth import JWTAuth, UcpTokenAuth
from sumvin_sdk.errors import HeaderError, InternalServerError
from tests.test_client import Script, Waits
from tests.test_endpoints import OPERATIONS as SPEC_OPERATIONS
from tests.test_endpoints import Call, _first, _ids, module_for

BASE = "https://sumvin.test"


def required_only(method: str, path: str, op: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
    """The typed method of ``op`` and its required arguments (sample values), nothing optional."""
    module = module_for(method, path)
    call = Call(method, path, op, module.sync_detailed)
    arguments = call.arguments(module.sync_detailed)
    required = {re.sub(r"[^a-z0-9]", "", p["name"].lower()) for p in op.get("parameters", []) if p.get("required")}
    kept = {k: v for k, v in arguments.items() if re.sub(r"[^a-z0-9]", "", k.lower()).removeprefix("field") in required}
    if op.get("requestBody", {}).get("required"):
        kept["body"] = arguments["body"]
    operation = OPERATIONS[op["operationId"]]
    return operation, kept


@pytest.mark.parametrize(("method", "path", "op"), SPEC_OPERATIONS, ids=_ids())
def test_every_operation_takes_its_required_arguments_alone(method: str, path: str, op: dict[str, Any]) -> None:
    operation, arguments = required_only(method, path, op)
    success = _first(op, 200, 300)
    assert success is not None
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return success[1]

    auth = [JWTAuth("j"), UcpTokenAuth("u")]  # every secured operation takes one of them
    with Sumvin(base_url=BASE, auth=auth, transport=httpx.MockTransport(answer)) as client:
        getattr(getattr(client, operation.tag), operation.module)(**arguments)
    assert len(sent) == 1 and sent[0].method == method.upper()
    if "body" not in arguments and "requestBody" in op:
        assert sent[0].content == b"" and "content-type" not in sent[0].headers


def test_the_operations_the_issue_named_send_no_body() -> None:
    answers = [httpx.Response(201, json={}), httpx.Response(202, json={})]
    script = Script(*answers)
    with Sumvin(base_url=BASE, jwt="j", transport=script.transport, max_retries=0) as client:
        for call in (client.cli.create_device_code, lambda: client.agent_tasks.trigger_agent_task("strat_1")):
            try:
                call()
            except Exception as error:  # the sample answers may not parse; the request is what counts
                assert "Unset" not in str(error)
    assert [r.content for r in script.requests] == [b"", b""]


KEYLESS = [{"idempotency_key": ""}, {"idempotency_key": None}, {"idempotency_key": "   "}, {}]


@pytest.mark.parametrize("given", KEYLESS, ids=repr)
def test_an_empty_or_none_idempotency_key_is_replaced_by_a_fresh_one(given: dict[str, Any]) -> None:
    script = Script(httpx.Response(503), httpx.Response(503), httpx.Response(503))
    body = TriggerAgentTaskRequest()
    policy = Waits().policy()
    with (
        Sumvin(base_url=BASE, jwt="j", transport=script.transport, retry_policy=policy) as client,
        pytest.raises(InternalServerError),
    ):
        client.agent_tasks.trigger_agent_task("strat_1", body=body, **given)
    keys = [headers["idempotency-key"] for headers in script.headers]
    assert len(keys) == 3 and len(set(keys)) == 1 and len(keys[0]) == 36  # a uuid, the same on every retry


@pytest.mark.parametrize("key", ["", "  ", "\t"])
def test_an_empty_key_on_a_follow_does_not_make_a_post_repeatable(key: str) -> None:
    """An empty key goes out once, unretried; a blank one is no header value at all (``HeaderError``, unsent)."""
    script = Script(httpx.Response(503), httpx.Response(503))
    waits = Waits()
    link = {"href": "/v0/user/", "method": "POST"}  # createUserAccount: it takes no Idempotency-Key
    with (
        Sumvin(base_url=BASE, jwt="j", transport=script.transport, retry_policy=waits.policy()) as client,
        pytest.raises(InternalServerError if not key else HeaderError),
    ):
        client.follow(link, headers={"Idempotency-Key": key})
    assert len(script.requests) == (0 if key else 1) and waits.seconds == []


@pytest.mark.anyio
@pytest.mark.parametrize("given", KEYLESS, ids=repr)
async def test_async_calls_get_a_fresh_key_too(given: dict[str, Any]) -> None:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["idempotency-key"])
        return httpx.Response(503)

    async with AsyncSumvin(base_url=BASE, jwt="j", transport=httpx.MockTransport(answer), max_retries=0) as client:
        with pytest.raises(InternalServerError):
            await client.agent_tasks.trigger_agent_task("strat_1", body=TriggerAgentTaskRequest(), **given)
    assert len(seen) == 1 and len(seen[0]) == 36
