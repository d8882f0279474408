from ..types import OpenStrEnum


class StatusChangedBy(OpenStrEnum):
    """Who can change a status: the user, an agent, staff or the system; a value added later still parses."""

    ADMIN = "admin"
    AGENT = "agent"
    COMPLIANCE = "compliance"
    OPS = "ops"
    SELF = "self"
    SYSTEM = "system"
