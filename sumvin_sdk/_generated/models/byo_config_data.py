from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Model, Unset

if TYPE_CHECKING:
    from ..models.byo_safe_data import BYOSafeData


T = TypeVar("T", bound="BYOConfigData")


@_attrs_define(repr=False)
class BYOConfigData(Model):
    """A byo config data, as part of `OnboardingSafeResponse`.

    Attributes:
        mode: Mode of the byo config.
        byo_safe: Byo safe of the byo config.
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
        d = dict(src_dict)
        nulls = 0
        mode = cast(Literal["byo"], d.pop("mode"))
        if mode != "byo":
            raise ValueError(f"mode must match const 'byo', got '{mode}'")

        def _parse_byo_safe(data: object) -> BYOSafeData | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            byo_safe_type_0 = BYOSafeData.from_dict(data)

            return byo_safe_type_0

        byo_safe = _parse_byo_safe(d.pop("byo_safe", UNSET))

        if byo_safe is None:
            nulls |= 1

        byo_config_data = cls(
            mode=mode,
            byo_safe=None if isinstance(byo_safe, Unset) else byo_safe,
        )

        byo_config_data._nulls = nulls
        byo_config_data.additional_properties = d
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
