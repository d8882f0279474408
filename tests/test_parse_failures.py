"""A body that breaks the contract is reported naming the model and the member that broke, from what the
generated ``from_dict`` records on the error (``types.note_failure``), never from its source lines.

And the instances ``from_dict`` builds without running ``__init__`` are the ones the public constructor
builds: every attribute set, equal, the same repr.
"""

from __future__ import annotations

import json
import linecache
from typing import Any

import attrs
import httpx
import pytest

from sumvin_sdk import Sumvin
from sumvin_sdk._generated import models
from sumvin_sdk._generated.types import PARSE_ERRORS, failure_of
from sumvin_sdk.errors import ResponseValidationError
from sumvin_sdk.models import WalletData, WalletListResponse
from tests.test_endpoints import SAMPLER
from tests.test_property_parsing import PLAIN, SCHEMAS, model_for

BASE = "https://api.sumvin.test"
WALLET = {"id": "w1", "address": "0x1", "chain_id": 1, "is_primary": True, "is_eoa": False, "created_at": 1}
PAGE = {"_links": {"self": {"href": "/v0/wallets/"}}, "wallets": [WALLET]}


def with_wallet(**change: Any) -> dict[str, Any]:
    return {**PAGE, "wallets": [{**WALLET, **change}]}


def listed(body: bytes) -> str:
    """The message of the error ``list_wallets`` raises on ``body``."""
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    with (
        Sumvin(base_url=BASE, jwt="j", transport=transport, max_retries=0) as client,
        pytest.raises(ResponseValidationError) as caught,
    ):
        client.wallets.list_wallets()
    return str(caught.value).split(": ", 1)[1]


CASES = [
    ({"_links": PAGE["_links"]}, "as WalletListResponse (missing member 'wallets')"),
    ({**PAGE, "wallets": {}}, "as WalletListResponse (member 'wallets': expected a list, got dict)"),
    ({**PAGE, "wallets": [7]}, "as WalletListResponse (member 'wallets': 'int' object is not iterable)"),
    (
        {**PAGE, "_links": "x"},
        "as WalletListResponse (member '_links': dictionary update sequence element #0 has length 1; 2 is required)",
    ),
    ({**PAGE, "wallets": [{k: v for k, v in WALLET.items() if k != "id"}]}, "as WalletData (missing member 'id')"),
    (with_wallet(chain_id=True), "as WalletData (member 'chain_id': expected int, got bool)"),
    (with_wallet(nickname=3), "as WalletData (member 'nickname': expected str or None or Unset, got int)"),
    (
        with_wallet(created_at=[]),
        "as WalletData (member 'created_at': a timestamp is epoch milliseconds or an ISO 8601 string, not list)",
    ),
    (with_wallet(deleted_at="soon"), "as WalletData (member 'deleted_at': Invalid isoformat string: 'soon')"),
    (with_wallet(signer_role=1), "as WalletData (member 'signer_role': a value of the wrong type)"),
    (with_wallet(cards={}), "as WalletData (member 'cards': a value of the wrong type)"),
    (with_wallet(cards=[1]), "as WalletData (member 'cards': 'int' object is not iterable)"),
    (with_wallet(cards=[{}]), "as CardData (missing member 'id')"),
]


@pytest.mark.parametrize(("body", "message"), CASES)
def test_the_innermost_model_and_its_member_are_named(body: dict[str, Any], message: str) -> None:
    assert listed(json.dumps(body).encode()) == f"the 200 body does not parse {message}"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'"a string"', "dictionary update sequence element #0 has length 1; 2 is required"),
        (b"{", "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"),
        (b"", "Expecting value: line 1 column 1 (char 0)"),
    ],
)
def test_a_body_that_is_no_object_names_no_model(body: bytes, message: str) -> None:
    assert listed(body) == f"the 200 body does not parse ({message})"


def test_the_messages_do_not_depend_on_the_source_being_readable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(linecache, "getline", lambda *args, **kwargs: "")
    monkeypatch.setattr(linecache, "getlines", lambda *args, **kwargs: [])
    for body, message in CASES:
        assert listed(json.dumps(body).encode()) == f"the 200 body does not parse {message}"


def test_the_failure_is_recorded_on_the_error_innermost_first() -> None:
    with pytest.raises(PARSE_ERRORS) as caught:
        WalletListResponse.from_dict(with_wallet(chain_id="1"))
    assert failure_of(caught.value) == ("WalletData", "chain_id")
    assert failure_of(ValueError("not from a model")) == (None, None)


def init_arguments(instance: Any) -> dict[str, Any]:
    return {field.alias: getattr(instance, field.name) for field in attrs.fields(type(instance)) if field.init}


@pytest.mark.parametrize("name", PLAIN)
def test_from_dict_builds_what_the_constructor_builds(name: str) -> None:
    body = SAMPLER.value(SCHEMAS[name]) | {"an_unknown_member": [1]}
    parsed = model_for(name).from_dict(body)
    built = type(parsed)(**init_arguments(parsed))
    built.additional_properties = dict(parsed.additional_properties)
    if hasattr(parsed, "_nulls"):
        built._nulls = parsed._nulls  # which optional members came as null: from_dict alone knows
    assert attrs.asdict(parsed, recurse=False) == attrs.asdict(built, recurse=False)  # every attribute is set
    assert parsed == built and repr(parsed) == repr(built) and parsed.fields_set == built.fields_set
    assert parsed.additional_properties == {"an_unknown_member": [1]}


def test_a_subclass_parses_into_itself() -> None:
    class Mine(WalletData):
        pass

    parsed = Mine.from_dict(WALLET)
    assert type(parsed) is Mine and parsed.chain_id == 1 and parsed.nickname is None
    assert isinstance(models.WalletListResponse.from_dict(PAGE).wallets[0], WalletData)
