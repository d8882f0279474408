from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="LinkPintRequest")
_MEMBERS: frozenset[str] = frozenset(("pint_uri",))  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class LinkPintRequest(Model):
    """Body of `link_pint_to_agent_task`, which associates a purchase intent (PINT) with an agent task; 208 when the link
    already existed.

        Attributes:
            pint_uri: URI of the PINT to attach to the agent task.
    """

    pint_uri: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("pint_uri",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        pint_uri = self.pint_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pint_uri": pint_uri,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "pint_uri"
            pint_uri = src_dict["pint_uri"]
            if type(pint_uri) is not str and not isinstance(pint_uri, str):
                raise TypeError(f"member 'pint_uri': expected str, got {type(pint_uri).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        link_pint_request = object.__new__(cls)
        link_pint_request.pint_uri = pint_uri
        link_pint_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 1 else {}
        )
        return link_pint_request

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


class LinkPintRequestDict(TypedDict):
    """``LinkPintRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    pint_uri: str
