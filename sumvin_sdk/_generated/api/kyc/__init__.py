"""Operations tagged `kyc`: one module per operation, and the resource classes
``Sumvin.kyc`` and ``AsyncSumvin.kyc`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any, Literal

    import httpx

    from ...models.body_upload_kyc_document import BodyUploadKycDocument, BodyUploadKycDocumentDict
    from ...models.get_access_token_level_type_0 import GetAccessTokenLevelType0
    from ...models.kyc_access_token_response import KYCAccessTokenResponse
    from ...models.kyc_applicant_response import KYCApplicantResponse
    from ...models.kyc_details_response import KYCDetailsResponse
    from ...models.kyc_document_upload_response import KYCDocumentUploadResponse
    from ...models.kyc_documents_list_response import KYCDocumentsListResponse
    from ...models.kyc_required_docs_response import KYCRequiredDocsResponse
    from ...models.kyc_session_mint_response import KycSessionMintResponse
    from ...models.kyc_session_redemption_response import KycSessionRedemptionResponse
    from ...models.kyc_status_response import KYCStatusResponse
    from ...models.kyc_submit_response import KYCSubmitResponse
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("post", "/v0/kyc/access-token"): "get_access_token",
    ("get", "/v0/kyc/status"): "get_kyc_status",
    ("get", "/v0/kyc/details"): "get_kyc_details",
    ("post", "/v0/kyc/applicant"): "create_kyc_applicant",
    ("get", "/v0/kyc/documents"): "list_kyc_documents",
    ("post", "/v0/kyc/documents"): "upload_kyc_document",
    ("get", "/v0/kyc/documents/required"): "get_kyc_required_docs",
    ("get", "/v0/kyc/documents/{image_id}"): "get_kyc_document_image",
    ("post", "/v0/kyc/submit"): "submit_kyc_for_review",
    ("post", "/v0/kyc/sessions"): "mint_kyc_session",
    ("post", "/v0/kyc/sessions/redemption"): "redeem_kyc_session",
}


class KycResource:
    """Operations tagged `kyc`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_access_token(
        self,
        *,
        level: GetAccessTokenLevelType0 | Literal["liveness", "passport"] | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> KYCAccessTokenResponse:
        """Returns a short-lived token for the identity-verification SDK, for the liveness or passport
        level.

        ``POST /v0/kyc/access-token``

        Args:
            level: Verification level the token is for: `liveness` or `passport`; the default level when
                omitted.

        Returns:
            KYCAccessTokenResponse: What `get_access_token` returns: a short-lived token for the identity-verification SDK,
                for the liveness or passport level.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_access_token")

        return cast(
            "KYCAccessTokenResponse",
            self._caller.call(
                endpoint,
                {"level": level},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def get_kyc_status(
        self,
        *,
        refresh: bool | Unset = False,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> KYCStatusResponse:
        """Returns where the user's identity verification stands; `refresh` asks the provider first.

        ``GET /v0/kyc/status``

        Args:
            refresh: Ask the verification provider for the latest state instead of the stored one.

        Returns:
            KYCStatusResponse: What `get_kyc_status` returns: where the user's identity verification stands; `refresh`
                asks the provider first.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_kyc_status")

        return cast(
            "KYCStatusResponse",
            self._caller.call(
                endpoint,
                {"refresh": refresh},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def get_kyc_details(
        self,
        *,
        refresh: bool | Unset = False,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> KYCDetailsResponse:
        """Returns the detailed state of the user's identity verification: checks, documents and review
        results.

        ``GET /v0/kyc/details``

        Args:
            refresh: Ask the verification provider for the latest state instead of the stored one.

        Returns:
            KYCDetailsResponse: What `get_kyc_details` returns: the detailed state of the user's identity verification:
                checks, documents and review results.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_kyc_details")

        return cast(
            "KYCDetailsResponse",
            self._caller.call(
                endpoint,
                {"refresh": refresh},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def create_kyc_applicant(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> KYCApplicantResponse:
        """Creates the user's applicant record with the verification provider; 200 when it already exists.

        ``POST /v0/kyc/applicant``

        Returns:
            KYCApplicantResponse: What `create_kyc_applicant` returns; it creates the user's applicant record with the
                verification provider; 200 when it already exists.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "create_kyc_applicant")

        return cast(
            "KYCApplicantResponse",
            self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def list_kyc_documents(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> KYCDocumentsListResponse:
        """Lists the identity document images the user has uploaded.

        ``GET /v0/kyc/documents``

        Returns:
            KYCDocumentsListResponse: What `list_kyc_documents` returns; it lists the identity document images the user has
                uploaded.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_kyc_documents")

        return cast(
            "KYCDocumentsListResponse",
            self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def upload_kyc_document(
        self,
        *,
        body: BodyUploadKycDocument | BodyUploadKycDocumentDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> KYCDocumentUploadResponse:
        """Uploads one identity document image, such as a side of a passport or ID card.

        ``POST /v0/kyc/documents``

        Args:
            body: ``BodyUploadKycDocument``: Multipart form that `upload_kyc_document` sends, which
                uploads one identity document image, such as a side of a passport or ID card.

        Returns:
            KYCDocumentUploadResponse: What `upload_kyc_document` returns; it uploads one identity document image, such as a
                side of a passport or ID card.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "upload_kyc_document")

        return cast(
            "KYCDocumentUploadResponse",
            self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def get_kyc_required_docs(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> KYCRequiredDocsResponse:
        """Lists the documents verification needs and the state of each.

        ``GET /v0/kyc/documents/required``

        Returns:
            KYCRequiredDocsResponse: What `get_kyc_required_docs` returns; it lists the documents verification needs and the
                state of each.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_kyc_required_docs")

        return cast(
            "KYCRequiredDocsResponse",
            self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def get_kyc_document_image(
        self,
        image_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> Any:
        """Downloads one uploaded identity document image.

        ``GET /v0/kyc/documents/{image_id}``

        Args:
            image_id: Id of the uploaded document image.

        Returns:
            Any: The response body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_kyc_document_image")

        return cast(
            "Any",
            self._caller.call(
                endpoint,
                {"image_id": image_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def submit_kyc_for_review(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> KYCSubmitResponse:
        """Sends the user's completed verification to the provider for review.

        ``POST /v0/kyc/submit``

        Returns:
            KYCSubmitResponse: What `submit_kyc_for_review` returns; it sends the user's completed verification to the
                provider for review.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "submit_kyc_for_review")

        return cast(
            "KYCSubmitResponse",
            self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def mint_kyc_session(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> KycSessionMintResponse:
        """Starts identity verification from the command line (personal access token only): returns a
        browser link and a single-use ticket; 409 when already verified.

        ``POST /v0/kyc/sessions``

        Returns:
            KycSessionMintResponse: What `mint_kyc_session` returns; it starts identity verification from the command line
                (personal access token only): returns a browser link and a single-use ticket; 409 when
                already verified.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "mint_kyc_session")

        return cast(
            "KycSessionMintResponse",
            self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def redeem_kyc_session(
        self,
        *,
        x_sumvin_kyc_ticket: str | Unset | None = UNSET,
        idempotency_key: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> KycSessionRedemptionResponse:
        """Trades a verification session's ticket, sent in a header, for the Sumsub token that starts
        identity capture; works once.

        ``POST /v0/kyc/sessions/redemption``

        Args:
            x_sumvin_kyc_ticket: The verification session ticket that `mint_kyc_session` returned.
            idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome.

        Returns:
            KycSessionRedemptionResponse: What `redeem_kyc_session` returns; it trades a verification session's ticket, sent in a
                header, for the Sumsub token that starts identity capture; works once.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            GoneError: 410, the resource is no longer usable.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "redeem_kyc_session")

        return cast(
            "KycSessionRedemptionResponse",
            self._caller.call(
                endpoint,
                {"x_sumvin_kyc_ticket": x_sumvin_kyc_ticket, "idempotency_key": idempotency_key},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class KycResourceWithRawResponse:
    """``KycResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = KycResource(caller)
        self.get_access_token = raw_response(resource.get_access_token)
        self.get_kyc_status = raw_response(resource.get_kyc_status)
        self.get_kyc_details = raw_response(resource.get_kyc_details)
        self.create_kyc_applicant = raw_response(resource.create_kyc_applicant)
        self.list_kyc_documents = raw_response(resource.list_kyc_documents)
        self.upload_kyc_document = raw_response(resource.upload_kyc_document)
        self.get_kyc_required_docs = raw_response(resource.get_kyc_required_docs)
        self.get_kyc_document_image = raw_response(resource.get_kyc_document_image)
        self.submit_kyc_for_review = raw_response(resource.submit_kyc_for_review)
        self.mint_kyc_session = raw_response(resource.mint_kyc_session)
        self.redeem_kyc_session = raw_response(resource.redeem_kyc_session)


class AsyncKycResource:
    """Operations tagged `kyc`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_access_token(
        self,
        *,
        level: GetAccessTokenLevelType0 | Literal["liveness", "passport"] | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> KYCAccessTokenResponse:
        """Returns a short-lived token for the identity-verification SDK, for the liveness or passport
        level.

        ``POST /v0/kyc/access-token``

        Args:
            level: Verification level the token is for: `liveness` or `passport`; the default level when
                omitted.

        Returns:
            KYCAccessTokenResponse: What `get_access_token` returns: a short-lived token for the identity-verification SDK,
                for the liveness or passport level.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_access_token")

        return cast(
            "KYCAccessTokenResponse",
            await self._caller.call(
                endpoint,
                {"level": level},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def get_kyc_status(
        self,
        *,
        refresh: bool | Unset = False,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> KYCStatusResponse:
        """Returns where the user's identity verification stands; `refresh` asks the provider first.

        ``GET /v0/kyc/status``

        Args:
            refresh: Ask the verification provider for the latest state instead of the stored one.

        Returns:
            KYCStatusResponse: What `get_kyc_status` returns: where the user's identity verification stands; `refresh`
                asks the provider first.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_kyc_status")

        return cast(
            "KYCStatusResponse",
            await self._caller.call(
                endpoint,
                {"refresh": refresh},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def get_kyc_details(
        self,
        *,
        refresh: bool | Unset = False,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> KYCDetailsResponse:
        """Returns the detailed state of the user's identity verification: checks, documents and review
        results.

        ``GET /v0/kyc/details``

        Args:
            refresh: Ask the verification provider for the latest state instead of the stored one.

        Returns:
            KYCDetailsResponse: What `get_kyc_details` returns: the detailed state of the user's identity verification:
                checks, documents and review results.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_kyc_details")

        return cast(
            "KYCDetailsResponse",
            await self._caller.call(
                endpoint,
                {"refresh": refresh},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def create_kyc_applicant(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> KYCApplicantResponse:
        """Creates the user's applicant record with the verification provider; 200 when it already exists.

        ``POST /v0/kyc/applicant``

        Returns:
            KYCApplicantResponse: What `create_kyc_applicant` returns; it creates the user's applicant record with the
                verification provider; 200 when it already exists.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "create_kyc_applicant")

        return cast(
            "KYCApplicantResponse",
            await self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def list_kyc_documents(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> KYCDocumentsListResponse:
        """Lists the identity document images the user has uploaded.

        ``GET /v0/kyc/documents``

        Returns:
            KYCDocumentsListResponse: What `list_kyc_documents` returns; it lists the identity document images the user has
                uploaded.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_kyc_documents")

        return cast(
            "KYCDocumentsListResponse",
            await self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def upload_kyc_document(
        self,
        *,
        body: BodyUploadKycDocument | BodyUploadKycDocumentDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> KYCDocumentUploadResponse:
        """Uploads one identity document image, such as a side of a passport or ID card.

        ``POST /v0/kyc/documents``

        Args:
            body: ``BodyUploadKycDocument``: Multipart form that `upload_kyc_document` sends, which
                uploads one identity document image, such as a side of a passport or ID card.

        Returns:
            KYCDocumentUploadResponse: What `upload_kyc_document` returns; it uploads one identity document image, such as a
                side of a passport or ID card.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "upload_kyc_document")

        return cast(
            "KYCDocumentUploadResponse",
            await self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def get_kyc_required_docs(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> KYCRequiredDocsResponse:
        """Lists the documents verification needs and the state of each.

        ``GET /v0/kyc/documents/required``

        Returns:
            KYCRequiredDocsResponse: What `get_kyc_required_docs` returns; it lists the documents verification needs and the
                state of each.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_kyc_required_docs")

        return cast(
            "KYCRequiredDocsResponse",
            await self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def get_kyc_document_image(
        self,
        image_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> Any:
        """Downloads one uploaded identity document image.

        ``GET /v0/kyc/documents/{image_id}``

        Args:
            image_id: Id of the uploaded document image.

        Returns:
            Any: The response body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_kyc_document_image")

        return cast(
            "Any",
            await self._caller.call(
                endpoint,
                {"image_id": image_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def submit_kyc_for_review(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> KYCSubmitResponse:
        """Sends the user's completed verification to the provider for review.

        ``POST /v0/kyc/submit``

        Returns:
            KYCSubmitResponse: What `submit_kyc_for_review` returns; it sends the user's completed verification to the
                provider for review.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "submit_kyc_for_review")

        return cast(
            "KYCSubmitResponse",
            await self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def mint_kyc_session(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> KycSessionMintResponse:
        """Starts identity verification from the command line (personal access token only): returns a
        browser link and a single-use ticket; 409 when already verified.

        ``POST /v0/kyc/sessions``

        Returns:
            KycSessionMintResponse: What `mint_kyc_session` returns; it starts identity verification from the command line
                (personal access token only): returns a browser link and a single-use ticket; 409 when
                already verified.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "mint_kyc_session")

        return cast(
            "KycSessionMintResponse",
            await self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def redeem_kyc_session(
        self,
        *,
        x_sumvin_kyc_ticket: str | Unset | None = UNSET,
        idempotency_key: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> KycSessionRedemptionResponse:
        """Trades a verification session's ticket, sent in a header, for the Sumsub token that starts
        identity capture; works once.

        ``POST /v0/kyc/sessions/redemption``

        Args:
            x_sumvin_kyc_ticket: The verification session ticket that `mint_kyc_session` returned.
            idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome.

        Returns:
            KycSessionRedemptionResponse: What `redeem_kyc_session` returns; it trades a verification session's ticket, sent in a
                header, for the Sumsub token that starts identity capture; works once.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            GoneError: 410, the resource is no longer usable.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "redeem_kyc_session")

        return cast(
            "KycSessionRedemptionResponse",
            await self._caller.call(
                endpoint,
                {"x_sumvin_kyc_ticket": x_sumvin_kyc_ticket, "idempotency_key": idempotency_key},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncKycResourceWithRawResponse:
    """``AsyncKycResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncKycResource(caller)
        self.get_access_token = async_raw_response(resource.get_access_token)
        self.get_kyc_status = async_raw_response(resource.get_kyc_status)
        self.get_kyc_details = async_raw_response(resource.get_kyc_details)
        self.create_kyc_applicant = async_raw_response(resource.create_kyc_applicant)
        self.list_kyc_documents = async_raw_response(resource.list_kyc_documents)
        self.upload_kyc_document = async_raw_response(resource.upload_kyc_document)
        self.get_kyc_required_docs = async_raw_response(resource.get_kyc_required_docs)
        self.get_kyc_document_image = async_raw_response(resource.get_kyc_document_image)
        self.submit_kyc_for_review = async_raw_response(resource.submit_kyc_for_review)
        self.mint_kyc_session = async_raw_response(resource.mint_kyc_session)
        self.redeem_kyc_session = async_raw_response(resource.redeem_kyc_session)
