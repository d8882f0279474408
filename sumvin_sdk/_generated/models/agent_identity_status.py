from ..types import OpenStrEnum


class AgentIdentityStatus(OpenStrEnum):
    """Possible values of an agent identity status; a value added later still parses."""

    ACTIVE = "active"
    FAILED = "failed"
    PENDING = "pending"
    RETIRED = "retired"
