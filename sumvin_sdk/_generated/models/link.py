from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="Link")
_MEMBERS: frozenset[str] = frozenset(
    (
        "href",
        "method",
        "templated",
        "description",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class Link(Model):
    """A hypermedia link: the target URL (possibly a URI template) and the HTTP method to use.

    Attributes:
        href: Target URL of the link (may be a URI template).
        method: HTTP method to use when following the link. Default: 'GET'.
        templated: True when `href` is a URI template whose variables (such as `{id}`) must be filled in. Default:
            False.
        description: What the link is for, in a sentence or two.
    """

    href: str
    method: str | None = None
    templated: bool | None = None
    description: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("href",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "method",
        "templated",
        "description",
    )

    def _json_dict(self) -> dict[str, Any]:
        href = self.href

        _method = UNSET if self.method is None else self.method
        method = _method

        _templated = UNSET if self.templated is None else self.templated
        templated = _templated

        _description = UNSET if self.description is None and not self._nulls & 4 else self.description
        description: str | Unset | None
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = _description

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
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "href"
            href = src_dict["href"]
            if type(href) is not str and not isinstance(href, str):
                raise TypeError(f"member 'href': expected str, got {type(href).__name__}")

            method = src_dict.get("method", ABSENT)
            if type(method) is not str and method is not ABSENT and not isinstance(method, str):
                raise TypeError(f"member 'method': expected str or Unset, got {type(method).__name__}")

            templated = src_dict.get("templated", ABSENT)
            if type(templated) is not bool and templated is not ABSENT and not isinstance(templated, bool):
                raise TypeError(f"member 'templated': expected bool or Unset, got {type(templated).__name__}")

            at = "description"
            description = src_dict.get("description", ABSENT)
            if (
                type(description) is not str
                and description is not None
                and description is not ABSENT
                and not isinstance(description, str)
            ):
                raise TypeError(
                    f"member 'description': expected str or None or Unset, got {type(description).__name__}"
                )

            if description is None:
                nulls |= 4

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        link = object.__new__(cls)
        link.href = href
        link.method = None if method is ABSENT else method
        link.templated = None if templated is ABSENT else templated
        link.description = None if description is ABSENT else description
        link._nulls = nulls
        link.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 1 + (method is not ABSENT) + (templated is not ABSENT) + (description is not ABSENT)
            else {}
        )
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
