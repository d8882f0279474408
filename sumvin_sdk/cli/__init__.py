"""The ``sumvin`` command (from a checkout: ``pip install '.[cli]'``): ``sumvin login``, ``logout``, ``whoami``,
``call OPERATION``, ``ops``. Exit status: 0 success, 1 an error from the API or no connection, 2 a usage
error, 130 on Ctrl-C; every failure is one line on stderr."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from sumvin_sdk._extras import install_hint

if TYPE_CHECKING:
    from sumvin_sdk.cli._app import USER_AGENT, Environment, cli

__all__ = ["USER_AGENT", "Environment", "cli", "main"]


def main() -> None:
    """The console script's entry point; says which extra to install when click or rich is missing."""
    try:
        from sumvin_sdk.cli._app import main as run
    except ImportError as missing:
        sys.exit(f"the sumvin command needs the cli extra ({missing.name} is missing): {install_hint('cli')}")
    run()


def __getattr__(name: str) -> Any:
    if name in ("USER_AGENT", "Environment", "cli"):
        from sumvin_sdk.cli import _app

        return getattr(_app, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
