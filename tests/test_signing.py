"""PINT typed data, signers, the mint and the errand decision: digests against eth-account, ends to end."""

from __future__ import annotations

import asyncio
import datetime
import json
import re
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from eth_account import Account
from eth_account.messages import encode_typed_data
from eth_utils.crypto import keccak

from sumvin_sdk import AsyncSumvin, Sumvin
from sumvin_sdk.errors import AuthenticationError, ConflictError, PermissionDeniedError
from sumvin_sdk.signing import (
    DOMAIN_NAME,
    DOMAIN_VERSION,
    PURCHASE_INTENT_FIELDS,
    ZERO_ADDRESS,
    ForeignPayloadError,
    NoApprovalPayloadError,
    PurchaseIntentError,
    SignatureFormatError,
    SignerError,
    SigningCancelledError,
    SigningDependencyError,
    SyncAwaitableError,
    TypedDataError,
    adecide_errand,
    amint_pint,
    amint_pint_as_agent,
    decide_errand,
    mint_pint,
    mint_pint_as_agent,
    purchase_intent_typed_data,
    recover_signer,
    typed_data_digest,
)
from sumvin_sdk.testing import FakeSumvin
from sumvin_sdk.testing._ceremonies import Ceremonies

SAFE = "0x1111111111111111111111111111111111111111"
OWNER = Account.from_key("0x" + "11" * 32)
STRANGER = Account.from_key("0x" + "22" * 32)
EXPIRES = datetime.datetime(2027, 1, 1, tzinfo=datetime.UTC)
SCOPES = ["sr:us:pint:spend:visa_checkout?max=450.00&currency=USD"]

# sdk-ts's typehash figures (src/signing/typehash.test.ts), pinned there from the API's own constants.
PURCHASE_INTENT_TYPEHASH = "4425ea8354e100bfb443d54387ed8fa37732834de388d2393d99e0dbe52d9b8b"
DOMAIN_TYPEHASH = "8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f"
PURCHASE_INTENT_ENCODING = (
    "PurchaseIntent(address wallet,uint256 nonce,string statement,string[] scopes,string[] resources,"
    "string[] conditions,uint256 maxAmount,address maxAmountToken,uint256 expiresAt)"
)

#: Fixed inputs and the EIP-712 digest of each, computed once with eth-account and committed.
VECTORS: list[tuple[dict[str, Any], str]] = [
    (
        {
            "wallet": SAFE,
            "nonce": 7,
            "statement": "Approve purchase of flight SFO-JFK, up to $450.00",
            "scopes": ["sr:us:pint:card:checkout"],
            "resources": ["sr:us:person:safe:" + SAFE],
            "conditions": ["price < 45000", "availability = confirmed", "price < 45000"],
            "max_amount": 45000,
            "max_amount_token": ZERO_ADDRESS,
            "expires_at": datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC),
            "chain_id": 1329,
        },
        "0a693fae85f66f52ff05796b93d32f4843d3495d5017fe5f410ab4a7dccf7e78",
    ),
    (
        {
            "wallet": "0x00000000000000000000000000000000DeaDBeef",
            "nonce": 0,
            "statement": "",
            "scopes": SCOPES,
            "resources": [],
            "max_amount": 0,
            "max_amount_token": ZERO_ADDRESS,
            "expires_at": datetime.datetime(2026, 12, 1, 10, 30, 0, 123456, tzinfo=datetime.UTC),
            "chain_id": 1,
        },
        "f532ecd985e1673c18fc6749ecbb0c6b2f4e82350bc9960c54195a9653ad93bb",
    ),
    (
        {
            "wallet": SAFE,
            "nonce": 2**256 - 1,
            "statement": "Café ☕ — 日本",
            "scopes": ["sr:us:pint:spend:x?max=0.5&asset=USDC@sei", "sr:us:pint:errand:search?time=2592000"],
            "resources": ["sr:us:pint:abc", "sr:us:errand:42"],
            "conditions": [""],
            "max_amount": str(2**256 - 1),
            "max_amount_token": "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48",
            "expires_at": datetime.datetime(2030, 6, 15, tzinfo=datetime.timezone(datetime.timedelta(hours=-7))),
            "chain_id": 8453,
        },
        "db35ade39c0f8f0eb4b3d654e60bc7277d4dfda1e4286cea0cb8448c72410bb2",
    ),
]


