from ..types import OpenStrEnum


class KycSessionOrigin(OpenStrEnum):
    APP = "app"
    CLI = "cli"
    CONNECTOR = "connector"
