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
    from ..models.account_data import AccountData
    from ..models.account_list_response_links import AccountListResponseLinks


T = TypeVar("T", bound="AccountListResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "accounts",
        "total",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class AccountListResponse(Model):
    """What `list_accounts` returns; it lists the user's linked external accounts, optionally filtered by provider, status
    or type.

        Attributes:
            field_links: HAL links for paging through the list and to related actions, keyed by relation.
            accounts: The accounts on this page.
            total: Number of items across all pages.
    """

    field_links: AccountListResponseLinks
    accounts: list[AccountData]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "accounts",
        "total",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _ITEMS: ClassVar[str | None] = "accounts"

    def page_items(self) -> list[AccountData]:
        """The items of this page (``Sumvin.paginate`` walks them across pages)."""
        return self.accounts

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        accounts = []
        for accounts_item_data in self.accounts:
            accounts_item = accounts_item_data.to_dict()
            accounts.append(accounts_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "accounts": accounts,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            AccountData = _models.AccountData
            AccountListResponseLinks = _models.AccountListResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = AccountListResponseLinks.from_dict(src_dict["_links"])

            at = "accounts"
            _accounts = src_dict["accounts"]
            if not isinstance(_accounts, list):
                raise TypeError(f"member 'accounts': expected a list, got {type(_accounts).__name__}")

            accounts = [AccountData.from_dict(accounts_item_data) for accounts_item_data in _accounts]

            at = "total"
            total = src_dict["total"]
            if type(total) is not int and (not isinstance(total, int) or isinstance(total, bool)):
                raise TypeError(f"member 'total': expected int, got {type(total).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        account_list_response = object.__new__(cls)
        account_list_response.field_links = field_links
        account_list_response.accounts = accounts
        account_list_response.total = total
        account_list_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 3 else {}
        )
        return account_list_response

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
