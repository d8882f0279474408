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
from ..models.deployable_chain import DeployableChain
from ..models.mandate_key_activation_stage import MandateKeyActivationStage
from ..models.mandate_key_blocked_reason import MandateKeyBlockedReason
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.mandate_key_links import MandateKeyLinks


T = TypeVar("T", bound="MandateKeyActivationResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "stage",
        "blocked_reason",
        "address",
        "chain_id",
        "error_code",
        "error_reason",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class MandateKeyActivationResponse(Model):
    """What `get_user_mandate_key` returns; it reports how far the user's mandate key setup has got (`stage`) and what to
    do next; only from the user's own browser session, not with a PAT or agent token.

        Attributes:
            field_links: Links to bind the mandate key wallet and to read back its encrypted share.
            stage: How far the mandate key setup has got; `_links` says what to do next at each stage.
            blocked_reason: Why setup cannot go on; set only when `stage` is `blocked`.
            address: Checksummed address of the mandate key; null until a wallet is bound.
            chain_id: EVM chain id the mandate key activation lives on (for example 1329 for Sei).
            error_code: Error code of the last failed attempt; set only when `stage` is `failed`.
            error_reason: Why the last attempt failed, for people to read; only when `stage` is `failed`.
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
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "_links"
            field_links = MandateKeyLinks.from_dict(src_dict["_links"])

            at = "stage"
            stage = MandateKeyActivationStage.parse(src_dict["stage"])

            at = "blocked_reason"
            blocked_reason = src_dict.get("blocked_reason", ABSENT)
            if blocked_reason is not None and blocked_reason is not ABSENT:
                if not isinstance(blocked_reason, str):
                    raise TypeError("member 'blocked_reason': a value of the wrong type")
                blocked_reason = MandateKeyBlockedReason.parse(blocked_reason)

            if blocked_reason is None:
                nulls |= 1

            at = "address"
            address = src_dict.get("address", ABSENT)
            if (
                type(address) is not str
                and address is not None
                and address is not ABSENT
                and not isinstance(address, str)
            ):
                raise TypeError(f"member 'address': expected str or None or Unset, got {type(address).__name__}")

            if address is None:
                nulls |= 2

            at = "chain_id"
            chain_id = src_dict.get("chain_id", ABSENT)
            if chain_id is not None and chain_id is not ABSENT:
                if not isinstance(chain_id, int):
                    raise TypeError("member 'chain_id': a value of the wrong type")
                chain_id = DeployableChain.parse(chain_id)

            if chain_id is None:
                nulls |= 4

            at = "error_code"
            error_code = src_dict.get("error_code", ABSENT)
            if (
                type(error_code) is not str
                and error_code is not None
                and error_code is not ABSENT
                and not isinstance(error_code, str)
            ):
                raise TypeError(f"member 'error_code': expected str or None or Unset, got {type(error_code).__name__}")

            if error_code is None:
                nulls |= 8

            at = "error_reason"
            error_reason = src_dict.get("error_reason", ABSENT)
            if (
                type(error_reason) is not str
                and error_reason is not None
                and error_reason is not ABSENT
                and not isinstance(error_reason, str)
            ):
                raise TypeError(
                    f"member 'error_reason': expected str or None or Unset, got {type(error_reason).__name__}"
                )

            if error_reason is None:
                nulls |= 16

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        mandate_key_activation_response = object.__new__(cls)
        mandate_key_activation_response.field_links = field_links
        mandate_key_activation_response.stage = stage
        mandate_key_activation_response.blocked_reason = None if blocked_reason is ABSENT else blocked_reason
        mandate_key_activation_response.address = None if address is ABSENT else address
        mandate_key_activation_response.chain_id = None if chain_id is ABSENT else chain_id
        mandate_key_activation_response.error_code = None if error_code is ABSENT else error_code
        mandate_key_activation_response.error_reason = None if error_reason is ABSENT else error_reason
        mandate_key_activation_response._nulls = nulls
        mandate_key_activation_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 2
            + (blocked_reason is not ABSENT)
            + (address is not ABSENT)
            + (chain_id is not ABSENT)
            + (error_code is not ABSENT)
            + (error_reason is not ABSENT)
            else {}
        )
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
