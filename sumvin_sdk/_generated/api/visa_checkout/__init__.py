"""Operations tagged `visa_checkout`: one module per operation, and the resource classes
``Sumvin.visa_checkout`` and ``AsyncSumvin.visa_checkout`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ...models.card_checkout_source import CardCheckoutSource, CardCheckoutSourceDict
    from ...models.demo_checkout_source import DemoCheckoutSource, DemoCheckoutSourceDict
    from ...models.visa_checkout_accepted_response import VisaCheckoutAcceptedResponse
    from ...models.visa_checkout_status_response import VisaCheckoutStatusResponse
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("post", "/v0/visa/checkout"): "start_checkout",
    ("get", "/v0/visa/checkout/{checkout_id}"): "get_checkout",
}


class VisaCheckoutResource:
    """Operations tagged `visa_checkout`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def start_checkout(
        self,
        *,
        body: CardCheckoutSource | DemoCheckoutSource | DemoCheckoutSourceDict | CardCheckoutSourceDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> VisaCheckoutAcceptedResponse:
        """Starts a checkout with a card or the demo source; it proceeds in the background.

        ``POST /v0/visa/checkout``

        Args:
            body: ``CardCheckoutSource | DemoCheckoutSource``: the request body

        Returns:
            VisaCheckoutAcceptedResponse: What `start_checkout` returns; it starts a checkout with a card or the demo source; it
                proceeds in the background.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "start_checkout")

        return cast(
            "VisaCheckoutAcceptedResponse",
            self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def get_checkout(
        self,
        checkout_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> VisaCheckoutStatusResponse:
        """Returns where a checkout stands and its result once finished.

        ``GET /v0/visa/checkout/{checkout_id}``

        Args:
            checkout_id: Id of the checkout that `start_checkout` returned.

        Returns:
            VisaCheckoutStatusResponse: What `get_checkout` returns: where a checkout stands and its result once finished.

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
        endpoint = operation_module(__name__, "get_checkout")

        return cast(
            "VisaCheckoutStatusResponse",
            self._caller.call(
                endpoint,
                {"checkout_id": checkout_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class VisaCheckoutResourceWithRawResponse:
    """``VisaCheckoutResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = VisaCheckoutResource(caller)
        self.start_checkout = raw_response(resource.start_checkout)
        self.get_checkout = raw_response(resource.get_checkout)


class AsyncVisaCheckoutResource:
    """Operations tagged `visa_checkout`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def start_checkout(
        self,
        *,
        body: CardCheckoutSource | DemoCheckoutSource | DemoCheckoutSourceDict | CardCheckoutSourceDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> VisaCheckoutAcceptedResponse:
        """Starts a checkout with a card or the demo source; it proceeds in the background.

        ``POST /v0/visa/checkout``

        Args:
            body: ``CardCheckoutSource | DemoCheckoutSource``: the request body

        Returns:
            VisaCheckoutAcceptedResponse: What `start_checkout` returns; it starts a checkout with a card or the demo source; it
                proceeds in the background.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "start_checkout")

        return cast(
            "VisaCheckoutAcceptedResponse",
            await self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def get_checkout(
        self,
        checkout_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> VisaCheckoutStatusResponse:
        """Returns where a checkout stands and its result once finished.

        ``GET /v0/visa/checkout/{checkout_id}``

        Args:
            checkout_id: Id of the checkout that `start_checkout` returned.

        Returns:
            VisaCheckoutStatusResponse: What `get_checkout` returns: where a checkout stands and its result once finished.

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
        endpoint = operation_module(__name__, "get_checkout")

        return cast(
            "VisaCheckoutStatusResponse",
            await self._caller.call(
                endpoint,
                {"checkout_id": checkout_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncVisaCheckoutResourceWithRawResponse:
    """``AsyncVisaCheckoutResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncVisaCheckoutResource(caller)
        self.start_checkout = async_raw_response(resource.start_checkout)
        self.get_checkout = async_raw_response(resource.get_checkout)
