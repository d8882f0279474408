"""Endpoint functions tagged `webhooks`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("post", "/v0/webhooks/kyc/sumsub/events"): "handle_sumsub_webhook",
    ("post", "/v0/webhooks/meld/events"): "handle_meld_webhook",
    ("post", "/v0/webhooks/alchemy"): "handle_alchemy_webhook",
    ("post", "/v0/webhooks/card-issuer/tokenize"): "handle_card_issuer_webhook",
    ("post", "/v0/webhooks/para"): "receive_para_webhook_event",
    ("post", "/v0/webhooks/para/wallet-claimed"): "handle_para_wallet_claimed_webhook",
}
