"""The ``sumvin`` command: sign in, call any operation, list them."""

from __future__ import annotations

import datetime
import json
import sys
import time
from collections.abc import Callable
from typing import Any

import attrs
import click
import httpx
from rich.console import Console

from sumvin_sdk import __version__
from sumvin_sdk._client import DEFAULT_BASE_URL, Sumvin
from sumvin_sdk._generated.operations import OPERATIONS
from sumvin_sdk._generated.types import File
from sumvin_sdk.cli._operations import arguments, find_operation, parameters
from sumvin_sdk.cli._store import StoredToken, TokenStore, default_store
from sumvin_sdk.cli._waits import kyc, onboarding
from sumvin_sdk.device import DeviceLoginError, UserCode, login
from sumvin_sdk.errors import APIStatusError, SumvinError

#: The API honours a personal access token only from a client whose User-Agent starts with ``sumvin-cli/``.
USER_AGENT = f"sumvin-cli/{__version__} sumvin-sdk-python/{__version__}"
API_ERROR = 1  # exit status for an answer from the API that is an error (usage errors exit 2, as click does)


@attrs.define
class Environment:
    """What the commands run with; tests replace the transport, the store, the clock and the sleep."""

    transport: httpx.BaseTransport | None = None
    store: Callable[[], TokenStore] = default_store
    clock: Callable[[], float] = time.time
    sleep: Callable[[float], None] = time.sleep
    base_url: str = DEFAULT_BASE_URL
    org_id: str | None = None
    timestamp_format: str = "epoch_ms"
    out: Console = attrs.field(factory=Console)
    err: Console = attrs.field(factory=lambda: Console(stderr=True))

    def client(self, *, token: str | None = None) -> Sumvin:
        """A client for the configured API, with ``token`` (a PAT) if given."""
        return Sumvin(
            base_url=self.base_url,
            auth=[],
            pat=token,
            org_id=self.org_id,
            timestamp_format="iso8601" if self.timestamp_format == "iso8601" else "epoch_ms",
            user_agent=USER_AGENT,
            transport=self.transport,
        )

    def signed_in(self) -> tuple[TokenStore, StoredToken]:
        """The store and the token kept for this API; a usage error if there is none."""
        store = self.store()
        stored = store.load(self.base_url)
        if stored is None:
            raise click.UsageError(f"not signed in to {self.base_url}: run `sumvin login`")
        return store, stored


def _fail(env: Environment, error: SumvinError) -> None:
    """Print an API error readably, with its trace id, and exit 1."""
    if isinstance(error, APIStatusError) and error.problem is not None:
        problem = error.problem
        env.err.print(f"[bold red]{error.status_code} {problem.title or 'Error'}[/]: {problem.detail or ''}")
        env.err.print(
            f"error code: {problem.error_code}" + (f"   trace id: {problem.trace_id}" if problem.trace_id else "")
        )
        for link in problem.links:
            env.err.print(f"next step: {link}")
    else:
        env.err.print(f"[bold red]error[/]: {error}")
        for field_error in getattr(error, "field_errors", ()):
            env.err.print(f"  {field_error}")
    raise SystemExit(API_ERROR)


def _print_json(env: Environment, data: Any) -> None:
    if env.out.is_terminal:
        env.out.print_json(data=data)
    else:
        click.echo(json.dumps(data))


@click.group()
@click.option("--base-url", envvar="SUMVIN_BASE_URL", default=DEFAULT_BASE_URL, show_default=True)
@click.option("--org-id", envvar="SUMVIN_ORG_ID", default=None, help="Tenant organisation id (x-juno-orgid).")
@click.option("--timestamp-format", type=click.Choice(["epoch_ms", "iso8601"]), default="epoch_ms", show_default=True)
@click.version_option(__version__, prog_name="sumvin")
@click.pass_context
def cli(ctx: click.Context, base_url: str, org_id: str | None, timestamp_format: str) -> None:
    """The Sumvin API from the command line."""
    env = ctx.ensure_object(Environment)
    env.base_url, env.org_id, env.timestamp_format = base_url.rstrip("/"), org_id, timestamp_format


