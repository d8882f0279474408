"""A ``sumvin login`` / ``whoami`` / ``call`` / ``logout`` session against ``python -m sumvin_sdk.testing``, as a
user runs it: the sign-in is approved by visiting the printed URL, which is the fake's own verification page."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner, Result
from rich.console import Console

from sumvin_sdk.cli import Environment, cli
from sumvin_sdk.cli._store import FileStore


@pytest.fixture
def server() -> Iterator[str]:
    """The fake as its own process on a free loopback port; its base URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "sumvin_sdk.testing", "--port", "0"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # printed once it listens
        found = re.search(r"http://127\.0\.0\.1:\d+", line)
        assert found, line
        yield found[0]
    finally:
        process.terminate()
        process.wait(timeout=10)


class Session:
    """The CLI with a file store under tmp; its one wait visits the verification URL it printed."""

    def __init__(self, base_url: str, folder: Path) -> None:
        self.base_url = base_url
        self.store = FileStore(folder)
        self.err = Console(stderr=True, force_terminal=False, width=300, record=True)
        self.visited: list[int] = []

    def visit_the_printed_url(self, seconds: float) -> None:
        printed = re.findall(r"go straight to (\S+?)\)", self.err.export_text(clear=False))
        if printed and not self.visited:
            self.visited.append(httpx.get(printed[-1]).status_code)  # what a browser or curl would do

    def run(self, *args: str) -> Result:
        env = Environment(
            store=lambda: self.store,
            sleep=self.visit_the_printed_url,
            out=Console(force_terminal=False, width=300),
            err=self.err,
        )
        return CliRunner().invoke(cli, ["--base-url", self.base_url, *args], obj=env)


def test_login_whoami_call_and_logout_against_the_fake_server(server: str, tmp_path: Path) -> None:
    session = Session(server, tmp_path / "config")
    login = session.run("login", "--client-name", "laptop")
    assert login.exit_code == 0, login.output
    assert session.visited == [200] and f"{server}/cli/verify" in session.err.export_text()
    who = session.run("whoami")
    assert who.exit_code == 0 and json.loads(who.stdout)["status"] == "active"
    assert json.loads(who.stdout)["name"] == "laptop"
    wallets = session.run("call", "listWallets")
    assert wallets.exit_code == 0 and len(json.loads(wallets.stdout)["wallets"]) == 2
    out = session.run("logout")
    assert out.exit_code == 0 and session.store.load(server) is None
    again = session.run("whoami")
    assert again.exit_code == 2 and "sumvin login" in again.output
