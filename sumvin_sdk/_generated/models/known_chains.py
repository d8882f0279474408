from ..types import OpenIntEnum


class KnownChains(OpenIntEnum):
    """EVM chain ids Sumvin knows; a value added later still parses."""

    VALUE_1 = 1
    VALUE_10 = 10
    VALUE_137 = 137
    VALUE_42161 = 42161
    VALUE_8453 = 8453
    VALUE_43114 = 43114
    VALUE_56 = 56
    VALUE_1328 = 1328
    VALUE_1329 = 1329
