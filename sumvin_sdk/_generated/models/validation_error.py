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
    from ..models.validation_error_context import ValidationErrorContext


T = TypeVar("T", bound="ValidationError")
_MEMBERS: frozenset[str] = frozenset(
    (
        "loc",
        "msg",
        "type",
        "input",
        "ctx",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class ValidationError(Model):
    """One invalid part of a request: where it is, what is wrong, and the kind of error.

    Attributes:
        loc: Where the error is: the path to the refused value, such as `["body", "username"]`.
        msg: What is wrong, for people to read.
        type_: Machine-readable kind of error, such as `missing`.
        input_: The value that was refused.
        ctx: Extra facts about the error, such as the limit broken.
    """

    loc: list[int | str]
    msg: str
    type_: str
    input_: Any = None
    ctx: ValidationErrorContext | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "loc",
        "msg",
        "type_",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "input_",
        "ctx",
    )

    def _json_dict(self) -> dict[str, Any]:
        loc = []
        for loc_item_data in self.loc:
            loc_item: int | str
            loc_item = loc_item_data
            loc.append(loc_item)

        msg = self.msg

        type_ = self.type_

        _input_ = UNSET if self.input_ is None and not self._nulls & 1 else self.input_
        input_ = _input_

        _ctx = UNSET if self.ctx is None else self.ctx
        ctx: dict[str, Any] | Unset = UNSET
        if not isinstance(_ctx, Unset):
            ctx = _ctx.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loc": loc,
                "msg": msg,
                "type": type_,
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_
        if ctx is not UNSET:
            field_dict["ctx"] = ctx

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            ValidationErrorContext = _models.ValidationErrorContext
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "loc"
            _loc = src_dict["loc"]
            if not isinstance(_loc, list):
                raise TypeError(f"member 'loc': expected a list, got {type(_loc).__name__}")

            loc = []
            for loc_item_data in _loc:
                loc_item = loc_item_data
                if (
                    type(loc_item) is not str
                    and type(loc_item) is not int
                    and (not isinstance(loc_item, (str, int)) or isinstance(loc_item, bool))
                ):
                    raise TypeError(f"member 'loc_item': expected str or int, got {type(loc_item).__name__}")

                loc.append(loc_item)

            at = "msg"
            msg = src_dict["msg"]
            if type(msg) is not str and not isinstance(msg, str):
                raise TypeError(f"member 'msg': expected str, got {type(msg).__name__}")

            at = "type"
            type_ = src_dict["type"]
            if type(type_) is not str and not isinstance(type_, str):
                raise TypeError(f"member 'type': expected str, got {type(type_).__name__}")

            input_ = src_dict.get("input", ABSENT)

            if input_ is None:
                nulls |= 1

            at = "ctx"
            ctx = src_dict.get("ctx", ABSENT)
            if ctx is not ABSENT:
                ctx = ValidationErrorContext.from_dict(ctx)

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        validation_error = object.__new__(cls)
        validation_error.loc = loc
        validation_error.msg = msg
        validation_error.type_ = type_
        validation_error.input_ = None if input_ is ABSENT else input_
        validation_error.ctx = None if ctx is ABSENT else ctx
        validation_error._nulls = nulls
        validation_error.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 3 + (input_ is not ABSENT) + (ctx is not ABSENT)
            else {}
        )
        return validation_error

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
