from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import PARSE_ERRORS, Model, note_failure

if TYPE_CHECKING:
    from ..models.wallet_share_encryption import WalletShareEncryption


T = TypeVar("T", bound="BindMandateKeyWalletRequest")
_MEMBERS: frozenset[str] = frozenset(
    (
        "wallet_id",
        "wallet_address",
        "possession_signature",
        "encrypted_share",
        "encryption",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class BindMandateKeyWalletRequest(Model):
    """Body of `put_mandate_key_wallet`, which binds the browser-made wallet as the user's mandate key and stores its
    encrypted share; 201 when bound, 200 when this exact request was already applied.

        Attributes:
            wallet_id: The wallet provider's id of the wallet, a lowercase UUID.
            wallet_address: EVM address of the wallet, checksummed or lowercase.
            possession_signature: The wallet's 65-byte EIP-712 signature, 0x-hex, proving the browser holds its key.
            encrypted_share: Wallet share encrypted in the browser (AES-256-GCM), as unpadded base64url; at most 32 KiB
                decoded.
            encryption: How the share was encrypted; given back unchanged when the share is read.
    """

    wallet_id: str
    wallet_address: str
    possession_signature: str
    encrypted_share: str
    encryption: WalletShareEncryption
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "wallet_id",
        "wallet_address",
        "possession_signature",
        "encrypted_share",
        "encryption",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        wallet_id = self.wallet_id

        wallet_address = self.wallet_address

        possession_signature = self.possession_signature

        encrypted_share = self.encrypted_share

        encryption = self.encryption.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "wallet_id": wallet_id,
                "wallet_address": wallet_address,
                "possession_signature": possession_signature,
                "encrypted_share": encrypted_share,
                "encryption": encryption,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            WalletShareEncryption = _models.WalletShareEncryption
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "wallet_id"
            wallet_id = src_dict["wallet_id"]
            if type(wallet_id) is not str and not isinstance(wallet_id, str):
                raise TypeError(f"member 'wallet_id': expected str, got {type(wallet_id).__name__}")

            at = "wallet_address"
            wallet_address = src_dict["wallet_address"]
            if type(wallet_address) is not str and not isinstance(wallet_address, str):
                raise TypeError(f"member 'wallet_address': expected str, got {type(wallet_address).__name__}")

            at = "possession_signature"
            possession_signature = src_dict["possession_signature"]
            if type(possession_signature) is not str and not isinstance(possession_signature, str):
                raise TypeError(
                    f"member 'possession_signature': expected str, got {type(possession_signature).__name__}"
                )

            at = "encrypted_share"
            encrypted_share = src_dict["encrypted_share"]
            if type(encrypted_share) is not str and not isinstance(encrypted_share, str):
                raise TypeError(f"member 'encrypted_share': expected str, got {type(encrypted_share).__name__}")

            at = "encryption"
            encryption = WalletShareEncryption.from_dict(src_dict["encryption"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        bind_mandate_key_wallet_request = object.__new__(cls)
        bind_mandate_key_wallet_request.wallet_id = wallet_id
        bind_mandate_key_wallet_request.wallet_address = wallet_address
        bind_mandate_key_wallet_request.possession_signature = possession_signature
        bind_mandate_key_wallet_request.encrypted_share = encrypted_share
        bind_mandate_key_wallet_request.encryption = encryption
        bind_mandate_key_wallet_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 5 else {}
        )
        return bind_mandate_key_wallet_request

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


class BindMandateKeyWalletRequestDict(TypedDict):
    """``BindMandateKeyWalletRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    wallet_id: str
    wallet_address: str
    possession_signature: str
    encrypted_share: str
    encryption: _models.WalletShareEncryptionDict | _models.WalletShareEncryption
