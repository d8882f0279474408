"""Operations tagged `siwe_auth`: one module per operation, and the resource classes
``Sumvin.siwe_auth`` and ``AsyncSumvin.siwe_auth`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ...models.deployable_chain import DeployableChain
    from ...models.siwe_challenge_response import SiweChallengeResponse
    from ...models.siwe_verify_request import SiweVerifyRequest
    from ...models.wallet_response import WalletResponse
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/auth/siwe/challenge"): "get_challenge",
    ("post", "/v0/auth/siwe/verify"): "verify_and_create_wallet",
}


class SiweAuthResource:
    """Operations tagged `siwe_auth`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_challenge(
        self,
        *,
        address: str,
        chain_id: DeployableChain,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SiweChallengeResponse:
        """Get Challenge: ``GET /v0/auth/siwe/challenge``."""
        from . import get_challenge as endpoint

        return cast(
            "SiweChallengeResponse",
            self._caller.call(
                endpoint,
                {"address": address, "chain_id": chain_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def verify_and_create_wallet(
        self,
        *,
        body: SiweVerifyRequest,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WalletResponse:
        """Verify And Create Wallet: ``POST /v0/auth/siwe/verify``."""
        from . import verify_and_create_wallet as endpoint

        return cast(
            "WalletResponse",
            self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )


class SiweAuthResourceWithRawResponse:
    """``SiweAuthResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = SiweAuthResource(caller)
        self.get_challenge = raw_response(resource.get_challenge)
        self.verify_and_create_wallet = raw_response(resource.verify_and_create_wallet)


class AsyncSiweAuthResource:
    """Operations tagged `siwe_auth`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_challenge(
        self,
        *,
        address: str,
        chain_id: DeployableChain,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SiweChallengeResponse:
        """Get Challenge: ``GET /v0/auth/siwe/challenge``."""
        from . import get_challenge as endpoint

        return cast(
            "SiweChallengeResponse",
            await self._caller.call(
                endpoint,
                {"address": address, "chain_id": chain_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def verify_and_create_wallet(
        self,
        *,
        body: SiweVerifyRequest,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WalletResponse:
        """Verify And Create Wallet: ``POST /v0/auth/siwe/verify``."""
        from . import verify_and_create_wallet as endpoint

        return cast(
            "WalletResponse",
            await self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )


class AsyncSiweAuthResourceWithRawResponse:
    """``AsyncSiweAuthResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncSiweAuthResource(caller)
        self.get_challenge = async_raw_response(resource.get_challenge)
        self.verify_and_create_wallet = async_raw_response(resource.verify_and_create_wallet)
