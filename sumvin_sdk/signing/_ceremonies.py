"""The PINT mint (nonce, typed data, signature, exchange) and the errand decision, each one flow for both clients."""

from __future__ import annotations

import asyncio
import datetime
import re
import time
from collections.abc import Callable, Sequence
from typing import Any, Literal

from sumvin_sdk._client import AsyncSumvin, Sumvin
from sumvin_sdk._generated.models import (
    ApprovalDecision,
    ApproveIPARequest,
    IPADetailResponse,
    PintExchangeResponse,
    PurchaseIntentPayload,
    UserPintExchangeRequest,
)
from sumvin_sdk._generated.types import UNSET, parse_timestamp
from sumvin_sdk._steps import Call, Flow, Local, SyncAwaitableError, arun, run
from sumvin_sdk.errors import ConflictError, SumvinError
from sumvin_sdk.signing._coerce import coerce_typed_data_integers
from sumvin_sdk.signing._errors import ForeignPayloadError, NoApprovalPayloadError, SignerError, SigningError
from sumvin_sdk.signing._signers import AsyncSigner, Signer, TypedDataAccount, as_signer, signature_hex
from sumvin_sdk.signing._typed_data import _ADDRESS, DOMAIN_NAME, DOMAIN_VERSION, PURCHASE_INTENT_FIELDS, Intent

__all__ = [
    "SigningCancelledError",
    "adecide_errand",
    "amint_pint",
    "amint_pint_as_agent",
    "decide_errand",
    "mint_pint",
    "mint_pint_as_agent",
]

Decision = Literal["approved", "rejected", "conditional"]
_ID = re.compile(r"[A-Za-z0-9_.:-]{1,200}", re.ASCII)


class SigningCancelledError(SigningError, KeyboardInterrupt, asyncio.CancelledError):
    """The ceremony was interrupted (Ctrl-C, a cancelled task); nothing more was sent.

    It is also a ``KeyboardInterrupt`` and an ``asyncio.CancelledError``, so the usual handling still applies.
    """


def _cancelled() -> SigningCancelledError:
    return SigningCancelledError("signing ceremony cancelled")


def _signed(signer: Callable[[dict[str, Any]], Any], typed_data: dict[str, Any]) -> Flow[str]:
    """Ask ``signer`` to sign ``typed_data``; its failures become ``SignerError``, its answer a 0x-hex signature."""
    try:
        answer = yield Local(signer, typed_data)
    except (SumvinError, SyncAwaitableError):
        raise
    except Exception as exc:
        raise SignerError(f"the signer raised {type(exc).__name__}: {exc}") from exc
    return signature_hex(answer)


def _mint(arguments: dict[str, Any]) -> Flow[PintExchangeResponse]:
    """The mint as one flow, from the public function's arguments: checked before any request, then nonce,
    typed data, signature (none when the server signs as the agent), exchange; a 409 reruns it all."""
    signer = arguments.get("signer")
    sign = None if signer is None else as_signer(signer)
    chain_id = arguments.get("chain_id", 0)
    race_retries = arguments["race_retries"]
    if isinstance(race_retries, bool) or not isinstance(race_retries, int) or not 0 <= race_retries <= 10:
        raise ValueError("race_retries must be an int from 0 to 10")
    members = {name: arguments[name] for name in _MEMBERS}
    intent = Intent.checked(nonce=0, **members)
    if sign is not None:
        intent.typed_data(chain_id)  # refuses a bad chain_id before any request
    for attempt in range(race_retries + 1):
        nonce = (yield Call("pint", "get_nonce", kwargs={"wallet": intent.wallet})).nonce
        fresh = Intent.checked(nonce=nonce, **members)
        signature = UNSET if sign is None else (yield from _signed(sign, fresh.typed_data(chain_id)))
        body = UserPintExchangeRequest(
            pint=PurchaseIntentPayload(
                wallet=fresh.wallet,
                nonce=fresh.nonce,
                statement=fresh.statement,
                scopes=list(fresh.scopes),
                resources=list(fresh.resources),
                conditions=list(fresh.conditions),
                max_amount=str(fresh.max_amount),
                max_amount_token=fresh.max_amount_token,
                expires_at=parse_timestamp(fresh.expires_at_ms),
            ),
            signature=signature,
            **{name: arguments[name] for name in _OPTIONAL if arguments.get(name) is not None},
        )
        try:
            exchanged: PintExchangeResponse = yield Call(
                "pint", "exchange_pint", kwargs={"body": body, "agent": sign is None}
            )
        except ConflictError:
            if attempt == race_retries:
                raise
            continue  # the nonce was taken between the read and the exchange: read a fresh one
        return exchanged
    raise AssertionError("unreachable: the last attempt returns or raises")


