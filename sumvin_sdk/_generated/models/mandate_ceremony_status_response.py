from __future__ import annotations

import datetime
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
from ..models.mandate_ceremony_status import MandateCeremonyStatus
from ..types import PARSE_ERRORS, Model, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.common_links import CommonLinks


T = TypeVar("T", bound="MandateCeremonyStatusResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "status",
        "expires_at",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class MandateCeremonyStatusResponse(Model):
    """What `read_mandate_ceremony_status` returns; it tells whether the mandate behind an approval ticket is still
    proposed, stamped, declined or expired; no sign-in needed, the ticket suffices.

        Example:
            {'_links': {'self': {'href': '/v0/mandate-ceremonies/current/status'}}, 'expires_at': 1757337600000, 'status':
                'proposed'}

        Attributes:
            field_links: Link to this status (`self`).
            status: `proposed` (awaiting the user), `stamped` (authorised), `declined` or `expired`.
            expires_at: When the mandate ceremony status expires (epoch ms on the wire).
    """

    field_links: CommonLinks
    status: MandateCeremonyStatus
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "status",
        "expires_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        status = MandateCeremonyStatus(self.status).value

        expires_at = epoch_ms(self.expires_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "status": status,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            CommonLinks = _models.CommonLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = CommonLinks.from_dict(src_dict["_links"])

            at = "status"
            status = MandateCeremonyStatus.parse(src_dict["status"])

            at = "expires_at"
            expires_at = parse_timestamp(src_dict["expires_at"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        mandate_ceremony_status_response = object.__new__(cls)
        mandate_ceremony_status_response.field_links = field_links
        mandate_ceremony_status_response.status = status
        mandate_ceremony_status_response.expires_at = expires_at
        mandate_ceremony_status_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 3 else {}
        )
        return mandate_ceremony_status_response

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
