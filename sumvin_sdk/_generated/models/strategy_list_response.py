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
    from ..models.strategy_list_response_links import StrategyListResponseLinks
    from ..models.strategy_with_user_status import StrategyWithUserStatus


T = TypeVar("T", bound="StrategyListResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "strategies",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class StrategyListResponse(Model):
    """What `list_strategies` returns; it lists the strategies the catalogue offers, each with whether the user has enabled
    it.

        Example:
            {'_links': {'self': {'href': '/v0/strategies'}}, 'strategies': [{'description': 'Buys a fixed amount of a chosen
                crypto asset at regular intervals.', 'id': 'strat_a1b2c3d4', 'is_active': True, 'is_enabled': True, 'name':
                'Smart DCA', 'type': 'recurring', 'user_strategy_id': 'us_x1y2z3'}]}

        Attributes:
            field_links: HAL links for paging through the list and to related actions, keyed by relation.
            strategies: The strategies on this page.
    """

    field_links: StrategyListResponseLinks
    strategies: list[StrategyWithUserStatus]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "strategies",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _ITEMS: ClassVar[str | None] = "strategies"

    def page_items(self) -> list[StrategyWithUserStatus]:
        """The items of this page (``Sumvin.paginate`` walks them across pages)."""
        return self.strategies

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        strategies = []
        for strategies_item_data in self.strategies:
            strategies_item = strategies_item_data.to_dict()
            strategies.append(strategies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "strategies": strategies,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            StrategyListResponseLinks = _models.StrategyListResponseLinks
            StrategyWithUserStatus = _models.StrategyWithUserStatus
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = StrategyListResponseLinks.from_dict(src_dict["_links"])

            at = "strategies"
            _strategies = src_dict["strategies"]
            if not isinstance(_strategies, list):
                raise TypeError(f"member 'strategies': expected a list, got {type(_strategies).__name__}")

            strategies = [
                StrategyWithUserStatus.from_dict(strategies_item_data) for strategies_item_data in _strategies
            ]

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        strategy_list_response = object.__new__(cls)
        strategy_list_response.field_links = field_links
        strategy_list_response.strategies = strategies
        strategy_list_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return strategy_list_response

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
