"""Cards: list (``tokenization_status``), create, get (with its status history), and the actions that move a
card's status: freeze and unfreeze, report lost or stolen (final), activate a card that awaits it.

A card's ``current_status`` is a ``CardStatusData`` in the contract's enums; an action the card's status does
not allow is a 400 (``CRD-400-…``), and every change shows on the next get and list.
"""

from __future__ import annotations

from typing import Any

import attrs
import httpx

from sumvin_sdk.testing._call import Call, Handler
from sumvin_sdk.testing._handlers.collections import Collection, self_link

JSON = dict[str, Any]


@attrs.frozen
class Action:
    """What one card action does: the statuses it applies to, and the status (and sub-status) it leaves."""

    name: str
    allowed: frozenset[str]
    status: str
    sub_status: str | None
    #: A sub-status the action refuses even where the status allows it (a lost card is not unfrozen).
    refused: frozenset[str] = frozenset({"lost", "stolen"})


ACTIONS = {
    "freezeCard": Action("freeze", frozenset({"active"}), "suspended", None),
    "unfreezeCard": Action("unfreeze", frozenset({"suspended"}), "active", "reinstated"),
    "reportLostCard": Action("lost", frozenset({"active", "suspended", "pending"}), "closed", "lost"),
    "reportStolenCard": Action("stolen", frozenset({"active", "suspended", "pending"}), "closed", "stolen"),
    "activateCard": Action("activate", frozenset({"pending"}), "active", "verified"),
}


def status(name: str, sub_status: str | None, at: int, by: str = "self") -> JSON:
    """A ``CardStatusData``."""
    return {"status": name, "sub_status": sub_status, "changed_by": by, "created_at": at}


class Cards(Collection):
    """The cards collection, whose records also keep the history of their statuses."""

    def shown(self, call: Call, record: JSON, status: int | None = None) -> httpx.Response:
        """The card, with its ``status_history`` (oldest first) where the operation's schema has that member."""
        response = super().shown(call, record, status)
        schema = call.fake.contract.resolve(call.operation.success.schema or {})
        if "status_history" not in schema.get("properties", {}):
            return response
        current = record.get("current_status")
        history = call.fake.state.card_history.get(record["id"], [current] if current else [])
        return call.respond(response.status_code, response.json() | {"status_history": history})

    def act(self, call: Call) -> httpx.Response:
        """Apply the operation's action to the card: its ``CardActionResponse``, or a 400 it does not allow."""
        found = self._one(call)
        if isinstance(found, httpx.Response):
            return found
        records, card = found
        action = ACTIONS[call.operation_id]
        before = card.get("current_status") or status("active", None, card["created_at"], "system")
        if before["status"] not in action.allowed or before.get("sub_status") in action.refused:
            detail = f"a card that is {before['status']} cannot be sent {action.name!r}"
            return call.problem(400, None, detail)
        after = status(action.status, action.sub_status, int(call.now * 1000))
        records[card["id"]] = card | {"current_status": after}
        history = call.fake.state.card_history.setdefault(card["id"], [before])
        history.append(after)
        keys = ("id", "last_four", "brand", "card_type", "is_primary", "created_at")
        body = {k: card[k] for k in keys} | {"previous_status": before, "current_status": after}
        return call.respond(200, body | {"action": action.name, "_links": self.links(card)})


CARDS = Cards("cards", "CardData", "card_id", "crd", "CRD-404-001", links=self_link("/v0/card"))

HANDLERS: dict[str, Handler] = {
    **CARDS.handlers(list="listCards", create="createCard", get="getCard"),
    **dict.fromkeys(ACTIONS, CARDS.act),
}
