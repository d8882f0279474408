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
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.pint_detail_data_eip_712_message_type_0 import PintDetailDataEip712MessageType0


T = TypeVar("T", bound="PintDetailData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "wallet_address",
        "nonce",
        "eip712_message",
        "scopes",
        "resources",
        "max_amount",
        "signer_type",
        "status",
        "created_at",
        "expires_at",
        "revoked_at",
        "token_count",
        "signed_at",
        "budget_consumed",
        "budget_remaining",
        "transaction_count",
        "enforcement_mode",
        "source_chat_message_id",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class PintDetailData(Model):
    """A PINT: its signed limits, scopes, state and spending so far.

    Attributes:
        id: Unique id of the PINT detail.
        wallet_address: Address of the wallet that signed the PINT.
        nonce: Nonce the wallet signed the PINT with.
        eip712_message: The EIP-712 typed data that was signed; null when not kept.
        scopes: Permissions granted, as scope names.
        resources: Resource URIs the PINT is limited to; null when it has none.
        max_amount: Most the PINT allows to be spent, as a decimal string; null for no limit.
        signer_type: Who signed the PINT: `user` or `agent`.
        status: State of the PINT: `pending`, `active`, `expired` or `revoked`.
        created_at: When the PINT detail was created (epoch ms on the wire).
        expires_at: When the PINT detail expires (epoch ms on the wire).
        revoked_at: When the PINT detail was revoked (epoch ms on the wire).
        token_count: How many tokens (JWTs) have been issued for the PINT.
        signed_at: When the PINT detail was signed (epoch ms on the wire).
        budget_consumed: Amount spent under the PINT so far, as a decimal string; null when not tracked.
        budget_remaining: Amount left to spend (limit minus spent), as a decimal string; null without a limit.
        transaction_count: How many transactions were made under the PINT. Default: 0.
        enforcement_mode: `strict` when going over the limit blocks a spend, `advisory` when it only warns. Default:
            'strict'.
        source_chat_message_id: Id of the chat message the PINT came from; null when it did not come from chat.
    """

    id: str
    wallet_address: str
    nonce: int
    eip712_message: PintDetailDataEip712MessageType0 | None
    scopes: list[str]
    resources: list[str] | None
    max_amount: str | None
    signer_type: str
    status: str
    created_at: datetime.datetime
    expires_at: datetime.datetime
    revoked_at: datetime.datetime | None
    token_count: int
    signed_at: datetime.datetime | None = None
    budget_consumed: str | None = None
    budget_remaining: str | None = None
    transaction_count: int | None = None
    enforcement_mode: str | None = None
    source_chat_message_id: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "wallet_address",
        "nonce",
        "eip712_message",
        "scopes",
        "resources",
        "max_amount",
        "signer_type",
        "status",
        "created_at",
        "expires_at",
        "revoked_at",
        "token_count",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "signed_at",
        "budget_consumed",
        "budget_remaining",
        "transaction_count",
        "enforcement_mode",
        "source_chat_message_id",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.pint_detail_data_eip_712_message_type_0 import PintDetailDataEip712MessageType0

        id = self.id

        wallet_address = self.wallet_address

        nonce = self.nonce

        eip712_message: dict[str, Any] | None
        if isinstance(self.eip712_message, PintDetailDataEip712MessageType0):
            eip712_message = self.eip712_message.to_dict()
        else:
            eip712_message = self.eip712_message

        scopes = self.scopes

        resources: list[str] | None
        if isinstance(self.resources, list):
            resources = self.resources

        else:
            resources = self.resources

        max_amount: str | None
        max_amount = self.max_amount

        signer_type = self.signer_type

        status = self.status

        created_at = epoch_ms(self.created_at)

        expires_at = epoch_ms(self.expires_at)

        revoked_at: int | None
        if isinstance(self.revoked_at, datetime.datetime):
            revoked_at = epoch_ms(self.revoked_at)
        else:
            revoked_at = self.revoked_at

        token_count = self.token_count

        _signed_at = UNSET if self.signed_at is None and not self._nulls & 1 else self.signed_at
        signed_at: int | Unset | None
        if isinstance(_signed_at, Unset):
            signed_at = UNSET
        elif isinstance(_signed_at, datetime.datetime):
            signed_at = epoch_ms(_signed_at)
        else:
            signed_at = _signed_at

        _budget_consumed = UNSET if self.budget_consumed is None and not self._nulls & 2 else self.budget_consumed
        budget_consumed: str | Unset | None
        if isinstance(_budget_consumed, Unset):
            budget_consumed = UNSET
        else:
            budget_consumed = _budget_consumed

        _budget_remaining = UNSET if self.budget_remaining is None and not self._nulls & 4 else self.budget_remaining
        budget_remaining: str | Unset | None
        if isinstance(_budget_remaining, Unset):
            budget_remaining = UNSET
        else:
            budget_remaining = _budget_remaining

        _transaction_count = UNSET if self.transaction_count is None else self.transaction_count
        transaction_count = _transaction_count

        _enforcement_mode = UNSET if self.enforcement_mode is None else self.enforcement_mode
        enforcement_mode = _enforcement_mode

        _source_chat_message_id = (
            UNSET if self.source_chat_message_id is None and not self._nulls & 32 else self.source_chat_message_id
        )
        source_chat_message_id: int | Unset | None
        if isinstance(_source_chat_message_id, Unset):
            source_chat_message_id = UNSET
        else:
            source_chat_message_id = _source_chat_message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "wallet_address": wallet_address,
                "nonce": nonce,
                "eip712_message": eip712_message,
                "scopes": scopes,
                "resources": resources,
                "max_amount": max_amount,
                "signer_type": signer_type,
                "status": status,
                "created_at": created_at,
                "expires_at": expires_at,
                "revoked_at": revoked_at,
                "token_count": token_count,
            }
        )
        if signed_at is not UNSET:
            field_dict["signed_at"] = signed_at
        if budget_consumed is not UNSET:
            field_dict["budget_consumed"] = budget_consumed
        if budget_remaining is not UNSET:
            field_dict["budget_remaining"] = budget_remaining
        if transaction_count is not UNSET:
            field_dict["transaction_count"] = transaction_count
        if enforcement_mode is not UNSET:
            field_dict["enforcement_mode"] = enforcement_mode
        if source_chat_message_id is not UNSET:
            field_dict["source_chat_message_id"] = source_chat_message_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            PintDetailDataEip712MessageType0 = _models.PintDetailDataEip712MessageType0
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "wallet_address"
            wallet_address = src_dict["wallet_address"]
            if type(wallet_address) is not str and not isinstance(wallet_address, str):
                raise TypeError(f"member 'wallet_address': expected str, got {type(wallet_address).__name__}")

            at = "nonce"
            nonce = src_dict["nonce"]
            if type(nonce) is not int and (not isinstance(nonce, int) or isinstance(nonce, bool)):
                raise TypeError(f"member 'nonce': expected int, got {type(nonce).__name__}")

            at = "eip712_message"
            eip712_message = src_dict["eip712_message"]
            if eip712_message is not None:
                if not isinstance(eip712_message, dict):
                    raise TypeError("member 'eip712_message': a value of the wrong type")
                eip712_message = PintDetailDataEip712MessageType0.from_dict(eip712_message)

            at = "scopes"
            _scopes = src_dict["scopes"]
            if not isinstance(_scopes, list):
                raise TypeError(f"member 'scopes': expected a list, got {type(_scopes).__name__}")

            for scopes_item in _scopes:
                if type(scopes_item) is not str and not isinstance(scopes_item, str):
                    raise TypeError(f"member 'scopes[]': expected str, got {type(scopes_item).__name__}")

            scopes = _scopes

            at = "resources"
            resources = src_dict["resources"]
            if resources is not None:
                if not isinstance(resources, list):
                    raise TypeError("member 'resources': a value of the wrong type")
                _resources_type_0 = resources
                for resources_type_0_item in _resources_type_0:
                    if type(resources_type_0_item) is not str and not isinstance(resources_type_0_item, str):
                        raise TypeError(
                            f"member 'resources_type_0[]': expected str, got {type(resources_type_0_item).__name__}"
                        )

                resources_type_0 = _resources_type_0

                resources = resources_type_0

            at = "max_amount"
            max_amount = src_dict["max_amount"]
            if type(max_amount) is not str and max_amount is not None and not isinstance(max_amount, str):
                raise TypeError(f"member 'max_amount': expected str or None, got {type(max_amount).__name__}")

            at = "signer_type"
            signer_type = src_dict["signer_type"]
            if type(signer_type) is not str and not isinstance(signer_type, str):
                raise TypeError(f"member 'signer_type': expected str, got {type(signer_type).__name__}")

            at = "status"
            status = src_dict["status"]
            if type(status) is not str and not isinstance(status, str):
                raise TypeError(f"member 'status': expected str, got {type(status).__name__}")

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

            at = "expires_at"
            expires_at = parse_timestamp(src_dict["expires_at"])

            at = "revoked_at"
            revoked_at = src_dict["revoked_at"]
            if revoked_at is not None:
                if not isinstance(revoked_at, int | float | str):
                    raise TypeError("member 'revoked_at': a value of the wrong type")
                revoked_at = parse_timestamp(revoked_at)

            at = "token_count"
            token_count = src_dict["token_count"]
            if type(token_count) is not int and (not isinstance(token_count, int) or isinstance(token_count, bool)):
                raise TypeError(f"member 'token_count': expected int, got {type(token_count).__name__}")

            at = "signed_at"
            signed_at = src_dict.get("signed_at", ABSENT)
            if signed_at is not None and signed_at is not ABSENT:
                if not isinstance(signed_at, int | float | str):
                    raise TypeError("member 'signed_at': a value of the wrong type")
                signed_at = parse_timestamp(signed_at)

            if signed_at is None:
                nulls |= 1

            at = "budget_consumed"
            budget_consumed = src_dict.get("budget_consumed", ABSENT)
            if (
                type(budget_consumed) is not str
                and budget_consumed is not None
                and budget_consumed is not ABSENT
                and not isinstance(budget_consumed, str)
            ):
                raise TypeError(
                    f"member 'budget_consumed': expected str or None or Unset, got {type(budget_consumed).__name__}"
                )

            if budget_consumed is None:
                nulls |= 2

            at = "budget_remaining"
            budget_remaining = src_dict.get("budget_remaining", ABSENT)
            if (
                type(budget_remaining) is not str
                and budget_remaining is not None
                and budget_remaining is not ABSENT
                and not isinstance(budget_remaining, str)
            ):
                raise TypeError(
                    f"member 'budget_remaining': expected str or None or Unset, got {type(budget_remaining).__name__}"
                )

            if budget_remaining is None:
                nulls |= 4

            transaction_count = src_dict.get("transaction_count", ABSENT)
            if (
                type(transaction_count) is not int
                and transaction_count is not ABSENT
                and (not isinstance(transaction_count, int) or isinstance(transaction_count, bool))
            ):
                raise TypeError(
                    f"member 'transaction_count': expected int or Unset, got {type(transaction_count).__name__}"
                )

            enforcement_mode = src_dict.get("enforcement_mode", ABSENT)
            if (
                type(enforcement_mode) is not str
                and enforcement_mode is not ABSENT
                and not isinstance(enforcement_mode, str)
            ):
                raise TypeError(
                    f"member 'enforcement_mode': expected str or Unset, got {type(enforcement_mode).__name__}"
                )

            at = "source_chat_message_id"
            source_chat_message_id = src_dict.get("source_chat_message_id", ABSENT)
            if (
                type(source_chat_message_id) is not int
                and source_chat_message_id is not None
                and source_chat_message_id is not ABSENT
                and (not isinstance(source_chat_message_id, int) or isinstance(source_chat_message_id, bool))
            ):
                raise TypeError(
                    f"member 'source_chat_message_id': expected int or None or Unset, got {type(source_chat_message_id).__name__}"
                )

            if source_chat_message_id is None:
                nulls |= 32

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        pint_detail_data = object.__new__(cls)
        pint_detail_data.id = id
        pint_detail_data.wallet_address = wallet_address
        pint_detail_data.nonce = nonce
        pint_detail_data.eip712_message = eip712_message
        pint_detail_data.scopes = scopes
        pint_detail_data.resources = resources
        pint_detail_data.max_amount = max_amount
        pint_detail_data.signer_type = signer_type
        pint_detail_data.status = status
        pint_detail_data.created_at = created_at
        pint_detail_data.expires_at = expires_at
        pint_detail_data.revoked_at = revoked_at
        pint_detail_data.token_count = token_count
        pint_detail_data.signed_at = None if signed_at is ABSENT else signed_at
        pint_detail_data.budget_consumed = None if budget_consumed is ABSENT else budget_consumed
        pint_detail_data.budget_remaining = None if budget_remaining is ABSENT else budget_remaining
        pint_detail_data.transaction_count = None if transaction_count is ABSENT else transaction_count
        pint_detail_data.enforcement_mode = None if enforcement_mode is ABSENT else enforcement_mode
        pint_detail_data.source_chat_message_id = None if source_chat_message_id is ABSENT else source_chat_message_id
        pint_detail_data._nulls = nulls
        pint_detail_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 13
            + (signed_at is not ABSENT)
            + (budget_consumed is not ABSENT)
            + (budget_remaining is not ABSENT)
            + (transaction_count is not ABSENT)
            + (enforcement_mode is not ABSENT)
            + (source_chat_message_id is not ABSENT)
            else {}
        )
        return pint_detail_data

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
