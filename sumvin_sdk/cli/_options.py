"""``--base-url``, ``--org-id`` and ``--timestamp-format``: accepted before the command and after it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click
import httpx

from sumvin_sdk._client import DEFAULT_BASE_URL
from sumvin_sdk.device import sendable_token


def _base_url(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is None:
        return
    url = value.rstrip("/")
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        parsed = None
    if parsed is None or parsed.scheme not in ("http", "https") or not parsed.host:
        raise click.BadParameter(f"{value!r} is not an absolute http(s) URL such as {DEFAULT_BASE_URL}")
    ctx.obj.base_url = url


def _org_id(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is None:
        return
    if not sendable_token(value):
        raise click.BadParameter("must be a non-empty id without spaces or control characters")
    ctx.obj.org_id = value


def _timestamp_format(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is not None:
        ctx.obj.timestamp_format = value


_F = TypeVar("_F", bound=Callable[..., Any])


def global_options(*, top: bool) -> Callable[[_F], _F]:
    """``--base-url``, ``--org-id`` and ``--timestamp-format``: on the top command (with the defaults and
    environment variables) and on every subcommand, where a value given overrides the top one."""

    def decorate(command: _F) -> _F:
        for option in reversed(
            [
                click.option(
                    "--base-url",
                    envvar="SUMVIN_BASE_URL" if top else None,
                    default=DEFAULT_BASE_URL if top else None,
                    show_default=top,
                    callback=_base_url,
                    expose_value=False,
                    help="The API's base URL (http or https).",
                ),
                click.option(
                    "--org-id",
                    envvar="SUMVIN_ORG_ID" if top else None,
                    callback=_org_id,
                    expose_value=False,
                    help="Tenant organisation id (x-juno-orgid).",
                ),
                click.option(
                    "--timestamp-format",
                    type=click.Choice(["epoch_ms", "iso8601"]),
                    default="iso8601" if top else None,
                    show_default=top,
                    callback=_timestamp_format,
                    expose_value=False,
                    help="How timestamps are printed (and asked of the API).",
                ),
            ]
        ):
            command = option(command)
        return command

    return decorate
