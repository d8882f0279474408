from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WalletShareEncryptionData")


@_attrs_define
class WalletShareEncryptionData:
    """
    Attributes:
        version (int):
        alg (str):
        kdf (str):
        prf_salt (str):
        hkdf_info (str):
        iv (str):
        credential_id (str):
    """

    version: int
    alg: str
    kdf: str
    prf_salt: str
    hkdf_info: str
    iv: str
    credential_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        alg = self.alg

        kdf = self.kdf

        prf_salt = self.prf_salt

        hkdf_info = self.hkdf_info

        iv = self.iv

        credential_id = self.credential_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "alg": alg,
                "kdf": kdf,
                "prf_salt": prf_salt,
                "hkdf_info": hkdf_info,
                "iv": iv,
                "credential_id": credential_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version")

        alg = d.pop("alg")

        kdf = d.pop("kdf")

        prf_salt = d.pop("prf_salt")

        hkdf_info = d.pop("hkdf_info")

        iv = d.pop("iv")

        credential_id = d.pop("credential_id")

        wallet_share_encryption_data = cls(
            version=version,
            alg=alg,
            kdf=kdf,
            prf_salt=prf_salt,
            hkdf_info=hkdf_info,
            iv=iv,
            credential_id=credential_id,
        )

        wallet_share_encryption_data.additional_properties = d
        return wallet_share_encryption_data

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
