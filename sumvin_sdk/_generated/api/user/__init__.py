"""Endpoint functions tagged `user`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("post", "/v0/user/"): "create_user_account",
    ("get", "/v0/user/me"): "get_user_account",
    ("put", "/v0/user/me/phone"): "update_phone",
    ("put", "/v0/user/me/phone/code"): "verify_phone",
    ("patch", "/v0/user/me/username"): "update_username",
    ("put", "/v0/user/me/profile-picture"): "upload_user_profile_picture",
    ("delete", "/v0/user/me/profile-picture"): "delete_user_profile_picture",
    ("get", "/v0/user/me/onboarding/steps"): "get_onboarding_steps",
    ("post", "/v0/user/me/onboarding/steps"): "submit_onboarding_step",
    ("get", "/v0/user/me/onboarding/events"): "get_onboarding_events",
    ("get", "/v0/user/me/onboarding/safe"): "get_onboarding_safe",
    ("post", "/v0/user/me/onboarding/safe"): "submit_onboarding_safe",
    ("get", "/v0/user/me/assets"): "get_user_assets",
    ("get", "/v0/user/me/cta"): "get_user_ctas",
    ("get", "/v0/user/me/mandate-key"): "get_user_mandate_key",
    ("put", "/v0/user/me/mandate-key/wallet"): "put_mandate_key_wallet",
    ("get", "/v0/user/me/mandate-key/share"): "get_mandate_key_share",
}
