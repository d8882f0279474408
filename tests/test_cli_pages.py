"""``sumvin call OPERATION --all``: a list operation's every item, across its pages, through ``Sumvin.paginate``,
printed as each page arrives: a JSON array closed whatever happens, JSON lines, or table rows."""

from __future__ import annotations

import io
import itertools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from sumvin_sdk._generated.operations import OPERATIONS
from tests.cli_world import BASE, World
from tests.test_cli_help import PAGED
from tests.test_cli_output import HOSTILE, assert_inert, hostile_items, shown

REFUSAL = "--all follows the pages of a list operation"


@pytest.fixture
def world(tmp_path: Path) -> World:
    world = World(tmp_path)
    assert world.run("login").exit_code == 0
    user = next(iter(world.fake.users.values()))
    world.fake.seed.transactions(user, count=7)
    return world


def every(world: World, *args: str) -> list[dict[str, Any]]:
    result = world.run("call", *args, "--all", "-o", "json")
    assert result.exit_code == 0, result.output
    found: list[dict[str, Any]] = json.loads(result.stdout)
    assert isinstance(found, list), "one JSON array"
    return found


def test_all_follows_every_page_and_prints_every_item_once(world: World) -> None:
    one_page = json.loads(world.run("call", "listTransactions", "-p", "limit=100").stdout)["transactions"]
    before = len(world.fake.calls("listTransactions"))
    walked = every(world, "listTransactions", "-p", "limit=3")
    assert [t["id"] for t in walked] == [t["id"] for t in one_page] and len(walked) > 6
    assert len(world.fake.calls("listTransactions")) - before == -(-len(walked) // 3), "pages of 3"


def test_all_walks_the_wallets_the_fake_pages_by_two(world: World) -> None:
    walked = every(world, "listWallets")
    user = next(iter(world.fake.users.values()))
    assert len(walked) == len(user.collection("wallets")) > 2
    assert len({w["id"] for w in walked}) == len(walked)


@pytest.mark.parametrize("fmt", ["iso8601", "epoch_ms"])
def test_all_prints_timestamps_in_the_format_named(world: World, fmt: str) -> None:
    walked = every(world, "listTransactions", "-p", "limit=2", "--timestamp-format", fmt)
    kinds = {type(t["created_at"]) for t in walked}
    assert kinds == ({str} if fmt == "iso8601" else {int})
    if fmt == "iso8601":
        assert all(t["created_at"].endswith("Z") for t in walked)


def test_all_as_a_table_has_a_row_per_item_of_every_page(world: World) -> None:
    count = len(every(world, "listTransactions"))
    result = world.run("call", "listTransactions", "-p", "limit=2", "--all", "-o", "table")
    assert result.exit_code == 0, result.output
    assert sum(line.lstrip().startswith("txn_") for line in result.stdout.splitlines()) == count > 2
    assert result.stdout.splitlines()[-1].split() == [str(count), "items"]


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_all_is_refused_exactly_on_the_operations_that_are_not_lists(world: World, operation_id: str) -> None:
    sent = len(world.fake.requests)
    result = world.run("call", operation_id, "--all")
    refused = REFUSAL in result.stderr
    assert refused == (operation_id not in PAGED), result.output
    if refused:
        assert result.exit_code == 2 and len(result.stderr.splitlines()) == 1
        assert len(world.fake.requests) == sent, "nothing sent"


BAD_NEXT = [
    ("/v0/transactions/?offset=0&limit=3", "pagination loops"),
    ("https://evil.test/v0/transactions/?offset=9", "another origin"),
    ("http://api.sumvin.test/v0/transactions/?offset=9", "another origin"),
    ("//evil.test/v0/transactions/", "protocol-relative"),
    ("javascript:alert(1)", "another origin"),
    ("/v0/transactions/?offset=9\x1b[2J", "control characters"),
    ("/v0/nowhere", "matches no operation"),
    ("/v0/user/me", "getUserAccount needs a credential"),  # a MissingCredentialError, but the server's doing
]
OUTPUTS = ["json", "jsonl", "table"]
PAGE = 3  # items a page, with -p limit=3
COLUMNS = ["id", "type", "status", "direction", "amount", "created_at", "updated_at"]  # a transaction's required


def next_link(href: str, *, on: int = 1) -> Callable[[httpx.Request, httpx.Response], httpx.Response]:
    """A tampering hook: the ``on``-th answer (from 1) gets ``href`` as its ``next`` link."""
    answers = [0]

    def tampered(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        answers[0] += 1
        if answers[0] != on:
            return response
        body: dict[str, Any] = json.loads(response.content)
        body["_links"]["next"] = {"href": href}
        return httpx.Response(200, json=body)

    return tampered


def printed(text: str, output: str) -> list[str]:
    """The ids of the transactions in ``text``, as ``output`` prints them; asserts the format is whole."""
    if output == "json":
        return [t["id"] for t in json.loads(text)]
    if output == "jsonl":
        return [json.loads(line)["id"] for line in text.splitlines()]
    return [line.split()[0] for line in text.splitlines() if line.startswith(" txn_")]


def stdout_so_far() -> int:
    """How much the command has written to stdout (click's runner holds it) at this moment."""
    sys.stdout.flush()
    held = sys.stdout.buffer
    assert isinstance(held, io.BytesIO)
    return len(held.getvalue())


@pytest.mark.parametrize("output", OUTPUTS)
def test_each_page_is_printed_before_the_next_is_asked_for(world: World, output: str) -> None:
    seen: list[int] = []

    def watched(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        seen.append(stdout_so_far())
        return response

    world.tamper["listTransactions"] = watched
    result = world.run("call", "listTransactions", "-p", f"limit={PAGE}", "--all", "-o", output)
    assert result.exit_code == 0, result.output
    assert len(seen) >= 3 and seen[0] == 0
    assert all(before < after for before, after in itertools.pairwise(seen)), "output grew every page"
    assert len(printed(result.stdout, output)) == len(every(world, "listTransactions"))


@pytest.mark.parametrize("output", ["jsonl", "table"])
def test_every_output_lists_the_same_items_in_the_same_order(world: World, output: str) -> None:
    result = world.run("call", "listTransactions", "-p", f"limit={PAGE}", "--all", "-o", output)
    assert printed(result.stdout, output) == [t["id"] for t in every(world, "listTransactions")]


def test_json_lines_are_one_item_a_line_whole_and_alone(world: World) -> None:
    result = world.run("call", "listTransactions", "-p", f"limit={PAGE}", "--all", "-o", "jsonl")
    assert [json.loads(line) for line in result.stdout.splitlines()] == every(world, "listTransactions")


@pytest.mark.parametrize("tty", [False, True], ids=["pipe", "tty"])
def test_the_streamed_json_is_one_array_with_an_item_a_line_when_piped(world: World, tty: bool) -> None:
    walked = [t["id"] for t in every(world, "listTransactions")]
    world.tty = tty
    result = world.run("call", "listTransactions", "-p", f"limit={PAGE}", "--all", "-o", "json")
    items = json.loads(shown(result.stdout, tty=tty))
    assert [t["id"] for t in items] == walked
    if not tty:
        lines = result.stdout.splitlines()
        assert lines[0] == "[" and lines[-1] == "]" and len(lines) == len(items) + 2


def test_an_empty_list_is_an_empty_array_no_lines_or_no_rows(world: World) -> None:
    def emptied(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        body: dict[str, Any] = json.loads(response.content)
        body["transactions"] = []
        body["_links"].pop("next", None)
        return httpx.Response(200, json=body)

    world.tamper["listTransactions"] = emptied
    results = {o: world.run("call", "listTransactions", "--all", "-o", o).stdout for o in OUTPUTS}
    assert results == {"json": "[]\n", "jsonl": "", "table": "0 items\n"}


def test_a_table_has_one_header_and_every_pages_rows_in_its_columns(world: World) -> None:
    result = world.run("call", "listTransactions", "-p", f"limit={PAGE}", "--all", "-o", "table")
    lines = result.stdout.splitlines()
    rows = [line for line in lines if line.startswith(" txn_")]
    assert sum(line.split()[:2] == ["id", "type"] for line in lines) == 1, "one header"
    assert len({len(line) for line in lines[:-1]}) == 1, "every line as wide: the first page's columns throughout"
    starts = {line.index(line.split()[1], len(line.split()[0]) + 1) for line in rows}
    assert len(starts) == 1, "the second column starts at the same place on every page"


def test_a_page_with_a_member_none_before_had_gets_a_header_with_it(world: World) -> None:
    answers = [0]

    def widened(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        answers[0] += 1
        body: dict[str, Any] = json.loads(response.content)
        body["transactions"] = [
            {k: t[k] for k in COLUMNS} | ({"zz_new": "x"} if answers[0] == 2 else {}) for t in body["transactions"]
        ]
        return httpx.Response(200, json=body)

    world.tamper["listTransactions"] = widened
    result = world.run("call", "listTransactions", "-p", f"limit={PAGE}", "--all", "-o", "table")
    headers = [line.split() for line in result.stdout.splitlines() if line.split()[:1] == ["id"]]
    assert headers == [COLUMNS, [*COLUMNS, "zz_new"]], result.stdout
    assert len(printed(result.stdout, "table")) == len(every(world, "listTransactions"))


@pytest.mark.parametrize("output", OUTPUTS)
@pytest.mark.parametrize(("href", "said"), BAD_NEXT, ids=repr)
def test_a_bad_next_link_on_a_later_page_ends_in_one_line_with_status_1_after_valid_output(
    world: World, href: str, said: str, output: str
) -> None:
    walked = [t["id"] for t in every(world, "listTransactions", "-p", f"limit={PAGE}")]
    world.tamper["listTransactions"] = next_link(href, on=3)
    result = world.run("call", "listTransactions", "-p", f"limit={PAGE}", "--all", "-o", output)
    assert result.exit_code == 1, result.output
    assert len(result.stderr.splitlines()) == 1 and said in result.stderr, result.stderr
    assert printed(result.stdout, output) == walked[: 3 * PAGE], "the three pages that came, whole"
    assert "items" not in result.stdout, "no count under a table that was cut short"
    assert all(r.url.host == httpx.URL(BASE).host for r in world.fake.requests), "never another origin"


@pytest.mark.parametrize(
    ("href", "said"),
    [
        ("/v0/wallets/?offset=0&limit=2", "pagination loops"),
        ("https://evil.test/v0/wallets/?offset=2", "refused link"),
        ("/v0/user/me", "getUserAccount needs a credential"),
    ],
)
def test_a_bad_next_link_on_the_first_page_leaves_its_items_as_one_array(world: World, href: str, said: str) -> None:
    first = json.loads(world.run("call", "listWallets").stdout)["wallets"]
    world.tamper["listWallets"] = next_link(href)
    result = world.run("call", "listWallets", "--all")
    assert result.exit_code == 1 and len(result.stderr.splitlines()) == 1 and said in result.stderr, result.output
    assert [w["id"] for w in json.loads(result.stdout)] == [w["id"] for w in first]
    assert all(r.url.host == httpx.URL(BASE).host for r in world.fake.requests), "never another origin"


def test_without_all_jsonl_prints_the_first_pages_items_and_one_answer_on_one_line(world: World) -> None:
    page = json.loads(world.run("call", "listTransactions", "-p", f"limit={PAGE}").stdout)["transactions"]
    lines = world.run("call", "listTransactions", "-p", f"limit={PAGE}", "-o", "jsonl").stdout.splitlines()
    assert [json.loads(line) for line in lines] == page and len(page) == PAGE
    one = world.run("call", "getTransaction", "-p", f"transaction_id={page[0]['id']}", "-o", "jsonl").stdout
    assert one.count("\n") == 1 and json.loads(one)["id"] == page[0]["id"]


@pytest.mark.parametrize(("output", "tty"), [("json", False), ("json", True), ("jsonl", False), ("table", True)])
@pytest.mark.parametrize("text", HOSTILE, ids=repr)
def test_server_text_on_every_page_prints_literally_in_every_output(
    world: World, text: str, output: str, tty: bool
) -> None:
    world.tamper["listTransactions"] = hostile_items("transactions", "merchant_name", text)
    world.tty = tty
    result = world.run("call", "listTransactions", "-p", f"limit={PAGE}", "--all", "-o", output)
    assert result.exit_code == 0, result.output
    assert_inert(result.stdout, tty=tty)
    plain = shown(result.stdout, tty=tty)
    if output != "table":
        items = json.loads(plain) if output == "json" else [json.loads(line) for line in plain.splitlines()]
        assert {item["merchant_name"] for item in items} == {text} and all(item[text] == text for item in items)
