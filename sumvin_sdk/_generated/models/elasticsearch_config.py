from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="ElasticsearchConfig")
_MEMBERS: frozenset[str] = frozenset(("url",))  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class ElasticsearchConfig(Model):
    """Elasticsearch settings: the cluster address.

    Attributes:
        url: Address of the Elasticsearch cluster.
    """

    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("url",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "url"
            url = src_dict["url"]
            if type(url) is not str and not isinstance(url, str):
                raise TypeError(f"member 'url': expected str, got {type(url).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        elasticsearch_config = object.__new__(cls)
        elasticsearch_config.url = url
        elasticsearch_config.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 1 else {}
        )
        return elasticsearch_config

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
