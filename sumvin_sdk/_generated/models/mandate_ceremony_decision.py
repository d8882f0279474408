from ..types import OpenStrEnum


class MandateCeremonyDecision(OpenStrEnum):
    """Values a mandate ceremony decision can take."""

    APPROVED = "approved"
    DECLINED = "declined"
