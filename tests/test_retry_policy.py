"""The retry policy's edges, each pinned by a survivor of the mutation run (docs/reliability.md)."""

from __future__ import annotations

import email.utils

import httpx
import pytest

from sumvin_sdk import RetryPolicy

NOW = 1_800_000_000.0
GET = httpx.Request("GET", "https://api.sumvin.test/v0/user/me")


def policy(**changes: object) -> RetryPolicy:
    return RetryPolicy(clock=lambda: NOW, random=lambda: 0.0, **changes)  # type: ignore[arg-type]


def test_a_retry_after_date_in_the_past_means_no_wait() -> None:
    past = email.utils.formatdate(NOW - 30, usegmt=True)
    assert policy().retry_after(httpx.Response(503, headers={"retry-after": past})) == 0.0


def test_a_retry_after_exactly_at_the_cap_is_still_honoured() -> None:
    answer = httpx.Response(429, headers={"retry-after": "60"}, request=GET)
    assert policy(max_retry_after=60.0).delay(GET, answer, None, 0) == 60.0
    assert policy(max_retry_after=59.0).delay(GET, answer, None, 0) is None


@pytest.mark.parametrize(
    "error", [httpx.UnsupportedProtocol("ftp://"), httpx.ProtocolError("bad"), httpx.LocalProtocolError("bad")]
)
def test_a_transport_error_that_cannot_pass_is_not_retried(error: httpx.TransportError) -> None:
    assert policy().delay(GET, error, None, 0) is None


@pytest.mark.parametrize(
    "error", [httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("x")]
)
def test_a_transport_error_that_may_pass_is_retried(error: httpx.TransportError) -> None:
    assert policy().delay(GET, error, None, 0) == 0.5
