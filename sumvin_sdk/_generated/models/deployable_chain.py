from ..types import OpenIntEnum


class DeployableChain(OpenIntEnum):
    """EVM chain ids a Safe can be deployed on; a value added later still parses."""

    VALUE_1329 = 1329
    VALUE_1328 = 1328
