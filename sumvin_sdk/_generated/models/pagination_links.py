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
    from ..models.link import Link


T = TypeVar("T", bound="PaginationLinks")
_MEMBERS: frozenset[str] = frozenset(
    (
        "self",
        "first",
        "prev",
        "next",
        "last",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class PaginationLinks(Model):
    """Links of a pagination: related resources and the actions available.

    Attributes:
        self_: Link to this resource.
        first: Link to the first page; null when not offered.
        prev: Link to the previous page; null on the first page.
        next_: Link to the next page; null on the last page.
        last: Link to the last page; null when not offered.
    """

    self_: Link
    first: Link | None = None
    prev: Link | None = None
    next_: Link | None = None
    last: Link | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("self_",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "first",
        "prev",
        "next_",
        "last",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.link import Link

        self_ = self.self_.to_dict()

        _first = UNSET if self.first is None and not self._nulls & 1 else self.first
        first: dict[str, Any] | Unset | None
        if isinstance(_first, Unset):
            first = UNSET
        elif isinstance(_first, Link):
            first = _first.to_dict()
        else:
            first = _first

        _prev = UNSET if self.prev is None and not self._nulls & 2 else self.prev
        prev: dict[str, Any] | Unset | None
        if isinstance(_prev, Unset):
            prev = UNSET
        elif isinstance(_prev, Link):
            prev = _prev.to_dict()
        else:
            prev = _prev

        _next_ = UNSET if self.next_ is None and not self._nulls & 4 else self.next_
        next_: dict[str, Any] | Unset | None
        if isinstance(_next_, Unset):
            next_ = UNSET
        elif isinstance(_next_, Link):
            next_ = _next_.to_dict()
        else:
            next_ = _next_

        _last = UNSET if self.last is None and not self._nulls & 8 else self.last
        last: dict[str, Any] | Unset | None
        if isinstance(_last, Unset):
            last = UNSET
        elif isinstance(_last, Link):
            last = _last.to_dict()
        else:
            last = _last

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
            }
        )
        if first is not UNSET:
            field_dict["first"] = first
        if prev is not UNSET:
            field_dict["prev"] = prev
        if next_ is not UNSET:
            field_dict["next"] = next_
        if last is not UNSET:
            field_dict["last"] = last

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            Link = _models.Link
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "self"
            self_ = Link.from_dict(src_dict["self"])

            at = "first"
            first = src_dict.get("first", ABSENT)
            if first is not None and first is not ABSENT:
                if not isinstance(first, dict):
                    raise TypeError("member 'first': a value of the wrong type")
                first = Link.from_dict(first)

            if first is None:
                nulls |= 1

            at = "prev"
            prev = src_dict.get("prev", ABSENT)
            if prev is not None and prev is not ABSENT:
                if not isinstance(prev, dict):
                    raise TypeError("member 'prev': a value of the wrong type")
                prev = Link.from_dict(prev)

            if prev is None:
                nulls |= 2

            at = "next"
            next_ = src_dict.get("next", ABSENT)
            if next_ is not None and next_ is not ABSENT:
                if not isinstance(next_, dict):
                    raise TypeError("member 'next_': a value of the wrong type")
                next_ = Link.from_dict(next_)

            if next_ is None:
                nulls |= 4

            at = "last"
            last = src_dict.get("last", ABSENT)
            if last is not None and last is not ABSENT:
                if not isinstance(last, dict):
                    raise TypeError("member 'last': a value of the wrong type")
                last = Link.from_dict(last)

            if last is None:
                nulls |= 8

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        pagination_links = object.__new__(cls)
        pagination_links.self_ = self_
        pagination_links.first = None if first is ABSENT else first
        pagination_links.prev = None if prev is ABSENT else prev
        pagination_links.next_ = None if next_ is ABSENT else next_
        pagination_links.last = None if last is ABSENT else last
        pagination_links._nulls = nulls
        pagination_links.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 1 + (first is not ABSENT) + (prev is not ABSENT) + (next_ is not ABSENT) + (last is not ABSENT)
            else {}
        )
        return pagination_links

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