def eth_account_digest(typed_data: dict[str, Any]) -> str:
    """The digest as eth-account computes it from ``encode_typed_data(full_message=...)``."""
    signable = encode_typed_data(full_message=typed_data)
    return keccak(b"\x19" + signable.version + signable.header + signable.body).hex()


def test_the_purchase_intent_type_hash_is_the_apis() -> None:
    encoding = "PurchaseIntent(" + ",".join(f"{kind} {name}" for name, kind in PURCHASE_INTENT_FIELDS) + ")"
    assert encoding == PURCHASE_INTENT_ENCODING
    assert keccak(text=encoding).hex() == PURCHASE_INTENT_TYPEHASH


def test_the_domain_type_hash_and_values_are_the_apis() -> None:
    typed = purchase_intent_typed_data(**VECTORS[0][0])
    domain_fields = typed["types"]["EIP712Domain"]
    assert [field["name"] for field in domain_fields] == list(typed["domain"])
    encoding = "EIP712Domain(" + ",".join(f"{f['type']} {f['name']}" for f in domain_fields) + ")"
    assert keccak(text=encoding).hex() == DOMAIN_TYPEHASH
    assert (DOMAIN_NAME, DOMAIN_VERSION) == ("Sumvin Purchase Intent", "3")
    assert typed["domain"] == {"name": DOMAIN_NAME, "version": "3", "chainId": 1329, "verifyingContract": SAFE}


@pytest.mark.parametrize(("arguments", "digest"), VECTORS, ids=["errand-fixture", "fiat-zero", "extremes"])
def test_typed_data_digests_match_eth_account_and_the_committed_figures(arguments: dict[str, Any], digest: str) -> None:
    typed = purchase_intent_typed_data(**arguments)
    assert eth_account_digest(typed) == digest
    assert typed_data_digest(typed).hex() == digest
    assert json.loads(json.dumps(typed)) == typed  # JSON-ready, integers exact


def test_the_message_holds_the_fields_in_the_apis_order_and_milliseconds() -> None:
    arguments = VECTORS[1][0]
    typed = purchase_intent_typed_data(**arguments)
    assert list(typed["message"]) == [name for name, _ in PURCHASE_INTENT_FIELDS]
    assert typed["message"]["expiresAt"] == 1_796_121_000_123
    assert typed["message"]["conditions"] == []  # always sent
    assert typed["domain"]["verifyingContract"] == arguments["wallet"]


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        ({"expires_at": datetime.datetime(2027, 1, 1)}, "naive"),
        ({"expires_at": datetime.datetime.fromtimestamp(1_735_689_600 / 1000, datetime.UTC)}, "seconds"),
        ({"expires_at": 1_735_689_600_000}, "aware datetime"),
        ({"wallet": "0x1234"}, "wallet"),
        ({"wallet": SAFE + " "}, "wallet"),
        ({"max_amount_token": "USDC"}, "max_amount_token"),
        ({"max_amount": "1.5"}, "max_amount"),
        ({"max_amount": -1}, "max_amount"),
        ({"max_amount": "٤٥"}, "max_amount"),
        ({"max_amount": 2**256}, "max_amount"),
        ({"max_amount": True}, "max_amount"),
        ({"nonce": True}, "nonce"),
        ({"chain_id": 0}, "chain_id"),
        ({"chain_id": "1329"}, "chain_id"),
        ({"scopes": "sr:us:pint:card:checkout"}, "scopes"),
        ({"scopes": []}, "scopes"),
        ({"resources": [1]}, "resources"),
        ({"conditions": None}, "conditions"),
        ({"statement": None}, "statement"),
    ],
)
def test_arguments_that_cannot_make_an_intent_are_refused(change: dict[str, Any], needle: str) -> None:
    with pytest.raises(PurchaseIntentError, match=needle):
        purchase_intent_typed_data(**{**VECTORS[0][0], **change})


class NoOffset(datetime.tzinfo):
    """A time zone that gives no UTC offset: a datetime carrying it is naive in all but name."""

    def utcoffset(self, dt: datetime.datetime | None) -> None:
        return None

    def dst(self, dt: datetime.datetime | None) -> None:
        return None

    def tzname(self, dt: datetime.datetime | None) -> None:
        return None


