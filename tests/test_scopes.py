"""``scope_ceiling``: sdk-ts's golden vectors (the API's own parsing rules), exact Decimals, typed refusals."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sumvin_sdk.errors import SumvinError
from sumvin_sdk.scopes import (
    AmbiguousDenominationError,
    InvalidAmountError,
    MalformedScopeError,
    MissingDenominationError,
    OverPreciseAmountError,
    ScopeCeiling,
    ScopeCeilingError,
    UnknownDenominationError,
    scope_ceiling,
)

BASE = "sr:us:pint:spend:visa_checkout"


@pytest.mark.parametrize("scope", [f"{BASE}?time=2592000", BASE, f"{BASE}?"])
def test_a_scope_without_max_has_no_ceiling(scope: str) -> None:
    assert scope_ceiling(scope) is None


FIAT = [
    ("25", "USD", "25.00", 2500),
    ("25.5", "USD", "25.50", 2550),
    ("250.50", "usd", "250.50", 25050),
    ("25", "JPY", "25", 25),
    ("1.234", "KWD", "1.234", 1234),
    ("0", "USD", "0.00", 0),
    ("25.000", "USD", "25.00", 2500),
    ("007", "USD", "7.00", 700),
    ("25", "Usd", "25.00", 2500),
    ("450.00", "USD", "450.00", 45000),
    ("123456789012345678901234567890.99", "EUR", "123456789012345678901234567890.99", 12345678901234567890123456789099),
]


@pytest.mark.parametrize(("amount", "currency", "expected", "units"), FIAT)
def test_fiat_ceilings_are_exact_at_the_currencys_decimals(
    amount: str, currency: str, expected: str, units: int
) -> None:
    ceiling = scope_ceiling(f"{BASE}?max={amount}&currency={currency}")
    assert ceiling is not None
    assert str(ceiling.amount) == expected and ceiling.amount == Decimal(expected)
    assert (ceiling.currency, ceiling.asset, ceiling.symbol) == (currency.upper(), None, currency.upper())
    assert ceiling.base_units == units


ASSETS = [
    ("0.5", "USDC", "0.5", 500_000),
    ("25", "USDC", "25", 25_000_000),
    ("25.5", "USDC", "25.5", 25_500_000),
    ("0.000001", "USDC", "0.000001", 1),
    ("10", "USDC@sei", "10", 10_000_000),
    ("100.500000", "USDC@base", "100.5", 100_500_000),
]


@pytest.mark.parametrize(("amount", "asset", "expected", "units"), ASSETS)
def test_asset_ceilings_keep_the_asset_as_written(amount: str, asset: str, expected: str, units: int) -> None:
    ceiling = scope_ceiling(f"{BASE}?max={amount}&asset={asset}")
    assert ceiling == ScopeCeiling(Decimal(expected), None, asset, "USDC", 6)
    assert str(ceiling.amount) == expected
    assert ceiling.base_units == units


REFUSALS: list[tuple[str, type[ScopeCeilingError], str]] = [
    ("sr::pint:x:y?max=5&currency=USD", MalformedScopeError, "malformed-scope"),
    ("sr:us:pint:spend?max=5&currency=USD", MalformedScopeError, "malformed-scope"),
    (f"{BASE}:extra?max=5&currency=USD", MalformedScopeError, "malformed-scope"),
    ("xx:us:pint:spend:visa_checkout?max=5&currency=USD", MalformedScopeError, "malformed-scope"),
    ("sr:us:xxxx:spend:visa_checkout?max=5&currency=USD", MalformedScopeError, "malformed-scope"),
    (f"{BASE}??max=5&currency=USD", MalformedScopeError, "malformed-scope"),
    (f"{BASE}?&max=5&currency=USD", MalformedScopeError, "malformed-scope"),
    (f"{BASE}?max=5&currency=USD&", MalformedScopeError, "malformed-scope"),
    (f"{BASE}?max=5&&currency=USD", MalformedScopeError, "malformed-scope"),
    (f"{BASE}?max=5&currency", MalformedScopeError, "malformed-scope"),
    (f"{BASE}?max=5&max=10&currency=USD", MalformedScopeError, "malformed-scope"),
    (f"{BASE}?max=5&currency=USD&currency=EUR", MalformedScopeError, "malformed-scope"),
    (f"{BASE}?max=5&asset=USDC&asset=USDC", MalformedScopeError, "malformed-scope"),
    (f"{BASE}?max=%35&max=10&currency=USD", MalformedScopeError, "malformed-scope"),
    (f"{BASE}?max=&currency=USD", MalformedScopeError, "malformed-scope"),
    (f"{BASE}?max=5&currency=", MalformedScopeError, "malformed-scope"),
    (f"{BASE}?max=5&asset=", MalformedScopeError, "malformed-scope"),
    (f"{BASE}?max=1e3&currency=USD", InvalidAmountError, "invalid-amount"),
    (f"{BASE}?max=.5&currency=USD", InvalidAmountError, "invalid-amount"),
    (f"{BASE}?max=1.&currency=USD", InvalidAmountError, "invalid-amount"),
    (f"{BASE}?max=1.5.0&currency=USD", InvalidAmountError, "invalid-amount"),
    (f"{BASE}?max=abc&currency=USD", InvalidAmountError, "invalid-amount"),
    (f"{BASE}?max=%201&currency=USD", InvalidAmountError, "invalid-amount"),
    (f"{BASE}?max=+1&currency=USD", InvalidAmountError, "invalid-amount"),
    (f"{BASE}?max=-0.5&currency=USD", InvalidAmountError, "invalid-amount"),
    (f"{BASE}?max=-0&currency=USD", InvalidAmountError, "invalid-amount"),
    (f"{BASE}?max=%D9%A1%D9%A2&currency=USD", InvalidAmountError, "invalid-amount"),
    (f"{BASE}?max=25%0A&currency=USD", InvalidAmountError, "invalid-amount"),
    (f"{BASE}?max={'9' * 81}&currency=USD", InvalidAmountError, "invalid-amount"),
    (f"{BASE}?max=NaN&currency=USD", InvalidAmountError, "invalid-amount"),
    (f"{BASE}?max=5=5&currency=USD", InvalidAmountError, "invalid-amount"),
    (f"{BASE}?max=5&currency=USD&asset=USDC", AmbiguousDenominationError, "ambiguous-denomination"),
    (f"{BASE}?time=2592000&max=5", MissingDenominationError, "missing-denomination"),
    (f"{BASE}?max=25.001&currency=USD", OverPreciseAmountError, "over-precise"),
    (f"{BASE}?max=1.5&currency=JPY", OverPreciseAmountError, "over-precise"),
    (f"{BASE}?max=1.2345&currency=KWD", OverPreciseAmountError, "over-precise"),
    (f"{BASE}?max=25.0000001&asset=USDC", OverPreciseAmountError, "over-precise"),
    (f"{BASE}?max=25&currency=XYZ", UnknownDenominationError, "unknown-denomination"),
    (f"{BASE}?max=25&currency=%55SD%0A", UnknownDenominationError, "unknown-denomination"),
    (f"{BASE}?max=10&asset=SEI", UnknownDenominationError, "unknown-denomination"),
    (
        f"{BASE}?max=10&asset=0x1234567890abcdef1234567890abcdef12345678",
        UnknownDenominationError,
        "unknown-denomination",
    ),
    (f"{BASE}?max=10&asset=USDC@SEI", UnknownDenominationError, "unknown-denomination"),
    (f"{BASE}?max=10&asset=usdc", UnknownDenominationError, "unknown-denomination"),
]


@pytest.mark.parametrize(("scope", "error", "reason"), REFUSALS, ids=[s.partition("?")[2] or s for s, _, _ in REFUSALS])
def test_each_refusal_is_typed_and_keeps_the_scope(scope: str, error: type[ScopeCeilingError], reason: str) -> None:
    with pytest.raises(error) as caught:
        scope_ceiling(scope)
    assert type(caught.value) is error
    assert caught.value.reason == reason and caught.value.scope == scope
    assert isinstance(caught.value, SumvinError) and isinstance(caught.value, ValueError)


def test_a_huge_scope_is_refused_with_a_short_message() -> None:
    with pytest.raises(InvalidAmountError) as caught:
        scope_ceiling(f"{BASE}?max={'1' * 100_000}&currency=USD")
    assert len(str(caught.value)) < 400


def test_a_max_of_80_digits_is_read_and_one_of_81_refused() -> None:
    ceiling = scope_ceiling(f"{BASE}?max={'9' * 80}&currency=JPY")
    assert ceiling is not None and ceiling.amount == Decimal("9" * 80) and ceiling.base_units == int("9" * 80)
    with pytest.raises(InvalidAmountError):
        scope_ceiling(f"{BASE}?max={'9' * 81}&currency=JPY")


def test_a_scope_must_be_text() -> None:
    with pytest.raises(TypeError, match=r"^a scope is a str, not bytes$"):
        scope_ceiling(b"sr:us:pint:a:b")  # type: ignore[arg-type]


WHY = [
    (
        "sr::pint:x:y?max=5&currency=USD",
        "the name is not five non-empty ':' segments 'sr:{region}:pint:{domain}:{action}'",
    ),
    (f"{BASE}??max=5", "the query starts with a second '?'"),
    (f"{BASE}?max=5&&currency=USD", "the query has an empty '&'-separated member"),
    (f"{BASE}?max=5&currency", "a query member has no '='"),
    (f"{BASE}?max=5&max=10&currency=USD", "the query gives 'max' twice"),
    (f"{BASE}?max=&currency=USD", "the query's 'max' is empty"),
    (f"{BASE}?max=1e3&currency=USD", "max='1e3' is not an unsigned decimal of ASCII digits"),
    (f"{BASE}?max=5&currency=USD&asset=USDC", "it gives both 'currency' and 'asset'"),
    (f"{BASE}?max=5", "it gives 'max' with neither 'currency' nor 'asset'"),
    (f"{BASE}?max=25&currency=XYZ", "'XYZ' is not a currency whose precision is known"),
    (f"{BASE}?max=10&asset=usdc", "'usdc' is not an asset symbol"),
    (f"{BASE}?max=10&asset=USDC@SEI", "'SEI' is not a chain name (lower case)"),
    (f"{BASE}?max=10&asset=SEI", "'SEI' is not an asset whose precision is known"),
    (f"{BASE}?max=25.001&currency=USD", "max=25.001 is finer than the 2 decimal place(s) of USD"),
]


@pytest.mark.parametrize(("scope", "why"), WHY, ids=[f"why{number}" for number in range(len(WHY))])
def test_each_refusal_names_the_scope_then_says_why(scope: str, why: str) -> None:
    with pytest.raises(ScopeCeilingError) as caught:
        scope_ceiling(scope)
    assert str(caught.value) == f"cannot read the spend ceiling of {scope!r}: {why}"


@pytest.mark.parametrize(("length", "shown"), [(118, "'" + "x" * 118 + "'"), (119, "'" + "x" * 118 + "…")])
def test_a_refusal_shows_a_long_scope_cut_to_119_characters_and_an_ellipsis(length: int, shown: str) -> None:
    with pytest.raises(MalformedScopeError) as caught:
        scope_ceiling("x" * length)
    assert str(caught.value) == f"cannot read the spend ceiling of {shown}: " + WHY[0][1]
