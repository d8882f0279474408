from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Literal,
    NotRequired,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="FlightRouteCondition")
_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "origin",
        "destination",
        "max_stops",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class FlightRouteCondition(Model):
    """Condition that holds for flights on a route, within a number of stops.

    Attributes:
        type_: Always `flight_route`: the condition holds for flights on the route.
        origin: Departure airport, as an IATA code.
        destination: Arrival airport, as an IATA code.
        max_stops: Most stops allowed (0 for direct only); null for any.
    """

    type_: Literal["flight_route"]
    origin: str
    destination: str
    max_stops: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "type_",
        "origin",
        "destination",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("max_stops",)

    def _json_dict(self) -> dict[str, Any]:
        type_ = self.type_

        origin = self.origin

        destination = self.destination

        _max_stops = UNSET if self.max_stops is None and not self._nulls & 1 else self.max_stops
        max_stops: int | Unset | None
        if isinstance(_max_stops, Unset):
            max_stops = UNSET
        else:
            max_stops = _max_stops

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "origin": origin,
                "destination": destination,
            }
        )
        if max_stops is not UNSET:
            field_dict["max_stops"] = max_stops

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "type"
            type_ = cast(Literal["flight_route"], src_dict["type"])
            if type_ != "flight_route":
                raise ValueError(f"type must match const 'flight_route', got '{type_}'")

            at = "origin"
            origin = src_dict["origin"]
            if type(origin) is not str and not isinstance(origin, str):
                raise TypeError(f"member 'origin': expected str, got {type(origin).__name__}")

            at = "destination"
            destination = src_dict["destination"]
            if type(destination) is not str and not isinstance(destination, str):
                raise TypeError(f"member 'destination': expected str, got {type(destination).__name__}")

            at = "max_stops"
            max_stops = src_dict.get("max_stops", ABSENT)
            if (
                type(max_stops) is not int
                and max_stops is not None
                and max_stops is not ABSENT
                and (not isinstance(max_stops, int) or isinstance(max_stops, bool))
            ):
                raise TypeError(f"member 'max_stops': expected int or None or Unset, got {type(max_stops).__name__}")

            if max_stops is None:
                nulls |= 1

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        flight_route_condition = object.__new__(cls)
        flight_route_condition.type_ = type_
        flight_route_condition.origin = origin
        flight_route_condition.destination = destination
        flight_route_condition.max_stops = None if max_stops is ABSENT else max_stops
        flight_route_condition._nulls = nulls
        flight_route_condition.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 3 + (max_stops is not ABSENT)
            else {}
        )
        return flight_route_condition

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


class FlightRouteConditionDict(TypedDict):
    """``FlightRouteCondition`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    type: Literal["flight_route"]
    origin: str
    destination: str
    max_stops: NotRequired[int | None]
