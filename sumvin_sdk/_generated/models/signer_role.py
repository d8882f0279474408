from ..types import OpenStrEnum


class SignerRole(OpenStrEnum):
    """Possible values of a signer role; a value added later still parses."""

    CLI_MANDATE_KEY = "cli_mandate_key"
