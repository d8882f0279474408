"""What every problem the fake sends must be, whatever sent it: RFC 7807 members consistent with the answer."""

from __future__ import annotations

import re

import httpx

from sumvin_sdk.testing._call import ERROR_TYPE


def problem_of(answer: httpx.Response) -> tuple[int, str, str]:
    """``(status, error code, detail)`` of ``answer``, once it is checked to be a whole problem: JSON, its
    ``status`` the answer's, its ``title`` the status's reason phrase, its ``type`` naming its code, its
    ``instance`` the path asked for, and a trace id of 8 random bytes in hex."""
    body = answer.json()
    assert answer.headers["content-type"] == "application/json"
    assert body["status"] == answer.status_code
    assert body["title"] == httpx.codes.get_reason_phrase(answer.status_code)
    assert body["type"] == ERROR_TYPE + body["error_code"]
    assert body["instance"] == answer.request.url.path
    assert re.fullmatch(r"[0-9a-f]{16}", body["trace_id"])
    return answer.status_code, body["error_code"], body["detail"]
