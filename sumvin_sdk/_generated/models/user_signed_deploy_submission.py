from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import PARSE_ERRORS, Model, note_failure

if TYPE_CHECKING:
    from ..models.user_signed_deploy_submission_user_operation import UserSignedDeploySubmissionUserOperation


T = TypeVar("T", bound="UserSignedDeploySubmission")
_MEMBERS: frozenset[str] = frozenset(
    (
        "user_operation",
        "expected_user_op_hash",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class UserSignedDeploySubmission(Model):
    """The signed UserOperation that deploys the user's Safe.

    Attributes:
        user_operation: The signed ERC-4337 UserOperation; its `sender` must be the predicted Safe address.
        expected_user_op_hash: Hash the client signed; the API checks it independently before sending.
    """

    user_operation: UserSignedDeploySubmissionUserOperation
    expected_user_op_hash: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "user_operation",
        "expected_user_op_hash",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        user_operation = self.user_operation.to_dict()

        expected_user_op_hash = self.expected_user_op_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "user_operation": user_operation,
                "expected_user_op_hash": expected_user_op_hash,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            UserSignedDeploySubmissionUserOperation = _models.UserSignedDeploySubmissionUserOperation
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "user_operation"
            user_operation = UserSignedDeploySubmissionUserOperation.from_dict(src_dict["user_operation"])

            at = "expected_user_op_hash"
            expected_user_op_hash = src_dict["expected_user_op_hash"]
            if type(expected_user_op_hash) is not str and not isinstance(expected_user_op_hash, str):
                raise TypeError(
                    f"member 'expected_user_op_hash': expected str, got {type(expected_user_op_hash).__name__}"
                )

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        user_signed_deploy_submission = object.__new__(cls)
        user_signed_deploy_submission.user_operation = user_operation
        user_signed_deploy_submission.expected_user_op_hash = expected_user_op_hash
        user_signed_deploy_submission.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return user_signed_deploy_submission

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


class UserSignedDeploySubmissionDict(TypedDict):
    """``UserSignedDeploySubmission`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    user_operation: Mapping[str, Any] | _models.UserSignedDeploySubmissionUserOperation
    expected_user_op_hash: str
