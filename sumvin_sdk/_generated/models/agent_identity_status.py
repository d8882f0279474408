from ..types import OpenStrEnum


class AgentIdentityStatus(OpenStrEnum):
    ACTIVE = "active"
    FAILED = "failed"
    PENDING = "pending"
    RETIRED = "retired"
