from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, note_failure

T = TypeVar("T", bound="ReceiveParaWebhookEventParaWebhookPayloadData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "walletId",
        "walletAddress",
        "walletType",
        "userId",
        "walletCreatedAt",
        "claimedAt",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class ReceiveParaWebhookEventParaWebhookPayloadData(Model):
    """The wallet the event is about, and when it was created or claimed.

    Attributes:
        wallet_id: The provider's id of the wallet the event is about.
        wallet_address: On-chain address of the wallet the event is about.
        wallet_type: Chain family of the wallet, such as `EVM`.
        user_id: The provider's id of the user who owns the wallet.
        wallet_created_at: When the wallet was created, ISO 8601 (wallet-created events).
        claimed_at: When the user claimed the wallet, ISO 8601 (wallet-claimed events).
    """

    wallet_id: str
    wallet_address: str | None = None
    wallet_type: str | None = None
    user_id: str | None = None
    wallet_created_at: str | None = None
    claimed_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("wallet_id",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "wallet_address",
        "wallet_type",
        "user_id",
        "wallet_created_at",
        "claimed_at",
    )

    def _json_dict(self) -> dict[str, Any]:
        wallet_id = self.wallet_id

        _wallet_address = UNSET if self.wallet_address is None else self.wallet_address
        wallet_address = _wallet_address

        _wallet_type = UNSET if self.wallet_type is None else self.wallet_type
        wallet_type = _wallet_type

        _user_id = UNSET if self.user_id is None else self.user_id
        user_id = _user_id

        _wallet_created_at = UNSET if self.wallet_created_at is None else self.wallet_created_at
        wallet_created_at = _wallet_created_at

        _claimed_at = UNSET if self.claimed_at is None else self.claimed_at
        claimed_at = _claimed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "walletId": wallet_id,
            }
        )
        if wallet_address is not UNSET:
            field_dict["walletAddress"] = wallet_address
        if wallet_type is not UNSET:
            field_dict["walletType"] = wallet_type
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if wallet_created_at is not UNSET:
            field_dict["walletCreatedAt"] = wallet_created_at
        if claimed_at is not UNSET:
            field_dict["claimedAt"] = claimed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "walletId"
            wallet_id = src_dict["walletId"]
            if type(wallet_id) is not str and not isinstance(wallet_id, str):
                raise TypeError(f"member 'walletId': expected str, got {type(wallet_id).__name__}")

            wallet_address = src_dict.get("walletAddress", ABSENT)
            if type(wallet_address) is not str and wallet_address is not ABSENT and not isinstance(wallet_address, str):
                raise TypeError(f"member 'walletAddress': expected str or Unset, got {type(wallet_address).__name__}")

            wallet_type = src_dict.get("walletType", ABSENT)
            if type(wallet_type) is not str and wallet_type is not ABSENT and not isinstance(wallet_type, str):
                raise TypeError(f"member 'walletType': expected str or Unset, got {type(wallet_type).__name__}")

            user_id = src_dict.get("userId", ABSENT)
            if type(user_id) is not str and user_id is not ABSENT and not isinstance(user_id, str):
                raise TypeError(f"member 'userId': expected str or Unset, got {type(user_id).__name__}")

            wallet_created_at = src_dict.get("walletCreatedAt", ABSENT)
            if (
                type(wallet_created_at) is not str
                and wallet_created_at is not ABSENT
                and not isinstance(wallet_created_at, str)
            ):
                raise TypeError(
                    f"member 'walletCreatedAt': expected str or Unset, got {type(wallet_created_at).__name__}"
                )

            claimed_at = src_dict.get("claimedAt", ABSENT)
            if type(claimed_at) is not str and claimed_at is not ABSENT and not isinstance(claimed_at, str):
                raise TypeError(f"member 'claimedAt': expected str or Unset, got {type(claimed_at).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        receive_para_webhook_event_para_webhook_payload_data = object.__new__(cls)
        receive_para_webhook_event_para_webhook_payload_data.wallet_id = wallet_id
        receive_para_webhook_event_para_webhook_payload_data.wallet_address = (
            None if wallet_address is ABSENT else wallet_address
        )
        receive_para_webhook_event_para_webhook_payload_data.wallet_type = (
            None if wallet_type is ABSENT else wallet_type
        )
        receive_para_webhook_event_para_webhook_payload_data.user_id = None if user_id is ABSENT else user_id
        receive_para_webhook_event_para_webhook_payload_data.wallet_created_at = (
            None if wallet_created_at is ABSENT else wallet_created_at
        )
        receive_para_webhook_event_para_webhook_payload_data.claimed_at = None if claimed_at is ABSENT else claimed_at
        receive_para_webhook_event_para_webhook_payload_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 1
            + (wallet_address is not ABSENT)
            + (wallet_type is not ABSENT)
            + (user_id is not ABSENT)
            + (wallet_created_at is not ABSENT)
            + (claimed_at is not ABSENT)
            else {}
        )
        return receive_para_webhook_event_para_webhook_payload_data

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
