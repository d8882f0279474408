"""``sumvin kyc wait`` and ``sumvin onboarding wait``: a spinner with the server's status until it settles.

Exit status: 0 when the wait resolves, 1 for any other outcome (rejected, failed, not started, timed out)
and for an error from the API, 2 for a usage error. Whatever the server says is printed as text, never
read as markup.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn

import click
from rich.text import Text

from sumvin_sdk.cli._display import literal
from sumvin_sdk.cli._options import global_options
from sumvin_sdk.errors import APIStatusError, SumvinError
from sumvin_sdk.flows import Outcome, Progress, UnknownStatusError, wait_for_kyc, wait_for_onboarding

if TYPE_CHECKING:
    from sumvin_sdk.cli._app import Environment

__all__ = ["kyc", "onboarding"]

NOT_RESOLVED = 1


def _timing(command: Callable[..., Any]) -> Callable[..., Any]:
    command = click.option("--interval", type=click.FloatRange(0.5, 600), default=None, help="Seconds between reads.")(
        command
    )
    return click.option(
        "--timeout", type=click.FloatRange(0, 86_400), default=300.0, show_default=True, help="Seconds to wait at most."
    )(command)


def _wait(
    env: Environment, what: str, wait: Callable[..., Outcome[Any]], interval: float | None, timeout: float
) -> None:
    """Run ``wait`` with the kept token and a spinner; print how it ended; exit 0 only when it resolved."""
    _, stored = env.signed_in()
    client = env.client(token=stored.token)
    spinner = env.err.status(Text(f"{what}: reading"))

    def shown(progress: Progress[Any]) -> None:
        seconds = int(progress.elapsed)
        line = f"{what}: {progress.status or 'unknown'} ({seconds // 60}:{seconds % 60:02d})"
        spinner.update(Text(literal(line + (f" - {progress.note}" if progress.note else ""))))

    timing: dict[str, Any] = {"timeout": timeout} | ({"interval": interval} if interval is not None else {})
    spinner.start()
    try:
        outcome = wait(client, clock=env.clock, sleep=env.sleep, on_progress=shown, **timing)
    except UnknownStatusError as error:
        _failed(env, f"{what}: {error}")
    except SumvinError as error:
        if env.refused_unsent(error):
            raise  # what was typed: a usage error, as for every command
        _failed(env, _api_error(what, error))
    finally:
        spinner.stop()
    line = f"{what}: {outcome.kind.replace('_', ' ')}"
    if outcome.status:
        line += f" (status {outcome.status})"
    if outcome.reason:
        line += f": {outcome.reason}"
    env.err.print(Text(literal(line)), soft_wrap=True)
    if not outcome.resolved:
        raise SystemExit(NOT_RESOLVED)


def _api_error(what: str, error: SumvinError) -> str:
    if isinstance(error, APIStatusError) and error.problem is not None:
        problem = error.problem
        said = ": ".join(part for part in (problem.title or "Error", problem.detail) if part)
        text = f"{what}: {error.status_code} {said}"
        return text + (f" (error code {problem.error_code})" if problem.error_code else "")
    return f"{what}: {error}"


def _failed(env: Environment, message: str) -> NoReturn:
    env.err.print(Text(literal(message)), soft_wrap=True)
    raise SystemExit(NOT_RESOLVED)


@click.group()
def kyc() -> None:
    """Identity verification (KYC)."""


@kyc.command("wait")
@_timing
@global_options(top=False)
@click.option("--refresh", is_flag=True, help="Ask the API to read the verification provider afresh each time.")
@click.pass_obj
def kyc_wait(env: Environment, interval: float | None, timeout: float, refresh: bool) -> None:
    """Wait for the KYC review to end: approved (exit 0), rejected, never started, or the timeout (exit 1)."""

    def wait(client: Any, **options: Any) -> Outcome[Any]:
        return wait_for_kyc(client, refresh=refresh, **options)

    _wait(env, "KYC", wait, interval, timeout)


@click.group()
def onboarding() -> None:
    """Onboarding steps and Safe creation."""


@onboarding.command("wait")
@_timing
@global_options(top=False)
@click.pass_obj
def onboarding_wait(env: Environment, interval: float | None, timeout: float) -> None:
    """Wait until onboarding is complete and the Safe created (exit 0); a failed Safe or the timeout exit 1."""
    _wait(env, "onboarding", wait_for_onboarding, interval, timeout)
