"""Every JSON ``body=`` also takes a plain dict, checked against the body model before anything is sent."""

from __future__ import annotations

import contextlib
import inspect
import io
import json
from typing import Any, is_typeddict

import httpx
import pytest

from sumvin_sdk import Sumvin
from sumvin_sdk._generated import api, models
from sumvin_sdk._generated.operations import OPERATIONS
from sumvin_sdk.errors import SumvinError, UsageError
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


L = "z" * 100  # longer than any excerpt a message shows
BUDGET_ABSOLUTE = {"kind": "absolute", "period_start": "2024-05-01T00:00:00Z", "period_end": 1714564800000}
MESSAGES = [
    (
        "createWallet",
        {"no_such_member": 1},
        "DynamicWalletCreate: missing member 'method'; or SiweWalletCreate: missing member 'method'; "
        "or TxnHashWalletCreate: missing member 'method'",
    ),
    (
        "createWallet",
        {"method": "nope"},
        "DynamicWalletCreate, SiweWalletCreate or TxnHashWalletCreate: "
        "member 'method' takes one of 'dynamic', 'siwe', 'txn_hash', not 'nope'",
    ),
    (
        "createWallet",
        {"method": models.BudgetType.MONTHLY},  # an enum member counts as the value it sends
        "DynamicWalletCreate, SiweWalletCreate or TxnHashWalletCreate: "
        "member 'method' takes one of 'dynamic', 'siwe', 'txn_hash', not 'monthly'",
    ),
    ("createWallet", {"method": "siwe"}, "SiweWalletCreate: missing member 'message'"),
    (
        "createBudget",
        {"budget_type": models.MeldPaymentMethod.CARD},
        "CreateBudgetRequest: member 'budget_type' takes one of 'weekly', 'monthly', 'yearly', 'custom', not 'CARD'",
    ),
    ("createDeviceCode", {"x": 1}, "DeviceCodeCreateRequest: unknown member 'x'; or its schema: takes None"),
    (
        "createUserAccount",
        {"chain_id": L},
        f"CreateUserRequest: member 'chain_id' takes one of 1329, 1328, not {repr(L)[:60]}",
    ),
    ("updateWallet", {L: 1}, f"WalletUpdateRequest: unknown member {L[:60]!r}"),
    ("updateWallet", {"nickname": ["x"]}, "WalletUpdateRequest: member 'nickname' takes a str or None, not list"),
    ("createBudget", {"period": {"kind": "relative", L: 1}}, f"CreateBudgetRequest: unknown member 'period.{L[:60]}'"),
    ("createIpa", {"conditions": [{"operator": "lte"}]}, "CreateIPARequest: missing member 'conditions[0].type'"),
    (
        "putMandateKeyWallet",
        {"encryption": {"version": True}},
        "BindMandateKeyWalletRequest: member 'encryption.version' takes 1, not True",
    ),
    (
        "createRampSession",
        {"chain_id": True},
        "RampCreateSessionRequest: member 'chain_id' takes one of 1, 10, 137, 42161, 8453, 43114, 56, 1328, 1329, "
        "not True",
    ),
]


def _merged(value: Any, changes: dict[str, Any]) -> Any:
    """``value`` (a dict) with ``changes`` laid over it, dict members merged at every depth."""
    merged = dict(value)
    for name, change in changes.items():
        old = merged.get(name)
        merged[name] = _merged(old, change) if isinstance(change, dict) and isinstance(old, dict) else change
    return merged


@pytest.mark.parametrize(
    ("operation_id", "changes", "text"), MESSAGES, ids=[f"{o}-{i}" for i, (o, *_) in enumerate(MESSAGES)]
)
def test_each_refused_dict_body_says_in_full_which_member_and_what_it_takes(
    operation_id: str, changes: dict[str, Any], text: str
) -> None:
    from tests.test_bodies_contract import arguments, method, sample

    body = changes if operation_id == "createWallet" else _merged(sample(operation_id), changes)
    script = Script()
    with client(script) as c, pytest.raises(UsageError) as caught:
        method(c, operation_id)(**arguments(operation_id), body=body)
    assert str(caught.value) == f"{operation_id}: the body does not fit {text}; nothing was sent"
    assert script.requests == []


def test_a_timestamp_member_takes_iso_text_or_epoch_milliseconds() -> None:
    from tests.test_bodies_contract import sample

    script = Script(httpx.Response(201, json={}), httpx.Response(201, json={}))
    with client(script) as c:
        for start in ("2024-05-01T00:00:00Z", 1714521600000):
            body = {**sample("createBudget"), "period": {**BUDGET_ABSOLUTE, "period_start": start}}
            with contextlib.suppress(SumvinError):  # the answer is not a budget; the request is what counts
                c.budgets.create_budget(body=body)  # type: ignore[arg-type]
        body = {**sample("createBudget"), "period": {**BUDGET_ABSOLUTE, "period_start": "soon"}}
        with pytest.raises(UsageError) as caught:
            c.budgets.create_budget(body=body)  # type: ignore[arg-type]
    assert len(script.requests) == 2
    wanted = "epoch milliseconds (an int) or ISO 8601 text, not 'soon'"
    assert f"CreateBudgetRequest: member 'period.period_start' takes {wanted}; nothing was sent" in str(caught.value)


