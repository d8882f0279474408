"""The fake's stateful handlers, one module per area of the API; ``HANDLERS`` maps operationIds to them."""

from sumvin_sdk.testing._call import Handler
from sumvin_sdk.testing._handlers import cards, intents, kyc, money, pints, sign_in, users, wallets

HANDLERS: dict[str, Handler] = {
    **users.HANDLERS,
    **sign_in.HANDLERS,
    **wallets.HANDLERS,
    **money.HANDLERS,
    **cards.HANDLERS,
    **intents.HANDLERS,
    **pints.HANDLERS,
    **kyc.HANDLERS,
}
