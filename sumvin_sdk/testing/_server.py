"""The fake Sumvin API as a real HTTP server on loopback: every method (HEAD and OPTIONS too), its own CLI
verification page, and never a dropped connection unless a test injected one."""

from __future__ import annotations

import contextlib
import errno
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

from sumvin_sdk.testing._call import problem
from sumvin_sdk.testing._fake import FakeSumvin

MAX_BODY = 16 * 1024 * 1024
#: How much a held connection reads at a time (and drops) while it waits for the client to give up.
HOLD_READ = 65536


class PortInUseError(OSError):
    """The port asked for is taken."""


class _Handler(BaseHTTPRequestHandler):
    fake: FakeSumvin
    server: _Server
    protocol_version = "HTTP/1.1"
    # Headers and body go out as two writes: without TCP_NODELAY, Nagle's algorithm holds the body back until
    # the client's delayed ACK (some 40 ms on loopback) on every answer of a kept-alive connection.
    disable_nagle_algorithm = True

    def _serve(self) -> None:
        response = self._answer()
        if response is None:
            self.close_connection = True  # a dropped connection or a timeout: answer nothing
            return
        payload = b"" if self.command == "HEAD" else response.content
        self.send_response(response.status_code)
        for name, value in response.headers.items():
            if name.lower() not in ("content-length", "connection", "date", "server", "transfer-encoding"):
                self.send_header(name, value)
        self.send_header("content-length", str(len(response.content)))
        self.end_headers()
        self.wfile.write(payload)

    def _answer(self) -> httpx.Response | None:
        path = self.path if self.path.startswith("/") else "/"
        try:
            length: int | None = int(self.headers.get("content-length") or 0)
        except ValueError:
            length = None
        if length is None or not 0 <= length <= MAX_BODY:
            self.close_connection = True  # the rest of the stream cannot be framed
            return problem(400, "GEN-400-001", "Bad Request", "an unreadable Content-Length", "/")
        body = self.rfile.read(length)
        try:
            request = httpx.Request(
                self.command, f"http://{self._host()}{path}", headers=list(self.headers.items()), content=body
            )
        except Exception:  # a request httpx cannot even represent: the client's fault
            return problem(400, "GEN-400-001", "Bad Request", "an unreadable request line or header", "/")
        try:
            return self.fake.handle(request)
        except httpx.TimeoutException:
            self._hold()
            return None
        except httpx.TransportError:
            return None

    def _host(self) -> str:
        return f"127.0.0.1:{self.server.server_port}"

    def _hold(self) -> None:
        """An injected timeout: answer nothing, reading (and dropping) what comes, until the client gives up or
        the server stops (``FakeServer.stop`` shuts held connections down)."""
        if not self.server.hold(self.connection):
            return
        try:
            while self.connection.recv(HOLD_READ):
                pass
        except OSError:
            pass
        finally:
            self.server.release(self.connection)

    def __getattr__(self, name: str) -> Any:
        """Every method (``do_GET``, ``do_QUERY``, ``do_TRACE`` …) goes to the fake, which answers 405 for the
        ones the contract does not document at the path."""
        if name.startswith("do_"):
            return self._serve
        raise AttributeError(name)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the fake records requests in ``fake.calls()``."""


class _Server(ThreadingHTTPServer):
    request_queue_size = 1024  # many clients at once: the default backlog of 5 would refuse them

    def __init__(self, address: tuple[str, int], handler: type[_Handler]) -> None:
        super().__init__(address, handler)
        self._changed = threading.Condition()
        self._held: set[socket.socket] = set()
        self._stopping = False

    def hold(self, connection: socket.socket) -> bool:
        """Keep ``connection`` among the held ones until ``release``; false (and not kept) once stopping."""
        with self._changed:
            if self._stopping:
                return False
            self._held.add(connection)
            self._changed.notify_all()
            return True

    def release(self, connection: socket.socket) -> None:
        """Forget a held connection."""
        with self._changed:
            self._held.discard(connection)
            self._changed.notify_all()

    def held(self) -> int:
        """How many connections are held now."""
        with self._changed:
            return len(self._held)

    def wait_held(self, count: int, timeout: float) -> bool:
        """Wait until at least ``count`` connections are held (at most ``timeout`` seconds); whether they are."""
        with self._changed:
            return self._changed.wait_for(lambda: len(self._held) >= count, timeout)

    def stop_holding(self) -> None:
        """Refuse new holds and end every held connection (its reads see the end of the stream)."""
        with self._changed:
            self._stopping = True
            held = list(self._held)
        for connection in held:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)


class FakeServer:
    """``FakeSumvin`` served on ``127.0.0.1``; a context manager that starts and stops it.

    A port already in use raises ``PortInUseError`` with a one-line message."""

    def __init__(self, fake: FakeSumvin | None = None, *, port: int = 0) -> None:
        self.fake = fake or FakeSumvin()
        handler = type("Handler", (_Handler,), {"fake": self.fake})
        try:
            self._server = _Server(("127.0.0.1", port), handler)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise PortInUseError(exc.errno, f"port {port} on 127.0.0.1 is already in use") from None
            raise
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base_url(self) -> str:
        """Where the fake listens: ``http://127.0.0.1:<port>``."""
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def held(self) -> int:
        """How many connections an injected timeout (``inject(..., timeout=True)``) is holding unanswered now."""
        return self._server.held()

    def wait_held(self, count: int = 1, *, timeout: float = 10.0) -> bool:
        """Wait until injected timeouts hold at least ``count`` connections, for at most ``timeout`` seconds;
        whether they do (a test of a client's timeout can then act, knowing the request is being held)."""
        return self._server.wait_held(count, timeout)

    def start(self) -> FakeServer:
        """Start serving in a background thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self._server.stop_holding()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