@pytest.mark.parametrize(
    "file",
    [b"x", io.BytesIO(b"x"), ("a.png", b"x", "image/png"), (None, b"x", "image/png"), ("a.png", b"x", "image/png", {})],
    ids=["bytes", "file object", "tuple", "unnamed", "with headers"],
)
def test_a_file_member_takes_what_httpx_sends_as_a_file(file: Any) -> None:
    script = Script(httpx.Response(200, json={}))
    with client(script) as c, contextlib.suppress(SumvinError):
        c.receipts.upload_receipt("rcpt_1", body={"file": file})
    assert len(script.requests) == 1 and b'name="file"' in script.requests[0].content


@pytest.mark.parametrize(
    "file",
    [("a", b"x", "t", {}, 5), (5, b"x", "t"), ("a", 5, "t"), object(), "text"],
    ids=["five members", "a number for a name", "a number for content", "an object", "text"],
)
def test_anything_else_in_a_file_member_is_refused_unsent(file: Any) -> None:
    script = Script()
    with client(script) as c, pytest.raises(UsageError, match="member 'file' takes a File, bytes"):
        c.receipts.upload_receipt("rcpt_1", body={"file": file})
    assert script.requests == []


CHECKS = [
    ({"allOf": [{"type": "object", "required": ["a"]}]}, {}, "missing member 'a'"),
    ({"type": "object", "properties": {"a": {}}}, {"b": 1}, "unknown member 'b'"),
    ({"type": "object", "properties": {"colour": {}}}, {"colr": 1}, "unknown member 'colr' (did you mean 'colour'?)"),
    ({"type": "object", "additionalProperties": {"type": "integer"}}, {"a": "x"}, "member 'a' takes an int, not 'x'"),
    ({"type": ["string", "null"]}, 5, "takes a str or None"),
    (
        {"type": "object", "properties": {"n": {"type": ["string", "null"]}}},
        {"n": 5},
        "member 'n' takes a str or None, not 5",
    ),
    (
        {"type": "object", "properties": {"n": {"type": "number"}}},
        {"n": float("nan")},
        "member 'n' takes a number, not nan",
    ),
    (
        {"type": "object", "properties": {"t": {"type": "string", "format": "date-time"}}},
        {"t": "soon"},
        "member 't' takes epoch milliseconds (an int) or ISO 8601 text, not 'soon'",
    ),
    (  # a union inside a union: the member lists every type it takes, not only the inner union's
        {
            "type": "object",
            "properties": {"n": {"anyOf": [{"anyOf": [{"type": "string"}, {"type": "integer"}]}, {"type": "boolean"}]}},
        },
        {"n": []},
        "member 'n' takes a str or an int or a bool, not list",
    ),
    (  # a constant or a type: other text is told the constant
        {"type": "object", "properties": {"mode": {"anyOf": [{"const": "auto"}, {"type": "integer"}]}}},
        {"mode": "x"},
        "member 'mode' takes 'auto', not 'x'",
    ),
]
FITS = [
    ({"type": "object"}, {"anything": {"at": ["all"]}}),
    ({"type": "array"}, [1, "x", None]),
    ({"type": "number"}, 3),
    ({"type": ["string", "null"]}, None),
    ({"type": "string", "format": "date-time"}, 1714564800000),
    ({"type": "string", "format": "date-time"}, "2024-05-01T12:00:00+02:00"),
]


@pytest.mark.parametrize(("schema", "value", "text"), CHECKS, ids=[t for *_, t in CHECKS])
def test_the_body_check_reads_each_schema_keyword_as_json_schema_does(schema: Any, value: Any, text: str) -> None:
    from sumvin_sdk._dict_bodies import _check, _Problem

    with pytest.raises(_Problem) as caught:
        _check(schema, value, ())
    assert caught.value.text == text


@pytest.mark.parametrize(("schema", "value"), FITS, ids=[repr(v) for _, v in FITS])
def test_the_body_check_lets_through_what_a_schema_allows(schema: Any, value: Any) -> None:
    from sumvin_sdk._dict_bodies import _check

    _check(schema, value, ())


def test_a_problem_at_the_top_names_the_model_or_says_its_schema() -> None:
    from sumvin_sdk._dict_bodies import _check, _Problem

    for schema, named in [
        ({"x-class": "Thing", "required": ["a"], "type": "object"}, "Thing"),
        ({"required": ["a"], "type": "object"}, "its schema"),
    ]:
        with pytest.raises(_Problem) as caught:
            _check(schema, {}, (), top=True)
        assert caught.value.text == f"{named}: missing member 'a'"
    with pytest.raises(_Problem) as nested:
        _check(
            {"type": "object", "properties": {"p": {"x-class": "Part", "type": "object", "required": ["a"]}}},
            {"p": {}},
            (),
        )
    assert nested.value.text == "missing member 'p.a'"


def test_a_wrong_discriminator_at_the_top_names_every_option_even_one_without_a_model() -> None:
    from sumvin_sdk._dict_bodies import _check, _Problem

    schema = {
        "oneOf": [{"x-class": "Card", "type": "object"}, {"type": "object"}],
        "discriminator": {"propertyName": "kind", "mapping": {"card": "#/c/Card", "other": "#/c/Other"}},
    }
    with pytest.raises(_Problem) as caught:
        _check(schema, {"kind": "x"}, (), top=True)
    assert caught.value.text == "Card or its schema: member 'kind' takes one of 'card', 'other', not 'x'"
