"""Operations tagged `cards`: one module per operation, and the resource classes
``Sumvin.cards`` and ``AsyncSumvin.cards`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Literal

    import httpx

    from ...models.card_action_response import CardActionResponse
    from ...models.card_list_response import CardListResponse
    from ...models.card_response import CardResponse
    from ...models.card_tokenization_status import CardTokenizationStatus
    from ...models.card_tokenize_response import CardTokenizeResponse
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/card/"): "list_cards",
    ("post", "/v0/card/"): "create_card",
    ("get", "/v0/card/{card_id}"): "get_card",
    ("post", "/v0/card/{card_id}/freeze"): "freeze_card",
    ("post", "/v0/card/{card_id}/unfreeze"): "unfreeze_card",
    ("post", "/v0/card/{card_id}/lost"): "report_lost_card",
    ("post", "/v0/card/{card_id}/stolen"): "report_stolen_card",
    ("post", "/v0/card/{card_id}/activate"): "activate_card",
    ("post", "/v0/card/{card_id}/tokenize"): "tokenize_card",
}


class CardsResource:
    """Operations tagged `cards`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_cards(
        self,
        *,
        tokenization_status: CardTokenizationStatus
        | Literal["not_enrolled", "pending", "tokenized", "enrolled", "failed"]
        | Unset
        | None = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 50,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> CardListResponse:
        """Lists the user's payment cards, optionally by tokenisation status.

        ``GET /v0/card/``

        Args:
            tokenization_status: Only cards whose network tokenisation is in this state.
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 50 by default).

        Returns:
            CardListResponse: What `list_cards` returns; it lists the user's payment cards, optionally by tokenisation
                status.

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
        endpoint = operation_module(__name__, "list_cards")

        return cast(
            "CardListResponse",
            self._caller.call(
                endpoint,
                {"tokenization_status": tokenization_status, "offset": offset, "limit": limit},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def create_card(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> CardResponse:
        """Adds a payment card to the user's account; only its last four digits and expiry are kept, never
        the full number.

        ``POST /v0/card/``

        Returns:
            CardResponse: What `create_card` and `get_card` return: a card.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "create_card")

        return cast(
            "CardResponse",
            self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def get_card(
        self,
        card_id: str,
        *,
        include_history: bool | Unset = False,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> CardResponse:
        """Returns one card, optionally with its status history.

        ``GET /v0/card/{card_id}``

        Args:
            card_id: Id of the card, as `list_cards` gives it.
            include_history: Also return the card's status changes over time.

        Returns:
            CardResponse: What `create_card` and `get_card` return: a card.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_card")

        return cast(
            "CardResponse",
            self._caller.call(
                endpoint,
                {"card_id": card_id, "include_history": include_history},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def freeze_card(
        self,
        card_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> CardActionResponse:
        """Freezes a card so it declines payments until unfrozen.

        ``POST /v0/card/{card_id}/freeze``

        Args:
            card_id: Id of the card, as `list_cards` gives it.

        Returns:
            CardActionResponse: What `freeze_card` and 4 other operations return: a card action.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "freeze_card")

        return cast(
            "CardActionResponse",
            self._caller.call(
                endpoint,
                {"card_id": card_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def unfreeze_card(
        self,
        card_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> CardActionResponse:
        """Lifts the freeze on a card so it can pay again.

        ``POST /v0/card/{card_id}/unfreeze``

        Args:
            card_id: Id of the card, as `list_cards` gives it.

        Returns:
            CardActionResponse: What `freeze_card` and 4 other operations return: a card action.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "unfreeze_card")

        return cast(
            "CardActionResponse",
            self._caller.call(
                endpoint,
                {"card_id": card_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def report_lost_card(
        self,
        card_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> CardActionResponse:
        """Reports a card lost, which blocks it.

        ``POST /v0/card/{card_id}/lost``

        Args:
            card_id: Id of the card, as `list_cards` gives it.

        Returns:
            CardActionResponse: What `freeze_card` and 4 other operations return: a card action.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "report_lost_card")

        return cast(
            "CardActionResponse",
            self._caller.call(
                endpoint,
                {"card_id": card_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def report_stolen_card(
        self,
        card_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> CardActionResponse:
        """Reports a card stolen, which blocks it.

        ``POST /v0/card/{card_id}/stolen``

        Args:
            card_id: Id of the card, as `list_cards` gives it.

        Returns:
            CardActionResponse: What `freeze_card` and 4 other operations return: a card action.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "report_stolen_card")

        return cast(
            "CardActionResponse",
            self._caller.call(
                endpoint,
                {"card_id": card_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def activate_card(
        self,
        card_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> CardActionResponse:
        """Activates a newly issued card.

        ``POST /v0/card/{card_id}/activate``

        Args:
            card_id: Id of the card, as `list_cards` gives it.

        Returns:
            CardActionResponse: What `freeze_card` and 4 other operations return: a card action.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "activate_card")

        return cast(
            "CardActionResponse",
            self._caller.call(
                endpoint,
                {"card_id": card_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def tokenize_card(
        self,
        card_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> CardTokenizeResponse:
        """Prepares a card for payments made by agents, in one step; the answer says how far the card got.

        ``POST /v0/card/{card_id}/tokenize``

        Args:
            card_id: Id of the card, as `list_cards` gives it.

        Returns:
            CardTokenizeResponse: What `tokenize_card` returns; it prepares a card for payments made by agents, in one
                step; the answer says how far the card got.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "tokenize_card")

        return cast(
            "CardTokenizeResponse",
            self._caller.call(
                endpoint,
                {"card_id": card_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class CardsResourceWithRawResponse:
    """``CardsResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = CardsResource(caller)
        self.list_cards = raw_response(resource.list_cards)
        self.create_card = raw_response(resource.create_card)
        self.get_card = raw_response(resource.get_card)
        self.freeze_card = raw_response(resource.freeze_card)
        self.unfreeze_card = raw_response(resource.unfreeze_card)
        self.report_lost_card = raw_response(resource.report_lost_card)
        self.report_stolen_card = raw_response(resource.report_stolen_card)
        self.activate_card = raw_response(resource.activate_card)
        self.tokenize_card = raw_response(resource.tokenize_card)


class AsyncCardsResource:
    """Operations tagged `cards`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_cards(
        self,
        *,
        tokenization_status: CardTokenizationStatus
        | Literal["not_enrolled", "pending", "tokenized", "enrolled", "failed"]
        | Unset
        | None = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 50,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> CardListResponse:
        """Lists the user's payment cards, optionally by tokenisation status.

        ``GET /v0/card/``

        Args:
            tokenization_status: Only cards whose network tokenisation is in this state.
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 50 by default).

        Returns:
            CardListResponse: What `list_cards` returns; it lists the user's payment cards, optionally by tokenisation
                status.

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
        endpoint = operation_module(__name__, "list_cards")

        return cast(
            "CardListResponse",
            await self._caller.call(
                endpoint,
                {"tokenization_status": tokenization_status, "offset": offset, "limit": limit},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def create_card(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> CardResponse:
        """Adds a payment card to the user's account; only its last four digits and expiry are kept, never
        the full number.

        ``POST /v0/card/``

        Returns:
            CardResponse: What `create_card` and `get_card` return: a card.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "create_card")

        return cast(
            "CardResponse",
            await self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def get_card(
        self,
        card_id: str,
        *,
        include_history: bool | Unset = False,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> CardResponse:
        """Returns one card, optionally with its status history.

        ``GET /v0/card/{card_id}``

        Args:
            card_id: Id of the card, as `list_cards` gives it.
            include_history: Also return the card's status changes over time.

        Returns:
            CardResponse: What `create_card` and `get_card` return: a card.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_card")

        return cast(
            "CardResponse",
            await self._caller.call(
                endpoint,
                {"card_id": card_id, "include_history": include_history},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def freeze_card(
        self,
        card_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> CardActionResponse:
        """Freezes a card so it declines payments until unfrozen.

        ``POST /v0/card/{card_id}/freeze``

        Args:
            card_id: Id of the card, as `list_cards` gives it.

        Returns:
            CardActionResponse: What `freeze_card` and 4 other operations return: a card action.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "freeze_card")

        return cast(
            "CardActionResponse",
            await self._caller.call(
                endpoint,
                {"card_id": card_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def unfreeze_card(
        self,
        card_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> CardActionResponse:
        """Lifts the freeze on a card so it can pay again.

        ``POST /v0/card/{card_id}/unfreeze``

        Args:
            card_id: Id of the card, as `list_cards` gives it.

        Returns:
            CardActionResponse: What `freeze_card` and 4 other operations return: a card action.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "unfreeze_card")

        return cast(
            "CardActionResponse",
            await self._caller.call(
                endpoint,
                {"card_id": card_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def report_lost_card(
        self,
        card_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> CardActionResponse:
        """Reports a card lost, which blocks it.

        ``POST /v0/card/{card_id}/lost``

        Args:
            card_id: Id of the card, as `list_cards` gives it.

        Returns:
            CardActionResponse: What `freeze_card` and 4 other operations return: a card action.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "report_lost_card")

        return cast(
            "CardActionResponse",
            await self._caller.call(
                endpoint,
                {"card_id": card_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def report_stolen_card(
        self,
        card_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> CardActionResponse:
        """Reports a card stolen, which blocks it.

        ``POST /v0/card/{card_id}/stolen``

        Args:
            card_id: Id of the card, as `list_cards` gives it.

        Returns:
            CardActionResponse: What `freeze_card` and 4 other operations return: a card action.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "report_stolen_card")

        return cast(
            "CardActionResponse",
            await self._caller.call(
                endpoint,
                {"card_id": card_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def activate_card(
        self,
        card_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> CardActionResponse:
        """Activates a newly issued card.

        ``POST /v0/card/{card_id}/activate``

        Args:
            card_id: Id of the card, as `list_cards` gives it.

        Returns:
            CardActionResponse: What `freeze_card` and 4 other operations return: a card action.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "activate_card")

        return cast(
            "CardActionResponse",
            await self._caller.call(
                endpoint,
                {"card_id": card_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def tokenize_card(
        self,
        card_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> CardTokenizeResponse:
        """Prepares a card for payments made by agents, in one step; the answer says how far the card got.

        ``POST /v0/card/{card_id}/tokenize``

        Args:
            card_id: Id of the card, as `list_cards` gives it.

        Returns:
            CardTokenizeResponse: What `tokenize_card` returns; it prepares a card for payments made by agents, in one
                step; the answer says how far the card got.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "tokenize_card")

        return cast(
            "CardTokenizeResponse",
            await self._caller.call(
                endpoint,
                {"card_id": card_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncCardsResourceWithRawResponse:
    """``AsyncCardsResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncCardsResource(caller)
        self.list_cards = async_raw_response(resource.list_cards)
        self.create_card = async_raw_response(resource.create_card)
        self.get_card = async_raw_response(resource.get_card)
        self.freeze_card = async_raw_response(resource.freeze_card)
        self.unfreeze_card = async_raw_response(resource.unfreeze_card)
        self.report_lost_card = async_raw_response(resource.report_lost_card)
        self.report_stolen_card = async_raw_response(resource.report_stolen_card)
        self.activate_card = async_raw_response(resource.activate_card)
        self.tokenize_card = async_raw_response(resource.tokenize_card)
