"""PINT scope strings: the spend ceiling a scope carries, exact, or a refusal that says why.

    >>> scope_ceiling("sr:us:pint:spend:visa_checkout?max=450.00&currency=USD")
    ScopeCeiling(amount=Decimal('450.00'), currency='USD', asset=None, symbol='USD', decimals=2)

The rules are the API's own: a scope is ``sr:{region}:pint:{domain}:{action}`` with an optional query;
``max`` is an unsigned decimal in the denomination's display unit; the denomination is ``currency`` (an ISO
4217 code from a fixed table) or ``asset`` (a symbol with an optional ``@chain``), never both. An amount finer
than the denomination allows, or a denomination the table does not hold, is refused rather than truncated or
guessed. Every refusal is a ``ScopeCeilingError`` (a ``SumvinError`` and a ``ValueError``) of a subclass
named for the reason, carrying ``scope`` and ``reason``.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Literal
from urllib.parse import unquote_plus

import attrs

from sumvin_sdk.errors import SumvinError

__all__ = [
    "ASSET_DECIMALS",
    "FIAT_DECIMALS",
    "AmbiguousDenominationError",
    "InvalidAmountError",
    "MalformedScopeError",
    "MissingDenominationError",
    "OverPreciseAmountError",
    "ScopeCeiling",
    "ScopeCeilingError",
    "UnknownDenominationError",
    "scope_ceiling",
]

Refusal = Literal[
    "malformed-scope",
    "invalid-amount",
    "ambiguous-denomination",
    "missing-denomination",
    "unknown-denomination",
    "over-precise",
]

#: Decimal places of each fiat currency the API knows; any other currency is refused.
FIAT_DECIMALS = {
    "JPY": 0,
    "KRW": 0,
    "VND": 0,
    "KWD": 3,
    "BHD": 3,
    "OMR": 3,
    "USD": 2,
    "EUR": 2,
    "GBP": 2,
    "CAD": 2,
    "AUD": 2,
    "CHF": 2,
}
#: Decimal places of each asset symbol whose precision is known; any other asset is refused.
ASSET_DECIMALS = {"USDC": 6}

_AMOUNT = re.compile(r"[0-9]+(?:\.[0-9]+)?", re.ASCII)
_SYMBOL = re.compile(r"[A-Z]{2,8}", re.ASCII)
_CHAIN = re.compile(r"fiat|[a-z0-9_-]+", re.ASCII)
_MAX_AMOUNT_DIGITS = 80


class ScopeCeilingError(SumvinError, ValueError):
    """A scope whose ceiling cannot be read exactly; ``scope`` is the string as given, ``reason`` says why."""

    reason: Refusal

    def __init__(self, detail: str, *, scope: str) -> None:
        super().__init__(f"cannot read the spend ceiling of {_shown(scope)}: {detail}")
        self.scope = scope


class MalformedScopeError(ScopeCeilingError):
    """Not ``sr:{region}:pint:{domain}:{action}``, or a query with an empty, ``=``-less, duplicated or empty member."""

    reason = "malformed-scope"


class InvalidAmountError(ScopeCeilingError):
    """``max`` is not unsigned ASCII digits with an optional fraction (no sign, exponent, space or bare dot)."""

    reason = "invalid-amount"


class AmbiguousDenominationError(ScopeCeilingError):
    """Both ``currency`` and ``asset`` are given."""

    reason = "ambiguous-denomination"


class MissingDenominationError(ScopeCeilingError):
    """``max`` is given with neither ``currency`` nor ``asset``."""

    reason = "missing-denomination"


class UnknownDenominationError(ScopeCeilingError):
    """A currency or asset whose precision is not known (or a malformed symbol or chain): refused, not guessed."""

    reason = "unknown-denomination"


class OverPreciseAmountError(ScopeCeilingError):
    """An amount finer than its denomination's precision (``25.001`` USD): refused, never truncated."""

    reason = "over-precise"


@attrs.frozen
class ScopeCeiling:
    """A scope's spend ceiling: ``amount`` in display units, exact, and its denomination.

    A fiat ceiling has ``currency`` (upper-cased) and its amount at the currency's decimals (``Decimal('25.50')``);
    an asset ceiling has ``asset`` as written (``USDC@sei``) and its amount without trailing zeros.
    ``symbol`` is the currency or the asset's symbol; ``decimals`` the denomination's precision.
    """

    amount: Decimal
    currency: str | None
    asset: str | None
    symbol: str
    decimals: int

    @property
    def base_units(self) -> int:
        """The amount in the denomination's smallest unit (cents, micro-USDC): ``amount * 10**decimals``."""
        _, digits, exponent = self.amount.as_tuple()
        assert isinstance(exponent, int)  # amounts are finite
        units: int = int("".join(map(str, digits))) * 10 ** (self.decimals + exponent)
        return units


