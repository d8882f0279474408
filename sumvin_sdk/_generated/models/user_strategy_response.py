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
    from ..models.user_strategy_response_links import UserStrategyResponseLinks


T = TypeVar("T", bound="UserStrategyResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "user_strategy",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class UserStrategyResponse(Model):
    """What `enable_strategy`, `get_user_strategy` and `update_user_strategy` return: a user strategy.

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        user_strategy: The user's enablement of the strategy.
    """

    field_links: UserStrategyResponseLinks
    user_strategy: UserStrategyData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "user_strategy",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        user_strategy = self.user_strategy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "user_strategy": user_strategy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            UserStrategyData = _models.UserStrategyData
            UserStrategyResponseLinks = _models.UserStrategyResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = UserStrategyResponseLinks.from_dict(src_dict["_links"])

            at = "user_strategy"
            user_strategy = UserStrategyData.from_dict(src_dict["user_strategy"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        user_strategy_response = object.__new__(cls)
        user_strategy_response.field_links = field_links
        user_strategy_response.user_strategy = user_strategy
        user_strategy_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return user_strategy_response

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
