"""The fake's side of the ceremonies: PINTs and errands with real signature checks, and server-side progress.

``Ceremonies(fake)`` registers stateful handlers on a ``FakeSumvin`` (they run after its auth and
validation): ``getNonce`` and ``exchangePint`` recover the signer from the signature with eth-account
(``sumvin-sdk[signing]``) and refuse a wrong signer, a wrong domain or a stale nonce as the API does;
``getIpa`` and ``approveIpa`` serve the errands it prepared; ``getOnboardingSteps`` and
``getUserOperationStatus`` follow the states it was scripted with, on the fake's clock. ``script_kyc`` scripts
the fake's own KYC state (``fake.seed.kyc``), which the fake's KYC handlers answer from. Errands, onboarding
and UserOperations it was not told about are left to the fake's own handlers.
"""

from __future__ import annotations

import datetime
import secrets
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from sumvin_sdk._generated.types import parse_timestamp
from sumvin_sdk.signing import (
    ZERO_ADDRESS,
    SignatureFormatError,
    SigningDependencyError,
    coerce_typed_data_integers,
    purchase_intent_typed_data,
    recover_signer,
)
from sumvin_sdk.testing._call import Call, Handler, problem
from sumvin_sdk.testing._handlers import HANDLERS, intents, pints

if TYPE_CHECKING:
    from sumvin_sdk.testing._fake import FakeSumvin

JSON = dict[str, Any]


@attrs.define
class Wallet:
    """A wallet the fake knows: the keys allowed to sign for it, and its next PINT nonce."""

    address: str
    signers: set[str]
    nonce: int = 1
    races: int = 0


@attrs.define
class Errand:
    """An errand awaiting a decision, with the payload the server prepared for it."""

    id: str
    wallet: str
    payload: JSON
    status: str = "pending_approval"
    signature: str | None = None


@attrs.define
class Timeline:
    """States that take over from one another at offsets (seconds) from ``start`` on the fake's clock."""

    start: float
    stages: list[tuple[float, Any]]

    def at(self, now: float) -> Any:
        """The state at ``now``: the last stage whose offset has passed (the first, before any has)."""
        current = self.stages[0][1]
        for offset, state in self.stages:
            if now - self.start >= offset:
                current = state
        return current


ONBOARDING_STEPS = (
    "created",
    "phone_verification",
    "kyc_verification",
    "safe_deploy",
    "feature_selection",
    "complete",
)


def _links(path: str) -> JSON:
    return {"self": {"href": path, "method": "GET"}}


def _fallback(call: Call) -> httpx.Response:
    """What the fake answers without the ceremonies: its own handler, else the contract's default."""
    handler = HANDLERS.get(call.operation_id)
    return handler(call) if handler is not None else call.default()


