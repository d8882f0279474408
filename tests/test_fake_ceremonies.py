"""The fake's ceremonies over plain HTTP, exactly: nonces per wallet, the PINT exchange's refusals (body, wallet,
nonce, agent, signature) with their codes, what a mint records, errands and their decisions, onboarding and
UserOperations following their scripts on the fake's clock, and KYC scripted for every user or one."""

from __future__ import annotations

import datetime
import re
from typing import Any

import httpx
import pytest

from sumvin_sdk.signing import (
    ZERO_ADDRESS,
    SigningDependencyError,
    coerce_typed_data_integers,
    purchase_intent_typed_data,
)
from sumvin_sdk.testing import FakeSumvin, FrozenClock
from sumvin_sdk.testing import _ceremonies as ceremonies_module
from sumvin_sdk.testing._ceremonies import ONBOARDING_STEPS, Ceremonies, Timeline
from sumvin_sdk.testing._clock import START
from tests.problems import problem_of
from tests.test_signing import OWNER, SAFE, STRANGER

NOW_MS = int(START * 1000)
BASE = "https://api.sumvin.test"


@pytest.fixture
def ceremonies(fake: FakeSumvin) -> Ceremonies:
    ceremonies = Ceremonies(fake, chain_id=1329)
    ceremonies.add_wallet(SAFE.upper().replace("0X", "0x"), OWNER.address)
    return ceremonies


def send(fake: FakeSumvin, method: str, path: str, **kwargs: Any) -> httpx.Response:
    headers = {"x-juno-jwt": fake.jwt("ada")} | kwargs.pop("headers", {})
    with httpx.Client(transport=fake.transport(), base_url=BASE) as http:
        return http.request(method, path, headers=headers, **kwargs)


def intent(nonce: int = 1, **members: Any) -> dict[str, Any]:
    return {
        "wallet": SAFE,
        "nonce": nonce,
        "statement": "Book a flight up to $450",
        "scopes": ["sr:us:pint:card:checkout"],
        "resources": [],
        "conditions": [],
        "max_amount": "45000",
        "max_amount_token": ZERO_ADDRESS,
        "expires_at": NOW_MS + 3_600_000,
    } | members


def signed(pint: dict[str, Any], account: Any = OWNER, chain_id: int = 1329) -> str:
    same = {name: pint[name] for name in ("wallet", "nonce", "statement", "scopes", "resources", "conditions")}
    expires_at = datetime.datetime.fromtimestamp(pint["expires_at"] / 1000, datetime.UTC)
    typed = purchase_intent_typed_data(
        **same,
        max_amount=int(pint["max_amount"]),
        max_amount_token=pint["max_amount_token"],
        expires_at=expires_at,
        chain_id=chain_id,
    )
    return "0x" + bytes(account.sign_typed_data(full_message=typed).signature).hex()


def exchange(fake: FakeSumvin, pint: dict[str, Any], signature: str | None, *, agent: bool = False) -> httpx.Response:
    body = {"pint": pint} | ({"signature": signature} if signature is not None else {})
    return send(fake, "POST", "/v0/pint/exchange", json=body, params={"agent": "true"} if agent else {})


# -- timelines ---------------------------------------------------------------------------------------------


def test_a_timeline_is_its_first_stage_until_a_later_ones_offset_has_passed() -> None:
    timeline = Timeline(100.0, [(0, "queued"), (4, "submitted"), (8, "included")])
    assert [timeline.at(100.0 + t) for t in (-5, 0, 3.999, 4, 7.5, 8, 60)] == [
        "queued",
        "queued",
        "queued",
        "submitted",
        "submitted",
        "included",
        "included",
    ]
    assert Timeline(0.0, [(5, "later"), (10, "last")]).at(1) == "later"


# -- wallets and nonces ------------------------------------------------------------------------------------


def test_a_wallet_is_kept_in_lower_case_with_its_signers_and_a_first_nonce_of_one(ceremonies: Ceremonies) -> None:
    wallet = ceremonies.wallets[SAFE]
    assert (wallet.address, wallet.signers, wallet.nonce, wallet.races) == (SAFE, {OWNER.address.lower()}, 1, 0)
    ceremonies.race_nonce(SAFE.upper().replace("0X", "0x"))
    ceremonies.race_nonce(SAFE, times=3)
    assert wallet.races == 4


