from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="MandateCeremonyLinks")


@_attrs_define
class MandateCeremonyLinks:
    """A mandate ceremony links.

    Attributes:
        self_ (Link): A link.
        decision (Link | None | Unset): Decision of the mandate ceremony links.
    """

    self_: Link
    decision: Link | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.link import Link

        self_ = self.self_.to_dict()

        decision: dict[str, Any] | Unset | None
        if isinstance(self.decision, Unset):
            decision = UNSET
        elif isinstance(self.decision, Link):
            decision = self.decision.to_dict()
        else:
            decision = self.decision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
            }
        )
        if decision is not UNSET:
            field_dict["decision"] = decision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            Link = _models.Link
        d = dict(src_dict)
        self_ = Link.from_dict(d.pop("self"))

        def _parse_decision(data: object) -> Link | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            decision_type_0 = Link.from_dict(data)

            return decision_type_0

        decision = _parse_decision(d.pop("decision", UNSET))

        mandate_ceremony_links = cls(
            self_=self_,
            decision=decision,
        )

        mandate_ceremony_links.additional_properties = d
        return mandate_ceremony_links

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
