"""A credential is checked when given and a getter's value on every request; a refusal says which header and why.

Each test pins a behaviour a mutation of ``HeaderAuth.value``/``avalue`` and ``_checked``
showed no other test held.
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
        cls(lambda: value).value()  # type: ignore[arg-type]
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
        JWTAuth(getter).value()
    assert caught.value.header == JWTAuth.header
    assert inspect.getcoroutinestate(made[0]) == inspect.CORO_CLOSED


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("jwt\r\nx-evil: 1", "contains a line break or NUL"),
        ("jwt\n", "contains a line break or NUL"),
        ("j\0wt", "contains a line break or NUL"),
        (" jwt", "has whitespace at its start or end"),
        ("jwt\t", "has whitespace at its start or end"),
        ("jwt\x0b", "has whitespace at its start or end"),
        ("\x0cjwt", "has whitespace at its start or end"),
        ("j\x01wt", "holds a control or non-ASCII character"),
        ("jw\x7ft", "holds a control or non-ASCII character"),
        ("jwt\u00e9", "holds a control or non-ASCII character"),
        ("j\u2028wt", "holds a control or non-ASCII character"),
        ("jwt\x1f", "holds a control or non-ASCII character"),  # Python's whitespace, but not a header's
        ("\u2028jwt", "holds a control or non-ASCII character"),
        ("j\x01X", "holds a control or non-ASCII character"),
    ],
)
def test_each_kind_of_unsendable_value_is_refused_saying_which(value: str, problem: str) -> None:
    for refuse in (lambda: JWTAuth(value), lambda: JWTAuth(lambda: value).value()):
        with pytest.raises(CredentialError) as caught:
            refuse()
        assert str(caught.value) == (
            f"the x-juno-jwt value {problem} ({len(value)} characters, not shown); refusing to send it"
        )


@pytest.mark.parametrize("cls", STRATEGIES)
def test_a_source_that_is_neither_text_nor_callable_is_refused_naming_the_strategy(cls: type[HeaderAuth]) -> None:
    with pytest.raises(CredentialError) as caught:
        cls(42)  # type: ignore[arg-type]
    assert caught.value.header == cls.header
    assert str(caught.value) == f"{cls.__name__} takes a string or a zero-argument callable"


def test_an_async_getter_in_a_sync_client_names_the_strategy() -> None:
    async def fetch() -> str:
        return "pat"

    with pytest.raises(CredentialError) as caught:
        PATAuth(fetch).value()
    assert str(caught.value) == "PATAuth has an async getter: use it with AsyncSumvin"