def test_the_nonce_is_the_wallets_next_in_any_case(fake: FakeSumvin, ceremonies: Ceremonies) -> None:
    answer = send(fake, "GET", "/v0/pint/nonce", params={"wallet": SAFE.upper().replace("0X", "0x")})
    assert answer.json() == {
        "nonce": 1,
        "wallet": SAFE,
        "_links": {"self": {"href": "/v0/pint/nonce", "method": "GET"}},
    }


def test_the_nonce_of_a_wallet_the_fake_does_not_know_is_the_apis_403(fake: FakeSumvin, ceremonies: Ceremonies) -> None:
    answer = send(fake, "GET", "/v0/pint/nonce", params={"wallet": "0x" + "99" * 20})
    assert problem_of(answer) == (403, "PINT-403-001", "the caller does not own this wallet")


def test_the_nonce_without_a_wallet_is_the_apis_403(clock: FrozenClock) -> None:
    fake = FakeSumvin(clock=clock, sleep=clock.sleep, validate=False)
    Ceremonies(fake).add_wallet(SAFE, OWNER.address)
    assert problem_of(send(fake, "GET", "/v0/pint/nonce"))[:2] == (403, "PINT-403-001")


# -- the exchange ------------------------------------------------------------------------------------------


def test_a_signed_exchange_mints_for_the_caller_and_moves_the_nonce_on(
    fake: FakeSumvin, ceremonies: Ceremonies
) -> None:
    pint = intent()
    signature = signed(pint)
    answer = exchange(fake, pint, signature)
    assert answer.status_code == 201
    minted = answer.json()
    assert ceremonies.minted == [minted | {"agent": False, "signature": signature}]
    assert ceremonies.wallets[SAFE].nonce == 2
    ada = fake.users[("", "ada")]
    assert (ada.collection("wallets"), ada.collection("transactions")) == ({}, {}), "made as a bare user"
    record = ada.collection("pints")[minted["id"]]
    assert (record["signer_type"], record["signed_at"]) == ("user", NOW_MS)
    second = intent(2)
    assert exchange(fake, second, signed(second)).status_code == 201
    assert list(fake.users.values()) == [ada] and fake.users[("", "ada")] is ada, "the user made once, then kept"


def test_the_user_an_exchange_makes_is_in_the_callers_tenant(fake: FakeSumvin, ceremonies: Ceremonies) -> None:
    pint = intent()
    with httpx.Client(transport=fake.transport(), base_url=BASE) as http:
        headers = {"x-juno-jwt": fake.jwt("ada"), "x-juno-orgid": "acme"}
        answer = http.post("/v0/pint/exchange", json={"pint": pint, "signature": signed(pint)}, headers=headers)
    assert answer.status_code == 201 and list(fake.users) == [("acme", "ada")]


def test_an_agent_exchange_carries_no_signature_and_is_the_agents(fake: FakeSumvin, ceremonies: Ceremonies) -> None:
    answer = exchange(fake, intent(), None, agent=True)
    assert answer.status_code == 201
    assert ceremonies.minted == [answer.json() | {"agent": True, "signature": None}]
    record = fake.users[("", "ada")].collection("pints")[answer.json()["id"]]
    assert (record["signer_type"], record["signed_at"]) == ("agent", None)
    assert ceremonies.wallets[SAFE].nonce == 2
    refused = exchange(fake, intent(2), signed(intent(2)), agent=True)
    assert problem_of(refused) == (400, "PINT-400-002", "an agent mint carries no signature")
    assert ceremonies.wallets[SAFE].nonce == 2


@pytest.mark.parametrize("body", [{}, {"pint": None}, {"pint": "intent"}, {"pint": ["wallet"]}, {"pint": {"nonce": 1}}])
def test_a_body_that_is_not_a_purchase_intent_is_a_400(clock: FrozenClock, body: dict[str, Any]) -> None:
    fake = FakeSumvin(clock=clock, sleep=clock.sleep, validate=False)
    Ceremonies(fake).add_wallet(SAFE, OWNER.address)
    answer = send(fake, "POST", "/v0/pint/exchange", json=body)
    assert problem_of(answer) == (400, "PINT-400-001", "the body is not a purchase intent")


def test_a_body_that_is_not_json_is_a_400(clock: FrozenClock) -> None:
    fake = FakeSumvin(clock=clock, sleep=clock.sleep, validate=False)
    Ceremonies(fake).add_wallet(SAFE, OWNER.address)
    answer = send(fake, "POST", "/v0/pint/exchange", content=b"{not json", headers={"content-type": "application/json"})
    assert problem_of(answer)[:2] == (400, "PINT-400-001")


