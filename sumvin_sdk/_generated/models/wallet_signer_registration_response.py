from __future__ import annotations

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
from ..types import PARSE_ERRORS, Model, note_failure

if TYPE_CHECKING:
    from ..models.wallet_signer_registration_links import WalletSignerRegistrationLinks


T = TypeVar("T", bound="WalletSignerRegistrationResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "id",
        "address",
        "chain_id",
        "signer_status",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class WalletSignerRegistrationResponse(Model):
    """What `register_wallet_signer` returns; it starts adding an address as a signer of the user's primary Safe (personal
    access token only); the addition completes on chain afterwards.

        Example:
            {'_links': {'self': {'href': '/v0/wallets/wal-a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4/signers'}, 'signer-status':
                {'href': '/v0/wallets/wal-b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5'}}, 'address':
                '0x742d35cc6634c0532925a3b844bc9e7595f2bd78', 'chain_id': 1329, 'id': 'wal-b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5',
                'signer_status': 'pending'}

        Attributes:
            field_links: Links to poll the registration and to the Safe it adds a signer to.
            id: Unique id of the wallet signer registration.
            address: The address being added as a signer, lowercased.
            chain_id: EVM chain id the wallet signer registration lives on (for example 1329 for Sei).
            signer_status: State of the registration when accepted; always `pending` here, the wallet shows how it settles.
    """

    field_links: WalletSignerRegistrationLinks
    id: str
    address: str
    chain_id: int
    signer_status: MandateKeyStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "id",
        "address",
        "chain_id",
        "signer_status",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        id = self.id

        address = self.address

        chain_id = self.chain_id

        signer_status = MandateKeyStatus(self.signer_status).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "id": id,
                "address": address,
                "chain_id": chain_id,
                "signer_status": signer_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            WalletSignerRegistrationLinks = _models.WalletSignerRegistrationLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = WalletSignerRegistrationLinks.from_dict(src_dict["_links"])

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

            at = "signer_status"
            signer_status = MandateKeyStatus.parse(src_dict["signer_status"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        wallet_signer_registration_response = object.__new__(cls)
        wallet_signer_registration_response.field_links = field_links
        wallet_signer_registration_response.id = id
        wallet_signer_registration_response.address = address
        wallet_signer_registration_response.chain_id = chain_id
        wallet_signer_registration_response.signer_status = signer_status
        wallet_signer_registration_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 5 else {}
        )
        return wallet_signer_registration_response

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
