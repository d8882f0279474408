from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.deployable_chain import DeployableChain
from ..models.mandate_key_activation_stage import MandateKeyActivationStage
from ..models.mandate_key_blocked_reason import MandateKeyBlockedReason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mandate_key_links import MandateKeyLinks


T = TypeVar("T", bound="MandateKeyActivationResponse")


@_attrs_define
class MandateKeyActivationResponse:
    """Response carrying a mandate key activation.

    Attributes:
        field_links (MandateKeyLinks): A mandate key links.
        stage (MandateKeyActivationStage): Values a mandate key activation stage can take.
        blocked_reason (MandateKeyBlockedReason | None | Unset): Blocked reason of the mandate key activation.
        address (None | str | Unset): On-chain address (0x-prefixed hex).
        chain_id (DeployableChain | None | Unset): EVM chain id the mandate key activation lives on (for example 1329
            for Sei).
        error_code (None | str | Unset): Sumvin's machine-readable error code.
        error_reason (None | str | Unset): Error reason of the mandate key activation.
    """

    field_links: MandateKeyLinks
    stage: MandateKeyActivationStage
    blocked_reason: MandateKeyBlockedReason | Unset | None = UNSET
    address: str | Unset | None = UNSET
    chain_id: DeployableChain | Unset | None = UNSET
    error_code: str | Unset | None = UNSET
    error_reason: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        stage = MandateKeyActivationStage(self.stage).value

        blocked_reason: str | Unset | None
        if isinstance(self.blocked_reason, Unset):
            blocked_reason = UNSET
        elif isinstance(self.blocked_reason, MandateKeyBlockedReason):
            blocked_reason = MandateKeyBlockedReason(self.blocked_reason).value
        else:
            blocked_reason = self.blocked_reason

        address: str | Unset | None
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        chain_id: int | Unset | None
        if isinstance(self.chain_id, Unset):
            chain_id = UNSET
        elif isinstance(self.chain_id, DeployableChain):
            chain_id = DeployableChain(self.chain_id).value
        else:
            chain_id = self.chain_id

        error_code: str | Unset | None
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        error_reason: str | Unset | None
        if isinstance(self.error_reason, Unset):
            error_reason = UNSET
        else:
            error_reason = self.error_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "stage": stage,
            }
        )
        if blocked_reason is not UNSET:
            field_dict["blocked_reason"] = blocked_reason
        if address is not UNSET:
            field_dict["address"] = address
        if chain_id is not UNSET:
            field_dict["chain_id"] = chain_id
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_reason is not UNSET:
            field_dict["error_reason"] = error_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            MandateKeyLinks = _models.MandateKeyLinks
        d = dict(src_dict)
        field_links = MandateKeyLinks.from_dict(d.pop("_links"))

        stage = MandateKeyActivationStage.parse(d.pop("stage"))

        def _parse_blocked_reason(data: object) -> MandateKeyBlockedReason | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            blocked_reason_type_0 = MandateKeyBlockedReason.parse(data)

            return blocked_reason_type_0

        blocked_reason = _parse_blocked_reason(d.pop("blocked_reason", UNSET))

        address: str | Unset | None = d.pop("address", UNSET)
        if address is not None and not isinstance(address, Unset) and not isinstance(address, str):
            raise TypeError(f"member 'address': expected str or None or Unset, got {type(address).__name__}")

        def _parse_chain_id(data: object) -> DeployableChain | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, int):
                raise TypeError()
            chain_id_type_0 = DeployableChain.parse(data)

            return chain_id_type_0

        chain_id = _parse_chain_id(d.pop("chain_id", UNSET))

        error_code: str | Unset | None = d.pop("error_code", UNSET)
        if error_code is not None and not isinstance(error_code, Unset) and not isinstance(error_code, str):
            raise TypeError(f"member 'error_code': expected str or None or Unset, got {type(error_code).__name__}")

        error_reason: str | Unset | None = d.pop("error_reason", UNSET)
        if error_reason is not None and not isinstance(error_reason, Unset) and not isinstance(error_reason, str):
            raise TypeError(f"member 'error_reason': expected str or None or Unset, got {type(error_reason).__name__}")

        mandate_key_activation_response = cls(
            field_links=field_links,
            stage=stage,
            blocked_reason=blocked_reason,
            address=address,
            chain_id=chain_id,
            error_code=error_code,
            error_reason=error_reason,
        )

        mandate_key_activation_response.additional_properties = d
        return mandate_key_activation_response

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
