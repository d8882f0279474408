from ..types import OpenStrEnum


class MandateCeremonyDecision(OpenStrEnum):
    """Possible values of a mandate ceremony decision; a value added later still parses."""

    APPROVED = "approved"
    DECLINED = "declined"
