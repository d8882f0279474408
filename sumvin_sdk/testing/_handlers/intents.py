"""Purchase intents (IPAs): list (``status``, ``intent_type``), create, get, and the decisions that move an
intent's status: ``approveIpa`` (approved, rejected or conditional) on one awaiting approval, ``cancelIpa`` on
one not yet ended. A decision the status does not allow is a 409 (``IPA-409-001``); every change shows on the
next get and list.

The fake skips the search: an intent it creates awaits approval at once (``pending_approval``);
``fake.seed.intent(user, status=...)`` puts one in any status of the contract.
"""

from __future__ import annotations

from typing import Any

import httpx

from sumvin_sdk.testing._call import Call, Handler
from sumvin_sdk.testing._handlers.collections import Collection, self_link

JSON = dict[str, Any]
#: The status each decision of ``ApproveIPARequest`` leaves an intent in (declining is final).
DECISIONS = {"approved": "approved", "rejected": "cancelled", "conditional": "monitoring"}
ENDED = frozenset({"completed", "failed", "expired", "cancelled"})


class Intents(Collection):
    """The intents collection, with its decisions."""

    def _decided(self, call: Call, allowed: frozenset[str] | None, status: str) -> httpx.Response:
        found = self._one(call)
        if isinstance(found, httpx.Response):
            return found
        records, intent = found
        if (intent["status"] not in allowed) if allowed is not None else intent["status"] in ENDED:
            return call.problem(409, "IPA-409-001", f"this intent is {intent['status']}: the decision is refused")
        now = int(call.now * 1000)
        ended = {"completed_at": now} if status in ENDED else {}
        records[intent["id"]] = intent | {"status": status, "updated_at": now} | ended
        return self.shown(call, records[intent["id"]])

    def approve(self, call: Call) -> httpx.Response:
        """Record the decision on an intent awaiting approval (approving needs a signature)."""
        decision = str(call.body().get("decision"))
        if decision == "approved" and not call.body().get("signature"):
            return call.problem(401, "IPA-401-001", "approving needs the signature over the intent's payload")
        return self._decided(call, frozenset({"pending_approval"}), DECISIONS.get(decision, "monitoring"))

    def cancel(self, call: Call) -> httpx.Response:
        """Cancel an intent that has not ended."""
        return self._decided(call, None, "cancelled")


INTENTS = Intents(
    "intents",
    "IPAData",
    "ipa_id",
    "ipa",
    "IPA-404-001",
    links=self_link("/v0/user/ipa"),
    created={"status": "pending_approval"},
)

HANDLERS: dict[str, Handler] = {
    **INTENTS.handlers(list="listIpas", create="createIpa", get="getIpa", approve="approveIpa", cancel="cancelIpa"),
}
