from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Literal,
    NotRequired,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployable_chain import DeployableChain
from ..models.onboarding_origin import OnboardingOrigin
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="CreateUserRequest")
_MEMBERS: frozenset[str] = frozenset(
    (
        "primary_eoa_address",
        "chain_id",
        "onboarding_origin",
        "connect",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class CreateUserRequest(Model):
    """Body of `create_user_account`, which creates the Sumvin account of the signed-in identity; answers 208 with the
    existing account when it is already there.

        Example:
            {'chain_id': 1329, 'primary_eoa_address': '0x742d35Cc6634C0532925a3b844Bc9e7595f2bD78'}

        Attributes:
            primary_eoa_address: The user's primary EOA address, 0x-hex; it must be one the sign-in provider vouches for.
            chain_id: Chain to deploy the user's Safe on: 1329 (Sei mainnet) in production, 1328 (Sei testnet) elsewhere;
                omit for the default.
            onboarding_origin: Where the account is being made (for example `cli` or `agent`), which picks the sign-up
                journey.
            connect: The `connect` value from the sign-up link, passed on unchanged; omit when the link had none.
    """

    primary_eoa_address: str | Unset | None = UNSET
    chain_id: DeployableChain | Unset | None = UNSET
    onboarding_origin: OnboardingOrigin | Literal["app", "cli", "agent"] | Unset | None = UNSET
    connect: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "primary_eoa_address",
        "chain_id",
        "onboarding_origin",
        "connect",
    )
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        primary_eoa_address: str | Unset | None
        if isinstance(self.primary_eoa_address, Unset):
            primary_eoa_address = UNSET
        else:
            primary_eoa_address = self.primary_eoa_address

        chain_id: int | Unset | None
        if isinstance(self.chain_id, Unset):
            chain_id = UNSET
        elif isinstance(self.chain_id, DeployableChain):
            chain_id = DeployableChain(self.chain_id).value
        else:
            chain_id = self.chain_id

        onboarding_origin: str | Unset | None
        if isinstance(self.onboarding_origin, Unset):
            onboarding_origin = UNSET
        elif isinstance(self.onboarding_origin, OnboardingOrigin):
            onboarding_origin = OnboardingOrigin(self.onboarding_origin).value
        else:
            onboarding_origin = self.onboarding_origin

        connect: str | Unset | None
        if isinstance(self.connect, Unset):
            connect = UNSET
        else:
            connect = self.connect

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if primary_eoa_address is not UNSET:
            field_dict["primary_eoa_address"] = primary_eoa_address
        if chain_id is not UNSET:
            field_dict["chain_id"] = chain_id
        if onboarding_origin is not UNSET:
            field_dict["onboarding_origin"] = onboarding_origin
        if connect is not UNSET:
            field_dict["connect"] = connect

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "primary_eoa_address"
            primary_eoa_address = src_dict.get("primary_eoa_address", ABSENT)
            if (
                type(primary_eoa_address) is not str
                and primary_eoa_address is not None
                and primary_eoa_address is not ABSENT
                and not isinstance(primary_eoa_address, str)
            ):
                raise TypeError(
                    f"member 'primary_eoa_address': expected str or None or Unset, got {type(primary_eoa_address).__name__}"
                )

            at = "chain_id"
            chain_id = src_dict.get("chain_id", ABSENT)
            if chain_id is not None and chain_id is not ABSENT:
                if not isinstance(chain_id, int):
                    raise TypeError("member 'chain_id': a value of the wrong type")
                chain_id = DeployableChain.parse(chain_id)

            at = "onboarding_origin"
            onboarding_origin = src_dict.get("onboarding_origin", ABSENT)
            if onboarding_origin is not None and onboarding_origin is not ABSENT:
                if not isinstance(onboarding_origin, str):
                    raise TypeError("member 'onboarding_origin': a value of the wrong type")
                onboarding_origin = OnboardingOrigin.parse(onboarding_origin)

            at = "connect"
            connect = src_dict.get("connect", ABSENT)
            if (
                type(connect) is not str
                and connect is not None
                and connect is not ABSENT
                and not isinstance(connect, str)
            ):
                raise TypeError(f"member 'connect': expected str or None or Unset, got {type(connect).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        create_user_request = object.__new__(cls)
        create_user_request.primary_eoa_address = primary_eoa_address
        create_user_request.chain_id = chain_id
        create_user_request.onboarding_origin = onboarding_origin
        create_user_request.connect = connect
        create_user_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 0
            + (primary_eoa_address is not ABSENT)
            + (chain_id is not ABSENT)
            + (onboarding_origin is not ABSENT)
            + (connect is not ABSENT)
            else {}
        )
        return create_user_request

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


class CreateUserRequestDict(TypedDict):
    """``CreateUserRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    primary_eoa_address: NotRequired[str | None]
    chain_id: NotRequired[DeployableChain | int | None]
    onboarding_origin: NotRequired[OnboardingOrigin | Literal["app", "cli", "agent"] | None]
    connect: NotRequired[str | None]
