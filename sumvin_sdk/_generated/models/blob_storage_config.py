from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="BlobStorageConfig")
_MEMBERS: frozenset[str] = frozenset(
    (
        "provider",
        "bucket",
        "region",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class BlobStorageConfig(Model):
    """Blob storage settings: service, bucket and region.

    Attributes:
        provider: Storage service the API uses.
        bucket: Name of the storage bucket.
        region: Region the bucket lives in.
    """

    provider: str
    bucket: str
    region: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "provider",
        "bucket",
        "region",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        provider = self.provider

        bucket = self.bucket

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "bucket": bucket,
                "region": region,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "provider"
            provider = src_dict["provider"]
            if type(provider) is not str and not isinstance(provider, str):
                raise TypeError(f"member 'provider': expected str, got {type(provider).__name__}")

            at = "bucket"
            bucket = src_dict["bucket"]
            if type(bucket) is not str and not isinstance(bucket, str):
                raise TypeError(f"member 'bucket': expected str, got {type(bucket).__name__}")

            at = "region"
            region = src_dict["region"]
            if type(region) is not str and not isinstance(region, str):
                raise TypeError(f"member 'region': expected str, got {type(region).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        blob_storage_config = object.__new__(cls)
        blob_storage_config.provider = provider
        blob_storage_config.bucket = bucket
        blob_storage_config.region = region
        blob_storage_config.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 3 else {}
        )
        return blob_storage_config

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
