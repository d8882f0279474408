from ..types import OpenStrEnum


class StatusChangedBy(OpenStrEnum):
    """Possible values of a status changed by; a value added later still parses."""

    ADMIN = "admin"
    AGENT = "agent"
    COMPLIANCE = "compliance"
    OPS = "ops"
    SELF = "self"
    SYSTEM = "system"
