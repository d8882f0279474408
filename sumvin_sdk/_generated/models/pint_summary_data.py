from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, epoch_ms, note_failure, parse_timestamp

T = TypeVar("T", bound="PintSummaryData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "pint_uri",
        "status",
        "scopes",
        "enforcement_mode",
        "expires_at",
        "created_at",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class PintSummaryData(Model):
    """Short account of a PINT used by an agent task.

    Attributes:
        id: Unique id of the PINT summary.
        pint_uri: URI identifying the PINT (`sr:us:pint:...`).
        status: State of the PINT, with the values of `PintStatus` (such as `active`).
        scopes: Permissions granted, as scope names.
        enforcement_mode: `strict` when going over the limit blocks a spend, `advisory` when it only warns.
        expires_at: When the PINT summary expires (epoch ms on the wire).
        created_at: When the PINT summary was created (epoch ms on the wire).
    """

    id: str
    pint_uri: str
    status: str
    scopes: list[str]
    enforcement_mode: str
    expires_at: datetime.datetime
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "pint_uri",
        "status",
        "scopes",
        "enforcement_mode",
        "expires_at",
        "created_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        id = self.id

        pint_uri = self.pint_uri

        status = self.status

        scopes = self.scopes

        enforcement_mode = self.enforcement_mode

        expires_at = epoch_ms(self.expires_at)

        created_at = epoch_ms(self.created_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "pint_uri": pint_uri,
                "status": status,
                "scopes": scopes,
                "enforcement_mode": enforcement_mode,
                "expires_at": expires_at,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "pint_uri"
            pint_uri = src_dict["pint_uri"]
            if type(pint_uri) is not str and not isinstance(pint_uri, str):
                raise TypeError(f"member 'pint_uri': expected str, got {type(pint_uri).__name__}")

            at = "status"
            status = src_dict["status"]
            if type(status) is not str and not isinstance(status, str):
                raise TypeError(f"member 'status': expected str, got {type(status).__name__}")

            at = "scopes"
            _scopes = src_dict["scopes"]
            if not isinstance(_scopes, list):
                raise TypeError(f"member 'scopes': expected a list, got {type(_scopes).__name__}")

            for scopes_item in _scopes:
                if type(scopes_item) is not str and not isinstance(scopes_item, str):
                    raise TypeError(f"member 'scopes[]': expected str, got {type(scopes_item).__name__}")

            scopes = _scopes

            at = "enforcement_mode"
            enforcement_mode = src_dict["enforcement_mode"]
            if type(enforcement_mode) is not str and not isinstance(enforcement_mode, str):
                raise TypeError(f"member 'enforcement_mode': expected str, got {type(enforcement_mode).__name__}")

            at = "expires_at"
            expires_at = parse_timestamp(src_dict["expires_at"])

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        pint_summary_data = object.__new__(cls)
        pint_summary_data.id = id
        pint_summary_data.pint_uri = pint_uri
        pint_summary_data.status = status
        pint_summary_data.scopes = scopes
        pint_summary_data.enforcement_mode = enforcement_mode
        pint_summary_data.expires_at = expires_at
        pint_summary_data.created_at = created_at
        pint_summary_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 7 else {}
        )
        return pint_summary_data

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
