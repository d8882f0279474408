"""Models as a Python user meets them: ``None`` for absent, ``fields_set``, ``UNSET`` on the request side only,
compact reprs, the public ``sumvin_sdk.models``, and the dict, JSON, DataFrame and HTML forms."""

from __future__ import annotations

import copy
import datetime
import inspect
import json
import pickle
import subprocess
import sys
from typing import Any, cast

import attrs
import pytest

import sumvin_sdk.models as public_models
from sumvin_sdk import UNSET, Unset, tables
from sumvin_sdk._generated import models
from sumvin_sdk._generated.types import Model
from sumvin_sdk.models import (
    AgentTaskPintLinkData,
    CacheConfig,
    MerchantMeta,
    PintTokensResponse,
    SignerRole,
    TransactionDirection,
    WalletListResponse,
    WalletResponse,
    WalletUpdateRequest,
)
from sumvin_sdk.tables import HTML_ROWS, dataframe, rows
from tests.test_endpoints import SAMPLER
from tests.test_property_parsing import PLAIN, SCHEMAS, parse

WALLET: dict[str, Any] = {
    "_links": {"self": {"href": "/v0/wallets/wal_1"}, "user": {"href": "/v0/user/me"}},
    "id": "wal_1",
    "address": "0x742d35Cc6634C0532925a3b844Bc9e7595f2bD78",
    "chain_id": 1329,
    "is_primary": True,
    "is_eoa": True,
    "created_at": 1704067200000,
    "nickname": "Main Wallet",
    "logo_uri": None,
}


def classes() -> list[type[Model]]:
    found = [getattr(models, name) for name in models.__all__]
    return [cls for cls in found if isinstance(cls, type) and issubclass(cls, Model)]


def test_an_absent_optional_member_reads_none_and_a_null_one_is_still_told_apart() -> None:
    wallet = WalletResponse.from_dict(WALLET)
    assert wallet.deleted_at is None and wallet.signer_role is None and wallet.logo_uri is None
    assert "logo_uri" in wallet.fields_set and "deleted_at" not in wallet.fields_set
    assert wallet.to_dict() == WALLET  # the null stays, the absent stays absent
    wallet.deleted_at = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
    assert "deleted_at" in wallet.fields_set and wallet.to_dict()["deleted_at"] == 1735689600000


@pytest.mark.parametrize("name", PLAIN)
def test_every_response_model_reads_none_for_each_absent_member(name: str) -> None:
    schema = SCHEMAS[name]
    required = set(schema.get("required", []))
    body = {key: value for key, value in SAMPLER.value(schema).items() if key in required}
    model = parse(name, body)
    cls = type(model)
    assert not cls._REQUEST
    for attribute in cls._OPTIONAL:
        assert getattr(model, attribute) is None, attribute
    assert model.fields_set == frozenset(cls._REQUIRED)
    assert model.to_dict() == body


def test_response_models_are_typed_without_unset_and_request_models_keep_it() -> None:
    response = [cls for cls in classes() if not cls._REQUEST]
    request = [cls for cls in classes() if cls._REQUEST]
    assert len(response) > 300 and len(request) > 50
    for cls in response:
        for field in attrs.fields(cast(Any, cls)):
            assert "Unset" not in str(field.type), (cls.__name__, field.name, field.type)
    assert "Unset" in str(attrs.fields(WalletUpdateRequest).nickname.type)
    assert WalletUpdateRequest().to_dict() == {}
    assert WalletUpdateRequest(nickname=None).to_dict() == {"nickname": None}  # None sends null


def test_no_response_model_docstring_or_signature_mentions_unset() -> None:
    """What ``help()`` and IDE hovers show of a response model: its docstring (the ``Attributes:`` section
    included), its constructor's signature and each member's annotation; none may speak of ``Unset``."""
    response = [cls for cls in classes() if not cls._REQUEST]
    for cls in response:
        doc = inspect.cleandoc(cls.__dict__.get("__doc__") or "")  # its own, not Model's
        assert "Attributes:" in doc or not (cls._REQUIRED + cls._OPTIONAL), cls.__name__
        shown = [doc, str(inspect.signature(cls)), *map(str, inspect.get_annotations(cls).values())]
        for text in shown:
            assert "Unset" not in text and "UNSET" not in text, (cls.__name__, text[:200])
    assert "= UNSET" in str(inspect.signature(WalletUpdateRequest))  # a request model still says it


