"""What the fake remembers between calls: users (per tenant) and their resources, sign-ins, tokens."""

from __future__ import annotations

import itertools
from typing import Any

import attrs

JSON = dict[str, Any]


@attrs.define
class Kyc:
    """A user's identity verification: its status (one the contract lists), and statuses scripted to follow."""

    status: str = "pending"
    reject_reason: str | None = None
    #: When the status last changed (epoch ms), and when the user submitted (``started_at``).
    changed_at: int | None = None
    submitted_at: int | None = None
    #: ``(when, status)`` pairs (seconds on the fake's clock), earliest first, taking over as their time comes.
    script: list[tuple[float, str]] = attrs.field(factory=list)

    def at(self, now: float) -> str:
        """The status at ``now``, once the scripted statuses whose time has come have taken over."""
        while self.script and self.script[0][0] <= now:
            when, self.status = self.script.pop(0)
            self.changed_at = int(when * 1000)
        return self.status


@attrs.define
class User:
    """A user of the fake. ``resources`` holds its wallets, transactions, cards … by kind, then by id."""

    id: str
    sub: str
    tenant: str
    created_at: int
    phone: str | None = None
    phone_verified_at: int | None = None
    username: str | None = None
    kyc: Kyc = attrs.field(factory=Kyc)
    resources: dict[str, dict[str, JSON]] = attrs.field(factory=dict)

    def collection(self, kind: str) -> dict[str, JSON]:
        """The user's resources of ``kind`` (``"wallets"``, ``"transactions"`` …), by id, oldest first."""
        return self.resources.setdefault(kind, {})


@attrs.define
class DeviceCode:
    """A CLI sign-in in progress."""

    device_code: str
    user_code: str
    client_name: str | None
    tenant: str
    expires_at: float
    status: str = "pending"
    approved_by: tuple[str, str] | None = None


@attrs.define
class Token:
    """A personal access token issued by the fake."""

    id: str
    value: str
    owner: tuple[str, str]
    name: str
    created_at: int
    expires_at: int
    revoked: bool = False
    last_used_at: int | None = None


@attrs.define
class State:
    """Everything the fake's stateful handlers keep."""

    users: dict[tuple[str, str], User] = attrs.field(factory=dict)
    phone_codes: dict[str, tuple[str, float]] = attrs.field(factory=dict)
    device_codes: dict[str, DeviceCode] = attrs.field(factory=dict)
    tokens: dict[str, Token] = attrs.field(factory=dict)
    #: Each card's statuses, oldest first, by card id (from its first action on).
    card_history: dict[str, list[JSON]] = attrs.field(factory=dict)
    #: The PINT tokens issued: their owner ``(tenant, sub)`` and PINT id, by token.
    pint_tokens: dict[str, tuple[tuple[str, str], str]] = attrs.field(factory=dict)
    ids: itertools.count[int] = attrs.field(factory=lambda: itertools.count(1))

    def new_id(self, prefix: str) -> str:
        """A fresh id such as ``wal_12``."""
        return f"{prefix}_{next(self.ids)}"
