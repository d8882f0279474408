"""Operations tagged `kyc`: one module per operation, and the resource classes
``Sumvin.kyc`` and ``AsyncSumvin.kyc`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    import httpx

    from ...models.body_upload_kyc_document import BodyUploadKycDocument
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
        level: GetAccessTokenLevelType0 | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> KYCAccessTokenResponse:
        """Get Access Token: ``POST /v0/kyc/access-token``."""
        from . import get_access_token as endpoint

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
        """Get current KYC verification status: ``GET /v0/kyc/status``."""
        from . import get_kyc_status as endpoint

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
        """Get detailed KYC verification information: ``GET /v0/kyc/details``."""
        from . import get_kyc_details as endpoint

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
        """Create KYC applicant: ``POST /v0/kyc/applicant``."""
        from . import create_kyc_applicant as endpoint

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
        """List uploaded KYC document images: ``GET /v0/kyc/documents``."""
        from . import list_kyc_documents as endpoint

        return cast(
            "KYCDocumentsListResponse",
            self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def upload_kyc_document(
        self,
        *,
        body: BodyUploadKycDocument,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> KYCDocumentUploadResponse:
        """Upload a KYC document image: ``POST /v0/kyc/documents``."""
        from . import upload_kyc_document as endpoint

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
        """Get required KYC documents statuses: ``GET /v0/kyc/documents/required``."""
        from . import get_kyc_required_docs as endpoint

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
        """Get a KYC document image: ``GET /v0/kyc/documents/{image_id}``."""
        from . import get_kyc_document_image as endpoint

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
        """Submit KYC application for review: ``POST /v0/kyc/submit``."""
        from . import submit_kyc_for_review as endpoint

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
        """Start identity verification from the CLI: ``POST /v0/kyc/sessions``."""
        from . import mint_kyc_session as endpoint

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
        """Redeem a verification session ticket: ``POST /v0/kyc/sessions/redemption``."""
        from . import redeem_kyc_session as endpoint

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
        level: GetAccessTokenLevelType0 | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> KYCAccessTokenResponse:
        """Get Access Token: ``POST /v0/kyc/access-token``."""
        from . import get_access_token as endpoint

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
        """Get current KYC verification status: ``GET /v0/kyc/status``."""
        from . import get_kyc_status as endpoint

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
        """Get detailed KYC verification information: ``GET /v0/kyc/details``."""
        from . import get_kyc_details as endpoint

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
        """Create KYC applicant: ``POST /v0/kyc/applicant``."""
        from . import create_kyc_applicant as endpoint

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
        """List uploaded KYC document images: ``GET /v0/kyc/documents``."""
        from . import list_kyc_documents as endpoint

        return cast(
            "KYCDocumentsListResponse",
            await self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def upload_kyc_document(
        self,
        *,
        body: BodyUploadKycDocument,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> KYCDocumentUploadResponse:
        """Upload a KYC document image: ``POST /v0/kyc/documents``."""
        from . import upload_kyc_document as endpoint

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
        """Get required KYC documents statuses: ``GET /v0/kyc/documents/required``."""
        from . import get_kyc_required_docs as endpoint

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
        """Get a KYC document image: ``GET /v0/kyc/documents/{image_id}``."""
        from . import get_kyc_document_image as endpoint

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
        """Submit KYC application for review: ``POST /v0/kyc/submit``."""
        from . import submit_kyc_for_review as endpoint

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
        """Start identity verification from the CLI: ``POST /v0/kyc/sessions``."""
        from . import mint_kyc_session as endpoint

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
        """Redeem a verification session ticket: ``POST /v0/kyc/sessions/redemption``."""
        from . import redeem_kyc_session as endpoint

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
