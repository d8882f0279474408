from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionData")


@_attrs_define
class ConnectionData:
    """A connection.

    Attributes:
        id (str): Unique id of the connection.
        status (str): Current state of the connection.
        institution_id (None | str | Unset): Id of the related institution.
        institution_name (None | str | Unset): Institution name of the connection.
        status_reason (None | str | Unset): Status reason of the connection.
        products (list[str] | Unset): Products of the connection.
        regions (list[str] | Unset): Regions of the connection.
        account_count (int | Unset): Number of account. Default: 0.
        successfully_aggregated_at (None | str | Unset): When successfully aggregated happened for the connection (epoch
            ms, or ISO 8601 on request).
    """

    id: str
    status: str
    institution_id: str | Unset | None = UNSET
    institution_name: str | Unset | None = UNSET
    status_reason: str | Unset | None = UNSET
    products: list[str] | Unset = UNSET
    regions: list[str] | Unset = UNSET
    account_count: int | Unset = 0
    successfully_aggregated_at: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        institution_id: str | Unset | None
        if isinstance(self.institution_id, Unset):
            institution_id = UNSET
        else:
            institution_id = self.institution_id

        institution_name: str | Unset | None
        if isinstance(self.institution_name, Unset):
            institution_name = UNSET
        else:
            institution_name = self.institution_name

        status_reason: str | Unset | None
        if isinstance(self.status_reason, Unset):
            status_reason = UNSET
        else:
            status_reason = self.status_reason

        products: list[str] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = self.products

        regions: list[str] | Unset = UNSET
        if not isinstance(self.regions, Unset):
            regions = self.regions

        account_count = self.account_count

        successfully_aggregated_at: str | Unset | None
        if isinstance(self.successfully_aggregated_at, Unset):
            successfully_aggregated_at = UNSET
        else:
            successfully_aggregated_at = self.successfully_aggregated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if institution_id is not UNSET:
            field_dict["institution_id"] = institution_id
        if institution_name is not UNSET:
            field_dict["institution_name"] = institution_name
        if status_reason is not UNSET:
            field_dict["status_reason"] = status_reason
        if products is not UNSET:
            field_dict["products"] = products
        if regions is not UNSET:
            field_dict["regions"] = regions
        if account_count is not UNSET:
            field_dict["account_count"] = account_count
        if successfully_aggregated_at is not UNSET:
            field_dict["successfully_aggregated_at"] = successfully_aggregated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

        status = d.pop("status")
        if not isinstance(status, str):
            raise TypeError(f"member 'status': expected str, got {type(status).__name__}")

        institution_id: str | Unset | None = d.pop("institution_id", UNSET)
        if institution_id is not None and not isinstance(institution_id, Unset) and not isinstance(institution_id, str):
            raise TypeError(
                f"member 'institution_id': expected str or None or Unset, got {type(institution_id).__name__}"
            )

        institution_name: str | Unset | None = d.pop("institution_name", UNSET)
        if (
            institution_name is not None
            and not isinstance(institution_name, Unset)
            and not isinstance(institution_name, str)
        ):
            raise TypeError(
                f"member 'institution_name': expected str or None or Unset, got {type(institution_name).__name__}"
            )

        status_reason: str | Unset | None = d.pop("status_reason", UNSET)
        if status_reason is not None and not isinstance(status_reason, Unset) and not isinstance(status_reason, str):
            raise TypeError(
                f"member 'status_reason': expected str or None or Unset, got {type(status_reason).__name__}"
            )

        _products = d.pop("products", UNSET)
        if not isinstance(_products, list) and not isinstance(_products, Unset):
            raise TypeError(f"member 'products': expected a list, got {type(_products).__name__}")

        products = cast(list[str], _products)

        _regions = d.pop("regions", UNSET)
        if not isinstance(_regions, list) and not isinstance(_regions, Unset):
            raise TypeError(f"member 'regions': expected a list, got {type(_regions).__name__}")

        regions = cast(list[str], _regions)

        account_count = d.pop("account_count", UNSET)
        if not isinstance(account_count, Unset) and (
            not isinstance(account_count, int) or isinstance(account_count, bool)
        ):
            raise TypeError(f"member 'account_count': expected int or Unset, got {type(account_count).__name__}")

        successfully_aggregated_at: str | Unset | None = d.pop("successfully_aggregated_at", UNSET)
        if (
            successfully_aggregated_at is not None
            and not isinstance(successfully_aggregated_at, Unset)
            and not isinstance(successfully_aggregated_at, str)
        ):
            raise TypeError(
                f"member 'successfully_aggregated_at': expected str or None or Unset, got {type(successfully_aggregated_at).__name__}"
            )

        connection_data = cls(
            id=id,
            status=status,
            institution_id=institution_id,
            institution_name=institution_name,
            status_reason=status_reason,
            products=products,
            regions=regions,
            account_count=account_count,
            successfully_aggregated_at=successfully_aggregated_at,
        )

        connection_data.additional_properties = d
        return connection_data

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
