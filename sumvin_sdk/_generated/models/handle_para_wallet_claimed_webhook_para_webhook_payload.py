from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    NotRequired,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, note_failure

if TYPE_CHECKING:
    from ..models.handle_para_wallet_claimed_webhook_para_webhook_payload_data import (
        HandleParaWalletClaimedWebhookParaWebhookPayloadData,
    )


T = TypeVar("T", bound="HandleParaWalletClaimedWebhookParaWebhookPayload")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "type",
        "data",
        "createdAt",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class HandleParaWalletClaimedWebhookParaWebhookPayload(Model):
    """A signed event from the embedded-wallet provider, sent to the earlier address.

    Attributes:
        id: Unique id of the event.
        type_: Kind of Para event; wallet-created and wallet-claimed events are acted on, others only acknowledged.
        data: The wallet the event is about, and when it was created or claimed.
        created_at: Created at of the event.
    """

    id: str
    type_: str
    data: HandleParaWalletClaimedWebhookParaWebhookPayloadData
    created_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "type_",
        "data",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("created_at",)

    def _json_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        data = self.data.to_dict()

        _created_at = UNSET if self.created_at is None else self.created_at
        created_at = _created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "data": data,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            HandleParaWalletClaimedWebhookParaWebhookPayloadData = (
                _models.HandleParaWalletClaimedWebhookParaWebhookPayloadData
            )
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "type"
            type_ = src_dict["type"]
            if type(type_) is not str and not isinstance(type_, str):
                raise TypeError(f"member 'type': expected str, got {type(type_).__name__}")

            at = "data"
            data = HandleParaWalletClaimedWebhookParaWebhookPayloadData.from_dict(src_dict["data"])

            created_at = src_dict.get("createdAt", ABSENT)
            if type(created_at) is not str and created_at is not ABSENT and not isinstance(created_at, str):
                raise TypeError(f"member 'createdAt': expected str or Unset, got {type(created_at).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        handle_para_wallet_claimed_webhook_para_webhook_payload = object.__new__(cls)
        handle_para_wallet_claimed_webhook_para_webhook_payload.id = id
        handle_para_wallet_claimed_webhook_para_webhook_payload.type_ = type_
        handle_para_wallet_claimed_webhook_para_webhook_payload.data = data
        handle_para_wallet_claimed_webhook_para_webhook_payload.created_at = (
            None if created_at is ABSENT else created_at
        )
        handle_para_wallet_claimed_webhook_para_webhook_payload.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 3 + (created_at is not ABSENT)
            else {}
        )
        return handle_para_wallet_claimed_webhook_para_webhook_payload

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


class HandleParaWalletClaimedWebhookParaWebhookPayloadDict(TypedDict):
    """``HandleParaWalletClaimedWebhookParaWebhookPayload`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    id: str
    type: str
    data: Mapping[str, Any] | _models.HandleParaWalletClaimedWebhookParaWebhookPayloadData
    createdAt: NotRequired[str]
