"""The world the ``sumvin`` command's tests run in: the fake API, a browser that approves, a file store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
from click.testing import CliRunner, Result
from rich.console import Console

from sumvin_sdk import Sumvin
from sumvin_sdk._generated.models import CreateUserRequest
from sumvin_sdk._pipeline import operation_for
from sumvin_sdk.cli import Environment, cli
from sumvin_sdk.cli._store import FileStore
from sumvin_sdk.device import approve
from sumvin_sdk.testing import FakeSumvin

BASE = "https://api.sumvin.test"

#: What a tampering hook does to one answer of the fake: return another answer, or raise to fail the request.
Tamper = Callable[[httpx.Request, httpx.Response], httpx.Response]


class World:
    """The fake API, a browser session that approves on the first wait, and a file store under tmp.

    ``tamper[operationId]`` rewrites (or fails) every answer the command gets for that operation; ``tty``
    makes both consoles terminals.
    """

    def __init__(self, tmp_path: Path) -> None:
        self.now = 1_750_000_000.0
        self.fake = FakeSumvin(clock=lambda: self.now)
        self.store = FileStore(tmp_path / "config")
        self.browser = Sumvin(
            base_url=BASE, jwt=self.fake.jwt("ada", expires_in=10**6), transport=self.fake.transport()
        )
        self.browser.user.create_user_account(body=CreateUserRequest())
        self.approve = True
        self.tty = False
        self.waits: list[float] = []
        self.tamper: dict[str, Tamper] = {}

    def answer(self, request: httpx.Request) -> httpx.Response:
        response = self.fake.handle(request)
        operation = operation_for(request.method, request.url.path)
        hook = self.tamper.get(operation.operation_id if operation else "")
        return hook(request, response) if hook else response

    def sleep(self, seconds: float) -> None:
        self.now += seconds
        self.waits.append(seconds)
        pending = [c for c in self.fake.device_codes.values() if c.status == "pending"]
        if self.approve and pending:
            approve(self.browser, pending[0].device_code, pending[0].user_code)

    def run(self, *args: str, base: tuple[str, ...] = ("--base-url", BASE), bug_ok: bool = False) -> Result:
        env = Environment(
            transport=httpx.MockTransport(self.answer),
            store=lambda: self.store,
            clock=lambda: self.now,
            sleep=self.sleep,
            out=Console(force_terminal=self.tty, width=200),
            err=Console(stderr=True, force_terminal=self.tty, width=200),
        )
        result = CliRunner().invoke(cli, [*base, *args], obj=env, prog_name="sumvin")
        assert "Traceback" not in result.output and isinstance(result.exception, SystemExit | None), result.output
        assert bug_ok or "bug in the sumvin command" not in result.output, result.output
        return result
