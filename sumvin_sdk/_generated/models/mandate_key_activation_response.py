from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.deployable_chain import DeployableChain
from ..models.mandate_key_activation_stage import MandateKeyActivationStage
from ..models.mandate_key_blocked_reason import MandateKeyBlockedReason
from ..types import UNSET, Model, Unset

if TYPE_CHECKING:
    from ..models.mandate_key_links import MandateKeyLinks


T = TypeVar("T", bound="MandateKeyActivationResponse")


@_attrs_define(repr=False)
class MandateKeyActivationResponse(Model):
    """What `get_user_mandate_key` returns; it tells whether the user's mandate signing key is set up, and on which chain.

    Attributes:
        field_links: Hypermedia links to related resources and the actions available on this mandate key activation.
        stage: Stage of the mandate key activation.
        blocked_reason: Blocked reason of the mandate key activation.
        address: On-chain address (0x-prefixed hex).
        chain_id: EVM chain id the mandate key activation lives on (for example 1329 for Sei).
        error_code: Sumvin's machine-readable error code.
        error_reason: Error reason of the mandate key activation.
    """

    field_links: MandateKeyLinks
    stage: MandateKeyActivationStage
    blocked_reason: MandateKeyBlockedReason | None = None
    address: str | None = None
    chain_id: DeployableChain | None = None
    error_code: str | None = None
    error_reason: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "stage",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "blocked_reason",
        "address",
        "chain_id",
        "error_code",
        "error_reason",
    )

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        stage = MandateKeyActivationStage(self.stage).value

        _blocked_reason = UNSET if self.blocked_reason is None and not self._nulls & 1 else self.blocked_reason
        blocked_reason: str | Unset | None
        if isinstance(_blocked_reason, Unset):
            blocked_reason = UNSET
        elif isinstance(_blocked_reason, MandateKeyBlockedReason):
            blocked_reason = MandateKeyBlockedReason(_blocked_reason).value
        else:
            blocked_reason = _blocked_reason

        _address = UNSET if self.address is None and not self._nulls & 2 else self.address
        address: str | Unset | None
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = _address

        _chain_id = UNSET if self.chain_id is None and not self._nulls & 4 else self.chain_id
        chain_id: int | Unset | None
        if isinstance(_chain_id, Unset):
            chain_id = UNSET
        elif isinstance(_chain_id, DeployableChain):
            chain_id = DeployableChain(_chain_id).value
        else:
            chain_id = _chain_id

        _error_code = UNSET if self.error_code is None and not self._nulls & 8 else self.error_code
        error_code: str | Unset | None
        if isinstance(_error_code, Unset):
            error_code = UNSET
        else:
            error_code = _error_code

        _error_reason = UNSET if self.error_reason is None and not self._nulls & 16 else self.error_reason
        error_reason: str | Unset | None
        if isinstance(_error_reason, Unset):
            error_reason = UNSET
        else:
            error_reason = _error_reason

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
        nulls = 0
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

        if blocked_reason is None:
            nulls |= 1

        address: str | Unset | None = d.pop("address", UNSET)
        if address is not None and not isinstance(address, Unset) and not isinstance(address, str):
            raise TypeError(f"member 'address': expected str or None or Unset, got {type(address).__name__}")

        if address is None:
            nulls |= 2

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

        if chain_id is None:
            nulls |= 4

        error_code: str | Unset | None = d.pop("error_code", UNSET)
        if error_code is not None and not isinstance(error_code, Unset) and not isinstance(error_code, str):
            raise TypeError(f"member 'error_code': expected str or None or Unset, got {type(error_code).__name__}")

        if error_code is None:
            nulls |= 8

        error_reason: str | Unset | None = d.pop("error_reason", UNSET)
        if error_reason is not None and not isinstance(error_reason, Unset) and not isinstance(error_reason, str):
            raise TypeError(f"member 'error_reason': expected str or None or Unset, got {type(error_reason).__name__}")

        if error_reason is None:
            nulls |= 16

        mandate_key_activation_response = cls(
            field_links=field_links,
            stage=stage,
            blocked_reason=None if isinstance(blocked_reason, Unset) else blocked_reason,
            address=None if isinstance(address, Unset) else address,
            chain_id=None if isinstance(chain_id, Unset) else chain_id,
            error_code=None if isinstance(error_code, Unset) else error_code,
            error_reason=None if isinstance(error_reason, Unset) else error_reason,
        )

        mandate_key_activation_response._nulls = nulls

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