NAIVE = "expires_at is a naive datetime: give it a timezone (e.g. datetime.UTC)"
NOT_BASE_UNITS = "max_amount (an int or an all-digit string of base units) must be an int from 0 to 2**256 - 1"
MESSAGES: list[tuple[dict[str, Any], str]] = [
    ({"expires_at": datetime.datetime(2027, 1, 1)}, NAIVE),
    ({"expires_at": datetime.datetime(2027, 1, 1, tzinfo=NoOffset())}, NAIVE),
    (
        {"expires_at": 1_735_689_600_000},
        "expires_at must be an aware datetime, not int; "
        "for an epoch value use datetime.datetime.fromtimestamp(seconds, datetime.UTC)",
    ),
    (
        {"expires_at": datetime.datetime(1973, 3, 3, 9, 46, 39, 999000, tzinfo=datetime.UTC)},
        "expires_at 1973-03-03T09:46:39.999000+00:00 reads as an epoch in seconds taken for milliseconds; "
        "it would be born expired",
    ),
    ({"wallet": "0x1234"}, "wallet must be an address: 0x and 40 hex digits"),
    ({"max_amount_token": "USDC"}, "max_amount_token must be an address: 0x and 40 hex digits"),
    ({"max_amount": "1.5"}, NOT_BASE_UNITS),
    ({"max_amount": "0" * 78 + "1"}, NOT_BASE_UNITS),  # 79 digits, more than any uint256 has: never read
    ({"nonce": True}, "nonce must be an int from 0 to 2**256 - 1"),
    ({"chain_id": 0}, "chain_id must be an int from 1 to 2**256 - 1"),
    ({"scopes": "sr:us:pint:card:checkout"}, "scopes must be a list of strings, not str"),
    ({"scopes": []}, "scopes must name at least one scope"),
    ({"resources": [1]}, "resources must hold only strings"),
    ({"conditions": None}, "conditions must be a list of strings, not NoneType"),
    ({"statement": None}, "statement must be a string"),
]


@pytest.mark.parametrize(
    ("change", "message"), MESSAGES, ids=[f"{next(iter(c))}{n}" for n, (c, _) in enumerate(MESSAGES)]
)
def test_a_refused_argument_is_named_and_the_message_says_what_it_must_be(change: dict[str, Any], message: str) -> None:
    with pytest.raises(PurchaseIntentError) as caught:
        purchase_intent_typed_data(**{**VECTORS[0][0], **change})
    assert str(caught.value) == message


def test_the_earliest_expiry_taken_is_march_1973_in_milliseconds() -> None:
    earliest = datetime.datetime(1973, 3, 3, 9, 46, 40, tzinfo=datetime.UTC)
    typed = purchase_intent_typed_data(**{**VECTORS[0][0], "expires_at": earliest})
    assert typed["message"]["expiresAt"] == 10**11


def test_max_amount_as_a_string_of_78_digits_is_read_even_zero_padded() -> None:
    typed = purchase_intent_typed_data(**{**VECTORS[0][0], "max_amount": "0" * 77 + "1"})
    assert typed["message"]["maxAmount"] == 1


def test_chain_id_has_no_default() -> None:
    arguments = dict(VECTORS[0][0])
    del arguments["chain_id"]
    with pytest.raises(TypeError, match="chain_id"):
        purchase_intent_typed_data(**arguments)


class Api:
    """The fake API with the ceremonies plugged in, signed in as one user, counting requests by path."""

    def __init__(self) -> None:
        self.fake = FakeSumvin(clock=lambda: 1_790_000_000.0)
        self.ceremonies = Ceremonies(self.fake, chain_id=1329)
        self.ceremonies.add_wallet(SAFE, OWNER.address)
        self.jwt = self.fake.jwt("ada")

    @property
    def requests(self) -> list[httpx.Request]:
        return self.fake.requests

    def client(self) -> Sumvin:
        return Sumvin(jwt=self.jwt, transport=self.fake.transport())

    def async_client(self) -> AsyncSumvin:
        return AsyncSumvin(jwt=self.jwt, transport=self.fake.transport())

    def paths(self) -> list[str]:
        return [f"{r.method} {r.url.path}" for r in self.requests]


MINT: dict[str, Any] = {
    "wallet": SAFE,
    "chain_id": 1329,
    "statement": "Book a flight up to $450",
    "scopes": SCOPES,
    "resources": [],
    "max_amount": 0,
    "max_amount_token": ZERO_ADDRESS,
    "expires_at": EXPIRES,
}


