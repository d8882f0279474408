"""Operations tagged `bank_linking`: one module per operation, and the resource classes
``Sumvin.bank_linking`` and ``AsyncSumvin.bank_linking`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    import httpx

    from ...models.add_products_request import AddProductsRequest, AddProductsRequestDict
    from ...models.connection_data import ConnectionData
    from ...models.connection_list_response import ConnectionListResponse
    from ...models.create_processor_token_request import CreateProcessorTokenRequest, CreateProcessorTokenRequestDict
    from ...models.holding_list_response import HoldingListResponse
    from ...models.institution_list_response import InstitutionListResponse
    from ...models.investment_txn_list_response import InvestmentTxnListResponse
    from ...models.processor_token_response import ProcessorTokenResponse
    from ...models.refresh_accepted_response import RefreshAcceptedResponse
    from ...models.repair_token_response import RepairTokenResponse
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/bank-linking/institutions"): "get_institutions",
    ("post", "/v0/bank-linking/accounts/{account_id}/processor-token"): "create_bank_processor_token",
    ("get", "/v0/bank-linking/connections"): "list_bank_connections",
    ("get", "/v0/bank-linking/connections/{connection_id}"): "get_bank_connection",
    ("delete", "/v0/bank-linking/connections/{connection_id}"): "delete_bank_connection",
    ("post", "/v0/bank-linking/connections/{connection_id}/refresh"): "refresh_bank_connection",
    ("post", "/v0/bank-linking/connections/{connection_id}/repair"): "repair_bank_connection",
    ("post", "/v0/bank-linking/connections/{connection_id}/products"): "add_bank_connection_products",
    ("get", "/v0/bank-linking/accounts/{account_id}/holdings"): "list_investment_holdings",
    ("get", "/v0/bank-linking/accounts/{account_id}/investment-transactions"): "list_investment_transactions",
    ("post", "/v0/bank-linking/accounts/{account_id}/sync-investments"): "sync_investments",
}


class BankLinkingResource:
    """Operations tagged `bank_linking`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_institutions(
        self,
        *,
        region: str | Unset | None = UNSET,
        products: list[str] | Unset | None = UNSET,
        search: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> InstitutionListResponse:
        """Lists the banks and institutions that can be linked, filtered by region, products or name.

        ``GET /v0/bank-linking/institutions``

        Args:
            region: Only institutions in this region (country code).
            products: Only institutions that support all these data products.
            search: Text to match against institution names.

        Returns:
            InstitutionListResponse: What `get_institutions` returns; it lists the banks and institutions that can be linked,
                filtered by region, products or name.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_institutions")

        return cast(
            "InstitutionListResponse",
            self._caller.call(
                endpoint,
                {"region": region, "products": products, "search": search},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def create_bank_processor_token(
        self,
        account_id: str,
        *,
        body: CreateProcessorTokenRequest | CreateProcessorTokenRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ProcessorTokenResponse:
        """Creates a processor token that lets a payment processor use one linked bank account.

        ``POST /v0/bank-linking/accounts/{account_id}/processor-token``

        Args:
            account_id: Id of the linked account.
            body: ``CreateProcessorTokenRequest``: Body of `create_bank_processor_token`, which creates a
                processor token that lets a payment processor use one linked bank account.

        Returns:
            ProcessorTokenResponse: What `create_bank_processor_token` returns; it creates a processor token that lets a
                payment processor use one linked bank account.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "create_bank_processor_token")

        return cast(
            "ProcessorTokenResponse",
            self._caller.call(
                endpoint,
                {"account_id": account_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def list_bank_connections(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ConnectionListResponse:
        """Lists the user's bank connections.

        ``GET /v0/bank-linking/connections``

        Returns:
            ConnectionListResponse: What `list_bank_connections` returns; it lists the user's bank connections.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_bank_connections")

        return cast(
            "ConnectionListResponse",
            self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def get_bank_connection(
        self,
        connection_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ConnectionData:
        """Returns one bank connection: its institution, products, account count and state.

        ``GET /v0/bank-linking/connections/{connection_id}``

        Args:
            connection_id: Id of the bank connection, as `list_bank_connections` gives it.

        Returns:
            ConnectionData: What `get_bank_connection` returns: one bank connection with its accounts and state.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_bank_connection")

        return cast(
            "ConnectionData",
            self._caller.call(
                endpoint,
                {"connection_id": connection_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def delete_bank_connection(
        self,
        connection_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> RefreshAcceptedResponse:
        """Removes a bank connection; the removal completes in the background.

        ``DELETE /v0/bank-linking/connections/{connection_id}``

        Args:
            connection_id: Id of the bank connection, as `list_bank_connections` gives it.

        Returns:
            RefreshAcceptedResponse: What `delete_bank_connection` and 3 other operations return: a refresh accepted.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "delete_bank_connection")

        return cast(
            "RefreshAcceptedResponse",
            self._caller.call(
                endpoint,
                {"connection_id": connection_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def refresh_bank_connection(
        self,
        connection_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> RefreshAcceptedResponse:
        """Asks for a bank connection's data to be fetched again; runs in the background.

        ``POST /v0/bank-linking/connections/{connection_id}/refresh``

        Args:
            connection_id: Id of the bank connection, as `list_bank_connections` gives it.

        Returns:
            RefreshAcceptedResponse: What `delete_bank_connection` and 3 other operations return: a refresh accepted.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "refresh_bank_connection")

        return cast(
            "RefreshAcceptedResponse",
            self._caller.call(
                endpoint,
                {"connection_id": connection_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def repair_bank_connection(
        self,
        connection_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> RepairTokenResponse:
        """Returns a token to reopen the bank's flow and repair a broken connection, for example after a
        password change.

        ``POST /v0/bank-linking/connections/{connection_id}/repair``

        Args:
            connection_id: Id of the bank connection, as `list_bank_connections` gives it.

        Returns:
            RepairTokenResponse: What `repair_bank_connection` returns: a token to reopen the bank's flow and repair a
                broken connection, for example after a password change.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "repair_bank_connection")

        return cast(
            "RepairTokenResponse",
            self._caller.call(
                endpoint,
                {"connection_id": connection_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def add_bank_connection_products(
        self,
        connection_id: str,
        *,
        body: AddProductsRequest | AddProductsRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> RefreshAcceptedResponse:
        """Adds data products (such as investments) to an existing bank connection.

        ``POST /v0/bank-linking/connections/{connection_id}/products``

        Args:
            connection_id: Id of the bank connection, as `list_bank_connections` gives it.
            body: ``AddProductsRequest``: Body of `add_bank_connection_products`, which adds data products
                (such as investments) to an existing bank connection.

        Returns:
            RefreshAcceptedResponse: What `delete_bank_connection` and 3 other operations return: a refresh accepted.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "add_bank_connection_products")

        return cast(
            "RefreshAcceptedResponse",
            self._caller.call(
                endpoint,
                {"connection_id": connection_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def list_investment_holdings(
        self,
        account_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> HoldingListResponse:
        """Lists the holdings of one linked investment account.

        ``GET /v0/bank-linking/accounts/{account_id}/holdings``

        Args:
            account_id: Id of the linked account.

        Returns:
            HoldingListResponse: What `list_investment_holdings` returns; it lists the holdings of one linked investment
                account.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_investment_holdings")

        return cast(
            "HoldingListResponse",
            self._caller.call(
                endpoint,
                {"account_id": account_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def list_investment_transactions(
        self,
        account_id: str,
        *,
        from_date: datetime.date | datetime.datetime | str | int | Unset | None = UNSET,
        to_date: datetime.date | datetime.datetime | str | int | Unset | None = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 50,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> InvestmentTxnListResponse:
        """Lists the transactions of one linked investment account, filterable by date.

        ``GET /v0/bank-linking/accounts/{account_id}/investment-transactions``

        Args:
            account_id: Id of the linked account.
            from_date: Earliest transaction date to include: a YYYY-MM-DD date or epoch milliseconds. Give a
                ``datetime.date`` (sent as YYYY-MM-DD), an aware ``datetime.datetime`` or an int (sent
                as epoch milliseconds), or a string in either form; a naive datetime or any other string
                raises ``ParameterError`` and nothing is sent.
            to_date: Latest transaction date to include: a YYYY-MM-DD date or epoch milliseconds. Give a
                ``datetime.date`` (sent as YYYY-MM-DD), an aware ``datetime.datetime`` or an int (sent
                as epoch milliseconds), or a string in either form; a naive datetime or any other string
                raises ``ParameterError`` and nothing is sent.
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 50 by default).

        Returns:
            InvestmentTxnListResponse: What `list_investment_transactions` returns; it lists the transactions of one linked
                investment account, filterable by date.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_investment_transactions")

        return cast(
            "InvestmentTxnListResponse",
            self._caller.call(
                endpoint,
                {
                    "account_id": account_id,
                    "from_date": from_date,
                    "to_date": to_date,
                    "offset": offset,
                    "limit": limit,
                },
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def sync_investments(
        self,
        account_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> RefreshAcceptedResponse:
        """Asks for an investment account's holdings and transactions to be fetched again; runs in the
        background.

        ``POST /v0/bank-linking/accounts/{account_id}/sync-investments``

        Args:
            account_id: Id of the linked account.

        Returns:
            RefreshAcceptedResponse: What `delete_bank_connection` and 3 other operations return: a refresh accepted.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "sync_investments")

        return cast(
            "RefreshAcceptedResponse",
            self._caller.call(
                endpoint,
                {"account_id": account_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class BankLinkingResourceWithRawResponse:
    """``BankLinkingResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = BankLinkingResource(caller)
        self.get_institutions = raw_response(resource.get_institutions)
        self.create_bank_processor_token = raw_response(resource.create_bank_processor_token)
        self.list_bank_connections = raw_response(resource.list_bank_connections)
        self.get_bank_connection = raw_response(resource.get_bank_connection)
        self.delete_bank_connection = raw_response(resource.delete_bank_connection)
        self.refresh_bank_connection = raw_response(resource.refresh_bank_connection)
        self.repair_bank_connection = raw_response(resource.repair_bank_connection)
        self.add_bank_connection_products = raw_response(resource.add_bank_connection_products)
        self.list_investment_holdings = raw_response(resource.list_investment_holdings)
        self.list_investment_transactions = raw_response(resource.list_investment_transactions)
        self.sync_investments = raw_response(resource.sync_investments)


class AsyncBankLinkingResource:
    """Operations tagged `bank_linking`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_institutions(
        self,
        *,
        region: str | Unset | None = UNSET,
        products: list[str] | Unset | None = UNSET,
        search: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> InstitutionListResponse:
        """Lists the banks and institutions that can be linked, filtered by region, products or name.

        ``GET /v0/bank-linking/institutions``

        Args:
            region: Only institutions in this region (country code).
            products: Only institutions that support all these data products.
            search: Text to match against institution names.

        Returns:
            InstitutionListResponse: What `get_institutions` returns; it lists the banks and institutions that can be linked,
                filtered by region, products or name.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_institutions")

        return cast(
            "InstitutionListResponse",
            await self._caller.call(
                endpoint,
                {"region": region, "products": products, "search": search},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def create_bank_processor_token(
        self,
        account_id: str,
        *,
        body: CreateProcessorTokenRequest | CreateProcessorTokenRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ProcessorTokenResponse:
        """Creates a processor token that lets a payment processor use one linked bank account.

        ``POST /v0/bank-linking/accounts/{account_id}/processor-token``

        Args:
            account_id: Id of the linked account.
            body: ``CreateProcessorTokenRequest``: Body of `create_bank_processor_token`, which creates a
                processor token that lets a payment processor use one linked bank account.

        Returns:
            ProcessorTokenResponse: What `create_bank_processor_token` returns; it creates a processor token that lets a
                payment processor use one linked bank account.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "create_bank_processor_token")

        return cast(
            "ProcessorTokenResponse",
            await self._caller.call(
                endpoint,
                {"account_id": account_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def list_bank_connections(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ConnectionListResponse:
        """Lists the user's bank connections.

        ``GET /v0/bank-linking/connections``

        Returns:
            ConnectionListResponse: What `list_bank_connections` returns; it lists the user's bank connections.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_bank_connections")

        return cast(
            "ConnectionListResponse",
            await self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def get_bank_connection(
        self,
        connection_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ConnectionData:
        """Returns one bank connection: its institution, products, account count and state.

        ``GET /v0/bank-linking/connections/{connection_id}``

        Args:
            connection_id: Id of the bank connection, as `list_bank_connections` gives it.

        Returns:
            ConnectionData: What `get_bank_connection` returns: one bank connection with its accounts and state.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_bank_connection")

        return cast(
            "ConnectionData",
            await self._caller.call(
                endpoint,
                {"connection_id": connection_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def delete_bank_connection(
        self,
        connection_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> RefreshAcceptedResponse:
        """Removes a bank connection; the removal completes in the background.

        ``DELETE /v0/bank-linking/connections/{connection_id}``

        Args:
            connection_id: Id of the bank connection, as `list_bank_connections` gives it.

        Returns:
            RefreshAcceptedResponse: What `delete_bank_connection` and 3 other operations return: a refresh accepted.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "delete_bank_connection")

        return cast(
            "RefreshAcceptedResponse",
            await self._caller.call(
                endpoint,
                {"connection_id": connection_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def refresh_bank_connection(
        self,
        connection_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> RefreshAcceptedResponse:
        """Asks for a bank connection's data to be fetched again; runs in the background.

        ``POST /v0/bank-linking/connections/{connection_id}/refresh``

        Args:
            connection_id: Id of the bank connection, as `list_bank_connections` gives it.

        Returns:
            RefreshAcceptedResponse: What `delete_bank_connection` and 3 other operations return: a refresh accepted.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "refresh_bank_connection")

        return cast(
            "RefreshAcceptedResponse",
            await self._caller.call(
                endpoint,
                {"connection_id": connection_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def repair_bank_connection(
        self,
        connection_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> RepairTokenResponse:
        """Returns a token to reopen the bank's flow and repair a broken connection, for example after a
        password change.

        ``POST /v0/bank-linking/connections/{connection_id}/repair``

        Args:
            connection_id: Id of the bank connection, as `list_bank_connections` gives it.

        Returns:
            RepairTokenResponse: What `repair_bank_connection` returns: a token to reopen the bank's flow and repair a
                broken connection, for example after a password change.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "repair_bank_connection")

        return cast(
            "RepairTokenResponse",
            await self._caller.call(
                endpoint,
                {"connection_id": connection_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def add_bank_connection_products(
        self,
        connection_id: str,
        *,
        body: AddProductsRequest | AddProductsRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> RefreshAcceptedResponse:
        """Adds data products (such as investments) to an existing bank connection.

        ``POST /v0/bank-linking/connections/{connection_id}/products``

        Args:
            connection_id: Id of the bank connection, as `list_bank_connections` gives it.
            body: ``AddProductsRequest``: Body of `add_bank_connection_products`, which adds data products
                (such as investments) to an existing bank connection.

        Returns:
            RefreshAcceptedResponse: What `delete_bank_connection` and 3 other operations return: a refresh accepted.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "add_bank_connection_products")

        return cast(
            "RefreshAcceptedResponse",
            await self._caller.call(
                endpoint,
                {"connection_id": connection_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def list_investment_holdings(
        self,
        account_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> HoldingListResponse:
        """Lists the holdings of one linked investment account.

        ``GET /v0/bank-linking/accounts/{account_id}/holdings``

        Args:
            account_id: Id of the linked account.

        Returns:
            HoldingListResponse: What `list_investment_holdings` returns; it lists the holdings of one linked investment
                account.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_investment_holdings")

        return cast(
            "HoldingListResponse",
            await self._caller.call(
                endpoint,
                {"account_id": account_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def list_investment_transactions(
        self,
        account_id: str,
        *,
        from_date: datetime.date | datetime.datetime | str | int | Unset | None = UNSET,
        to_date: datetime.date | datetime.datetime | str | int | Unset | None = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 50,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> InvestmentTxnListResponse:
        """Lists the transactions of one linked investment account, filterable by date.

        ``GET /v0/bank-linking/accounts/{account_id}/investment-transactions``

        Args:
            account_id: Id of the linked account.
            from_date: Earliest transaction date to include: a YYYY-MM-DD date or epoch milliseconds. Give a
                ``datetime.date`` (sent as YYYY-MM-DD), an aware ``datetime.datetime`` or an int (sent
                as epoch milliseconds), or a string in either form; a naive datetime or any other string
                raises ``ParameterError`` and nothing is sent.
            to_date: Latest transaction date to include: a YYYY-MM-DD date or epoch milliseconds. Give a
                ``datetime.date`` (sent as YYYY-MM-DD), an aware ``datetime.datetime`` or an int (sent
                as epoch milliseconds), or a string in either form; a naive datetime or any other string
                raises ``ParameterError`` and nothing is sent.
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 50 by default).

        Returns:
            InvestmentTxnListResponse: What `list_investment_transactions` returns; it lists the transactions of one linked
                investment account, filterable by date.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_investment_transactions")

        return cast(
            "InvestmentTxnListResponse",
            await self._caller.call(
                endpoint,
                {
                    "account_id": account_id,
                    "from_date": from_date,
                    "to_date": to_date,
                    "offset": offset,
                    "limit": limit,
                },
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def sync_investments(
        self,
        account_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> RefreshAcceptedResponse:
        """Asks for an investment account's holdings and transactions to be fetched again; runs in the
        background.

        ``POST /v0/bank-linking/accounts/{account_id}/sync-investments``

        Args:
            account_id: Id of the linked account.

        Returns:
            RefreshAcceptedResponse: What `delete_bank_connection` and 3 other operations return: a refresh accepted.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "sync_investments")

        return cast(
            "RefreshAcceptedResponse",
            await self._caller.call(
                endpoint,
                {"account_id": account_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncBankLinkingResourceWithRawResponse:
    """``AsyncBankLinkingResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncBankLinkingResource(caller)
        self.get_institutions = async_raw_response(resource.get_institutions)
        self.create_bank_processor_token = async_raw_response(resource.create_bank_processor_token)
        self.list_bank_connections = async_raw_response(resource.list_bank_connections)
        self.get_bank_connection = async_raw_response(resource.get_bank_connection)
        self.delete_bank_connection = async_raw_response(resource.delete_bank_connection)
        self.refresh_bank_connection = async_raw_response(resource.refresh_bank_connection)
        self.repair_bank_connection = async_raw_response(resource.repair_bank_connection)
        self.add_bank_connection_products = async_raw_response(resource.add_bank_connection_products)
        self.list_investment_holdings = async_raw_response(resource.list_investment_holdings)
        self.list_investment_transactions = async_raw_response(resource.list_investment_transactions)
        self.sync_investments = async_raw_response(resource.sync_investments)
