"""``scrub`` and ``Scrubber`` on their own: which parts of a record are rewritten, and which are left alone."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import httpx
import pytest

from sumvin_sdk._logs import LOGGERS, Scrubber, scrub
from sumvin_sdk.errors import REDACTED

TEMPLATE = "/v0/wallets/{wallet_id}"


def request(url: str, **headers: str) -> httpx.Request:
    return httpx.Request("GET", url, headers=headers)


def test_a_path_named_without_its_query_is_rewritten_even_when_the_query_holds_a_question_mark() -> None:
    sent = request("https://api.test/v0/wallets/w%20123?next=a?b")
    assert scrub("retrying /v0/wallets/w%20123 after 503", sent, TEMPLATE) == f"retrying {TEMPLATE} after 503"
    assert scrub("GET /v0/wallets/w%20123?next=a?b", sent, TEMPLATE) == f"GET {TEMPLATE}"


def test_question_marks_elsewhere_in_a_record_are_kept() -> None:
    sent = request("https://api.test/v0/wallets/w-123?page=2")
    assert scrub("why? GET /v0/wallets/w-123?page=2", sent, TEMPLATE) == f"why? GET {TEMPLATE}"


def test_a_request_to_the_root_path_rewrites_no_slash() -> None:
    assert scrub("GET / then /v0/x", request("https://api.test/"), "/health") == "GET / then /v0/x"


def test_the_whole_path_with_its_query_goes_even_when_the_query_repeats_the_decoded_path() -> None:
    sent = request("https://api.test/v0/wallets/a%2Fb?back=/v0/wallets/a/b")
    assert str(sent.url.raw_path, "ascii") == "/v0/wallets/a%2Fb?back=/v0/wallets/a/b"
    assert scrub("GET /v0/wallets/a%2Fb?back=/v0/wallets/a/b", sent, TEMPLATE) == f"GET {TEMPLATE}"


@pytest.mark.parametrize(("value", "cut"), [("abcd", True), ("abc", False)])
def test_header_values_of_four_characters_or_more_are_cut(value: str, cut: bool) -> None:
    sent = request("https://api.test/v0/x", **{"x-juno-jwt": value})
    shown = scrub(f"failed with abcd in it: {value.strip()}", sent, "/v0/x")
    assert (shown == f"failed with {REDACTED} in it: {REDACTED}") is cut
    assert (shown == f"failed with abcd in it: {value}") is not cut


@pytest.fixture
def scrubber() -> Iterator[Scrubber]:
    made = Scrubber()
    try:
        yield made
    finally:
        for name in LOGGERS:
            logging.getLogger(name).removeFilter(made)


def test_a_scrubber_installs_itself_once_on_each_logger_that_can_see_a_request(scrubber: Scrubber) -> None:
    scrubber.install()
    scrubber.install()
    assert [logging.getLogger(name).filters.count(scrubber) for name in LOGGERS] == [1] * len(LOGGERS)
    assert scrubber not in logging.getLogger().filters


def test_a_scrubber_rewrites_records_only_while_the_request_is_in_flight(scrubber: Scrubber) -> None:
    def record() -> logging.LogRecord:
        args = ("https://api.test/v0/wallets/w-123",)
        return logging.LogRecord("httpx", logging.INFO, __file__, 1, "HTTP Request: GET %s", args, None)

    sent = request("https://api.test/v0/wallets/w-123")
    with scrubber.tracking(sent, TEMPLATE), scrubber.tracking(sent, TEMPLATE):
        inside = record()
        assert scrubber.filter(inside) and inside.getMessage() == f"HTTP Request: GET https://api.test{TEMPLATE}"
    after = record()
    assert scrubber.filter(after) and after.getMessage() == "HTTP Request: GET https://api.test/v0/wallets/w-123"
