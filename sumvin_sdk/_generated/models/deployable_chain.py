from ..types import OpenIntEnum


class DeployableChain(OpenIntEnum):
    VALUE_1329 = 1329
    VALUE_1328 = 1328
