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

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="MeldLinkData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "provider",
        "widget_url",
        "connect_token",
        "customer_id",
        "institution_id",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class MeldLinkData(Model):
    """What the bank-linking widget needs: its URL and connect token.

    Attributes:
        provider: Provider that serves the meld link.
        widget_url: URL of the provider's widget to open for the user.
        connect_token: Token the linking widget starts with.
        customer_id: Provider's id of the user as a customer; null when none exists yet.
        institution_id: Provider's id of the bank or institution; null when unknown.
    """

    provider: Literal["meld"]
    widget_url: str
    connect_token: str
    customer_id: str | None = None
    institution_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "provider",
        "widget_url",
        "connect_token",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "customer_id",
        "institution_id",
    )

    def _json_dict(self) -> dict[str, Any]:
        provider = self.provider

        widget_url = self.widget_url

        connect_token = self.connect_token

        _customer_id = UNSET if self.customer_id is None and not self._nulls & 1 else self.customer_id
        customer_id: str | Unset | None
        if isinstance(_customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = _customer_id

        _institution_id = UNSET if self.institution_id is None and not self._nulls & 2 else self.institution_id
        institution_id: str | Unset | None
        if isinstance(_institution_id, Unset):
            institution_id = UNSET
        else:
            institution_id = _institution_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "widget_url": widget_url,
                "connect_token": connect_token,
            }
        )
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if institution_id is not UNSET:
            field_dict["institution_id"] = institution_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "provider"
            provider = cast(Literal["meld"], src_dict["provider"])
            if provider != "meld":
                raise ValueError(f"provider must match const 'meld', got '{provider}'")

            at = "widget_url"
            widget_url = src_dict["widget_url"]
            if type(widget_url) is not str and not isinstance(widget_url, str):
                raise TypeError(f"member 'widget_url': expected str, got {type(widget_url).__name__}")

            at = "connect_token"
            connect_token = src_dict["connect_token"]
            if type(connect_token) is not str and not isinstance(connect_token, str):
                raise TypeError(f"member 'connect_token': expected str, got {type(connect_token).__name__}")

            at = "customer_id"
            customer_id = src_dict.get("customer_id", ABSENT)
            if (
                type(customer_id) is not str
                and customer_id is not None
                and customer_id is not ABSENT
                and not isinstance(customer_id, str)
            ):
                raise TypeError(
                    f"member 'customer_id': expected str or None or Unset, got {type(customer_id).__name__}"
                )

            if customer_id is None:
                nulls |= 1

            at = "institution_id"
            institution_id = src_dict.get("institution_id", ABSENT)
            if (
                type(institution_id) is not str
                and institution_id is not None
                and institution_id is not ABSENT
                and not isinstance(institution_id, str)
            ):
                raise TypeError(
                    f"member 'institution_id': expected str or None or Unset, got {type(institution_id).__name__}"
                )

            if institution_id is None:
                nulls |= 2

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        meld_link_data = object.__new__(cls)
        meld_link_data.provider = provider
        meld_link_data.widget_url = widget_url
        meld_link_data.connect_token = connect_token
        meld_link_data.customer_id = None if customer_id is ABSENT else customer_id
        meld_link_data.institution_id = None if institution_id is ABSENT else institution_id
        meld_link_data._nulls = nulls
        meld_link_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 3 + (customer_id is not ABSENT) + (institution_id is not ABSENT)
            else {}
        )
        return meld_link_data

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
