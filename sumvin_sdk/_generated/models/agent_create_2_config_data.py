from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="AgentCreate2ConfigData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "mode",
        "predicted_safe_address",
        "signer_contract_address",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class AgentCreate2ConfigData(Model):
    """Safe onboarding where Sumvin's agent signer deploys the Safe for the user.

    Attributes:
        mode: Always `agent_create2`: Sumvin's agent signer deploys the Safe.
        predicted_safe_address: Address the Safe will have, lowercased, from the active agent signer; null until a
            signer is provisioned.
        signer_contract_address: Address of the agent signer contract; null until a signer is provisioned.
    """

    mode: Literal["agent_create2"]
    predicted_safe_address: str | None = None
    signer_contract_address: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("mode",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "predicted_safe_address",
        "signer_contract_address",
    )

    def _json_dict(self) -> dict[str, Any]:
        mode = self.mode

        _predicted_safe_address = (
            UNSET if self.predicted_safe_address is None and not self._nulls & 1 else self.predicted_safe_address
        )
        predicted_safe_address: str | Unset | None
        if isinstance(_predicted_safe_address, Unset):
            predicted_safe_address = UNSET
        else:
            predicted_safe_address = _predicted_safe_address

        _signer_contract_address = (
            UNSET if self.signer_contract_address is None and not self._nulls & 2 else self.signer_contract_address
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
                "mode": mode,
            }
        )
        if predicted_safe_address is not UNSET:
            field_dict["predicted_safe_address"] = predicted_safe_address
        if signer_contract_address is not UNSET:
            field_dict["signer_contract_address"] = signer_contract_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "mode"
            mode = cast(Literal["agent_create2"], src_dict["mode"])
            if mode != "agent_create2":
                raise ValueError(f"mode must match const 'agent_create2', got '{mode}'")

            at = "predicted_safe_address"
            predicted_safe_address = src_dict.get("predicted_safe_address", ABSENT)
            if (
                type(predicted_safe_address) is not str
                and predicted_safe_address is not None
                and predicted_safe_address is not ABSENT
                and not isinstance(predicted_safe_address, str)
            ):
                raise TypeError(
                    f"member 'predicted_safe_address': expected str or None or Unset, got {type(predicted_safe_address).__name__}"
                )

            if predicted_safe_address is None:
                nulls |= 1

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
                nulls |= 2

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        agent_create_2_config_data = object.__new__(cls)
        agent_create_2_config_data.mode = mode
        agent_create_2_config_data.predicted_safe_address = (
            None if predicted_safe_address is ABSENT else predicted_safe_address
        )
        agent_create_2_config_data.signer_contract_address = (
            None if signer_contract_address is ABSENT else signer_contract_address
        )
        agent_create_2_config_data._nulls = nulls
        agent_create_2_config_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 1 + (predicted_safe_address is not ABSENT) + (signer_contract_address is not ABSENT)
            else {}
        )
        return agent_create_2_config_data

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
