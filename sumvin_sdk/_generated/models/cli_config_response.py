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
    from ..models.cli_config_response_links import CliConfigResponseLinks


T = TypeVar("T", bound="CliConfigResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "debug",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class CliConfigResponse(Model):
    """What `get_cli_config` returns: the settings the command-line client needs at start-up.

    Example:
        {'_links': {'self': {'href': '/v0/cli/config'}}, 'debug': False}

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        debug: Whether the CLI should print verbose debug output.
    """

    field_links: CliConfigResponseLinks
    debug: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "debug",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        debug = self.debug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "debug": debug,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            CliConfigResponseLinks = _models.CliConfigResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = CliConfigResponseLinks.from_dict(src_dict["_links"])

            at = "debug"
            debug = src_dict["debug"]
            if type(debug) is not bool and not isinstance(debug, bool):
                raise TypeError(f"member 'debug': expected bool, got {type(debug).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        cli_config_response = object.__new__(cls)
        cli_config_response.field_links = field_links
        cli_config_response.debug = debug
        cli_config_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return cli_config_response

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
