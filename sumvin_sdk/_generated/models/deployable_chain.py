from ..types import OpenIntEnum


class DeployableChain(OpenIntEnum):
    """Values a deployable chain can take."""

    VALUE_1329 = 1329
    VALUE_1328 = 1328
