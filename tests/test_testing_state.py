"""The fake's state where defaults are not enough: KYC in the contract's statuses, card actions, PINTs minted,
listed and revoked, purchase-intent decisions; tenants apart on each; and every enum-typed value any stateful
handler or seed emits inside the contract's enum."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from sumvin_sdk import flows
from sumvin_sdk.testing import Ceremonies, FakeSumvin, FrozenClock
from sumvin_sdk.testing._contract import KYC_STATUSES, contract, named_values
from sumvin_sdk.testing._state import User
from tests.figures import record
from tests.test_endpoints import SAMPLER, SPEC

BASE = "https://api.sumvin.test"
WALLET = "0x" + "ab" * 20


class Api:
    """Plain HTTP to a fake as one subject of one tenant."""

    def __init__(self, fake: FakeSumvin, sub: str = "ada", tenant: str = "") -> None:
        self.fake, self.headers = fake, {"x-juno-jwt": fake.jwt(sub, expires_in=10**8)}
        if tenant:
            self.headers["x-juno-orgid"] = tenant

    def __call__(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        headers = self.headers | kwargs.pop("headers", {})
        with httpx.Client(transport=self.fake.transport(), base_url=BASE) as http:
            return http.request(method, path, headers=headers, **kwargs)


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock()


@pytest.fixture
def fake(clock: FrozenClock) -> Iterator[FakeSumvin]:
    fake = FakeSumvin(clock=clock, sleep=lambda seconds: None, transactions_per_user=0)
    yield fake
    assert not fake.errors, fake.errors[0]


# -- KYC -----------------------------------------------------------------------------------------------------


def test_kyc_moves_through_the_contracts_statuses_only(fake: FakeSumvin, clock: FrozenClock) -> None:
    ada, api = fake.seed.user("ada"), Api(fake)

    def status() -> dict[str, Any]:
        answer: dict[str, Any] = api("GET", "/v0/kyc/status").json()
        return answer

    assert (status()["status"], status()["applicant_id"]) == ("pending", None)
    submitted = api("POST", "/v0/kyc/submit")
    assert (submitted.status_code, submitted.json()["status"]) == (200, "in_progress")
    assert status()["status"] == "in_progress" and status()["applicant_id"] == f"app_{ada.id}"
    assert api("POST", "/v0/kyc/submit").status_code == 409  # under review already
    fake.seed.kyc(ada, (0, "retry"), (30, "rejected"), reject_reason="blurred document")
    assert (status()["status"], status()["reject_reason"]) == ("retry", "blurred document")
    assert api("GET", "/v0/kyc/details").json()["rejection"] == {"can_retry": True, "message": "blurred document"}
    assert api("POST", "/v0/kyc/submit").json()["status"] == "in_progress"  # a retry is submitted again
    fake.seed.kyc(ada, (10, "approved"))
    assert status()["status"] == "in_progress"
    clock.advance(10)
    approved = status()
    assert approved["status"] == "approved" and approved["verified_at"] == int(clock() * 1000)
    details = api("GET", "/v0/kyc/details").json()
    assert details["verification_passed"] and details["verification_complete"] and details["rejection"] is None
    assert api("POST", "/v0/kyc/submit").status_code == 409  # decided


@pytest.mark.parametrize("reason", [None, "blurred document"])
@pytest.mark.parametrize("final", ["in_progress", "approved", "rejected", "retry"])
def test_kyc_answers_carry_each_status_its_own_times_and_rejection(
    fake: FakeSumvin, clock: FrozenClock, final: str, reason: str | None
) -> None:
    """Both KYC reads answer, member for member, what a status means: when it was submitted and decided, whether
    it is complete and passed, and a rejection (with the seeded reason, or a default sentence) only when refused;
    a reason left over from an earlier retry is not shown once the verification moved on."""
    ada, api = fake.seed.user("ada"), Api(fake)
    clock.advance(1.5)
    submitted = api("POST", "/v0/kyc/submit").json()
    assert {key: submitted[key] for key in ("status", "applicant_id")} == {
        "status": "in_progress",
        "applicant_id": f"app_{ada.id}",
    }
    started = int(clock() * 1000)
    fake.seed.kyc(ada, (0, "retry"), (2, final), reject_reason=reason)
    clock.advance(2)
    decided = int(clock() * 1000) if final != "in_progress" else None
    refused = final in ("rejected", "retry")
    status, details = api("GET", "/v0/kyc/status").json(), api("GET", "/v0/kyc/details").json()
    common = {
        "status": final,
        "verified_at": decided if final == "approved" else None,
        "rejected_at": decided if final == "rejected" else None,
    }
    assert {key: status[key] for key in (*common, "applicant_id", "reject_reason")} == common | {
        "applicant_id": f"app_{ada.id}",
        "reject_reason": reason if refused else None,
    }
    rejection = {"can_retry": final == "retry", "message": reason or "the verification was not accepted"}
    keys = (*common, "started_at", "verification_complete", "verification_passed", "rejection")
    assert {key: details[key] for key in keys} == common | {
        "started_at": started,
        "verification_complete": final in ("approved", "rejected"),
        "verification_passed": final == "approved",
        "rejection": rejection if refused else None,
    }


@pytest.mark.parametrize(
    ("status", "detail"),
    [
        ("in_progress", "this verification is already under review"),
        ("approved", "this verification is already decided (approved)"),
        ("rejected", "this verification is already decided (rejected)"),
    ],
)
def test_submitting_kyc_again_is_refused_saying_why(fake: FakeSumvin, status: str, detail: str) -> None:
    fake.seed.user("ada", kyc=status)
    refused = Api(fake)("POST", "/v0/kyc/submit")
    assert (refused.status_code, refused.json()["error_code"], refused.json()["detail"]) == (409, "KYC-409-001", detail)


@pytest.mark.parametrize("status", ["not_started", "submitted", "Approved", ""])
def test_a_kyc_status_the_contract_does_not_list_is_refused(fake: FakeSumvin, status: str) -> None:
    with pytest.raises(ValueError, match="not a KYC status"):
        fake.seed.user("ada", kyc=status)
    ada = fake.seed.user("ada")
    with pytest.raises(ValueError, match="not a KYC status"):
        fake.seed.kyc(ada, (0, "in_progress"), (5, status))
    with pytest.raises(ValueError, match="not a KYC status"):
        Ceremonies(fake).script_kyc((0, status))


def test_the_ceremonies_script_the_fakes_own_kyc_state(fake: FakeSumvin, clock: FrozenClock) -> None:
    ada, bob = fake.seed.user("ada"), fake.seed.user("bob")
    Ceremonies(fake).script_kyc((0, "in_progress"), (20, "approved"), sub="ada")
    clock.advance(20)
    assert Api(fake, "ada")("GET", "/v0/kyc/status").json()["status"] == "approved"
    assert Api(fake, "bob")("GET", "/v0/kyc/status").json()["status"] == "pending"
    assert (ada.kyc.status, bob.kyc.status) == ("approved", "pending")


#: The members the fake reads as enums, with their values: those the contract names in words.
LISTED = contract().listed_values


def test_the_fakes_kyc_statuses_are_the_sdks_and_the_references(reference: dict[str, Any]) -> None:
    """The statuses the fake keeps are those the SDK's wait knows and the contract names, and each value the
    fake reads from openapi.yaml's words is in the reference's own description of its member, where it has one."""
    assert set(KYC_STATUSES) == {"pending", "approved", "rejected"} | flows.KYC_WAITING
    assert LISTED["KYCStatusResponse", "status"] == LISTED["KYCDetailsResponse", "status"] == KYC_STATUSES
    schemas, compared = reference["components"]["schemas"], 0
    for (schema, member), values in LISTED.items():
        description = schemas.get(schema, {}).get("properties", {}).get(member, {}).get("description")
        if description is None:  # the reference says nothing of it; openapi.yaml's words are ours
            continue
        compared += 1
        words = set(re.findall(r"[\w-]+", description))
        assert set(values) <= words, f"{schema}.{member}: {set(values) - words} not in the reference"
    assert compared >= 20


def test_the_fake_reads_the_values_openapi_yaml_names_for_a_plain_string_as_its_enum() -> None:
    """Every member openapi.yaml types as a plain string while its description names all its values is one the
    fake keeps to: the phone verification's status among them (it answered ``pending``, a value never named)."""
    assert LISTED["PhoneVerificationResponse", "status"] == ("code_sent", "verified")
    assert len(LISTED) >= 30
    for (schema, member), values in LISTED.items():
        prop = contract().schemas[schema]["properties"][member]
        assert [o["enum"] for o in prop.get("anyOf", [prop]) if o.get("type") == "string"] == [list(values)]


