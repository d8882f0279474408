"""The response bodies every benchmark decodes, as the API sends them (JSON bytes, timestamps in epoch ms).

- ``user()``: a ``GetUserResponse`` of about 2.5 KB (the user, ten wallets, a status history, links).
- ``wallets(n)``: a ``WalletListResponse`` with ``n`` wallets, each with its links.
- ``transactions(n)``: a ``TransactionListResponse`` with ``n`` card, bank and crypto transactions.

Each is valid against the contract: the SDK, and every anchor that keeps the model, parses it.
"""

from __future__ import annotations

import json
from typing import Any

TS = 1704067200000


def _wallet(i: int) -> dict[str, Any]:
    return {"id": f"wal_{i}", "address": "0x" + f"{i:040x}", "chain_id": 1329, "is_primary": i == 0, "is_eoa": True}


def user() -> bytes:
    """A ``GetUserResponse`` of realistic size."""
    status = {"status": "active", "sub_status": "verified", "changed_by": "system", "changed_at": TS}
    document = {
        "user": {
            "id": "usr_01J9Z8",
            "username": "ada",
            "first_name": "Ada",
            "last_names": "Lovelace",
            "auth_provider": "dynamic",
            "auth_provider_id": "dyn_42",
            "primary_eoa_address": "0x" + "cd" * 20,
            "primary_smart_wallet_address": "0x" + "ef" * 20,
            "safe_creation_status": "deployed",
            "email": "ada@example.com",
            "phone": "+447700900000",
            "phone_verified_at": TS,
            "created_at": TS,
            "updated_at": TS,
            "deleted_at": None,
            "current_status": status,
        },
        "wallets": [_wallet(i) for i in range(10)],
        "status_history": [status] * 3,
        "_links": {rel: {"href": f"/v0/user/me/{rel}", "method": "GET"} for rel in ("self", "wallets", "kyc-status")},
    }
    return json.dumps(document).encode()


def wallets(items: int) -> bytes:
    """A ``WalletListResponse`` with ``items`` wallets."""
    listed = [
        _wallet(i)
        | {
            "nickname": None,
            "created_at": TS + i,
            "deleted_at": None,
            "_links": {"self": {"href": f"/v0/wallets/wal_{i}"}, "user": {"href": "/v0/user/me"}},
        }
        for i in range(items)
    ]
    return json.dumps({"wallets": listed, "_links": {"self": {"href": "/v0/wallets/"}}}).encode()


def _transaction(i: int) -> dict[str, Any]:
    kind = ("card", "bank", "crypto")[i % 3]
    transaction: dict[str, Any] = {
        "id": f"txn_{i:08d}",
        "type": {"card": "card_purchase", "bank": "deposit", "crypto": "transfer"}[kind],
        "status": "completed",
        "direction": "out" if i % 2 else "in",
        "source": {"card": "card", "bank": "bank_account", "crypto": "crypto_wallet"}[kind],
        "amount": f"{i % 997}.{i % 100:02d}",
        "asset": {"symbol": "USDC", "name": "USD Coin", "asset_type": "crypto", "chain_id": 1329, "decimals": 6},
        "wallet": None,
        "account": None,
        "card": None,
        "tx_hash": None,
        "merchant_name": None,
        "merchant_logo_url": None,
        "merchant_category_code": None,
        "category": None,
        "processor_reference": f"ref-{i}",
        "created_at": TS + i * 1000,
        "updated_at": TS + i * 1000 + 500,
    }
    if kind == "card":
        transaction |= {
            "card": {"last_four": "4242", "brand": "visa", "card_type": "debit"},
            "merchant_name": "Whole Foods Market",
            "merchant_category_code": "5411",
            "category": "groceries",
        }
    elif kind == "crypto":
        transaction |= {"wallet": _wallet(i), "tx_hash": "0x" + f"{i:064x}"}
    return transaction


def transactions(items: int) -> bytes:
    """A ``TransactionListResponse`` with ``items`` transactions (one page holding them all)."""
    document = {
        "transactions": [_transaction(i) for i in range(items)],
        "total": items,
        "offset": 0,
        "limit": items,
        "_links": {"self": {"href": f"/v0/transactions?offset=0&limit={items}"}},
    }
    return json.dumps(document).encode()
