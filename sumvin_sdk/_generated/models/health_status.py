from ..types import OpenStrEnum


class HealthStatus(OpenStrEnum):
    """Values a health status can take."""

    DEGRADED = "degraded"
    HEALTHY = "healthy"
    UNHEALTHY = "unhealthy"