IPA_STATUSES = tuple(SPEC["components"]["schemas"]["IPAStatus"]["enum"])


@pytest.mark.parametrize(
    ("description", "values"),
    [
        ("`code_sent` when a code went out, `verified` once confirmed.", ("code_sent", "verified")),
        ("`strict` when going over blocks it, `advisory` when it only warns.", ("strict", "advisory")),
        ("`on` if asked, `off` if not", ("on", "off")),
        (
            "State of the PINT: `pending`, `active`, `expired` or `revoked`.",
            ("pending", "active", "expired", "revoked"),
        ),
        ("Kind of asset: `crypto` or `fiat`.", ("crypto", "fiat")),
        ("Kind of card (`debit` or `credit`); null when unknown.", ("debit", "credit")),
        ("Provider: `clerk-sigil` or `privy`.", ("clerk-sigil", "privy")),
        ("Where the errand stands, with the values of `IPAStatus` (such as `searching`).", IPA_STATUSES),
        ("Where it stands, with the values of `NoSuchSchema`.", None),
        ("Where it stands, with the values of `UserData` (not an enum).", None),
        ("Sign-in provider, such as `dynamic`, `privy` or `clerk`.", None),
        ("Progress (`queued`, `submitted`, `included`, ...); `included` is final.", None),
        ("A kind, e.g. `a` or `b`.", None),
        ("A kind, for example `a` or `b`.", None),
        ("Present once `included` or `failed`, never for `rejected`.", None),
        ("Set only when `stage` is `failed`.", None),
        ("Null until `safe_creation_status` is `completed`.", None),
        ("Phone number with `+` and the country code (such as `+14155551234`).", None),
        ("Where verification stands.", None),
        ("", None),
    ],
)
def test_a_description_names_its_members_values_only_when_it_lists_them_all(
    description: str, values: tuple[str, ...] | None
) -> None:
    assert named_values(description, SPEC["components"]["schemas"]) == values


