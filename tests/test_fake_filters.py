"""What a user of the fake sees filtering transactions: by merchant (any case, part of the name), by categories
(comma-separated, any of them), by amounts and dates (bounds included; a bare date is a whole UTC day, whatever
the machine's time zone), and by the wallet, card or account a transaction is linked to.

Twelve transactions are seeded on the frozen clock, one a day back from 2025-06-15T15:06:40Z (``START``)."""

from __future__ import annotations

import datetime
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from sumvin_sdk import Sumvin
from sumvin_sdk.testing import FakeSumvin
from sumvin_sdk.testing._clock import START, FrozenClock

DAY_MS = 86_400_000


@pytest.fixture
def fake() -> FakeSumvin:
    clock = FrozenClock()
    fake = FakeSumvin(clock=clock, sleep=clock.sleep)
    fake.seed.transactions(fake.seed.user("ada", transactions=0), 12)
    return fake


@pytest.fixture
def sumvin(fake: FakeSumvin) -> Iterator[Sumvin]:
    with Sumvin(jwt=fake.jwt("ada"), transport=fake.transport(), max_retries=0) as client:
        yield client


def ids(sumvin: Sumvin, **query: Any) -> list[int]:
    """The seeded transactions a list with ``query`` answers, by their index (0 is the newest), in order."""
    page = sumvin.transactions.list_transactions(limit=100, **query)
    return sorted(int(t.id.rsplit("_", 1)[1]) for t in page.transactions)


def test_a_merchant_filter_matches_part_of_the_name_in_any_case(sumvin: Sumvin) -> None:
    assert ids(sumvin, merchant_name="COFFEE lab") == [8]
    assert ids(sumvin, merchant_name="rail") == [1, 9]
    assert ids(sumvin, merchant_name="no such shop") == []


def records(fake: FakeSumvin) -> dict[str, dict[str, Any]]:
    """The seeded transactions as the fake keeps them, by id (``txn_1_<index>``)."""
    return next(iter(fake.state.users.values())).collection("transactions")


def test_a_merchant_filter_never_matches_a_transaction_without_a_merchant(fake: FakeSumvin, sumvin: Sumvin) -> None:
    records(fake)["txn_1_4"]["merchant_name"] = None
    assert ids(sumvin, merchant_name="x") == []
    assert ids(sumvin, merchant_name="cinema") == []


def test_a_category_filter_takes_any_of_several_comma_separated(sumvin: Sumvin) -> None:
    assert ids(sumvin, category="dining") == [5, 8]
    assert ids(sumvin, category="Dining, transport") == [1, 5, 8, 9]
    assert ids(sumvin, category="income,") == [0]


def test_a_category_filter_never_matches_a_transaction_without_a_category(fake: FakeSumvin, sumvin: Sumvin) -> None:
    records(fake)["txn_1_3"]["category"] = None
    assert ids(sumvin, category="income,") == ids(sumvin, category=",income") == [0]
    assert ids(sumvin, category="shopping") == [11]


def test_amount_bounds_include_the_bound_itself(sumvin: Sumvin) -> None:
    assert ids(sumvin, amount_min="32.20") == [0, 1, 2, 10]
    assert ids(sumvin, amount_max="9.18") == [5, 8]
    assert ids(sumvin, amount_min="18.19", amount_max="18.87") == [3, 4, 11]
    assert ids(sumvin, amount_min=3000) == []


def test_epoch_millisecond_date_bounds_include_the_bound_itself(sumvin: Sumvin) -> None:
    third = int(START * 1000) - 3 * DAY_MS
    assert ids(sumvin, from_date=str(third)) == [0, 1, 2, 3]
    assert ids(sumvin, to_date=str(third)) == list(range(3, 12))
    assert ids(sumvin, from_date=str(third + 1), to_date=str(third + DAY_MS)) == [2]


def test_a_date_bound_ends_at_its_last_millisecond(fake: FakeSumvin, sumvin: Sumvin) -> None:
    next_day = int(datetime.datetime(2025, 6, 15, tzinfo=datetime.UTC).timestamp() * 1000)
    records(fake)["txn_1_2"]["created_at"] = next_day - 1  # 2025-06-14T23:59:59.999Z
    records(fake)["txn_1_3"]["created_at"] = next_day  # 2025-06-15T00:00:00.000Z
    assert ids(sumvin, to_date="2025-06-14") == [1, 2, *range(4, 12)]
    assert ids(sumvin, from_date="2025-06-15") == [0, 3]
    assert ids(sumvin, to_date=str(next_day - 1)) == [1, 2, *range(4, 12)]
    assert ids(sumvin, from_date=str(next_day)) == [0, 3]


@pytest.fixture(params=["UTC0", "LINT-14", "BIT12"], ids=["UTC", "UTC+14", "UTC-12"])
def machine_zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's local time zone, as a POSIX TZ (whose sign is the reverse of the UTC offset)."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("machine_zone")
def test_a_bare_date_is_a_whole_utc_day_on_any_machine(sumvin: Sumvin) -> None:
    assert ids(sumvin, from_date="2025-06-14") == [0, 1]  # index 1 is 2025-06-14T15:06:40Z
    assert ids(sumvin, to_date="2025-06-14") == list(range(1, 12)), "the last day is included whole"
    assert ids(sumvin, from_date="2025-06-12", to_date="2025-06-12") == [3]


def listed(fake: FakeSumvin, **query: str) -> int:
    """How many transactions a raw request (what the SDK would refuse to send) lists."""
    with httpx.Client(transport=fake.transport(), base_url="https://api.sumvin.test") as http:
        answer = http.get("/v0/transactions/", params=query | {"limit": "100"}, headers={"x-juno-jwt": fake.jwt("ada")})
    assert answer.status_code == 200, answer.text
    return len(answer.json()["transactions"])


def test_a_date_the_fake_cannot_read_leaves_the_list_unfiltered(fake: FakeSumvin) -> None:
    assert listed(fake, from_date="last tuesday") == listed(fake, to_date="2025-06-14T15:06:40Z") == 12


def test_an_amount_bound_that_is_not_a_number_keeps_nothing_when_requests_go_unchecked() -> None:
    fake = FakeSumvin(validate=False)
    fake.seed.transactions(fake.seed.user("ada", transactions=0), 3)
    assert listed(fake, amount_min="lots") == listed(fake, amount_max="lots") == 0
    assert listed(fake, amount_min="0") == 3


@pytest.mark.parametrize(("member", "query"), [("wallet", "wallet_id"), ("card", "card_id"), ("account", "account_id")])
def test_a_link_filter_keeps_the_transactions_linked_to_that_record(
    fake: FakeSumvin, sumvin: Sumvin, member: str, query: str
) -> None:
    kept = records(fake)
    for index in (2, 7):
        record = kept[f"txn_1_{index}"]
        record[member] = (record[member] or {}) | {"id": "mine_1"}
    kept["txn_1_4"][member] = None
    assert ids(sumvin, **{query: "mine_1"}) == [2, 7]
    assert ids(sumvin, **{query: "someone_elses"}) == []
