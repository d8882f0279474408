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
    from ..models.validation_error import ValidationError


T = TypeVar("T", bound="HTTPValidationErrorDetail")
_MEMBERS: frozenset[str] = frozenset(("detail",))  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class HTTPValidationErrorDetail(Model):
    """One invalid part of a request: where it is, what is wrong, and the kind of error.

    Attributes:
        detail: Each problem found in the request, with where it is.
    """

    detail: list[ValidationError]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("detail",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        detail = []
        for detail_item_data in self.detail:
            detail_item = detail_item_data.to_dict()
            detail.append(detail_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detail": detail,
            }
        )

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
            _detail = src_dict["detail"]
            if not isinstance(_detail, list):
                raise TypeError(f"member 'detail': expected a list, got {type(_detail).__name__}")

            detail = [ValidationError.from_dict(detail_item_data) for detail_item_data in _detail]

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        http_validation_error_detail = object.__new__(cls)
        http_validation_error_detail.detail = detail
        http_validation_error_detail.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 1 else {}
        )
        return http_validation_error_detail

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