def test_unset_is_one_readable_object_that_survives_copies_and_pickles() -> None:
    assert repr(UNSET) == "UNSET" and not UNSET and Unset() is UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET
    assert copy.copy(UNSET) is UNSET and copy.deepcopy(UNSET) is UNSET
    signature = str(inspect.signature(WalletUpdateRequest))
    assert "= UNSET" in signature and "object at" not in signature


def test_reprs_show_the_members_present_compactly() -> None:
    wallet = WalletResponse.from_dict(WALLET)
    text = repr(wallet)
    assert "Unset" not in text and " at 0x" not in text
    assert "nickname='Main Wallet'" in text and "logo_uri=None" in text and "deleted_at" not in text
    assert len(text) < 500, len(text)
    assert repr(WalletUpdateRequest(nickname="x")) == "WalletUpdateRequest(nickname='x')"


def test_models_pickle_with_what_they_hold() -> None:
    wallet = WalletResponse.from_dict(WALLET | {"extra_member": 1})
    again = pickle.loads(pickle.dumps(wallet))
    assert again == wallet and again.to_dict() == wallet.to_dict() and again.fields_set == wallet.fields_set


def test_sumvin_sdk_models_holds_every_model_and_enum() -> None:
    assert list(public_models.__all__) == list(models.__all__)
    assert len(models.__all__) > 500
    for name in models.__all__:
        assert getattr(public_models, name) is getattr(models, name)
    assert public_models.TransactionDirection is TransactionDirection
    with pytest.raises(AttributeError):
        public_models.NoSuchModel  # noqa: B018


def test_sumvin_sdk_models_is_lazy() -> None:
    code = (
        "import sys, sumvin_sdk.models as m; before = len([n for n in sys.modules if '_generated.models.' in n]); "
        "m.WalletResponse; after = len([n for n in sys.modules if '_generated.models.' in n]); print(before, after)"
    )
    before, after = map(int, subprocess.check_output([sys.executable, "-c", code], text=True).split())
    assert before == 0 and 0 < after < 10


def test_python_form_keeps_datetimes_enums_and_attribute_names() -> None:
    wallet = WalletResponse.from_dict(WALLET | {"signer_role": "cli_mandate_key"})
    data = wallet.to_dict(mode="python")
    assert data["created_at"] == datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    assert data["signer_role"] is SignerRole.CLI_MANDATE_KEY
    assert data["field_links"]["self_"]["href"] == "/v0/wallets/wal_1" and "_links" not in data
    assert data["deleted_at"] is None  # every attribute, absent ones as None
    assert json.loads(wallet.to_json()) == wallet.to_dict()
    assert "\n" in wallet.to_json(indent=2)
    assert WalletUpdateRequest(nickname="x").to_dict(mode="python") == {"nickname": "x"}  # UNSET left out


def page(count: int, **member: Any) -> WalletListResponse:
    wallets = [WALLET | {"id": f"wal_{i}"} | member for i in range(count)]
    return WalletListResponse.from_dict({"wallets": wallets, "_links": {"self": {"href": "/v0/wallets/"}}})


def test_a_page_is_a_dataframe_with_a_row_per_item_and_timezone_aware_timestamps() -> None:
    frame = page(3).to_dataframe()
    assert list(frame["id"]) == ["wal_0", "wal_1", "wal_2"]
    assert str(frame["created_at"].dtype) == "datetime64[us, UTC]"
    assert str(frame["deleted_at"].dtype) == "datetime64[us, UTC]"  # all absent, still a datetime column
    assert "_links" not in frame.columns and "field_links" not in frame.columns
    one = WalletResponse.from_dict(WALLET).to_dataframe()
    assert len(one) == 1 and one["nickname"][0] == "Main Wallet"
    assert list(dataframe(page(2).wallets)["id"]) == ["wal_0", "wal_1"]


def test_to_dataframe_names_the_extra_when_pandas_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install .\.\[pandas\]. from a checkout"):
        page(1).to_dataframe()


def test_notebooks_render_models_and_pages_as_escaped_tables() -> None:
    hostile = "<script>alert(1)</script>"
    table = page(HTML_ROWS + 5, nickname=hostile)._repr_html_()
    assert hostile not in table and "&lt;script&gt;" in table
    assert table.count("<tr>") == HTML_ROWS + 1 and table.endswith("</table><p>5 more rows</p>")
    single = WalletResponse.from_dict(WALLET | {"nickname": hostile})._repr_html_()
    assert "<th>nickname</th>" in single and hostile not in single