_MEMBERS = (
    "wallet",
    "statement",
    "scopes",
    "resources",
    "conditions",
    "max_amount",
    "max_amount_token",
    "expires_at",
)
_OPTIONAL = ("audience", "source_chat_message_id", "parent_pint_uri")


def mint_pint(
    client: Sumvin,
    *,
    wallet: str,
    chain_id: int,
    signer: Signer | TypedDataAccount,
    statement: str,
    scopes: Sequence[str],
    resources: Sequence[str],
    max_amount: int | str,
    max_amount_token: str,
    expires_at: datetime.datetime,
    conditions: Sequence[str] = (),
    audience: str | None = None,
    source_chat_message_id: int | None = None,
    parent_pint_uri: str | None = None,
    race_retries: int = 1,
) -> PintExchangeResponse:
    """Mint a PINT signed by ``signer``: ``getNonce``, the typed data, the signature, ``exchangePint``.

    ``signer`` is a callable taking the typed-data dict and returning the 65-byte signature (``0x``-hex or
    bytes), or an eth-account ``LocalAccount``. A 409 from the exchange (the nonce was taken meanwhile)
    reruns the whole cycle, ``race_retries`` times (once by default). Arguments are checked before anything
    is sent (``PurchaseIntentError``); the signer's own failure is a ``SignerError``; every API failure is
    the SDK's typed error. Returns the ``PintExchangeResponse`` (its ``sig`` is the token).
    """
    return run(_mint(locals()), client, time.sleep, _cancelled)


async def amint_pint(
    client: AsyncSumvin,
    *,
    wallet: str,
    chain_id: int,
    signer: AsyncSigner | TypedDataAccount,
    statement: str,
    scopes: Sequence[str],
    resources: Sequence[str],
    max_amount: int | str,
    max_amount_token: str,
    expires_at: datetime.datetime,
    conditions: Sequence[str] = (),
    audience: str | None = None,
    source_chat_message_id: int | None = None,
    parent_pint_uri: str | None = None,
    race_retries: int = 1,
) -> PintExchangeResponse:
    """``mint_pint`` for ``AsyncSumvin``; ``signer`` may also return an awaitable."""
    return await arun(_mint(locals()), client, asyncio.sleep, _cancelled)


def mint_pint_as_agent(
    client: Sumvin,
    *,
    wallet: str,
    statement: str,
    scopes: Sequence[str],
    resources: Sequence[str],
    max_amount: int | str,
    max_amount_token: str,
    expires_at: datetime.datetime,
    conditions: Sequence[str] = (),
    source_chat_message_id: int | None = None,
    parent_pint_uri: str | None = None,
    race_retries: int = 1,
) -> PintExchangeResponse:
    """Mint a PINT the server signs on the caller's behalf (``agent=true``): no signer, no signature.

    ``wallet`` must be the caller's own primary wallet (the server refuses another); the token is
    addressed to the caller, so there is no ``audience``. There is no ``signer`` parameter: passing one is
    a ``TypeError``. The nonce race is retried as in ``mint_pint``.
    """
    return run(_mint(locals()), client, time.sleep, _cancelled)


async def amint_pint_as_agent(
    client: AsyncSumvin,
    *,
    wallet: str,
    statement: str,
    scopes: Sequence[str],
    resources: Sequence[str],
    max_amount: int | str,
    max_amount_token: str,
    expires_at: datetime.datetime,
    conditions: Sequence[str] = (),
    source_chat_message_id: int | None = None,
    parent_pint_uri: str | None = None,
    race_retries: int = 1,
) -> PintExchangeResponse:
    """``mint_pint_as_agent`` for ``AsyncSumvin``."""
    return await arun(_mint(locals()), client, asyncio.sleep, _cancelled)