def test_an_exchange_for_a_wallet_the_fake_does_not_know_is_a_403(fake: FakeSumvin, ceremonies: Ceremonies) -> None:
    pint = intent(wallet="0x" + "99" * 20)
    assert problem_of(exchange(fake, pint, signed(pint))) == (
        403,
        "PINT-403-001",
        "the caller does not own this wallet",
    )


def test_a_stale_or_future_nonce_is_a_409(fake: FakeSumvin, ceremonies: Ceremonies) -> None:
    for nonce in (0, 2):
        pint = intent(nonce)
        assert problem_of(exchange(fake, pint, signed(pint))) == (409, "PINT-409-001", "the nonce was already used")
    assert ceremonies.wallets[SAFE].nonce == 1 and ceremonies.minted == []


def test_a_lost_race_moves_the_nonce_on_just_before_the_exchange(fake: FakeSumvin, ceremonies: Ceremonies) -> None:
    ceremonies.race_nonce(SAFE, times=2)
    for expected in (2, 3):
        pint = intent(expected - 1)
        assert problem_of(exchange(fake, pint, signed(pint)))[:2] == (409, "PINT-409-001")
        assert ceremonies.wallets[SAFE].nonce == expected
    assert ceremonies.wallets[SAFE].races == 0
    pint = intent(3)
    assert exchange(fake, pint, signed(pint)).status_code == 201


def test_the_signature_covers_the_intents_conditions(fake: FakeSumvin, ceremonies: Ceremonies) -> None:
    pint = intent(conditions=["price < 45000", "availability = confirmed"])
    unconditional = signed(intent())
    assert problem_of(exchange(fake, pint, unconditional))[:2] == (401, "PINT-401-003")
    assert exchange(fake, pint, signed(pint)).status_code == 201


def test_an_intent_without_conditions_is_signed_as_having_none(clock: FrozenClock) -> None:
    fake = FakeSumvin(clock=clock, sleep=clock.sleep, validate=False)
    Ceremonies(fake).add_wallet(SAFE, OWNER.address)
    pint = intent()
    signature = signed(pint)
    del pint["conditions"]
    assert exchange(fake, pint, signature).status_code == 201


def test_a_missing_signature_is_a_401_asking_for_one(fake: FakeSumvin, ceremonies: Ceremonies) -> None:
    assert problem_of(exchange(fake, intent(), None)) == (401, "PINT-401-001", "a signature is required")


@pytest.mark.parametrize("signature", ["0x", "0x1234", "not hex", "0x" + "00" * 65])
def test_a_signature_that_recovers_no_key_is_a_401(fake: FakeSumvin, ceremonies: Ceremonies, signature: str) -> None:
    assert problem_of(exchange(fake, intent(), signature)) == (401, "PINT-401-002", "the signature recovers no key")


def test_a_signature_over_other_typed_data_or_by_another_key_is_a_401(fake: FakeSumvin, ceremonies: Ceremonies) -> None:
    pint = intent()
    for signature in (signed(pint, STRANGER), signed(pint, chain_id=1), signed(intent(statement="other"))):
        assert problem_of(exchange(fake, pint, signature)) == (
            401,
            "PINT-401-003",
            "the signature is not from a key of this wallet",
        )
    assert ceremonies.wallets[SAFE].nonce == 1


def test_a_timestamp_that_cannot_be_read_is_a_signature_that_recovers_nothing(clock: FrozenClock) -> None:
    fake = FakeSumvin(clock=clock, sleep=clock.sleep, validate=False)
    Ceremonies(fake).add_wallet(SAFE, OWNER.address)
    pint = intent()
    answer = exchange(fake, pint | {"expires_at": "soon"}, signed(pint))
    assert problem_of(answer)[:2] == (401, "PINT-401-002")


