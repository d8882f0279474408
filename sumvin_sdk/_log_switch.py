"""``SUMVIN_LOG=debug`` or ``SUMVIN_LOG=info``: the SDK's log lines (the ``sumvin_sdk`` logger) go to stderr.

Read once, when ``sumvin_sdk`` is imported; any other value (or none) leaves logging to the application.
The lines are the SDK's own: requests named by path template, statuses, timings, retries, never a credential.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping

__all__ = ["LEVELS", "switch_on"]

LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
FORMAT = "%(asctime)s %(name)s %(levelname)s %(message)s"


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler ``SUMVIN_LOG`` adds; its own class, so it is added once."""


def switch_on(environ: Mapping[str, str] = os.environ) -> logging.Handler | None:
    """Send the ``sumvin_sdk`` logger's lines to stderr at the level ``SUMVIN_LOG`` names; the handler, if any."""
    level = LEVELS.get(environ.get("SUMVIN_LOG", "").strip().lower())
    if level is None:
        return None
    logger = logging.getLogger("sumvin_sdk")
    logger.setLevel(level)
    handler = next((h for h in logger.handlers if isinstance(h, _StderrHandler)), None)
    if handler is None:
        handler = _StderrHandler(sys.stderr)
        handler.setFormatter(logging.Formatter(FORMAT))
        logger.addHandler(handler)
    handler.setLevel(level)
    return handler
