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
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.common_links import CommonLinks


T = TypeVar("T", bound="SafeConfigResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "factory",
        "factory_data",
        "predicted_safe_address",
        "entrypoint",
        "chain_id",
        "signer_contract_address",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class SafeConfigResponse(Model):
    """What `get_safe_config` returns: the contract addresses and settings needed to deploy a Safe on a chain.

    Attributes:
        field_links: Links to this config (`self`) and to `rpc`, where the signed UserOperation is sent.
        factory: Address of the Safe factory contract; the UserOperation's `factory`.
        factory_data: ABI-encoded call the factory runs to deploy the Safe; the UserOperation's `factoryData`.
        predicted_safe_address: Address the Safe will have once deployed (CREATE2); usable as the UserOperation's
            `sender` before then.
        entrypoint: Address of the chain's ERC-4337 EntryPoint contract.
        chain_id: EVM chain id the safe config lives on (for example 1329 for Sei).
        signer_contract_address: Address of the user's signer contract when an agent signer validates for the Safe; null
            when an EOA owns it.
    """

    field_links: CommonLinks
    factory: str
    factory_data: str
    predicted_safe_address: str
    entrypoint: str
    chain_id: int
    signer_contract_address: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "factory",
        "factory_data",
        "predicted_safe_address",
        "entrypoint",
        "chain_id",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("signer_contract_address",)

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        factory = self.factory

        factory_data = self.factory_data

        predicted_safe_address = self.predicted_safe_address

        entrypoint = self.entrypoint

        chain_id = self.chain_id

        _signer_contract_address = (
            UNSET if self.signer_contract_address is None and not self._nulls & 1 else self.signer_contract_address
        )
        signer_contract_address: str | Unset | None
        if isinstance(_signer_contract_address, Unset):
            signer_contract_address = UNSET
        else:
            signer_contract_address = _signer_contract_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "factory": factory,
                "factory_data": factory_data,
                "predicted_safe_address": predicted_safe_address,
                "entrypoint": entrypoint,
                "chain_id": chain_id,
            }
        )
        if signer_contract_address is not UNSET:
            field_dict["signer_contract_address"] = signer_contract_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            CommonLinks = _models.CommonLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "_links"
            field_links = CommonLinks.from_dict(src_dict["_links"])

            at = "factory"
            factory = src_dict["factory"]
            if type(factory) is not str and not isinstance(factory, str):
                raise TypeError(f"member 'factory': expected str, got {type(factory).__name__}")

            at = "factory_data"
            factory_data = src_dict["factory_data"]
            if type(factory_data) is not str and not isinstance(factory_data, str):
                raise TypeError(f"member 'factory_data': expected str, got {type(factory_data).__name__}")

            at = "predicted_safe_address"
            predicted_safe_address = src_dict["predicted_safe_address"]
            if type(predicted_safe_address) is not str and not isinstance(predicted_safe_address, str):
                raise TypeError(
                    f"member 'predicted_safe_address': expected str, got {type(predicted_safe_address).__name__}"
                )

            at = "entrypoint"
            entrypoint = src_dict["entrypoint"]
            if type(entrypoint) is not str and not isinstance(entrypoint, str):
                raise TypeError(f"member 'entrypoint': expected str, got {type(entrypoint).__name__}")

            at = "chain_id"
            chain_id = src_dict["chain_id"]
            if type(chain_id) is not int and (not isinstance(chain_id, int) or isinstance(chain_id, bool)):
                raise TypeError(f"member 'chain_id': expected int, got {type(chain_id).__name__}")

            at = "signer_contract_address"
            signer_contract_address = src_dict.get("signer_contract_address", ABSENT)
            if (
                type(signer_contract_address) is not str
                and signer_contract_address is not None
                and signer_contract_address is not ABSENT
                and not isinstance(signer_contract_address, str)
            ):
                raise TypeError(
                    f"member 'signer_contract_address': expected str or None or Unset, got {type(signer_contract_address).__name__}"
                )

            if signer_contract_address is None:
                nulls |= 1

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        safe_config_response = object.__new__(cls)
        safe_config_response.field_links = field_links
        safe_config_response.factory = factory
        safe_config_response.factory_data = factory_data
        safe_config_response.predicted_safe_address = predicted_safe_address
        safe_config_response.entrypoint = entrypoint
        safe_config_response.chain_id = chain_id
        safe_config_response.signer_contract_address = (
            None if signer_contract_address is ABSENT else signer_contract_address
        )
        safe_config_response._nulls = nulls
        safe_config_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 6 + (signer_contract_address is not ABSENT)
            else {}
        )
        return safe_config_response

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
