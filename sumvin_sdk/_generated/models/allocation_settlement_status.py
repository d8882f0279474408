from ..types import OpenStrEnum


class AllocationSettlementStatus(OpenStrEnum):
    """Values a allocation settlement status can take."""

    PENDING = "pending"
    SETTLED = "settled"
