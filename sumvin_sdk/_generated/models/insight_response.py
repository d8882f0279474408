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
    from ..models.insight_data import InsightData
    from ..models.insight_response_links import InsightResponseLinks


T = TypeVar("T", bound="InsightResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "insight",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class InsightResponse(Model):
    """What `get_insight`, `accept_insight` and `dismiss_insight` return: an insight.

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        insight: The insight asked for.
    """

    field_links: InsightResponseLinks
    insight: InsightData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "insight",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        insight = self.insight.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "insight": insight,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            InsightData = _models.InsightData
            InsightResponseLinks = _models.InsightResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = InsightResponseLinks.from_dict(src_dict["_links"])

            at = "insight"
            insight = InsightData.from_dict(src_dict["insight"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        insight_response = object.__new__(cls)
        insight_response.field_links = field_links
        insight_response.insight = insight
        insight_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return insight_response

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
