from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="WalletShareEncryptionData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "version",
        "alg",
        "kdf",
        "prf_salt",
        "hkdf_info",
        "iv",
        "credential_id",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class WalletShareEncryptionData(Model):
    """How a stored wallet share was encrypted, as given when it was bound.

    Attributes:
        version: Version of the envelope format; always 1.
        alg: Cipher the share is encrypted with; always `AES-256-GCM`.
        kdf: Key derivation from the passkey's PRF output; always `HKDF-SHA256`.
        prf_salt: Salt for HKDF and the input the passkey's PRF evaluates: 32 bytes as base64url.
        hkdf_info: The `info` input given to HKDF, such as `sumvin/para-user-share/v1`.
        iv: AES-GCM nonce (IV) the share was encrypted with: 12 bytes as base64url.
        credential_id: Passkey credential id (base64url); its PRF output yields the key.
    """

    version: int
    alg: str
    kdf: str
    prf_salt: str
    hkdf_info: str
    iv: str
    credential_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "version",
        "alg",
        "kdf",
        "prf_salt",
        "hkdf_info",
        "iv",
        "credential_id",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "version"
            version = src_dict["version"]
            if type(version) is not int and (not isinstance(version, int) or isinstance(version, bool)):
                raise TypeError(f"member 'version': expected int, got {type(version).__name__}")

            at = "alg"
            alg = src_dict["alg"]
            if type(alg) is not str and not isinstance(alg, str):
                raise TypeError(f"member 'alg': expected str, got {type(alg).__name__}")

            at = "kdf"
            kdf = src_dict["kdf"]
            if type(kdf) is not str and not isinstance(kdf, str):
                raise TypeError(f"member 'kdf': expected str, got {type(kdf).__name__}")

            at = "prf_salt"
            prf_salt = src_dict["prf_salt"]
            if type(prf_salt) is not str and not isinstance(prf_salt, str):
                raise TypeError(f"member 'prf_salt': expected str, got {type(prf_salt).__name__}")

            at = "hkdf_info"
            hkdf_info = src_dict["hkdf_info"]
            if type(hkdf_info) is not str and not isinstance(hkdf_info, str):
                raise TypeError(f"member 'hkdf_info': expected str, got {type(hkdf_info).__name__}")

            at = "iv"
            iv = src_dict["iv"]
            if type(iv) is not str and not isinstance(iv, str):
                raise TypeError(f"member 'iv': expected str, got {type(iv).__name__}")

            at = "credential_id"
            credential_id = src_dict["credential_id"]
            if type(credential_id) is not str and not isinstance(credential_id, str):
                raise TypeError(f"member 'credential_id': expected str, got {type(credential_id).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        wallet_share_encryption_data = object.__new__(cls)
        wallet_share_encryption_data.version = version
        wallet_share_encryption_data.alg = alg
        wallet_share_encryption_data.kdf = kdf
        wallet_share_encryption_data.prf_salt = prf_salt
        wallet_share_encryption_data.hkdf_info = hkdf_info
        wallet_share_encryption_data.iv = iv
        wallet_share_encryption_data.credential_id = credential_id
        wallet_share_encryption_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 7 else {}
        )
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
