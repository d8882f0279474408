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
    from ..models.asset_data import AssetData
    from ..models.asset_links import AssetLinks


T = TypeVar("T", bound="AssetResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "asset",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class AssetResponse(Model):
    """What `get_asset` returns: one supported asset on a chain.

    Attributes:
        field_links: Links to the asset and to its current price.
        asset: The asset's details.
    """

    field_links: AssetLinks
    asset: AssetData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "asset",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        asset = self.asset.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "asset": asset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            AssetData = _models.AssetData
            AssetLinks = _models.AssetLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = AssetLinks.from_dict(src_dict["_links"])

            at = "asset"
            asset = AssetData.from_dict(src_dict["asset"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        asset_response = object.__new__(cls)
        asset_response.field_links = field_links
        asset_response.asset = asset
        asset_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return asset_response

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
