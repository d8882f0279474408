from ..types import OpenStrEnum


class MandateCeremonyDecision(OpenStrEnum):
    APPROVED = "approved"
    DECLINED = "declined"
