"""Signers: anything that turns typed data into a 65-byte signature, and eth-account's accounts as they are."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Protocol, TypeAlias, runtime_checkable

from sumvin_sdk._extras import install_hint
from sumvin_sdk.signing._errors import SignatureFormatError, SigningDependencyError

__all__ = ["AsyncSigner", "Signer", "TypedDataAccount", "recover_signer", "typed_data_digest"]

SignatureValue: TypeAlias = str | bytes
#: Takes the typed-data dict, returns the 65-byte signature as ``0x``-hex or bytes.
Signer: TypeAlias = Callable[[dict[str, Any]], SignatureValue]
#: A signer that may also answer with an awaitable (a remote KMS, a wallet provider): for the async functions.
AsyncSigner: TypeAlias = Callable[[dict[str, Any]], SignatureValue | Awaitable[SignatureValue]]
_HEX_SIGNATURE = re.compile(r"0x[0-9a-fA-F]{130}", re.ASCII)


@runtime_checkable
class TypedDataAccount(Protocol):
    """What an eth-account ``LocalAccount`` offers: ``sign_typed_data(full_message=...)``."""

    def sign_typed_data(self, *, full_message: dict[str, Any]) -> Any:
        """Sign EIP-712 typed data; the answer has a ``signature``."""
        ...


def as_signer(signer: object) -> Callable[[dict[str, Any]], Any]:
    """``signer`` as a callable: a callable as it is, an account with ``sign_typed_data`` adapted to one."""
    if isinstance(signer, TypedDataAccount) and not callable(signer):
        account = signer
        return lambda typed_data: account.sign_typed_data(full_message=typed_data).signature
    if callable(signer):
        return signer
    raise TypeError(
        f"a signer is a callable taking the typed-data dict, or an account with sign_typed_data; "
        f"got {type(signer).__name__}"
    )


def signature_hex(value: object) -> str:
    """A signer's answer as ``0x`` + 130 lowercase hex digits, or ``SignatureFormatError``."""
    if isinstance(value, bytes | bytearray | memoryview):
        raw = bytes(value)
        if len(raw) != 65:
            raise SignatureFormatError(f"a signature is 65 bytes; the signer returned {len(raw)}")
        return "0x" + raw.hex()
    if isinstance(value, str) and _HEX_SIGNATURE.fullmatch(value):
        return value.lower()
    if isinstance(value, str):
        raise SignatureFormatError(
            f"a signature is 0x and 130 hex digits (65 bytes); the signer returned {len(value)} characters"
        )
    raise SignatureFormatError(f"a signature is bytes or a 0x-hex string; the signer returned {type(value).__name__}")


def _eth_account() -> Any:
    try:
        import eth_account
        import eth_account.messages
    except ImportError as exc:
        raise SigningDependencyError(
            f"this needs eth-account, which is not installed: {install_hint('signing')}"
        ) from exc
    return eth_account


def typed_data_digest(typed_data: Mapping[str, Any]) -> bytes:
    """The 32-byte EIP-712 digest a signature over ``typed_data`` signs (needs eth-account)."""
    eth_account = _eth_account()
    from eth_utils.crypto import keccak  # installed with eth-account

    signable = eth_account.messages.encode_typed_data(full_message=dict(typed_data))
    digest: bytes = keccak(b"\x19" + signable.version + signable.header + signable.body)
    return digest


def recover_signer(typed_data: Mapping[str, Any], signature: str | bytes) -> str:
    """The checksummed address whose key made ``signature`` over ``typed_data`` (needs eth-account)."""
    eth_account = _eth_account()
    signable = eth_account.messages.encode_typed_data(full_message=dict(typed_data))
    try:
        address: str = eth_account.Account.recover_message(signable, signature=signature_hex(signature))
    except SignatureFormatError:
        raise
    except Exception as exc:  # eth-account raises several kinds for a signature that recovers no key
        raise SignatureFormatError(f"the signature recovers no key: {exc}") from None
    return address
