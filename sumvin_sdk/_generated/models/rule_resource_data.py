from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import PARSE_ERRORS, Model, note_failure

if TYPE_CHECKING:
    from ..models.rule_resource_data_links import RuleResourceDataLinks
    from ..models.rule_resource_data_suggested_config import RuleResourceDataSuggestedConfig


T = TypeVar("T", bound="RuleResourceData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "resource_type",
        "rule_template",
        "suggested_config",
        "_links",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class RuleResourceData(Model):
    """An Explore item that suggests a rule.

    Attributes:
        resource_type: Always `rule`: the item suggests a rule.
        rule_template: Text of the rule the item suggests.
        suggested_config: Settings to start the rule with.
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
    """

    resource_type: Literal["rule"]
    rule_template: str
    suggested_config: RuleResourceDataSuggestedConfig
    field_links: RuleResourceDataLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "resource_type",
        "rule_template",
        "suggested_config",
        "field_links",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        resource_type = self.resource_type

        rule_template = self.rule_template

        suggested_config = self.suggested_config.to_dict()

        field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_type": resource_type,
                "rule_template": rule_template,
                "suggested_config": suggested_config,
                "_links": field_links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            RuleResourceDataLinks = _models.RuleResourceDataLinks
            RuleResourceDataSuggestedConfig = _models.RuleResourceDataSuggestedConfig
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "resource_type"
            resource_type = cast(Literal["rule"], src_dict["resource_type"])
            if resource_type != "rule":
                raise ValueError(f"resource_type must match const 'rule', got '{resource_type}'")

            at = "rule_template"
            rule_template = src_dict["rule_template"]
            if type(rule_template) is not str and not isinstance(rule_template, str):
                raise TypeError(f"member 'rule_template': expected str, got {type(rule_template).__name__}")

            at = "suggested_config"
            suggested_config = RuleResourceDataSuggestedConfig.from_dict(src_dict["suggested_config"])

            at = "_links"
            field_links = RuleResourceDataLinks.from_dict(src_dict["_links"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        rule_resource_data = object.__new__(cls)
        rule_resource_data.resource_type = resource_type
        rule_resource_data.rule_template = rule_template
        rule_resource_data.suggested_config = suggested_config
        rule_resource_data.field_links = field_links
        rule_resource_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 4 else {}
        )
        return rule_resource_data

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
