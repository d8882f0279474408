from ..types import OpenStrEnum


class StatusChangedBy(OpenStrEnum):
    """Values a status changed by can take."""

    ADMIN = "admin"
    AGENT = "agent"
    COMPLIANCE = "compliance"
    OPS = "ops"
    SELF = "self"
    SYSTEM = "system"
