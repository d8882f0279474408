"""Operations tagged `receipts`: one module per operation, and the resource classes
``Sumvin.receipts`` and ``AsyncSumvin.receipts`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import AsyncCaller, Caller, async_raw_response, raw_response

if TYPE_CHECKING:
    from ...models.body_upload_receipt import BodyUploadReceipt
    from ...models.receipt_upload_response import ReceiptUploadResponse
    from ...types import File

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/transactions/{external_id}/receipt"): "download_receipt",
    ("put", "/v0/transactions/{external_id}/receipt"): "upload_receipt",
    ("delete", "/v0/transactions/{external_id}/receipt"): "delete_receipt",
}


class ReceiptsResource:
    """Operations tagged `receipts`; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def download_receipt(
        self,
        external_id: str,
    ) -> File:
        """Downloads the receipt attached to a transaction as an image or PDF file.

        ``GET /v0/transactions/{external_id}/receipt``

        Args:
            external_id: Identifier of the external.

        Returns:
            File: The response body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, the API or a service behind it failed.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        from . import download_receipt as endpoint

        return cast("File", self._caller.call(endpoint, {"external_id": external_id}))

    def upload_receipt(
        self,
        external_id: str,
        *,
        body: BodyUploadReceipt,
    ) -> ReceiptUploadResponse:
        """Attaches a receipt file to a transaction, replacing any earlier one.

        ``PUT /v0/transactions/{external_id}/receipt``

        Args:
            external_id: Identifier of the external.
            body: ``BodyUploadReceipt``: Multipart form of the upload receipt upload.

        Returns:
            ReceiptUploadResponse: Response carrying a receipt upload.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 500, the API or a service behind it failed.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        from . import upload_receipt as endpoint

        return cast("ReceiptUploadResponse", self._caller.call(endpoint, {"external_id": external_id, "body": body}))

    def delete_receipt(
        self,
        external_id: str,
    ) -> None:
        """Removes the receipt attached to a transaction.

        ``DELETE /v0/transactions/{external_id}/receipt``

        Args:
            external_id: Identifier of the external.

        Returns:
            None: Nothing: the API answers 204 with no body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, the API or a service behind it failed.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        from . import delete_receipt as endpoint

        return cast("None", self._caller.call(endpoint, {"external_id": external_id}))


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
    ) -> File:
        """Downloads the receipt attached to a transaction as an image or PDF file.

        ``GET /v0/transactions/{external_id}/receipt``

        Args:
            external_id: Identifier of the external.

        Returns:
            File: The response body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, the API or a service behind it failed.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        from . import download_receipt as endpoint

        return cast("File", await self._caller.call(endpoint, {"external_id": external_id}))

    async def upload_receipt(
        self,
        external_id: str,
        *,
        body: BodyUploadReceipt,
    ) -> ReceiptUploadResponse:
        """Attaches a receipt file to a transaction, replacing any earlier one.

        ``PUT /v0/transactions/{external_id}/receipt``

        Args:
            external_id: Identifier of the external.
            body: ``BodyUploadReceipt``: Multipart form of the upload receipt upload.

        Returns:
            ReceiptUploadResponse: Response carrying a receipt upload.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 500, the API or a service behind it failed.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        from . import upload_receipt as endpoint

        return cast(
            "ReceiptUploadResponse", await self._caller.call(endpoint, {"external_id": external_id, "body": body})
        )

    async def delete_receipt(
        self,
        external_id: str,
    ) -> None:
        """Removes the receipt attached to a transaction.

        ``DELETE /v0/transactions/{external_id}/receipt``

        Args:
            external_id: Identifier of the external.

        Returns:
            None: Nothing: the API answers 204 with no body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, the API or a service behind it failed.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        from . import delete_receipt as endpoint

        return cast("None", await self._caller.call(endpoint, {"external_id": external_id}))


class AsyncReceiptsResourceWithRawResponse:
    """``AsyncReceiptsResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncReceiptsResource(caller)
        self.download_receipt = async_raw_response(resource.download_receipt)
        self.upload_receipt = async_raw_response(resource.upload_receipt)
        self.delete_receipt = async_raw_response(resource.delete_receipt)