def plain_signer(typed_data: dict[str, Any]) -> bytes:
    """A signer as a KMS would be: a plain callable returning raw bytes."""
    return bytes(OWNER.sign_typed_data(full_message=typed_data).signature)


def test_mint_pint_with_a_local_account_is_recovered_by_the_fake() -> None:
    api = Api()
    minted = mint_pint(api.client(), signer=OWNER, **MINT)
    assert minted.sig.startswith("pint.")
    assert api.paths() == ["GET /v0/pint/nonce", "POST /v0/pint/exchange"]
    sent = json.loads(api.requests[1].content)
    assert sent["pint"]["conditions"] == [] and sent["pint"]["max_amount"] == "0"
    assert sent["pint"]["expires_at"] == 1_798_761_600_000
    typed = purchase_intent_typed_data(**{**MINT, "nonce": 1})
    assert recover_signer(typed, sent["signature"]) == OWNER.address
    assert api.fake.errors == []  # answered by the ceremonies' handlers, after the fake's auth and validation


def test_a_callable_signer_that_also_has_sign_typed_data_is_called() -> None:
    class Both:
        def __call__(self, typed_data: dict[str, Any]) -> bytes:
            return plain_signer(typed_data)

        def sign_typed_data(self, *, full_message: dict[str, Any]) -> Any:
            raise AssertionError("a callable signer is called, its method left alone")

    api = Api()
    mint_pint(api.client(), signer=Both(), **MINT)
    signed = plain_signer(purchase_intent_typed_data(**{**MINT, "nonce": 1}))
    assert api.ceremonies.minted[0]["signature"] == "0x" + signed.hex()


def test_a_signature_that_recovers_no_key_is_a_signature_format_error() -> None:
    typed = purchase_intent_typed_data(**{**MINT, "nonce": 1})
    with pytest.raises(SignatureFormatError, match=r"^the signature recovers no key: "):
        recover_signer(typed, "0x" + "00" * 65)


def test_mint_pint_with_a_plain_callable_returning_bytes() -> None:
    api = Api()
    mint_pint(api.client(), signer=plain_signer, **MINT)
    assert (
        api.ceremonies.minted[0]["signature"]
        == "0x" + plain_signer(purchase_intent_typed_data(**{**MINT, "nonce": 1})).hex()
    )


def test_a_nonce_race_reruns_the_whole_cycle_once() -> None:
    api = Api()
    api.ceremonies.race_nonce(SAFE)
    seen: list[int] = []

    def signer(typed_data: dict[str, Any]) -> str:
        seen.append(typed_data["message"]["nonce"])
        return str(OWNER.sign_typed_data(full_message=typed_data).signature.to_0x_hex())

    mint_pint(api.client(), signer=signer, **MINT)
    assert api.paths() == ["GET /v0/pint/nonce", "POST /v0/pint/exchange"] * 2
    assert seen == [1, 2]  # signed again over the fresh nonce


def test_a_second_race_is_raised_and_race_retries_is_configurable() -> None:
    api = Api()
    api.ceremonies.race_nonce(SAFE, times=2)
    with pytest.raises(ConflictError):
        mint_pint(api.client(), signer=OWNER, **MINT)
    assert len(api.requests) == 4
    api.ceremonies.race_nonce(SAFE, times=2)
    mint_pint(api.client(), signer=OWNER, race_retries=2, **MINT)
    api.ceremonies.race_nonce(SAFE)
    with pytest.raises(ConflictError):
        mint_pint(api.client(), signer=OWNER, race_retries=0, **MINT)


def test_a_signature_from_another_key_is_refused() -> None:
    api = Api()
    with pytest.raises(AuthenticationError) as caught:
        mint_pint(api.client(), signer=STRANGER, **MINT)
    assert caught.value.error_code == "PINT-401-003"
    assert api.ceremonies.minted == []


def test_a_signature_over_another_domain_is_refused() -> None:
    api = Api()
    with pytest.raises(AuthenticationError, match="not from a key"):
        mint_pint(api.client(), signer=OWNER, **{**MINT, "chain_id": 1})


def test_a_wallet_the_caller_does_not_own_is_the_apis_403() -> None:
    api = Api()
    with pytest.raises(PermissionDeniedError):
        mint_pint(api.client(), signer=OWNER, **{**MINT, "wallet": "0x" + "33" * 20})


