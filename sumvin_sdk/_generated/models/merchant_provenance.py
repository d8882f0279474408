from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

T = TypeVar("T", bound="MerchantProvenance")
_MEMBERS: frozenset[str] = frozenset(
    (
        "source",
        "classified_at",
        "confidence",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class MerchantProvenance(Model):
    """The source and confidence of what is known about a merchant.

    Attributes:
        source: What produced the enrichment; reserved, null in this API version.
        classified_at: When the enrichment was made, in epoch milliseconds; null for merchants enriched before it was
            recorded.
        confidence: How sure the enrichment is, from 0 to 1; always null for now.
    """

    source: str | None = None
    classified_at: datetime.datetime | None = None
    confidence: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "source",
        "classified_at",
        "confidence",
    )

    def _json_dict(self) -> dict[str, Any]:
        _source = UNSET if self.source is None and not self._nulls & 1 else self.source
        source: str | Unset | None
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = _source

        _classified_at = UNSET if self.classified_at is None and not self._nulls & 2 else self.classified_at
        classified_at: int | Unset | None
        if isinstance(_classified_at, Unset):
            classified_at = UNSET
        elif isinstance(_classified_at, datetime.datetime):
            classified_at = epoch_ms(_classified_at)
        else:
            classified_at = _classified_at

        _confidence = UNSET if self.confidence is None and not self._nulls & 4 else self.confidence
        confidence: float | Unset | None
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = _confidence

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
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "source"
            source = src_dict.get("source", ABSENT)
            if type(source) is not str and source is not None and source is not ABSENT and not isinstance(source, str):
                raise TypeError(f"member 'source': expected str or None or Unset, got {type(source).__name__}")

            if source is None:
                nulls |= 1

            at = "classified_at"
            classified_at = src_dict.get("classified_at", ABSENT)
            if classified_at is not None and classified_at is not ABSENT:
                if not isinstance(classified_at, int | float | str):
                    raise TypeError("member 'classified_at': a value of the wrong type")
                classified_at = parse_timestamp(classified_at)

            if classified_at is None:
                nulls |= 2

            at = "confidence"
            confidence = src_dict.get("confidence", ABSENT)
            if (
                confidence is not None
                and confidence is not ABSENT
                and (
                    not isinstance(confidence, (int, float))
                    or isinstance(confidence, bool)
                    or (isinstance(confidence, float) and not float("-inf") < confidence < float("inf"))
                )
            ):
                raise TypeError(
                    f"member 'confidence': expected float or None or Unset, got {type(confidence).__name__}"
                )

            if confidence is None:
                nulls |= 4

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        merchant_provenance = object.__new__(cls)
        merchant_provenance.source = None if source is ABSENT else source
        merchant_provenance.classified_at = None if classified_at is ABSENT else classified_at
        merchant_provenance.confidence = None if confidence is ABSENT else confidence
        merchant_provenance._nulls = nulls
        merchant_provenance.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 0 + (source is not ABSENT) + (classified_at is not ABSENT) + (confidence is not ABSENT)
            else {}
        )
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
