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
    from ..models.ramp_transaction_data import RampTransactionData
    from ..models.ramp_transaction_response_links import RampTransactionResponseLinks


T = TypeVar("T", bound="RampTransactionResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "transaction",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class RampTransactionResponse(Model):
    """What `get_ramp_transaction` returns: one ramp transaction.

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        transaction: The ramp transaction asked for.
    """

    field_links: RampTransactionResponseLinks
    transaction: RampTransactionData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "transaction",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        transaction = self.transaction.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "transaction": transaction,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            RampTransactionData = _models.RampTransactionData
            RampTransactionResponseLinks = _models.RampTransactionResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = RampTransactionResponseLinks.from_dict(src_dict["_links"])

            at = "transaction"
            transaction = RampTransactionData.from_dict(src_dict["transaction"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        ramp_transaction_response = object.__new__(cls)
        ramp_transaction_response.field_links = field_links
        ramp_transaction_response.transaction = transaction
        ramp_transaction_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return ramp_transaction_response

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
