from ..types import OpenStrEnum


class X402Scheme(OpenStrEnum):
    """Values a x 402 scheme can take."""

    EXACT = "exact"
