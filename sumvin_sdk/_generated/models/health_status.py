from ..types import OpenStrEnum


class HealthStatus(OpenStrEnum):
    """Possible values of a health status; a value added later still parses."""

    DEGRADED = "degraded"
    HEALTHY = "healthy"
    UNHEALTHY = "unhealthy"
