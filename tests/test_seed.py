"""What ``fake.seed`` puts in the fake's state, record by record: the users, wallets, cards and transactions a test
of the fake sees, with the values its docs promise (ids, order, dates on the fake's clock, the transaction mix).

Each test builds its own fake on a frozen clock at ``START`` (2025-06-15T15:06:40Z), so every value is exact."""

from __future__ import annotations

import re
from typing import Any

import pytest

from sumvin_sdk.testing import FakeSumvin, FrozenClock
from sumvin_sdk.testing._clock import START
from sumvin_sdk.testing._contract import KYC_STATUSES
from sumvin_sdk.testing._seed import DAY_MS
from sumvin_sdk.testing._state import User

NOW_MS = int(START * 1000)
ADDRESS = re.compile(r"0x[0-9a-f]{40}")
#: What the seeder sets on a transaction; the rest are the contract's samples.
SEEDED = ("type", "status", "direction", "source", "amount", "merchant_name", "merchant_category_code", "category")
#: Transactions by index (0 the newest): a salary every 30 days, a refund where ``index % 11 == 7``, the first
#: pending and every 17th failed, amounts around each merchant's typical one.
TRANSACTIONS = {
    0: ("bank_transfer", "pending", "in", "bank_account", "2450.00", "Payroll", None, "income"),
    1: ("card_purchase", "completed", "out", "card", "32.20", "Rail Co", "4111", "transport"),
    2: ("card_purchase", "completed", "out", "card", "48.24", "Green Grocer", "5411", "groceries"),
    3: ("card_purchase", "completed", "out", "card", "18.87", "Page Turner Books", "5942", "shopping"),
    4: ("card_purchase", "completed", "out", "card", "18.50", "Odeon Cinema", "7832", "entertainment"),
    5: ("card_purchase", "completed", "out", "card", "9.18", "Corner Bakery", "5462", "dining"),
    6: ("card_purchase", "completed", "out", "card", "11.35", "City Pharmacy", "5912", "health"),
    7: ("card_refund", "completed", "in", "card", "11.98", "Streamly", "4899", "subscriptions"),
    8: ("card_purchase", "completed", "out", "card", "6.13", "Coffee Lab", "5814", "dining"),
    16: ("card_purchase", "failed", "out", "card", "5.96", "Coffee Lab", "5814", "dining"),
    18: ("card_refund", "completed", "in", "card", "45.12", "Green Grocer", "5411", "groceries"),
    29: ("card_refund", "completed", "in", "card", "8.36", "Corner Bakery", "5462", "dining"),
    30: ("bank_transfer", "completed", "in", "bank_account", "2450.00", "Payroll", None, "income"),
    33: ("card_purchase", "failed", "out", "card", "28.43", "Rail Co", "4111", "transport"),
    40: ("card_refund", "completed", "in", "card", "5.46", "Coffee Lab", "5814", "dining"),
    50: ("card_purchase", "failed", "out", "card", "38.90", "Green Grocer", "5411", "groceries"),
    51: ("card_refund", "completed", "in", "card", "23.29", "Page Turner Books", "5942", "shopping"),
    60: ("bank_transfer", "completed", "in", "bank_account", "2450.00", "Payroll", None, "income"),
}
SALARY = ("bank_transfer", "completed", "in", "bank_account", "2450.00", "Payroll", None, "income")


def new_fake(**options: Any) -> tuple[FakeSumvin, FrozenClock]:
    clock = FrozenClock()
    return FakeSumvin(clock=clock, sleep=clock.sleep, **options), clock


def bare_user(fake: FakeSumvin, sub: str = "ada") -> User:
    return fake.seed.user(sub, wallets=0, transactions=0)


