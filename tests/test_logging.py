"""Log lines never carry a path parameter's value: the SDK's own lines and httpx's name the path template."""

from __future__ import annotations

import logging

import httpx
import pytest

from sumvin_sdk import Sumvin
from sumvin_sdk._logging import templated
from sumvin_sdk.errors import NotFoundError

CODE = "dc-secret-7f3a9"


@pytest.mark.parametrize(
    ("method", "url", "shown"),
    [
        ("GET", f"https://api.sumvin.test/v0/cli/device-codes/{CODE}", "/v0/cli/device-codes/{device_code}"),
        ("POST", f"https://h.test/api/v0/cli/device-codes/{CODE}/approval?x=1", "/api/v0/cli/device-codes/{device_code}/approval"),  # noqa: E501
        ("GET", "https://h.test/v0/wallets/wal_9", "/v0/wallets/{wallet_id}"),
        ("GET", "https://h.test/nowhere/at/all", "/nowhere/at/all"),
    ],
)  # fmt: skip
def test_a_request_url_is_logged_as_its_path_template(method: str, url: str, shown: str) -> None:
    assert templated(method, httpx.URL(url)) == "https://" + httpx.URL(url).host + shown


def test_httpx_request_lines_never_carry_a_device_code(caplog: pytest.LogCaptureFixture) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(404, json={}))
    client = Sumvin(jwt="j", transport=transport, max_retries=0)
    with caplog.at_level(logging.INFO, logger="httpx"), pytest.raises(NotFoundError):
        client.cli.poll_device_code(CODE)
    lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert lines and all(CODE not in line for line in lines), lines
    assert any("/v0/cli/device-codes/{device_code}" in line for line in lines), lines