@pytest.mark.parametrize(
    ("answer", "says"),
    [
        (b"\x00" * 64, "a signature is 65 bytes; the signer returned 64"),
        ("0x" + "ab" * 64, "a signature is 0x and 130 hex digits (65 bytes); the signer returned 130 characters"),
        ("ab" * 65, "the signer returned 130 characters"),
        (42, "a signature is bytes or a 0x-hex string; the signer returned int"),
        (None, "the signer returned NoneType"),
    ],
    ids=["64 bytes", "64 bytes in hex", "hex without 0x", "an int", "None"],
)
def test_a_signer_answer_that_is_no_signature_is_refused_unsent_saying_what_came(answer: object, says: str) -> None:
    api = Api()
    with pytest.raises(SignatureFormatError, match=re.escape(says)):
        mint_pint(api.client(), signer=lambda _: answer, **MINT)  # type: ignore[arg-type,return-value]
    assert api.paths() == ["GET /v0/pint/nonce"]


def test_a_failing_signer_is_a_signer_error_and_nothing_more_is_sent() -> None:
    api = Api()

    def declined(_: dict[str, Any]) -> str:
        raise RuntimeError("the user declined on the device")

    with pytest.raises(SignerError, match="declined") as caught:
        mint_pint(api.client(), signer=declined, **MINT)
    assert isinstance(caught.value.__cause__, RuntimeError)
    assert api.paths() == ["GET /v0/pint/nonce"]


def test_bad_arguments_are_refused_before_any_request() -> None:
    api = Api()
    with pytest.raises(PurchaseIntentError):
        mint_pint(api.client(), signer=OWNER, **{**MINT, "expires_at": datetime.datetime(2027, 1, 1)})
    with pytest.raises(PurchaseIntentError):
        mint_pint(api.client(), signer=OWNER, **{**MINT, "chain_id": -1})
    with pytest.raises(TypeError, match="or an account with sign_typed_data; got object"):
        mint_pint(api.client(), signer=object(), **MINT)  # type: ignore[arg-type]
    assert api.requests == []


def test_amint_pint_takes_an_awaitable_signer() -> None:
    api = Api()

    async def remote(typed_data: dict[str, Any]) -> str:
        await asyncio.sleep(0)
        return str(OWNER.sign_typed_data(full_message=typed_data).signature.to_0x_hex())

    async def main() -> None:
        async with api.async_client() as client:
            await amint_pint(client, signer=remote, **MINT)
            await amint_pint(client, signer=OWNER, **MINT)

    asyncio.run(main())
    assert len(api.ceremonies.minted) == 2


def test_the_sync_mint_refuses_an_async_signer() -> None:
    api = Api()

    async def remote(typed_data: dict[str, Any]) -> str:
        return "0x"

    with pytest.raises(SyncAwaitableError, match="a-prefixed"):
        mint_pint(api.client(), signer=remote, **MINT)  # type: ignore[arg-type]
    assert api.paths() == ["GET /v0/pint/nonce"]


def test_the_agent_mint_sends_no_signature_and_takes_no_signer() -> None:
    api = Api()
    agent_args: dict[str, Any] = {k: v for k, v in MINT.items() if k != "chain_id"}
    mint_pint_as_agent(api.client(), **agent_args)
    exchange = api.requests[1]
    assert exchange.url.params["agent"] == "true"
    assert "signature" not in json.loads(exchange.content)
    with pytest.raises(TypeError):
        mint_pint_as_agent(api.client(), signer=OWNER, **agent_args)  # type: ignore[call-arg]

    async def main() -> None:
        async with api.async_client() as client:
            await amint_pint_as_agent(client, **agent_args)

    asyncio.run(main())
    assert [m["agent"] for m in api.ceremonies.minted] == [True, True]


def test_approving_an_errand_signs_its_prepared_payload() -> None:
    api = Api()
    errand = api.ceremonies.add_errand(SAFE)
    decided = decide_errand(api.client(), errand.id, decision="approved", signer=OWNER)
    assert str(decided.intent.status) == "approved"
    assert api.paths() == [f"GET /v0/user/ipa/{errand.id}", f"PUT /v0/user/ipa/{errand.id}/decision"]
    assert api.requests[0].url.params["expand"] == "mandate"


def test_an_approval_signed_by_another_key_is_refused() -> None:
    api = Api()
    errand = api.ceremonies.add_errand(SAFE)
    with pytest.raises(AuthenticationError):
        decide_errand(api.client(), errand.id, decision="approved", signer=STRANGER)
    assert errand.status == "pending_approval"


