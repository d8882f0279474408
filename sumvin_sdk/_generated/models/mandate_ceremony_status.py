from ..types import OpenStrEnum


class MandateCeremonyStatus(OpenStrEnum):
    DECLINED = "declined"
    EXPIRED = "expired"
    PROPOSED = "proposed"
    STAMPED = "stamped"