def _shown(scope: str) -> str:
    text = repr(scope)
    return text if len(text) <= 120 else text[:119] + "…"


def _query(scope: str, raw: str) -> dict[str, str]:
    members: dict[str, str] = {}
    if not raw:
        return members
    if raw.startswith("?"):
        raise MalformedScopeError("the query starts with a second '?'", scope=scope)
    for part in raw.split("&"):
        if not part:
            raise MalformedScopeError("the query has an empty '&'-separated member", scope=scope)
        if "=" not in part:
            raise MalformedScopeError("a query member has no '='", scope=scope)
        key, _, value = part.partition("=")
        key, value = unquote_plus(key), unquote_plus(value)
        if key in ("max", "currency", "asset"):
            if key in members:
                raise MalformedScopeError(f"the query gives {key!r} twice", scope=scope)
            if not value:
                raise MalformedScopeError(f"the query's {key!r} is empty", scope=scope)
            members[key] = value
    return members


def scope_ceiling(scope: str) -> ScopeCeiling | None:
    """The spend ceiling ``scope`` carries in its ``max``, or ``None`` when it states none.

    Raises a ``ScopeCeilingError`` subclass for a scope it will not read: ``MalformedScopeError``,
    ``InvalidAmountError``, ``AmbiguousDenominationError``, ``MissingDenominationError``,
    ``UnknownDenominationError`` and ``OverPreciseAmountError``. Zero is a ceiling (``0.00``), as the API
    reads it. A mandate may carry several ceiling-bearing scopes: read each.
    """
    if not isinstance(scope, str):
        raise TypeError(f"a scope is a str, not {type(scope).__name__}")
    name, _, raw = scope.partition("?")
    segments = name.split(":")
    if len(segments) != 5 or not all(segments) or segments[0] != "sr" or segments[2] != "pint":
        raise MalformedScopeError(
            "the name is not five non-empty ':' segments 'sr:{region}:pint:{domain}:{action}'", scope=scope
        )
    query = _query(scope, raw)
    amount_text = query.get("max")
    if amount_text is None:
        return None
    if len(amount_text) > _MAX_AMOUNT_DIGITS or not _AMOUNT.fullmatch(amount_text):
        raise InvalidAmountError(f"max={_shown(amount_text)} is not an unsigned decimal of ASCII digits", scope=scope)
    currency, asset = query.get("currency"), query.get("asset")
    if currency is not None and asset is not None:
        raise AmbiguousDenominationError("it gives both 'currency' and 'asset'", scope=scope)
    if currency is None and asset is None:
        raise MissingDenominationError("it gives 'max' with neither 'currency' nor 'asset'", scope=scope)
    if currency is not None:
        symbol = currency.upper()
        decimals = FIAT_DECIMALS.get(symbol)
        if decimals is None:
            raise UnknownDenominationError(
                f"{_shown(currency)} is not a currency whose precision is known", scope=scope
            )
    else:
        assert asset is not None
        symbol, at, chain = asset.partition("@")
        if not _SYMBOL.fullmatch(symbol):
            raise UnknownDenominationError(f"{_shown(symbol)} is not an asset symbol", scope=scope)
        if at and not _CHAIN.fullmatch(chain):
            raise UnknownDenominationError(f"{_shown(chain)} is not a chain name (lower case)", scope=scope)
        decimals = ASSET_DECIMALS.get(symbol)
        if decimals is None:
            raise UnknownDenominationError(f"{symbol!r} is not an asset whose precision is known", scope=scope)
    whole, _, fraction = amount_text.partition(".")
    whole, fraction = whole.lstrip("0") or "0", fraction.rstrip("0")
    if len(fraction) > decimals:
        raise OverPreciseAmountError(
            f"max={amount_text} is finer than the {decimals} decimal place(s) of {symbol}", scope=scope
        )
    if currency is not None:  # a fiat amount at its currency's decimals: 25 -> 25.00
        fraction = fraction.ljust(decimals, "0")
        return ScopeCeiling(Decimal(f"{whole}.{fraction}" if fraction else whole), symbol, None, symbol, decimals)
    return ScopeCeiling(Decimal(f"{whole}.{fraction}" if fraction else whole), None, asset, symbol, decimals)
