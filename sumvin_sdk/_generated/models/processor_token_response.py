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
from ..types import PARSE_ERRORS, Model, note_failure

if TYPE_CHECKING:
    from ..models.processor_token_response_links import ProcessorTokenResponseLinks


T = TypeVar("T", bound="ProcessorTokenResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "processor_token",
        "account_id",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class ProcessorTokenResponse(Model):
    """What `create_bank_processor_token` returns; it creates a processor token that lets a payment processor use one
    linked bank account.

        Attributes:
            field_links: HAL links to this resource and to the actions available next, keyed by relation.
            processor_token: Token that lets the payment processor reach the account.
            account_id: Id of the linked account the token is for.
    """

    field_links: ProcessorTokenResponseLinks
    processor_token: str
    account_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "processor_token",
        "account_id",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        processor_token = self.processor_token

        account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "processor_token": processor_token,
                "account_id": account_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            ProcessorTokenResponseLinks = _models.ProcessorTokenResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = ProcessorTokenResponseLinks.from_dict(src_dict["_links"])

            at = "processor_token"
            processor_token = src_dict["processor_token"]
            if type(processor_token) is not str and not isinstance(processor_token, str):
                raise TypeError(f"member 'processor_token': expected str, got {type(processor_token).__name__}")

            at = "account_id"
            account_id = src_dict["account_id"]
            if type(account_id) is not str and not isinstance(account_id, str):
                raise TypeError(f"member 'account_id': expected str, got {type(account_id).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        processor_token_response = object.__new__(cls)
        processor_token_response.field_links = field_links
        processor_token_response.processor_token = processor_token
        processor_token_response.account_id = account_id
        processor_token_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 3 else {}
        )
        return processor_token_response

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
