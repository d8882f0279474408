from ..types import OpenStrEnum


class SignerRole(OpenStrEnum):
    CLI_MANDATE_KEY = "cli_mandate_key"
