"""The EIP-712 typed data of a Sumvin purchase intent (PINT), and the checks on what goes into it."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from typing import Any

import attrs

from sumvin_sdk._generated.types import epoch_ms
from sumvin_sdk.signing._errors import PurchaseIntentError

__all__ = [
    "DOMAIN_NAME",
    "DOMAIN_VERSION",
    "PURCHASE_INTENT_FIELDS",
    "ZERO_ADDRESS",
    "purchase_intent_typed_data",
]

DOMAIN_NAME = "Sumvin Purchase Intent"
#: Part of the signed domain: version 3 is the shape with ``conditions``.
DOMAIN_VERSION = "3"
#: ``max_amount_token`` for a ceiling that is not a token amount (a fiat ceiling lives in the scope).
ZERO_ADDRESS = "0x0000000000000000000000000000000000000000"
#: The ``PurchaseIntent`` struct in the API's order; the order is part of the type hash.
PURCHASE_INTENT_FIELDS = (
    ("wallet", "address"),
    ("nonce", "uint256"),
    ("statement", "string"),
    ("scopes", "string[]"),
    ("resources", "string[]"),
    ("conditions", "string[]"),
    ("maxAmount", "uint256"),
    ("maxAmountToken", "address"),
    ("expiresAt", "uint256"),
)
DOMAIN_FIELDS = (("name", "string"), ("version", "string"), ("chainId", "uint256"), ("verifyingContract", "address"))
#: An epoch value below this (March 1973 in milliseconds) reads as seconds; it is refused.
MILLISECONDS_FROM = 10**11
_ADDRESS = re.compile(r"0x[0-9a-fA-F]{40}", re.ASCII)
_DIGITS = re.compile(r"[0-9]+", re.ASCII)
_UINT256_MAX = 2**256 - 1


def _address(name: str, value: object) -> str:
    if not isinstance(value, str) or not _ADDRESS.fullmatch(value):
        raise PurchaseIntentError(f"{name} must be an address: 0x and 40 hex digits")
    return value


def _whole(name: str, value: object, *, low: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= _UINT256_MAX:
        raise PurchaseIntentError(f"{name} must be an int from {low} to 2**256 - 1")
    return value


def _texts(name: str, value: object) -> list[str]:
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise PurchaseIntentError(f"{name} must be a list of strings, not {type(value).__name__}")
    if not all(isinstance(item, str) for item in value):
        raise PurchaseIntentError(f"{name} must hold only strings")
    return list(value)


def expiry_ms(expires_at: object) -> int:
    """``expires_at`` (an aware ``datetime``) as epoch milliseconds; naive or seconds-like values are refused."""
    if not isinstance(expires_at, datetime.datetime):
        raise PurchaseIntentError(
            f"expires_at must be an aware datetime, not {type(expires_at).__name__}; "
            "for an epoch value use datetime.datetime.fromtimestamp(seconds, datetime.UTC)"
        )
    if expires_at.tzinfo is None or expires_at.utcoffset() is None:
        raise PurchaseIntentError("expires_at is a naive datetime: give it a timezone (e.g. datetime.UTC)")
    milliseconds = epoch_ms(expires_at)
    if milliseconds < MILLISECONDS_FROM:
        raise PurchaseIntentError(
            f"expires_at {expires_at.isoformat()} reads as an epoch in seconds taken for milliseconds; "
            "it would be born expired"
        )
    return milliseconds


@attrs.frozen
class Intent:
    """The checked members of a purchase intent, in the API's terms."""

    wallet: str
    nonce: int
    statement: str
    scopes: list[str]
    resources: list[str]
    conditions: list[str]
    max_amount: int
    max_amount_token: str
    expires_at_ms: int

    @classmethod
    def checked(
        cls,
        *,
        wallet: object,
        nonce: object,
        statement: object,
        scopes: object,
        resources: object,
        conditions: object,
        max_amount: object,
        max_amount_token: object,
        expires_at: object,
    ) -> Intent:
        """Every member checked and normalised, or a ``PurchaseIntentError`` naming the first bad one."""
        if isinstance(max_amount, str) and _DIGITS.fullmatch(max_amount) and len(max_amount) <= 78:
            max_amount = int(max_amount)
        if not isinstance(statement, str):
            raise PurchaseIntentError("statement must be a string")
        checked_scopes = _texts("scopes", scopes)
        if not checked_scopes:
            raise PurchaseIntentError("scopes must name at least one scope")
        return cls(
            wallet=_address("wallet", wallet),
            nonce=_whole("nonce", nonce),
            statement=statement,
            scopes=checked_scopes,
            resources=_texts("resources", resources),
            conditions=_texts("conditions", conditions),
            max_amount=_whole("max_amount (an int or an all-digit string of base units)", max_amount),
            max_amount_token=_address("max_amount_token", max_amount_token),
            expires_at_ms=expiry_ms(expires_at),
        )

    def typed_data(self, chain_id: int) -> dict[str, Any]:
        """The EIP-712 typed data over this intent, for ``chain_id``."""
        return {
            "types": {
                "EIP712Domain": [{"name": n, "type": t} for n, t in DOMAIN_FIELDS],
                "PurchaseIntent": [{"name": n, "type": t} for n, t in PURCHASE_INTENT_FIELDS],
            },
            "primaryType": "PurchaseIntent",
            "domain": {
                "name": DOMAIN_NAME,
                "version": DOMAIN_VERSION,
                "chainId": _whole("chain_id", chain_id, low=1),
                "verifyingContract": self.wallet,
            },
            "message": {
                "wallet": self.wallet,
                "nonce": self.nonce,
                "statement": self.statement,
                "scopes": list(self.scopes),
                "resources": list(self.resources),
                "conditions": list(self.conditions),
                "maxAmount": self.max_amount,
                "maxAmountToken": self.max_amount_token,
                "expiresAt": self.expires_at_ms,
            },
        }


def purchase_intent_typed_data(
    *,
    wallet: str,
    nonce: int,
    statement: str,
    scopes: Sequence[str],
    resources: Sequence[str],
    conditions: Sequence[str] = (),
    max_amount: int | str,
    max_amount_token: str,
    expires_at: datetime.datetime,
    chain_id: int,
) -> dict[str, Any]:
    """The EIP-712 typed data of a purchase intent, as a JSON-ready dict.

    It is what a wallet's ``eth_signTypedData_v4`` and eth-account's ``encode_typed_data(full_message=...)``
    take: domain ``Sumvin Purchase Intent``, version ``3``, ``chain_id`` (no default: a wrong chain gives a
    signature the server cannot recover) and ``verifyingContract`` equal to ``wallet``; the ``PurchaseIntent``
    fields in the API's order. ``expires_at`` must be an aware ``datetime`` (sent as epoch milliseconds);
    ``max_amount`` is an int or an all-digit string of base units (``0`` with ``ZERO_ADDRESS`` for a fiat
    ceiling written in the scope); ``conditions`` go through verbatim. Integers stay Python ints, which
    ``json.dumps`` writes exactly. A bad argument raises ``PurchaseIntentError``.
    """
    intent = Intent.checked(
        wallet=wallet,
        nonce=nonce,
        statement=statement,
        scopes=scopes,
        resources=resources,
        conditions=conditions,
        max_amount=max_amount,
        max_amount_token=max_amount_token,
        expires_at=expires_at,
    )
    return intent.typed_data(chain_id)
