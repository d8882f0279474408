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
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.repair_token_response_links import RepairTokenResponseLinks


T = TypeVar("T", bound="RepairTokenResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "widget_url",
        "connect_token",
        "institution_id",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class RepairTokenResponse(Model):
    """What `repair_bank_connection` returns: a token to reopen the bank's flow and repair a broken connection, for example
    after a password change.

        Attributes:
            field_links: HAL links to this resource and to the actions available next, keyed by relation.
            widget_url: URL of the widget that repairs the bank connection.
            connect_token: Token the repair widget starts with.
            institution_id: Provider's id of the bank or institution; null when unknown.
    """

    field_links: RepairTokenResponseLinks
    widget_url: str
    connect_token: str
    institution_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "widget_url",
        "connect_token",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("institution_id",)

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        widget_url = self.widget_url

        connect_token = self.connect_token

        _institution_id = UNSET if self.institution_id is None and not self._nulls & 1 else self.institution_id
        institution_id: str | Unset | None
        if isinstance(_institution_id, Unset):
            institution_id = UNSET
        else:
            institution_id = _institution_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "widget_url": widget_url,
                "connect_token": connect_token,
            }
        )
        if institution_id is not UNSET:
            field_dict["institution_id"] = institution_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            RepairTokenResponseLinks = _models.RepairTokenResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "_links"
            field_links = RepairTokenResponseLinks.from_dict(src_dict["_links"])

            at = "widget_url"
            widget_url = src_dict["widget_url"]
            if type(widget_url) is not str and not isinstance(widget_url, str):
                raise TypeError(f"member 'widget_url': expected str, got {type(widget_url).__name__}")

            at = "connect_token"
            connect_token = src_dict["connect_token"]
            if type(connect_token) is not str and not isinstance(connect_token, str):
                raise TypeError(f"member 'connect_token': expected str, got {type(connect_token).__name__}")

            at = "institution_id"
            institution_id = src_dict.get("institution_id", ABSENT)
            if (
                type(institution_id) is not str
                and institution_id is not None
                and institution_id is not ABSENT
                and not isinstance(institution_id, str)
            ):
                raise TypeError(
                    f"member 'institution_id': expected str or None or Unset, got {type(institution_id).__name__}"
                )

            if institution_id is None:
                nulls |= 1

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        repair_token_response = object.__new__(cls)
        repair_token_response.field_links = field_links
        repair_token_response.widget_url = widget_url
        repair_token_response.connect_token = connect_token
        repair_token_response.institution_id = None if institution_id is ABSENT else institution_id
        repair_token_response._nulls = nulls
        repair_token_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 3 + (institution_id is not ABSENT)
            else {}
        )
        return repair_token_response

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
