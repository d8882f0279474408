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
    from ..models.budget_data import BudgetData
    from ..models.budget_list_response_links import BudgetListResponseLinks


T = TypeVar("T", bound="BudgetListResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "budgets",
        "total",
        "offset",
        "limit",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class BudgetListResponse(Model):
    """What `list_budgets` returns; it lists the user's budgets, with filters on type, currency, period and a text search.

    Attributes:
        field_links: HAL links for paging through the list and to related actions, keyed by relation.
        budgets: The budgets on this page.
        total: Number of items across all pages.
        offset: Number of items skipped before this page.
        limit: Page size that was applied.
    """

    field_links: BudgetListResponseLinks
    budgets: list[BudgetData]
    total: int
    offset: int
    limit: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "budgets",
        "total",
        "offset",
        "limit",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _ITEMS: ClassVar[str | None] = "budgets"

    def page_items(self) -> list[BudgetData]:
        """The items of this page (``Sumvin.paginate`` walks them across pages)."""
        return self.budgets

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        budgets = []
        for budgets_item_data in self.budgets:
            budgets_item = budgets_item_data.to_dict()
            budgets.append(budgets_item)

        total = self.total

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "budgets": budgets,
                "total": total,
                "offset": offset,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            BudgetData = _models.BudgetData
            BudgetListResponseLinks = _models.BudgetListResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = BudgetListResponseLinks.from_dict(src_dict["_links"])

            at = "budgets"
            _budgets = src_dict["budgets"]
            if not isinstance(_budgets, list):
                raise TypeError(f"member 'budgets': expected a list, got {type(_budgets).__name__}")

            budgets = [BudgetData.from_dict(budgets_item_data) for budgets_item_data in _budgets]

            at = "total"
            total = src_dict["total"]
            if type(total) is not int and (not isinstance(total, int) or isinstance(total, bool)):
                raise TypeError(f"member 'total': expected int, got {type(total).__name__}")

            at = "offset"
            offset = src_dict["offset"]
            if type(offset) is not int and (not isinstance(offset, int) or isinstance(offset, bool)):
                raise TypeError(f"member 'offset': expected int, got {type(offset).__name__}")

            at = "limit"
            limit = src_dict["limit"]
            if type(limit) is not int and (not isinstance(limit, int) or isinstance(limit, bool)):
                raise TypeError(f"member 'limit': expected int, got {type(limit).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        budget_list_response = object.__new__(cls)
        budget_list_response.field_links = field_links
        budget_list_response.budgets = budgets
        budget_list_response.total = total
        budget_list_response.offset = offset
        budget_list_response.limit = limit
        budget_list_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 5 else {}
        )
        return budget_list_response

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