# -- cards ---------------------------------------------------------------------------------------------------


def test_card_actions_change_its_status_for_the_next_get_and_list(fake: FakeSumvin) -> None:
    card, api = fake.seed.card(fake.seed.user("ada")), Api(fake)
    path = f"/v0/card/{card['id']}"
    frozen = api("POST", f"{path}/freeze").json()
    assert frozen["action"] == "freeze"
    assert (frozen["previous_status"]["status"], frozen["current_status"]["status"]) == ("active", "suspended")
    assert api("GET", path).json()["current_status"]["status"] == "suspended"
    assert api("GET", "/v0/card/").json()["cards"][0]["current_status"]["status"] == "suspended"
    assert api("POST", f"{path}/freeze").status_code == 400  # not active
    unfrozen = api("POST", f"{path}/unfreeze").json()["current_status"]
    assert (unfrozen["status"], unfrozen["sub_status"]) == ("active", "reinstated")
    assert api("POST", f"{path}/activate").status_code == 400  # already active
    lost = api("POST", f"{path}/lost").json()["current_status"]
    assert (lost["status"], lost["sub_status"]) == ("closed", "lost")
    for action in ("unfreeze", "freeze", "stolen", "activate"):
        assert api("POST", f"{path}/{action}").status_code == 400, action  # a lost card stays closed
    history = [s["status"] for s in api("GET", path).json()["status_history"]]
    assert history == ["active", "suspended", "active", "closed"]


def test_a_card_awaiting_activation_is_activated(fake: FakeSumvin) -> None:
    pending = {"status": "pending", "sub_status": "activation_required", "changed_by": "system", "created_at": 1}
    card, api = fake.seed.card(fake.seed.user("ada"), current_status=pending), Api(fake)
    assert api("POST", f"/v0/card/{card['id']}/activate").json()["current_status"]["status"] == "active"
    assert api("GET", f"/v0/card/{card['id']}").json()["current_status"]["sub_status"] == "verified"


@pytest.mark.parametrize("action", ["freeze", "unfreeze", "lost", "stolen", "activate"])
def test_card_actions_keep_tenants_apart(fake: FakeSumvin, action: str) -> None:
    card = fake.seed.card(fake.seed.user("ada", tenant="acme"))
    fake.seed.user("ada", tenant="globex")
    other = Api(fake, "ada", "globex")
    assert other("POST", f"/v0/card/{card['id']}/{action}").status_code == 404
    assert other("GET", f"/v0/card/{card['id']}").status_code == 404
    assert other("GET", "/v0/card/").json()["cards"] == []
    assert Api(fake, "ada", "acme")("GET", f"/v0/card/{card['id']}").json()["current_status"]["status"] == "active"


#: The members of a card an action's answer repeats.
CARD_ACTION_KEYS = ("id", "last_four", "brand", "card_type", "is_primary", "created_at")


def card_status(status: str, sub_status: str | None, at: int, by: str) -> dict[str, Any]:
    return {"status": status, "sub_status": sub_status, "changed_by": by, "created_at": at}


@pytest.mark.parametrize(
    ("action", "before", "after"),
    [
        ("freeze", ("active", "verified"), ("suspended", None)),
        ("unfreeze", ("suspended", None), ("active", "reinstated")),
        ("lost", ("pending", "activation_required"), ("closed", "lost")),
        ("stolen", ("active", "verified"), ("closed", "stolen")),
        ("activate", ("pending", "activation_required"), ("active", "verified")),
    ],
)
def test_a_card_action_answers_the_card_its_previous_status_and_the_new_one_stamped_now_by_self(
    fake: FakeSumvin, clock: FrozenClock, action: str, before: tuple[str, str | None], after: tuple[str, str]
) -> None:
    previous = card_status(*before, 1_700_000_000_000, "system")
    card = fake.seed.card(fake.seed.user("ada"), current_status=previous)
    clock.advance(12.345)
    answer = Api(fake)("POST", f"/v0/card/{card['id']}/{action}")
    now = card_status(*after, 1_750_000_012_345, "self")
    assert answer.status_code == 200
    assert answer.json() == {k: card[k] for k in CARD_ACTION_KEYS} | {
        "previous_status": previous,
        "current_status": now,
        "action": action,
        "_links": {"self": {"href": f"/v0/card/{card['id']}"}},
    }
    shown = Api(fake)("GET", f"/v0/card/{card['id']}").json()
    assert (shown["current_status"], shown["status_history"]) == (now, [previous, now])


