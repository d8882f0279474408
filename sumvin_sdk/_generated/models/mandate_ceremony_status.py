from ..types import OpenStrEnum


class MandateCeremonyStatus(OpenStrEnum):
    """Possible values of a mandate ceremony status; a value added later still parses."""

    DECLINED = "declined"
    EXPIRED = "expired"
    PROPOSED = "proposed"
    STAMPED = "stamped"
