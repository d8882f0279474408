"""Operations tagged `siwe_auth`: one module per operation, and the resource classes
``Sumvin.siwe_auth`` and ``AsyncSumvin.siwe_auth`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ...models.deployable_chain import DeployableChain
    from ...models.siwe_challenge_response import SiweChallengeResponse
    from ...models.siwe_verify_request import SiweVerifyRequest, SiweVerifyRequestDict
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
        """Returns a Sign-In with Ethereum message for an address and chain, to be signed by the wallet.

        ``GET /v0/auth/siwe/challenge``

        Args:
            address: Wallet address that will sign (0x and 40 hex digits).
            chain_id: Chain the signed-in wallet is on.

        Returns:
            SiweChallengeResponse: What `get_challenge` returns: a Sign-In with Ethereum message for an address and chain,
                to be signed by the wallet.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_challenge")

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
        body: SiweVerifyRequest | SiweVerifyRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WalletResponse:
        """Checks a signed SIWE message and registers the signing wallet for the user.

        ``POST /v0/auth/siwe/verify``

        Args:
            body: ``SiweVerifyRequest``: Body of `verify_and_create_wallet`, which checks a signed SIWE
                message and registers the signing wallet for the user.

        Returns:
            WalletResponse: What `create_wallet` and 3 other operations return: a wallet.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "verify_and_create_wallet")

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
        """Returns a Sign-In with Ethereum message for an address and chain, to be signed by the wallet.

        ``GET /v0/auth/siwe/challenge``

        Args:
            address: Wallet address that will sign (0x and 40 hex digits).
            chain_id: Chain the signed-in wallet is on.

        Returns:
            SiweChallengeResponse: What `get_challenge` returns: a Sign-In with Ethereum message for an address and chain,
                to be signed by the wallet.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_challenge")

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
        body: SiweVerifyRequest | SiweVerifyRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WalletResponse:
        """Checks a signed SIWE message and registers the signing wallet for the user.

        ``POST /v0/auth/siwe/verify``

        Args:
            body: ``SiweVerifyRequest``: Body of `verify_and_create_wallet`, which checks a signed SIWE
                message and registers the signing wallet for the user.

        Returns:
            WalletResponse: What `create_wallet` and 3 other operations return: a wallet.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "verify_and_create_wallet")

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
