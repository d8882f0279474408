"""A follow to an operation that takes an ``Idempotency-Key`` carries one, kept across its retries, so the
follow may be repeated safely; a follow to an operation that takes none carries none, and is not repeated."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from sumvin_sdk import AsyncSumvin, RetryPolicy, Sumvin
from sumvin_sdk.errors import APIConnectionError
from tests.test_endpoints import SAMPLER, SPEC

BASE = "https://api.sumvin.test"
KEYED = "/v0/user/me/onboarding/safe"  # submitOnboardingSafe takes an Idempotency-Key
UNKEYED = "/v0/user/"  # createUserAccount (POST) takes none
ANSWER = SAMPLER.value(SPEC["paths"][KEYED]["post"]["responses"]["200"]["content"]["application/json"]["schema"])
BODY = SAMPLER.value(SPEC["components"]["schemas"]["BYOSubmission"])


def takes_a_key(path: str) -> bool:
    return any(p.get("name") == "Idempotency-Key" for p in SPEC["paths"][path]["post"].get("parameters", []))


class Flaky:
    """Resets the first connection, then answers; keeps a copy of the headers of every attempt."""

    def __init__(self) -> None:
        self.headers: list[httpx.Headers] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.headers.append(httpx.Headers(request.headers))
        if len(self.headers) == 1:
            raise httpx.ConnectError("reset")
        return httpx.Response(200, json=ANSWER)

    def keys(self) -> list[str | None]:
        return [h.get("idempotency-key") for h in self.headers]


def policy() -> RetryPolicy:
    async def no_wait(seconds: float) -> None:
        pass

    return RetryPolicy(sleep=lambda seconds: None, async_sleep=no_wait, random=lambda: 0.0)


def test_the_paths_are_what_the_tests_say() -> None:
    assert takes_a_key(KEYED) and not takes_a_key(UNKEYED)


def test_a_follow_to_an_operation_that_takes_a_key_sends_one_kept_across_retries() -> None:
    flaky = Flaky()
    sumvin = Sumvin(base_url=BASE, jwt="j", transport=httpx.MockTransport(flaky), retry_policy=policy())
    sumvin.follow({"href": KEYED, "method": "POST"}, json=BODY)
    keys = flaky.keys()
    assert len(keys) == 2 and keys[0] and keys[1] == keys[0]


def test_a_caller_supplied_key_on_a_follow_is_kept() -> None:
    flaky = Flaky()
    sumvin = Sumvin(base_url=BASE, jwt="j", transport=httpx.MockTransport(flaky), retry_policy=policy())
    sumvin.follow({"href": KEYED, "method": "POST"}, json=BODY, headers={"Idempotency-Key": "mine-1"})
    assert flaky.keys() == ["mine-1", "mine-1"]


def test_each_follow_gets_its_own_key() -> None:
    first, second = Flaky(), Flaky()
    for flaky in (first, second):
        sumvin = Sumvin(base_url=BASE, jwt="j", transport=httpx.MockTransport(flaky), retry_policy=policy())
        sumvin.follow({"href": KEYED, "method": "POST"}, json=BODY)
    assert first.keys()[0] != second.keys()[0]


def test_a_follow_to_an_operation_that_takes_no_key_sends_none_and_is_not_repeated() -> None:
    flaky = Flaky()
    sumvin = Sumvin(base_url=BASE, jwt="j", transport=httpx.MockTransport(flaky), retry_policy=policy())
    with pytest.raises(APIConnectionError):
        sumvin.follow({"href": UNKEYED, "method": "POST"}, json={})
    assert flaky.keys() == [None]


@pytest.mark.anyio
async def test_an_async_follow_to_an_operation_that_takes_a_key_sends_one_kept_across_retries() -> None:
    flaky = Flaky()
    transport = httpx.MockTransport(flaky)
    async with AsyncSumvin(base_url=BASE, jwt="j", transport=transport, retry_policy=policy()) as sumvin:
        result: Any = await sumvin.follow({"href": KEYED, "method": "POST"}, json=BODY)
    keys = flaky.keys()
    assert result is not None and len(keys) == 2 and keys[0] and keys[1] == keys[0]
