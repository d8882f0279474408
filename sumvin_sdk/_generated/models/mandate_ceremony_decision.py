from ..types import OpenStrEnum


class MandateCeremonyDecision(OpenStrEnum):
    """Answers to a proposed mandate: approve or decline; a value added later still parses."""

    APPROVED = "approved"
    DECLINED = "declined"
