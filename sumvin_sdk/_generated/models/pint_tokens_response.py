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
    from ..models.pint_token_issuance_entry import PintTokenIssuanceEntry
    from ..models.pint_tokens_response_links import PintTokensResponseLinks


T = TypeVar("T", bound="PintTokensResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "id",
        "data",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class PintTokensResponse(Model):
    """What `list_pint_tokens` returns; it lists the tokens issued from one purchase intent.

    Example:
        {'_links': {'issue_token': {'href': '/v0/sis/token/pint', 'method': 'POST'}, 'pint_status': {'href':
            '/v0/sis/pint/sr%3Aus%3Apint%3Aabc123def456/status'}, 'self': {'href':
            '/v0/pint/sr%3Aus%3Apint%3Aabc123def456/tokens'}}, 'data': [{'audience': 'org_acme_corp', 'expires_at':
            1704153600000, 'issued_at': 1704067200000, 'jti': 'a1b2c3d4-e5f6-7890-abcd-ef1234567890', 'revoked': False}],
            'id': 'sr:us:pint:abc123def456'}

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        id: Unique id of the PINT tokens.
        data: Payload of the PINT tokens.
    """

    field_links: PintTokensResponseLinks
    id: str
    data: list[PintTokenIssuanceEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "id",
        "data",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _ITEMS: ClassVar[str | None] = "data"

    def page_items(self) -> list[PintTokenIssuanceEntry]:
        """The items of this page (``Sumvin.paginate`` walks them across pages)."""
        return self.data

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        id = self.id

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "id": id,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            PintTokenIssuanceEntry = _models.PintTokenIssuanceEntry
            PintTokensResponseLinks = _models.PintTokensResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = PintTokensResponseLinks.from_dict(src_dict["_links"])

            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "data"
            _data = src_dict["data"]
            if not isinstance(_data, list):
                raise TypeError(f"member 'data': expected a list, got {type(_data).__name__}")

            data = [PintTokenIssuanceEntry.from_dict(data_item_data) for data_item_data in _data]

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        pint_tokens_response = object.__new__(cls)
        pint_tokens_response.field_links = field_links
        pint_tokens_response.id = id
        pint_tokens_response.data = data
        pint_tokens_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 3 else {}
        )
        return pint_tokens_response

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
