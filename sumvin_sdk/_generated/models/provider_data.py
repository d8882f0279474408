from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="ProviderData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "provider",
        "audience",
        "required_scopes",
        "optional_scopes",
        "suggested_max_amount",
        "suggested_max_amount_token",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class ProviderData(Model):
    """The provider that serves an action for this user, and the PINT scopes it needs.

    Attributes:
        provider: Provider that serves the provider.
        audience: Audience a PINT for this provider is addressed to.
        required_scopes: Scopes a PINT for this provider must grant.
        optional_scopes: Scopes a PINT for this provider may also grant.
        suggested_max_amount: Spending limit to propose for this provider, as a decimal string; null for none.
        suggested_max_amount_token: Token the proposed limit is counted in; null for none.
    """

    provider: str
    audience: str
    required_scopes: list[str]
    optional_scopes: list[str]
    suggested_max_amount: str | None = None
    suggested_max_amount_token: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "provider",
        "audience",
        "required_scopes",
        "optional_scopes",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "suggested_max_amount",
        "suggested_max_amount_token",
    )

    def _json_dict(self) -> dict[str, Any]:
        provider = self.provider

        audience = self.audience

        required_scopes = self.required_scopes

        optional_scopes = self.optional_scopes

        _suggested_max_amount = (
            UNSET if self.suggested_max_amount is None and not self._nulls & 1 else self.suggested_max_amount
        )
        suggested_max_amount: str | Unset | None
        if isinstance(_suggested_max_amount, Unset):
            suggested_max_amount = UNSET
        else:
            suggested_max_amount = _suggested_max_amount

        _suggested_max_amount_token = (
            UNSET
            if self.suggested_max_amount_token is None and not self._nulls & 2
            else self.suggested_max_amount_token
        )
        suggested_max_amount_token: str | Unset | None
        if isinstance(_suggested_max_amount_token, Unset):
            suggested_max_amount_token = UNSET
        else:
            suggested_max_amount_token = _suggested_max_amount_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "audience": audience,
                "required_scopes": required_scopes,
                "optional_scopes": optional_scopes,
            }
        )
        if suggested_max_amount is not UNSET:
            field_dict["suggested_max_amount"] = suggested_max_amount
        if suggested_max_amount_token is not UNSET:
            field_dict["suggested_max_amount_token"] = suggested_max_amount_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "provider"
            provider = src_dict["provider"]
            if type(provider) is not str and not isinstance(provider, str):
                raise TypeError(f"member 'provider': expected str, got {type(provider).__name__}")

            at = "audience"
            audience = src_dict["audience"]
            if type(audience) is not str and not isinstance(audience, str):
                raise TypeError(f"member 'audience': expected str, got {type(audience).__name__}")

            at = "required_scopes"
            _required_scopes = src_dict["required_scopes"]
            if not isinstance(_required_scopes, list):
                raise TypeError(f"member 'required_scopes': expected a list, got {type(_required_scopes).__name__}")

            for required_scopes_item in _required_scopes:
                if type(required_scopes_item) is not str and not isinstance(required_scopes_item, str):
                    raise TypeError(
                        f"member 'required_scopes[]': expected str, got {type(required_scopes_item).__name__}"
                    )

            required_scopes = _required_scopes

            at = "optional_scopes"
            _optional_scopes = src_dict["optional_scopes"]
            if not isinstance(_optional_scopes, list):
                raise TypeError(f"member 'optional_scopes': expected a list, got {type(_optional_scopes).__name__}")

            for optional_scopes_item in _optional_scopes:
                if type(optional_scopes_item) is not str and not isinstance(optional_scopes_item, str):
                    raise TypeError(
                        f"member 'optional_scopes[]': expected str, got {type(optional_scopes_item).__name__}"
                    )

            optional_scopes = _optional_scopes

            at = "suggested_max_amount"
            suggested_max_amount = src_dict.get("suggested_max_amount", ABSENT)
            if (
                type(suggested_max_amount) is not str
                and suggested_max_amount is not None
                and suggested_max_amount is not ABSENT
                and not isinstance(suggested_max_amount, str)
            ):
                raise TypeError(
                    f"member 'suggested_max_amount': expected str or None or Unset, got {type(suggested_max_amount).__name__}"
                )

            if suggested_max_amount is None:
                nulls |= 1

            at = "suggested_max_amount_token"
            suggested_max_amount_token = src_dict.get("suggested_max_amount_token", ABSENT)
            if (
                type(suggested_max_amount_token) is not str
                and suggested_max_amount_token is not None
                and suggested_max_amount_token is not ABSENT
                and not isinstance(suggested_max_amount_token, str)
            ):
                raise TypeError(
                    f"member 'suggested_max_amount_token': expected str or None or Unset, got {type(suggested_max_amount_token).__name__}"
                )

            if suggested_max_amount_token is None:
                nulls |= 2

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        provider_data = object.__new__(cls)
        provider_data.provider = provider
        provider_data.audience = audience
        provider_data.required_scopes = required_scopes
        provider_data.optional_scopes = optional_scopes
        provider_data.suggested_max_amount = None if suggested_max_amount is ABSENT else suggested_max_amount
        provider_data.suggested_max_amount_token = (
            None if suggested_max_amount_token is ABSENT else suggested_max_amount_token
        )
        provider_data._nulls = nulls
        provider_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 4 + (suggested_max_amount is not ABSENT) + (suggested_max_amount_token is not ABSENT)
            else {}
        )
        return provider_data

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
