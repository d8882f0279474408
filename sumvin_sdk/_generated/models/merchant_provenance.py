from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, epoch_ms, parse_timestamp

T = TypeVar("T", bound="MerchantProvenance")


@_attrs_define
class MerchantProvenance:
    """A merchant provenance.

    Attributes:
        source (None | str | Unset): Where the merchant provenance comes from.
        classified_at (datetime.datetime | None | Unset): When classified happened for the merchant provenance (epoch
            ms, or ISO 8601 on request).
        confidence (float | None | Unset): Confidence of the merchant provenance.
    """

    source: str | Unset | None = UNSET
    classified_at: datetime.datetime | Unset | None = UNSET
    confidence: float | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source: str | Unset | None
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        classified_at: int | Unset | None
        if isinstance(self.classified_at, Unset):
            classified_at = UNSET
        elif isinstance(self.classified_at, datetime.datetime):
            classified_at = epoch_ms(self.classified_at)
        else:
            classified_at = self.classified_at

        confidence: float | Unset | None
        if isinstance(self.confidence, Unset):
            confidence = UNSET
        else:
            confidence = self.confidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source
        if classified_at is not UNSET:
            field_dict["classified_at"] = classified_at
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source: str | Unset | None = d.pop("source", UNSET)
        if source is not None and not isinstance(source, Unset) and not isinstance(source, str):
            raise TypeError(f"member 'source': expected str or None or Unset, got {type(source).__name__}")

        def _parse_classified_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, int | float | str):
                raise TypeError()
            classified_at_type_0 = parse_timestamp(data)

            return classified_at_type_0

        classified_at = _parse_classified_at(d.pop("classified_at", UNSET))

        confidence: float | Unset | None = d.pop("confidence", UNSET)
        if (
            confidence is not None
            and not isinstance(confidence, Unset)
            and (not isinstance(confidence, (int, float)) or isinstance(confidence, bool))
        ):
            raise TypeError(f"member 'confidence': expected float or None or Unset, got {type(confidence).__name__}")

        merchant_provenance = cls(
            source=source,
            classified_at=classified_at,
            confidence=confidence,
        )

        merchant_provenance.additional_properties = d
        return merchant_provenance

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
