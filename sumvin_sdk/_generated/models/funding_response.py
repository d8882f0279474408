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
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.funding_response_links import FundingResponseLinks


T = TypeVar("T", bound="FundingResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "id",
        "source_type",
        "wallet_address",
        "fiat_account_id",
        "configured",
        "message",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class FundingResponse(Model):
    """What `get_card_funding` and `update_card_funding` return: a funding.

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        id: Unique id of the funding.
        source_type: Kind of funding source; null before one is set.
        wallet_address: Address of the wallet (0x-prefixed hex).
        fiat_account_id: Id of the linked bank account that funds the wallet; null when none.
        configured: True once a funding source is set up. Default: False.
        message: Note about the funding setup, for people to read; null when there is none.
    """

    field_links: FundingResponseLinks
    id: str
    source_type: str | None = None
    wallet_address: str | None = None
    fiat_account_id: str | None = None
    configured: bool | None = None
    message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "id",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "source_type",
        "wallet_address",
        "fiat_account_id",
        "configured",
        "message",
    )

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        id = self.id

        _source_type = UNSET if self.source_type is None and not self._nulls & 1 else self.source_type
        source_type: str | Unset | None
        if isinstance(_source_type, Unset):
            source_type = UNSET
        else:
            source_type = _source_type

        _wallet_address = UNSET if self.wallet_address is None and not self._nulls & 2 else self.wallet_address
        wallet_address: str | Unset | None
        if isinstance(_wallet_address, Unset):
            wallet_address = UNSET
        else:
            wallet_address = _wallet_address

        _fiat_account_id = UNSET if self.fiat_account_id is None and not self._nulls & 4 else self.fiat_account_id
        fiat_account_id: str | Unset | None
        if isinstance(_fiat_account_id, Unset):
            fiat_account_id = UNSET
        else:
            fiat_account_id = _fiat_account_id

        _configured = UNSET if self.configured is None else self.configured
        configured = _configured

        _message = UNSET if self.message is None and not self._nulls & 16 else self.message
        message: str | Unset | None
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = _message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "id": id,
            }
        )
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if wallet_address is not UNSET:
            field_dict["wallet_address"] = wallet_address
        if fiat_account_id is not UNSET:
            field_dict["fiat_account_id"] = fiat_account_id
        if configured is not UNSET:
            field_dict["configured"] = configured
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            FundingResponseLinks = _models.FundingResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "_links"
            field_links = FundingResponseLinks.from_dict(src_dict["_links"])

            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "source_type"
            source_type = src_dict.get("source_type", ABSENT)
            if (
                type(source_type) is not str
                and source_type is not None
                and source_type is not ABSENT
                and not isinstance(source_type, str)
            ):
                raise TypeError(
                    f"member 'source_type': expected str or None or Unset, got {type(source_type).__name__}"
                )

            if source_type is None:
                nulls |= 1

            at = "wallet_address"
            wallet_address = src_dict.get("wallet_address", ABSENT)
            if (
                type(wallet_address) is not str
                and wallet_address is not None
                and wallet_address is not ABSENT
                and not isinstance(wallet_address, str)
            ):
                raise TypeError(
                    f"member 'wallet_address': expected str or None or Unset, got {type(wallet_address).__name__}"
                )

            if wallet_address is None:
                nulls |= 2

            at = "fiat_account_id"
            fiat_account_id = src_dict.get("fiat_account_id", ABSENT)
            if (
                type(fiat_account_id) is not str
                and fiat_account_id is not None
                and fiat_account_id is not ABSENT
                and not isinstance(fiat_account_id, str)
            ):
                raise TypeError(
                    f"member 'fiat_account_id': expected str or None or Unset, got {type(fiat_account_id).__name__}"
                )

            if fiat_account_id is None:
                nulls |= 4

            configured = src_dict.get("configured", ABSENT)
            if type(configured) is not bool and configured is not ABSENT and not isinstance(configured, bool):
                raise TypeError(f"member 'configured': expected bool or Unset, got {type(configured).__name__}")

            at = "message"
            message = src_dict.get("message", ABSENT)
            if (
                type(message) is not str
                and message is not None
                and message is not ABSENT
                and not isinstance(message, str)
            ):
                raise TypeError(f"member 'message': expected str or None or Unset, got {type(message).__name__}")

            if message is None:
                nulls |= 16

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        funding_response = object.__new__(cls)
        funding_response.field_links = field_links
        funding_response.id = id
        funding_response.source_type = None if source_type is ABSENT else source_type
        funding_response.wallet_address = None if wallet_address is ABSENT else wallet_address
        funding_response.fiat_account_id = None if fiat_account_id is ABSENT else fiat_account_id
        funding_response.configured = None if configured is ABSENT else configured
        funding_response.message = None if message is ABSENT else message
        funding_response._nulls = nulls
        funding_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 2
            + (source_type is not ABSENT)
            + (wallet_address is not ABSENT)
            + (fiat_account_id is not ABSENT)
            + (configured is not ABSENT)
            + (message is not ABSENT)
            else {}
        )
        return funding_response

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
