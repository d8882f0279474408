"""Endpoint functions tagged `kyc`, one module per operation."""

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
