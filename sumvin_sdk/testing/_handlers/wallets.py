"""Wallets: list (``chain_id``, ``is_eoa``; pages of 2 linked by ``next``), create, get, update, delete."""

from __future__ import annotations

from typing import Any

from sumvin_sdk.testing._call import Handler
from sumvin_sdk.testing._handlers.collections import Collection

JSON = dict[str, Any]


def _links(wallet: JSON) -> JSON:
    return {"self": {"href": f"/v0/wallets/{wallet['id']}"}, "user": {"href": "/v0/user/me"}}


WALLETS = Collection("wallets", "WalletData", "wallet_id", "wal", "WAL-404-001", default_limit=2, links=_links)

HANDLERS: dict[str, Handler] = WALLETS.handlers(
    list="listWallets", create="createWallet", get="getWallet", update="updateWallet", delete="deleteWallet"
)
