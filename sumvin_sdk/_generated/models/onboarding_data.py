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
from ..models.onboarding_step import OnboardingStep
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.onboarding_step_data import OnboardingStepData


T = TypeVar("T", bound="OnboardingData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "current_step",
        "steps",
        "is_complete",
        "safe_creation_status",
        "primary_smart_wallet_address",
        "did_mint_status",
        "did_token_id",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class OnboardingData(Model):
    """Where the user is in onboarding, with the state of the Safe and identity token behind it.

    Attributes:
        current_step: The step the user has reached and must finish next.
        steps: Every onboarding step with its state.
        is_complete: True once the user-facing onboarding reaches `complete`; wallet setup may still be under way.
        safe_creation_status: State of the Safe wallet creation: `pending`, `processing`, `completed` or `failed`; null
            before it starts.
        primary_smart_wallet_address: Address of the user's primary Safe; null until `safe_creation_status` is
            `completed`.
        did_mint_status: State of the identity token (DID NFT) mint: `pending`, `processing`, `completed` or `failed`;
            null before it starts.
        did_token_id: Token id of the minted identity token (DID NFT); null until the mint completes.
    """

    current_step: OnboardingStep
    steps: list[OnboardingStepData]
    is_complete: bool
    safe_creation_status: str | None = None
    primary_smart_wallet_address: str | None = None
    did_mint_status: str | None = None
    did_token_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "current_step",
        "steps",
        "is_complete",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "safe_creation_status",
        "primary_smart_wallet_address",
        "did_mint_status",
        "did_token_id",
    )

    def _json_dict(self) -> dict[str, Any]:
        current_step = OnboardingStep(self.current_step).value

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        is_complete = self.is_complete

        _safe_creation_status = (
            UNSET if self.safe_creation_status is None and not self._nulls & 1 else self.safe_creation_status
        )
        safe_creation_status: str | Unset | None
        if isinstance(_safe_creation_status, Unset):
            safe_creation_status = UNSET
        else:
            safe_creation_status = _safe_creation_status

        _primary_smart_wallet_address = (
            UNSET
            if self.primary_smart_wallet_address is None and not self._nulls & 2
            else self.primary_smart_wallet_address
        )
        primary_smart_wallet_address: str | Unset | None
        if isinstance(_primary_smart_wallet_address, Unset):
            primary_smart_wallet_address = UNSET
        else:
            primary_smart_wallet_address = _primary_smart_wallet_address

        _did_mint_status = UNSET if self.did_mint_status is None and not self._nulls & 4 else self.did_mint_status
        did_mint_status: str | Unset | None
        if isinstance(_did_mint_status, Unset):
            did_mint_status = UNSET
        else:
            did_mint_status = _did_mint_status

        _did_token_id = UNSET if self.did_token_id is None and not self._nulls & 8 else self.did_token_id
        did_token_id: str | Unset | None
        if isinstance(_did_token_id, Unset):
            did_token_id = UNSET
        else:
            did_token_id = _did_token_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_step": current_step,
                "steps": steps,
                "is_complete": is_complete,
            }
        )
        if safe_creation_status is not UNSET:
            field_dict["safe_creation_status"] = safe_creation_status
        if primary_smart_wallet_address is not UNSET:
            field_dict["primary_smart_wallet_address"] = primary_smart_wallet_address
        if did_mint_status is not UNSET:
            field_dict["did_mint_status"] = did_mint_status
        if did_token_id is not UNSET:
            field_dict["did_token_id"] = did_token_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            OnboardingStepData = _models.OnboardingStepData
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "current_step"
            current_step = OnboardingStep.parse(src_dict["current_step"])

            at = "steps"
            _steps = src_dict["steps"]
            if not isinstance(_steps, list):
                raise TypeError(f"member 'steps': expected a list, got {type(_steps).__name__}")

            steps = [OnboardingStepData.from_dict(steps_item_data) for steps_item_data in _steps]

            at = "is_complete"
            is_complete = src_dict["is_complete"]
            if type(is_complete) is not bool and not isinstance(is_complete, bool):
                raise TypeError(f"member 'is_complete': expected bool, got {type(is_complete).__name__}")

            at = "safe_creation_status"
            safe_creation_status = src_dict.get("safe_creation_status", ABSENT)
            if (
                type(safe_creation_status) is not str
                and safe_creation_status is not None
                and safe_creation_status is not ABSENT
                and not isinstance(safe_creation_status, str)
            ):
                raise TypeError(
                    f"member 'safe_creation_status': expected str or None or Unset, got {type(safe_creation_status).__name__}"
                )

            if safe_creation_status is None:
                nulls |= 1

            at = "primary_smart_wallet_address"
            primary_smart_wallet_address = src_dict.get("primary_smart_wallet_address", ABSENT)
            if (
                type(primary_smart_wallet_address) is not str
                and primary_smart_wallet_address is not None
                and primary_smart_wallet_address is not ABSENT
                and not isinstance(primary_smart_wallet_address, str)
            ):
                raise TypeError(
                    f"member 'primary_smart_wallet_address': expected str or None or Unset, got {type(primary_smart_wallet_address).__name__}"
                )

            if primary_smart_wallet_address is None:
                nulls |= 2

            at = "did_mint_status"
            did_mint_status = src_dict.get("did_mint_status", ABSENT)
            if (
                type(did_mint_status) is not str
                and did_mint_status is not None
                and did_mint_status is not ABSENT
                and not isinstance(did_mint_status, str)
            ):
                raise TypeError(
                    f"member 'did_mint_status': expected str or None or Unset, got {type(did_mint_status).__name__}"
                )

            if did_mint_status is None:
                nulls |= 4

            at = "did_token_id"
            did_token_id = src_dict.get("did_token_id", ABSENT)
            if (
                type(did_token_id) is not str
                and did_token_id is not None
                and did_token_id is not ABSENT
                and not isinstance(did_token_id, str)
            ):
                raise TypeError(
                    f"member 'did_token_id': expected str or None or Unset, got {type(did_token_id).__name__}"
                )

            if did_token_id is None:
                nulls |= 8

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        onboarding_data = object.__new__(cls)
        onboarding_data.current_step = current_step
        onboarding_data.steps = steps
        onboarding_data.is_complete = is_complete
        onboarding_data.safe_creation_status = None if safe_creation_status is ABSENT else safe_creation_status
        onboarding_data.primary_smart_wallet_address = (
            None if primary_smart_wallet_address is ABSENT else primary_smart_wallet_address
        )
        onboarding_data.did_mint_status = None if did_mint_status is ABSENT else did_mint_status
        onboarding_data.did_token_id = None if did_token_id is ABSENT else did_token_id
        onboarding_data._nulls = nulls
        onboarding_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 3
            + (safe_creation_status is not ABSENT)
            + (primary_smart_wallet_address is not ABSENT)
            + (did_mint_status is not ABSENT)
            + (did_token_id is not ABSENT)
            else {}
        )
        return onboarding_data

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