def test_sumvin_sdk_models_lists_every_model_and_enum_for_completion() -> None:
    listed = dir(public_models)
    assert listed == sorted(models.__all__) and "WalletResponse" in listed and "TransactionDirection" in listed


def test_a_notebook_shows_a_model_as_a_row_per_member_with_iso_timestamps_and_blanks_for_none() -> None:
    meta = MerchantMeta.from_dict({"first_hit_at": 1704067200000})
    assert meta._repr_html_() == (
        "<table><caption>MerchantMeta</caption>"
        "<tr><th>first_hit_at</th><td>2024-01-01T00:00:00+00:00</td></tr>"
        "<tr><th>last_hit_at</th><td></td></tr></table>"
    )


PINT_TOKEN = {"jti": "jti_0", "audience": "merchant", "issued_at": 1704067200000, "expires_at": 1704070800000}


def test_a_notebook_shows_a_page_as_a_column_per_member_and_a_row_per_item() -> None:
    tokens = [PINT_TOKEN | {"revoked": False}, PINT_TOKEN | {"jti": "jti_<1>", "revoked": True}]
    page = PintTokensResponse.from_dict({"_links": {}, "id": "pint_1", "data": tokens})
    assert page._repr_html_() == (
        "<table><caption>PintTokensResponse: 2 data</caption>"
        "<tr><th>jti</th><th>audience</th><th>issued_at</th><th>expires_at</th><th>revoked</th></tr>"
        "<tr><td>jti_0</td><td>merchant</td><td>2024-01-01T00:00:00+00:00</td><td>2024-01-01T01:00:00+00:00</td>"
        "<td>False</td></tr>"
        "<tr><td>jti_&lt;1&gt;</td><td>merchant</td><td>2024-01-01T00:00:00+00:00</td><td>2024-01-01T01:00:00+00:00</td>"
        "<td>True</td></tr></table>"
    )  # every item shown, so no "more rows" line


@pytest.mark.parametrize(
    ("task_id", "cell"),
    [("a" * 200, "a" * 200), ("a" * 201, "a" * 199 + "…"), ("<" * 201, "&lt;" * 199 + "…")],
    ids=["200", "201", "201-escaped"],
)
def test_a_notebook_cell_keeps_200_characters_and_cuts_a_longer_value_to_199_and_an_ellipsis(
    task_id: str, cell: str
) -> None:
    link = AgentTaskPintLinkData.from_dict({"pint_id": "pint_1", "task_id": task_id, "created_at": 1704067200000})
    assert f"<tr><th>task_id</th><td>{cell}</td></tr>" in link._repr_html_()  # cut before escaping


def test_rows_are_a_pages_items_a_models_members_or_each_model_given_without_links() -> None:
    listed = page(2)
    assert [row["id"] for row in rows(listed)] == ["wal_0", "wal_1"]
    assert [row["id"] for row in rows(list(reversed(listed.wallets)))] == ["wal_1", "wal_0"]
    (row,) = rows(WalletResponse.from_dict(WALLET))
    assert row["created_at"] == datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC) and row["nickname"] == "Main Wallet"
    assert "field_links" not in row and "_links" not in row


def test_a_table_row_must_be_a_model_and_the_error_names_what_was_given() -> None:
    with pytest.raises(TypeError, match=r"^a table row is a Sumvin model, not dict$"):
        list(rows([cast(Any, dict(WALLET))]))


def test_a_dataframe_of_several_models_keeps_the_timestamp_columns_of_each() -> None:
    frame = dataframe([MerchantMeta.from_dict({}), CacheConfig.from_dict({"host": "cache", "port": 6379, "db": 0})])
    assert str(frame["last_hit_at"].dtype) == "datetime64[us, UTC]"  # all absent, and not the last model's


def test_a_model_class_first_tabled_in_a_process_gets_timestamp_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tables, "_TIMESTAMPS", {})  # as in a fresh process: no model class seen yet
    frame = page(2).to_dataframe()
    assert str(frame["created_at"].dtype) == str(frame["deleted_at"].dtype) == "datetime64[us, UTC]"
    assert list(frame["id"]) == ["wal_0", "wal_1"] and list(frame["chain_id"]) == [1329, 1329]
