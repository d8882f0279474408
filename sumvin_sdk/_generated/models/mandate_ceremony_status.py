from ..types import OpenStrEnum


class MandateCeremonyStatus(OpenStrEnum):
    """Stages of a mandate approval: proposed, stamped (authorised), declined or expired; a value added later still
    parses."""

    DECLINED = "declined"
    EXPIRED = "expired"
    PROPOSED = "proposed"
    STAMPED = "stamped"
