from ..types import OpenStrEnum


class SignerRole(OpenStrEnum):
    """Roles an address registered as a Safe signer can have; a value added later still parses."""

    CLI_MANDATE_KEY = "cli_mandate_key"
