"""How an error response is read: which class, which message, which fields, for every shape a body can have.

Each test pins a behaviour a mutation of ``sumvin_sdk/errors.py`` showed no other test held.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from sumvin_sdk import Sumvin, errors
from sumvin_sdk._depth import MAX_DEPTH
from sumvin_sdk.errors import (
    APIConnectionError,
    APITimeoutError,
    FieldError,
    HALLinkNotFoundError,
    HeaderError,
    ProblemDetails,
    RedirectError,
    ResponseValidationError,
    UnprocessableEntityError,
    error_from_response,
)
from sumvin_sdk.hal import link_of

REQUEST = httpx.Request("GET", "https://api.sumvin.com/v0/user/me", headers={"x-juno-jwt": "secret-jwt-value"})


def respond(status: int, **kwargs: Any) -> httpx.Response:
    return httpx.Response(status, request=REQUEST, **kwargs)


@pytest.mark.parametrize("status", [300, 301, 302, 307, 308, 399])
def test_every_3xx_is_a_redirect_error_naming_where_it_pointed(status: int) -> None:
    error = error_from_response(respond(status, headers={"location": "https://elsewhere.example/x"}))
    assert type(error) is RedirectError and error.location == "https://elsewhere.example/x"
    assert str(error) == f"HTTP {status} redirect to 'https://elsewhere.example/x' not followed; nothing was sent there"


def test_a_redirect_without_location_says_so_and_a_long_one_is_cut() -> None:
    assert "redirect to (no location) not followed" in str(error_from_response(respond(302)))
    error = error_from_response(respond(302, headers={"location": "/" + "a" * 500}))
    assert f"redirect to {'/' + 'a' * 199!r} not followed" in str(error)


def test_a_status_without_a_reason_phrase_reads_as_error() -> None:
    assert str(error_from_response(respond(599))) == "HTTP 599 Error (empty body)"
    assert str(error_from_response(respond(499, text="busy"))) == "HTTP 499 Error: busy"


def test_a_body_that_is_not_utf8_still_gives_an_excerpt() -> None:
    error = error_from_response(respond(502, content=b"bad gateway \xff\xfe here"))
    assert str(error) == "HTTP 502 Bad Gateway: bad gateway \ufffd\ufffd here"


def test_an_excerpt_of_exactly_the_limit_is_kept_whole_and_a_longer_one_is_cut_to_it() -> None:
    limit = errors._EXCERPT
    whole = error_from_response(respond(500, text="x" * limit))
    assert str(whole) == "HTTP 500 Internal Server Error: " + "x" * limit
    cut = error_from_response(respond(500, text="y" * (limit + 1)))
    assert str(cut) == "HTTP 500 Internal Server Error: " + "y" * (limit - 1) + "…"


@pytest.mark.parametrize("member", ["type", "title", "error_code"])
def test_one_text_member_with_a_status_makes_a_problem(member: str) -> None:
    problem = ProblemDetails.from_json({"status": 404, member: "it"})
    assert problem is not None and getattr(problem, member) == "it" and problem.status == 404
    assert ProblemDetails.from_json({"status": 404, "detail": "only a detail"}) is None


def test_every_problem_member_is_read_into_its_field() -> None:
    body = {
        "type": "https://api.sumvin.com/errors/USR-404-001",
        "title": "Not Found",
        "status": 404,
        "detail": "no such user",
        "instance": "/v0/user/me",
        "error_code": "USR-404-001",
        "trace_id": "trace-1",
    }
    assert ProblemDetails.from_json(body) == ProblemDetails(**body)  # type: ignore[arg-type]


def test_problem_members_that_are_not_text_are_left_out() -> None:
    problem = ProblemDetails.from_json({"status": 400, "title": "Bad", "detail": 12, "type": ["x"], "trace_id": {}})
    assert problem == ProblemDetails(title="Bad", status=400)


def test_a_problem_message_has_no_code_when_it_has_none_and_says_problem_when_it_has_no_words() -> None:
    assert str(ProblemDetails(title="Conflict", detail="already verified", status=409)) == "Conflict: already verified"
    assert str(ProblemDetails(status=500, error_code="SYS-500-001")) == "Problem (SYS-500-001)"


def test_a_problem_shaped_422_keeps_its_message_even_with_a_list_detail() -> None:
    body = {"status": 422, "title": "Invalid", "error_code": "QRY-422-002", "detail": [{"loc": ["query", "x"]}]}
    error = error_from_response(respond(422, json=body))
    assert isinstance(error, UnprocessableEntityError) and error.field_errors == ()
    assert str(error) == "Invalid (QRY-422-002)" and error.body == body


@pytest.mark.parametrize("body", [["not", "a", "mapping"], "text", 3, {"detail": "a sentence"}, {"detail": [1]}])
def test_a_422_whose_body_is_no_validation_error_has_no_field_errors(body: object) -> None:
    error = error_from_response(respond(422, json=body))
    assert type(error) is UnprocessableEntityError and error.field_errors == () and error.body == body


def test_validation_entries_with_members_missing_or_odd_read_as_empty() -> None:
    body = {"detail": [{}, {"loc": "body.phone", "msg": "bad"}, {"loc": ["body", 0, None, "x"], "type": "t"}]}
    error = error_from_response(respond(422, json=body))
    assert isinstance(error, UnprocessableEntityError) and error.body == body
    assert error.field_errors == (
        FieldError(loc=(), msg="", type=""),
        FieldError(loc=(), msg="bad", type=""),
        FieldError(loc=("body", 0, "x"), msg="", type="t"),
    )
    assert str(error) == "HTTP 422 Unprocessable Entity: (request): ; (request): bad; 0.x: "


def test_a_field_error_without_a_field_names_the_request() -> None:
    assert str(FieldError(loc=("body",), msg="body required", type="missing")) == "(request): body required"


def test_connection_errors_default_their_message_and_keep_the_redacted_request() -> None:
    for cls, message in ((APIConnectionError, "Connection error."), (APITimeoutError, "Request timed out.")):
        error = cls(request=REQUEST)
        assert str(error) == error.message == message
        assert error.request.url == REQUEST.url and error.request.headers["x-juno-jwt"] == "[redacted]"
        named = cls("refused by peer", request=REQUEST)
        assert str(named) == named.message == "refused by peer"


def test_a_validation_error_keeps_the_response_and_its_redacted_request() -> None:
    response = respond(200, json={"id": 1})
    error = ResponseValidationError("no name", response=response)
    assert str(error) == error.message == "no name"
    assert error.response is response and error.request.url == REQUEST.url
    assert error.response.request is error.request and error.request.headers["x-juno-jwt"] == "[redacted]"


def test_an_error_keeps_no_redirect_to_follow() -> None:
    response = respond(302, headers={"location": "https://elsewhere.example/x"})
    response.next_request = httpx.Request("GET", "https://elsewhere.example/x")
    assert error_from_response(response).response.next_request is None


def test_an_error_body_nested_past_the_depth_limit_is_not_decoded() -> None:
    deep = b"[" * (MAX_DEPTH + 100) + b"]" * (MAX_DEPTH + 100)
    error = error_from_response(respond(500, content=deep))
    assert error.body is None and error.problem is None
    assert error_from_response(respond(500, content=b"[[1]]")).body == [[1]]


def test_the_kept_request_shows_its_body_and_harmless_headers_and_nothing_the_sdk_attached() -> None:
    sent = httpx.Request(
        "POST",
        "https://api.sumvin.com/v0/user/me",
        headers={"Idempotency-Key": "key-1", "User-Agent": "sumvin-sdk/test", "X-Juno-Jwt": "secret-jwt-value"},
        content=b'{"name": "a"}',
        extensions={"timeout": {"read": 1.0}, "sumvin_sdk.label": "POST /v0/user/me"},
    )
    error = error_from_response(httpx.Response(409, request=sent))
    assert error.request.content == b'{"name": "a"}' and error.request.extensions == {}
    assert error.request.headers["idempotency-key"] == "key-1"
    assert error.request.headers["user-agent"] == "sumvin-sdk/test"
    assert error.request.headers["x-juno-jwt"] == "[redacted]"


def test_a_missing_relation_error_names_the_relation_asked_for_and_those_there_are() -> None:
    with pytest.raises(HALLinkNotFoundError) as caught:
        link_of({"_links": {"self": {"href": "/v0/a"}, "up": {"href": "/v0"}}}, "next")
    assert caught.value.rel == "next" and caught.value.available == ["self", "up"]
    assert str(caught.value) == "no link 'next'; available: self, up"


def test_a_header_error_names_the_header_it_refused() -> None:
    with pytest.raises(HeaderError) as caught:
        Sumvin(base_url="https://api.sumvin.test", jwt="j", default_headers={"x-trace-id": "one\ntwo"})
    assert caught.value.header == "x-trace-id" and "one" not in str(caught.value)
