"""``sumvin_sdk.cli._display``: how text from a server is made inert for a terminal, and the one error line."""

from __future__ import annotations

import datetime
from typing import Any

import httpx
import pytest

from sumvin_sdk.cli._display import error_line, json_text, literal
from sumvin_sdk.errors import HALTemplateError, UnprocessableEntityError, error_from_response

REQUEST = httpx.Request("GET", "https://api.sumvin.test/v0/user/me")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain é ✓", "plain é ✓"),
        ("a\x1b[2Jb", "a\\x1b[2Jb"),
        ("\x00\x7f\x9b\xad", "\\x00\\x7f\\x9b\\xad"),
        ("\u202eevil\u2028", "\\u202eevil\\u2028"),
        ("\U000e0001tag", "\\U000e0001tag"),
        ("\ud800", "\\ud800"),
    ],
)
def test_literal_escapes_each_character_a_terminal_would_act_on_by_its_code(text: str, shown: str) -> None:
    assert literal(text) == shown


def test_literal_shows_any_value_as_its_text() -> None:
    assert literal(42) == "42" and literal(None) == "None"


def test_json_text_is_one_line_or_indented_and_keeps_non_ascii() -> None:
    data: dict[str, Any] = {"name": "Zoë", "n": [1, 2]}
    assert json_text(data, pretty=False) == '{"name": "Zoë", "n": [1, 2]}'
    assert json_text(data, pretty=True) == '{\n  "name": "Zoë",\n  "n": [\n    1,\n    2\n  ]\n}'


def test_json_text_escapes_controls_as_json_does_and_shows_other_values_as_text() -> None:
    assert json_text({"a": "x\x1by\u202e"}, pretty=True) == '{\n  "a": "x\\u001by\\u202e"\n}'
    assert json_text({"at": datetime.date(2026, 12, 1)}, pretty=False) == '{"at": "2026-12-01"}'


def problem(**members: Any) -> dict[str, Any]:
    return {"status": 404, "title": "Not Found", **members}


@pytest.mark.parametrize(
    ("body", "line"),
    [
        (
            problem(detail="no user", error_code="USR-404-001", trace_id="t-1"),
            "404 Not Found: no user (USR-404-001; trace id t-1)",
        ),
        (problem(), "404 Not Found"),
        ({"status": 404, "error_code": "USR-404-001"}, "404 Error (USR-404-001)"),
        (
            problem(_links={"verify": {"href": "/v0/user/me/phone"}, "help": "/docs"}),
            "404 Not Found (next step verify: /v0/user/me/phone; next step help: /docs)",
        ),
        (problem(detail="a\x1bb"), "404 Not Found: a\\x1bb"),
    ],
)
def test_a_problem_is_one_line_of_status_title_detail_code_trace_and_next_steps(body: object, line: str) -> None:
    assert error_line(error_from_response(httpx.Response(404, json=body, request=REQUEST))) == line


def test_an_error_without_a_problem_is_its_message_with_any_field_errors() -> None:
    assert error_line(HALTemplateError("bad \x1b template")) == "bad \\x1b template"
    body = {"detail": [{"loc": ["body", "phone"], "msg": "field required", "type": "missing"}]}
    error = error_from_response(httpx.Response(422, json=body, request=REQUEST))
    assert isinstance(error, UnprocessableEntityError)
    assert error_line(error) == f"{error} (phone: field required)"
    assert error_line(error_from_response(httpx.Response(500, request=REQUEST))) == (
        "HTTP 500 Internal Server Error (empty body)"
    )
