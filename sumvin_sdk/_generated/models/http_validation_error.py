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
    from ..models.validation_error import ValidationError


T = TypeVar("T", bound="HTTPValidationError")
_MEMBERS: frozenset[str] = frozenset(("detail",))  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class HTTPValidationError(Model):
    """The framework's answer listing the invalid parts of a request.

    Attributes:
        detail: Each problem found in the request, with where it is.
    """

    detail: list[ValidationError] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("detail",)

    def _json_dict(self) -> dict[str, Any]:
        _detail = UNSET if self.detail is None else self.detail
        detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_detail, Unset):
            detail = []
            for detail_item_data in _detail:
                detail_item = detail_item_data.to_dict()
                detail.append(detail_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            ValidationError = _models.ValidationError
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "detail"
            _detail = src_dict.get("detail", ABSENT)
            if _detail is not ABSENT and not isinstance(_detail, list):
                raise TypeError(f"member 'detail': expected a list, got {type(_detail).__name__}")

            detail = _detail
            if _detail is not ABSENT:
                detail = [ValidationError.from_dict(detail_item_data) for detail_item_data in _detail]

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        http_validation_error = object.__new__(cls)
        http_validation_error.detail = None if detail is ABSENT else detail
        http_validation_error.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 0 + (detail is not ABSENT)
            else {}
        )
        return http_validation_error

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
