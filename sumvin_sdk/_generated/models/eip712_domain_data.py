from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="EIP712DomainData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "name",
        "version",
        "chainId",
        "verifyingContract",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class EIP712DomainData(Model):
    """EIP-712 signing domain: name, version, chain id and verifying contract.

    Attributes:
        name: Name of the eip 712 domain as shown to users.
        version: Version of the signing domain, such as `3`.
        chain_id: EVM chain id the signature is valid on.
        verifying_contract: Address the signature is verified against: the user's wallet.
    """

    name: str
    version: str
    chain_id: int
    verifying_contract: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "name",
        "version",
        "chain_id",
        "verifying_contract",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        name = self.name

        version = self.version

        chain_id = self.chain_id

        verifying_contract = self.verifying_contract

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "version": version,
                "chainId": chain_id,
                "verifyingContract": verifying_contract,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "name"
            name = src_dict["name"]
            if type(name) is not str and not isinstance(name, str):
                raise TypeError(f"member 'name': expected str, got {type(name).__name__}")

            at = "version"
            version = src_dict["version"]
            if type(version) is not str and not isinstance(version, str):
                raise TypeError(f"member 'version': expected str, got {type(version).__name__}")

            at = "chainId"
            chain_id = src_dict["chainId"]
            if type(chain_id) is not int and (not isinstance(chain_id, int) or isinstance(chain_id, bool)):
                raise TypeError(f"member 'chainId': expected int, got {type(chain_id).__name__}")

            at = "verifyingContract"
            verifying_contract = src_dict["verifyingContract"]
            if type(verifying_contract) is not str and not isinstance(verifying_contract, str):
                raise TypeError(f"member 'verifyingContract': expected str, got {type(verifying_contract).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        eip712_domain_data = object.__new__(cls)
        eip712_domain_data.name = name
        eip712_domain_data.version = version
        eip712_domain_data.chain_id = chain_id
        eip712_domain_data.verifying_contract = verifying_contract
        eip712_domain_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 4 else {}
        )
        return eip712_domain_data

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
