"""KYC: the caller's verification in the statuses the contract lists, ``pending`` (never started), then
``in_progress`` once submitted, then ``approved`` or ``rejected`` (final), or ``retry`` (submit again).

``fake.seed.user(..., kyc="approved")`` sets a status, ``fake.seed.kyc(user, (0, "in_progress"), (30,
"approved"))`` scripts the review on the fake's clock; ``submitKycForReview`` moves ``pending`` and ``retry`` to
``in_progress`` and refuses (409) a verification under review or decided.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import httpx

from sumvin_sdk.testing._call import Call, Handler
from sumvin_sdk.testing._handlers.users import caller
from sumvin_sdk.testing._state import User

JSON = dict[str, Any]
SUBMITTABLE = frozenset({"pending", "retry"})
REFUSED = frozenset({"retry", "rejected"})


def _verification(call: Call, members: Callable[[User, str], JSON]) -> httpx.Response:
    """The caller's verification as it stands now, with ``members(user, status)`` added. Bound to its members per
    operation with ``partial`` in ``HANDLERS``, so each call runs this function itself, not a closure built once at
    import."""
    user = caller(call)
    if isinstance(user, httpx.Response):
        return user
    status = user.kyc.at(call.now)
    body = call.fake.defaults.body(call.operation_id) | {
        "status": status,
        "verified_at": user.kyc.changed_at if status == "approved" else None,
        "rejected_at": user.kyc.changed_at if status == "rejected" else None,
    }
    return call.respond(200, body | members(user, status))


def _status(user: User, status: str) -> JSON:
    return {
        "applicant_id": None if user.kyc.submitted_at is None else f"app_{user.id}",
        "reject_reason": user.kyc.reject_reason if status in REFUSED else None,
    }


def _details(user: User, status: str) -> JSON:
    message = user.kyc.reject_reason or "the verification was not accepted"
    return {
        "started_at": user.kyc.submitted_at,
        "verification_complete": status in ("approved", "rejected"),
        "verification_passed": status == "approved",
        "rejection": {"can_retry": status == "retry", "message": message} if status in REFUSED else None,
    }


def submit_kyc_for_review(call: Call) -> httpx.Response:
    user = caller(call)
    if isinstance(user, httpx.Response):
        return user
    kyc = user.kyc
    status = kyc.at(call.now)
    if status not in SUBMITTABLE:
        detail = "already under review" if status == "in_progress" else f"already decided ({status})"
        return call.problem(409, None, f"this verification is {detail}")
    now = int(call.now * 1000)
    kyc.status, kyc.changed_at, kyc.submitted_at, kyc.reject_reason = "in_progress", now, now, None
    body = call.fake.defaults.body(call.operation_id) | {"status": "in_progress", "applicant_id": f"app_{user.id}"}
    return call.respond(200, body)


HANDLERS: dict[str, Handler] = {
    "getKycStatus": partial(_verification, members=_status),
    "getKycDetails": partial(_verification, members=_details),
    "submitKycForReview": submit_kyc_for_review,
}
