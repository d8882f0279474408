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
    from ..models.link import Link


T = TypeVar("T", bound="MandateCeremonyLinks")
_MEMBERS: frozenset[str] = frozenset(
    (
        "self",
        "decision",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class MandateCeremonyLinks(Model):
    """Links of a mandate ceremony: related resources and the actions available.

    Attributes:
        self_: Link to this resource.
        decision: Link to approve or decline the mandate; gone once the approval is settled.
    """

    self_: Link
    decision: Link | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("self_",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("decision",)

    def _json_dict(self) -> dict[str, Any]:
        from ..models.link import Link

        self_ = self.self_.to_dict()

        _decision = UNSET if self.decision is None and not self._nulls & 1 else self.decision
        decision: dict[str, Any] | Unset | None
        if isinstance(_decision, Unset):
            decision = UNSET
        elif isinstance(_decision, Link):
            decision = _decision.to_dict()
        else:
            decision = _decision

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
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "self"
            self_ = Link.from_dict(src_dict["self"])

            at = "decision"
            decision = src_dict.get("decision", ABSENT)
            if decision is not None and decision is not ABSENT:
                if not isinstance(decision, dict):
                    raise TypeError("member 'decision': a value of the wrong type")
                decision = Link.from_dict(decision)

            if decision is None:
                nulls |= 1

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        mandate_ceremony_links = object.__new__(cls)
        mandate_ceremony_links.self_ = self_
        mandate_ceremony_links.decision = None if decision is ABSENT else decision
        mandate_ceremony_links._nulls = nulls
        mandate_ceremony_links.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 1 + (decision is not ABSENT)
            else {}
        )
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
