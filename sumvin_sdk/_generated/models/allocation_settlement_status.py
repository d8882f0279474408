from ..types import OpenStrEnum


class AllocationSettlementStatus(OpenStrEnum):
    """Possible values of an allocation settlement status; a value added later still parses."""

    PENDING = "pending"
    SETTLED = "settled"
