"""Operations tagged `card_funding`: one module per operation, and the resource classes
``Sumvin.card_funding`` and ``AsyncSumvin.card_funding`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ...models.funding_response import FundingResponse
    from ...models.funding_update_request import FundingUpdateRequest, FundingUpdateRequestDict
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/card/{card_id}/funding"): "get_card_funding",
    ("put", "/v0/card/{card_id}/funding"): "update_card_funding",
}


class CardFundingResource:
    """Operations tagged `card_funding`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_card_funding(
        self,
        card_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> FundingResponse:
        """Returns where a card's payments are funded from.

        ``GET /v0/card/{card_id}/funding``

        Args:
            card_id: Id of the card, as `list_cards` gives it.

        Returns:
            FundingResponse: What `get_card_funding` and `update_card_funding` return: a funding.

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
        endpoint = operation_module(__name__, "get_card_funding")

        return cast(
            "FundingResponse",
            self._caller.call(
                endpoint,
                {"card_id": card_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def update_card_funding(
        self,
        card_id: str,
        *,
        body: FundingUpdateRequest | FundingUpdateRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> FundingResponse:
        """Changes the wallet or fiat account a card's payments are funded from.

        ``PUT /v0/card/{card_id}/funding``

        Args:
            card_id: Id of the card, as `list_cards` gives it.
            body: ``FundingUpdateRequest``: Body of `update_card_funding`, which changes the wallet or
                fiat account a card's payments are funded from.

        Returns:
            FundingResponse: What `get_card_funding` and `update_card_funding` return: a funding.

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
        endpoint = operation_module(__name__, "update_card_funding")

        return cast(
            "FundingResponse",
            self._caller.call(
                endpoint,
                {"card_id": card_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class CardFundingResourceWithRawResponse:
    """``CardFundingResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = CardFundingResource(caller)
        self.get_card_funding = raw_response(resource.get_card_funding)
        self.update_card_funding = raw_response(resource.update_card_funding)


class AsyncCardFundingResource:
    """Operations tagged `card_funding`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_card_funding(
        self,
        card_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> FundingResponse:
        """Returns where a card's payments are funded from.

        ``GET /v0/card/{card_id}/funding``

        Args:
            card_id: Id of the card, as `list_cards` gives it.

        Returns:
            FundingResponse: What `get_card_funding` and `update_card_funding` return: a funding.

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
        endpoint = operation_module(__name__, "get_card_funding")

        return cast(
            "FundingResponse",
            await self._caller.call(
                endpoint,
                {"card_id": card_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def update_card_funding(
        self,
        card_id: str,
        *,
        body: FundingUpdateRequest | FundingUpdateRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> FundingResponse:
        """Changes the wallet or fiat account a card's payments are funded from.

        ``PUT /v0/card/{card_id}/funding``

        Args:
            card_id: Id of the card, as `list_cards` gives it.
            body: ``FundingUpdateRequest``: Body of `update_card_funding`, which changes the wallet or
                fiat account a card's payments are funded from.

        Returns:
            FundingResponse: What `get_card_funding` and `update_card_funding` return: a funding.

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
        endpoint = operation_module(__name__, "update_card_funding")

        return cast(
            "FundingResponse",
            await self._caller.call(
                endpoint,
                {"card_id": card_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncCardFundingResourceWithRawResponse:
    """``AsyncCardFundingResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncCardFundingResource(caller)
        self.get_card_funding = async_raw_response(resource.get_card_funding)
        self.update_card_funding = async_raw_response(resource.update_card_funding)
