from ..types import OpenStrEnum


class X402Scheme(OpenStrEnum):
    """Payment schemes an x402 challenge can use; a value added later still parses."""

    EXACT = "exact"
