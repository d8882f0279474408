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
    from ..models.onboarding_data import OnboardingData
    from ..models.user_links import UserLinks


T = TypeVar("T", bound="OnboardingStepsResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "onboarding",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class OnboardingStepsResponse(Model):
    """What `get_onboarding_steps` and `submit_onboarding_step` return: the onboarding steps.

    Attributes:
        field_links: Links to the user, their wallets, their KYC status and a fresh KYC SDK token.
        onboarding: Where the user is in onboarding: the current step and every step's state.
    """

    field_links: UserLinks
    onboarding: OnboardingData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "onboarding",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        onboarding = self.onboarding.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "onboarding": onboarding,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            OnboardingData = _models.OnboardingData
            UserLinks = _models.UserLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = UserLinks.from_dict(src_dict["_links"])

            at = "onboarding"
            onboarding = OnboardingData.from_dict(src_dict["onboarding"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        onboarding_steps_response = object.__new__(cls)
        onboarding_steps_response.field_links = field_links
        onboarding_steps_response.onboarding = onboarding
        onboarding_steps_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return onboarding_steps_response

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
