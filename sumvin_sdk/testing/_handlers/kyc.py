"""KYC: the caller's verification status (``fake.seed.user(..., kyc="approved")``), and submitting for review."""

from __future__ import annotations

import httpx

from sumvin_sdk.testing._call import Call, Handler
from sumvin_sdk.testing._handlers.users import caller


def get_kyc_status(call: Call) -> httpx.Response:
    user = caller(call)
    if isinstance(user, httpx.Response):
        return user
    body = call.fake.defaults.body(call.operation_id)
    approved = user.kyc_status == "approved"
    body |= {
        "status": user.kyc_status,
        "applicant_id": f"app_{user.id}" if user.kyc_status != "not_started" else None,
        "verified_at": user.created_at if approved else None,
        "rejected_at": None,
        "reject_reason": None,
    }
    return call.respond(200, body)


def submit_kyc_for_review(call: Call) -> httpx.Response:
    user = caller(call)
    if isinstance(user, httpx.Response):
        return user
    if user.kyc_status in ("not_started", "rejected"):
        user.kyc_status = "pending"
    return call.default()


HANDLERS: dict[str, Handler] = {"getKycStatus": get_kyc_status, "submitKycForReview": submit_kyc_for_review}
