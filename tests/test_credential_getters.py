"""A credential getter's value is checked on every request, and the refusal names the header it was for.

Each test pins a behaviour a mutation of ``HeaderAuth.value``/``avalue`` showed no other test held.
"""

from __future__ import annotations

import inspect
from collections.abc import Coroutine
from typing import Any

import pytest

from sumvin_sdk.auth import HeaderAuth, JWTAuth, PATAuth, PintTokenAuth
from sumvin_sdk.errors import CredentialError

STRATEGIES = [JWTAuth, PATAuth, PintTokenAuth]


@pytest.mark.parametrize("cls", STRATEGIES)
@pytest.mark.parametrize("value", [42, "", " padded", "line\nbreak"])
def test_a_bad_getter_value_is_refused_naming_its_header(cls: type[HeaderAuth], value: object) -> None:
    with pytest.raises(CredentialError) as caught:
        cls(lambda: value).value()  # type: ignore[arg-type, return-value]
    assert caught.value.header == cls.header and cls.header in str(caught.value)


@pytest.mark.anyio
@pytest.mark.parametrize("cls", STRATEGIES)
async def test_a_bad_async_getter_value_is_refused_naming_its_header(cls: type[HeaderAuth]) -> None:
    async def getter() -> str:
        return "bad\r\nvalue"

    with pytest.raises(CredentialError) as caught:
        await cls(getter).avalue()
    assert caught.value.header == cls.header and cls.header in str(caught.value)


def test_an_async_getter_called_by_a_sync_client_is_closed_not_left_unawaited() -> None:
    made: list[Coroutine[Any, Any, str]] = []

    async def fetch() -> str:
        return "jwt"

    def getter() -> Coroutine[Any, Any, str]:
        made.append(fetch())
        return made[-1]

    with pytest.raises(CredentialError, match="AsyncSumvin") as caught:
        JWTAuth(getter).value()  # type: ignore[arg-type]
    assert caught.value.header == JWTAuth.header
    assert inspect.getcoroutinestate(made[0]) == inspect.CORO_CLOSED
