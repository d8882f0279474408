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
    from ..models.quote_data import QuoteData
    from ..models.quote_list_response_links import QuoteListResponseLinks


T = TypeVar("T", bound="QuoteListResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "quotes",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class QuoteListResponse(Model):
    """What `get_ramp_quotes` returns: quotes from ramp providers for turning an amount of one asset into another on a
    chain.

        Attributes:
            field_links: HAL links for paging through the list and to related actions, keyed by relation.
            quotes: The quotes on this page.
    """

    field_links: QuoteListResponseLinks
    quotes: list[QuoteData]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "quotes",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        quotes = []
        for quotes_item_data in self.quotes:
            quotes_item = quotes_item_data.to_dict()
            quotes.append(quotes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "quotes": quotes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            QuoteData = _models.QuoteData
            QuoteListResponseLinks = _models.QuoteListResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = QuoteListResponseLinks.from_dict(src_dict["_links"])

            at = "quotes"
            _quotes = src_dict["quotes"]
            if not isinstance(_quotes, list):
                raise TypeError(f"member 'quotes': expected a list, got {type(_quotes).__name__}")

            quotes = [QuoteData.from_dict(quotes_item_data) for quotes_item_data in _quotes]

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        quote_list_response = object.__new__(cls)
        quote_list_response.field_links = field_links
        quote_list_response.quotes = quotes
        quote_list_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return quote_list_response

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
