from ..types import OpenStrEnum


class AllocationSettlementStatus(OpenStrEnum):
    """Whether an allocation's spend has settled yet; a value added later still parses."""

    PENDING = "pending"
    SETTLED = "settled"