def test_a_card_never_acted_on_shows_its_current_status_as_its_whole_history(fake: FakeSumvin) -> None:
    card = fake.seed.card(fake.seed.user("ada"))
    shown = Api(fake)("GET", f"/v0/card/{card['id']}")
    assert shown.status_code == 200
    assert shown.json()["status_history"] == [card["current_status"]]


def test_a_card_with_no_status_yet_has_no_history_and_is_acted_on_as_active_since_its_creation(
    fake: FakeSumvin, clock: FrozenClock
) -> None:
    card = fake.seed.card(fake.seed.user("ada"), current_status=None, created_at=1_600_000_000_000)
    api = Api(fake)
    shown = api("GET", f"/v0/card/{card['id']}").json()
    assert (shown["current_status"], shown["status_history"]) == (None, [])
    clock.advance(1)
    frozen = api("POST", f"/v0/card/{card['id']}/freeze").json()
    assert frozen["previous_status"] == card_status("active", None, 1_600_000_000_000, "system")
    assert frozen["current_status"] == card_status("suspended", None, 1_750_000_001_000, "self")
    history = api("GET", f"/v0/card/{card['id']}").json()["status_history"]
    assert history == [frozen["previous_status"], frozen["current_status"]]


@pytest.mark.parametrize(
    ("status", "action"), [("suspended", "unfreeze"), ("pending", "activate"), ("active", "freeze")]
)
@pytest.mark.parametrize("sub_status", ["lost", "stolen"])
def test_a_card_reported_lost_or_stolen_is_refused_an_action_its_status_would_allow(
    fake: FakeSumvin, status: str, action: str, sub_status: str
) -> None:
    reported = card_status(status, sub_status, 1_700_000_000_000, "admin")
    card = fake.seed.card(fake.seed.user("ada"), current_status=reported)
    refused = Api(fake)("POST", f"/v0/card/{card['id']}/{action}")
    assert refused.status_code == 400
    assert refused.json()["detail"] == f"a card that is {status} cannot be sent {action!r}"
    assert Api(fake)("GET", f"/v0/card/{card['id']}").json()["status_history"] == [reported]


def test_a_refused_card_action_is_the_contracts_problem_naming_the_status_and_the_action(fake: FakeSumvin) -> None:
    card = fake.seed.card(fake.seed.user("ada"))
    path = f"/v0/card/{card['id']}/unfreeze"
    refused = Api(fake)("POST", path)
    body = refused.json()
    assert (refused.status_code, refused.headers["content-type"]) == (400, "application/json")
    assert re.fullmatch(r"[0-9a-f]{16}", body.pop("trace_id")), "a trace id of 8 random bytes, in hex"
    assert body == {
        "type": "https://api.sumvin.com/errors/CRD-400-001",
        "title": "Bad Request",
        "status": 400,
        "detail": "a card that is active cannot be sent 'unfreeze'",
        "instance": path,
        "error_code": "CRD-400-001",
    }
    assert Api(fake)("GET", f"/v0/card/{card['id']}").json()["current_status"] == card["current_status"]


# -- PINTs ---------------------------------------------------------------------------------------------------


def mint(api: Api, clock: Callable[[], float], *, ttl: int = 3600) -> dict[str, Any]:
    pint = SAMPLER.value(SPEC["components"]["schemas"]["PurchaseIntentPayload"])
    pint |= {"wallet": WALLET, "expires_at": int((clock() + ttl) * 1000)}
    answer = api("POST", "/v0/pint/exchange", json={"pint": pint, "signature": "0x" + "11" * 65})
    assert answer.status_code == 201, answer.text
    minted: dict[str, Any] = answer.json()
    return minted


def test_a_minted_pint_is_listed_got_and_revoked_and_its_token_then_refused(
    fake: FakeSumvin, clock: FrozenClock
) -> None:
    fake.seed.user("ada")
    api = Api(fake)
    minted = mint(api, clock)
    listed = api("GET", "/v0/pint/", params={"wallet": WALLET}).json()
    assert [item["pint"]["id"] for item in listed["data"]] == [minted["id"]]
    got = api("GET", f"/v0/pint/{minted['id']}").json()["pint"]
    assert (got["status"], got["wallet_address"], got["revoked_at"]) == ("active", WALLET, None)
    bearer = {"x-sumvin-pint-token": minted["sig"]}
    with httpx.Client(transport=fake.transport(), base_url=BASE) as http:
        assert http.get("/v0/card/", headers=bearer).status_code == 200  # the PINT's token alone admits

    assert api("DELETE", f"/v0/pint/{minted['id']}").status_code == 204
    revoked = api("GET", f"/v0/pint/{minted['id']}").json()["pint"]
    assert revoked["status"] == "revoked" and revoked["revoked_at"] == int(clock() * 1000)
    assert api("GET", "/v0/pint/", params={"wallet": WALLET}).json()["data"] == []  # active ones by default
    again = api("GET", "/v0/pint/", params={"wallet": WALLET, "status": "revoked"}).json()["data"]
    assert [item["pint"]["id"] for item in again] == [minted["id"]]
    with httpx.Client(transport=fake.transport(), base_url=BASE) as http:
        refused = http.get("/v0/card/", headers=bearer)
    assert (refused.status_code, refused.json()["error_code"]) == (401, "PINT-401-001")
    conflict = api("DELETE", f"/v0/pint/{minted['id']}")
    assert conflict.status_code == 409 and conflict.json()["valid"] is False


