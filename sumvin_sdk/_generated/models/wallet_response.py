from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.mandate_key_status import MandateKeyStatus
from ..models.signer_role import SignerRole
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.card_data import CardData
    from ..models.wallet_links import WalletLinks


T = TypeVar("T", bound="WalletResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "id",
        "address",
        "chain_id",
        "is_primary",
        "is_eoa",
        "created_at",
        "signer_role",
        "signer_status",
        "signer_error_code",
        "signer_error_reason",
        "nickname",
        "logo_uri",
        "deleted_at",
        "safe_creation_event_id",
        "cards",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class WalletResponse(Model):
    """What `create_wallet` and 3 other operations return: a wallet.

    Example:
        {'_links': {'self': {'href': '/v0/wallets/wal-a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4'}, 'user': {'href':
            '/v0/user/me'}}, 'address': '0x742d35Cc6634C0532925a3b844Bc9e7595f2bD78', 'chain_id': 1329, 'created_at':
            1704067200000, 'id': 'wal-a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4', 'is_eoa': True, 'is_primary': True, 'nickname':
            'Main Wallet'}

    Attributes:
        field_links: Links to the wallet's owner, assets and transactions, and to update or delete it.
        id: Unique id of the wallet.
        address: Address of the wallet (an EOA or a Safe), 0x-hex.
        chain_id: EVM chain id the wallet lives on (for example 1329 for Sei).
        is_primary: True for the user's primary wallet of its kind (EOA or Safe).
        is_eoa: True for an externally owned account (EOA), false for a Safe smart wallet.
        created_at: When the wallet was created (epoch ms on the wire).
        signer_role: Set when the address is registered as a signer of the account's Safe, not a wallet to spend from;
            null otherwise.
        signer_status: How far the signer registration has got: `pending`, `active` once on chain, or `failed`; null for
            ordinary wallets.
        signer_error_code: Error code of a failed signer registration; present only when `signer_status` is `failed`.
        signer_error_reason: Readable reason a signer registration failed; present only when `signer_status` is
            `failed`.
        nickname: Name the user gave the wallet.
        logo_uri: Image URI of the chain's logo; null when none.
        deleted_at: When the wallet was deleted (epoch ms on the wire).
        safe_creation_event_id: Id of the event to follow the Safe creation by; present only in a 202 answer that
            started one.
        cards: Payment cards linked to the wallet; present only with `expand=cards`.
    """

    field_links: WalletLinks
    id: str
    address: str
    chain_id: int
    is_primary: bool
    is_eoa: bool
    created_at: datetime.datetime
    signer_role: SignerRole | None = None
    signer_status: MandateKeyStatus | None = None
    signer_error_code: str | None = None
    signer_error_reason: str | None = None
    nickname: str | None = None
    logo_uri: str | None = None
    deleted_at: datetime.datetime | None = None
    safe_creation_event_id: str | None = None
    cards: list[CardData] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "id",
        "address",
        "chain_id",
        "is_primary",
        "is_eoa",
        "created_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "signer_role",
        "signer_status",
        "signer_error_code",
        "signer_error_reason",
        "nickname",
        "logo_uri",
        "deleted_at",
        "safe_creation_event_id",
        "cards",
    )

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        id = self.id

        address = self.address

        chain_id = self.chain_id

        is_primary = self.is_primary

        is_eoa = self.is_eoa

        created_at = epoch_ms(self.created_at)

        _signer_role = UNSET if self.signer_role is None and not self._nulls & 1 else self.signer_role
        signer_role: str | Unset | None
        if isinstance(_signer_role, Unset):
            signer_role = UNSET
        elif isinstance(_signer_role, SignerRole):
            signer_role = SignerRole(_signer_role).value
        else:
            signer_role = _signer_role

        _signer_status = UNSET if self.signer_status is None and not self._nulls & 2 else self.signer_status
        signer_status: str | Unset | None
        if isinstance(_signer_status, Unset):
            signer_status = UNSET
        elif isinstance(_signer_status, MandateKeyStatus):
            signer_status = MandateKeyStatus(_signer_status).value
        else:
            signer_status = _signer_status

        _signer_error_code = UNSET if self.signer_error_code is None and not self._nulls & 4 else self.signer_error_code
        signer_error_code: str | Unset | None
        if isinstance(_signer_error_code, Unset):
            signer_error_code = UNSET
        else:
            signer_error_code = _signer_error_code

        _signer_error_reason = (
            UNSET if self.signer_error_reason is None and not self._nulls & 8 else self.signer_error_reason
        )
        signer_error_reason: str | Unset | None
        if isinstance(_signer_error_reason, Unset):
            signer_error_reason = UNSET
        else:
            signer_error_reason = _signer_error_reason

        _nickname = UNSET if self.nickname is None and not self._nulls & 16 else self.nickname
        nickname: str | Unset | None
        if isinstance(_nickname, Unset):
            nickname = UNSET
        else:
            nickname = _nickname

        _logo_uri = UNSET if self.logo_uri is None and not self._nulls & 32 else self.logo_uri
        logo_uri: str | Unset | None
        if isinstance(_logo_uri, Unset):
            logo_uri = UNSET
        else:
            logo_uri = _logo_uri

        _deleted_at = UNSET if self.deleted_at is None and not self._nulls & 64 else self.deleted_at
        deleted_at: int | Unset | None
        if isinstance(_deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(_deleted_at, datetime.datetime):
            deleted_at = epoch_ms(_deleted_at)
        else:
            deleted_at = _deleted_at

        _safe_creation_event_id = (
            UNSET if self.safe_creation_event_id is None and not self._nulls & 128 else self.safe_creation_event_id
        )
        safe_creation_event_id: str | Unset | None
        if isinstance(_safe_creation_event_id, Unset):
            safe_creation_event_id = UNSET
        else:
            safe_creation_event_id = _safe_creation_event_id

        _cards = UNSET if self.cards is None and not self._nulls & 256 else self.cards
        cards: list[dict[str, Any]] | Unset | None
        if isinstance(_cards, Unset):
            cards = UNSET
        elif isinstance(_cards, list):
            cards = []
            for cards_type_0_item_data in _cards:
                cards_type_0_item = cards_type_0_item_data.to_dict()
                cards.append(cards_type_0_item)

        else:
            cards = _cards

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "id": id,
                "address": address,
                "chain_id": chain_id,
                "is_primary": is_primary,
                "is_eoa": is_eoa,
                "created_at": created_at,
            }
        )
        if signer_role is not UNSET:
            field_dict["signer_role"] = signer_role
        if signer_status is not UNSET:
            field_dict["signer_status"] = signer_status
        if signer_error_code is not UNSET:
            field_dict["signer_error_code"] = signer_error_code
        if signer_error_reason is not UNSET:
            field_dict["signer_error_reason"] = signer_error_reason
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if logo_uri is not UNSET:
            field_dict["logo_uri"] = logo_uri
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if safe_creation_event_id is not UNSET:
            field_dict["safe_creation_event_id"] = safe_creation_event_id
        if cards is not UNSET:
            field_dict["cards"] = cards

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            CardData = _models.CardData
            WalletLinks = _models.WalletLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "_links"
            field_links = WalletLinks.from_dict(src_dict["_links"])

            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "address"
            address = src_dict["address"]
            if type(address) is not str and not isinstance(address, str):
                raise TypeError(f"member 'address': expected str, got {type(address).__name__}")

            at = "chain_id"
            chain_id = src_dict["chain_id"]
            if type(chain_id) is not int and (not isinstance(chain_id, int) or isinstance(chain_id, bool)):
                raise TypeError(f"member 'chain_id': expected int, got {type(chain_id).__name__}")

            at = "is_primary"
            is_primary = src_dict["is_primary"]
            if type(is_primary) is not bool and not isinstance(is_primary, bool):
                raise TypeError(f"member 'is_primary': expected bool, got {type(is_primary).__name__}")

            at = "is_eoa"
            is_eoa = src_dict["is_eoa"]
            if type(is_eoa) is not bool and not isinstance(is_eoa, bool):
                raise TypeError(f"member 'is_eoa': expected bool, got {type(is_eoa).__name__}")

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

            at = "signer_role"
            signer_role = src_dict.get("signer_role", ABSENT)
            if signer_role is not None and signer_role is not ABSENT:
                if not isinstance(signer_role, str):
                    raise TypeError("member 'signer_role': a value of the wrong type")
                signer_role = SignerRole.parse(signer_role)

            if signer_role is None:
                nulls |= 1

            at = "signer_status"
            signer_status = src_dict.get("signer_status", ABSENT)
            if signer_status is not None and signer_status is not ABSENT:
                if not isinstance(signer_status, str):
                    raise TypeError("member 'signer_status': a value of the wrong type")
                signer_status = MandateKeyStatus.parse(signer_status)

            if signer_status is None:
                nulls |= 2

            at = "signer_error_code"
            signer_error_code = src_dict.get("signer_error_code", ABSENT)
            if (
                type(signer_error_code) is not str
                and signer_error_code is not None
                and signer_error_code is not ABSENT
                and not isinstance(signer_error_code, str)
            ):
                raise TypeError(
                    f"member 'signer_error_code': expected str or None or Unset, got {type(signer_error_code).__name__}"
                )

            if signer_error_code is None:
                nulls |= 4

            at = "signer_error_reason"
            signer_error_reason = src_dict.get("signer_error_reason", ABSENT)
            if (
                type(signer_error_reason) is not str
                and signer_error_reason is not None
                and signer_error_reason is not ABSENT
                and not isinstance(signer_error_reason, str)
            ):
                raise TypeError(
                    f"member 'signer_error_reason': expected str or None or Unset, got {type(signer_error_reason).__name__}"
                )

            if signer_error_reason is None:
                nulls |= 8

            at = "nickname"
            nickname = src_dict.get("nickname", ABSENT)
            if (
                type(nickname) is not str
                and nickname is not None
                and nickname is not ABSENT
                and not isinstance(nickname, str)
            ):
                raise TypeError(f"member 'nickname': expected str or None or Unset, got {type(nickname).__name__}")

            if nickname is None:
                nulls |= 16

            at = "logo_uri"
            logo_uri = src_dict.get("logo_uri", ABSENT)
            if (
                type(logo_uri) is not str
                and logo_uri is not None
                and logo_uri is not ABSENT
                and not isinstance(logo_uri, str)
            ):
                raise TypeError(f"member 'logo_uri': expected str or None or Unset, got {type(logo_uri).__name__}")

            if logo_uri is None:
                nulls |= 32

            at = "deleted_at"
            deleted_at = src_dict.get("deleted_at", ABSENT)
            if deleted_at is not None and deleted_at is not ABSENT:
                if not isinstance(deleted_at, int | float | str):
                    raise TypeError("member 'deleted_at': a value of the wrong type")
                deleted_at = parse_timestamp(deleted_at)

            if deleted_at is None:
                nulls |= 64

            at = "safe_creation_event_id"
            safe_creation_event_id = src_dict.get("safe_creation_event_id", ABSENT)
            if (
                type(safe_creation_event_id) is not str
                and safe_creation_event_id is not None
                and safe_creation_event_id is not ABSENT
                and not isinstance(safe_creation_event_id, str)
            ):
                raise TypeError(
                    f"member 'safe_creation_event_id': expected str or None or Unset, got {type(safe_creation_event_id).__name__}"
                )

            if safe_creation_event_id is None:
                nulls |= 128

            at = "cards"
            cards = src_dict.get("cards", ABSENT)
            if cards is not None and cards is not ABSENT:
                if not isinstance(cards, list):
                    raise TypeError("member 'cards': a value of the wrong type")
                _cards_type_0 = cards
                cards_type_0 = [CardData.from_dict(cards_type_0_item_data) for cards_type_0_item_data in _cards_type_0]

                cards = cards_type_0

            if cards is None:
                nulls |= 256

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        wallet_response = object.__new__(cls)
        wallet_response.field_links = field_links
        wallet_response.id = id
        wallet_response.address = address
        wallet_response.chain_id = chain_id
        wallet_response.is_primary = is_primary
        wallet_response.is_eoa = is_eoa
        wallet_response.created_at = created_at
        wallet_response.signer_role = None if signer_role is ABSENT else signer_role
        wallet_response.signer_status = None if signer_status is ABSENT else signer_status
        wallet_response.signer_error_code = None if signer_error_code is ABSENT else signer_error_code
        wallet_response.signer_error_reason = None if signer_error_reason is ABSENT else signer_error_reason
        wallet_response.nickname = None if nickname is ABSENT else nickname
        wallet_response.logo_uri = None if logo_uri is ABSENT else logo_uri
        wallet_response.deleted_at = None if deleted_at is ABSENT else deleted_at
        wallet_response.safe_creation_event_id = None if safe_creation_event_id is ABSENT else safe_creation_event_id
        wallet_response.cards = None if cards is ABSENT else cards
        wallet_response._nulls = nulls
        wallet_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 7
            + (signer_role is not ABSENT)
            + (signer_status is not ABSENT)
            + (signer_error_code is not ABSENT)
            + (signer_error_reason is not ABSENT)
            + (nickname is not ABSENT)
            + (logo_uri is not ABSENT)
            + (deleted_at is not ABSENT)
            + (safe_creation_event_id is not ABSENT)
            + (cards is not ABSENT)
            else {}
        )
        return wallet_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
