"""``coerce_typed_data_integers``: exact integers from what JSON carries, and a named refusal for everything else."""

from __future__ import annotations

import copy
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest

from sumvin_sdk.errors import SumvinError
from sumvin_sdk.signing import (
    TypedDataError,
    TypedDataFloatError,
    TypedDataFractionError,
    TypedDataNotIntegerError,
    TypedDataRangeError,
    TypedDataShapeError,
    TypedDataSignError,
    coerce_typed_data_integers,
    typed_data_digest,
)

SAFE = "0x1111111111111111111111111111111111111111"
#: An errand's approval payload as the API prepares it (sdk-ts's fixture), integers as JSON numbers.
PAYLOAD: dict[str, Any] = {
    "types": {
        "EIP712Domain": [
            {"name": "name", "type": "string"},
            {"name": "version", "type": "string"},
            {"name": "chainId", "type": "uint256"},
            {"name": "verifyingContract", "type": "address"},
        ],
        "PurchaseIntent": [
            {"name": "wallet", "type": "address"},
            {"name": "nonce", "type": "uint256"},
            {"name": "statement", "type": "string"},
            {"name": "scopes", "type": "string[]"},
            {"name": "resources", "type": "string[]"},
            {"name": "conditions", "type": "string[]"},
            {"name": "maxAmount", "type": "uint256"},
            {"name": "maxAmountToken", "type": "address"},
            {"name": "expiresAt", "type": "uint256"},
        ],
    },
    "primaryType": "PurchaseIntent",
    "domain": {"name": "Sumvin Purchase Intent", "version": "3", "chainId": 1329, "verifyingContract": SAFE},
    "message": {
        "wallet": SAFE,
        "nonce": 7,
        "statement": "Approve purchase of flight SFO-JFK, up to $450.00",
        "scopes": ["sr:us:pint:card:checkout"],
        "resources": ["sr:us:person:safe:" + SAFE],
        "conditions": ["price < 45000", "availability = confirmed", "price < 45000"],
        "maxAmount": 45000,
        "maxAmountToken": "0x0000000000000000000000000000000000000000",
        "expiresAt": 1_735_689_600_000,
    },
}
DIGEST = "0a693fae85f66f52ff05796b93d32f4843d3495d5017fe5f410ab4a7dccf7e78"  # as in test_signing's first vector


def with_message(**members: object) -> dict[str, Any]:
    payload = copy.deepcopy(PAYLOAD)
    payload["message"].update(members)
    return payload


def field_typed(kind: str, value: object) -> dict[str, Any]:
    """A one-field struct of type ``kind`` holding ``value``."""
    return {
        "types": {"T": [{"name": "v", "type": kind}]},
        "primaryType": "T",
        "domain": {"name": "x", "chainId": 1},
        "message": {"v": value},
    }


def test_the_apis_payload_signs_to_the_same_digest_however_its_integers_arrive() -> None:
    as_numbers = coerce_typed_data_integers(PAYLOAD)
    as_strings = coerce_typed_data_integers(
        {
            **with_message(nonce="7", maxAmount="45000", expiresAt="1735689600000"),
            "domain": {**PAYLOAD["domain"], "chainId": "1329"},
        }
    )
    assert as_numbers == as_strings
    assert as_strings["message"]["maxAmount"] == 45000 and as_strings["domain"]["chainId"] == 1329
    assert typed_data_digest(as_strings).hex() == DIGEST


def test_nothing_but_integers_changes_and_arrays_keep_order_duplicates_and_blanks() -> None:
    adversarial = ["z-last", "", "a-first", "z-last", "  padded  "]
    coerced = coerce_typed_data_integers(with_message(scopes=adversarial, resources=adversarial))
    assert coerced["message"]["scopes"] == adversarial
    assert coerced["message"]["conditions"] == PAYLOAD["message"]["conditions"]
    assert {k: v for k, v in coerced.items() if k != "message"} == {k: v for k, v in PAYLOAD.items() if k != "message"}
    assert PAYLOAD["message"]["nonce"] == 7  # the input is not modified


def test_nested_structs_and_integer_arrays_are_coerced() -> None:
    payload = {
        "types": {
            "Leg": [{"name": "amount", "type": "uint256"}, {"name": "fees", "type": "uint256[]"}],
            "Bundle": [{"name": "total", "type": "int64"}, {"name": "legs", "type": "Leg[2]"}],
        },
        "primaryType": "Bundle",
        "domain": {"name": "x", "chainId": "1"},
        "message": {"total": "-1000", "legs": [{"amount": 400, "fees": [1, "2"]}, {"amount": "600", "fees": []}]},
    }
    coerced = coerce_typed_data_integers(payload)
    assert coerced["message"] == {
        "total": -1000,
        "legs": [{"amount": 400, "fees": [1, 2]}, {"amount": 600, "fees": []}],
    }
    assert coerced["domain"]["chainId"] == 1


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        ("uint256", 0, 0),
        ("uint256", "000123", 123),
        ("uint256", str(2**256 - 1), 2**256 - 1),
        ("uint256", 7.0, 7),
        ("uint256", Decimal("45000"), 45000),
        ("uint256", Decimal("4.5E+4"), 45000),
        ("uint256", Fraction(90000, 2), 45000),
        ("int8", -128, -128),
        ("int8", "-0", 0),
        ("int", str(-(2**255)), -(2**255)),
        ("uint8", 255, 255),
        ("uint", 2**256 - 1, 2**256 - 1),
        ("uint256", float(2**53 - 1), 2**53 - 1),
    ],
)
def test_exact_values_are_accepted(kind: str, value: object, expected: int) -> None:
    coerced = coerce_typed_data_integers(field_typed(kind, value))["message"]["v"]
    assert coerced == expected and type(coerced) is int


