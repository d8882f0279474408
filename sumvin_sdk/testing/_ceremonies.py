"""The fake's side of the ceremonies: PINT nonces and exchanges with real signature recovery, errand decisions.

``Ceremonies.handle`` answers the requests it knows and returns ``None`` for the rest. Signatures are
recovered with eth-account (``sumvin-sdk[signing]``), so a wrong signer, a wrong domain or a stale nonce is
refused as the API refuses it.
"""

from __future__ import annotations

import datetime
import json
import re
import secrets
import time
from collections.abc import Callable
from typing import Any

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
from sumvin_sdk.testing._call import problem

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


class Ceremonies:
    """PINT and errand state for the fake: register wallets and errands, inject nonce races."""

    def __init__(self, *, chain_id: int = 1329, clock: Callable[[], float] = time.time) -> None:
        self.chain_id = chain_id
        self.clock = clock
        self.wallets: dict[str, Wallet] = {}
        self.errands: dict[str, Errand] = {}
        self.minted: list[JSON] = []
        self.kyc_timeline: Timeline | None = None
        self.kyc_reject_reason: str | None = None
        self.onboarding_timeline: Timeline | None = None
        self.user_operations: dict[str, tuple[Timeline, bool]] = {}

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

    def script_kyc(self, *stages: tuple[float, str], reject_reason: str | None = None) -> None:
        """KYC statuses from now on the fake's clock: ``(0, "in_progress"), (30, "approved")``.

        Before any script the status is ``pending`` (never started).
        """
        self.kyc_timeline = Timeline(self.clock(), list(stages))
        self.kyc_reject_reason = reject_reason

    def script_onboarding(self, *stages: tuple[float, str, str | None]) -> None:
        """Onboarding states from now: ``(seconds, current_step, safe_creation_status)``; ``complete`` ends it."""
        self.onboarding_timeline = Timeline(self.clock(), [(offset, (step, safe)) for offset, step, safe in stages])

    def script_user_operation(self, user_op_hash: str, *stages: tuple[float, str], success: bool = True) -> None:
        """A submitted UserOperation's statuses from now: ``(0, "queued"), (4, "submitted"), (8, "included")``."""
        self.user_operations[user_op_hash.lower()] = (Timeline(self.clock(), list(stages)), success)

    # -- routes ------------------------------------------------------------------------------------

    def handle(self, request: httpx.Request) -> httpx.Response | None:
        """The answer to ``request`` if it is a ceremony request, else ``None``."""
        path = request.url.path
        if request.method == "GET" and path == "/v0/pint/nonce":
            return self._nonce(request)
        if request.method == "POST" and path == "/v0/pint/exchange":
            return self._exchange(request)
        if match := re.fullmatch(r"/v0/user/ipa/([^/]+)", path):
            return self._errand(request, match[1]) if request.method == "GET" else None
        if request.method == "PUT" and (match := re.fullmatch(r"/v0/user/ipa/([^/]+)/decision", path)):
            return self._decide(request, match[1])
        if request.method == "GET" and path == "/v0/kyc/status":
            return self._kyc()
        if request.method == "GET" and path.rstrip("/") == "/v0/user/me/onboarding/steps":
            return self._onboarding()
        if request.method == "GET" and (match := re.fullmatch(r"/v0/safe/rpc/([^/]+)/status", path)):
            return self._user_operation(match[1], path)
        return None

    def _kyc(self) -> httpx.Response:
        now = self.clock()
        status = "pending" if self.kyc_timeline is None else self.kyc_timeline.at(now)
        at = int(now * 1000)
        body = {
            "status": status,
            "applicant_id": None if status == "pending" else "applicant_fake",
            "verified_at": at if status == "approved" else None,
            "rejected_at": at if status == "rejected" else None,
            "reject_reason": self.kyc_reject_reason if status in ("rejected", "retry") else None,
            "_links": _links("/v0/kyc/status"),
        }
        return httpx.Response(200, json=body)

    def _onboarding(self) -> httpx.Response:
        timeline = self.onboarding_timeline
        step, safe = ("phone_verification", None) if timeline is None else timeline.at(self.clock())
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

    def _user_operation(self, user_op_hash: str, path: str) -> httpx.Response:
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

    def _nonce(self, request: httpx.Request) -> httpx.Response:
        wallet = self.wallets.get(request.url.params.get("wallet", "").lower())
        if wallet is None:
            return problem(403, "PINT-403-001", "Forbidden", "the caller does not own this wallet", request.url.path)
        body = {"nonce": wallet.nonce, "wallet": wallet.address, "_links": _links("/v0/pint/nonce")}
        return httpx.Response(200, json=body)

    def _exchange(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        try:
            body = json.loads(request.content)
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
        agent = request.url.params.get("agent") == "true"
        signature = body.get("signature")
        if agent and signature is not None:
            return problem(400, "PINT-400-002", "Bad Request", "an agent mint carries no signature", path)
        if not agent:
            refused = self._refused_signature(pint, signature, wallet, path)
            if refused is not None:
                return refused
        wallet.nonce += 1
        minted = {
            "sig": f"pint.{secrets.token_urlsafe(16)}",
            "sri": f"sr:us:pint:{secrets.token_hex(8)}",
            "id": f"pint_{secrets.token_hex(6)}",
            "audience": body.get("audience") or "self",
            "scopes": pint["scopes"],
            "expires_at": pint["expires_at"],
            "_links": _links(path),
        }
        self.minted.append({**minted, "agent": agent, "signature": signature})
        return httpx.Response(201, json=minted)

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

    def _errand_json(self, errand: Errand, *, expanded: bool) -> JSON:
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

    def _errand(self, request: httpx.Request, ipa_id: str) -> httpx.Response:
        errand = self.errands.get(ipa_id)
        if errand is None:
            return problem(404, "IPA-404-001", "Not Found", "no such errand", request.url.path)
        expanded = "mandate" in request.url.params.get("expand", "").split(",")
        return httpx.Response(200, json=self._errand_json(errand, expanded=expanded))

    def _decide(self, request: httpx.Request, ipa_id: str) -> httpx.Response:
        path = request.url.path
        errand = self.errands.get(ipa_id)
        if errand is None:
            return problem(404, "IPA-404-001", "Not Found", "no such errand", path)
        if errand.status != "pending_approval":
            return problem(409, "IPA-409-001", "Conflict", "a decision on this errand is already recorded", path)
        body = json.loads(request.content)
        decision = body.get("decision")
        if decision == "approved":
            try:
                signer = recover_signer(coerce_typed_data_integers(errand.payload), body.get("signature") or "")
            except SignatureFormatError:
                return problem(401, "IPA-401-001", "Unauthorized", "no valid signature was supplied", path)
            if signer.lower() not in self.wallets[errand.wallet].signers:
                return problem(401, "IPA-401-002", "Unauthorized", "the signature is not from the wallet's key", path)
            errand.signature = body["signature"]
        errand.status = (
            "approved" if decision == "approved" else "cancelled" if decision == "rejected" else "monitoring"
        )
        return httpx.Response(200, json=self._errand_json(errand, expanded=False))
