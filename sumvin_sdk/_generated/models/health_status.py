from ..types import OpenStrEnum


class HealthStatus(OpenStrEnum):
    DEGRADED = "degraded"
    HEALTHY = "healthy"
    UNHEALTHY = "unhealthy"
