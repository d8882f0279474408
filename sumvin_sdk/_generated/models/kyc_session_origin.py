from ..types import OpenStrEnum


class KycSessionOrigin(OpenStrEnum):
    """Possible values of a KYC session origin; a value added later still parses."""

    APP = "app"
    CLI = "cli"
    CONNECTOR = "connector"