def test_declining_signs_nothing_and_reads_nothing() -> None:
    api = Api()
    errand = api.ceremonies.add_errand(SAFE)
    decide_errand(api.client(), errand.id, decision="rejected")
    assert api.paths() == [f"PUT /v0/user/ipa/{errand.id}/decision"]
    assert json.loads(api.requests[0].content) == {"decision": "rejected"}


def test_decisions_that_cannot_be_made_are_refused_unsent() -> None:
    api = Api()
    client = api.client()
    with pytest.raises(TypeError, match="needs a signer"):
        decide_errand(client, "ipa_1", decision="approved")
    with pytest.raises(TypeError, match="no signature"):
        decide_errand(client, "ipa_1", decision="rejected", signer=OWNER)
    with pytest.raises(ValueError, match="decision"):
        decide_errand(client, "ipa_1", decision="maybe")  # type: ignore[arg-type]
    for hostile in ("", "..", "a/b", "ipa?x=1", "x" * 201, "ipa 1", "ipa\n"):
        with pytest.raises(ValueError, match="ipa_id"):
            decide_errand(client, hostile, decision="rejected")
    assert api.requests == []


def test_an_errand_without_a_payload_says_so() -> None:
    api = Api()
    errand = api.ceremonies.add_errand(SAFE)
    errand.status = "searching"
    with pytest.raises(NoApprovalPayloadError):
        decide_errand(api.client(), errand.id, decision="approved", signer=OWNER)
    assert api.paths() == [f"GET /v0/user/ipa/{errand.id}"]


def test_adecide_errand_with_an_awaitable_signer() -> None:
    api = Api()
    errand = api.ceremonies.add_errand(SAFE)

    async def remote(typed_data: dict[str, Any]) -> bytes:
        return bytes(OWNER.sign_typed_data(full_message=typed_data).signature)

    async def main() -> None:
        async with api.async_client() as client:
            await adecide_errand(client, errand.id, decision="approved", signer=remote)

    asyncio.run(main())
    assert errand.status == "approved"


