"""``sumvin call OPERATION --all``: a list operation's every item, across its pages, through ``Sumvin.paginate``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from sumvin_sdk._generated.operations import OPERATIONS
from tests.cli_world import BASE, World
from tests.test_cli_help import PAGED

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


def next_link(href: str) -> Any:
    def tampered(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        body: dict[str, Any] = json.loads(response.content)
        body["_links"]["next"] = {"href": href}
        return httpx.Response(200, json=body)

    return tampered


@pytest.mark.parametrize(
    ("href", "said"),
    [
        ("/v0/wallets/?offset=0&limit=2", "pagination loops"),
        ("https://evil.test/v0/wallets/?offset=2", "refused link"),
        ("/v0/user/me", "does not parse"),
    ],
)
def test_a_bad_next_link_ends_in_one_line_with_status_1(world: World, href: str, said: str) -> None:
    world.tamper["listWallets"] = next_link(href)
    result = world.run("call", "listWallets", "--all")
    assert result.exit_code == 1 and len(result.stderr.splitlines()) == 1, result.output
    assert result.stdout == "", "no partial document"
    assert all(r.url.host == httpx.URL(BASE).host for r in world.fake.requests), "never another origin"
