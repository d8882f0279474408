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
    from ..models.link import Link


T = TypeVar("T", bound="PintStatusLinks")
_MEMBERS: frozenset[str] = frozenset(
    (
        "self",
        "pint",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class PintStatusLinks(Model):
    """Links of a PINT status: related resources and the actions available.

    Attributes:
        self_: Link to this resource.
        pint: Link to the PINT's full details.
    """

    self_: Link
    pint: Link
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "self_",
        "pint",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        self_ = self.self_.to_dict()

        pint = self.pint.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
                "pint": pint,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            Link = _models.Link
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "self"
            self_ = Link.from_dict(src_dict["self"])

            at = "pint"
            pint = Link.from_dict(src_dict["pint"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        pint_status_links = object.__new__(cls)
        pint_status_links.self_ = self_
        pint_status_links.pint = pint
        pint_status_links.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return pint_status_links

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
