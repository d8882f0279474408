from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.funding_response_links import FundingResponseLinks


T = TypeVar("T", bound="FundingResponse")


@_attrs_define
class FundingResponse:
    """Response carrying a funding.

    Attributes:
        field_links (FundingResponseLinks): Hypermedia links to related resources and the actions available on this
            funding.
        id (str): Unique id of the funding.
        source_type (None | str | Unset): Source type of the funding.
        wallet_address (None | str | Unset): Address of the wallet (0x-prefixed hex).
        fiat_account_id (None | str | Unset): Id of the related fiat account.
        configured (bool | Unset): Whether configured applies to the funding. Default: False.
        message (None | str | Unset): Human-readable message.
    """

    field_links: FundingResponseLinks
    id: str
    source_type: str | Unset | None = UNSET
    wallet_address: str | Unset | None = UNSET
    fiat_account_id: str | Unset | None = UNSET
    configured: bool | Unset = False
    message: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        id = self.id

        source_type: str | Unset | None
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        else:
            source_type = self.source_type

        wallet_address: str | Unset | None
        if isinstance(self.wallet_address, Unset):
            wallet_address = UNSET
        else:
            wallet_address = self.wallet_address

        fiat_account_id: str | Unset | None
        if isinstance(self.fiat_account_id, Unset):
            fiat_account_id = UNSET
        else:
            fiat_account_id = self.fiat_account_id

        configured = self.configured

        message: str | Unset | None
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

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
        d = dict(src_dict)
        field_links = FundingResponseLinks.from_dict(d.pop("_links"))

        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

        source_type: str | Unset | None = d.pop("source_type", UNSET)
        if source_type is not None and not isinstance(source_type, Unset) and not isinstance(source_type, str):
            raise TypeError(f"member 'source_type': expected str or None or Unset, got {type(source_type).__name__}")

        wallet_address: str | Unset | None = d.pop("wallet_address", UNSET)
        if wallet_address is not None and not isinstance(wallet_address, Unset) and not isinstance(wallet_address, str):
            raise TypeError(
                f"member 'wallet_address': expected str or None or Unset, got {type(wallet_address).__name__}"
            )

        fiat_account_id: str | Unset | None = d.pop("fiat_account_id", UNSET)
        if (
            fiat_account_id is not None
            and not isinstance(fiat_account_id, Unset)
            and not isinstance(fiat_account_id, str)
        ):
            raise TypeError(
                f"member 'fiat_account_id': expected str or None or Unset, got {type(fiat_account_id).__name__}"
            )

        configured = d.pop("configured", UNSET)
        if not isinstance(configured, Unset) and not isinstance(configured, bool):
            raise TypeError(f"member 'configured': expected bool or Unset, got {type(configured).__name__}")

        message: str | Unset | None = d.pop("message", UNSET)
        if message is not None and not isinstance(message, Unset) and not isinstance(message, str):
            raise TypeError(f"member 'message': expected str or None or Unset, got {type(message).__name__}")

        funding_response = cls(
            field_links=field_links,
            id=id,
            source_type=source_type,
            wallet_address=wallet_address,
            fiat_account_id=fiat_account_id,
            configured=configured,
            message=message,
        )

        funding_response.additional_properties = d
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
