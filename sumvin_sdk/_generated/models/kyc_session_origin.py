from ..types import OpenStrEnum


class KycSessionOrigin(OpenStrEnum):
    """Values a KYC session origin can take."""

    APP = "app"
    CLI = "cli"
    CONNECTOR = "connector"
