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
    from ..models.visa_checkout_status_response_links import VisaCheckoutStatusResponseLinks


T = TypeVar("T", bound="VisaCheckoutStatusResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "checkout_id",
        "status",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class VisaCheckoutStatusResponse(Model):
    """What `get_checkout` returns: where a checkout stands and its result once finished.

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        checkout_id: Id of the checkout, for following its progress.
        status: Progress of the checkout: `pending`, `tokenized`, `enrolled` or `failed`.
    """

    field_links: VisaCheckoutStatusResponseLinks
    checkout_id: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "checkout_id",
        "status",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        checkout_id = self.checkout_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "checkout_id": checkout_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            VisaCheckoutStatusResponseLinks = _models.VisaCheckoutStatusResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = VisaCheckoutStatusResponseLinks.from_dict(src_dict["_links"])

            at = "checkout_id"
            checkout_id = src_dict["checkout_id"]
            if type(checkout_id) is not str and not isinstance(checkout_id, str):
                raise TypeError(f"member 'checkout_id': expected str, got {type(checkout_id).__name__}")

            at = "status"
            status = src_dict["status"]
            if type(status) is not str and not isinstance(status, str):
                raise TypeError(f"member 'status': expected str, got {type(status).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        visa_checkout_status_response = object.__new__(cls)
        visa_checkout_status_response.field_links = field_links
        visa_checkout_status_response.checkout_id = checkout_id
        visa_checkout_status_response.status = status
        visa_checkout_status_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 3 else {}
        )
        return visa_checkout_status_response

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
