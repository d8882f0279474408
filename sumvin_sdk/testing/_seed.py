"""Seeding the fake's state: users (KYC approved if you like), realistic transactions, wallets, cards.

Every seeded record is built from the contract's schema and checked against it, so seeded values keep its enums.
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING, Any

from sumvin_sdk.testing._contract import KYC_STATUSES
from sumvin_sdk.testing._state import Kyc, User

if TYPE_CHECKING:
    from sumvin_sdk.testing._fake import FakeSumvin

JSON = dict[str, Any]
DAY_MS = 86_400_000
_ABSENT = object()
#: (merchant, category, merchant category code, typical amount) of the seeded card purchases.
MERCHANTS = (
    ("Coffee Lab", "dining", "5814", 4.2),
    ("Rail Co", "transport", "4111", 23.5),
    ("Green Grocer", "groceries", "5411", 38.9),
    ("Page Turner Books", "shopping", "5942", 17.0),
    ("Odeon Cinema", "entertainment", "7832", 12.5),
    ("Corner Bakery", "dining", "5462", 6.8),
    ("City Pharmacy", "health", "5912", 9.3),
    ("Streamly", "subscriptions", "4899", 10.99),
)


class Seeder:
    """``fake.seed``: puts users and their records into the fake's state."""

    def __init__(self, fake: FakeSumvin) -> None:
        self.fake = fake

    def build(self, schema_name: str, **members: Any) -> JSON:
        """A record of ``schema_name`` from the contract, with ``members`` set; it must fit the schema."""
        schema = self.fake.contract.schemas[schema_name]
        record: JSON = self.fake.sampler.value(schema) | members
        problems = self.fake.sampler.violations(schema, record)
        if problems:
            raise ValueError(f"a seeded {schema_name} breaks the contract: {problems[:3]}")
        return record

    def merged(self, schema_name: str, record: JSON, members: JSON) -> JSON:
        """``record`` with each of ``members`` applied that keeps it valid (a request member of another shape,
        an empty string where a number belongs, is left out)."""
        schema = self.fake.contract.schemas[schema_name]
        merged = dict(record)
        for name, value in members.items():
            before = merged.get(name, _ABSENT)
            merged[name] = value
            if not self.fake.checker.valid(schema, merged):
                if before is _ABSENT:
                    del merged[name]
                else:
                    merged[name] = before
        return merged

    def user(
        self,
        sub: str = "user-1",
        *,
        tenant: str = "",
        kyc: str = "pending",
        wallets: int | None = None,
        transactions: int | None = None,
    ) -> User:
        """A created user (as ``createUserAccount`` makes one) with ``wallets`` wallets and ``transactions``
        transactions (the fake's ``*_per_user`` by default), and KYC status ``kyc`` (one the contract lists:
        ``pending``, never started, ``in_progress``, ``retry``, ``approved`` or ``rejected``)."""
        state = self.fake.state
        now = int(self.fake.clock() * 1000)
        number = next(state.ids)
        verification = Kyc(_kyc_status(kyc), changed_at=now, submitted_at=None if kyc == "pending" else now)
        user = User(id=f"usr_{number}", sub=sub, tenant=tenant, created_at=now, kyc=verification)
        state.users[(tenant, sub)] = user
        for index in range(self.fake.wallets_per_user if wallets is None else wallets):
            self.wallet(user, id=f"wal_{number}_{index}", is_primary=index == 0)
        self.transactions(user, self.fake.transactions_per_user if transactions is None else transactions)
        return user

    def kyc(self, user: User, *stages: tuple[float, str], reject_reason: str | None = None) -> None:
        """Script ``user``'s KYC statuses from now on the fake's clock, as the provider's review would move them:
        ``(0, "in_progress"), (30, "approved")``; ``reject_reason`` goes with ``retry`` and ``rejected``."""
        now = self.fake.clock()
        scripted = sorted(((now + float(offset), _kyc_status(status)) for offset, status in stages), key=lambda s: s[0])
        user.kyc.script, user.kyc.reject_reason = scripted, reject_reason
        if scripted and user.kyc.submitted_at is None:
            user.kyc.submitted_at = int(now * 1000)
        user.kyc.at(now)

    def wallet(self, user: User, **members: Any) -> JSON:
        """A wallet of ``user`` (an EOA on Base unless ``members`` say otherwise)."""
        fields: JSON = {
            "id": self.fake.state.new_id("wal"),
            "address": "0x" + secrets.token_hex(20),
            "chain_id": 8453,
            "is_primary": False,
            "is_eoa": True,
            "created_at": int(self.fake.clock() * 1000),
        }
        wallet = self.build("WalletData", **(fields | members))
        user.collection("wallets")[wallet["id"]] = wallet
        return wallet

    def transactions(self, user: User, count: int = 50) -> list[JSON]:
        """``count`` transactions of ``user``, one a day going back from now, newest first: mostly card purchases
        at a handful of merchants, with a monthly salary in and the odd refund; every enum member valid."""
        now = int(self.fake.clock() * 1000)
        made = []
        kept = user.collection("transactions")
        start = len(kept)
        for index in range(start, start + count):
            merchant, category, mcc, typical = MERCHANTS[index % len(MERCHANTS)]
            salary, refund = index % 30 == 0, index % 11 == 7
            fields: JSON = {
                "id": f"txn_{user.id.removeprefix('usr_')}_{index}",
                "type": "bank_transfer" if salary else "card_refund" if refund else "card_purchase",
                "status": "pending" if index == 0 else "failed" if index % 17 == 16 else "completed",
                "direction": "in" if salary or refund else "out",
                "source": "bank_account" if salary else "card",
                "amount": "2450.00" if salary else f"{typical * (1 + (index * 37 % 50) / 100):.2f}",
                "merchant_name": "Payroll" if salary else merchant,
                "merchant_category_code": None if salary else mcc,
                "category": "income" if salary else category,
                "created_at": now - index * DAY_MS,
                "updated_at": now - index * DAY_MS,
            }
            transaction = self.build("TransactionData", **fields)
            kept[transaction["id"]] = transaction
            made.append(transaction)
        return made

    def card(self, user: User, **members: Any) -> JSON:
        """A virtual Visa card of ``user``, linked to its primary wallet and active."""
        wallets = list(user.collection("wallets").values())
        card_id = self.fake.state.new_id("crd")
        now = int(self.fake.clock() * 1000)
        fields: JSON = {
            "id": card_id,
            "last_four": f"{4000 + len(user.collection('cards')):04d}"[-4:],
            "brand": "visa",
            "exp_month": 12,
            "exp_year": 2029,
            "cardholder_name": user.username or user.sub,
            "card_type": "virtual",
            "is_primary": not user.collection("cards"),
            "linked_wallet_address": wallets[0]["address"] if wallets else None,
            "created_at": now,
            "tokenization_status": "tokenized",
            "current_status": {"status": "active", "sub_status": "verified", "changed_by": "system", "created_at": now},
        }
        card = self.build("CardData", **(fields | members))
        user.collection("cards")[card_id] = card
        return card


def _kyc_status(status: str) -> str:
    if status not in KYC_STATUSES:
        raise ValueError(f"{status!r} is not a KYC status the contract lists ({', '.join(KYC_STATUSES)})")
    return status