def test_an_expired_pint_is_listed_as_expired_and_its_token_refused(fake: FakeSumvin, clock: FrozenClock) -> None:
    fake.seed.user("ada")
    api = Api(fake)
    minted = mint(api, clock, ttl=60)
    clock.advance(61)
    assert api("GET", f"/v0/pint/{minted['id']}").json()["pint"]["status"] == "expired"
    expired = api("GET", "/v0/pint/", params={"wallet": WALLET, "status": "expired"}).json()["data"]
    assert len(expired) == 1
    with httpx.Client(transport=fake.transport(), base_url=BASE) as http:
        assert http.get("/v0/card/", headers={"x-sumvin-pint-token": minted["sig"]}).status_code == 401


def test_pints_keep_tenants_apart(fake: FakeSumvin, clock: FrozenClock) -> None:
    fake.seed.user("ada", tenant="acme")
    fake.seed.user("ada", tenant="globex")
    minted = mint(Api(fake, "ada", "acme"), clock)
    other = Api(fake, "ada", "globex")
    assert other("GET", f"/v0/pint/{minted['id']}").status_code == 404
    assert other("DELETE", f"/v0/pint/{minted['id']}").status_code == 404
    assert other("GET", "/v0/pint/", params={"wallet": WALLET}).json()["data"] == []
    with httpx.Client(transport=fake.transport(), base_url=BASE) as http:
        stolen = {"x-sumvin-pint-token": minted["sig"], "x-juno-orgid": "globex"}
        assert http.get("/v0/card/", headers=stolen).status_code == 401
    assert Api(fake, "ada", "acme")("GET", f"/v0/pint/{minted['id']}").json()["pint"]["status"] == "active"


# -- purchase intents ----------------------------------------------------------------------------------------


def create_intent(api: Api) -> str:
    created = api("POST", "/v0/user/ipa/", json={"raw_intent": "a kettle under 40 GBP"})
    assert created.status_code == 202 and created.json()["intent"]["status"] == "pending_approval", created.text
    ipa_id: str = created.json()["intent"]["id"]
    return ipa_id


def test_intent_decisions_change_its_status_for_the_next_get_and_list(fake: FakeSumvin) -> None:
    fake.seed.user("ada")
    api = Api(fake)
    declined, approved = create_intent(api), create_intent(api)

    def decide(ipa: str, body: dict[str, Any]) -> httpx.Response:
        return api("PUT", f"/v0/user/ipa/{ipa}/decision", json=body)

    assert decide(declined, {"decision": "rejected"}).json()["intent"]["status"] == "cancelled"
    assert api("GET", f"/v0/user/ipa/{declined}").json()["intent"]["status"] == "cancelled"
    assert decide(declined, {"decision": "approved", "signature": "0x" + "11" * 65}).status_code == 409  # final
    assert decide(approved, {"decision": "approved"}).status_code == 401  # approving needs the signature
    assert decide(approved, {"decision": "approved", "signature": "0x" + "11" * 65}).status_code == 200
    statuses = {i["id"]: i["status"] for i in api("GET", "/v0/user/ipa/").json()["intents"]}
    assert statuses == {declined: "cancelled", approved: "approved"}
    only = api("GET", "/v0/user/ipa/", params={"status": "approved"}).json()["intents"]
    assert [i["id"] for i in only] == [approved]
    assert api("DELETE", f"/v0/user/ipa/{approved}").json()["intent"]["status"] == "cancelled"
    assert api("DELETE", f"/v0/user/ipa/{approved}").status_code == 409  # ended


def decide(api: Api, ipa: str, body: dict[str, Any]) -> httpx.Response:
    return api("PUT", f"/v0/user/ipa/{ipa}/decision", json=body)


SIGNATURE = "0x" + "11" * 65


def test_a_decision_stamps_the_intent_with_the_fakes_now_and_an_ending_one_with_its_completion(
    fake: FakeSumvin, clock: FrozenClock
) -> None:
    """Deciding moves the intent's status and its ``updated_at`` to the fake clock's now (epoch ms); declining,
    which ends it, also sets ``completed_at``; nothing else of the intent changes, and the next get shows it."""
    fake.seed.user("ada")
    api = Api(fake)
    declined, approved, conditional = create_intent(api), create_intent(api), create_intent(api)
    clock.advance(90.5)
    now = int(clock() * 1000)
    expected = {
        declined: ({"decision": "rejected"}, {"status": "cancelled", "updated_at": now, "completed_at": now}),
        approved: ({"decision": "approved", "signature": SIGNATURE}, {"status": "approved", "updated_at": now}),
        conditional: ({"decision": "conditional"}, {"status": "monitoring", "updated_at": now}),
    }
    for ipa, (body, changes) in expected.items():
        before = api("GET", f"/v0/user/ipa/{ipa}").json()["intent"]
        answered = decide(api, ipa, body).json()["intent"]
        assert answered == api("GET", f"/v0/user/ipa/{ipa}").json()["intent"] == before | changes, body


