"""The fake Sumvin API as a real HTTP server on loopback."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

from sumvin_sdk.testing._fake import FakeSumvin


class _Handler(BaseHTTPRequestHandler):
    fake: FakeSumvin
    protocol_version = "HTTP/1.1"

    def _serve(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        host = self.headers.get("host", "127.0.0.1")
        request = httpx.Request(self.command, f"http://{host}{self.path}", headers=dict(self.headers), content=body)
        try:
            response = self.fake.handle(request)
        except httpx.TransportError:
            self.close_connection = True  # a dropped connection: answer nothing
            return
        payload = response.content
        self.send_response(response.status_code)
        for name, value in response.headers.items():
            if name.lower() not in ("content-length", "connection", "date", "server"):
                self.send_header(name, value)
        self.send_header("content-length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the fake records requests in ``fake.requests``."""


class _Server(ThreadingHTTPServer):
    request_queue_size = 1024  # many clients at once: the default backlog of 5 would refuse them


class FakeServer:
    """``FakeSumvin`` served on ``127.0.0.1``; a context manager that starts and stops it."""

    def __init__(self, fake: FakeSumvin | None = None, *, port: int = 0) -> None:
        self.fake = fake or FakeSumvin()
        handler = type("Handler", (_Handler,), {"fake": self.fake})
        self._server = _Server(("127.0.0.1", port), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base_url(self) -> str:
        """Where the fake listens: ``http://127.0.0.1:<port>``."""
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> FakeServer:
        """Start serving in a background thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
