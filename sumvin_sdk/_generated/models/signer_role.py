from ..types import OpenStrEnum


class SignerRole(OpenStrEnum):
    """Values a signer role can take."""

    CLI_MANDATE_KEY = "cli_mandate_key"
