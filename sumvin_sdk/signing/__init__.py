"""Sumvin's signing ceremonies: purchase intents (PINT) and errand decisions, exact to the last integer.

    from sumvin_sdk.signing import mint_pint

    token = mint_pint(client, wallet=safe, chain_id=1329, signer=account, statement="Book a flight up to $450",
                      scopes=["sr:us:pint:spend:visa_checkout?max=450.00&currency=USD"], resources=[],
                      max_amount=0, max_amount_token=ZERO_ADDRESS, expires_at=an_hour_from_now)

A signer is any callable that takes the typed-data dict and returns the 65-byte signature (``0x``-hex or
bytes); with the ``a``-prefixed functions it may return an awaitable (a sync function given one raises
``SyncAwaitableError``). An eth-account ``LocalAccount`` works as it is. eth-account is optional
(``sumvin-sdk[signing]``): only ``recover_signer`` and ``typed_data_digest`` need it, and say so with
``SigningDependencyError``.
"""

from sumvin_sdk._steps import SyncAwaitableError
from sumvin_sdk.signing._ceremonies import (
    SigningCancelledError,
    adecide_errand,
    amint_pint,
    amint_pint_as_agent,
    decide_errand,
    mint_pint,
    mint_pint_as_agent,
)
from sumvin_sdk.signing._coerce import coerce_typed_data_integers
from sumvin_sdk.signing._errors import (
    NoApprovalPayloadError,
    PurchaseIntentError,
    SignatureFormatError,
    SignerError,
    SigningDependencyError,
    SigningError,
    TypedDataError,
    TypedDataFloatError,
    TypedDataFractionError,
    TypedDataNotIntegerError,
    TypedDataRangeError,
    TypedDataShapeError,
    TypedDataSignError,
)
from sumvin_sdk.signing._signers import AsyncSigner, Signer, TypedDataAccount, recover_signer, typed_data_digest
from sumvin_sdk.signing._typed_data import (
    DOMAIN_NAME,
    DOMAIN_VERSION,
    PURCHASE_INTENT_FIELDS,
    ZERO_ADDRESS,
    purchase_intent_typed_data,
)

__all__ = [
    "DOMAIN_NAME",
    "DOMAIN_VERSION",
    "PURCHASE_INTENT_FIELDS",
    "ZERO_ADDRESS",
    "AsyncSigner",
    "NoApprovalPayloadError",
    "PurchaseIntentError",
    "SignatureFormatError",
    "Signer",
    "SignerError",
    "SigningCancelledError",
    "SigningDependencyError",
    "SigningError",
    "SyncAwaitableError",
    "TypedDataAccount",
    "TypedDataError",
    "TypedDataFloatError",
    "TypedDataFractionError",
    "TypedDataNotIntegerError",
    "TypedDataRangeError",
    "TypedDataShapeError",
    "TypedDataSignError",
    "adecide_errand",
    "amint_pint",
    "amint_pint_as_agent",
    "coerce_typed_data_integers",
    "decide_errand",
    "mint_pint",
    "mint_pint_as_agent",
    "purchase_intent_typed_data",
    "recover_signer",
    "typed_data_digest",
]
