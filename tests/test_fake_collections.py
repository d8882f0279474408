"""The fake's REST collections (wallets, budgets, accounts, transactions, cards, intents) as a test of list, get,
create, update and delete sees them: newest first, pages linked by ``next`` at the contract's default size, the
list's totals only where the contract has them, filters by a member in any case, each record under its schema's
member or merged into the answer, ids and stamps on the fake's clock, and a 404 naming the kind."""

from __future__ import annotations

from typing import Any

import pytest

from sumvin_sdk.testing import FakeSumvin, FrozenClock
from sumvin_sdk.testing._clock import START
from sumvin_sdk.testing._handlers.collections import Collection, self_link
from sumvin_sdk.testing._state import User
from tests.problems import problem_of
from tests.test_testing_state import Api

NOW_MS = int(START * 1000)
BUDGET = {
    "name": "Coffee",
    "original_request": "no more than 40 a month on coffee",
    "category_name": "dining",
    "budget_type": "monthly",
    "limit_amount": "40.00",
    "currency": "GBP",
}


@pytest.fixture
def ada(fake: FakeSumvin) -> User:
    return fake.seed.user("ada", wallets=5, transactions=0)


@pytest.fixture
def api(fake: FakeSumvin, ada: User) -> Api:
    return Api(fake)


def test_a_list_is_newest_first_in_pages_of_its_default_size_linked_by_next(api: Api) -> None:
    first = api("GET", "/v0/wallets/").json()
    assert [w["id"] for w in first["wallets"]] == ["wal_1_4", "wal_1_3"]
    assert first["_links"] == {
        "self": {"href": "/v0/wallets/?offset=0&limit=2"},
        "next": {"href": "/v0/wallets/?offset=2&limit=2"},
    }
    assert set(first) == {"wallets", "_links"}, "the wallet list has no total, offset or limit"
    assert first["wallets"][0]["_links"] == {"self": {"href": "/v0/wallets/wal_1_4"}, "user": {"href": "/v0/user/me"}}
    last = api("GET", "/v0/wallets/", params={"offset": 4}).json()
    assert ([w["id"] for w in last["wallets"]], "next" in last["_links"]) == (["wal_1_0"], False)


@pytest.mark.parametrize(
    ("query", "ids", "self_href", "has_next"),
    [
        ({"offset": 3, "limit": 2}, ["wal_1_1", "wal_1_0"], "/v0/wallets/?offset=3&limit=2", False),
        ({"offset": 2, "limit": 2}, ["wal_1_2", "wal_1_1"], "/v0/wallets/?offset=2&limit=2", True),
        ({"limit": 0}, ["wal_1_4"], "/v0/wallets/?offset=0&limit=1", True),
        ({"limit": "-3", "offset": "x"}, ["wal_1_4", "wal_1_3"], "/v0/wallets/?offset=0&limit=2", True),
        (
            {"limit": 10},
            ["wal_1_4", "wal_1_3", "wal_1_2", "wal_1_1", "wal_1_0"],
            "/v0/wallets/?offset=0&limit=10",
            False,
        ),
        ({"offset": 9}, [], "/v0/wallets/?offset=9&limit=2", False),
    ],
)
def test_offset_and_limit_pick_the_page(
    api: Api, query: dict[str, Any], ids: list[str], self_href: str, has_next: bool
) -> None:
    body = api("GET", "/v0/wallets/", params=query).json()
    assert [w["id"] for w in body["wallets"]] == ids
    assert (body["_links"]["self"]["href"], "next" in body["_links"]) == (self_href, has_next)


def test_a_list_the_contract_gives_a_default_limit_uses_it_and_says_its_totals(fake: FakeSumvin, ada: User) -> None:
    fake.seed.transactions(ada, 60)
    body = Api(fake)("GET", "/v0/transactions/").json()
    assert (len(body["transactions"]), body["total"], body["offset"], body["limit"]) == (50, 60, 0, 50)
    assert body["transactions"][0]["id"] == "txn_1_59", "the last kept is the first listed"
    assert body["_links"]["next"] == {"href": "/v0/transactions/?offset=50&limit=50"}
    assert body["transactions"][0]["_links"] == {"self": {"href": "/v0/transactions/txn_1_59"}}
    later = Api(fake)("GET", "/v0/transactions/", params={"offset": 55, "limit": 10}).json()
    assert (len(later["transactions"]), later["total"], later["offset"], later["limit"]) == (5, 60, 55, 10)


def accounts(fake: FakeSumvin, user: User, *providers: str) -> list[str]:
    kept = user.collection("accounts")
    for provider in providers:
        record = fake.seed.build("AccountData", id=fake.state.new_id("acc"), provider=provider)
        kept[record["id"]] = record
    return list(kept)