def test_a_decision_the_intents_status_does_not_allow_is_a_409_naming_that_status(fake: FakeSumvin) -> None:
    """Only an intent awaiting approval takes a decision (an approved one too is refused), and only one not
    ended can be cancelled; the refusal says the status it found, and the intent stays as it was."""
    fake.seed.user("ada")
    api = Api(fake)
    approved, cancelled = create_intent(api), create_intent(api)
    decide(api, approved, {"decision": "approved", "signature": SIGNATURE})
    api("DELETE", f"/v0/user/ipa/{cancelled}")
    for refused, status in [
        (decide(api, approved, {"decision": "rejected"}), "approved"),
        (decide(api, approved, {"decision": "approved", "signature": SIGNATURE}), "approved"),
        (decide(api, cancelled, {"decision": "conditional"}), "cancelled"),
        (api("DELETE", f"/v0/user/ipa/{cancelled}"), "cancelled"),
    ]:
        problem = refused.json()
        assert (refused.status_code, problem["error_code"]) == (409, "IPA-409-001")
        assert problem["detail"] == f"this intent is {status}: the decision is refused"
    assert api("GET", f"/v0/user/ipa/{approved}").json()["intent"]["status"] == "approved"


def test_approving_without_a_signature_is_a_401_saying_what_is_missing(fake: FakeSumvin) -> None:
    fake.seed.user("ada")
    api = Api(fake)
    ipa = create_intent(api)
    for body in ({"decision": "approved"}, {"decision": "approved", "signature": None}):
        refused = decide(api, ipa, body)
        assert (refused.status_code, refused.json()["error_code"]) == (401, "IPA-401-001")
        assert refused.json()["detail"] == "approving needs the signature over the intent's payload"
    assert api("GET", f"/v0/user/ipa/{ipa}").json()["intent"]["status"] == "pending_approval"


def test_with_validation_off_a_decision_outside_the_contract_still_leaves_a_status_it_lists(
    clock: FrozenClock,
) -> None:
    """A fake that does not check requests reads an unknown decision as a conditional approval: the intent
    leaves its wait for a status of the contract's ``IPAStatus``, never an invented one."""
    fake = FakeSumvin(clock=clock, validate=False, transactions_per_user=0)
    fake.seed.user("ada")
    api = Api(fake)
    ipa = create_intent(api)
    answered = decide(api, ipa, {"decision": "postponed"})
    assert (answered.status_code, answered.json()["intent"]["status"]) == (200, "monitoring")
    assert "monitoring" in SPEC["components"]["schemas"]["IPAStatus"]["enum"]


# -- the contract's default answers --------------------------------------------------------------------------


def test_a_default_answer_names_the_records_its_path_ids_name(fake: FakeSumvin) -> None:
    """With no handler, the answer's record takes the path's last id as its ``id`` and each path parameter as
    the member of its name; a path parameter that is not an id (a username) is never taken for the id."""
    fake.seed.user("ada")
    api = Api(fake)
    task = api("GET", "/v0/user/strategies/ust_1/tasks/tsk_9").json()["task"]
    assert (task["id"], task["user_strategy_id"]) == ("tsk_9", "ust_1")
    assert api("GET", "/v0/user/rules/rul_7").json()["rule"]["id"] == "rul_7"
    user = api("GET", "/v0/users/username/ada99").json()["user"]
    assert user["username"] == "ada99" and user["id"] != "ada99"


def test_a_default_answer_reflects_each_calls_own_request_and_never_its_links(fake: FakeSumvin) -> None:
    """A request member the answer also has is answered back, for that call only (the next call without it gets
    the contract's sample again); a request's ``_links`` never replace the answer's own."""
    fake.seed.user("ada")
    api = Api(fake)
    sample = api("PATCH", "/v0/user/rules/rul_7", json={}).json()["rule"]
    renamed = api("PATCH", "/v0/user/rules/rul_7", json={"name": "Groceries first", "priority": 3}).json()["rule"]
    assert renamed == sample | {"name": "Groceries first", "priority": 3}
    assert api("PATCH", "/v0/user/rules/rul_7", json={}).json()["rule"] == sample
    links = api("PATCH", "/v0/widgets/wdg_1", json={}).json()["_links"]
    elsewhere = {"self": {"href": "https://elsewhere.example/v0/widgets/wdg_1"}}
    answered = api("PATCH", "/v0/widgets/wdg_1", json={"_links": elsewhere, "query_config": {"metric": "spend"}})
    assert answered.json()["_links"] == links and answered.json()["query_config"] == {"metric": "spend"}


def test_a_default_file_answer_is_the_samples_bytes_in_the_documented_media_type(fake: FakeSumvin) -> None:
    fake.seed.user("ada")
    receipt = Api(fake)("GET", "/v0/transactions/txn_1/receipt")
    assert (receipt.status_code, receipt.headers["content-type"]) == (200, "image/jpeg")
    assert receipt.content == b"\x89PNG sample bytes"


