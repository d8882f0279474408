"""The ``sumvin`` command: sign in, call any operation, list them."""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

import attrs
import click
import httpx
from rich.console import Console

from sumvin_sdk import __version__
from sumvin_sdk._client import DEFAULT_BASE_URL, Sumvin
from sumvin_sdk._generated.operations import OPERATIONS
from sumvin_sdk._generated.types import File
from sumvin_sdk._pipeline import TimestampFormat
from sumvin_sdk._retry import RetryPolicy
from sumvin_sdk.cli._completion import complete_operation, complete_parameter
from sumvin_sdk.cli._contract import page_model
from sumvin_sdk.cli._display import error_line, literal, say
from sumvin_sdk.cli._help import OperationCommand
from sumvin_sdk.cli._operations import arguments, find_operation, parameters
from sumvin_sdk.cli._options import global_options
from sumvin_sdk.cli._output import Output, default_output, listing, output_option, plain, show
from sumvin_sdk.cli._store import StoredToken, StoreError, TokenStore, default_store
from sumvin_sdk.cli._waits import kyc, onboarding
from sumvin_sdk.device import DeviceLoginCancelledError, UserCode, login
from sumvin_sdk.errors import AuthenticationError, SumvinError, UsageError

#: The API honours a personal access token only from a client whose User-Agent starts with ``sumvin-cli/``.
USER_AGENT = f"sumvin-cli/{__version__} sumvin-sdk-python/{__version__}"
API_ERROR = 1  # an error from the API, no connection, or a kept token that cannot be used
USAGE_ERROR = 2  # as click exits for a usage error
INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl-C


@attrs.define
class Environment:
    """What the commands run with; tests replace the transport, the store, the clock and the sleep."""

    transport: httpx.BaseTransport | None = None
    store: Callable[[], TokenStore] = default_store
    clock: Callable[[], float] = time.time
    sleep: Callable[[float], None] = time.sleep
    base_url: str = DEFAULT_BASE_URL
    org_id: str | None = None
    timestamp_format: TimestampFormat = "iso8601"
    out: Console = attrs.field(factory=Console)
    err: Console = attrs.field(factory=lambda: Console(stderr=True))
    #: Whether this command has sent a request yet: an SDK ``UsageError`` before then is the user's (exit 2).
    sent: bool = attrs.field(default=False, init=False)

    def client(self, *, token: str | None = None) -> Sumvin:
        """A client for the configured API, with ``token`` (a PAT) if given; its every send sets ``sent``."""
        client = Sumvin(
            base_url=self.base_url,
            auth=[],
            pat=token,
            org_id=self.org_id,
            timestamp_format=self.timestamp_format,
            user_agent=USER_AGENT,
            retry_policy=RetryPolicy(sleep=self.sleep, clock=self.clock),
            transport=self.transport,
        )
        client._http.event_hooks["request"].append(self._sending)  # copies (with_options) share it
        return client

    def _sending(self, request: httpx.Request) -> None:
        self.sent = True

    def refused_unsent(self, error: SumvinError) -> bool:
        """Whether ``error`` is the SDK refusing what was typed: a ``UsageError`` raised before this command
        sent anything. Once a request has gone out, the same refusal may come from what a server sent."""
        return isinstance(error, UsageError) and not self.sent

    def render(self, value: Any, output: Output | None) -> None:
        """An answer (a model or plain data) on stdout as ``output`` says (else the default for stdout),
        its timestamps as ``--timestamp-format`` says."""
        show(self.out, plain(value, self.timestamp_format), output or default_output(self.out))

    def signed_in(self) -> tuple[TokenStore, StoredToken]:
        """The store and the token kept for this API; a usage error if there is none."""
        store = self.store()
        stored = store.load(self.base_url)
        if stored is None:
            raise click.UsageError(f"not signed in to {self.base_url}: run `sumvin login`")
        return store, stored

    def fail(self, message: str, status: int) -> NoReturn:
        """Report ``message`` (already literal) as the one line of a failure; exit with ``status``."""
        say(self.err, ("error", "bold red"), ": ", message)
        raise SystemExit(status)