def test_a_list_filters_on_a_members_value_in_any_case(fake: FakeSumvin, ada: User, api: Api) -> None:
    made = accounts(fake, ada, "plaid", "Plaid", "truelayer")
    body = api("GET", "/v0/accounts/", params={"provider": "PLAID"}).json()
    assert [a["id"] for a in body["accounts"]] == [made[1], made[0]]
    assert (body["total"], set(body)) == (2, {"accounts", "total", "_links"}), "no offset or limit in this list"
    assert api("GET", "/v0/accounts/", params={"provider": "plaid "}).json()["accounts"] == []
    wallets = fake.seed.wallet(ada, chain_id=1, is_eoa=False)
    assert [w["id"] for w in api("GET", "/v0/wallets/", params={"chain_id": 1}).json()["wallets"]] == [wallets["id"]]
    assert len(api("GET", "/v0/wallets/", params={"is_eoa": "TRUE", "limit": 9}).json()["wallets"]) == 5


def test_paging_and_expansion_parameters_never_filter_even_where_a_record_has_such_a_member(
    fake: FakeSumvin, ada: User, api: Api
) -> None:
    (transaction,) = fake.seed.transactions(ada, 1)
    transaction |= {"offset": "a", "limit": "b", "meta": "c"}
    query = {"offset": 0, "limit": 5, "meta": "false"}
    assert [t["id"] for t in api("GET", "/v0/transactions/", params=query).json()["transactions"]] == ["txn_1_0"]
    budget = api("POST", "/v0/budgets/", json=BUDGET).json()["budget"]
    ada.collection("budgets")[budget["id"]] |= {"expand": "x"}
    listed = api("GET", "/v0/budgets/", params={"expand": "transactions"}).json()["budgets"]
    assert [b["id"] for b in listed] == [budget["id"]]
    created = api("POST", "/v0/user/ipa/", json={"raw_intent": "Buy a kettle", "intent_type": "product"})
    intent_id = created.json()["intent"]["id"]
    ada.collection("intents")[intent_id] |= {"sort": "x"}
    sorted_ = api("GET", "/v0/user/ipa/", params={"sort": "created_at"}).json()["intents"]
    assert [i["id"] for i in sorted_] == [intent_id]


def test_a_query_member_a_record_lacks_does_not_filter_it_out(fake: FakeSumvin, ada: User, api: Api) -> None:
    (made,) = accounts(fake, ada, "plaid")
    del ada.collection("accounts")[made]["status"]
    assert [a["id"] for a in api("GET", "/v0/accounts/", params={"status": "active"}).json()["accounts"]] == [made]


def test_a_record_is_shown_merged_into_an_answer_of_its_own_shape(api: Api, ada: User) -> None:
    wallet = ada.collection("wallets")["wal_1_2"]
    got = api("GET", "/v0/wallets/wal_1_2").json()
    assert got == wallet | {"_links": {"self": {"href": "/v0/wallets/wal_1_2"}, "user": {"href": "/v0/user/me"}}}


def test_a_record_is_shown_as_its_member_of_an_answer_that_has_one(api: Api, ada: User) -> None:
    created = api("POST", "/v0/budgets/", json=BUDGET)
    assert created.status_code == 201
    budget = created.json()["budget"]
    assert budget == ada.collection("budgets")[budget["id"]] | {
        "_links": {"self": {"href": f"/v0/budgets/{budget['id']}"}}
    }
    got = api("GET", f"/v0/budgets/{budget['id']}").json()
    assert got["budget"] == budget and "name" not in got
    listed = api("GET", "/v0/budgets/").json()
    assert (listed["budgets"], listed["total"], listed["limit"]) == ([budget], 1, 20)


def test_a_created_record_takes_the_requests_members_a_fresh_id_and_now(
    fake: FakeSumvin, clock: FrozenClock, api: Api, ada: User
) -> None:
    clock.advance(2)
    budget = api("POST", "/v0/budgets/", json=BUDGET | {"period": None, "colour": "red"}).json()["budget"]
    assert {name: budget[name] for name in BUDGET} == BUDGET
    assert (budget["created_at"], budget["updated_at"]) == (NOW_MS + 2000, NOW_MS + 2000)
    assert budget["id"].startswith("bud_") and budget["id"] == list(ada.collection("budgets"))[-1]
    assert set(budget) == set(fake.sampler.value(fake.contract.schemas["BudgetData"])) | {"_links"}
    second = api("POST", "/v0/budgets/", json=BUDGET).json()["budget"]
    assert second["id"] != budget["id"] and len(ada.collection("budgets")) == 2


def test_a_created_record_starts_from_its_collections_own_members(api: Api, ada: User) -> None:
    created = api(
        "POST", "/v0/user/ipa/", json={"raw_intent": "Buy a kettle under 40 pounds", "intent_type": "product"}
    )
    assert created.status_code == 202, "the contract's success status for this operation"
    (intent,) = ada.collection("intents").values()
    assert intent["status"] == "pending_approval" and intent["id"].startswith("ipa_")
    assert created.json()["intent"]["raw_intent"] == intent["raw_intent"] == "Buy a kettle under 40 pounds"