def test_without_eth_account_the_exchange_says_what_to_install(
    fake: FakeSumvin, ceremonies: Ceremonies, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(*args: object) -> str:
        raise SigningDependencyError("no eth-account")

    monkeypatch.setattr(ceremonies_module, "recover_signer", missing)
    pint = intent()
    answer = exchange(fake, pint, signed(pint))
    assert problem_of(answer) == (501, "MOCK-501-002", "install sumvin-sdk[signing] to verify")


# -- errands -----------------------------------------------------------------------------------------------


def test_an_errand_holds_the_wallets_next_nonce_and_its_payload_sends_integers_as_strings(
    ceremonies: Ceremonies, clock: FrozenClock
) -> None:
    clock.advance(20)
    errand = ceremonies.add_errand(SAFE.upper().replace("0X", "0x"))
    assert re.fullmatch(r"ipa_[0-9a-f]{12}", errand.id) and ceremonies.errands == {errand.id: errand}
    assert (errand.wallet, errand.status, errand.signature, ceremonies.wallets[SAFE].nonce) == (
        SAFE,
        "pending_approval",
        None,
        2,
    )
    message, domain = errand.payload["message"], errand.payload["domain"]
    assert (message["nonce"], message["statement"], message["maxAmount"], domain["chainId"]) == (
        1,
        "Approve the purchase",
        "45000",
        "1329",
    )
    assert (message["scopes"], message["maxAmountToken"]) == (["sr:us:pint:card:checkout"], ZERO_ADDRESS)
    assert message["resources"] == [f"sr:us:person:safe:{SAFE.upper().replace('0X', '0x')}"]
    assert message["expiresAt"] == (NOW_MS + 20_000 + 3_600_000)
    other = ceremonies.add_errand(SAFE, statement="Buy the kettle", max_amount=12)
    assert (other.payload["message"]["nonce"], other.payload["message"]["statement"]) == (2, "Buy the kettle")
    assert other.payload["message"]["maxAmount"] == "12" and other.id != errand.id


def test_an_errand_shows_its_payload_only_when_the_mandate_is_expanded_and_pending(
    fake: FakeSumvin, ceremonies: Ceremonies, clock: FrozenClock
) -> None:
    errand = ceremonies.add_errand(SAFE)
    clock.advance(3)
    path = f"/v0/user/ipa/{errand.id}"
    plain = send(fake, "GET", path).json()
    assert plain == {
        "intent": {
            "id": errand.id,
            "intent_type": "product",
            "status": "pending_approval",
            "autonomy_level": "approve_before_purchase",
            "created_at": NOW_MS + 3000,
        },
        "_links": {"self": {"href": path, "method": "GET"}},
    }
    assert send(fake, "GET", path).status_code == 200
    for expand in ("mandate", "events,mandate", "mandate,events"):
        assert send(fake, "GET", path, params={"expand": expand}).json()["intent"]["approval_payload"] == errand.payload
    repeated = send(fake, "GET", path, params=[("expand", "events"), ("expand", "mandate")])
    assert repeated.json()["intent"]["approval_payload"] == errand.payload
    for expand in ("mandates", "events", ""):
        assert "approval_payload" not in send(fake, "GET", path, params={"expand": expand}).json()["intent"]
    errand.status = "approved"
    assert "approval_payload" not in send(fake, "GET", path, params={"expand": "mandate"}).json()["intent"]


def signed_payload(payload: dict[str, Any], account: Any = OWNER) -> str:
    return "0x" + bytes(account.sign_typed_data(full_message=coerce_typed_data_integers(payload)).signature).hex()


def decide(fake: FakeSumvin, errand_id: str, **body: Any) -> httpx.Response:
    return send(fake, "PUT", f"/v0/user/ipa/{errand_id}/decision", json=body)


def test_an_approval_signed_by_the_wallets_key_is_recorded(fake: FakeSumvin, ceremonies: Ceremonies) -> None:
    errand = ceremonies.add_errand(SAFE)
    signature = signed_payload(errand.payload)
    answer = decide(fake, errand.id, decision="approved", signature=signature)
    assert answer.status_code == 200 and answer.json()["intent"]["status"] == "approved"
    assert "approval_payload" not in answer.json()["intent"]
    assert (errand.status, errand.signature) == ("approved", signature)
    again = decide(fake, errand.id, decision="rejected")
    assert problem_of(again) == (409, "IPA-409-001", "a decision on this errand is already recorded")


@pytest.mark.parametrize(("decision", "status"), [("rejected", "cancelled"), ("conditional", "monitoring")])
def test_other_decisions_sign_nothing(fake: FakeSumvin, ceremonies: Ceremonies, decision: str, status: str) -> None:
    errand = ceremonies.add_errand(SAFE)
    assert decide(fake, errand.id, decision=decision).json()["intent"]["status"] == status
    assert (errand.status, errand.signature) == (status, None)


def test_an_approval_without_a_valid_signature_is_a_401(fake: FakeSumvin, ceremonies: Ceremonies) -> None:
    errand = ceremonies.add_errand(SAFE)
    assert problem_of(decide(fake, errand.id, decision="approved")) == (
        401,
        "IPA-401-001",
        "no valid signature was supplied",
    )
    stranger = decide(fake, errand.id, decision="approved", signature=signed_payload(errand.payload, STRANGER))
    assert problem_of(stranger) == (401, "IPA-401-002", "the signature is not from the wallet's key")
    assert (errand.status, errand.signature) == ("pending_approval", None)


def test_an_unknown_decision_leaves_the_errand_monitoring(clock: FrozenClock) -> None:
    fake = FakeSumvin(clock=clock, sleep=clock.sleep, validate=False)
    ceremonies = Ceremonies(fake)
    ceremonies.add_wallet(SAFE, OWNER.address)
    errand = ceremonies.add_errand(SAFE)
    assert decide(fake, errand.id, decision="maybe").json()["intent"]["status"] == "monitoring"


def test_errands_it_was_not_told_about_go_to_the_fakes_own_handlers(fake: FakeSumvin, ceremonies: Ceremonies) -> None:
    fake.seed.user("ada", wallets=0, transactions=0)
    assert problem_of(send(fake, "GET", "/v0/user/ipa/ipa_other"))[:2] == (404, "IPA-404-001")
    assert problem_of(decide(fake, "ipa_other", decision="rejected"))[:2] == (404, "IPA-404-001")


# -- onboarding and UserOperations -------------------------------------------------------------------------


def onboarding(fake: FakeSumvin) -> dict[str, Any]:
    answer = send(fake, "GET", "/v0/user/me/onboarding/steps")
    assert answer.status_code == 200, answer.text
    assert answer.json()["_links"] == {"self": {"href": "/v0/user/me", "method": "GET"}}
    body: dict[str, Any] = answer.json()["onboarding"]
    return body


def test_scripted_onboarding_moves_through_its_steps_on_the_clock(
    fake: FakeSumvin, ceremonies: Ceremonies, clock: FrozenClock
) -> None:
    ceremonies.script_onboarding(
        (0, "kyc_verification", None), (5, "safe_deploy", "pending"), (9, "complete", "completed")
    )
    first = onboarding(fake)
    assert (first["current_step"], first["is_complete"], first["safe_creation_status"]) == (
        "kyc_verification",
        False,
        None,
    )
    assert [s["status"] for s in first["steps"]] == [
        "completed",
        "completed",
        "current",
        "pending",
        "pending",
        "pending",
    ]
    assert [s["step"] for s in first["steps"]] == list(ONBOARDING_STEPS)
    assert first["primary_smart_wallet_address"] is None
    clock.advance(5)
    assert (onboarding(fake)["current_step"], onboarding(fake)["primary_smart_wallet_address"]) == ("safe_deploy", None)
    clock.advance(4)
    done = onboarding(fake)
    assert (done["current_step"], done["is_complete"], done["primary_smart_wallet_address"]) == ("complete", True, SAFE)
    assert {s["status"] for s in done["steps"]} == {"completed"}


def test_an_onboarding_step_it_does_not_know_is_read_as_the_first(fake: FakeSumvin, ceremonies: Ceremonies) -> None:
    ceremonies.script_onboarding((0, "mystery", "completed"))
    steps = onboarding(fake)
    assert [s["status"] for s in steps["steps"]] == ["current"] + ["pending"] * 5
    assert steps["primary_smart_wallet_address"] == SAFE


def test_a_completed_safe_without_a_known_wallet_has_no_address(fake: FakeSumvin) -> None:
    ceremonies = Ceremonies(fake)
    ceremonies.script_onboarding((0, "safe_deploy", "completed"))
    assert onboarding(fake)["primary_smart_wallet_address"] is None


def test_unscripted_onboarding_is_the_fakes_own_answer(fake: FakeSumvin, ceremonies: Ceremonies) -> None:
    fake.seed.user("ada", wallets=0, transactions=0)
    answer = send(fake, "GET", "/v0/user/me/onboarding/steps")
    assert answer.status_code == 200 and answer.json() == send(fake, "GET", "/v0/user/me/onboarding/steps").json()
    assert answer.json()["_links"] != {"self": {"href": "/v0/user/me", "method": "GET"}}


def user_operation(fake: FakeSumvin, user_op_hash: str) -> httpx.Response:
    return send(fake, "GET", f"/v0/safe/rpc/{user_op_hash}/status")


HASH = "0x" + "CD" * 32


def test_a_scripted_user_operation_is_on_chain_once_included(
    fake: FakeSumvin, ceremonies: Ceremonies, clock: FrozenClock
) -> None:
    ceremonies.script_user_operation(HASH, (0, "queued"), (4, "submitted"), (8, "included"))
    asked = HASH.lower()
    off_chain = {
        "user_op_hash": asked, "status": "queued", "txn_hash": None, "block_number": None, "gas_used": None,
        "actual_gas_cost_wei": None, "success": None,
        "_links": {"self": {"href": f"/v0/safe/rpc/{asked}/status", "method": "GET"}},
    }  # fmt: skip
    assert user_operation(fake, asked).json() == off_chain
    clock.advance(4)
    assert user_operation(fake, asked).json() == off_chain | {"status": "submitted"}
    clock.advance(4)
    assert user_operation(fake, asked).json() == off_chain | {
        "status": "included", "txn_hash": "0x" + "ab" * 32, "block_number": 1_000_000, "gas_used": 150_000,
        "actual_gas_cost_wei": 3_000_000_000_000, "success": True,
    }  # fmt: skip


@pytest.mark.parametrize(("final", "success", "reported"), [("included", False, False), ("failed", True, False)])
def test_a_user_operation_that_failed_on_chain_reports_no_success(
    fake: FakeSumvin, ceremonies: Ceremonies, final: str, success: bool, reported: bool
) -> None:
    ceremonies.script_user_operation(HASH, (0, final), success=success)
    body = user_operation(fake, HASH).json()
    assert (body["status"], body["success"], body["block_number"], body["user_op_hash"]) == (
        final,
        reported,
        1_000_000,
        HASH,
    )


def test_an_unknown_user_operation_is_a_404(fake: FakeSumvin, ceremonies: Ceremonies) -> None:
    answer = user_operation(fake, "0x" + "ee" * 32)
    assert problem_of(answer) == (404, "SAFE-404-001", "no UserOperation with this hash")
    assert answer.json()["instance"] == f"/v0/safe/rpc/0x{'ee' * 32}/status"


# -- KYC -----------------------------------------------------------------------------------------------------


def test_kyc_is_scripted_for_every_user_or_the_one_named(
    fake: FakeSumvin, ceremonies: Ceremonies, clock: FrozenClock
) -> None:
    ada, bob = fake.seed.user("ada", wallets=0, transactions=0), fake.seed.user("bob", wallets=0, transactions=0)
    ceremonies.script_kyc((0, "in_progress"), (30, "approved"))
    assert (ada.kyc.status, bob.kyc.status) == ("in_progress", "in_progress")
    ceremonies.script_kyc((0, "retry"), reject_reason="blurred", sub="bob")
    assert (ada.kyc.status, bob.kyc.status, bob.kyc.reject_reason, ada.kyc.reject_reason) == (
        "in_progress",
        "retry",
        "blurred",
        None,
    )
    clock.advance(30)
    assert (ada.kyc.at(clock()), bob.kyc.at(clock())) == ("approved", "retry")


def test_kyc_cannot_be_scripted_without_a_user(fake: FakeSumvin, ceremonies: Ceremonies) -> None:
    with pytest.raises(ValueError, match=r"^no user to script the KYC of: seed one first \(fake.seed.user\)$"):
        ceremonies.script_kyc((0, "approved"))
    fake.seed.user("ada", wallets=0, transactions=0)
    with pytest.raises(ValueError, match="no user to script"):
        ceremonies.script_kyc((0, "approved"), sub="bob")


def test_the_ceremonies_use_the_fakes_clock_and_their_own_chain(fake: FakeSumvin) -> None:
    ceremonies = Ceremonies(fake)
    assert (ceremonies.chain_id, ceremonies.clock, ceremonies.minted) == (1329, fake.clock, [])
    other = Ceremonies(fake, chain_id=8453)
    other.add_wallet(SAFE, OWNER.address)
    assert other.add_errand(SAFE).payload["domain"]["chainId"] == "8453"
