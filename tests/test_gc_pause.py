"""The cyclic collector is paused while a big body is parsed, and always put back as it was."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from sumvin_sdk._gc import BIG_BODY, collector_paused
from sumvin_sdk._pipeline import Pipeline
from sumvin_sdk.errors import ResponseValidationError


@pytest.fixture(autouse=True)
def collector_enabled() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was else gc.disable)()


def test_the_collector_is_paused_inside_and_back_after_a_return_or_an_exception() -> None:
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(KeyError), collector_paused():
        raise KeyError("x")
    assert gc.isenabled()


def test_a_collector_the_program_disabled_stays_disabled() -> None:
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_overlapping_pauses_in_threads_end_when_the_last_one_ends() -> None:
    entered, leave_first, first_left, leave_second = (threading.Event() for _ in range(4))
    seen: dict[str, bool] = {}

    def first() -> None:
        with collector_paused():
            entered.set()
            leave_first.wait(5)
        first_left.set()

    def second() -> None:
        entered.wait(5)
        with collector_paused():
            leave_first.set()
            first_left.wait(5)
            seen["after the first ended"] = gc.isenabled()
            leave_second.wait(5)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    first_left.wait(5)
    leave_second.set()
    for thread in threads:
        thread.join(5)
    assert seen == {"after the first ended": False}
    assert gc.isenabled()


def response(size: int) -> httpx.Response:
    body = b'{"pad": "' + b"x" * max(size - 11, 0) + b'"}'
    return httpx.Response(200, content=body, request=httpx.Request("GET", "https://api.sumvin.test/v0/x"))


def spy(fail: bool = False) -> tuple[Callable[[httpx.Response], Any], list[bool]]:
    states: list[bool] = []

    def parse(r: httpx.Response) -> Any:
        states.append(gc.isenabled())
        if fail:
            raise TypeError("member 'pad': wrong")
        return r.json()

    return parse, states


@pytest.mark.parametrize(
    ("size", "paused"), [(100, False), (BIG_BODY - 1, False), (BIG_BODY, True), (10 * BIG_BODY, True)]
)
def test_the_client_pauses_the_collector_for_big_bodies_only(size: int, paused: bool) -> None:
    parse, states = spy()
    Pipeline.parsed(response(size), parse, "GET /v0/x")
    assert states == [not paused]
    assert gc.isenabled()


def test_a_big_body_that_does_not_parse_still_puts_the_collector_back() -> None:
    parse, states = spy(fail=True)
    with pytest.raises(ResponseValidationError):
        Pipeline.parsed(response(BIG_BODY), parse, "GET /v0/x")
    assert states == [False]
    assert gc.isenabled()
