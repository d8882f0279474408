"""``sumvin call --timestamp-format``: every timestamp printed as ISO 8601 (the default) or epoch milliseconds,
in JSON and in tables, whichever form the API sent."""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from sumvin_sdk._generated import models
from sumvin_sdk._generated.types import Model
from sumvin_sdk.cli._output import attribute_name, timestamp
from tests.cli_world import World
from tests.test_cli_output import shown

NOW_MS = 1_750_000_000_000  # the world's clock: when the fake created the wallets
NOW_ISO = "2025-06-15T15:06:40Z"


@pytest.fixture
def world(tmp_path: Path) -> World:
    world = World(tmp_path)
    assert world.run("login").exit_code == 0
    return world


def wallets(world: World, *options: str) -> list[dict[str, Any]]:
    result = world.run("call", "listWallets", "-o", "json", *options)
    assert result.exit_code == 0, result.output
    found: list[dict[str, Any]] = json.loads(result.stdout)["wallets"]
    return found


@pytest.mark.parametrize(
    ("options", "created", "card_created"),
    [
        ((), NOW_ISO, "1970-01-01T00:00:00.001Z"),  # milliseconds are kept where there are any
        (("--timestamp-format", "iso8601"), NOW_ISO, "1970-01-01T00:00:00.001Z"),
        (("--timestamp-format", "epoch_ms"), NOW_MS, 1),
    ],
    ids=["default", "iso8601", "epoch_ms"],
)
def test_json_prints_every_timestamp_in_the_format_named(
    world: World, options: tuple[str, ...], created: Any, card_created: Any
) -> None:
    found = wallets(world, *options)
    assert {w["created_at"] for w in found} == {created}
    assert {c["created_at"] for w in found for c in w["cards"]} == {card_created}, "nested in lists too"


@pytest.mark.parametrize(
    ("fmt", "shown", "hidden"), [("iso8601", NOW_ISO, str(NOW_MS)), ("epoch_ms", str(NOW_MS), NOW_ISO)]
)
def test_tables_print_timestamps_in_the_format_named(world: World, fmt: str, shown: str, hidden: str) -> None:
    def narrow(request: httpx.Request, response: httpx.Response) -> httpx.Response:  # no cell folded in two
        body: dict[str, Any] = json.loads(response.content)
        body["wallets"] = [
            {k: w[k] for k in ("id", "address", "chain_id", "is_primary", "is_eoa", "created_at")}
            for w in body["wallets"]
        ]
        return httpx.Response(200, json=body)

    world.tamper["listWallets"] = narrow
    listed = world.run("call", "listWallets", "-o", "table", "--timestamp-format", fmt).stdout
    first = wallets(world)[0]["id"]
    assert listed.count(shown) == len(wallets(world))
    one = world.run("call", "getWallet", "-p", f"wallet_id={first}", "-o", "table", "--timestamp-format", fmt).stdout
    for table in (listed, one):
        assert shown in table and hidden not in table


def test_the_default_is_iso8601_on_a_terminal_too(world: World) -> None:
    world.tty = True
    printed = json.loads(shown(world.run("call", "listWallets", "-o", "json").stdout, tty=True))
    assert {w["created_at"] for w in printed["wallets"]} == {NOW_ISO}


@pytest.mark.parametrize("fmt", ["iso8601", "epoch_ms"])
def test_what_is_printed_does_not_depend_on_the_form_the_api_sent(world: World, fmt: str) -> None:
    def other_form(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        body: dict[str, Any] = json.loads(response.content)
        for wallet in body["wallets"]:
            wallet["created_at"] = NOW_ISO if isinstance(wallet["created_at"], int) else NOW_MS
        return httpx.Response(200, json=body)

    expected = wallets(world, "--timestamp-format", fmt)
    world.tamper["listWallets"] = other_form
    assert wallets(world, "--timestamp-format", fmt) == expected
    sent = world.fake.requests[-1].headers.get("x-timestamp-format")
    assert sent == ("iso8601" if fmt == "iso8601" else None), "the API is asked for the same form"


def test_a_member_the_contract_does_not_know_is_printed_as_sent(world: World) -> None:
    def unknown(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        body: dict[str, Any] = json.loads(response.content)
        body["wallets"][0] |= {"archived_at": 5, "labelledAt": "later"}
        return httpx.Response(200, json=body)

    world.tamper["listWallets"] = unknown
    first = wallets(world)[0]
    assert first["archived_at"] == 5 and first["labelledAt"] == "later" and first["created_at"] == NOW_ISO


@pytest.mark.parametrize(
    ("value", "iso", "ms"),
    [
        (datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC), "2024-01-01T00:00:00Z", 1_704_067_200_000),
        (
            datetime.datetime(2024, 1, 1, 0, 0, 0, 250_000, tzinfo=datetime.UTC),
            "2024-01-01T00:00:00.250Z",
            1_704_067_200_250,
        ),
        (
            datetime.datetime(2024, 1, 1, 2, tzinfo=datetime.timezone(datetime.timedelta(hours=2))),
            "2024-01-01T00:00:00Z",
            1_704_067_200_000,
        ),
        (datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC), "1970-01-01T00:00:00Z", 0),
    ],
)
def test_a_timestamp_is_utc_iso8601_or_whole_epoch_milliseconds(value: datetime.datetime, iso: str, ms: int) -> None:
    assert timestamp(value, "iso8601") == iso and timestamp(value, "epoch_ms") == ms


def every_model() -> list[type[Model]]:
    found = [getattr(models, name) for name in models.__all__]
    return [m for m in found if isinstance(m, type) and issubclass(m, Model)]


def test_every_member_of_every_model_is_found_under_its_wire_name() -> None:
    checked = 0
    for model in every_model():
        for member in getattr(sys.modules[model.__module__], "_MEMBERS", ()):
            assert attribute_name(model, member) is not None, f"{model.__name__}.{member}"
            checked += 1
    assert checked > 1000
