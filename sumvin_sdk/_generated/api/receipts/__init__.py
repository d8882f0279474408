"""Endpoint functions tagged `receipts`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/transactions/{external_id}/receipt"): "download_receipt",
    ("put", "/v0/transactions/{external_id}/receipt"): "upload_receipt",
    ("delete", "/v0/transactions/{external_id}/receipt"): "delete_receipt",
}
