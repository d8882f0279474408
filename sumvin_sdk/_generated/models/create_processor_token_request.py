from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="CreateProcessorTokenRequest")
_MEMBERS: frozenset[str] = frozenset(("processor",))  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class CreateProcessorTokenRequest(Model):
    """Body of `create_bank_processor_token`, which creates a processor token that lets a payment processor use one linked
    bank account.

        Attributes:
            processor: Payment processor the token is for.
    """

    processor: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("processor",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        processor = self.processor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "processor": processor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "processor"
            processor = src_dict["processor"]
            if type(processor) is not str and not isinstance(processor, str):
                raise TypeError(f"member 'processor': expected str, got {type(processor).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        create_processor_token_request = object.__new__(cls)
        create_processor_token_request.processor = processor
        create_processor_token_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 1 else {}
        )
        return create_processor_token_request

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


class CreateProcessorTokenRequestDict(TypedDict):
    """``CreateProcessorTokenRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    processor: str
