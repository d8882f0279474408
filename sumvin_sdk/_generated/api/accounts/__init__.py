"""Operations tagged `accounts`: one module per operation, and the resource classes
``Sumvin.accounts`` and ``AsyncSumvin.accounts`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ...models.account_list_response import AccountListResponse
    from ...models.account_response import AccountResponse
    from ...models.account_update_request import AccountUpdateRequest, AccountUpdateRequestDict
    from ...models.link_config_response import LinkConfigResponse
    from ...models.link_request import LinkRequest, LinkRequestDict
    from ...models.link_response import LinkResponse
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/accounts/link/config"): "get_link_config",
    ("post", "/v0/accounts/link"): "initiate_link",
    ("get", "/v0/accounts/"): "list_accounts",
    ("get", "/v0/accounts/{account_id}"): "get_account",
    ("delete", "/v0/accounts/{account_id}"): "delete_account",
    ("patch", "/v0/accounts/{account_id}"): "update_account",
    ("post", "/v0/accounts/{account_id}/sync"): "sync_account",
}


class AccountsResource:
    """Operations tagged `accounts`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_link_config(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> LinkConfigResponse:
        """Returns the settings a client needs to open each provider's account-linking flow; no credential
        is needed.

        ``GET /v0/accounts/link/config``

        Returns:
            LinkConfigResponse: What `get_link_config` returns: the settings a client needs to open the account-linking
                flow of each provider.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_link_config")

        return cast(
            "LinkConfigResponse",
            self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def initiate_link(
        self,
        *,
        body: LinkRequest | LinkRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> LinkResponse:
        """Starts linking an external financial account with a provider and returns what the client needs
        to continue.

        ``POST /v0/accounts/link``

        Args:
            body: ``LinkRequest``: Body of `initiate_link`, which starts linking an external financial
                account with a provider and returns what the client needs to continue.

        Returns:
            LinkResponse: What `initiate_link` returns; it starts linking an external financial account with a
                provider and returns what the client needs to continue.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "initiate_link")

        return cast(
            "LinkResponse",
            self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def list_accounts(
        self,
        *,
        provider: str | Unset | None = UNSET,
        status: str | Unset | None = UNSET,
        account_type: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AccountListResponse:
        """Lists the user's linked external accounts, optionally filtered by provider, status or type.

        ``GET /v0/accounts/``

        Args:
            provider: Only accounts linked through this provider.
            status: Only accounts in this state.
            account_type: Only accounts of this type, such as `checking` or `credit`.

        Returns:
            AccountListResponse: What `list_accounts` returns; it lists the user's linked external accounts, optionally
                filtered by provider, status or type.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_accounts")

        return cast(
            "AccountListResponse",
            self._caller.call(
                endpoint,
                {"provider": provider, "status": status, "account_type": account_type},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def get_account(
        self,
        account_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AccountResponse:
        """Returns one linked external account.

        ``GET /v0/accounts/{account_id}``

        Args:
            account_id: Id of the linked account.

        Returns:
            AccountResponse: What `get_account`, `update_account` and `sync_account` return: an account.

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
        endpoint = operation_module(__name__, "get_account")

        return cast(
            "AccountResponse",
            self._caller.call(
                endpoint,
                {"account_id": account_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def delete_account(
        self,
        account_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Unlinks an external account from the user.

        ``DELETE /v0/accounts/{account_id}``

        Args:
            account_id: Id of the linked account.

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
        endpoint = operation_module(__name__, "delete_account")

        return cast(
            "None",
            self._caller.call(
                endpoint,
                {"account_id": account_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def update_account(
        self,
        account_id: str,
        *,
        body: AccountUpdateRequest | AccountUpdateRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AccountResponse:
        """Changes a linked account's editable settings, such as its nickname.

        ``PATCH /v0/accounts/{account_id}``

        Args:
            account_id: Id of the linked account.
            body: ``AccountUpdateRequest``: Body of `update_account`, which changes a linked account's
                editable settings, such as its nickname.

        Returns:
            AccountResponse: What `get_account`, `update_account` and `sync_account` return: an account.

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
        endpoint = operation_module(__name__, "update_account")

        return cast(
            "AccountResponse",
            self._caller.call(
                endpoint,
                {"account_id": account_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def sync_account(
        self,
        account_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AccountResponse:
        """Asks for a linked account's balances and transactions to be fetched again; the sync runs in the
        background.

        ``POST /v0/accounts/{account_id}/sync``

        Args:
            account_id: Id of the linked account.

        Returns:
            AccountResponse: What `get_account`, `update_account` and `sync_account` return: an account.

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
        endpoint = operation_module(__name__, "sync_account")

        return cast(
            "AccountResponse",
            self._caller.call(
                endpoint,
                {"account_id": account_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AccountsResourceWithRawResponse:
    """``AccountsResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = AccountsResource(caller)
        self.get_link_config = raw_response(resource.get_link_config)
        self.initiate_link = raw_response(resource.initiate_link)
        self.list_accounts = raw_response(resource.list_accounts)
        self.get_account = raw_response(resource.get_account)
        self.delete_account = raw_response(resource.delete_account)
        self.update_account = raw_response(resource.update_account)
        self.sync_account = raw_response(resource.sync_account)


class AsyncAccountsResource:
    """Operations tagged `accounts`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_link_config(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> LinkConfigResponse:
        """Returns the settings a client needs to open each provider's account-linking flow; no credential
        is needed.

        ``GET /v0/accounts/link/config``

        Returns:
            LinkConfigResponse: What `get_link_config` returns: the settings a client needs to open the account-linking
                flow of each provider.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_link_config")

        return cast(
            "LinkConfigResponse",
            await self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def initiate_link(
        self,
        *,
        body: LinkRequest | LinkRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> LinkResponse:
        """Starts linking an external financial account with a provider and returns what the client needs
        to continue.

        ``POST /v0/accounts/link``

        Args:
            body: ``LinkRequest``: Body of `initiate_link`, which starts linking an external financial
                account with a provider and returns what the client needs to continue.

        Returns:
            LinkResponse: What `initiate_link` returns; it starts linking an external financial account with a
                provider and returns what the client needs to continue.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "initiate_link")

        return cast(
            "LinkResponse",
            await self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def list_accounts(
        self,
        *,
        provider: str | Unset | None = UNSET,
        status: str | Unset | None = UNSET,
        account_type: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AccountListResponse:
        """Lists the user's linked external accounts, optionally filtered by provider, status or type.

        ``GET /v0/accounts/``

        Args:
            provider: Only accounts linked through this provider.
            status: Only accounts in this state.
            account_type: Only accounts of this type, such as `checking` or `credit`.

        Returns:
            AccountListResponse: What `list_accounts` returns; it lists the user's linked external accounts, optionally
                filtered by provider, status or type.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_accounts")

        return cast(
            "AccountListResponse",
            await self._caller.call(
                endpoint,
                {"provider": provider, "status": status, "account_type": account_type},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def get_account(
        self,
        account_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AccountResponse:
        """Returns one linked external account.

        ``GET /v0/accounts/{account_id}``

        Args:
            account_id: Id of the linked account.

        Returns:
            AccountResponse: What `get_account`, `update_account` and `sync_account` return: an account.

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
        endpoint = operation_module(__name__, "get_account")

        return cast(
            "AccountResponse",
            await self._caller.call(
                endpoint,
                {"account_id": account_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def delete_account(
        self,
        account_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Unlinks an external account from the user.

        ``DELETE /v0/accounts/{account_id}``

        Args:
            account_id: Id of the linked account.

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
        endpoint = operation_module(__name__, "delete_account")

        return cast(
            "None",
            await self._caller.call(
                endpoint,
                {"account_id": account_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def update_account(
        self,
        account_id: str,
        *,
        body: AccountUpdateRequest | AccountUpdateRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AccountResponse:
        """Changes a linked account's editable settings, such as its nickname.

        ``PATCH /v0/accounts/{account_id}``

        Args:
            account_id: Id of the linked account.
            body: ``AccountUpdateRequest``: Body of `update_account`, which changes a linked account's
                editable settings, such as its nickname.

        Returns:
            AccountResponse: What `get_account`, `update_account` and `sync_account` return: an account.

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
        endpoint = operation_module(__name__, "update_account")

        return cast(
            "AccountResponse",
            await self._caller.call(
                endpoint,
                {"account_id": account_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def sync_account(
        self,
        account_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AccountResponse:
        """Asks for a linked account's balances and transactions to be fetched again; the sync runs in the
        background.

        ``POST /v0/accounts/{account_id}/sync``

        Args:
            account_id: Id of the linked account.

        Returns:
            AccountResponse: What `get_account`, `update_account` and `sync_account` return: an account.

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
        endpoint = operation_module(__name__, "sync_account")

        return cast(
            "AccountResponse",
            await self._caller.call(
                endpoint,
                {"account_id": account_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncAccountsResourceWithRawResponse:
    """``AsyncAccountsResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncAccountsResource(caller)
        self.get_link_config = async_raw_response(resource.get_link_config)
        self.initiate_link = async_raw_response(resource.initiate_link)
        self.list_accounts = async_raw_response(resource.list_accounts)
        self.get_account = async_raw_response(resource.get_account)
        self.delete_account = async_raw_response(resource.delete_account)
        self.update_account = async_raw_response(resource.update_account)
        self.sync_account = async_raw_response(resource.sync_account)
