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
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.insight_action_params_type_0 import InsightActionParamsType0


T = TypeVar("T", bound="InsightAction")
_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "params",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class InsightAction(Model):
    """An action the app can take for an insight, with its arguments.

    Attributes:
        type_: Kind of action the app performs.
        params: Arguments for the action; null when it takes none.
    """

    type_: str
    params: InsightActionParamsType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("type_",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("params",)

    def _json_dict(self) -> dict[str, Any]:
        from ..models.insight_action_params_type_0 import InsightActionParamsType0

        type_ = self.type_

        _params = UNSET if self.params is None and not self._nulls & 1 else self.params
        params: dict[str, Any] | Unset | None
        if isinstance(_params, Unset):
            params = UNSET
        elif isinstance(_params, InsightActionParamsType0):
            params = _params.to_dict()
        else:
            params = _params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            InsightActionParamsType0 = _models.InsightActionParamsType0
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "type"
            type_ = src_dict["type"]
            if type(type_) is not str and not isinstance(type_, str):
                raise TypeError(f"member 'type': expected str, got {type(type_).__name__}")

            at = "params"
            params = src_dict.get("params", ABSENT)
            if params is not None and params is not ABSENT:
                if not isinstance(params, dict):
                    raise TypeError("member 'params': a value of the wrong type")
                params = InsightActionParamsType0.from_dict(params)

            if params is None:
                nulls |= 1

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        insight_action = object.__new__(cls)
        insight_action.type_ = type_
        insight_action.params = None if params is ABSENT else params
        insight_action._nulls = nulls
        insight_action.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 1 + (params is not ABSENT)
            else {}
        )
        return insight_action

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
