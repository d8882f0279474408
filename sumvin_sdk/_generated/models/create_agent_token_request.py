from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="CreateAgentTokenRequest")
_MEMBERS: frozenset[str] = frozenset(("user_id",))  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class CreateAgentTokenRequest(Model):
    """Body of `create_user_token`, which issues a short-lived agent token for one user; the calling agent proves itself
    with its agent id and key headers, not a user credential.

        Attributes:
            user_id: Id of the user the new token acts for.
    """

    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("user_id",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "user_id"
            user_id = src_dict["user_id"]
            if type(user_id) is not str and not isinstance(user_id, str):
                raise TypeError(f"member 'user_id': expected str, got {type(user_id).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        create_agent_token_request = object.__new__(cls)
        create_agent_token_request.user_id = user_id
        create_agent_token_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 1 else {}
        )
        return create_agent_token_request

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


class CreateAgentTokenRequestDict(TypedDict):
    """``CreateAgentTokenRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    user_id: str
