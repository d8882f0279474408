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
from ..models.onboarding_step_status import OnboardingStepStatus
from ..models.safe_onboarding_mode import SafeOnboardingMode
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.agent_create_2_config_data import AgentCreate2ConfigData
    from ..models.byo_config_data import BYOConfigData
    from ..models.onboarding_safe_response_links import OnboardingSafeResponseLinks
    from ..models.user_signed_deploy_data import UserSignedDeployData
    from ..models.wallet_data import WalletData


T = TypeVar("T", bound="OnboardingSafeResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "mode",
        "config",
        "required",
        "step_status",
        "wallet",
        "chain_id",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class OnboardingSafeResponse(Model):
    """What `get_onboarding_safe` and `submit_onboarding_safe` return: an onboarding safe.

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        mode: Which Safe onboarding applies: `user_signed_deploy`, `byo` (an existing Safe) or `agent_create2`.
        config: Configuration of the onboarding safe.
        required: True while the user still has to act on this step.
        step_status: Whether the Safe step is pending, current, submitted, completed or skipped.
        wallet: The Safe wallet once it is recorded; null before that.
        chain_id: EVM chain id the onboarding safe lives on (for example 1329 for Sei).
    """

    field_links: OnboardingSafeResponseLinks
    mode: SafeOnboardingMode
    config: AgentCreate2ConfigData | BYOConfigData | UserSignedDeployData
    required: bool
    step_status: OnboardingStepStatus
    wallet: WalletData | None = None
    chain_id: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "mode",
        "config",
        "required",
        "step_status",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "wallet",
        "chain_id",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.byo_config_data import BYOConfigData
        from ..models.user_signed_deploy_data import UserSignedDeployData
        from ..models.wallet_data import WalletData

        field_links = self.field_links.to_dict()

        mode = SafeOnboardingMode(self.mode).value

        config: dict[str, Any]
        if isinstance(self.config, UserSignedDeployData) or isinstance(self.config, BYOConfigData):
            config = self.config.to_dict()
        else:
            config = self.config.to_dict()

        required = self.required

        step_status = OnboardingStepStatus(self.step_status).value

        _wallet = UNSET if self.wallet is None and not self._nulls & 1 else self.wallet
        wallet: dict[str, Any] | Unset | None
        if isinstance(_wallet, Unset):
            wallet = UNSET
        elif isinstance(_wallet, WalletData):
            wallet = _wallet.to_dict()
        else:
            wallet = _wallet

        _chain_id = UNSET if self.chain_id is None and not self._nulls & 2 else self.chain_id
        chain_id: int | Unset | None
        if isinstance(_chain_id, Unset):
            chain_id = UNSET
        else:
            chain_id = _chain_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "mode": mode,
                "config": config,
                "required": required,
                "step_status": step_status,
            }
        )
        if wallet is not UNSET:
            field_dict["wallet"] = wallet
        if chain_id is not UNSET:
            field_dict["chain_id"] = chain_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            AgentCreate2ConfigData = _models.AgentCreate2ConfigData
            BYOConfigData = _models.BYOConfigData
            OnboardingSafeResponseLinks = _models.OnboardingSafeResponseLinks
            UserSignedDeployData = _models.UserSignedDeployData
            WalletData = _models.WalletData
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "_links"
            field_links = OnboardingSafeResponseLinks.from_dict(src_dict["_links"])

            at = "mode"
            mode = SafeOnboardingMode.parse(src_dict["mode"])

            at = "config"

            def _parse_config(data: object) -> AgentCreate2ConfigData | BYOConfigData | UserSignedDeployData:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    config_type_0 = UserSignedDeployData.from_dict(data)

                    return config_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    config_type_1 = BYOConfigData.from_dict(data)

                    return config_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_2 = AgentCreate2ConfigData.from_dict(data)

                return config_type_2

            config: Any = _parse_config(src_dict["config"])

            at = "required"
            required = src_dict["required"]
            if type(required) is not bool and not isinstance(required, bool):
                raise TypeError(f"member 'required': expected bool, got {type(required).__name__}")

            at = "step_status"
            step_status = OnboardingStepStatus.parse(src_dict["step_status"])

            at = "wallet"
            wallet = src_dict.get("wallet", ABSENT)
            if wallet is not None and wallet is not ABSENT:
                if not isinstance(wallet, dict):
                    raise TypeError("member 'wallet': a value of the wrong type")
                wallet = WalletData.from_dict(wallet)

            if wallet is None:
                nulls |= 1

            at = "chain_id"
            chain_id = src_dict.get("chain_id", ABSENT)
            if (
                type(chain_id) is not int
                and chain_id is not None
                and chain_id is not ABSENT
                and (not isinstance(chain_id, int) or isinstance(chain_id, bool))
            ):
                raise TypeError(f"member 'chain_id': expected int or None or Unset, got {type(chain_id).__name__}")

            if chain_id is None:
                nulls |= 2

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        onboarding_safe_response = object.__new__(cls)
        onboarding_safe_response.field_links = field_links
        onboarding_safe_response.mode = mode
        onboarding_safe_response.config = config
        onboarding_safe_response.required = required
        onboarding_safe_response.step_status = step_status
        onboarding_safe_response.wallet = None if wallet is ABSENT else wallet
        onboarding_safe_response.chain_id = None if chain_id is ABSENT else chain_id
        onboarding_safe_response._nulls = nulls
        onboarding_safe_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 5 + (wallet is not ABSENT) + (chain_id is not ABSENT)
            else {}
        )
        return onboarding_safe_response

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
