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
    from ..models.onboarding_event_data import OnboardingEventData
    from ..models.user_links import UserLinks


T = TypeVar("T", bound="OnboardingEventsResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "events",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class OnboardingEventsResponse(Model):
    """What `get_onboarding_events` returns: the history of the user's onboarding events, oldest first.

    Attributes:
        field_links: Links to the user, their wallets, their KYC status and a fresh KYC SDK token.
        events: Onboarding events in the order they happened.
    """

    field_links: UserLinks
    events: list[OnboardingEventData]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "events",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "events": events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            OnboardingEventData = _models.OnboardingEventData
            UserLinks = _models.UserLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = UserLinks.from_dict(src_dict["_links"])

            at = "events"
            _events = src_dict["events"]
            if not isinstance(_events, list):
                raise TypeError(f"member 'events': expected a list, got {type(_events).__name__}")

            events = [OnboardingEventData.from_dict(events_item_data) for events_item_data in _events]

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        onboarding_events_response = object.__new__(cls)
        onboarding_events_response.field_links = field_links
        onboarding_events_response.events = events
        onboarding_events_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return onboarding_events_response

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