def test_an_update_applies_the_non_null_members_and_stamps_the_time(
    fake: FakeSumvin, clock: FrozenClock, api: Api, ada: User
) -> None:
    budget = api("POST", "/v0/budgets/", json=BUDGET).json()["budget"]
    clock.advance(7)
    changes = {"name": "Coffee and cake", "limit_amount": None, "category_name": "food"}
    updated = api("PATCH", f"/v0/budgets/{budget['id']}", json=changes).json()["budget"]
    assert (updated["name"], updated["category_name"], updated["limit_amount"]) == ("Coffee and cake", "food", "40.00")
    assert (updated["created_at"], updated["updated_at"]) == (NOW_MS, NOW_MS + 7000)
    assert ada.collection("budgets")[budget["id"]] | {"_links": updated["_links"]} == updated


def test_an_update_never_changes_the_id_and_stamps_only_records_that_have_a_time_of_update(api: Api, ada: User) -> None:
    changes = {"nickname": "savings", "is_primary": None, "id": "wal_other", "colour": "red"}
    answer = api("PATCH", "/v0/wallets/wal_1_1", json=changes)
    wallet = ada.collection("wallets")["wal_1_1"]
    assert answer.status_code == 200 and answer.json()["nickname"] == wallet["nickname"] == "savings"
    assert (wallet["id"], wallet["is_primary"], "updated_at" in wallet, "colour" in wallet) == (
        "wal_1_1",
        False,
        False,
        False,
    )
    assert list(ada.collection("wallets")) == [f"wal_1_{i}" for i in range(5)]


def test_a_delete_removes_the_record(api: Api, ada: User) -> None:
    assert api("DELETE", "/v0/wallets/wal_1_3").status_code == 204
    assert "wal_1_3" not in ada.collection("wallets") and len(ada.collection("wallets")) == 4
    assert api("GET", "/v0/wallets/wal_1_3").status_code == 404


@pytest.mark.parametrize(
    ("method", "path", "code", "detail"),
    [
        ("GET", "/v0/wallets/wal_9", "WAL-404-001", "no such wallet for this user"),
        ("PATCH", "/v0/wallets/wal_9", "WAL-404-001", "no such wallet for this user"),
        ("DELETE", "/v0/wallets/wal_9", "WAL-404-001", "no such wallet for this user"),
        ("GET", "/v0/budgets/bud_9", "BUD-404-001", "no such budget for this user"),
        ("DELETE", "/v0/budgets/bud_9", "BUD-404-001", "no such budget for this user"),
        ("GET", "/v0/accounts/acc_9", "ACC-404-001", "no such account for this user"),
        ("GET", "/v0/transactions/txn_9", "TXN-404-001", "no such transaction for this user"),
    ],
)
def test_an_unknown_record_is_a_404_naming_its_kind(api: Api, method: str, path: str, code: str, detail: str) -> None:
    answer = api(method, path, **({"json": {}} if method == "PATCH" else {}))
    assert problem_of(answer) == (404, code, detail)


def test_a_caller_without_an_account_gets_the_users_404_from_every_verb(fake: FakeSumvin) -> None:
    stranger = Api(fake, "nobody")
    for method, path in (("GET", "/v0/budgets/bud_1"), ("PATCH", "/v0/budgets/bud_1"), ("DELETE", "/v0/budgets/bud_1")):
        answer = stranger(method, path, **({"json": {}} if method == "PATCH" else {}))
        assert problem_of(answer) == (404, "USR-404-001", "no user for this subject yet: create it first")


def test_an_answer_of_the_records_own_shape_keeps_the_contracts_other_members(
    fake: FakeSumvin, ada: User, api: Api
) -> None:
    (made,) = accounts(fake, ada, "plaid")
    got = api("GET", f"/v0/accounts/{made}").json()
    assert set(got) == set(fake.defaults.body("getAccount")) | set(ada.collection("accounts")[made]) | {"_links"}
    assert set(got) - set(ada.collection("accounts")[made]) - {"_links"}, "members only the answer has"


def test_a_self_link_is_the_collections_path_and_the_records_id() -> None:
    assert self_link("/v0/things")({"id": "t_1", "name": "x"}) == {"self": {"href": "/v0/things/t_1"}}


def test_a_collections_handlers_are_its_verbs_by_operation() -> None:
    things = Collection("things", "WalletData", "thing_id", "thg", "THG-404-001", links=self_link("/v0/things"))
    handlers = things.handlers(list="listThings", get="getThing")
    assert handlers == {"listThings": things.list, "getThing": things.get}
