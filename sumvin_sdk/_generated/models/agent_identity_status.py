from ..types import OpenStrEnum


class AgentIdentityStatus(OpenStrEnum):
    """Values a agent identity status can take."""

    ACTIVE = "active"
    FAILED = "failed"
    PENDING = "pending"
    RETIRED = "retired"
