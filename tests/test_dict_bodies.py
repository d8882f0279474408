"""Every JSON ``body=`` also takes a plain dict, checked against the body model before anything is sent."""

from __future__ import annotations

import json

import httpx
import pytest

from sumvin_sdk import Sumvin
from sumvin_sdk.errors import UsageError
from tests.test_client import BASE, Script
from tests.test_endpoints import SAMPLER, SPEC

WALLET = SAMPLER.value(SPEC["components"]["schemas"]["WalletResponse"])


def client(script: Script) -> Sumvin:
    return Sumvin(jwt="j" * 20, base_url=BASE, transport=script.transport)


def test_a_dict_body_is_sent_as_its_model_would_be() -> None:
    script = Script(httpx.Response(200, json=WALLET))
    with client(script) as c:
        c.wallets.update_wallet("wal_1", body={"nickname": "Savings"})
    assert json.loads(script.requests[0].content) == {"nickname": "Savings"}


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ({"nickame": "Savings"}, "'nickame' (did you mean 'nickname'?)"),
        ({"nickname": 42}, "member 'nickname'"),
        ({"nickname": ["x"]}, "member 'nickname'"),
    ],
)
def test_a_misspelt_or_mistyped_member_is_refused_by_name_and_nothing_is_sent(
    body: dict[str, object], named: str
) -> None:
    script = Script()
    with client(script) as c, pytest.raises(UsageError) as caught:
        c.wallets.update_wallet("wal_1", body=body)
    assert named in str(caught.value) and "updateWallet" in str(caught.value)
    assert script.requests == []


def test_a_union_body_takes_the_model_the_dict_fits_and_names_each_misfit() -> None:
    with client(Script()) as c, pytest.raises(UsageError) as caught:
        c.wallets.create_wallet(body={"no_such_member": 1})
    message = str(caught.value)
    assert "DynamicWalletCreate" in message and "SiweWalletCreate" in message and "TxnHashWalletCreate" in message
