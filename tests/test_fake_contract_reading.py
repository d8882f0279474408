"""How the fake reads openapi.yaml: each operation's parameters, body, answers and route; the string members whose
descriptions name their values (read as enums); the error code a problem carries; ISO 8601 timestamps in UTC.

The contract the fake uses is read once per process, so these tests build their own ``Contract`` from a fresh copy
of the shipped document (with paths and schemas of their own where a case needs one) and check what it read."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from typing import Any

import pytest

from sumvin_sdk.testing._contract import (
    KYC_STATUSES,
    LISTED_BEYOND_WORDS,
    Answer,
    Contract,
    Parameter,
    _abbreviates,
    contract,
    iso_timestamps,
    listed_values,
    named_values,
)
from tests import zones

SHIPPED = resources.files("sumvin_sdk._generated").joinpath("openapi.json").read_text(encoding="utf-8")
ITEM = {"$ref": "#/components/schemas/Item"}
PROBLEM = {"$ref": "#/components/schemas/ProblemDetail"}


def shipped() -> dict[str, Any]:
    """A fresh copy of the document the SDK ships (a ``Contract`` writes the enums it reads into its schemas)."""
    document: dict[str, Any] = json.loads(SHIPPED)
    return document


def answer(schema: dict[str, Any], media: str = "application/json") -> dict[str, Any]:
    return {"description": "an answer", "content": {media: {"schema": schema}}}


PATHS = {
    "/v0/items/{item_id}": {
        "get": {
            "operationId": "getItem",
            "parameters": [
                {"name": "item_id", "in": "path", "required": True, "schema": {"type": "string"}},
                {"name": "expand", "in": "query"},
            ],
            "responses": {"200": answer(ITEM), "404": answer(PROBLEM, "application/problem+json")},
        },
        "put": {
            "operationId": "replaceItem",
            "requestBody": {"required": True, "content": {"application/json": {"schema": ITEM}}},
            "responses": {"200": answer(ITEM), "204": {"description": "No Content"}},
        },
    },
    # A literal path listed after the parameter path it also fits; in capitals, ending in X, so that the route
    # keeps every letter of a path and trims only its trailing slash.
    "/v0/items/INDEX": {"get": {"operationId": "getItemIndex", "responses": {"200": answer(ITEM)}}},
    "/v0/uploads/": {
        "post": {
            "operationId": "upload",
            "requestBody": {"content": {"application/octet-stream": {}}},
            "responses": {"201": {"description": "Created", "content": {"text/plain": {}}}},
        },
    },
}
ITEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "kind": {"type": "string", "description": "What the item is: `card`, `bank` or `wallet`."},
        "mode": {
            "anyOf": [{"type": "string"}, {"type": "null"}],
            "description": "`fast` when asked, `slow` once idle.",
        },
    },
}


@pytest.fixture
def items() -> Contract:
    """A contract of the shipped schemas (and ``Item``) with the operations of ``PATHS`` only."""
    document = shipped()
    document["paths"] = json.loads(json.dumps(PATHS))
    document["components"]["schemas"]["Item"] = json.loads(json.dumps(ITEM_SCHEMA))
    return Contract(document)


def test_an_operations_parameters_body_and_answers_are_read_as_documented(items: Contract) -> None:
    get, put, upload = (items.operations[name] for name in ("getItem", "replaceItem", "upload"))
    assert sorted(items.operations) == ["getItem", "getItemIndex", "replaceItem", "upload"]
    assert (get.method, get.path, put.method, upload.method) == ("GET", "/v0/items/{item_id}", "PUT", "POST")
    assert get.parameters == (
        Parameter("item_id", "path", True, {"type": "string"}),
        Parameter("expand", "query", False, {}),  # neither required nor typed
    )
    assert (get.body_media, get.body_schema, get.body_required) == (None, None, False)
    assert (put.parameters, put.body_media, put.body_schema, put.body_required) == ((), "application/json", ITEM, True)
    assert (upload.body_media, upload.body_schema, upload.body_required) == ("application/octet-stream", {}, False)
    assert get.answers == {
        200: Answer(200, "application/json", ITEM),
        404: Answer(404, "application/problem+json", PROBLEM),
    }
    assert put.answers == {200: Answer(200, "application/json", ITEM), 204: Answer(204, None, None)}
    assert upload.answers == {201: Answer(201, "text/plain", None)}
    assert (get.success, upload.success) == (Answer(200, "application/json", ITEM), Answer(201, "text/plain", None))


def test_a_route_takes_its_parameters_from_the_path_and_literal_paths_win(items: Contract) -> None:
    get, index, upload = (items.operations[name] for name in ("getItem", "getItemIndex", "upload"))
    assert items.route("GET", "/v0/items/itm_1") == (get, {"item_id": "itm_1"})
    assert items.route("GET", "/v0/items/itm%201/") == (get, {"item_id": "itm 1"})
    assert items.route("GET", "/v0/items/INDEX") == (index, {})  # listed after /v0/items/{item_id}, still first
    assert items.route("GET", "/v0/items/INDE") == (get, {"item_id": "INDE"})
    assert items.route("POST", "/v0/uploads") == (upload, {})
    assert items.route("POST", "/v0/uploads/") == (upload, {})
    assert items.route("GET", "/v0/items/itm_1/more") is None
    assert items.route("DELETE", "/v0/items/itm_1") is None
    assert items.methods_at("/v0/items/itm_1") == ["GET", "PUT"]


def test_members_whose_descriptions_name_their_values_get_them_as_enum(items: Contract) -> None:
    assert items.listed_values[("Item", "kind")] == ("card", "bank", "wallet")
    assert items.schemas["Item"]["properties"] == {
        "kind": ITEM_SCHEMA["properties"]["kind"] | {"enum": ["card", "bank", "wallet"]},
        "mode": {
            "anyOf": [{"type": "string", "enum": ["fast", "slow"]}, {"type": "null"}],  # the string option only
            "description": "`fast` when asked, `slow` once idle.",
        },
    }


def test_the_shipped_contracts_named_values_are_its_enums() -> None:
    document = shipped()
    pint_statuses = document["components"]["schemas"]["PintStatus"]["enum"]
    read = Contract(document)
    assert read.listed_values[("KYCStatusResponse", "status")] == KYC_STATUSES
    assert read.listed_values[("PintSummaryData", "status")] == tuple(pint_statuses)
    assert read.listed_values[("PhoneVerificationResponse", "status")] == ("code_sent", "verified")
    user = read.schemas["UserData"]["properties"]
    assert user["auth_provider"]["enum"] == ["dynamic", "privy", "clerk", "clerk-sigil"]  # beyond the words
    assert user["safe_creation_status"]["anyOf"] == [
        {"type": "string", "enum": ["pending", "processing", "completed", "failed"]},
        {"type": "null"},
    ]


MEMBERS: dict[str, Any] = {
    "kind": {"type": "string", "description": "What it is: `card`, `bank` or `wallet`."},
    "mode": {"anyOf": [{"type": "string"}, {"type": "null"}], "description": "`fast` when asked, `slow` once idle."},
    "note": {"type": "string"},  # no description
    "count": {"type": "integer", "description": "`one` or `two`"},  # not a string
    "size": {"anyOf": [{"type": "string", "enum": ["s", "m"]}, {"type": "null"}], "description": "`s` or `m`"},
    "shade": {
        "anyOf": [{"type": "string"}, {"type": "null"}],
        "enum": ["dark", "light", None],  # an enum beside the options
        "description": "`dark` or `light`",
    },
    "colour": {"type": "string", "description": "A colour such as `red`, `green` or `blue`."},  # an open list
}


def test_listed_values_are_the_plain_strings_whose_descriptions_name_them_all() -> None:
    schemas: dict[str, Any] = {
        "Thing": {"type": "object", "properties": MEMBERS},
        "Shade": {"type": "string", "enum": ["dark"]},
    }
    assert listed_values(schemas) == LISTED_BEYOND_WORDS | {
        ("Thing", "kind"): ("card", "bank", "wallet"),
        ("Thing", "mode"): ("fast", "slow"),
    }


STATUS: dict[str, Any] = {"KycStatus": {"type": "string", "enum": ["pending", "approved"]}}


@pytest.mark.parametrize(
    ("description", "values"),
    [
        ("Kind of asset: `crypto` or `fiat`.", ("crypto", "fiat")),
        ("Where it stands: `pending`, `in_progress`, `retry`, `approved` or `rejected`.", KYC_STATUSES),
        ("`code_sent` when a code went out, `verified` once confirmed.", ("code_sent", "verified")),
        ("`on` if set, `off` when not", ("on", "off")),
        ("Its state, with the values of `KycStatus` (such as `pending`).", ("pending", "approved")),
        ("Its state, with the values of `Missing`.", None),  # a schema the contract does not have
        ("`crypto` or `fiat`, see `AssetType`", None),  # a quoted word that is not one of them
        ("Provider, such as `dynamic`, `privy` or `clerk`.", None),
        ("Provider (`dynamic`, `privy` or `clerk`, e.g.)", None),
        ("The asset's symbol, like `USDC`.", None),
        ("", None),
    ],
)
def test_a_description_names_values_only_when_it_names_them_all(
    description: str, values: tuple[str, ...] | None
) -> None:
    assert named_values(description, STATUS) == values


def test_a_schema_pointed_to_without_an_enum_names_no_values() -> None:
    assert named_values("with the values of `KycStatus`", {"KycStatus": {"type": "string"}}) is None


def test_error_codes_are_the_documented_ones_and_none_without_them() -> None:
    assert Contract(shipped()).error_codes == tuple(shipped()["components"]["schemas"]["APIErrorCode"]["enum"])
    without = shipped()
    del without["components"]["schemas"]["APIErrorCode"]
    assert Contract(without).error_codes == ()
    assert Contract(without).error_code(404, contract().operations["listCards"]) == "GEN-400-001"
    unlisted = shipped()
    unlisted["components"]["schemas"]["APIErrorCode"] = {"type": "string"}
    assert Contract(unlisted).error_codes == ()


@pytest.mark.parametrize(
    ("status", "operation_id", "code"),
    [
        (404, "listCards", "CRD-404-001"),  # /v0/card: CRD, though USR-404-001 is the first 404 documented
        (409, "listCards", "CRD-409-001"),
        (404, "getKycStatus", "KYC-404-001"),
        (400, "listPaymentLinks", "PAY-400-003"),  # the first 400 of the area, not the first of the area
        (404, "getPaymentLinkPay", "PAY-404-001"),  # /pay/{slug}, outside /v0/: its first segment names the area
        (401, "healthCheck", "HEALTH-401-001"),
        (404, "healthCheck", "USR-404-001"),  # no 404 of the area: the first 404 documented
        (405, "listCards", "GEN-400-001"),  # no 405 documented at all
    ],
)
def test_a_problems_code_is_of_the_operations_area_when_there_is_one(status: int, operation_id: str, code: str) -> None:
    assert contract().error_code(status, contract().operations[operation_id]) == code


def test_a_problem_for_no_operation_takes_the_first_code_for_its_status() -> None:
    assert [contract().error_code(status) for status in (404, 409, 503, 405)] == [
        "USR-404-001",
        "USR-409-003",
        "KYC-503-001",
        "GEN-400-001",
    ]


@pytest.mark.parametrize(
    ("prefix", "word", "abbreviates"),
    [
        ("USR", "USER", True),
        ("CRD", "CARD", True),
        ("PAY", "PAY", True),
        ("U", "USER", True),
        ("SR", "USER", False),  # every letter in order, but not the first
        ("RSU", "USER", False),  # the letters out of order
        ("USRR", "USER", False),  # a letter more often than the word has it
        ("CRD", "USER", False),
        ("UX", "USER", False),
        ("", "USER", False),
        ("USR", "", False),
    ],
)
def test_an_area_prefix_is_its_word_with_letters_left_out(prefix: str, word: str, abbreviates: bool) -> None:
    assert _abbreviates(prefix, word) is abbreviates


@pytest.fixture(params=[("UTC", 0), ("EST+5", -5), ("IST-5:30", 5.5), ("NZST-12", 12)], ids=lambda p: p[0])
def local_zone(request: pytest.FixtureRequest) -> Iterator[None]:
    """The process's local time zone set to the parameter's (hours east of UTC)."""
    zone, hours = request.param
    with zones.local_zone(zone, offset=int(hours * 3600)):
        yield


@pytest.mark.usefixtures("local_zone")
def test_iso_timestamps_are_utc_whatever_the_local_zone() -> None:
    body = {"created_at": 1_700_000_000_000, "items": [{"period_end": 1_700_000_000_123, "updated_at": 0}]}
    assert iso_timestamps(body) == {
        "created_at": "2023-11-14T22:13:20Z",
        "items": [{"period_end": "2023-11-14T22:13:20.123Z", "updated_at": "1970-01-01T00:00:00Z"}],
    }
