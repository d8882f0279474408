"""Server text on the ``sumvin`` command's output: printed literally, never as markup, never acted on by a terminal."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from sumvin_sdk.cli._display import json_text, literal
from tests.cli_world import World

HOSTILE = [
    "[/]",
    "[bold red]shout[/]",
    "[link=https://evil.test/steal]click me[/link]",
    "[red",
    "\\[escaped]",
    ":warning: :smile:",
    "\x1b]8;;https://evil.test/steal\x1b\\click me\x1b]8;;\x1b\\",
    "\x1b]8;;https://evil.test/steal\x07bell-terminated\x1b]8;;\x07",
    "\x1b[2J\x1b[H",
    "\x1b[31mred\x1b[0m",
    "\x1b[?1049h",
    "\x1b]0;new window title\x07",
    "\x1b]52;c;c2VjcmV0\x07",  # OSC 52: write to the clipboard
    "\x9b2J",  # C1 CSI
    "\x9d8;;https://evil.test\x9c",  # C1 OSC ... ST
    "\x85next line",
    "\x07\x08\x08\x7f",
    "over\rwritten",
    "two\nlines",
    "tab\tand\vform\x0cfeed",
    "nul\x00byte",
    "\u202eevil\u202c",  # right-to-left override
    "\u2066isolated\u2069\u2067\u2068",
    "\u200fmark\u200e\u061c",
    "zero\u200bwidth\ufeff",
    "line\u2028para\u2029",
    "\U000e0041tag",
    "%s %n {0} ${HOME}",
    "ünïcödé ✓ 漢字 🙂",
]

#: The command's own sequences, on a terminal only: colours, and the spinner's hide/show cursor, erase line, up.
OWN = re.compile(r"\x1b\[[0-9;]*m|\x1b\[\?25[lh]|\x1b\[2K|\x1b\[1A|\r")


def shown(text: str, *, tty: bool) -> str:
    """What a terminal would be given, less the command's own sequences (which only a terminal gets)."""
    if not tty:
        assert "\x1b" not in text and "\r" not in text, "no escape sequence at all when piped"
        return text
    return OWN.sub("", text)


def assert_inert(output: str, *, tty: bool) -> None:
    plain = shown(output, tty=tty)
    bad = [c for c in plain if not c.isprintable() and c != "\n"]
    assert not bad, f"characters a terminal would act on: {bad!r}"


def hostile_items(members: str, member: str, text: str) -> Callable[[httpx.Request, httpx.Response], httpx.Response]:
    """A tampering hook: every item of the answer's ``members`` list gets ``text`` as ``member``, and a member
    named ``text`` holding it too."""

    def tampered(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        body: dict[str, Any] = json.loads(response.content)
        for item in body[members]:
            item |= {member: text, text: text}
        return httpx.Response(200, json=body)

    return tampered


def problem_answer(text: str) -> Callable[[httpx.Request, httpx.Response], httpx.Response]:
    body = {
        "type": text,
        "title": text,
        "status": 409,
        "detail": text,
        "error_code": text,
        "trace_id": text,
        "_links": {text: {"href": text}, "retry": {"href": f"/v0/retry?x={text}"}},
    }
    return lambda request, response: httpx.Response(409, json=body)


def strings(data: Any) -> list[str]:
    """Every string value in decoded JSON."""
    if isinstance(data, dict):
        return [s for value in data.values() for s in strings(value)]
    if isinstance(data, list):
        return [s for value in data for s in strings(value)]
    return [data] if isinstance(data, str) else []


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path)


@pytest.mark.parametrize("tty", [False, True], ids=["pipe", "tty"])
@pytest.mark.parametrize("text", HOSTILE, ids=repr)
def test_a_problems_strings_print_as_one_literal_line(world: World, text: str, tty: bool) -> None:
    world.tty = tty
    assert world.run("login").exit_code == 0  # listWallets needs a credential, or nothing is sent
    world.tamper["listWallets"] = problem_answer(text)
    result = world.run("call", "listWallets")
    assert result.exit_code == 1
    assert_inert(result.stderr, tty=tty)
    lines = shown(result.stderr, tty=tty).splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: 409 ")
    assert literal(text) in lines[0] and lines[0].count(literal(text)) >= 5, "title, detail, code, trace id, link"


