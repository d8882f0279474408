"""No log line of any logger (httpx's INFO request line and httpcore's DEBUG lines included) carries a path
parameter, a query value or a credential of a request the SDK sends."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

import httpx
import pytest

from sumvin_sdk import AsyncSumvin, Sumvin
from sumvin_sdk._generated.models import DeviceCodeApprovalRequest
from sumvin_sdk._generated.operations import OPERATIONS, Operation
from sumvin_sdk._logs import LOGGERS
from sumvin_sdk.auth import JWTAuth, UcpTokenAuth
from sumvin_sdk.errors import SumvinError
from sumvin_sdk.hal import Link
from tests.test_faults import RawServer, reply
from tests.test_routing import PARAMETER, WITH_PARAMETERS, call_with

JWT = "eyJhbGciOiJIUzI1NiJ9.log-hygiene-jwt.c2lnbmF0dXJl"


class Everything(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.name}: {record.getMessage()}")


@pytest.fixture
def logs() -> Iterator[Everything]:
    """Every record of every logger, at DEBUG."""
    handler = Everything()
    root = logging.getLogger()
    levels = {name: logging.getLogger(name).level for name in (*LOGGERS, "")}
    for name in levels:
        logging.getLogger(name).setLevel(logging.DEBUG)
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


def secret_for(operation: Operation, parameter: str) -> str:
    return f"dc{abs(hash((operation.operation_id, parameter))) % 10**12:012d}SECRET"


def answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(599)


def client() -> Sumvin:
    auth = [JWTAuth(JWT), UcpTokenAuth("ucp-" + JWT)]
    return Sumvin(base_url="https://sumvin.test", auth=auth, transport=httpx.MockTransport(answer), max_retries=0)


def test_httpx_logs_the_sdk_requests_by_template(logs: Everything) -> None:
    body = DeviceCodeApprovalRequest(user_code="ABCD-EFGH")
    with client() as c, pytest.raises(SumvinError):
        c.cli.approve_device_code("dc_SECRETCODE_1", body=body)
    lines = [m for m in logs.messages if m.startswith("httpx:")]
    assert lines == [
        'httpx: HTTP Request: POST https://sumvin.test/v0/cli/device-codes/{device_code}/approval "HTTP/1.1 599 "'
    ]


@pytest.mark.parametrize("operation", WITH_PARAMETERS, ids=lambda o: o.operation_id)
def test_no_log_line_holds_a_path_parameter_or_credential(operation: Operation, logs: Everything) -> None:
    secrets = [secret_for(operation, p) for p in PARAMETER.findall(operation.path)]
    transport = httpx.MockTransport(answer)
    auth = [JWTAuth(JWT), UcpTokenAuth("ucp-" + JWT)]
    with Sumvin(base_url="https://sumvin.test/api", auth=auth, transport=transport, max_retries=1) as client:
        for parameter, secret in zip(PARAMETER.findall(operation.path), secrets, strict=True):
            call_with(client, operation, parameter, secret)
            variables = dict.fromkeys(PARAMETER.findall(operation.path), secret)
            with pytest.raises(SumvinError):
                client.follow(
                    Link(rel="x", href=operation.path, method=operation.method, templated=True), variables=variables
                )
    assert any(operation.path in m for m in logs.messages)
    for message in logs.messages:
        assert JWT not in message and not any(secret in message for secret in secrets), message


QUERIES = ["token=tok_SECRET_1", "code=dc_SECRET_2&x=1", "session=sess_SECRET_3"]


@pytest.mark.parametrize("query", QUERIES)
def test_a_followed_link_is_logged_without_its_query(query: str, logs: Everything) -> None:
    with client() as c, pytest.raises(SumvinError):
        c.follow({"href": f"/v0/wallets/w1/assets?{query}"})
    secret = re.search(r"\w+_SECRET_\d", query)
    assert secret and all(secret.group(0) not in m for m in logs.messages)
    assert any("/v0/wallets/{wallet_id}/assets" in m for m in logs.messages)


def test_httpcore_debug_lines_on_a_real_socket_hold_no_secret(logs: Everything) -> None:
    server = RawServer([reply("200 OK", b"{}")])
    try:
        with Sumvin(base_url=server.base_url, jwt=JWT, max_retries=0) as client, pytest.raises(SumvinError):
            client.cli.poll_device_code("dc_SOCKET_SECRET_9")
    finally:
        server.close()
    assert any(m.startswith("httpcore.") for m in logs.messages), "httpcore logged at DEBUG"
    assert any("{device_code}" in m for m in logs.messages)
    for message in logs.messages:
        assert "dc_SOCKET_SECRET_9" not in message and JWT not in message, message


@pytest.mark.anyio
async def test_async_requests_are_scrubbed_too(logs: Everything) -> None:
    transport = httpx.MockTransport(answer)
    async with AsyncSumvin(base_url="https://sumvin.test", jwt=JWT, transport=transport, max_retries=0) as client:
        with pytest.raises(SumvinError):
            await client.cli.poll_device_code("dc_ASYNC_SECRET_7")
    assert any("{device_code}" in m for m in logs.messages)
    assert all("dc_ASYNC_SECRET_7" not in m for m in logs.messages)


def test_records_about_other_requests_pass_unchanged(logs: Everything) -> None:
    with httpx.Client(transport=httpx.MockTransport(answer)) as plain:
        plain.get("https://elsewhere.test/v0/wallets/mine-to-log")
    assert any("/v0/wallets/mine-to-log" in m for m in logs.messages)


def test_every_operation_is_known_to_the_table() -> None:
    assert len(OPERATIONS) == 184