class Ceremonies:
    """The ceremonies' state on ``fake``: wallets and their signers, errands, nonce races, scripted progress."""

    def __init__(self, fake: FakeSumvin, *, chain_id: int = 1329) -> None:
        self.fake = fake
        self.chain_id = chain_id
        self.clock = fake.clock
        self.wallets: dict[str, Wallet] = {}
        self.errands: dict[str, Errand] = {}
        self.minted: list[JSON] = []
        self.onboarding_timeline: Timeline | None = None
        self.user_operations: dict[str, tuple[Timeline, bool]] = {}
        handlers: dict[str, Handler] = {
            "getNonce": self._nonce,
            "exchangePint": self._exchange,
            "getIpa": self._errand,
            "approveIpa": self._decide,
            "getOnboardingSteps": self._onboarding,
            "getUserOperationStatus": self._user_operation,
        }
        for operation_id, handler in handlers.items():
            fake.register(operation_id, handler)

    # -- what tests use ----------------------------------------------------------------------------

    def add_wallet(self, address: str, *signers: str) -> Wallet:
        """Register ``address`` (a Safe, say) and the signer addresses whose signatures it accepts."""
        wallet = Wallet(address.lower(), {s.lower() for s in signers})
        self.wallets[wallet.address] = wallet
        return wallet

    def race_nonce(self, wallet: str, *, times: int = 1) -> None:
        """Make the next ``times`` exchanges for ``wallet`` lose a race: the nonce moves on just before each."""
        self.wallets[wallet.lower()].races += times

    def add_errand(self, wallet: str, *, statement: str = "Approve the purchase", max_amount: int = 45000) -> Errand:
        """An errand for ``wallet`` awaiting approval; its payload's integers are sent as strings, as JSON allows."""
        held = self.wallets[wallet.lower()]
        nonce = held.nonce
        held.nonce += 1  # a pending approval holds its nonce
        typed = purchase_intent_typed_data(
            wallet=wallet,
            nonce=nonce,
            statement=statement,
            scopes=["sr:us:pint:card:checkout"],
            resources=[f"sr:us:person:safe:{wallet}"],
            max_amount=max_amount,
            max_amount_token=ZERO_ADDRESS,
            expires_at=datetime.datetime.fromtimestamp(self.clock() + 3600, datetime.UTC),
            chain_id=self.chain_id,
        )
        typed["message"]["maxAmount"] = str(typed["message"]["maxAmount"])
        typed["domain"]["chainId"] = str(typed["domain"]["chainId"])
        errand = Errand(f"ipa_{secrets.token_hex(6)}", held.address, typed)
        self.errands[errand.id] = errand
        return errand

    def script_kyc(self, *stages: tuple[float, str], reject_reason: str | None = None, sub: str | None = None) -> None:
        """KYC statuses from now on the fake's clock, for every user of the fake (or the one whose subject is
        ``sub``): ``(0, "in_progress"), (30, "approved")``, each a status the contract lists (else ``ValueError``).

        Before any script a user's status is the fake's own: ``pending`` (never started) until submitted.
        """
        users = [u for u in self.fake.state.users.values() if sub is None or u.sub == sub]
        if not users:
            raise ValueError("no user to script the KYC of: seed one first (fake.seed.user)")
        for user in users:
            self.fake.seed.kyc(user, *stages, reject_reason=reject_reason)

    def script_onboarding(self, *stages: tuple[float, str, str | None]) -> None:
        """Onboarding states from now: ``(seconds, current_step, safe_creation_status)``; ``complete`` ends it."""
        self.onboarding_timeline = Timeline(self.clock(), [(offset, (step, safe)) for offset, step, safe in stages])

    def script_user_operation(self, user_op_hash: str, *stages: tuple[float, str], success: bool = True) -> None:
        """A submitted UserOperation's statuses from now: ``(0, "queued"), (4, "submitted"), (8, "included")``."""
        self.user_operations[user_op_hash.lower()] = (Timeline(self.clock(), list(stages)), success)

    # -- routes ------------------------------------------------------------------------------------

    def _onboarding(self, call: Call) -> httpx.Response:
        timeline = self.onboarding_timeline
        if timeline is None:
            return _fallback(call)
        step, safe = timeline.at(self.clock())
        index = ONBOARDING_STEPS.index(step) if step in ONBOARDING_STEPS else 0
        steps = [
            {
                "step": name,
                "status": "completed" if i < index or step == "complete" else "current" if i == index else "pending",
            }
            for i, name in enumerate(ONBOARDING_STEPS)
        ]
        onboarding = {
            "current_step": step,
            "steps": steps,
            "is_complete": step == "complete",
            "safe_creation_status": safe,
            "primary_smart_wallet_address": next(iter(self.wallets), None) if safe == "completed" else None,
        }
        return httpx.Response(200, json={"onboarding": onboarding, "_links": _links("/v0/user/me")})

    def _user_operation(self, call: Call) -> httpx.Response:
        user_op_hash, path = call.path_params["user_op_hash"], call.request.url.path
        found = self.user_operations.get(user_op_hash.lower())
        if found is None:
            return problem(404, "SAFE-404-001", "Not Found", "no UserOperation with this hash", path)
        timeline, success = found
        status = timeline.at(self.clock())
        on_chain = status in ("included", "failed")
        body = {
            "user_op_hash": user_op_hash,
            "status": status,
            "txn_hash": "0x" + "ab" * 32 if on_chain else None,
            "block_number": 1_000_000 if on_chain else None,
            "gas_used": 150_000 if on_chain else None,
            "actual_gas_cost_wei": 3_000_000_000_000 if on_chain else None,
            "success": (success and status == "included") if on_chain else None,
            "_links": _links(path),
        }
        return httpx.Response(200, json=body)

    def _nonce(self, call: Call) -> httpx.Response:
        address = call.query.get("wallet")
        wallet = None if address is None else self.wallets.get(address.lower())
        if wallet is None:
            return problem(
                403, "PINT-403-001", "Forbidden", "the caller does not own this wallet", call.request.url.path
            )
        body = {"nonce": wallet.nonce, "wallet": wallet.address, "_links": _links("/v0/pint/nonce")}
        return httpx.Response(200, json=body)

    def _exchange(self, call: Call) -> httpx.Response:
        path = call.request.url.path
        try:
            body = call.body()
            pint = body["pint"]
            wallet = self.wallets.get(str(pint["wallet"]).lower())
        except (ValueError, KeyError, TypeError):
            return problem(400, "PINT-400-001", "Bad Request", "the body is not a purchase intent", path)
        if wallet is None:
            return problem(403, "PINT-403-001", "Forbidden", "the caller does not own this wallet", path)
        if wallet.races:
            wallet.races -= 1
            wallet.nonce += 1  # a concurrent mint took it
        if pint.get("nonce") != wallet.nonce:
            return problem(409, "PINT-409-001", "Conflict", "the nonce was already used", path)
        agent = call.query.get("agent") == "true"
        signature = body.get("signature")
        if agent and signature is not None:
            return problem(400, "PINT-400-002", "Bad Request", "an agent mint carries no signature", path)
        if not agent:
            refused = self._refused_signature(pint, signature, wallet, path)
            if refused is not None:
                return refused
        wallet.nonce += 1
        if call.user() is None and call.principal is not None:  # whoever holds a known wallet is a user
            self.fake.seed.user(call.principal.sub, tenant=call.principal.tenant, wallets=0, transactions=0)
        answer = pints.mint(call, agent=agent)
        if answer.status_code == 201:
            self.minted.append({**answer.json(), "agent": agent, "signature": signature})
        return answer

    def _refused_signature(self, pint: JSON, signature: object, wallet: Wallet, path: str) -> httpx.Response | None:
        """The 401 for a missing signature or one whose signer the wallet does not accept, else ``None``."""
        if not isinstance(signature, str):
            return problem(401, "PINT-401-001", "Unauthorized", "a signature is required", path)
        try:
            typed = purchase_intent_typed_data(
                wallet=pint["wallet"],
                nonce=pint["nonce"],
                statement=pint["statement"],
                scopes=pint["scopes"],
                resources=pint["resources"],
                conditions=pint.get("conditions", []),
                max_amount=pint["max_amount"],
                max_amount_token=pint["max_amount_token"],
                expires_at=parse_timestamp(pint["expires_at"]),
                chain_id=self.chain_id,
            )
            signer = recover_signer(typed, signature)
        except SigningDependencyError:
            return problem(501, "MOCK-501-002", "Not Implemented", "install sumvin-sdk[signing] to verify", path)
        except (SignatureFormatError, ValueError, KeyError, TypeError):
            return problem(401, "PINT-401-002", "Unauthorized", "the signature recovers no key", path)
        if signer.lower() not in wallet.signers:
            return problem(401, "PINT-401-003", "Unauthorized", "the signature is not from a key of this wallet", path)
        return None

    def _errand_json(self, errand: Errand, *, expanded: bool = False) -> JSON:
        intent: JSON = {
            "id": errand.id,
            "intent_type": "product",
            "status": errand.status,
            "autonomy_level": "approve_before_purchase",
            "created_at": int(self.clock() * 1000),
        }
        if expanded and errand.status == "pending_approval":
            intent["approval_payload"] = errand.payload
        return {"intent": intent, "_links": _links(f"/v0/user/ipa/{errand.id}")}

    def _errand(self, call: Call) -> httpx.Response:
        errand = self.errands.get(call.path_params["ipa_id"])
        if errand is None:
            return _fallback(call)
        expanded = "mandate" in ",".join(call.query.get_list("expand")).split(",")
        return httpx.Response(200, json=self._errand_json(errand, expanded=expanded))

    def _decide(self, call: Call) -> httpx.Response:
        path = call.request.url.path
        errand = self.errands.get(call.path_params["ipa_id"])
        if errand is None:
            return _fallback(call)
        if errand.status != "pending_approval":
            return problem(409, "IPA-409-001", "Conflict", "a decision on this errand is already recorded", path)
        body = call.body()
        decision = body.get("decision")
        if decision == "approved":
            signature = body.get("signature")
            try:
                if not isinstance(signature, str):
                    raise SignatureFormatError("no signature was sent")
                signer = recover_signer(coerce_typed_data_integers(errand.payload), signature)
            except SignatureFormatError:
                return problem(401, "IPA-401-001", "Unauthorized", "no valid signature was supplied", path)
            if signer.lower() not in self.wallets[errand.wallet].signers:
                return problem(401, "IPA-401-002", "Unauthorized", "the signature is not from the wallet's key", path)
            errand.signature = signature
        errand.status = intents.DECISIONS.get(str(decision), "monitoring")
        return httpx.Response(200, json=self._errand_json(errand))
