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
    from ..models.affordance_payload_type_0 import AffordancePayloadType0


T = TypeVar("T", bound="Affordance")
_MEMBERS: frozenset[str] = frozenset(
    (
        "rel",
        "href",
        "description",
        "method",
        "tool",
        "payload",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class Affordance(Model):
    """An action that would clear an error: where to send it, and for MCP clients the tool to call.

    Attributes:
        rel: Link relation naming what the action does (for example `verify`); also its key under `_links`.
        href: Target URL of the link (may be a URI template).
        description: What the affordance is for, in a sentence or two.
        method: HTTP method to use when following the link. Default: 'GET'.
        tool: Tool an MCP client calls to perform the action; null when no tool performs it.
        payload: Arguments to give that tool; null when it takes none.
    """

    rel: str
    href: str
    description: str
    method: str | None = None
    tool: str | None = None
    payload: AffordancePayloadType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "rel",
        "href",
        "description",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "method",
        "tool",
        "payload",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.affordance_payload_type_0 import AffordancePayloadType0

        rel = self.rel

        href = self.href

        description = self.description

        _method = UNSET if self.method is None else self.method
        method = _method

        _tool = UNSET if self.tool is None and not self._nulls & 2 else self.tool
        tool: str | Unset | None
        if isinstance(_tool, Unset):
            tool = UNSET
        else:
            tool = _tool

        _payload = UNSET if self.payload is None and not self._nulls & 4 else self.payload
        payload: dict[str, Any] | Unset | None
        if isinstance(_payload, Unset):
            payload = UNSET
        elif isinstance(_payload, AffordancePayloadType0):
            payload = _payload.to_dict()
        else:
            payload = _payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rel": rel,
                "href": href,
                "description": description,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method
        if tool is not UNSET:
            field_dict["tool"] = tool
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            AffordancePayloadType0 = _models.AffordancePayloadType0
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "rel"
            rel = src_dict["rel"]
            if type(rel) is not str and not isinstance(rel, str):
                raise TypeError(f"member 'rel': expected str, got {type(rel).__name__}")

            at = "href"
            href = src_dict["href"]
            if type(href) is not str and not isinstance(href, str):
                raise TypeError(f"member 'href': expected str, got {type(href).__name__}")

            at = "description"
            description = src_dict["description"]
            if type(description) is not str and not isinstance(description, str):
                raise TypeError(f"member 'description': expected str, got {type(description).__name__}")

            method = src_dict.get("method", ABSENT)
            if type(method) is not str and method is not ABSENT and not isinstance(method, str):
                raise TypeError(f"member 'method': expected str or Unset, got {type(method).__name__}")

            at = "tool"
            tool = src_dict.get("tool", ABSENT)
            if type(tool) is not str and tool is not None and tool is not ABSENT and not isinstance(tool, str):
                raise TypeError(f"member 'tool': expected str or None or Unset, got {type(tool).__name__}")

            if tool is None:
                nulls |= 2

            at = "payload"
            payload = src_dict.get("payload", ABSENT)
            if payload is not None and payload is not ABSENT:
                if not isinstance(payload, dict):
                    raise TypeError("member 'payload': a value of the wrong type")
                payload = AffordancePayloadType0.from_dict(payload)

            if payload is None:
                nulls |= 4

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        affordance = object.__new__(cls)
        affordance.rel = rel
        affordance.href = href
        affordance.description = description
        affordance.method = None if method is ABSENT else method
        affordance.tool = None if tool is ABSENT else tool
        affordance.payload = None if payload is ABSENT else payload
        affordance._nulls = nulls
        affordance.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 3 + (method is not ABSENT) + (tool is not ABSENT) + (payload is not ABSENT)
            else {}
        )
        return affordance

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
