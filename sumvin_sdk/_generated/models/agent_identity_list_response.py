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
    from ..models.agent_identity_data import AgentIdentityData
    from ..models.agent_identity_list_response_links import AgentIdentityListResponseLinks


T = TypeVar("T", bound="AgentIdentityListResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "data",
        "offset",
        "limit",
        "total",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class AgentIdentityListResponse(Model):
    """What `list_agent_identities` returns; it lists the agents connected to the user's account, optionally by state; only
    the account owner may call it, not an agent acting for them.

        Example:
            {'_links': {'disconnect': {'description': 'Disconnect one of the listed agents.', 'href': '/v0/agent-
                identities/{id}', 'method': 'DELETE', 'templated': True}, 'first': {'href': '/v0/agent-
                identities?offset=0&limit=50'}, 'last': {'href': '/v0/agent-identities?offset=0&limit=50'}, 'self': {'href':
                '/v0/agent-identities?offset=0&limit=50'}}, 'data': [{'client_id': 'app_2rKq8vN4TzYb', 'created_at':
                1704067200000, 'generation': 0, 'id': 'agid-4f9c1d2e8a7b40f1a3c5e7d9b1f3a5c7', 'status': 'active'}], 'limit':
                50, 'offset': 0, 'total': 1}

        Attributes:
            field_links: HAL links for paging through the list and to related actions, keyed by relation.
            data: The connected agent applications on this page.
            offset: Number of items skipped before this page.
            limit: Page size that was applied.
            total: Number of items across all pages.
    """

    field_links: AgentIdentityListResponseLinks
    data: list[AgentIdentityData]
    offset: int
    limit: int
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "data",
        "offset",
        "limit",
        "total",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _ITEMS: ClassVar[str | None] = "data"

    def page_items(self) -> list[AgentIdentityData]:
        """The items of this page (``Sumvin.paginate`` walks them across pages)."""
        return self.data

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        offset = self.offset

        limit = self.limit

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "data": data,
                "offset": offset,
                "limit": limit,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            AgentIdentityData = _models.AgentIdentityData
            AgentIdentityListResponseLinks = _models.AgentIdentityListResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = AgentIdentityListResponseLinks.from_dict(src_dict["_links"])

            at = "data"
            _data = src_dict["data"]
            if not isinstance(_data, list):
                raise TypeError(f"member 'data': expected a list, got {type(_data).__name__}")

            data = [AgentIdentityData.from_dict(data_item_data) for data_item_data in _data]

            at = "offset"
            offset = src_dict["offset"]
            if type(offset) is not int and (not isinstance(offset, int) or isinstance(offset, bool)):
                raise TypeError(f"member 'offset': expected int, got {type(offset).__name__}")

            at = "limit"
            limit = src_dict["limit"]
            if type(limit) is not int and (not isinstance(limit, int) or isinstance(limit, bool)):
                raise TypeError(f"member 'limit': expected int, got {type(limit).__name__}")

            at = "total"
            total = src_dict["total"]
            if type(total) is not int and (not isinstance(total, int) or isinstance(total, bool)):
                raise TypeError(f"member 'total': expected int, got {type(total).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        agent_identity_list_response = object.__new__(cls)
        agent_identity_list_response.field_links = field_links
        agent_identity_list_response.data = data
        agent_identity_list_response.offset = offset
        agent_identity_list_response.limit = limit
        agent_identity_list_response.total = total
        agent_identity_list_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 5 else {}
        )
        return agent_identity_list_response

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
