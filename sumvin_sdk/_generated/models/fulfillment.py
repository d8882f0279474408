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
    from ..models.multi_destination import MultiDestination


T = TypeVar("T", bound="Fulfillment")
_MEMBERS: frozenset[str] = frozenset(("allows_multi_destination",))  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class Fulfillment(Model):
    """How a merchant fulfils orders (reserved, not yet filled in).

    Attributes:
        allows_multi_destination: Whether the merchant ships to more than one address per order; null when unknown.
    """

    allows_multi_destination: MultiDestination | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("allows_multi_destination",)

    def _json_dict(self) -> dict[str, Any]:
        from ..models.multi_destination import MultiDestination

        _allows_multi_destination = (
            UNSET if self.allows_multi_destination is None and not self._nulls & 1 else self.allows_multi_destination
        )
        allows_multi_destination: dict[str, Any] | Unset | None
        if isinstance(_allows_multi_destination, Unset):
            allows_multi_destination = UNSET
        elif isinstance(_allows_multi_destination, MultiDestination):
            allows_multi_destination = _allows_multi_destination.to_dict()
        else:
            allows_multi_destination = _allows_multi_destination

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allows_multi_destination is not UNSET:
            field_dict["allows_multi_destination"] = allows_multi_destination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            MultiDestination = _models.MultiDestination
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "allows_multi_destination"
            allows_multi_destination = src_dict.get("allows_multi_destination", ABSENT)
            if allows_multi_destination is not None and allows_multi_destination is not ABSENT:
                if not isinstance(allows_multi_destination, dict):
                    raise TypeError("member 'allows_multi_destination': a value of the wrong type")
                allows_multi_destination = MultiDestination.from_dict(allows_multi_destination)

            if allows_multi_destination is None:
                nulls |= 1

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        fulfillment = object.__new__(cls)
        fulfillment.allows_multi_destination = None if allows_multi_destination is ABSENT else allows_multi_destination
        fulfillment._nulls = nulls
        fulfillment.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 0 + (allows_multi_destination is not ABSENT)
            else {}
        )
        return fulfillment

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
