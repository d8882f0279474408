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
    from ..models.eip712_payload_types_additional_property_item import EIP712PayloadTypesAdditionalPropertyItem


T = TypeVar("T", bound="EIP712PayloadTypes")
_MEMBERS: frozenset[str] = frozenset(())  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class EIP712PayloadTypes(Model):
    """Type definitions of the typed data, by type name (EIP-712 `types`)."""

    additional_properties: dict[str, list[EIP712PayloadTypesAdditionalPropertyItem]] = _attrs_field(
        init=False, factory=dict
    )
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            EIP712PayloadTypesAdditionalPropertyItem = _models.EIP712PayloadTypesAdditionalPropertyItem
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            additional_properties = {}
            if len(src_dict) != 0:
                at = None
                for prop_name, prop_dict in src_dict.items():
                    if prop_name in _MEMBERS:
                        continue
                    _additional_property = prop_dict
                    if not isinstance(_additional_property, list):
                        raise TypeError(
                            f"member 'AdditionalProperty': expected a list, got {type(_additional_property).__name__}"
                        )

                    additional_property = [
                        EIP712PayloadTypesAdditionalPropertyItem.from_dict(additional_property_item_data)
                        for additional_property_item_data in _additional_property
                    ]

                    additional_properties[prop_name] = additional_property
        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        eip712_payload_types = object.__new__(cls)
        eip712_payload_types.additional_properties = additional_properties
        return eip712_payload_types

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[EIP712PayloadTypesAdditionalPropertyItem]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[EIP712PayloadTypesAdditionalPropertyItem]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
