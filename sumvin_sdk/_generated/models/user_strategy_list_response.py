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
    from ..models.user_strategy_data import UserStrategyData
    from ..models.user_strategy_list_response_links import UserStrategyListResponseLinks


T = TypeVar("T", bound="UserStrategyListResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "user_strategies",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class UserStrategyListResponse(Model):
    """What `list_user_strategies` returns; it lists the strategies the user has enabled.

    Attributes:
        field_links: HAL links for paging through the list and to related actions, keyed by relation.
        user_strategies: The user strategies on this page.
    """

    field_links: UserStrategyListResponseLinks
    user_strategies: list[UserStrategyData]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "user_strategies",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _ITEMS: ClassVar[str | None] = "user_strategies"

    def page_items(self) -> list[UserStrategyData]:
        """The items of this page (``Sumvin.paginate`` walks them across pages)."""
        return self.user_strategies

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        user_strategies = []
        for user_strategies_item_data in self.user_strategies:
            user_strategies_item = user_strategies_item_data.to_dict()
            user_strategies.append(user_strategies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "user_strategies": user_strategies,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            UserStrategyData = _models.UserStrategyData
            UserStrategyListResponseLinks = _models.UserStrategyListResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = UserStrategyListResponseLinks.from_dict(src_dict["_links"])

            at = "user_strategies"
            _user_strategies = src_dict["user_strategies"]
            if not isinstance(_user_strategies, list):
                raise TypeError(f"member 'user_strategies': expected a list, got {type(_user_strategies).__name__}")

            user_strategies = [
                UserStrategyData.from_dict(user_strategies_item_data) for user_strategies_item_data in _user_strategies
            ]

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        user_strategy_list_response = object.__new__(cls)
        user_strategy_list_response.field_links = field_links
        user_strategy_list_response.user_strategies = user_strategies
        user_strategy_list_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return user_strategy_list_response

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
