from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Literal,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="DemoCheckoutSource")
_MEMBERS: frozenset[str] = frozenset(("source",))  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class DemoCheckoutSource(Model):
    """Body of `start_checkout`, which starts a checkout with a card or the demo source; it proceeds in the background.

    Attributes:
        source: Always `demo`: a simulated payment, for trying the flow.
    """

    source: Literal["demo"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("source",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "source"
            source = cast(Literal["demo"], src_dict["source"])
            if source != "demo":
                raise ValueError(f"source must match const 'demo', got '{source}'")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        demo_checkout_source = object.__new__(cls)
        demo_checkout_source.source = source
        demo_checkout_source.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 1 else {}
        )
        return demo_checkout_source

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


class DemoCheckoutSourceDict(TypedDict):
    """``DemoCheckoutSource`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    source: Literal["demo"]
