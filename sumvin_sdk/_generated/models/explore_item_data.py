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
from ..models.explore_item_status import ExploreItemStatus
from ..models.explore_item_type import ExploreItemType
from ..types import PARSE_ERRORS, Model, note_failure

if TYPE_CHECKING:
    from ..models.eligibility_data import EligibilityData
    from ..models.explore_meta_data import ExploreMetaData
    from ..models.prompt_resource_data import PromptResourceData
    from ..models.rule_resource_data import RuleResourceData
    from ..models.strategy_resource_data import StrategyResourceData
    from ..models.widget_resource_data import WidgetResourceData


T = TypeVar("T", bound="ExploreItemData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "type",
        "status",
        "title",
        "description",
        "detail",
        "meta",
        "eligibility",
        "resource",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class ExploreItemData(Model):
    """One item of the Explore catalogue: what it is, how it looks, and whether the user can use it.

    Attributes:
        id: Unique id of the explore item.
        type_: What the item offers, such as `prompt`, `widget`, `rule` or `smart_dca`.
        status: Availability of the item: `active`, `beta` or `coming_soon`.
        title: Title of the item, shown on its card.
        description: What the explore item is for, in a sentence or two.
        detail: Further lines of text about the item.
        meta: Extra information about the explore item.
        eligibility: Whether the user can use the item now, and what is missing.
        resource: The thing the item opens: a strategy, prompt, widget or rule.
    """

    id: str
    type_: ExploreItemType
    status: ExploreItemStatus
    title: str
    description: str
    detail: list[str]
    meta: ExploreMetaData
    eligibility: EligibilityData
    resource: PromptResourceData | RuleResourceData | StrategyResourceData | WidgetResourceData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "type_",
        "status",
        "title",
        "description",
        "detail",
        "meta",
        "eligibility",
        "resource",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        from ..models.prompt_resource_data import PromptResourceData
        from ..models.strategy_resource_data import StrategyResourceData
        from ..models.widget_resource_data import WidgetResourceData

        id = self.id

        type_ = ExploreItemType(self.type_).value

        status = ExploreItemStatus(self.status).value

        title = self.title

        description = self.description

        detail = self.detail

        meta = self.meta.to_dict()

        eligibility = self.eligibility.to_dict()

        resource: dict[str, Any]
        if (
            isinstance(self.resource, StrategyResourceData)
            or isinstance(self.resource, PromptResourceData)
            or isinstance(self.resource, WidgetResourceData)
        ):
            resource = self.resource.to_dict()
        else:
            resource = self.resource.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "status": status,
                "title": title,
                "description": description,
                "detail": detail,
                "meta": meta,
                "eligibility": eligibility,
                "resource": resource,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            EligibilityData = _models.EligibilityData
            ExploreMetaData = _models.ExploreMetaData
            PromptResourceData = _models.PromptResourceData
            RuleResourceData = _models.RuleResourceData
            StrategyResourceData = _models.StrategyResourceData
            WidgetResourceData = _models.WidgetResourceData
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "type"
            type_ = ExploreItemType.parse(src_dict["type"])

            at = "status"
            status = ExploreItemStatus.parse(src_dict["status"])

            at = "title"
            title = src_dict["title"]
            if type(title) is not str and not isinstance(title, str):
                raise TypeError(f"member 'title': expected str, got {type(title).__name__}")

            at = "description"
            description = src_dict["description"]
            if type(description) is not str and not isinstance(description, str):
                raise TypeError(f"member 'description': expected str, got {type(description).__name__}")

            at = "detail"
            _detail = src_dict["detail"]
            if not isinstance(_detail, list):
                raise TypeError(f"member 'detail': expected a list, got {type(_detail).__name__}")

            for detail_item in _detail:
                if type(detail_item) is not str and not isinstance(detail_item, str):
                    raise TypeError(f"member 'detail[]': expected str, got {type(detail_item).__name__}")

            detail = _detail

            at = "meta"
            meta = ExploreMetaData.from_dict(src_dict["meta"])

            at = "eligibility"
            eligibility = EligibilityData.from_dict(src_dict["eligibility"])

            at = "resource"

            def _parse_resource(
                data: object,
            ) -> PromptResourceData | RuleResourceData | StrategyResourceData | WidgetResourceData:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    resource_type_0 = StrategyResourceData.from_dict(data)

                    return resource_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    resource_type_1 = PromptResourceData.from_dict(data)

                    return resource_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    resource_type_2 = WidgetResourceData.from_dict(data)

                    return resource_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                resource_type_3 = RuleResourceData.from_dict(data)

                return resource_type_3

            resource: Any = _parse_resource(src_dict["resource"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        explore_item_data = object.__new__(cls)
        explore_item_data.id = id
        explore_item_data.type_ = type_
        explore_item_data.status = status
        explore_item_data.title = title
        explore_item_data.description = description
        explore_item_data.detail = detail
        explore_item_data.meta = meta
        explore_item_data.eligibility = eligibility
        explore_item_data.resource = resource
        explore_item_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 9 else {}
        )
        return explore_item_data

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