def _decide(arguments: dict[str, Any]) -> Flow[IPADetailResponse]:
    """Read the errand's prepared payload, coerce and sign it where the decision needs it, send the decision."""
    ipa_id, decision, signer = arguments["ipa_id"], arguments["decision"], arguments["signer"]
    if not isinstance(ipa_id, str) or not _ID.fullmatch(ipa_id) or ipa_id in (".", ".."):
        raise ValueError("ipa_id must be 1 to 200 letters, digits or _.:-")
    if decision not in ("approved", "rejected", "conditional"):
        raise ValueError(f"decision must be 'approved', 'rejected' or 'conditional', not {decision!r}")
    if decision == "approved" and signer is None:
        raise TypeError("approving an errand needs a signer: the approval is the signature over its payload")
    if decision != "approved" and signer is not None:
        raise TypeError(f"a {decision!r} decision carries no signature: pass no signer")
    signature: Any = UNSET
    if signer is not None:
        sign = as_signer(signer)
        errand = yield Call("", "follow", (_ERRAND_LINK,), {"variables": {"ipa_id": ipa_id}, "model": dict})
        intent = errand.get("intent") if isinstance(errand, dict) else None
        payload = intent.get("approval_payload") if isinstance(intent, dict) else None
        if payload is None:
            raise NoApprovalPayloadError(f"errand {ipa_id} has no approval payload: it is not awaiting a signature")
        signature = yield from _signed(sign, _purchase_intent(coerce_typed_data_integers(payload), ipa_id))
    body = ApproveIPARequest(decision=ApprovalDecision(decision), signature=signature)
    decided: IPADetailResponse = yield Call("ipa", "approve_ipa", (ipa_id,), {"body": body})
    return decided


def _purchase_intent(typed_data: dict[str, Any], ipa_id: str) -> dict[str, Any]:
    """``typed_data`` if it is a Sumvin purchase intent over its own wallet; ``ForeignPayloadError`` if not."""
    fields = [(f["name"], f["type"]) for f in typed_data["types"].get("PurchaseIntent", [])]
    domain, message = typed_data["domain"], typed_data["message"]
    wallet = message.get("wallet") if fields == list(PURCHASE_INTENT_FIELDS) else None
    contract = domain.get("verifyingContract")
    if not (
        typed_data["primaryType"] == "PurchaseIntent"
        and isinstance(wallet, str)
        and _ADDRESS.fullmatch(wallet)
        and (domain.get("name"), domain.get("version")) == (DOMAIN_NAME, DOMAIN_VERSION)
        and isinstance(contract, str)
        and contract.lower() == wallet.lower()
    ):
        raise ForeignPayloadError(
            f"errand {ipa_id}'s payload is not a Sumvin purchase intent over its own wallet; refusing to sign it"
        )
    return typed_data


#: ``getIpa`` with the prepared payload, as a link: the decoded JSON keeps the payload's integers as sent.
_ERRAND_LINK = {"href": "/v0/user/ipa/{ipa_id}?expand=mandate", "templated": True, "method": "GET"}


def decide_errand(
    client: Sumvin,
    ipa_id: str,
    *,
    decision: Decision,
    signer: Signer | TypedDataAccount | None = None,
) -> IPADetailResponse:
    """Decide an errand awaiting approval: ``approved`` signs its server-prepared payload, the others sign nothing.

    For ``approved``, the errand is read (``getIpa`` with ``expand=mandate``), its ``approval_payload``
    coerced by ``coerce_typed_data_integers`` and signed by ``signer``, and the signature sent with
    ``approveIpa``. ``rejected`` (final) and ``conditional`` send the decision alone, and refuse a signer.
    An errand without a payload raises ``NoApprovalPayloadError``; a payload that is not a Sumvin purchase
    intent over its own wallet (another domain or struct, which could authorise something else) raises
    ``ForeignPayloadError`` unsigned; API failures raise the SDK's typed errors.
    """
    return run(_decide(locals()), client, time.sleep, _cancelled)


async def adecide_errand(
    client: AsyncSumvin,
    ipa_id: str,
    *,
    decision: Decision,
    signer: AsyncSigner | TypedDataAccount | None = None,
) -> IPADetailResponse:
    """``decide_errand`` for ``AsyncSumvin``; ``signer`` may also return an awaitable."""
    return await arun(_decide(locals()), client, asyncio.sleep, _cancelled)
