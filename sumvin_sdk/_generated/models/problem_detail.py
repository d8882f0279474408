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
from ..models.api_error_code import APIErrorCode
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.problem_detail_links_type_0 import ProblemDetailLinksType0


T = TypeVar("T", bound="ProblemDetail")
_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "title",
        "status",
        "detail",
        "instance",
        "error_code",
        "trace_id",
        "_links",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class ProblemDetail(Model):
    """An error answer in the RFC 9457 problem form, with Sumvin's error code and trace id.

    Example:
        {'detail': 'No wallet found with ID 12345 for this user.', 'error_code': 'WAL-404-001', 'instance':
            '/v0/wallets/12345', 'status': 404, 'title': 'Wallet Not Found', 'trace_id': 'abc123-def456-ghi789', 'type':
            'https://api.sumvin.com/errors/wal-404-001'}

    Attributes:
        type_: URI for the kind of problem: the errors page of the API followed by the error code.
        title: Short summary of the kind of problem; the same every time it occurs.
        status: HTTP status code of the response.
        detail: What went wrong in this case, for people to read.
        instance: URI of this occurrence of the problem.
        error_code: Sumvin's machine-readable error code.
        trace_id: Identifier to quote to support for this request.
        field_links: Actions that would clear the error, keyed by link relation; present only when the caller can act.
    """

    type_: str
    title: str
    status: int
    detail: str
    instance: str
    error_code: APIErrorCode
    trace_id: str | None = None
    field_links: ProblemDetailLinksType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "type_",
        "title",
        "status",
        "detail",
        "instance",
        "error_code",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "trace_id",
        "field_links",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.problem_detail_links_type_0 import ProblemDetailLinksType0

        type_ = self.type_

        title = self.title

        status = self.status

        detail = self.detail

        instance = self.instance

        error_code = APIErrorCode(self.error_code).value

        _trace_id = UNSET if self.trace_id is None and not self._nulls & 1 else self.trace_id
        trace_id: str | Unset | None
        if isinstance(_trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = _trace_id

        _field_links = UNSET if self.field_links is None and not self._nulls & 2 else self.field_links
        field_links: dict[str, Any] | Unset | None
        if isinstance(_field_links, Unset):
            field_links = UNSET
        elif isinstance(_field_links, ProblemDetailLinksType0):
            field_links = _field_links.to_dict()
        else:
            field_links = _field_links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
                "status": status,
                "detail": detail,
                "instance": instance,
                "error_code": error_code,
            }
        )
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            ProblemDetailLinksType0 = _models.ProblemDetailLinksType0
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "type"
            type_ = src_dict["type"]
            if type(type_) is not str and not isinstance(type_, str):
                raise TypeError(f"member 'type': expected str, got {type(type_).__name__}")

            at = "title"
            title = src_dict["title"]
            if type(title) is not str and not isinstance(title, str):
                raise TypeError(f"member 'title': expected str, got {type(title).__name__}")

            at = "status"
            status = src_dict["status"]
            if type(status) is not int and (not isinstance(status, int) or isinstance(status, bool)):
                raise TypeError(f"member 'status': expected int, got {type(status).__name__}")

            at = "detail"
            detail = src_dict["detail"]
            if type(detail) is not str and not isinstance(detail, str):
                raise TypeError(f"member 'detail': expected str, got {type(detail).__name__}")

            at = "instance"
            instance = src_dict["instance"]
            if type(instance) is not str and not isinstance(instance, str):
                raise TypeError(f"member 'instance': expected str, got {type(instance).__name__}")

            at = "error_code"
            error_code = APIErrorCode.parse(src_dict["error_code"])

            at = "trace_id"
            trace_id = src_dict.get("trace_id", ABSENT)
            if (
                type(trace_id) is not str
                and trace_id is not None
                and trace_id is not ABSENT
                and not isinstance(trace_id, str)
            ):
                raise TypeError(f"member 'trace_id': expected str or None or Unset, got {type(trace_id).__name__}")

            if trace_id is None:
                nulls |= 1

            at = "_links"
            field_links = src_dict.get("_links", ABSENT)
            if field_links is not None and field_links is not ABSENT:
                if not isinstance(field_links, dict):
                    raise TypeError("member 'field_links': a value of the wrong type")
                field_links = ProblemDetailLinksType0.from_dict(field_links)

            if field_links is None:
                nulls |= 2

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        problem_detail = object.__new__(cls)
        problem_detail.type_ = type_
        problem_detail.title = title
        problem_detail.status = status
        problem_detail.detail = detail
        problem_detail.instance = instance
        problem_detail.error_code = error_code
        problem_detail.trace_id = None if trace_id is ABSENT else trace_id
        problem_detail.field_links = None if field_links is ABSENT else field_links
        problem_detail._nulls = nulls
        problem_detail.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 6 + (trace_id is not ABSENT) + (field_links is not ABSENT)
            else {}
        )
        return problem_detail

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
