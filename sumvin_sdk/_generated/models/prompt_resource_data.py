from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="PromptResourceData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "resource_type",
        "prompt",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class PromptResourceData(Model):
    """An Explore item that opens a chat with a prompt.

    Attributes:
        resource_type: Always `prompt`: the item opens a chat prompt.
        prompt: Text of the prompt to start a chat with.
    """

    resource_type: Literal["prompt"]
    prompt: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "resource_type",
        "prompt",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        resource_type = self.resource_type

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_type": resource_type,
                "prompt": prompt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "resource_type"
            resource_type = cast(Literal["prompt"], src_dict["resource_type"])
            if resource_type != "prompt":
                raise ValueError(f"resource_type must match const 'prompt', got '{resource_type}'")

            at = "prompt"
            prompt = src_dict["prompt"]
            if type(prompt) is not str and not isinstance(prompt, str):
                raise TypeError(f"member 'prompt': expected str, got {type(prompt).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        prompt_resource_data = object.__new__(cls)
        prompt_resource_data.resource_type = resource_type
        prompt_resource_data.prompt = prompt
        prompt_resource_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return prompt_resource_data

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