@cli.command("login")
@click.option("--client-name", default="sumvin-cli", show_default=True, help="How this sign-in is listed.")
@click.pass_obj
def login_command(env: Environment, client_name: str) -> None:
    """Sign in through the browser and keep a personal access token."""
    client = env.client()
    status = env.err.status("waiting for approval")
    deadline = [0.0]

    def show(code: UserCode) -> None:
        deadline[0] = env.clock() + code.expires_in
        env.err.print(f"Open [bold]{code.verification_uri}[/] and enter [bold]{code.user_code}[/]")
        env.err.print(f"(or go straight to {code.verification_uri_complete})")
        status.start()

    def wait(seconds: float) -> None:
        left = max(0, int(deadline[0] - env.clock()))
        status.update(f"waiting for approval ({left // 60}:{left % 60:02d} left)")
        env.sleep(seconds)

    try:
        token = login(client, on_user_code=show, client_name=client_name, clock=env.clock, sleep=wait)
    except DeviceLoginError as error:
        status.stop()
        env.err.print(f"[bold red]sign-in failed[/]: {error}")
        raise SystemExit(API_ERROR) from None
    finally:
        status.stop()
    signed_in = client.with_options(pat=token.token)
    try:
        mine = max(signed_in.cli.list_personal_access_tokens().data, key=lambda t: t.created_at, default=None)
    except SumvinError as error:
        _fail(env, error)
    store = env.store()
    store.save(StoredToken(env.base_url, token.token, mine.id if mine else None, token.expires_at.isoformat()))
    env.err.print(f"Signed in; the token is kept in the {store.name} store until {token.expires_at:%Y-%m-%d}.")


@cli.command()
@click.pass_obj
def logout(env: Environment) -> None:
    """Revoke the kept token on the server and forget it here."""
    store, stored = env.signed_in()
    if stored.token_id is not None:
        try:
            env.client(token=stored.token).cli.revoke_personal_access_token(stored.token_id)
        except APIStatusError as error:
            if error.status_code != 401:  # an expired or revoked token: nothing left to revoke
                _fail(env, error)
    store.delete(env.base_url)
    env.err.print("Signed out.")


@cli.command()
@click.pass_obj
def whoami(env: Environment) -> None:
    """Show the signed-in token: its name, status and expiry."""
    _, stored = env.signed_in()
    try:
        tokens = env.client(token=stored.token).cli.list_personal_access_tokens().data
    except SumvinError as error:
        _fail(env, error)
    mine = next((t for t in tokens if t.id == stored.token_id), None)
    data: dict[str, Any] = {"base_url": env.base_url, "token_id": stored.token_id, "expires_at": stored.expires_at}
    if mine is not None:
        data |= {"name": mine.name, "status": str(mine.status), "scopes": mine.scopes}
    _print_json(env, data)


@cli.command("call")
@click.argument("operation")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="An argument; JSON values allowed.")
@click.option("--body", "-b", default=None, metavar="JSON|@FILE", help="The request body.")
@click.pass_obj
def call_command(env: Environment, operation: str, params: tuple[str, ...], body: str | None) -> None:
    """Call any operation by operationId or snake_case name, with the kept token."""
    found = find_operation(operation)
    kwargs = arguments(found, params, body)
    stored = env.store().load(env.base_url)
    client = env.client(token=stored.token if stored else None)
    try:
        response = getattr(getattr(client.with_raw_response, found.tag), found.module)(**kwargs)
    except SumvinError as error:
        _fail(env, error)
    parsed = response.parsed
    if isinstance(parsed, File):
        sys.stdout.buffer.write(parsed.payload.read())
        return
    _print_json(env, _plain(parsed))


def _plain(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return value


@cli.command()
@click.option("--tag", default=None, help="Only the operations of this tag, e.g. wallets.")
@click.pass_obj
def ops(env: Environment, tag: str | None) -> None:
    """List the operations with their parameters."""
    chosen = [o for o in OPERATIONS.values() if tag is None or o.tag == tag]
    if not chosen:
        raise click.UsageError(f"no tag {tag!r}; tags: {', '.join(sorted({o.tag for o in OPERATIONS.values()}))}")
    for operation in sorted(chosen, key=lambda o: (o.tag, o.operation_id)):
        names = [(p.name if p.required else f"[{p.name}]") for p in parameters(operation)]
        click.echo(
            f"{operation.operation_id:36} {operation.method:6} {operation.path}" + "".join(f"  {n}" for n in names)
        )


cli.add_command(kyc)
cli.add_command(onboarding)


def main() -> None:
    """The console script's entry point."""
    cli(prog_name="sumvin")