def test_intents_keep_tenants_apart(fake: FakeSumvin) -> None:
    fake.seed.user("ada", tenant="acme")
    fake.seed.user("ada", tenant="globex")
    ipa = create_intent(Api(fake, "ada", "acme"))
    other = Api(fake, "ada", "globex")
    assert other("PUT", f"/v0/user/ipa/{ipa}/decision", json={"decision": "rejected"}).status_code == 404
    assert other("DELETE", f"/v0/user/ipa/{ipa}").status_code == 404
    assert other("GET", "/v0/user/ipa/").json()["intents"] == []
    assert Api(fake, "ada", "acme")("GET", f"/v0/user/ipa/{ipa}").json()["intent"]["status"] == "pending_approval"


# -- enum-typed values ---------------------------------------------------------------------------------------

#: The contract's schemas as the fake must keep them: openapi.yaml's enums, and the values it lists in words.
SCHEMAS = copy.deepcopy(SPEC["components"]["schemas"])
for (_schema, _member), _values in LISTED.items():
    for _option in SCHEMAS[_schema]["properties"][_member].get("anyOf", [SCHEMAS[_schema]["properties"][_member]]):
        if _option.get("type") == "string":
            _option["enum"] = list(_values)


def resolve(schema: Any) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].split("/")[-1]]
    return schema


def fits(option: dict[str, Any], value: Any) -> bool:
    """Whether ``value`` is of ``option``'s JSON type (an object: one with the option's required members)."""
    kind = "string" if "enum" in option else option.get("type")
    checks = {
        "string": lambda: isinstance(value, str),
        "null": lambda: value is None,
        "array": lambda: isinstance(value, list),
        "boolean": lambda: isinstance(value, bool),
        "integer": lambda: isinstance(value, int) and not isinstance(value, bool),
        "number": lambda: isinstance(value, int | float) and not isinstance(value, bool),
        "object": lambda: isinstance(value, dict) and set(option.get("required", [])) <= set(value),
    }
    if kind is None and "properties" in option:
        kind = "object"
    return checks[kind]() if kind in checks else True


def enum_values(schema: Any, value: Any, where: str = "$") -> Iterator[tuple[str, Any, list[Any]]]:
    """``(where, value, enum)`` for every part of ``value`` whose schema is enum-typed."""
    schema = resolve(schema)
    if not isinstance(schema, dict):
        return
    if "enum" in schema:
        yield where, value, schema["enum"]
        return
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        tag = (schema.get("discriminator") or {}).get("propertyName")
        if tag and isinstance(value, dict) and value.get(tag) in schema["discriminator"].get("mapping", {}):
            yield from enum_values({"$ref": schema["discriminator"]["mapping"][value[tag]]}, value, where)
            return
        chosen = next((o for o in options if fits(resolve(o), value)), None)
        if chosen is not None:
            yield from enum_values(chosen, value, where)
        return
    for part in schema.get("allOf", []):
        yield from enum_values(part, value, where)
    if isinstance(value, dict):
        extra = schema.get("additionalProperties")
        for name, member in value.items():
            prop = schema.get("properties", {}).get(name, extra if isinstance(extra, dict) else None)
            if prop is not None:
                yield from enum_values(prop, member, f"{where}.{name}")
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(value):
            yield from enum_values(schema["items"], item, f"{where}[{index}]")


def populated(fake: FakeSumvin) -> list[User]:
    """Users in every KYC status, in two tenants, each with every kind of record the fake keeps, moved on by
    each of the fake's own handlers (cards frozen, activated, stolen; PINTs revoked; intents decided; a phone
    verified; a CLI sign-in approved, exchanged and its token revoked)."""
    users = []
    signature = "0x" + "11" * 65
    for tenant in ("", "acme"):
        for status in KYC_STATUSES:
            user = fake.seed.user(f"kyc-{status}", tenant=tenant, kyc=status, transactions=40)
            for _ in range(2):  # one for the walk's delete, one for its update
                account = fake.seed.build("AccountData", id=fake.state.new_id("acc"))
                user.collection("accounts")[account["id"]] = account
            api = Api(fake, user.sub, tenant)
            awaiting = {"status": "pending", "sub_status": "activation_required", "changed_by": "system"}
            api("POST", f"/v0/card/{fake.seed.card(user, current_status=awaiting | {'created_at': 1})['id']}/activate")
            api("POST", f"/v0/card/{fake.seed.card(user)['id']}/stolen")
            api("POST", f"/v0/card/{fake.seed.card(user)['id']}/freeze")
            api("POST", "/v0/card/")
            api("POST", "/v0/budgets/", json=SAMPLER.value(SPEC["components"]["schemas"]["CreateBudgetRequest"]))
            api("PUT", f"/v0/user/ipa/{create_intent(api)}/decision", json={"decision": "rejected"})
            api(
                "PUT",
                f"/v0/user/ipa/{create_intent(api)}/decision",
                json={"decision": "approved", "signature": signature},
            )
            create_intent(api)
            api("DELETE", f"/v0/pint/{mint(api, fake.clock)['id']}")
            mint(api, fake.clock)
            api("PUT", "/v0/user/me/phone", json={"phone_number": "+447700900123"})
            api("PUT", "/v0/user/me/phone/code", json={"verification_code": fake.sent_code("+447700900123")})
            sign_in(fake, api, tenant)
            users.append(user)
    return users


