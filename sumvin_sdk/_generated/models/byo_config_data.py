from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.byo_safe_data import BYOSafeData


T = TypeVar("T", bound="BYOConfigData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "mode",
        "byo_safe",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class BYOConfigData(Model):
    """Safe onboarding where the user brings a Safe they already own.

    Attributes:
        mode: Always `byo`: the user brings a Safe they already own.
        byo_safe: The Safe the user brought; null while the step is still open.
    """

    mode: Literal["byo"]
    byo_safe: BYOSafeData | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("mode",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("byo_safe",)

    def _json_dict(self) -> dict[str, Any]:
        from ..models.byo_safe_data import BYOSafeData

        mode = self.mode

        _byo_safe = UNSET if self.byo_safe is None and not self._nulls & 1 else self.byo_safe
        byo_safe: dict[str, Any] | Unset | None
        if isinstance(_byo_safe, Unset):
            byo_safe = UNSET
        elif isinstance(_byo_safe, BYOSafeData):
            byo_safe = _byo_safe.to_dict()
        else:
            byo_safe = _byo_safe

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "mode": mode,
            }
        )
        if byo_safe is not UNSET:
            field_dict["byo_safe"] = byo_safe

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            BYOSafeData = _models.BYOSafeData
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "mode"
            mode = cast(Literal["byo"], src_dict["mode"])
            if mode != "byo":
                raise ValueError(f"mode must match const 'byo', got '{mode}'")

            at = "byo_safe"
            byo_safe = src_dict.get("byo_safe", ABSENT)
            if byo_safe is not None and byo_safe is not ABSENT:
                if not isinstance(byo_safe, dict):
                    raise TypeError("member 'byo_safe': a value of the wrong type")
                byo_safe = BYOSafeData.from_dict(byo_safe)

            if byo_safe is None:
                nulls |= 1

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        byo_config_data = object.__new__(cls)
        byo_config_data.mode = mode
        byo_config_data.byo_safe = None if byo_safe is ABSENT else byo_safe
        byo_config_data._nulls = nulls
        byo_config_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 1 + (byo_safe is not ABSENT)
            else {}
        )
        return byo_config_data

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
