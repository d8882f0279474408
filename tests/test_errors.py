"""Error statuses become typed errors with the API's problem details; odd bodies never break that."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from sumvin_sdk import errors
from sumvin_sdk.errors import (
    APIStatusError,
    AuthenticationError,
    FieldError,
    InternalServerError,
    NotFoundError,
    ProblemDetails,
    UnprocessableEntityError,
    error_from_response,
)

REQUEST = httpx.Request("GET", "https://api.sumvin.com/v0/user/me", headers={"x-juno-jwt": "secret-jwt-value"})


def problem(status: int, code: str, **extra: Any) -> dict[str, Any]:
    return {
        "type": f"https://api.sumvin.com/errors/{code}",
        "title": "Not Found" if status == 404 else "Error",
        "status": status,
        "detail": "User not found",
        "instance": "/v0/user/me",
        "error_code": code,
        "trace_id": "trace-123",
        **extra,
    }


def respond(status: int, **kwargs: Any) -> httpx.Response:
    return httpx.Response(status, request=REQUEST, **kwargs)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (410, errors.GoneError),
        (422, errors.UnprocessableEntityError),
        (429, errors.RateLimitError),
        (500, errors.InternalServerError),
        (502, errors.InternalServerError),
        (503, errors.InternalServerError),
        (418, errors.APIStatusError),
    ],
)
def test_each_status_has_its_class(status: int, cls: type[APIStatusError]) -> None:
    error = error_from_response(respond(status, json=problem(status, f"USR-{status}-001")))
    assert type(error) is cls
    assert isinstance(error, errors.APIError) and isinstance(error, errors.SumvinError)
    assert error.status_code == status and error.request.url == REQUEST.url
    assert error.request.headers["x-juno-jwt"] == "[redacted]" and error.response.request is error.request


def test_problem_details_are_parsed_and_make_the_message() -> None:
    links = {"verify": {"href": "/v0/user/me/phone", "method": "PUT", "rel": "verify", "tool": "verify_phone"}}
    error = error_from_response(respond(404, json=problem(404, "USR-404-001", _links=links, hint="sign up first")))
    assert isinstance(error, NotFoundError)
    assert str(error) == "Not Found: User not found (USR-404-001)"
    assert error.error_code == "USR-404-001" and error.trace_id == "trace-123" and not error.retryable
    assert error.problem is not None
    assert error.problem.links == links
    assert error.problem.extensions == {"hint": "sign up first"}
    assert error.problem.instance == "/v0/user/me"


def test_retryable_follows_the_trailing_r() -> None:
    assert error_from_response(respond(503, json=problem(503, "SAF-503-003-R"))).retryable
    assert not error_from_response(respond(503, json=problem(503, "SAF-503-004"))).retryable


def test_unknown_error_codes_and_partial_problems_are_tolerated() -> None:
    parsed = ProblemDetails.from_json({"status": 409, "error_code": "NEW-409-777", "title": "Conflict"})
    assert parsed is not None and str(parsed) == "Conflict (NEW-409-777)"
    assert ProblemDetails.from_json({"title": "no status"}) is None
    assert ProblemDetails.from_json({"status": True, "title": "bool is not a status"}) is None
    assert ProblemDetails.from_json(["not", "a", "mapping"]) is None


def test_fastapi_validation_errors_become_field_errors() -> None:
    body = {
        "detail": [
            {"loc": ["body", "phone"], "msg": "field required", "type": "missing"},
            {"loc": ["query", "limit"], "msg": "must be <= 100", "type": "less_than_equal"},
        ]
    }
    error = error_from_response(respond(422, json=body))
    assert isinstance(error, UnprocessableEntityError) and error.problem is None
    assert error.field_errors == (
        FieldError(loc=("body", "phone"), msg="field required", type="missing"),
        FieldError(loc=("query", "limit"), msg="must be <= 100", type="less_than_equal"),
    )
    assert error.field_errors[0].field == "phone"
    assert str(error) == "HTTP 422 Unprocessable Entity: phone: field required; limit: must be <= 100"


def test_a_problem_shaped_422_stays_a_problem() -> None:
    error = error_from_response(respond(422, json=problem(422, "QRY-422-001")))
    assert isinstance(error, UnprocessableEntityError)
    assert error.problem is not None and error.error_code == "QRY-422-001" and error.field_errors == ()


def test_an_html_502_from_a_proxy_is_an_internal_server_error_with_an_excerpt() -> None:
    html = "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>" + "x" * 1000 + "</body></html>"
    error = error_from_response(respond(502, text=html, headers={"content-type": "text/html"}))
    assert isinstance(error, InternalServerError) and error.problem is None and error.body is None
    assert str(error).startswith("HTTP 502 Bad Gateway: <html> <head><title>502 Bad Gateway</title>")
    assert len(str(error)) < 260


def test_an_empty_503_says_so() -> None:
    error = error_from_response(respond(503))
    assert isinstance(error, InternalServerError)
    assert str(error) == "HTTP 503 Service Unavailable (empty body)"


def test_json_that_is_not_a_problem_is_kept_as_the_body() -> None:
    error = error_from_response(respond(401, json={"message": "nope"}))
    assert isinstance(error, AuthenticationError) and error.problem is None
    assert error.body == {"message": "nope"} and error.error_code is None
    assert str(error) == 'HTTP 401 Unauthorized: {"message":"nope"}'


def test_no_credential_in_str_or_repr() -> None:
    error = error_from_response(respond(401, json=problem(401, "USR-401-001")))
    for text in (str(error), repr(error), repr(error.problem), repr(error.request)):
        assert "secret-jwt-value" not in text
    assert repr(error) == "AuthenticationError('Error: User not found (USR-401-001)', status_code=401)"
