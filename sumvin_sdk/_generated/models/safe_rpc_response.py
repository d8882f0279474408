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
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, note_failure

if TYPE_CHECKING:
    from ..models.common_links import CommonLinks


T = TypeVar("T", bound="SafeRpcResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "user_op_hash",
        "status",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class SafeRpcResponse(Model):
    """What `send_safe_rpc` returns; it submits a signed UserOperation to be sponsored and relayed; replays with the same
    Idempotency-Key are not sent twice.

        Attributes:
            field_links: Links to this submission (`self`) and to `status`, to poll the UserOperation.
            user_op_hash: Hash of the UserOperation sent; poll `get_safe_rpc_status` with it.
            status: Status when accepted; always `submitted` once the bundler took the UserOperation. Default: 'submitted'.
    """

    field_links: CommonLinks
    user_op_hash: str
    status: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "user_op_hash",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("status",)

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        user_op_hash = self.user_op_hash

        _status = UNSET if self.status is None else self.status
        status = _status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "user_op_hash": user_op_hash,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            CommonLinks = _models.CommonLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = CommonLinks.from_dict(src_dict["_links"])

            at = "user_op_hash"
            user_op_hash = src_dict["user_op_hash"]
            if type(user_op_hash) is not str and not isinstance(user_op_hash, str):
                raise TypeError(f"member 'user_op_hash': expected str, got {type(user_op_hash).__name__}")

            status = src_dict.get("status", ABSENT)
            if type(status) is not str and status is not ABSENT and not isinstance(status, str):
                raise TypeError(f"member 'status': expected str or Unset, got {type(status).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        safe_rpc_response = object.__new__(cls)
        safe_rpc_response.field_links = field_links
        safe_rpc_response.user_op_hash = user_op_hash
        safe_rpc_response.status = None if status is ABSENT else status
        safe_rpc_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 2 + (status is not ABSENT)
            else {}
        )
        return safe_rpc_response

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