def sign_in(fake: FakeSumvin, api: Api, tenant: str) -> None:
    """A CLI sign-in approved by ``api``'s user and exchanged, one denied, and the token issued revoked."""
    with httpx.Client(transport=fake.transport(), base_url=BASE, headers=api.headers) as http:
        codes = [http.post("/v0/cli/device-codes", json={"client_name": "tests"}).json() for _ in range(2)]
        approved, denied = codes
        http.get(f"/v0/cli/device-codes/{approved['device_code']}")
        approval = {"user_code": approved["user_code"]}
        http.post(f"/v0/cli/device-codes/{approved['device_code']}/approval", json=approval)
        http.delete(f"/v0/cli/device-codes/{denied['device_code']}/approval")
        http.post("/v0/cli/personal-access-tokens", json={"device_code": approved["device_code"]})
        tokens = http.get("/v0/cli/personal-access-tokens").json()["data"]
        http.delete(f"/v0/cli/personal-access-tokens/{tokens[-1]['id']}")


#: The path parameters naming a record, and the kind of record each names.
ID_KINDS = {
    "wallet_id": "wallets",
    "transaction_id": "transactions",
    "card_id": "cards",
    "account_id": "accounts",
    "budget_id": "budgets",
    "ipa_id": "intents",
    "pint_id": "pints",
}


def sample_request(fake: FakeSumvin, operation_id: str, user: User) -> dict[str, Any]:
    """A request to ``operation_id`` from the contract's samples, naming the user's own records by id."""
    operation = fake.contract.operations[operation_id]
    path, params = operation.path, {}
    for parameter in operation.parameters:
        if parameter.location == "path":
            mine = user.resources.get(ID_KINDS.get(parameter.name, ""), {})
            value = next(reversed(mine), None)
            value = value if value is not None else SAMPLER.value(parameter.schema)
            path = path.replace("{" + parameter.name + "}", quote(str(value), safe=""))
        elif parameter.location == "query" and parameter.required:
            params[parameter.name] = WALLET if parameter.name == "wallet" else SAMPLER.value(parameter.schema)
    json = operation.body_media == "application/json" and operation.body_schema is not None
    body = SAMPLER.value(operation.body_schema or {}) if json else None
    return {"method": operation.method, "path": path, "params": params, "json": body}


def test_every_enum_typed_value_the_handlers_and_seeds_emit_is_in_the_contracts_enum(fake: FakeSumvin) -> None:
    """Every answer the fake sent (each of its stateful handlers moving users in every KYC status through their
    records, then every operation called for each of them) and every record seeded, walked through the schemas
    down to each enum-typed member: each value is one the contract's enum (or its listed values) allows."""
    users = populated(fake)
    for user in users:
        api = Api(fake, user.sub, user.tenant)
        for operation_id in fake.contract.operations:
            request = sample_request(fake, operation_id, user)
            api(request.pop("method"), request.pop("path"), **request)
    outside, checked, answered = [], 0, set()
    for call in fake.calls():
        assert call.response is not None
        if call.response.is_success:
            answered.add(call.operation_id)
        documented = call.operation.answers.get(call.response.status_code)
        if documented is None or documented.media_type != "application/json" or not call.response.content:
            continue
        for where, value, allowed in enum_values(documented.schema, call.response.json()):
            checked += 1
            if value not in allowed:
                outside.append(f"{call.operation_id} {call.response.status_code} {where}: {value!r} not in {allowed}")
    for user in users:
        for kind, schema in {"wallets": "WalletData", "transactions": "TransactionData", "cards": "CardData"}.items():
            for seeded in user.collection(kind).values():
                for where, value, allowed in enum_values({"$ref": schema}, seeded, f"{kind}:{seeded['id']}"):
                    checked += 1
                    if value not in allowed:
                        outside.append(f"seeded {where}: {value!r} not in {allowed}")
    assert outside == [], f"{len(outside)} of {checked}: {outside[:8]}"
    assert checked > 2000
    assert set(fake._handlers) - answered == set(), "stateful handlers never walked with a success"
    record("fake state", {"enum-typed values checked": checked, "stateful handlers walked": len(fake._handlers)})


@pytest.mark.parametrize(("schema", "member"), sorted(LISTED), ids="{0[0]}.{0[1]}".format)
def test_an_answer_with_a_value_the_contract_never_names_is_caught(schema: str, member: str) -> None:
    """The check every fake answer goes through above reports a value outside those named, in every member the
    contract names values for in words (``pending`` for the phone verification's status, before the fix)."""
    found = {where: (value, allowed) for where, value, allowed in enum_values({"$ref": schema}, {member: "pending!"})}
    assert found[f"$.{member}"] == ("pending!", list(LISTED[schema, member]))
