"""The fake's PINTs, exactly as a test of PINT handling sees them: what minting answers and keeps (stamps on the
fake's clock, the signer, the members the request gave), the token's text and what it admits, expiry at the
exact millisecond, lists filtered by wallet and status, sorted and paged by cursor, and revocation's answers."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from sumvin_sdk.testing import FakeSumvin, FrozenClock
from sumvin_sdk.testing._clock import START
from tests.problems import problem_of
from tests.test_testing_state import Api

WALLET = "0x" + "ab" * 20
NOW_MS = int(START * 1000)
HOUR_MS = 3_600_000
BASE = "https://api.sumvin.test"


@pytest.fixture(autouse=True)
def ada(fake: FakeSumvin) -> None:
    fake.seed.user("ada", wallets=0, transactions=0)


def intent(**members: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "wallet": WALLET,
        "nonce": 7,
        "statement": "buy a coffee",
        "scopes": ["sr:us:pint:sigil:kyc_read"],
        "resources": ["sr:us:errand:ipa-abc123"],
        "conditions": [],
        "max_amount": "25.00",
        "max_amount_token": "USDC",
        "expires_at": NOW_MS + 60_000,
    }
    return base | members


def mint(api: Api, *, agent: bool = False, **body: Any) -> dict[str, Any]:
    payload = {"pint": intent(), "signature": "0x" + "11" * 65} | body
    answer = api("POST", "/v0/pint/exchange", json=payload, params={"agent": "true"} if agent else {})
    assert answer.status_code == 201, answer.text
    minted: dict[str, Any] = answer.json()
    return minted


def admits(fake: FakeSumvin, token: str, tenant: str = "") -> bool:
    headers = {"x-sumvin-pint-token": token} | ({"x-juno-orgid": tenant} if tenant else {})
    with httpx.Client(transport=fake.transport(), base_url=BASE) as http:
        return http.get("/v0/card/", headers=headers).status_code == 200


def test_minting_answers_the_token_its_resource_name_and_links(fake: FakeSumvin) -> None:
    minted = mint(Api(fake))
    pint_id = minted["id"]
    assert minted == {
        "sig": f"pint.tok_{int(pint_id.removeprefix('pint_')) + 1}.{pint_id}",
        "sri": f"sr:us:pint:{pint_id}",
        "id": pint_id,
        "audience": "self",
        "scopes": ["sr:us:pint:sigil:kyc_read"],
        "expires_at": NOW_MS + 60_000,
        "_links": {"self": {"href": f"/v0/pint/{pint_id}"}},
    }
    assert fake.state.pint_tokens == {minted["sig"]: (("", "ada"), pint_id)}
    assert mint(Api(fake), audience="merchant-7")["audience"] == "merchant-7"


def test_a_minted_pint_keeps_what_the_request_gave_stamped_on_the_fakes_clock(fake: FakeSumvin) -> None:
    minted = mint(Api(fake))
    record = Api(fake)("GET", f"/v0/pint/{minted['id']}").json()["pint"]
    assert {name: record[name] for name in PINNED} == {
        "id": minted["id"],
        "wallet_address": WALLET,
        "nonce": 7,
        "scopes": ["sr:us:pint:sigil:kyc_read"],
        "resources": ["sr:us:errand:ipa-abc123"],
        "max_amount": "25.00",
        "eip712_message": None,
        "token_count": 1,
        "signer_type": "user",
        "status": "active",
        "created_at": NOW_MS,
        "expires_at": NOW_MS + 60_000,
        "signed_at": NOW_MS,
        "revoked_at": None,
    }
    assert set(record) == set(fake.sampler.value(fake.contract.schemas["PintDetailData"])) | {"_links"}


PINNED = (
    "id", "wallet_address", "nonce", "scopes", "resources", "max_amount", "eip712_message", "token_count",
    "signer_type", "status", "created_at", "expires_at", "signed_at", "revoked_at",
)  # fmt: skip
"""The members minting sets from the request and the fake's clock; the others are the contract's samples."""


@pytest.mark.parametrize(("max_amount", "kept"), [(None, None), (0, "0"), ("12.50", "12.50")])
def test_a_pint_keeps_its_limit_as_decimal_text_and_none_without_one(
    lax: FakeSumvin, max_amount: str | None, kept: str | None
) -> None:
    minted = mint(Api(lax), pint=intent(max_amount=max_amount))
    assert lax.state.users[("", "ada")].collection("pints")[minted["id"]]["max_amount"] == kept


def test_an_agent_signed_pint_is_the_agents_and_not_signed_by_the_user(fake: FakeSumvin) -> None:
    minted = mint(Api(fake), agent=True, signature=None)
    record = fake.state.users[("", "ada")].collection("pints")[minted["id"]]
    assert (record["signer_type"], record["signed_at"], record["created_at"]) == ("agent", None, NOW_MS)
    assert mint(Api(fake))["id"] != minted["id"]


@pytest.fixture
def lax(clock: FrozenClock) -> FakeSumvin:
    """A fake that takes bodies the contract refuses (validation off), to see what minting makes of them."""
    fake = FakeSumvin(clock=clock, sleep=clock.sleep, validate=False)
    fake.seed.user("ada", wallets=0, transactions=0)
    return fake


@pytest.mark.parametrize(
    ("expires_at", "expected"),
    [
        (NOW_MS + 5_000, NOW_MS + 5_000),
        ("2025-06-15T16:06:40Z", NOW_MS + HOUR_MS),
        ("not a time", NOW_MS + HOUR_MS),
        (None, NOW_MS + HOUR_MS),
        ([1], NOW_MS + HOUR_MS),
    ],
)
def test_a_pint_expires_when_asked_or_in_an_hour(lax: FakeSumvin, expires_at: Any, expected: int) -> None:
    minted = mint(Api(lax), pint=intent(expires_at=expires_at))
    record = lax.state.users[("", "ada")].collection("pints")[minted["id"]]
    assert minted["expires_at"] == record["expires_at"] == expected


def test_a_pint_body_that_is_not_an_object_mints_a_pint_of_samples(lax: FakeSumvin) -> None:
    api = Api(lax)
    minted = mint(api, pint="not an intent")
    record = lax.state.users[("", "ada")].collection("pints")[minted["id"]]
    sample = lax.sampler.value(lax.contract.schemas["PintDetailData"])
    assert (record["status"], record["expires_at"], record["created_at"]) == ("active", NOW_MS + HOUR_MS, NOW_MS)
    assert (record["max_amount"], record["wallet_address"]) == (None, sample["wallet_address"]), "no limit given"


def test_a_pint_expires_at_its_exact_millisecond_and_its_token_then_fails(fake: FakeSumvin, clock: FrozenClock) -> None:
    api = Api(fake)
    minted = mint(api)
    clock.advance(59.999)
    assert api("GET", f"/v0/pint/{minted['id']}").json()["pint"]["status"] == "active"
    assert admits(fake, minted["sig"])
    clock.advance(0.001)
    assert api("GET", f"/v0/pint/{minted['id']}").json()["pint"]["status"] == "expired"
    assert not admits(fake, minted["sig"])


def test_a_pending_pint_can_be_revoked_and_expires_like_an_active_one(fake: FakeSumvin, clock: FrozenClock) -> None:
    api = Api(fake)
    kept = fake.state.users[("", "ada")].collection("pints")
    revoked, lapsed = mint(api)["id"], mint(api)["id"]
    kept[revoked]["status"] = kept[lapsed]["status"] = "pending"
    assert api("DELETE", f"/v0/pint/{revoked}").status_code == 204
    clock.advance(60)
    assert api("GET", f"/v0/pint/{lapsed}").json()["pint"]["status"] == "expired"
    assert api("GET", f"/v0/pint/{revoked}").json()["pint"]["status"] == "revoked"


def test_a_revoked_pint_stays_revoked_after_its_time(fake: FakeSumvin, clock: FrozenClock) -> None:
    api = Api(fake)
    minted = mint(api)
    clock.advance(1)
    assert api("DELETE", f"/v0/pint/{minted['id']}").status_code == 204
    clock.advance(120)
    record = api("GET", f"/v0/pint/{minted['id']}").json()["pint"]
    assert (record["status"], record["revoked_at"]) == ("revoked", NOW_MS + 1000)


def test_revoking_a_pint_that_is_no_longer_active_says_how_it_stands(fake: FakeSumvin, clock: FrozenClock) -> None:
    api = Api(fake)
    revoked, expired = mint(api), mint(api)
    api("DELETE", f"/v0/pint/{revoked['id']}")
    clock.advance(60)
    for minted, reason, at in ((revoked, "revoked", NOW_MS), (expired, "expired", None)):
        answer = api("DELETE", f"/v0/pint/{minted['id']}")
        link = {"href": f"/v0/pint/{minted['id']}"}
        assert (answer.status_code, answer.json()) == (
            409,
            {
                "id": minted["id"],
                "valid": False,
                "reason": reason,
                "revoked_at": at,
                "_links": {"self": link, "pint": link},
            },
        )


def test_an_unknown_pint_is_a_404_to_get_and_to_revoke(fake: FakeSumvin) -> None:
    api = Api(fake)
    for method in ("GET", "DELETE"):
        answer = api(method, "/v0/pint/pint_404")
        assert problem_of(answer) == (404, "PINT-404-001", "no such pint for this user")


def test_a_caller_with_no_account_cannot_mint_and_lists_none(fake: FakeSumvin) -> None:
    stranger = Api(fake, "nobody")
    body = {"pint": intent(), "signature": "0x" + "11" * 65}
    refused = stranger("POST", "/v0/pint/exchange", json=body)
    assert problem_of(refused)[:2] == (404, "USR-404-001") and fake.state.pint_tokens == {}
    assert stranger("GET", "/v0/pint/", params={"wallet": WALLET}).json()["data"] == []


def listed(api: Api, **query: Any) -> dict[str, Any]:
    answer: dict[str, Any] = api("GET", "/v0/pint/", params={"wallet": WALLET} | query).json()
    return answer


def test_lists_keep_the_wallet_any_case_and_the_status_active_unless_asked(fake: FakeSumvin) -> None:
    api = Api(fake)
    mine = mint(api)["id"]
    other = mint(api, pint=intent(wallet="0x" + "cd" * 20))["id"]
    gone = mint(api)["id"]
    api("DELETE", f"/v0/pint/{gone}")
    ids = [item["pint"]["id"] for item in listed(api, wallet=WALLET.upper().replace("0X", "0x"))["data"]]
    assert ids == [mine]
    assert [item["pint"]["id"] for item in listed(api, status="revoked")["data"]] == [gone]
    assert [item["pint"]["id"] for item in listed(api, wallet="0x" + "CD" * 20)["data"]] == [other]
    assert listed(api, wallet="")["data"] == []
    assert listed(api)["data"][0]["_links"] == {"self": {"href": f"/v0/pint/{mine}"}}


def test_a_list_without_a_wallet_lists_none(lax: FakeSumvin) -> None:
    api = Api(lax)
    mint(api, pint=intent(wallet=""))
    mint(api)
    answer = api("GET", "/v0/pint/")
    assert (answer.status_code, answer.json()["data"]) == (200, [])


def test_lists_sort_by_the_asked_timestamp_newest_first_unless_asked(fake: FakeSumvin, clock: FrozenClock) -> None:
    api = Api(fake)
    made = []
    for expires_in in (50_000, 10_000, 30_000):
        made.append(mint(api, pint=intent(expires_at=NOW_MS + expires_in))["id"])
        clock.advance(1)
    first, second, third = made

    def order(**query: Any) -> list[str]:
        return [item["pint"]["id"] for item in listed(api, **query)["data"]]

    assert order() == [third, second, first]
    assert order(order="asc") == [first, second, third]
    assert order(sort="expires_at") == [first, third, second]
    assert order(sort="expires_at", order="asc") == [second, third, first]


def test_lists_sort_by_creation_not_by_id_unless_asked(fake: FakeSumvin) -> None:
    api = Api(fake)
    first, second, third = (mint(api)["id"] for _ in range(3))
    kept = fake.state.users[("", "ada")].collection("pints")
    kept[first]["created_at"], kept[third]["created_at"] = NOW_MS + 9, NOW_MS - 9
    assert [item["pint"]["id"] for item in listed(api)["data"]] == [first, second, third]
    assert [item["pint"]["id"] for item in listed(api, order="asc")["data"]] == [third, second, first]


def test_pints_of_one_moment_sort_by_id(fake: FakeSumvin) -> None:
    api = Api(fake)
    made = sorted(mint(api)["id"] for _ in range(3))
    assert [item["pint"]["id"] for item in listed(api, order="asc")["data"]] == made
    assert [item["pint"]["id"] for item in listed(api)["data"]] == made[::-1]


def test_lists_page_by_cursor(fake: FakeSumvin, clock: FrozenClock) -> None:
    api = Api(fake)
    for _ in range(5):
        mint(api)
        clock.advance(1)
    first = listed(api, limit=2, order="asc")
    assert (first["has_more"], first["cursor"], first["limit"]) == (True, "2", 2)
    assert first["_links"] == {"self": {"href": f"/v0/pint/?wallet={WALLET}&limit=2&order=asc"}}
    last = listed(api, limit=2, order="asc", cursor=4)
    assert (len(last["data"]), last["has_more"], last["cursor"]) == (1, False, None)
    exact = listed(api, limit=5)
    assert (len(exact["data"]), exact["has_more"], exact["cursor"], exact["limit"]) == (5, False, None, 5)
    whole = listed(api)
    assert (len(whole["data"]), whole["limit"]) == (5, 20)
    one = listed(api, limit=1)
    assert (len(one["data"]), one["limit"], one["cursor"]) == (1, 1, "1")


def test_a_token_admits_only_its_tenant_and_only_while_its_pint_is_kept(fake: FakeSumvin) -> None:
    fake.seed.user("ada", tenant="acme", wallets=0, transactions=0)
    minted = mint(Api(fake, "ada", "acme"))
    assert admits(fake, minted["sig"], "acme")
    assert not admits(fake, minted["sig"])
    assert not admits(fake, minted["sig"] + "x", "acme")
    fake.state.users[("acme", "ada")].collection("pints").clear()
    assert not admits(fake, minted["sig"], "acme")
    minted = mint(Api(fake, "ada", "acme"))
    del fake.state.users[("acme", "ada")]
    assert not admits(fake, minted["sig"], "acme")
