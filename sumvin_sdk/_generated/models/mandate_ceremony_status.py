from ..types import OpenStrEnum


class MandateCeremonyStatus(OpenStrEnum):
    """Values a mandate ceremony status can take."""

    DECLINED = "declined"
    EXPIRED = "expired"
    PROPOSED = "proposed"
    STAMPED = "stamped"
