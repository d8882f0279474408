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
from ..models.mandate_ceremony_status import MandateCeremonyStatus
from ..models.pint_signer_anchor import PintSignerAnchor
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.eip712_payload import EIP712Payload
    from ..models.mandate_ceremony_links import MandateCeremonyLinks


T = TypeVar("T", bound="MandateCeremonyResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "ceremony_id",
        "status",
        "expires_at",
        "mandate_uri",
        "statement",
        "scopes",
        "chain_id",
        "verifying_contract",
        "signer_anchor",
        "typed_data",
        "reason",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class MandateCeremonyResponse(Model):
    """What `read_mandate_ceremony` and `decide_mandate_ceremony` return: a mandate ceremony.

    Example:
        {'_links': {'decision': {'href': '/v0/mandate-ceremonies/current/decision', 'method': 'PUT'}, 'self': {'href':
            '/v0/mandate-ceremonies/current'}}, 'ceremony_id': 'mcer-4f2a91c0', 'chain_id': 1329, 'expires_at':
            1757337600000, 'mandate_uri': 'sr:us:pint:9f14c2', 'scopes':
            ['sr:us:pint:spend:visa_checkout?max=500.00&currency=USD'], 'signer_anchor': 'registered_safe_owner',
            'statement': 'Authorise spending of up to 500.00 USD. This authorisation lapses on 2026-09-08T12:00:00Z.',
            'status': 'proposed', 'typed_data': {'domain': {'chainId': 1329, 'name': 'Sumvin Purchase Intent',
            'verifyingContract': '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984', 'version': '3'}, 'message': {'conditions':
            [], 'expiresAt': 1757337600000, 'maxAmount': 0, 'maxAmountToken': '0x0000000000000000000000000000000000000000',
            'nonce': 4, 'resources': ['sr:us:person:safe:0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984'], 'scopes':
            ['sr:us:pint:spend:visa_checkout?max=500.00&currency=USD'], 'statement': 'Authorise spending of up to 500.00
            USD. This authorisation lapses on 2026-09-08T12:00:00Z.', 'wallet':
            '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984'}, 'primaryType': 'PurchaseIntent', 'types': {}},
            'verifying_contract': '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984'}

    Attributes:
        field_links: Links to the approval and, while it is open, to approve or decline it.
        ceremony_id: Stable id of the approval, safe to log and to quote to support.
        status: `proposed` (awaiting the user), `stamped` (authorised), `declined` or `expired`.
        expires_at: When the mandate ceremony expires (epoch ms on the wire).
        mandate_uri: URI of the spending mandate to authorise.
        statement: Sentence the wallet shows the user, naming the limit and the expiry; it is part of what is signed.
        scopes: What the mandate authorises, as scope strings in the signed authorisation.
        chain_id: EVM chain id the mandate ceremony lives on (for example 1329 for Sei).
        verifying_contract: Address the signature is verified against: the account's wallet.
        signer_anchor: Who must sign; `registered_safe_owner` means a key listed among the owners of the account's Safe.
        typed_data: The typed data to sign, exactly as stored; sign it unchanged, not a copy rebuilt from the other
            members.
        reason: Why the approval ended in its state when it was not the user's own answer; null otherwise.
    """

    field_links: MandateCeremonyLinks
    ceremony_id: str
    status: MandateCeremonyStatus
    expires_at: datetime.datetime
    mandate_uri: str
    statement: str
    scopes: list[str]
    chain_id: int
    verifying_contract: str
    signer_anchor: PintSignerAnchor
    typed_data: EIP712Payload
    reason: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "ceremony_id",
        "status",
        "expires_at",
        "mandate_uri",
        "statement",
        "scopes",
        "chain_id",
        "verifying_contract",
        "signer_anchor",
        "typed_data",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("reason",)

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        ceremony_id = self.ceremony_id

        status = MandateCeremonyStatus(self.status).value

        expires_at = epoch_ms(self.expires_at)

        mandate_uri = self.mandate_uri

        statement = self.statement

        scopes = self.scopes

        chain_id = self.chain_id

        verifying_contract = self.verifying_contract

        signer_anchor = PintSignerAnchor(self.signer_anchor).value

        typed_data = self.typed_data.to_dict()

        _reason = UNSET if self.reason is None and not self._nulls & 1 else self.reason
        reason: str | Unset | None
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = _reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "ceremony_id": ceremony_id,
                "status": status,
                "expires_at": expires_at,
                "mandate_uri": mandate_uri,
                "statement": statement,
                "scopes": scopes,
                "chain_id": chain_id,
                "verifying_contract": verifying_contract,
                "signer_anchor": signer_anchor,
                "typed_data": typed_data,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            EIP712Payload = _models.EIP712Payload
            MandateCeremonyLinks = _models.MandateCeremonyLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "_links"
            field_links = MandateCeremonyLinks.from_dict(src_dict["_links"])

            at = "ceremony_id"
            ceremony_id = src_dict["ceremony_id"]
            if type(ceremony_id) is not str and not isinstance(ceremony_id, str):
                raise TypeError(f"member 'ceremony_id': expected str, got {type(ceremony_id).__name__}")

            at = "status"
            status = MandateCeremonyStatus.parse(src_dict["status"])

            at = "expires_at"
            expires_at = parse_timestamp(src_dict["expires_at"])

            at = "mandate_uri"
            mandate_uri = src_dict["mandate_uri"]
            if type(mandate_uri) is not str and not isinstance(mandate_uri, str):
                raise TypeError(f"member 'mandate_uri': expected str, got {type(mandate_uri).__name__}")

            at = "statement"
            statement = src_dict["statement"]
            if type(statement) is not str and not isinstance(statement, str):
                raise TypeError(f"member 'statement': expected str, got {type(statement).__name__}")

            at = "scopes"
            _scopes = src_dict["scopes"]
            if not isinstance(_scopes, list):
                raise TypeError(f"member 'scopes': expected a list, got {type(_scopes).__name__}")

            for scopes_item in _scopes:
                if type(scopes_item) is not str and not isinstance(scopes_item, str):
                    raise TypeError(f"member 'scopes[]': expected str, got {type(scopes_item).__name__}")

            scopes = _scopes

            at = "chain_id"
            chain_id = src_dict["chain_id"]
            if type(chain_id) is not int and (not isinstance(chain_id, int) or isinstance(chain_id, bool)):
                raise TypeError(f"member 'chain_id': expected int, got {type(chain_id).__name__}")

            at = "verifying_contract"
            verifying_contract = src_dict["verifying_contract"]
            if type(verifying_contract) is not str and not isinstance(verifying_contract, str):
                raise TypeError(f"member 'verifying_contract': expected str, got {type(verifying_contract).__name__}")

            at = "signer_anchor"
            signer_anchor = PintSignerAnchor.parse(src_dict["signer_anchor"])

            at = "typed_data"
            typed_data = EIP712Payload.from_dict(src_dict["typed_data"])

            at = "reason"
            reason = src_dict.get("reason", ABSENT)
            if type(reason) is not str and reason is not None and reason is not ABSENT and not isinstance(reason, str):
                raise TypeError(f"member 'reason': expected str or None or Unset, got {type(reason).__name__}")

            if reason is None:
                nulls |= 1

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        mandate_ceremony_response = object.__new__(cls)
        mandate_ceremony_response.field_links = field_links
        mandate_ceremony_response.ceremony_id = ceremony_id
        mandate_ceremony_response.status = status
        mandate_ceremony_response.expires_at = expires_at
        mandate_ceremony_response.mandate_uri = mandate_uri
        mandate_ceremony_response.statement = statement
        mandate_ceremony_response.scopes = scopes
        mandate_ceremony_response.chain_id = chain_id
        mandate_ceremony_response.verifying_contract = verifying_contract
        mandate_ceremony_response.signer_anchor = signer_anchor
        mandate_ceremony_response.typed_data = typed_data
        mandate_ceremony_response.reason = None if reason is ABSENT else reason
        mandate_ceremony_response._nulls = nulls
        mandate_ceremony_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 11 + (reason is not ABSENT)
            else {}
        )
        return mandate_ceremony_response

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
