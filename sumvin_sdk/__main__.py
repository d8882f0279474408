"""``python -m sumvin_sdk``: a smoke run of the SDK against a stub of the API on loopback.

It starts a tiny HTTP server on 127.0.0.1 that answers ``GET /v0/user/me`` (``getUserAccount``) the
way the API does, calls the operation through ``Sumvin``, and prints the typed result. It exits 0 only
if the request carried the credential header and the answer parsed into its model.
"""

from __future__ import annotations

import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from sumvin_sdk import Sumvin, SumvinError
from sumvin_sdk._generated.models import GetUserResponse

USER: dict[str, Any] = {
    "user": {
        "id": "usr_01",
        "username": "ada",
        "first_name": "Ada",
        "last_names": "Lovelace",
        "auth_provider": "dynamic",
        "auth_provider_id": "dyn_42",
        "primary_eoa_address": None,
        "primary_smart_wallet_address": None,
        "safe_creation_status": "not_started",
        "email": "ada@example.com",
        "phone": None,
        "created_at": 1704067200000,
        "updated_at": 1704067200000,
        "deleted_at": None,
    },
    "_links": {"self": {"href": "/v0/user/me", "method": "GET"}},
}
DEMO_JWT = "smoke-run-jwt"  # not a secret: the stub accepts only this value


class _Stub(BaseHTTPRequestHandler):
    accepted_jwt = DEMO_JWT

    def do_GET(self) -> None:
        if self.path.split("?")[0] != "/v0/user/me":
            self._send(404, {"title": "Not Found", "status": 404, "error_code": "SMOKE-404-001"})
        elif self.headers.get("x-juno-jwt") != self.accepted_jwt:
            self._send(401, {"title": "Unauthorized", "status": 401, "error_code": "USR-401-001"})
        else:
            self._send(200, USER)

    def _send(self, status: int, body: dict[str, Any]) -> None:
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the smoke run's output to what it checks."""


def main() -> int:
    """Run the smoke check; return the exit status."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Stub)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    base_url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with Sumvin(base_url=base_url, jwt=DEMO_JWT, max_retries=0) as client:
            response = client.with_raw_response.user.get_user_account()
    except SumvinError as error:
        print(f"FAILED: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    finally:
        server.shutdown()
        server.server_close()
    me = response.parsed
    print(f"stub API at {base_url}")
    print(f"GET /v0/user/me -> {response.status_code}")
    if not isinstance(me, GetUserResponse):
        print(f"FAILED: expected a GetUserResponse, got {type(me).__name__}", file=sys.stderr)
        return 1
    print(f"typed result: {type(me).__name__}(user.username={me.user.username!r}, created_at={me.user.created_at})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
