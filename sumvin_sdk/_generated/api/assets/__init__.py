"""Endpoint functions tagged `assets`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/assets/"): "list_assets",
    ("get", "/v0/assets/{symbol}"): "get_asset",
    ("get", "/v0/assets/{symbol}/price"): "get_asset_price",
}
