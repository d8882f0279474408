from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Link")


@_attrs_define
class Link:
    """A link.

    Attributes:
        href (str): Target URL of the link (may be a URI template).
        method (str | Unset): HTTP method to use when following the link. Default: 'GET'.
        templated (bool | Unset): Whether templated applies to the link. Default: False.
        description (None | str | Unset): What the link is for, in a sentence or two.
    """

    href: str
    method: str | Unset = "GET"
    templated: bool | Unset = False
    description: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        method = self.method

        templated = self.templated

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method
        if templated is not UNSET:
            field_dict["templated"] = templated
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        href = d.pop("href")
        if not isinstance(href, str):
            raise TypeError(f"member 'href': expected str, got {type(href).__name__}")

        method = d.pop("method", UNSET)
        if not isinstance(method, Unset) and not isinstance(method, str):
            raise TypeError(f"member 'method': expected str or Unset, got {type(method).__name__}")

        templated = d.pop("templated", UNSET)
        if not isinstance(templated, Unset) and not isinstance(templated, bool):
            raise TypeError(f"member 'templated': expected bool or Unset, got {type(templated).__name__}")

        description: str | Unset | None = d.pop("description", UNSET)
        if description is not None and not isinstance(description, Unset) and not isinstance(description, str):
            raise TypeError(f"member 'description': expected str or None or Unset, got {type(description).__name__}")

        link = cls(
            href=href,
            method=method,
            templated=templated,
            description=description,
        )

        link.additional_properties = d
        return link

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
