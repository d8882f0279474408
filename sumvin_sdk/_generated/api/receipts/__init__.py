"""Operations tagged `receipts`: one module per operation, and the resource classes
``Sumvin.receipts`` and ``AsyncSumvin.receipts`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ...models.body_upload_receipt import BodyUploadReceipt, BodyUploadReceiptDict
    from ...models.receipt_upload_response import ReceiptUploadResponse
    from ...types import File, Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/transactions/{external_id}/receipt"): "download_receipt",
    ("put", "/v0/transactions/{external_id}/receipt"): "upload_receipt",
    ("delete", "/v0/transactions/{external_id}/receipt"): "delete_receipt",
}


class ReceiptsResource:
    """Operations tagged `receipts`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def download_receipt(
        self,
        external_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> File:
        """Downloads the receipt attached to a transaction as an image or PDF file.

        ``GET /v0/transactions/{external_id}/receipt``

        Args:
            external_id: Id of the transaction the receipt belongs to.

        Returns:
            File: The response body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "download_receipt")

        return cast(
            "File",
            self._caller.call(
                endpoint,
                {"external_id": external_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def upload_receipt(
        self,
        external_id: str,
        *,
        body: BodyUploadReceipt | BodyUploadReceiptDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ReceiptUploadResponse:
        """Attaches a receipt file to a transaction, replacing any earlier one.

        ``PUT /v0/transactions/{external_id}/receipt``

        Args:
            external_id: Id of the transaction to attach the receipt to.
            body: ``BodyUploadReceipt``: Multipart form that `upload_receipt` sends, which attaches a
                receipt file to a transaction, replacing any earlier one.

        Returns:
            ReceiptUploadResponse: What `upload_receipt` returns; it attaches a receipt file to a transaction, replacing
                any earlier one.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "upload_receipt")

        return cast(
            "ReceiptUploadResponse",
            self._caller.call(
                endpoint,
                {"external_id": external_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def delete_receipt(
        self,
        external_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes the receipt attached to a transaction.

        ``DELETE /v0/transactions/{external_id}/receipt``

        Args:
            external_id: Id of the transaction whose receipt to remove.

        Returns:
            None: Nothing: the API answers 204 with no body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "delete_receipt")

        return cast(
            "None",
            self._caller.call(
                endpoint,
                {"external_id": external_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class ReceiptsResourceWithRawResponse:
    """``ReceiptsResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = ReceiptsResource(caller)
        self.download_receipt = raw_response(resource.download_receipt)
        self.upload_receipt = raw_response(resource.upload_receipt)
        self.delete_receipt = raw_response(resource.delete_receipt)


class AsyncReceiptsResource:
    """Operations tagged `receipts`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def download_receipt(
        self,
        external_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> File:
        """Downloads the receipt attached to a transaction as an image or PDF file.

        ``GET /v0/transactions/{external_id}/receipt``

        Args:
            external_id: Id of the transaction the receipt belongs to.

        Returns:
            File: The response body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "download_receipt")

        return cast(
            "File",
            await self._caller.call(
                endpoint,
                {"external_id": external_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def upload_receipt(
        self,
        external_id: str,
        *,
        body: BodyUploadReceipt | BodyUploadReceiptDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ReceiptUploadResponse:
        """Attaches a receipt file to a transaction, replacing any earlier one.

        ``PUT /v0/transactions/{external_id}/receipt``

        Args:
            external_id: Id of the transaction to attach the receipt to.
            body: ``BodyUploadReceipt``: Multipart form that `upload_receipt` sends, which attaches a
                receipt file to a transaction, replacing any earlier one.

        Returns:
            ReceiptUploadResponse: What `upload_receipt` returns; it attaches a receipt file to a transaction, replacing
                any earlier one.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "upload_receipt")

        return cast(
            "ReceiptUploadResponse",
            await self._caller.call(
                endpoint,
                {"external_id": external_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def delete_receipt(
        self,
        external_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes the receipt attached to a transaction.

        ``DELETE /v0/transactions/{external_id}/receipt``

        Args:
            external_id: Id of the transaction whose receipt to remove.

        Returns:
            None: Nothing: the API answers 204 with no body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "delete_receipt")

        return cast(
            "None",
            await self._caller.call(
                endpoint,
                {"external_id": external_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncReceiptsResourceWithRawResponse:
    """``AsyncReceiptsResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncReceiptsResource(caller)
        self.download_receipt = async_raw_response(resource.download_receipt)
        self.upload_receipt = async_raw_response(resource.upload_receipt)
        self.delete_receipt = async_raw_response(resource.delete_receipt)
