from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="CashflowSummary")
_MEMBERS: frozenset[str] = frozenset(
    (
        "gross_in",
        "gross_out",
        "net",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class CashflowSummary(Model):
    """Money in, money out and the net over a set of transactions.

    Attributes:
        gross_in: Total of incoming transactions, as a decimal string.
        gross_out: Total of outgoing transactions, as a decimal string.
        net: Incoming minus outgoing, as a decimal string.
    """

    gross_in: str
    gross_out: str
    net: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "gross_in",
        "gross_out",
        "net",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        gross_in = self.gross_in

        gross_out = self.gross_out

        net = self.net

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gross_in": gross_in,
                "gross_out": gross_out,
                "net": net,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "gross_in"
            gross_in = src_dict["gross_in"]
            if type(gross_in) is not str and not isinstance(gross_in, str):
                raise TypeError(f"member 'gross_in': expected str, got {type(gross_in).__name__}")

            at = "gross_out"
            gross_out = src_dict["gross_out"]
            if type(gross_out) is not str and not isinstance(gross_out, str):
                raise TypeError(f"member 'gross_out': expected str, got {type(gross_out).__name__}")

            at = "net"
            net = src_dict["net"]
            if type(net) is not str and not isinstance(net, str):
                raise TypeError(f"member 'net': expected str, got {type(net).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        cashflow_summary = object.__new__(cls)
        cashflow_summary.gross_in = gross_in
        cashflow_summary.gross_out = gross_out
        cashflow_summary.net = net
        cashflow_summary.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 3 else {}
        )
        return cashflow_summary

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
