from ..types import OpenStrEnum


class KycSessionOrigin(OpenStrEnum):
    """Where a person started verifying: the CLI, an assistant connector or the app; a value added later still parses."""

    APP = "app"
    CLI = "cli"
    CONNECTOR = "connector"
