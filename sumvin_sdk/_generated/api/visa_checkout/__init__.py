"""Operations tagged `visa_checkout`: one module per operation, and the resource classes
``Sumvin.visa_checkout`` and ``AsyncSumvin.visa_checkout`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import AsyncCaller, Caller, async_raw_response, raw_response

if TYPE_CHECKING:
    from ...models.card_checkout_source import CardCheckoutSource
    from ...models.demo_checkout_source import DemoCheckoutSource
    from ...models.visa_checkout_accepted_response import VisaCheckoutAcceptedResponse
    from ...models.visa_checkout_status_response import VisaCheckoutStatusResponse

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("post", "/v0/visa/checkout"): "start_checkout",
    ("get", "/v0/visa/checkout/{checkout_id}"): "get_checkout",
}


class VisaCheckoutResource:
    """Operations tagged `visa_checkout`; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def start_checkout(
        self,
        *,
        body: CardCheckoutSource | DemoCheckoutSource,
    ) -> VisaCheckoutAcceptedResponse:
        """Starts a checkout with a card or the demo source; it proceeds in the background.

        ``POST /v0/visa/checkout``

        Args:
            body: ``CardCheckoutSource | DemoCheckoutSource``: the request body

        Returns:
            VisaCheckoutAcceptedResponse: Response carrying a visa checkout accepted.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        from . import start_checkout as endpoint

        return cast("VisaCheckoutAcceptedResponse", self._caller.call(endpoint, {"body": body}))

    def get_checkout(
        self,
        checkout_id: str,
    ) -> VisaCheckoutStatusResponse:
        """Returns where a checkout stands and its result once finished.

        ``GET /v0/visa/checkout/{checkout_id}``

        Args:
            checkout_id: Identifier of the checkout.

        Returns:
            VisaCheckoutStatusResponse: Response carrying a visa checkout status.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        from . import get_checkout as endpoint

        return cast("VisaCheckoutStatusResponse", self._caller.call(endpoint, {"checkout_id": checkout_id}))


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
        body: CardCheckoutSource | DemoCheckoutSource,
    ) -> VisaCheckoutAcceptedResponse:
        """Starts a checkout with a card or the demo source; it proceeds in the background.

        ``POST /v0/visa/checkout``

        Args:
            body: ``CardCheckoutSource | DemoCheckoutSource``: the request body

        Returns:
            VisaCheckoutAcceptedResponse: Response carrying a visa checkout accepted.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        from . import start_checkout as endpoint

        return cast("VisaCheckoutAcceptedResponse", await self._caller.call(endpoint, {"body": body}))

    async def get_checkout(
        self,
        checkout_id: str,
    ) -> VisaCheckoutStatusResponse:
        """Returns where a checkout stands and its result once finished.

        ``GET /v0/visa/checkout/{checkout_id}``

        Args:
            checkout_id: Identifier of the checkout.

        Returns:
            VisaCheckoutStatusResponse: Response carrying a visa checkout status.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        from . import get_checkout as endpoint

        return cast("VisaCheckoutStatusResponse", await self._caller.call(endpoint, {"checkout_id": checkout_id}))


class AsyncVisaCheckoutResourceWithRawResponse:
    """``AsyncVisaCheckoutResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncVisaCheckoutResource(caller)
        self.start_checkout = async_raw_response(resource.start_checkout)
        self.get_checkout = async_raw_response(resource.get_checkout)
