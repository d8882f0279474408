from ..types import OpenStrEnum


class StatusChangedBy(OpenStrEnum):
    ADMIN = "admin"
    AGENT = "agent"
    COMPLIANCE = "compliance"
    OPS = "ops"
    SELF = "self"
    SYSTEM = "system"
