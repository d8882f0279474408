from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="KycSessionLinks")


@_attrs_define
class KycSessionLinks:
    """A KYC session links.

    Attributes:
        self_ (Link): A link.
        redemption (Link | None | Unset): Redemption of the KYC session links.
        status (Link | None | Unset): Current state of the KYC session links.
    """

    self_: Link
    redemption: Link | Unset | None = UNSET
    status: Link | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.link import Link

        self_ = self.self_.to_dict()

        redemption: dict[str, Any] | Unset | None
        if isinstance(self.redemption, Unset):
            redemption = UNSET
        elif isinstance(self.redemption, Link):
            redemption = self.redemption.to_dict()
        else:
            redemption = self.redemption

        status: dict[str, Any] | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, Link):
            status = self.status.to_dict()
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
            }
        )
        if redemption is not UNSET:
            field_dict["redemption"] = redemption
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            Link = _models.Link
        d = dict(src_dict)
        self_ = Link.from_dict(d.pop("self"))

        def _parse_redemption(data: object) -> Link | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            redemption_type_0 = Link.from_dict(data)

            return redemption_type_0

        redemption = _parse_redemption(d.pop("redemption", UNSET))

        def _parse_status(data: object) -> Link | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            status_type_0 = Link.from_dict(data)

            return status_type_0

        status = _parse_status(d.pop("status", UNSET))

        kyc_session_links = cls(
            self_=self_,
            redemption=redemption,
            status=status,
        )

        kyc_session_links.additional_properties = d
        return kyc_session_links

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