def test_without_eth_account_callable_signers_work_and_recovery_says_what_to_install() -> None:
    script = """
import sys
sys.modules["eth_account"] = None  # as if it were not installed
import datetime
from sumvin_sdk.signing import purchase_intent_typed_data, recover_signer, SigningDependencyError, ZERO_ADDRESS
typed = purchase_intent_typed_data(wallet="0x" + "11" * 20, nonce=1, statement="", scopes=["sr:us:pint:a:b"],
    resources=[], max_amount=0, max_amount_token=ZERO_ADDRESS, chain_id=1,
    expires_at=datetime.datetime(2027, 1, 1, tzinfo=datetime.UTC))
try:
    recover_signer(typed, "0x" + "00" * 65)
except SigningDependencyError as error:
    assert isinstance(error, ImportError)
    print(error)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert "pip install '.[signing]' from a checkout" in done.stdout


def test_the_signing_dependency_error_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "eth_account", None)
    says = r"^this needs eth-account, which is not installed: pip install '\.\[signing\]' from a checkout of sumvin-sdk"
    with pytest.raises(SigningDependencyError, match=says + r", or the wheel's path with \[signing\]$"):
        typed_data_digest(purchase_intent_typed_data(**VECTORS[0][0]))


def test_ctrl_c_at_the_signer_cancels_and_nothing_more_is_sent() -> None:
    api = Api()

    def interrupted(_: dict[str, Any]) -> str:
        raise KeyboardInterrupt

    with pytest.raises(SigningCancelledError) as caught:
        mint_pint(api.client(), signer=interrupted, **MINT)
    assert isinstance(caught.value, KeyboardInterrupt)
    assert api.paths() == ["GET /v0/pint/nonce"]


def test_a_cancelled_task_stops_the_async_mint_at_the_signer() -> None:
    api = Api()
    signing = asyncio.Event()

    async def slow(_: dict[str, Any]) -> str:
        signing.set()
        await asyncio.Event().wait()
        return "0x"

    async def main() -> None:
        async with api.async_client() as client:
            task = asyncio.ensure_future(amint_pint(client, signer=slow, **MINT))
            await signing.wait()
            task.cancel()
            with pytest.raises(SigningCancelledError):
                await task

    asyncio.run(main())
    assert api.paths() == ["GET /v0/pint/nonce"]


def renamed_struct(payload: dict[str, Any]) -> None:
    """The same struct under another name: typed data that is well formed, but no purchase intent."""
    payload["types"]["Mail"] = payload["types"].pop("PurchaseIntent")
    payload["primaryType"] = "Mail"


@pytest.mark.parametrize(
    "tamper",
    [
        lambda p: p["domain"].update(name="Permit2"),
        lambda p: p["domain"].update(version="2"),
        lambda p: p["domain"].update(verifyingContract="0x" + "44" * 20),
        lambda p: p.update(primaryType="Permit"),
        lambda p: p["types"]["PurchaseIntent"].reverse(),
        lambda p: p["types"]["PurchaseIntent"].pop(),
        lambda p: p["message"].update(wallet=7),
        renamed_struct,
    ],
)
def test_a_payload_that_is_not_a_sumvin_purchase_intent_is_never_signed(tamper: Any) -> None:
    api = Api()
    errand = api.ceremonies.add_errand(SAFE)
    tamper(errand.payload)
    asked: list[object] = []

    def signer(typed_data: dict[str, Any]) -> str:
        asked.append(typed_data)
        return "0x"

    with pytest.raises((ForeignPayloadError, TypedDataError)):
        decide_errand(api.client(), errand.id, decision="approved", signer=signer)
    assert asked == [] and api.paths() == [f"GET /v0/user/ipa/{errand.id}"]


def interrupted(client_class: Callable[..., Any]) -> Any:
    """A client of ``client_class`` whose every request is interrupted by Ctrl-C."""

    def handler(request: httpx.Request) -> httpx.Response:
        raise KeyboardInterrupt

    return client_class(jwt="a.b.c", transport=httpx.MockTransport(handler))


AGENT_MINT: dict[str, Any] = {k: v for k, v in MINT.items() if k != "chain_id"}


@pytest.mark.parametrize(
    "ceremony",
    [
        lambda client: mint_pint(client, signer=OWNER, **MINT),
        lambda client: mint_pint_as_agent(client, **AGENT_MINT),
        lambda client: decide_errand(client, "ipa_1", decision="rejected"),
    ],
    ids=["mint_pint", "mint_pint_as_agent", "decide_errand"],
)
def test_ctrl_c_during_a_request_is_the_ceremonys_cancellation(ceremony: Any) -> None:
    with pytest.raises(SigningCancelledError) as caught:
        ceremony(interrupted(Sumvin))
    assert str(caught.value) == "signing ceremony cancelled" and isinstance(caught.value, KeyboardInterrupt)


@pytest.mark.parametrize(
    "ceremony",
    [
        lambda client: amint_pint(client, signer=OWNER, **MINT),
        lambda client: amint_pint_as_agent(client, **AGENT_MINT),
        lambda client: adecide_errand(client, "ipa_1", decision="rejected"),
    ],
    ids=["amint_pint", "amint_pint_as_agent", "adecide_errand"],
)
def test_ctrl_c_during_an_async_request_is_the_ceremonys_cancellation(ceremony: Any) -> None:
    async def main() -> SigningCancelledError:
        async with interrupted(AsyncSumvin) as client:
            with pytest.raises(SigningCancelledError) as caught:
                await ceremony(client)
        return caught.value

    cancelled = asyncio.run(main())
    assert str(cancelled) == "signing ceremony cancelled" and isinstance(cancelled, asyncio.CancelledError)


def test_every_mint_reruns_one_nonce_race_by_default_and_raises_the_second() -> None:
    api = Api()
    api.ceremonies.race_nonce(SAFE, times=2)
    with pytest.raises(ConflictError):
        mint_pint_as_agent(api.client(), **AGENT_MINT)

    async def main() -> None:
        async with api.async_client() as client:
            api.ceremonies.race_nonce(SAFE, times=2)
            with pytest.raises(ConflictError):
                await amint_pint(client, signer=OWNER, **MINT)
            api.ceremonies.race_nonce(SAFE, times=2)
            with pytest.raises(ConflictError):
                await amint_pint_as_agent(client, **AGENT_MINT)

    asyncio.run(main())
    assert [r.url.path for r in api.requests].count("/v0/pint/exchange") == 3 * 2
    assert api.ceremonies.minted == []


@pytest.mark.parametrize("retries", [-1, 11, True, "1", 1.0])
def test_race_retries_is_an_int_from_0_to_10(retries: Any) -> None:
    api = Api()
    with pytest.raises(ValueError, match=r"^race_retries must be an int from 0 to 10$"):
        mint_pint(api.client(), signer=OWNER, race_retries=retries, **MINT)
    assert api.requests == []


def test_ten_nonce_races_are_rerun_when_race_retries_is_10() -> None:
    api = Api()
    api.ceremonies.race_nonce(SAFE, times=10)
    mint_pint(api.client(), signer=OWNER, race_retries=10, **MINT)
    assert [r.url.path for r in api.requests].count("/v0/pint/exchange") == 11 and len(api.ceremonies.minted) == 1


def test_the_optional_members_given_go_with_the_exchange() -> None:
    api = Api()
    optional: dict[str, Any] = {"audience": "merchant-1", "source_chat_message_id": 7, "parent_pint_uri": "pint:parent"}
    mint_pint(api.client(), signer=OWNER, **optional, **MINT)
    sent = json.loads(api.requests[-1].content)
    assert {name: sent.get(name) for name in optional} == optional


def test_a_conditional_decision_signs_nothing_and_is_sent_as_it_is() -> None:
    api = Api()
    errand = api.ceremonies.add_errand(SAFE)
    decide_errand(api.client(), errand.id, decision="conditional")
    assert api.paths() == [f"PUT /v0/user/ipa/{errand.id}/decision"]
    assert json.loads(api.requests[0].content) == {"decision": "conditional"}


@pytest.mark.parametrize("ipa_id", [".", ".."])
def test_a_dot_segment_is_no_errand_id(ipa_id: str) -> None:
    api = Api()
    with pytest.raises(ValueError, match=r"^ipa_id must be 1 to 200 letters, digits or _\.:-$"):
        decide_errand(api.client(), ipa_id, decision="rejected")
    assert api.requests == []


def test_an_errand_without_a_payload_names_itself_in_the_error() -> None:
    api = Api()
    errand = api.ceremonies.add_errand(SAFE)
    errand.status = "searching"
    with pytest.raises(NoApprovalPayloadError) as caught:
        decide_errand(api.client(), errand.id, decision="approved", signer=OWNER)
    assert str(caught.value) == f"errand {errand.id} has no approval payload: it is not awaiting a signature"


@pytest.mark.parametrize("body", [["not", "an", "errand"], {"intent": "not an object"}, {"intent": None}])
def test_an_errand_answer_of_another_shape_has_no_payload(body: object) -> None:
    api = Api()
    api.fake.reply("getIpa", 200, body)
    with pytest.raises(NoApprovalPayloadError):
        decide_errand(api.client(), "ipa_1", decision="approved", signer=OWNER)
    assert api.paths() == ["GET /v0/user/ipa/ipa_1"]


@pytest.mark.parametrize("wallet", ["", "None", SAFE])
@pytest.mark.parametrize("contract", [None, ""])
def test_a_payload_naming_no_verifying_contract_is_never_signed(wallet: str, contract: str | None) -> None:
    api = Api()
    errand = api.ceremonies.add_errand(SAFE)
    errand.payload["message"]["wallet"] = wallet
    del errand.payload["domain"]["verifyingContract"]
    if contract is not None:
        errand.payload["domain"]["verifyingContract"] = contract
    else:
        errand.payload["types"]["EIP712Domain"].pop()  # the domain type without it too
    asked: list[object] = []

    def signer(typed_data: dict[str, Any]) -> str:
        asked.append(typed_data)
        return "0x" + "00" * 65

    with pytest.raises(ForeignPayloadError):
        decide_errand(api.client(), errand.id, decision="approved", signer=signer)
    assert asked == [] and api.paths() == [f"GET /v0/user/ipa/{errand.id}"]


def test_a_foreign_payload_is_refused_naming_the_errand() -> None:
    api = Api()
    errand = api.ceremonies.add_errand(SAFE)
    errand.payload["domain"]["name"] = "Permit2"
    with pytest.raises(ForeignPayloadError) as caught:
        decide_errand(api.client(), errand.id, decision="approved", signer=OWNER)
    assert str(caught.value) == (
        f"errand {errand.id}'s payload is not a Sumvin purchase intent over its own wallet; refusing to sign it"
    )
