from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="PaginationLinks")


@_attrs_define
class PaginationLinks:
    """A pagination links.

    Attributes:
        self_ (Link): A link.
        first (Link | None | Unset): First of the pagination links.
        prev (Link | None | Unset): Prev of the pagination links.
        next_ (Link | None | Unset): Next of the pagination links.
        last (Link | None | Unset): Last of the pagination links.
    """

    self_: Link
    first: Link | Unset | None = UNSET
    prev: Link | Unset | None = UNSET
    next_: Link | Unset | None = UNSET
    last: Link | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.link import Link

        self_ = self.self_.to_dict()

        first: dict[str, Any] | Unset | None
        if isinstance(self.first, Unset):
            first = UNSET
        elif isinstance(self.first, Link):
            first = self.first.to_dict()
        else:
            first = self.first

        prev: dict[str, Any] | Unset | None
        if isinstance(self.prev, Unset):
            prev = UNSET
        elif isinstance(self.prev, Link):
            prev = self.prev.to_dict()
        else:
            prev = self.prev

        next_: dict[str, Any] | Unset | None
        if isinstance(self.next_, Unset):
            next_ = UNSET
        elif isinstance(self.next_, Link):
            next_ = self.next_.to_dict()
        else:
            next_ = self.next_

        last: dict[str, Any] | Unset | None
        if isinstance(self.last, Unset):
            last = UNSET
        elif isinstance(self.last, Link):
            last = self.last.to_dict()
        else:
            last = self.last

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
        d = dict(src_dict)
        self_ = Link.from_dict(d.pop("self"))

        def _parse_first(data: object) -> Link | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            first_type_0 = Link.from_dict(data)

            return first_type_0

        first = _parse_first(d.pop("first", UNSET))

        def _parse_prev(data: object) -> Link | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            prev_type_0 = Link.from_dict(data)

            return prev_type_0

        prev = _parse_prev(d.pop("prev", UNSET))

        def _parse_next_(data: object) -> Link | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            next_type_0 = Link.from_dict(data)

            return next_type_0

        next_ = _parse_next_(d.pop("next", UNSET))

        def _parse_last(data: object) -> Link | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            last_type_0 = Link.from_dict(data)

            return last_type_0

        last = _parse_last(d.pop("last", UNSET))

        pagination_links = cls(
            self_=self_,
            first=first,
            prev=prev,
            next_=next_,
            last=last,
        )

        pagination_links.additional_properties = d
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
