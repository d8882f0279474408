from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="ConnectionData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "status",
        "institution_id",
        "institution_name",
        "status_reason",
        "products",
        "regions",
        "account_count",
        "successfully_aggregated_at",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class ConnectionData(Model):
    """What `get_bank_connection` returns: one bank connection with its accounts and state.

    Attributes:
        id: Unique id of the connection.
        status: Whether the bank connection works, as the provider reports it.
        institution_id: Provider's id of the bank or institution; null when unknown.
        institution_name: Name of the bank or institution; null when unknown.
        status_reason: Why the connection is in its state, such as the error that broke it; null when healthy.
        products: Data products enabled on the connection.
        regions: Regions the connection covers.
        account_count: How many accounts were linked through the connection. Default: 0.
        successfully_aggregated_at: When the successfully was aggregated.
    """

    id: str
    status: str
    institution_id: str | None = None
    institution_name: str | None = None
    status_reason: str | None = None
    products: list[str] | None = None
    regions: list[str] | None = None
    account_count: int | None = None
    successfully_aggregated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "status",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "institution_id",
        "institution_name",
        "status_reason",
        "products",
        "regions",
        "account_count",
        "successfully_aggregated_at",
    )

    def _json_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        _institution_id = UNSET if self.institution_id is None and not self._nulls & 1 else self.institution_id
        institution_id: str | Unset | None
        if isinstance(_institution_id, Unset):
            institution_id = UNSET
        else:
            institution_id = _institution_id

        _institution_name = UNSET if self.institution_name is None and not self._nulls & 2 else self.institution_name
        institution_name: str | Unset | None
        if isinstance(_institution_name, Unset):
            institution_name = UNSET
        else:
            institution_name = _institution_name

        _status_reason = UNSET if self.status_reason is None and not self._nulls & 4 else self.status_reason
        status_reason: str | Unset | None
        if isinstance(_status_reason, Unset):
            status_reason = UNSET
        else:
            status_reason = _status_reason

        _products = UNSET if self.products is None else self.products
        products: list[str] | Unset = UNSET
        if not isinstance(_products, Unset):
            products = _products

        _regions = UNSET if self.regions is None else self.regions
        regions: list[str] | Unset = UNSET
        if not isinstance(_regions, Unset):
            regions = _regions

        _account_count = UNSET if self.account_count is None else self.account_count
        account_count = _account_count

        _successfully_aggregated_at = (
            UNSET
            if self.successfully_aggregated_at is None and not self._nulls & 64
            else self.successfully_aggregated_at
        )
        successfully_aggregated_at: str | Unset | None
        if isinstance(_successfully_aggregated_at, Unset):
            successfully_aggregated_at = UNSET
        else:
            successfully_aggregated_at = _successfully_aggregated_at

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
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "status"
            status = src_dict["status"]
            if type(status) is not str and not isinstance(status, str):
                raise TypeError(f"member 'status': expected str, got {type(status).__name__}")

            at = "institution_id"
            institution_id = src_dict.get("institution_id", ABSENT)
            if (
                type(institution_id) is not str
                and institution_id is not None
                and institution_id is not ABSENT
                and not isinstance(institution_id, str)
            ):
                raise TypeError(
                    f"member 'institution_id': expected str or None or Unset, got {type(institution_id).__name__}"
                )

            if institution_id is None:
                nulls |= 1

            at = "institution_name"
            institution_name = src_dict.get("institution_name", ABSENT)
            if (
                type(institution_name) is not str
                and institution_name is not None
                and institution_name is not ABSENT
                and not isinstance(institution_name, str)
            ):
                raise TypeError(
                    f"member 'institution_name': expected str or None or Unset, got {type(institution_name).__name__}"
                )

            if institution_name is None:
                nulls |= 2

            at = "status_reason"
            status_reason = src_dict.get("status_reason", ABSENT)
            if (
                type(status_reason) is not str
                and status_reason is not None
                and status_reason is not ABSENT
                and not isinstance(status_reason, str)
            ):
                raise TypeError(
                    f"member 'status_reason': expected str or None or Unset, got {type(status_reason).__name__}"
                )

            if status_reason is None:
                nulls |= 4

            at = "products"
            _products = src_dict.get("products", ABSENT)
            if _products is not ABSENT and not isinstance(_products, list):
                raise TypeError(f"member 'products': expected a list, got {type(_products).__name__}")

            if _products is not ABSENT:
                for products_item in _products:
                    if type(products_item) is not str and not isinstance(products_item, str):
                        raise TypeError(f"member 'products[]': expected str, got {type(products_item).__name__}")

            products = _products

            at = "regions"
            _regions = src_dict.get("regions", ABSENT)
            if _regions is not ABSENT and not isinstance(_regions, list):
                raise TypeError(f"member 'regions': expected a list, got {type(_regions).__name__}")

            if _regions is not ABSENT:
                for regions_item in _regions:
                    if type(regions_item) is not str and not isinstance(regions_item, str):
                        raise TypeError(f"member 'regions[]': expected str, got {type(regions_item).__name__}")

            regions = _regions

            account_count = src_dict.get("account_count", ABSENT)
            if (
                type(account_count) is not int
                and account_count is not ABSENT
                and (not isinstance(account_count, int) or isinstance(account_count, bool))
            ):
                raise TypeError(f"member 'account_count': expected int or Unset, got {type(account_count).__name__}")

            at = "successfully_aggregated_at"
            successfully_aggregated_at = src_dict.get("successfully_aggregated_at", ABSENT)
            if (
                type(successfully_aggregated_at) is not str
                and successfully_aggregated_at is not None
                and successfully_aggregated_at is not ABSENT
                and not isinstance(successfully_aggregated_at, str)
            ):
                raise TypeError(
                    f"member 'successfully_aggregated_at': expected str or None or Unset, got {type(successfully_aggregated_at).__name__}"
                )

            if successfully_aggregated_at is None:
                nulls |= 64

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        connection_data = object.__new__(cls)
        connection_data.id = id
        connection_data.status = status
        connection_data.institution_id = None if institution_id is ABSENT else institution_id
        connection_data.institution_name = None if institution_name is ABSENT else institution_name
        connection_data.status_reason = None if status_reason is ABSENT else status_reason
        connection_data.products = None if products is ABSENT else products
        connection_data.regions = None if regions is ABSENT else regions
        connection_data.account_count = None if account_count is ABSENT else account_count
        connection_data.successfully_aggregated_at = (
            None if successfully_aggregated_at is ABSENT else successfully_aggregated_at
        )
        connection_data._nulls = nulls
        connection_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 2
            + (institution_id is not ABSENT)
            + (institution_name is not ABSENT)
            + (status_reason is not ABSENT)
            + (products is not ABSENT)
            + (regions is not ABSENT)
            + (account_count is not ABSENT)
            + (successfully_aggregated_at is not ABSENT)
            else {}
        )
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
