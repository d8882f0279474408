from ..types import OpenStrEnum


class HealthStatus(OpenStrEnum):
    """Health of the API or one of its services; a value added later still parses."""

    DEGRADED = "degraded"
    HEALTHY = "healthy"
    UNHEALTHY = "unhealthy"
