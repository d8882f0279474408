from ..types import OpenStrEnum


class AllocationSettlementStatus(OpenStrEnum):
    PENDING = "pending"
    SETTLED = "settled"
