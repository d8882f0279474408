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
    from ..models.refresh_accepted_response_links import RefreshAcceptedResponseLinks


T = TypeVar("T", bound="RefreshAcceptedResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "request_id",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class RefreshAcceptedResponse(Model):
    """What `delete_bank_connection` and 3 other operations return: a refresh accepted.

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        request_id: Id to track the refresh by; null when none is given.
    """

    field_links: RefreshAcceptedResponseLinks
    request_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("field_links",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("request_id",)

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        _request_id = UNSET if self.request_id is None and not self._nulls & 1 else self.request_id
        request_id: str | Unset | None
        if isinstance(_request_id, Unset):
            request_id = UNSET
        else:
            request_id = _request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
            }
        )
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            RefreshAcceptedResponseLinks = _models.RefreshAcceptedResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "_links"
            field_links = RefreshAcceptedResponseLinks.from_dict(src_dict["_links"])

            at = "request_id"
            request_id = src_dict.get("request_id", ABSENT)
            if (
                type(request_id) is not str
                and request_id is not None
                and request_id is not ABSENT
                and not isinstance(request_id, str)
            ):
                raise TypeError(f"member 'request_id': expected str or None or Unset, got {type(request_id).__name__}")

            if request_id is None:
                nulls |= 1

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        refresh_accepted_response = object.__new__(cls)
        refresh_accepted_response.field_links = field_links
        refresh_accepted_response.request_id = None if request_id is ABSENT else request_id
        refresh_accepted_response._nulls = nulls
        refresh_accepted_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 1 + (request_id is not ABSENT)
            else {}
        )
        return refresh_accepted_response

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
