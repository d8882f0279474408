"""Every JSON ``body=`` also takes a plain dict, checked against the body model before anything is sent."""

from __future__ import annotations

import inspect
import json
from typing import Any, is_typeddict

import httpx
import pytest

from sumvin_sdk import Sumvin
from sumvin_sdk._generated import api, models
from sumvin_sdk._generated.operations import OPERATIONS
from sumvin_sdk.errors import UsageError
from tests.figures import record
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
        c.wallets.update_wallet("wal_1", body=body)  # type: ignore[arg-type]
    assert named in str(caught.value) and "updateWallet" in str(caught.value)
    assert script.requests == []


def test_a_union_body_takes_the_model_the_dict_fits_and_names_each_misfit() -> None:
    with client(Script()) as c, pytest.raises(UsageError) as caught:
        c.wallets.create_wallet(body={"no_such_member": 1})  # type: ignore[arg-type]
    message = str(caught.value)
    assert "DynamicWalletCreate" in message and "SiweWalletCreate" in message and "TxnHashWalletCreate" in message


def body_dicts() -> list[tuple[Any, Any]]:
    """Every generated TypedDict with the model it stands for."""
    found = []
    for name in models.__all__:
        cls = getattr(models, name)
        if isinstance(cls, type) and is_typeddict(cls):
            found.append((cls, getattr(models, name.removesuffix("Dict"))))
    return found


def test_each_body_model_has_a_typeddict_with_its_wire_keys_and_which_are_required() -> None:
    pairs = body_dicts()
    for typed, model in pairs:
        keys = typed.__required_keys__ | typed.__optional_keys__
        assert len(keys) == len(model._REQUIRED) + len(model._OPTIONAL), model.__name__
        # The annotations are strings (the module defers them), so the required ones are read from the text.
        texts = {k: str(getattr(v, "__forward_arg__", v)) for k, v in typed.__annotations__.items()}
        optional = {k for k, text in texts.items() if text.startswith("NotRequired[")}
        assert len(keys) - len(optional) == len(model._REQUIRED) and len(optional) == len(model._OPTIONAL), model
    record("body dicts", {"typed dicts": len(pairs)})
    assert len(pairs) >= 70


def test_every_json_body_method_takes_its_models_typeddicts_and_no_loose_mapping() -> None:
    checked = 0
    for operation in OPERATIONS.values():
        resource = getattr(getattr(api, operation.tag), pascal(operation.tag) + "Resource")
        annotation = inspect.signature(getattr(resource, operation.module)).parameters.get("body")
        if annotation is None or ("Mapping" not in str(annotation) and "Dict" not in str(annotation)):
            continue
        text = str(annotation.annotation)
        assert "Mapping[str, Any]" not in text, operation.operation_id
        models_named = [t.strip() for t in text.split("|") if t.strip() and not t.strip().endswith("Dict")]
        for name in models_named:
            if name in models.__all__ and f"{name}Dict" in models.__all__:
                assert f"{name}Dict" in text, (operation.operation_id, name)
        checked += 1
    record("body dicts", {"operations taking dict bodies": checked})
    assert checked >= 50


def pascal(tag: str) -> str:
    return "".join(part.capitalize() for part in tag.split("_"))
