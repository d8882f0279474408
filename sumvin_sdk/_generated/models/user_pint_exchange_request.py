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
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.purchase_intent_payload import PurchaseIntentPayload


T = TypeVar("T", bound="UserPintExchangeRequest")
_MEMBERS: frozenset[str] = frozenset(
    (
        "pint",
        "signature",
        "audience",
        "source_chat_message_id",
        "parent_pint_uri",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class UserPintExchangeRequest(Model):
    """Body of `exchange_pint`, which exchanges a signed purchase intent for a PINT token addressed to its `audience`
    (yourself when omitted); 208 when already exchanged.

        Attributes:
            pint: The purchase intent to exchange for a token.
            signature: Signature (hex) over the signed payload.
            audience: Who the token is addressed to (such as `example.com`); omit to address it to yourself.
            source_chat_message_id: Id of the chat message the PINT came from; null when it did not come from chat.
            parent_pint_uri: URI of an open PINT of the same wallet that this one is allocated under; omit for none.
    """

    pint: PurchaseIntentPayload
    signature: str | Unset | None = UNSET
    audience: str | Unset | None = UNSET
    source_chat_message_id: int | Unset | None = UNSET
    parent_pint_uri: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("pint",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "signature",
        "audience",
        "source_chat_message_id",
        "parent_pint_uri",
    )
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        pint = self.pint.to_dict()

        signature: str | Unset | None
        if isinstance(self.signature, Unset):
            signature = UNSET
        else:
            signature = self.signature

        audience: str | Unset | None
        if isinstance(self.audience, Unset):
            audience = UNSET
        else:
            audience = self.audience

        source_chat_message_id: int | Unset | None
        if isinstance(self.source_chat_message_id, Unset):
            source_chat_message_id = UNSET
        else:
            source_chat_message_id = self.source_chat_message_id

        parent_pint_uri: str | Unset | None
        if isinstance(self.parent_pint_uri, Unset):
            parent_pint_uri = UNSET
        else:
            parent_pint_uri = self.parent_pint_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pint": pint,
            }
        )
        if signature is not UNSET:
            field_dict["signature"] = signature
        if audience is not UNSET:
            field_dict["audience"] = audience
        if source_chat_message_id is not UNSET:
            field_dict["source_chat_message_id"] = source_chat_message_id
        if parent_pint_uri is not UNSET:
            field_dict["parent_pint_uri"] = parent_pint_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            PurchaseIntentPayload = _models.PurchaseIntentPayload
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "pint"
            pint = PurchaseIntentPayload.from_dict(src_dict["pint"])

            at = "signature"
            signature = src_dict.get("signature", ABSENT)
            if (
                type(signature) is not str
                and signature is not None
                and signature is not ABSENT
                and not isinstance(signature, str)
            ):
                raise TypeError(f"member 'signature': expected str or None or Unset, got {type(signature).__name__}")

            at = "audience"
            audience = src_dict.get("audience", ABSENT)
            if (
                type(audience) is not str
                and audience is not None
                and audience is not ABSENT
                and not isinstance(audience, str)
            ):
                raise TypeError(f"member 'audience': expected str or None or Unset, got {type(audience).__name__}")

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

            at = "parent_pint_uri"
            parent_pint_uri = src_dict.get("parent_pint_uri", ABSENT)
            if (
                type(parent_pint_uri) is not str
                and parent_pint_uri is not None
                and parent_pint_uri is not ABSENT
                and not isinstance(parent_pint_uri, str)
            ):
                raise TypeError(
                    f"member 'parent_pint_uri': expected str or None or Unset, got {type(parent_pint_uri).__name__}"
                )

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        user_pint_exchange_request = object.__new__(cls)
        user_pint_exchange_request.pint = pint
        user_pint_exchange_request.signature = signature
        user_pint_exchange_request.audience = audience
        user_pint_exchange_request.source_chat_message_id = source_chat_message_id
        user_pint_exchange_request.parent_pint_uri = parent_pint_uri
        user_pint_exchange_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 1
            + (signature is not ABSENT)
            + (audience is not ABSENT)
            + (source_chat_message_id is not ABSENT)
            + (parent_pint_uri is not ABSENT)
            else {}
        )
        return user_pint_exchange_request

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


class UserPintExchangeRequestDict(TypedDict):
    """``UserPintExchangeRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    pint: _models.PurchaseIntentPayloadDict | _models.PurchaseIntentPayload
    signature: NotRequired[str | None]
    audience: NotRequired[str | None]
    source_chat_message_id: NotRequired[int | None]
    parent_pint_uri: NotRequired[str | None]