def seeded(record: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(record[name] for name in SEEDED)


def test_transactions_follow_the_documented_mix_one_a_day_back_from_now() -> None:
    fake, _ = new_fake()
    ada = bare_user(fake)
    made = fake.seed.transactions(ada, 61)
    assert [t["id"] for t in made] == [f"txn_1_{index}" for index in range(61)]
    assert {index: seeded(made[index]) for index in TRANSACTIONS} == TRANSACTIONS
    assert [(t["created_at"], t["updated_at"]) for t in made] == [(NOW_MS - i * DAY_MS,) * 2 for i in range(61)]
    assert ada.collection("transactions") == {t["id"]: t for t in made}
    kinds = [t["type"] for t in made]
    assert (kinds.count("bank_transfer"), kinds.count("card_refund"), kinds.count("card_purchase")) == (3, 5, 53)


def test_a_salary_wins_over_a_refund_and_can_fail_like_any_other() -> None:
    fake, _ = new_fake()
    ada = bare_user(fake)
    kept = ada.collection("transactions")
    for index, expected in ((150, SALARY), (390, (*SALARY[:1], "failed", *SALARY[2:]))):
        kept.clear()
        kept.update({f"old_{n}": {} for n in range(index)})
        (transaction,) = fake.seed.transactions(ada, 1)
        assert (transaction["id"], seeded(transaction)) == (f"txn_1_{index}", expected)
        assert transaction["created_at"] == NOW_MS - index * DAY_MS


def test_more_transactions_carry_on_where_the_last_ones_stopped() -> None:
    fake, clock = new_fake()
    ada = bare_user(fake)
    first = fake.seed.transactions(ada, 5)
    clock.advance(60)
    more = fake.seed.transactions(ada, 3)
    assert [t["id"] for t in more] == ["txn_1_5", "txn_1_6", "txn_1_7"]
    assert [t["created_at"] for t in more] == [NOW_MS + 60_000 - i * DAY_MS for i in (5, 6, 7)]
    assert seeded(more[2]) == TRANSACTIONS[7]
    assert list(ada.collection("transactions").values()) == first + more


def test_fifty_transactions_unless_told() -> None:
    fake, _ = new_fake()
    assert len(fake.seed.transactions(bare_user(fake))) == 50


def test_a_user_has_the_fakes_wallets_and_transactions_per_user_unless_told() -> None:
    fake, _ = new_fake(wallets_per_user=3, transactions_per_user=4)
    ada = fake.seed.user("ada")
    assert list(ada.collection("wallets")) == ["wal_1_0", "wal_1_1", "wal_1_2"]
    assert [w["is_primary"] for w in ada.collection("wallets").values()] == [True, False, False]
    assert list(ada.collection("transactions")) == ["txn_1_0", "txn_1_1", "txn_1_2", "txn_1_3"]
    bob = fake.seed.user("bob", wallets=1, transactions=2)
    number = bob.id.removeprefix("usr_")
    assert list(bob.collection("wallets")) == [f"wal_{number}_0"]
    assert list(bob.collection("transactions")) == [f"txn_{number}_0", f"txn_{number}_1"]
    carol = fake.seed.user("carol", wallets=0, transactions=0)
    assert (carol.collection("wallets"), carol.collection("transactions")) == ({}, {})


def test_a_user_is_created_now_and_kept_by_tenant_and_subject() -> None:
    fake, clock = new_fake()
    clock.advance(1.5)
    default = fake.seed.user(wallets=0, transactions=0)
    acme = fake.seed.user("ada", tenant="acme", kyc="approved", wallets=0, transactions=0)
    assert (default.id, default.sub, default.tenant, default.created_at) == ("usr_1", "user-1", "", NOW_MS + 1500)
    assert (acme.id, acme.sub, acme.tenant) == ("usr_2", "ada", "acme")
    assert fake.state.users == {("", "user-1"): default, ("acme", "ada"): acme}


def test_a_users_number_follows_every_id_the_fake_gave_before() -> None:
    fake, _ = new_fake()
    ada = fake.seed.user("ada", wallets=0, transactions=0)
    fake.seed.wallet(ada)
    assert fake.seed.user("bob", wallets=0, transactions=0).id == "usr_3"


@pytest.mark.parametrize("status", KYC_STATUSES)
def test_a_seeded_kyc_status_is_in_force_from_now_and_submitted_unless_pending(status: str) -> None:
    fake, clock = new_fake()
    clock.advance(2)
    kyc = fake.seed.user("ada", kyc=status, wallets=0, transactions=0).kyc
    submitted = None if status == "pending" else NOW_MS + 2000
    assert (kyc.status, kyc.changed_at, kyc.submitted_at, kyc.script) == (status, NOW_MS + 2000, submitted, [])
    assert fake.seed.user("bob", wallets=0, transactions=0).kyc.status == "pending"


@pytest.mark.parametrize("status", ["", "approve", "APPROVED", "pending ", "verified"])
def test_a_kyc_status_the_contract_does_not_list_is_refused_by_name(status: str) -> None:
    fake, _ = new_fake()
    listed = "pending, in_progress, retry, approved, rejected"
    with pytest.raises(ValueError, match=re.escape(f"{status!r} is not a KYC status the contract lists ({listed})")):
        fake.seed.user("ada", kyc=status)
    assert fake.state.users == {}
    with pytest.raises(ValueError, match=re.escape(repr(status))):
        fake.seed.kyc(bare_user(fake), (0, "in_progress"), (5, status))


def test_scripted_kyc_stages_take_over_in_time_order_from_now() -> None:
    fake, clock = new_fake()
    clock.advance(10)
    ada = bare_user(fake)
    fake.seed.kyc(ada, (30, "rejected"), (0, "retry"), (12.5, "in_progress"), reject_reason="blurred document")
    now = START + 10
    assert ada.kyc.script == [(now + 12.5, "in_progress"), (now + 30, "rejected")]
    assert (ada.kyc.status, ada.kyc.changed_at, ada.kyc.reject_reason) == ("retry", NOW_MS + 10_000, "blurred document")
    assert ada.kyc.submitted_at == NOW_MS + 10_000
    clock.advance(12.5)
    assert ada.kyc.at(clock()) == "in_progress"


def test_scripted_kyc_stages_of_one_moment_keep_the_order_they_were_given() -> None:
    fake, clock = new_fake()
    ada = bare_user(fake)
    fake.seed.kyc(ada, (20, "approved"), (10, "retry"), (10, "in_progress"))
    assert [status for _, status in ada.kyc.script] == ["retry", "in_progress", "approved"]
    clock.advance(10)
    assert ada.kyc.at(clock()) == "in_progress", "the later given of two at one moment is the one in force"


def test_scripting_keeps_an_earlier_submission_and_nothing_scripted_submits_nothing() -> None:
    fake, clock = new_fake()
    approved = fake.seed.user("ada", kyc="approved", wallets=0, transactions=0)
    pending = bare_user(fake, "bob")
    clock.advance(5)
    fake.seed.kyc(approved, (60, "rejected"))
    fake.seed.kyc(pending)
    assert (approved.kyc.submitted_at, approved.kyc.status, approved.kyc.reject_reason) == (NOW_MS, "approved", None)
    assert (pending.kyc.submitted_at, pending.kyc.script, pending.kyc.status) == (None, [], "pending")


def test_a_wallet_is_an_eoa_on_base_made_now_with_a_fresh_address() -> None:
    fake, clock = new_fake()
    ada = bare_user(fake)
    clock.advance(3)
    first, second = fake.seed.wallet(ada), fake.seed.wallet(ada, is_primary=True, chain_id=1, nickname="savings")
    fields = ("id", "chain_id", "is_primary", "is_eoa", "created_at")
    assert tuple(first[name] for name in fields) == ("wal_2", 8453, False, True, NOW_MS + 3000)
    assert tuple(second[name] for name in (*fields, "nickname")) == ("wal_3", 1, True, True, NOW_MS + 3000, "savings")
    assert set(first) == set(fake.sampler.value(fake.contract.schemas["WalletData"])), "the schema's members only"
    assert ADDRESS.fullmatch(first["address"]) and ADDRESS.fullmatch(second["address"])
    assert first["address"] != second["address"]
    assert ada.collection("wallets") == {"wal_2": first, "wal_3": second}


def test_a_card_is_an_active_virtual_visa_linked_to_the_first_wallet() -> None:
    fake, clock = new_fake()
    ada = fake.seed.user("ada", wallets=2, transactions=0)
    clock.advance(4)
    card = fake.seed.card(ada)
    now = NOW_MS + 4000
    assert re.fullmatch(r"crd_\d+", card["id"])
    assert {name: card[name] for name in card if name != "tokenization_status"} == {
        "id": card["id"],
        "last_four": "4000",
        "brand": "visa",
        "exp_month": 12,
        "exp_year": 2029,
        "cardholder_name": "ada",
        "card_type": "virtual",
        "is_primary": True,
        "linked_wallet_address": ada.collection("wallets")["wal_1_0"]["address"],
        "created_at": now,
        "current_status": {"status": "active", "sub_status": "verified", "changed_by": "system", "created_at": now},
    }
    assert card["tokenization_status"] == "tokenized"
    assert ada.collection("cards") == {card["id"]: card}


def test_later_cards_count_up_and_are_not_primary() -> None:
    fake, _ = new_fake()
    ada = bare_user(fake)
    ada.username = "ada.l"
    cards = [fake.seed.card(ada) for _ in range(3)]
    assert [(c["last_four"], c["is_primary"], c["cardholder_name"]) for c in cards] == [
        ("4000", True, "ada.l"),
        ("4001", False, "ada.l"),
        ("4002", False, "ada.l"),
    ]
    assert all(c["linked_wallet_address"] is None for c in cards)
    assert list(ada.collection("cards")) == ["crd_2", "crd_3", "crd_4"]


def test_a_cards_last_four_are_the_last_four_digits_of_its_number() -> None:
    fake, _ = new_fake()
    ada = bare_user(fake)
    ada.collection("cards").update({f"old_{n}": {} for n in range(6_123)})
    assert fake.seed.card(ada)["last_four"] == "0123"


def test_a_card_takes_the_members_it_is_given() -> None:
    fake, _ = new_fake()
    ada = bare_user(fake)
    frozen = {"status": "suspended", "sub_status": "lost", "changed_by": "self", "created_at": 1}
    card = fake.seed.card(ada, brand="mastercard", exp_year=2031, current_status=frozen)
    assert (card["brand"], card["exp_year"], card["current_status"], card["exp_month"]) == (
        "mastercard",
        2031,
        frozen,
        12,
    )


def test_a_built_record_takes_its_members_over_the_contracts_samples() -> None:
    fake, _ = new_fake()
    sample = fake.sampler.value(fake.contract.schemas["WalletData"])
    built = fake.seed.build("WalletData", chain_id=1, nickname="mine")
    assert built == sample | {"chain_id": 1, "nickname": "mine"}


@pytest.mark.parametrize(
    ("members", "problem"),
    [({"chain_id": "base"}, "chain_id"), ({"is_eoa": "yes"}, "is_eoa"), ({"id": 7, "address": None}, "id")],
)
def test_a_record_that_would_break_the_contract_is_refused_by_schema(members: dict[str, Any], problem: str) -> None:
    fake, _ = new_fake()
    with pytest.raises(ValueError, match=r"^a seeded WalletData breaks the contract: \[") as caught:
        fake.seed.build("WalletData", **members)
    assert problem in str(caught.value)
    with pytest.raises(ValueError, match="a seeded WalletData breaks"):
        fake.seed.wallet(bare_user(fake), **members)


def test_a_merged_record_keeps_only_the_members_that_fit_and_leaves_the_original_alone() -> None:
    fake, _ = new_fake()
    record = fake.seed.wallet(bare_user(fake))
    original = dict(record)
    merged = fake.seed.merged("WalletData", record, {"nickname": "mine", "chain_id": "", "unheard_of": ["x"]})
    assert merged == original | {"nickname": "mine", "unheard_of": ["x"]}
    assert record == original
    dropped = fake.seed.merged("WalletData", {k: v for k, v in record.items() if k != "chain_id"}, {"chain_id": ""})
    assert "chain_id" not in dropped
