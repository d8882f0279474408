"""Errors the signing ceremonies raise; every one is a ``SumvinError``, the refusals ``UsageError`` (a ``ValueError``).

SigningError
├── PurchaseIntentError           an argument that cannot make a purchase intent (also ValueError)
├── SignatureFormatError          a signer's answer that is not a 65-byte signature (also ValueError)
├── SignerError                   the signer itself raised; the original is the ``__cause__``
├── NoApprovalPayloadError        the errand has no server-prepared payload to sign
├── SigningDependencyError        eth-account is needed and not installed (also ImportError)
└── TypedDataError                a typed-data payload that cannot be signed exactly (also ValueError)
    ├── TypedDataShapeError           array/scalar mismatch, a missing field, a malformed payload
    ├── TypedDataNotIntegerError      an integer field holding text that is no number, a bool, a null
    ├── TypedDataFractionError        an integer field holding a fraction (1.5, "1.5", "1e3")
    ├── TypedDataFloatError           a float whose exactness cannot be proven (>= 2**53, nan, inf)
    ├── TypedDataSignError            a negative value for a ``uint*`` field
    └── TypedDataRangeError           a value outside the width of its type (300 for ``uint8``)
"""

from __future__ import annotations

from sumvin_sdk.errors import SumvinError, UsageError

__all__ = [
    "ForeignPayloadError",
    "NoApprovalPayloadError",
    "PurchaseIntentError",
    "SignatureFormatError",
    "SignerError",
    "SigningDependencyError",
    "SigningError",
    "TypedDataError",
    "TypedDataFloatError",
    "TypedDataFractionError",
    "TypedDataNotIntegerError",
    "TypedDataRangeError",
    "TypedDataShapeError",
    "TypedDataSignError",
]


class SigningError(SumvinError):
    """A signing ceremony could not go on."""


class PurchaseIntentError(SigningError, UsageError):
    """An argument a purchase intent cannot be built from; nothing was sent."""


class SignatureFormatError(SigningError, ValueError):
    """The signer returned something other than a 65-byte signature (``bytes`` or ``0x`` + 130 hex digits)."""


class SignerError(SigningError):
    """The signer raised; the exception it raised is the ``__cause__``. Nothing more was sent."""


class NoApprovalPayloadError(SigningError):
    """The errand carries no ``approval_payload``: it is not awaiting a signed approval."""


class ForeignPayloadError(SigningError):
    """The errand's payload is not a Sumvin purchase intent (another domain, struct or verifying contract).

    Signing it could authorise something else entirely (a token permit, say), so it is refused unsigned.
    """


class SigningDependencyError(SigningError, ImportError):
    """eth-account is not installed (the ``signing`` extra)."""


class TypedDataError(SigningError, UsageError):
    """A typed-data payload that cannot be signed exactly as the server prepared it.

    ``field`` is the path of the value (``message.legs[1].fees[0]``), ``value`` the value as received.
    """

    def __init__(self, message: str, *, field: str, value: object) -> None:
        super().__init__(message)
        self.field = field
        self.value = value


class TypedDataShapeError(TypedDataError):
    """An array where the type is a scalar (or the reverse), a fixed-size array of the wrong length, a missing
    field, or a payload that is not typed data at all."""


class TypedDataNotIntegerError(TypedDataError):
    """An integer field holding something that is no integer: text that is not decimal digits, a bool, a null."""


class TypedDataFractionError(TypedDataError):
    """An integer field holding a fraction: ``1.5``, ``"1.5"``, ``"1e3"``, a non-integral ``Decimal``."""


class TypedDataFloatError(TypedDataError):
    """An integer field holding a float that may already have been rounded (at or above 2**53), or nan/inf."""


class TypedDataSignError(TypedDataError):
    """A negative value (``-0`` included) for an unsigned ``uint*`` field."""


class TypedDataRangeError(TypedDataError):
    """A value that does not fit its type's width: above 255 for ``uint8``, below -128 for ``int8``."""