#: Every refusal, case by case: (type, value, the error it must raise).
REFUSALS: list[tuple[str, object, type[TypedDataError]]] = [
    ("uint256", 1.5, TypedDataFractionError),
    ("uint256", "1.5", TypedDataFractionError),
    ("uint256", "1.0", TypedDataFractionError),
    ("uint256", "1e3", TypedDataFractionError),
    ("uint256", ".5", TypedDataFractionError),
    ("uint256", Decimal("1.5"), TypedDataFractionError),
    ("uint256", Fraction(1, 3), TypedDataFractionError),
    ("int64", -0.5, TypedDataFractionError),
    ("uint256", float(2**53), TypedDataFloatError),
    ("uint256", 1e30, TypedDataFloatError),
    ("uint256", float("nan"), TypedDataFloatError),
    ("uint256", float("inf"), TypedDataFloatError),
    ("uint256", -1, TypedDataSignError),
    ("uint256", "-1", TypedDataSignError),
    ("uint256", "-0", TypedDataSignError),
    ("uint8", -1.0, TypedDataSignError),
    ("uint256", Decimal("-2"), TypedDataSignError),
    ("uint8", 256, TypedDataRangeError),
    ("uint8", "256", TypedDataRangeError),
    ("int8", 128, TypedDataRangeError),
    ("int8", -129, TypedDataRangeError),
    ("uint256", 2**256, TypedDataRangeError),
    ("int256", 2**255, TypedDataRangeError),
    ("uint256", "9" * 100_000, TypedDataRangeError),
    ("uint256", Decimal("1E+100000"), TypedDataRangeError),
    ("uint256", [1], TypedDataShapeError),
    ("uint256[]", 1, TypedDataShapeError),
    ("uint256[]", "1", TypedDataShapeError),
    ("uint256[2]", [1], TypedDataShapeError),
    ("uint256[][]", [1], TypedDataShapeError),
    ("string", ["a"], TypedDataShapeError),
    ("uint7", 1, TypedDataShapeError),
    ("uint264", 1, TypedDataShapeError),
    ("uint256", "abc", TypedDataNotIntegerError),
    ("uint256", "0x1f", TypedDataNotIntegerError),
    ("uint256", "", TypedDataNotIntegerError),
    ("uint256", " 1", TypedDataNotIntegerError),
    ("uint256", "1 ", TypedDataNotIntegerError),
    ("uint256", "1\n", TypedDataNotIntegerError),
    ("uint256", "+1", TypedDataNotIntegerError),
    ("uint256", "٤٥", TypedDataNotIntegerError),
    ("uint256", True, TypedDataNotIntegerError),
    ("uint256", None, TypedDataNotIntegerError),
    ("uint256", {"v": 1}, TypedDataNotIntegerError),
    ("uint256", Decimal("NaN"), TypedDataNotIntegerError),
]


@pytest.mark.parametrize(("kind", "value", "error"), REFUSALS, ids=[f"{k}-{v!r:.20}" for k, v, _ in REFUSALS])
def test_each_refusal_names_its_field(kind: str, value: object, error: type[TypedDataError]) -> None:
    with pytest.raises(error) as caught:
        coerce_typed_data_integers(field_typed(kind, value))
    assert type(caught.value) is error
    assert caught.value.field.startswith("message.v")
    assert isinstance(caught.value, SumvinError) and isinstance(caught.value, ValueError)
    assert len(str(caught.value)) < 300  # a hostile value is shown short


def test_a_refusal_deep_inside_names_the_whole_path() -> None:
    payload = {
        "types": {"Leg": [{"name": "fees", "type": "uint8[]"}], "B": [{"name": "legs", "type": "Leg[]"}]},
        "primaryType": "B",
        "domain": {},
        "message": {"legs": [{"fees": [1]}, {"fees": [2, 300]}]},
    }
    with pytest.raises(TypedDataRangeError) as caught:
        coerce_typed_data_integers(payload)
    assert caught.value.field == "message.legs[1].fees[1]"


@pytest.mark.parametrize(
    "broken",
    [
        None,
        [],
        {},
        {**PAYLOAD, "types": None},
        {**PAYLOAD, "types": {"PurchaseIntent": "nope"}},
        {**PAYLOAD, "types": {"PurchaseIntent": [{"name": "x"}]}},
        {**PAYLOAD, "primaryType": "Other"},
        {**PAYLOAD, "domain": "x"},
        {**PAYLOAD, "message": None},
        with_message(nonce=None) | {"message": {k: v for k, v in PAYLOAD["message"].items() if k != "nonce"}},
        {**PAYLOAD, "types": {"PurchaseIntent": PAYLOAD["types"]["PurchaseIntent"]}, "domain": {"evil": 1}},
    ],
)
def test_payloads_that_are_not_typed_data_are_shape_errors(broken: Any) -> None:
    with pytest.raises(TypedDataShapeError):
        coerce_typed_data_integers(broken)


def test_self_referencing_structs_deeper_than_the_limit_are_refused() -> None:
    node: dict[str, Any] = {"n": 1, "next": []}
    for _ in range(40):
        node = {"n": 1, "next": [node]}
    payload = {
        "types": {"Node": [{"name": "n", "type": "uint8"}, {"name": "next", "type": "Node[]"}]},
        "primaryType": "Node",
        "domain": {},
        "message": node,
    }
    with pytest.raises(TypedDataShapeError, match="deeper"):
        coerce_typed_data_integers(payload)
