"""Operations tagged `wallets`: one module per operation, and the resource classes
``Sumvin.wallets`` and ``AsyncSumvin.wallets`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ...models.dynamic_wallet_create import DynamicWalletCreate, DynamicWalletCreateDict
    from ...models.siwe_wallet_create import SiweWalletCreate, SiweWalletCreateDict
    from ...models.txn_hash_wallet_create import TxnHashWalletCreate, TxnHashWalletCreateDict
    from ...models.wallet_list_response import WalletListResponse
    from ...models.wallet_response import WalletResponse
    from ...models.wallet_signer_create_request import WalletSignerCreateRequest, WalletSignerCreateRequestDict
    from ...models.wallet_signer_registration_response import WalletSignerRegistrationResponse
    from ...models.wallet_update_request import WalletUpdateRequest, WalletUpdateRequestDict
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/wallets/"): "list_wallets",
    ("post", "/v0/wallets/"): "create_wallet",
    ("get", "/v0/wallets/{wallet_id}"): "get_wallet",
    ("delete", "/v0/wallets/{wallet_id}"): "delete_wallet",
    ("patch", "/v0/wallets/{wallet_id}"): "update_wallet",
    ("post", "/v0/wallets/{wallet_id}/signers"): "register_wallet_signer",
}


class WalletsResource:
    """Operations tagged `wallets`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_wallets(
        self,
        *,
        chain_id: int | Unset | None = UNSET,
        is_eoa: bool | Unset | None = UNSET,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WalletListResponse:
        """Lists the user's wallets, optionally filtered by chain or by whether they are plain EOAs.

        ``GET /v0/wallets/``

        Args:
            chain_id: Only wallets on this EVM chain id.
            is_eoa: `True` for plain externally owned accounts only, `False` for smart wallets only.
            expand: Related data to embed in each wallet: `cards`.

        Returns:
            WalletListResponse: What `list_wallets` returns; it lists the user's wallets, optionally filtered by chain
                or by whether they are plain EOAs.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_wallets")

        return cast(
            "WalletListResponse",
            self._caller.call(
                endpoint,
                {"chain_id": chain_id, "is_eoa": is_eoa, "expand": expand},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def create_wallet(
        self,
        *,
        body: DynamicWalletCreate
        | SiweWalletCreate
        | TxnHashWalletCreate
        | DynamicWalletCreateDict
        | SiweWalletCreateDict
        | TxnHashWalletCreateDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WalletResponse:
        """Registers a wallet for the user, proved by a Dynamic credential, a SIWE signature or a
        deployment transaction hash.

        ``POST /v0/wallets/``

        Args:
            body: ``DynamicWalletCreate | SiweWalletCreate | TxnHashWalletCreate``: the request body

        Returns:
            WalletResponse: What `create_wallet` and 3 other operations return: a wallet.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "create_wallet")

        return cast(
            "WalletResponse",
            self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def get_wallet(
        self,
        wallet_id: str,
        *,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WalletResponse:
        """Returns one of the user's wallets.

        ``GET /v0/wallets/{wallet_id}``

        Args:
            wallet_id: Id of the wallet, as `list_wallets` gives it.
            expand: Related data to embed: `cards`.

        Returns:
            WalletResponse: What `create_wallet` and 3 other operations return: a wallet.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_wallet")

        return cast(
            "WalletResponse",
            self._caller.call(
                endpoint,
                {"wallet_id": wallet_id, "expand": expand},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def delete_wallet(
        self,
        wallet_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes a wallet from the user's account (the on-chain wallet itself is untouched).

        ``DELETE /v0/wallets/{wallet_id}``

        Args:
            wallet_id: Id of the wallet, as `list_wallets` gives it.

        Returns:
            None: Nothing: the API answers 204 with no body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "delete_wallet")

        return cast(
            "None",
            self._caller.call(
                endpoint,
                {"wallet_id": wallet_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def update_wallet(
        self,
        wallet_id: str,
        *,
        body: WalletUpdateRequest | WalletUpdateRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WalletResponse:
        """Renames a wallet or makes it the user's primary EOA; answers 202 when making it primary starts
        creating a Safe on its chain.

        ``PATCH /v0/wallets/{wallet_id}``

        Args:
            wallet_id: Id of the wallet, as `list_wallets` gives it.
            body: ``WalletUpdateRequest``: Body of `update_wallet`, which renames a wallet or makes it the
                user's primary EOA; answers 202 when making it primary starts creating a Safe on its
                chain.

        Returns:
            WalletResponse: What `create_wallet` and 3 other operations return: a wallet.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "update_wallet")

        return cast(
            "WalletResponse",
            self._caller.call(
                endpoint,
                {"wallet_id": wallet_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def register_wallet_signer(
        self,
        wallet_id: str,
        *,
        body: WalletSignerCreateRequest | WalletSignerCreateRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WalletSignerRegistrationResponse:
        """Starts adding an address as a signer of the user's primary Safe (personal access token only);
        the addition completes on chain afterwards.

        ``POST /v0/wallets/{wallet_id}/signers``

        Args:
            wallet_id: Id of the wallet, as `list_wallets` gives it.
            body: ``WalletSignerCreateRequest``: Body of `register_wallet_signer`, which starts adding an
                address as a signer of the user's primary Safe (personal access token only); the
                addition completes on chain afterwards.

        Returns:
            WalletSignerRegistrationResponse: What `register_wallet_signer` returns; it starts adding an address as a signer of the
                user's primary Safe (personal access token only); the addition completes on chain
                afterwards.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "register_wallet_signer")

        return cast(
            "WalletSignerRegistrationResponse",
            self._caller.call(
                endpoint,
                {"wallet_id": wallet_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class WalletsResourceWithRawResponse:
    """``WalletsResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = WalletsResource(caller)
        self.list_wallets = raw_response(resource.list_wallets)
        self.create_wallet = raw_response(resource.create_wallet)
        self.get_wallet = raw_response(resource.get_wallet)
        self.delete_wallet = raw_response(resource.delete_wallet)
        self.update_wallet = raw_response(resource.update_wallet)
        self.register_wallet_signer = raw_response(resource.register_wallet_signer)


class AsyncWalletsResource:
    """Operations tagged `wallets`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_wallets(
        self,
        *,
        chain_id: int | Unset | None = UNSET,
        is_eoa: bool | Unset | None = UNSET,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WalletListResponse:
        """Lists the user's wallets, optionally filtered by chain or by whether they are plain EOAs.

        ``GET /v0/wallets/``

        Args:
            chain_id: Only wallets on this EVM chain id.
            is_eoa: `True` for plain externally owned accounts only, `False` for smart wallets only.
            expand: Related data to embed in each wallet: `cards`.

        Returns:
            WalletListResponse: What `list_wallets` returns; it lists the user's wallets, optionally filtered by chain
                or by whether they are plain EOAs.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_wallets")

        return cast(
            "WalletListResponse",
            await self._caller.call(
                endpoint,
                {"chain_id": chain_id, "is_eoa": is_eoa, "expand": expand},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def create_wallet(
        self,
        *,
        body: DynamicWalletCreate
        | SiweWalletCreate
        | TxnHashWalletCreate
        | DynamicWalletCreateDict
        | SiweWalletCreateDict
        | TxnHashWalletCreateDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WalletResponse:
        """Registers a wallet for the user, proved by a Dynamic credential, a SIWE signature or a
        deployment transaction hash.

        ``POST /v0/wallets/``

        Args:
            body: ``DynamicWalletCreate | SiweWalletCreate | TxnHashWalletCreate``: the request body

        Returns:
            WalletResponse: What `create_wallet` and 3 other operations return: a wallet.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "create_wallet")

        return cast(
            "WalletResponse",
            await self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def get_wallet(
        self,
        wallet_id: str,
        *,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WalletResponse:
        """Returns one of the user's wallets.

        ``GET /v0/wallets/{wallet_id}``

        Args:
            wallet_id: Id of the wallet, as `list_wallets` gives it.
            expand: Related data to embed: `cards`.

        Returns:
            WalletResponse: What `create_wallet` and 3 other operations return: a wallet.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_wallet")

        return cast(
            "WalletResponse",
            await self._caller.call(
                endpoint,
                {"wallet_id": wallet_id, "expand": expand},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def delete_wallet(
        self,
        wallet_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes a wallet from the user's account (the on-chain wallet itself is untouched).

        ``DELETE /v0/wallets/{wallet_id}``

        Args:
            wallet_id: Id of the wallet, as `list_wallets` gives it.

        Returns:
            None: Nothing: the API answers 204 with no body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "delete_wallet")

        return cast(
            "None",
            await self._caller.call(
                endpoint,
                {"wallet_id": wallet_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def update_wallet(
        self,
        wallet_id: str,
        *,
        body: WalletUpdateRequest | WalletUpdateRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WalletResponse:
        """Renames a wallet or makes it the user's primary EOA; answers 202 when making it primary starts
        creating a Safe on its chain.

        ``PATCH /v0/wallets/{wallet_id}``

        Args:
            wallet_id: Id of the wallet, as `list_wallets` gives it.
            body: ``WalletUpdateRequest``: Body of `update_wallet`, which renames a wallet or makes it the
                user's primary EOA; answers 202 when making it primary starts creating a Safe on its
                chain.

        Returns:
            WalletResponse: What `create_wallet` and 3 other operations return: a wallet.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "update_wallet")

        return cast(
            "WalletResponse",
            await self._caller.call(
                endpoint,
                {"wallet_id": wallet_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def register_wallet_signer(
        self,
        wallet_id: str,
        *,
        body: WalletSignerCreateRequest | WalletSignerCreateRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WalletSignerRegistrationResponse:
        """Starts adding an address as a signer of the user's primary Safe (personal access token only);
        the addition completes on chain afterwards.

        ``POST /v0/wallets/{wallet_id}/signers``

        Args:
            wallet_id: Id of the wallet, as `list_wallets` gives it.
            body: ``WalletSignerCreateRequest``: Body of `register_wallet_signer`, which starts adding an
                address as a signer of the user's primary Safe (personal access token only); the
                addition completes on chain afterwards.

        Returns:
            WalletSignerRegistrationResponse: What `register_wallet_signer` returns; it starts adding an address as a signer of the
                user's primary Safe (personal access token only); the addition completes on chain
                afterwards.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "register_wallet_signer")

        return cast(
            "WalletSignerRegistrationResponse",
            await self._caller.call(
                endpoint,
                {"wallet_id": wallet_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncWalletsResourceWithRawResponse:
    """``AsyncWalletsResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncWalletsResource(caller)
        self.list_wallets = async_raw_response(resource.list_wallets)
        self.create_wallet = async_raw_response(resource.create_wallet)
        self.get_wallet = async_raw_response(resource.get_wallet)
        self.delete_wallet = async_raw_response(resource.delete_wallet)
        self.update_wallet = async_raw_response(resource.update_wallet)
        self.register_wallet_signer = async_raw_response(resource.register_wallet_signer)
