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
    from ..models.ipa_data import IPAData
    from ..models.ipa_detail_response_links import IPADetailResponseLinks


T = TypeVar("T", bound="IPADetailResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "intent",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class IPADetailResponse(Model):
    """What `create_ipa` and 5 other operations return: an IPA detail.

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        intent: The errand.
    """

    field_links: IPADetailResponseLinks
    intent: IPAData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "intent",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        intent = self.intent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "intent": intent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            IPAData = _models.IPAData
            IPADetailResponseLinks = _models.IPADetailResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = IPADetailResponseLinks.from_dict(src_dict["_links"])

            at = "intent"
            intent = IPAData.from_dict(src_dict["intent"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        ipa_detail_response = object.__new__(cls)
        ipa_detail_response.field_links = field_links
        ipa_detail_response.intent = intent
        ipa_detail_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return ipa_detail_response

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
