from ..types import OpenStrEnum


class AgentIdentityStatus(OpenStrEnum):
    """How far a connected agent's connection has got, from setup to retirement; a value added later still parses."""

    ACTIVE = "active"
    FAILED = "failed"
    PENDING = "pending"
    RETIRED = "retired"
