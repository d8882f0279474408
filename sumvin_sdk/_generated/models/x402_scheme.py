from ..types import OpenStrEnum


class X402Scheme(OpenStrEnum):
    """Possible values of a x 402 scheme; a value added later still parses."""

    EXACT = "exact"
