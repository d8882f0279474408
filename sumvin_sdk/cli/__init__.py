"""The ``sumvin`` command (``pip install 'sumvin-sdk[cli]'``): ``sumvin login``, ``logout``, ``whoami``,
``call OPERATION``, ``ops``. Exit status: 0 success, 1 an error from the API, 2 a usage error."""

from sumvin_sdk.cli._app import USER_AGENT, Environment, cli, main

__all__ = ["USER_AGENT", "Environment", "cli", "main"]
