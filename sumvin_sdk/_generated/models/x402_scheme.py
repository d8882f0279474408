from ..types import OpenStrEnum


class X402Scheme(OpenStrEnum):
    EXACT = "exact"