@pytest.mark.parametrize("tty", [False, True], ids=["pipe", "tty"])
@pytest.mark.parametrize("text", HOSTILE, ids=repr)
def test_the_sign_in_codes_and_links_print_literally(world: World, text: str, tty: bool) -> None:
    world.tty = tty

    def hostile(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        body = json.loads(response.content)
        body |= {"verification_uri": text, "verification_uri_complete": "https://x.test/?" + text}
        return httpx.Response(response.status_code, json=body)

    world.tamper["createDeviceCode"] = hostile
    world.approve = False
    world.fake.inject("pollDeviceCode", status=410, error_code="CLI-410-001")
    result = world.run("login")
    assert result.exit_code == 1
    assert_inert(result.stderr, tty=tty)
    plain = shown(result.stderr, tty=tty)
    assert (
        f"Open {literal(text)} and enter " in plain and f"(or go straight to https://x.test/?{literal(text)})" in plain
    )


@pytest.mark.parametrize("tty", [False, True], ids=["pipe", "tty"])
@pytest.mark.parametrize("text", HOSTILE, ids=repr)
def test_a_hostile_user_code_prints_literally(world: World, text: str, tty: bool) -> None:
    world.tty = tty
    world.tamper["createDeviceCode"] = lambda request, response: httpx.Response(
        response.status_code, json=json.loads(response.content) | {"user_code": text}
    )
    world.approve = False
    world.fake.inject("pollDeviceCode", status=410, error_code="CLI-410-001")
    result = world.run("login")
    assert_inert(result.stderr, tty=tty)
    assert f" and enter {literal(text)}" in shown(result.stderr, tty=tty)


@pytest.mark.parametrize("tty", [False, True], ids=["pipe", "tty"])
@pytest.mark.parametrize("text", HOSTILE, ids=repr)
def test_json_output_keeps_the_value_and_escapes_what_a_terminal_would_act_on(
    world: World, text: str, tty: bool
) -> None:
    assert world.run("login").exit_code == 0
    world.tty = tty

    def renamed(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        body: dict[str, Any] = json.loads(response.content)
        for token in body["data"]:
            token["name"] = text
        return httpx.Response(200, json=body)

    world.tamper["listPersonalAccessTokens"] = renamed
    for args in (("whoami", "-o", "json"), ("call", "listPersonalAccessTokens", "--output", "json")):
        result = world.run(*args)
        assert result.exit_code == 0, result.output
        assert_inert(result.stdout, tty=tty)
        assert text in strings(json.loads(shown(result.stdout, tty=tty))), "the value itself, once decoded"
    table = world.run("whoami", "-o", "table")
    assert table.exit_code == 0, table.output
    assert_inert(table.stdout, tty=tty)


@pytest.mark.parametrize("tty", [False, True], ids=["pipe", "tty"])
@pytest.mark.parametrize("text", HOSTILE, ids=repr)
def test_a_non_json_error_body_prints_as_one_literal_line(world: World, text: str, tty: bool) -> None:
    world.tty = tty
    assert world.run("login").exit_code == 0  # listWallets needs a credential, or nothing is sent
    world.tamper["listWallets"] = lambda request, response: httpx.Response(
        502, content=f"<html>{text}</html>".encode(), headers={"content-type": "text/html"}
    )
    result = world.run("call", "listWallets")
    assert result.exit_code == 1
    assert_inert(result.stderr, tty=tty)
    lines = shown(result.stderr, tty=tty).splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "502" in lines[0] and "html" in lines[0]
    assert world.waits, "retried, on the injected sleep"


@pytest.mark.parametrize("text", HOSTILE, ids=repr)
def test_literal_and_json_text_make_every_hostile_string_inert_and_keep_it_readable(text: str) -> None:
    assert literal(text).isprintable()
    encoded = json_text({"k": text}, pretty=False)
    assert encoded.isprintable() and json.loads(encoded) == {"k": text}
    if text.isprintable():
        assert literal(text) == text, "printable text is shown as it is"