class _Command(click.Group):
    """The top command: every failure ends as one line on stderr and an exit status, never a traceback."""

    def main(  # always exits, as click's own standalone mode does
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> NoReturn:
        env = extra.setdefault("obj", None) or Environment()
        extra["obj"] = env
        env.sent = False
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.ClickException as error:
            hint = (
                f" (see `{error.ctx.command_path} --help`)" if isinstance(error, click.UsageError) and error.ctx else ""
            )
            env.fail(literal(error.format_message()) + hint, error.exit_code)
        except (click.Abort, KeyboardInterrupt):  # DeviceLoginCancelledError too
            env.fail("interrupted", INTERRUPTED)
        except SumvinError as error:
            env.fail(error_line(error), USAGE_ERROR if env.refused_unsent(error) else API_ERROR)
        except StoreError as error:
            env.fail(literal(error), API_ERROR)
        except OSError as error:
            env.fail(literal(f"{error.strerror or type(error).__name__}: {error.filename or ''}"), API_ERROR)
        except Exception as error:  # a defect: its message may hold anything, so only its type
            env.fail(f"unexpected {type(error).__name__}; this is a bug in the sumvin command", API_ERROR)
        raise SystemExit(code if isinstance(code, int) else 0)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:  # here, before click turns it into an Abort after a blank line
            ctx.ensure_object(Environment).fail("interrupted", INTERRUPTED)


@click.group(cls=_Command)
@global_options(top=True)
@click.version_option(__version__, prog_name="sumvin")
def cli() -> None:
    """The Sumvin API from the command line."""


@cli.command("login")
@click.option("--client-name", default="sumvin-cli", show_default=True, help="How this sign-in is listed.")
@global_options(top=False)
@click.pass_obj
def login_command(env: Environment, client_name: str) -> None:
    """Sign in through the browser and keep a personal access token."""
    store = env.store()
    store.load(env.base_url)  # a store that cannot be read fails now, not after the user approved
    client = env.client()
    status = env.err.status("waiting for approval")
    deadline = [0.0]

    def show(code: UserCode) -> None:
        deadline[0] = env.clock() + code.expires_in
        say(env.err, "Open ", (code.verification_uri, "bold"), " and enter ", (code.user_code, "bold"))
        say(env.err, "(or go straight to ", code.verification_uri_complete, ")")
        status.start()

    def wait(seconds: float) -> None:
        left = max(0, int(deadline[0] - env.clock()))
        status.update(f"waiting for approval ({left // 60}:{left % 60:02d} left)")
        env.sleep(seconds)

    try:
        token = login(client, on_user_code=show, client_name=client_name, clock=env.clock, sleep=wait)
    except DeviceLoginCancelledError:
        raise KeyboardInterrupt from None
    except SumvinError as error:
        env.fail("sign-in failed: " + error_line(error), API_ERROR)
    finally:
        status.stop()
    signed_in = client.with_options(pat=token.token)
    mine = max(signed_in.cli.list_personal_access_tokens().data, key=lambda t: t.created_at, default=None)
    store.save(StoredToken(env.base_url, token.token, mine.id if mine else None, token.expires_at.isoformat()))
    say(env.err, f"Signed in; the token is kept in the {store.name} store until {token.expires_at:%Y-%m-%d}.")


@cli.command()
@global_options(top=False)
@click.pass_obj
def logout(env: Environment) -> None:
    """Revoke the kept token on the server and forget it here."""
    store, stored = env.signed_in()
    if stored.token_id is not None:
        with contextlib.suppress(AuthenticationError):  # an expired or revoked token: nothing left to revoke
            env.client(token=stored.token).cli.revoke_personal_access_token(stored.token_id)
    store.delete(env.base_url)
    say(env.err, "Signed out.")


@cli.command()
@output_option
@global_options(top=False)
@click.pass_obj
def whoami(env: Environment, output: Output | None) -> None:
    """Show the signed-in token: its name, status, scopes and expiry."""
    _, stored = env.signed_in()
    tokens = env.client(token=stored.token).cli.list_personal_access_tokens().data
    mine = next((t for t in tokens if t.id == stored.token_id), None)
    data: dict[str, Any] = {"base_url": env.base_url, "token_id": stored.token_id, "expires_at": stored.expiry()}
    if mine is not None:
        data |= {"name": mine.name, "status": str(mine.status), "scopes": mine.scopes}
    env.render(data, output)


@cli.command("call", cls=OperationCommand)
@click.argument("operation", shell_complete=complete_operation)
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="An argument; JSON values allowed.",
    shell_complete=complete_parameter,
)
@click.option("--body", "-b", default=None, metavar="JSON|@FILE", help="The request body.")
@click.option("--all", "every", is_flag=True, help="Follow the pages of a list operation; print every item.")
@output_option
@global_options(top=False)
@click.pass_obj
def call_command(
    env: Environment, operation: str, params: tuple[str, ...], body: str | None, every: bool, output: Output | None
) -> None:
    """Call any operation by operationId or snake_case name, with the kept token.

    `sumvin call OPERATION --help` describes the operation: what it does, its parameters and its body.
    """
    found = find_operation(operation)
    page = page_model(found)
    if every and page is None:
        raise click.UsageError(f"--all follows the pages of a list operation, and {found.operation_id} is not one")
    kwargs = arguments(found, params, body)
    stored = env.store().load(env.base_url)
    client = env.client(token=stored.token if stored else None)
    response = getattr(getattr(client.with_raw_response, found.tag), found.module)(**kwargs)
    parsed = response.parsed
    if isinstance(parsed, File):
        if env.out.is_terminal:
            env.fail("the answer is a file: redirect the output to keep it (sumvin call ... > file)", API_ERROR)
        sys.stdout.buffer.write(parsed.payload.read())
        return
    chosen = output or default_output(env.out)
    if page is not None and isinstance(parsed, page) and (every or chosen != "json"):
        with listing(env.out, chosen) as shown:  # each page printed as it arrives
            for each in client.paginate(parsed) if every else [parsed]:
                shown.add([plain(item, env.timestamp_format) for item in each.page_items()])
    else:
        env.render(parsed, chosen)


@cli.command()
@click.option("--tag", default=None, help="Only the operations of this tag, e.g. wallets.")
@global_options(top=False)
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
