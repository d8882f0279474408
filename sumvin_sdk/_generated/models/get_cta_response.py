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
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, note_failure

if TYPE_CHECKING:
    from ..models.cta_data import CTAData
    from ..models.get_cta_response_links import GetCTAResponseLinks


T = TypeVar("T", bound="GetCTAResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "ctas",
        "generating",
        "refreshing",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class GetCTAResponse(Model):
    """What `get_user_ctas` returns: the calls-to-action to show the user on the home screen or in chat.

    Example:
        {'_links': {'self': {'href': '/v0/user/me/cta'}}, 'ctas': [{'category': 'trust-ladder', 'cta': 'Review your
            portfolio allocation', 'meta': {'color': 'teal', 'icon': 'chart'}, 'trust_stage_target': 'connected', 'type':
            'home', 'urgency_score': 0.75}], 'generating': False, 'refreshing': False}

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        ctas: The calls-to-action for the asked type or types.
        generating: True while calls-to-action are still being made in the background; ask again shortly. Default:
            False.
        refreshing: True while stale calls-to-action are being refreshed in the background; the ones returned still
            hold. Default: False.
    """

    field_links: GetCTAResponseLinks
    ctas: list[CTAData]
    generating: bool | None = None
    refreshing: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "ctas",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "generating",
        "refreshing",
    )

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        ctas = []
        for ctas_item_data in self.ctas:
            ctas_item = ctas_item_data.to_dict()
            ctas.append(ctas_item)

        _generating = UNSET if self.generating is None else self.generating
        generating = _generating

        _refreshing = UNSET if self.refreshing is None else self.refreshing
        refreshing = _refreshing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "ctas": ctas,
            }
        )
        if generating is not UNSET:
            field_dict["generating"] = generating
        if refreshing is not UNSET:
            field_dict["refreshing"] = refreshing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            CTAData = _models.CTAData
            GetCTAResponseLinks = _models.GetCTAResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = GetCTAResponseLinks.from_dict(src_dict["_links"])

            at = "ctas"
            _ctas = src_dict["ctas"]
            if not isinstance(_ctas, list):
                raise TypeError(f"member 'ctas': expected a list, got {type(_ctas).__name__}")

            ctas = [CTAData.from_dict(ctas_item_data) for ctas_item_data in _ctas]

            generating = src_dict.get("generating", ABSENT)
            if type(generating) is not bool and generating is not ABSENT and not isinstance(generating, bool):
                raise TypeError(f"member 'generating': expected bool or Unset, got {type(generating).__name__}")

            refreshing = src_dict.get("refreshing", ABSENT)
            if type(refreshing) is not bool and refreshing is not ABSENT and not isinstance(refreshing, bool):
                raise TypeError(f"member 'refreshing': expected bool or Unset, got {type(refreshing).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        get_cta_response = object.__new__(cls)
        get_cta_response.field_links = field_links
        get_cta_response.ctas = ctas
        get_cta_response.generating = None if generating is ABSENT else generating
        get_cta_response.refreshing = None if refreshing is ABSENT else refreshing
        get_cta_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 2 + (generating is not ABSENT) + (refreshing is not ABSENT)
            else {}
        )
        return get_cta_response

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
