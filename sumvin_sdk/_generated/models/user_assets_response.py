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
    from ..models.user_asset_data import UserAssetData
    from ..models.user_asset_data_expanded import UserAssetDataExpanded
    from ..models.user_assets_response_links import UserAssetsResponseLinks


T = TypeVar("T", bound="UserAssetsResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "total_assets",
        "assets",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class UserAssetsResponse(Model):
    """What `get_user_assets` returns: the user's asset holdings summed over all wallets, optionally broken down per
    wallet.

        Attributes:
            field_links: HAL links to this resource and to the actions available next, keyed by relation.
            total_assets: How many different assets the user holds.
            assets: The user's assets, each summed over wallets.
    """

    field_links: UserAssetsResponseLinks
    total_assets: int
    assets: list[UserAssetData | UserAssetDataExpanded]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "total_assets",
        "assets",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        from ..models.user_asset_data import UserAssetData

        field_links = self.field_links.to_dict()

        total_assets = self.total_assets

        assets = []
        for assets_item_data in self.assets:
            assets_item: dict[str, Any]
            if isinstance(assets_item_data, UserAssetData):
                assets_item = assets_item_data.to_dict()
            else:
                assets_item = assets_item_data.to_dict()

            assets.append(assets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "total_assets": total_assets,
                "assets": assets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            UserAssetData = _models.UserAssetData
            UserAssetDataExpanded = _models.UserAssetDataExpanded
            UserAssetsResponseLinks = _models.UserAssetsResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = UserAssetsResponseLinks.from_dict(src_dict["_links"])

            at = "total_assets"
            total_assets = src_dict["total_assets"]
            if type(total_assets) is not int and (not isinstance(total_assets, int) or isinstance(total_assets, bool)):
                raise TypeError(f"member 'total_assets': expected int, got {type(total_assets).__name__}")

            at = "assets"
            _assets = src_dict["assets"]
            if not isinstance(_assets, list):
                raise TypeError(f"member 'assets': expected a list, got {type(_assets).__name__}")

            assets = []
            for assets_item_data in _assets:

                def _parse_assets_item(data: object) -> UserAssetData | UserAssetDataExpanded:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        assets_item_type_0 = UserAssetData.from_dict(data)

                        return assets_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    assets_item_type_1 = UserAssetDataExpanded.from_dict(data)

                    return assets_item_type_1

                assets_item: Any = _parse_assets_item(assets_item_data)

                assets.append(assets_item)

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        user_assets_response = object.__new__(cls)
        user_assets_response.field_links = field_links
        user_assets_response.total_assets = total_assets
        user_assets_response.assets = assets
        user_assets_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 3 else {}
        )
        return user_assets_response

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
