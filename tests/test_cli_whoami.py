"""``sumvin whoami``: printed through the same path as ``sumvin call``, so ``--output`` and ``--timestamp-format``
mean the same there, given before the command or after it."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli_world import BASE, World
from tests.test_cli_output import shown

OUTPUTS = [None, "json", "table"]
FORMATS = [None, "iso8601", "epoch_ms"]


@pytest.fixture
def world(tmp_path: Path) -> World:
    world = World(tmp_path)
    assert world.run("login").exit_code == 0
    return world


def expiry(world: World) -> dict[str, str | int]:
    """The kept token's expiry in each format, worked out here from what the store holds."""
    stored = world.store.load(BASE)
    assert stored is not None
    when = datetime.datetime.fromisoformat(stored.expires_at)
    assert when.tzinfo is not None and when.microsecond == 0
    return {
        "iso8601": when.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "epoch_ms": int(when.timestamp()) * 1000,
    }


def options(output: str | None, fmt: str | None) -> list[str]:
    return [*(["--output", output] if output else []), *(["--timestamp-format", fmt] if fmt else [])]


@pytest.mark.parametrize("after", [True, False], ids=["after", "before"])
@pytest.mark.parametrize("tty", [False, True], ids=["pipe", "tty"])
@pytest.mark.parametrize("fmt", FORMATS, ids=str)
@pytest.mark.parametrize("output", OUTPUTS, ids=str)
def test_whoami_prints_as_output_and_timestamp_format_say(
    world: World, output: str | None, fmt: str | None, tty: bool, after: bool
) -> None:
    expected = expiry(world)
    world.tty = tty
    # --output belongs to the command; --timestamp-format is taken before it and after it alike
    before = ["--timestamp-format", fmt] if fmt and not after else []
    result = world.run(*before, "whoami", *options(output, fmt if after else None), base=("--base-url", BASE))
    assert result.exit_code == 0, result.output
    text = shown(result.stdout, tty=tty)
    chosen = output or ("table" if tty else "json")
    wanted = expected[fmt or "iso8601"]
    other = expected["epoch_ms" if (fmt or "iso8601") == "iso8601" else "iso8601"]
    if chosen == "json":
        data: dict[str, Any] = json.loads(text)
        assert data["expires_at"] == wanted
        assert data["base_url"] == BASE and data["status"] == "active" and isinstance(data["scopes"], list)
        assert tty or text.count("\n") == 1, "one line when piped"
    else:
        rows = {line.split()[0]: line.split()[1:] for line in text.splitlines() if line.split()}
        assert rows["expires_at"] == [str(wanted)], text
        assert rows["base_url"] == [BASE] and rows["status"] == ["active"]
        assert not text.lstrip().startswith("{")
    assert str(other) not in text


def test_whoami_and_call_print_one_answer_alike(world: World) -> None:
    """One rendering path: the token's members print the same in ``whoami`` and in the listing they come from."""
    listed = json.loads(world.run("call", "listPersonalAccessTokens", "--timestamp-format", "epoch_ms").stdout)
    mine = json.loads(world.run("whoami", "--timestamp-format", "epoch_ms").stdout)
    token = next(t for t in listed["data"] if t["id"] == mine["token_id"])
    assert {k: token[k] for k in ("name", "status", "scopes")} == {k: mine[k] for k in ("name", "status", "scopes")}
    assert token["expires_at"] == mine["expires_at"], "the same instant, in the same form"


@pytest.mark.parametrize("kept", ["not a date", "2026-13-01T00:00:00+00:00", ""])
def test_a_kept_expiry_that_is_no_timestamp_prints_as_kept(world: World, kept: str) -> None:
    stored = world.store.load(BASE)
    assert stored is not None
    world.store.save(type(stored)(stored.base_url, stored.token, stored.token_id, kept))
    for fmt in ("iso8601", "epoch_ms"):
        result = world.run("whoami", "--timestamp-format", fmt, "-o", "json")
        assert result.exit_code == 0 and json.loads(result.stdout)["expires_at"] == kept
