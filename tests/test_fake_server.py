"""The fake as a loopback server, seen on the wire: each header once, HEAD without a body, a Content-Length it
cannot read refused and the connection closed, a request for another origin answered as the fake's own, an
injected timeout or drop answering nothing, a taken port one clear error, and stopping closing the socket.

Requests go out on raw sockets so what the server writes can be read byte for byte; every socket has a bound
(``BOUND`` seconds) so a server that wrongly waits fails the test instead of hanging it."""

from __future__ import annotations

import errno
import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from sumvin_sdk.testing import FakeServer, FakeSumvin
from sumvin_sdk.testing import _server as server_module
from sumvin_sdk.testing._server import MAX_BODY, PortInUseError

BOUND = 10.0


@pytest.fixture
def server() -> Iterator[FakeServer]:
    with FakeServer() as running:
        yield running


def port(server: FakeServer) -> int:
    return int(server.base_url.rsplit(":", 1)[1])


def connect(server: FakeServer) -> socket.socket:
    return socket.create_connection(("127.0.0.1", port(server)), timeout=BOUND)


def read_response(sock: socket.socket) -> tuple[int, list[tuple[str, str]], bytes]:
    """One response off ``sock``: status, headers in order (names lower-cased), and the body its
    Content-Length announces (none for a HEAD: pass ``head=True`` to :func:`exchange`)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError(f"closed before a whole head: {data!r}")
        data += chunk
    head, rest = data.split(b"\r\n\r\n", 1)
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = [(name.strip().lower(), value.strip()) for name, value in (line.split(":", 1) for line in lines)]
    return int(status_line.split()[1]), headers, rest


def exchange(sock: socket.socket, raw: bytes, *, head: bool = False) -> tuple[int, dict[str, list[str]], bytes]:
    """Send ``raw`` (if any), read one response: status, each header's values, body."""
    if raw:
        sock.sendall(raw)
    status, headers, body = read_response(sock)
    values: dict[str, list[str]] = {}
    for name, value in headers:
        values.setdefault(name, []).append(value)
    length = 0 if head else int(values["content-length"][0])
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return status, values, body


def closed_by_server(sock: socket.socket) -> bool:
    """Whether the server closed the connection (end of stream, with nothing more written)."""
    try:
        return sock.recv(1) == b""
    except ConnectionResetError:
        return True


def request(method: str, path: str, *headers: str, body: bytes = b"") -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: fake", *headers]
    return "\r\n".join(lines).encode("latin-1") + b"\r\n\r\n" + body


def problem_detail(body: bytes) -> tuple[str, str]:
    """The code and detail of a 400 the server itself sent for a request it could not read (instance ``/``)."""
    answer: dict[str, Any] = json.loads(body)
    assert (answer["status"], answer["title"], answer["instance"]) == (400, "Bad Request", "/")
    assert answer["type"] == "https://api.sumvin.com/errors/" + answer["error_code"]
    return answer["error_code"], answer["detail"]


def test_every_header_goes_out_once_with_the_bodys_true_length(server: FakeServer) -> None:
    with connect(server) as sock:
        status, headers, body = exchange(sock, request("GET", "/health"))
    assert status == 200 and json.loads(body)
    for name in ("content-length", "date", "server"):
        assert len(headers[name]) == 1, (name, headers[name])
    assert "transfer-encoding" not in headers and "connection" not in headers
    assert headers["content-length"] == [str(len(body))]


def test_a_head_answer_has_the_get_answers_headers_and_no_body_and_the_connection_goes_on(server: FakeServer) -> None:
    with connect(server) as sock:
        _, got, body = exchange(sock, request("GET", "/health"))
        status, headed, nothing = exchange(sock, request("HEAD", "/health"), head=True)
        assert (status, nothing, headed["content-length"]) == (200, b"", [str(len(body))])
        assert headed["content-type"] == got["content-type"]
        again, _, same = exchange(sock, request("GET", "/health"))
    assert (again, same) == (200, body)


def test_an_empty_body_is_read_as_empty(server: FakeServer) -> None:
    with connect(server) as sock:
        status, _, body = exchange(sock, request("POST", "/v0/cli/device-codes", "Content-Length: 0"))
        assert status == 201 and json.loads(body)["device_code"]
        status, _, _ = exchange(sock, request("POST", "/v0/cli/device-codes", "Content-Length: 2", body=b"{}"))
    assert status == 201


@pytest.mark.parametrize("length", ["-1", "abc", "1.5", "0x10", "1 2", str(MAX_BODY + 1), "9" * 40])
def test_a_content_length_it_cannot_read_is_refused_and_the_connection_closed(server: FakeServer, length: str) -> None:
    with connect(server) as sock:
        sock.sendall(request("POST", "/v0/cli/device-codes", f"Content-Length: {length}"))
        sock.shutdown(socket.SHUT_WR)  # a server that reads on waits for nothing: it sees the end at once
        status, _, body = exchange(sock, b"")
        assert status == 400
        assert problem_detail(body) == ("GEN-400-001", "an unreadable Content-Length")
        assert closed_by_server(sock)
    assert server.fake.requests == []


@pytest.mark.parametrize("length", ["-1", "abc"])
def test_after_an_unreadable_content_length_the_server_closes_the_connection_itself(
    server: FakeServer, length: str
) -> None:
    with connect(server) as sock:
        status, _, _ = exchange(sock, request("POST", "/v0/cli/device-codes", f"Content-Length: {length}"))
        assert status == 400
        assert closed_by_server(sock), "the client still has its side open: the server ended the stream"


def test_a_body_of_the_largest_size_is_read_and_answered(server: FakeServer) -> None:
    body = b"{" + b" " * (MAX_BODY - 2) + b"}"
    with connect(server) as sock:
        status, _, _ = exchange(sock, request("POST", "/v0/cli/device-codes", f"Content-Length: {MAX_BODY}", body=body))
    assert status == 201
    assert len(server.fake.requests[-1].content) == MAX_BODY == 16 * 1024 * 1024


@pytest.mark.parametrize("target", ["http://evil.example/health", "evil.example:443", "*", "health"])
def test_a_request_target_that_is_not_a_path_is_answered_as_the_fakes_root(server: FakeServer, target: str) -> None:
    with connect(server) as sock:
        status, _, _ = exchange(sock, request("GET", target))
    seen = server.fake.requests[-1].url
    assert (seen.scheme, seen.host, seen.port, seen.path) == ("http", "127.0.0.1", port(server), "/")
    assert status == 404


def test_each_request_is_addressed_to_the_server_itself(server: FakeServer) -> None:
    with connect(server) as sock:
        exchange(sock, request("GET", "/health?x=1"))
    assert str(server.fake.requests[-1].url) == f"{server.base_url}/health?x=1"


@pytest.mark.parametrize("header", ["X-Name: caf\xe9", "X-Name: \xff\xfe"])
def test_a_header_httpx_cannot_hold_is_a_400_not_a_dropped_connection(server: FakeServer, header: str) -> None:
    with connect(server) as sock:
        status, _, body = exchange(sock, request("GET", "/health", header))
        assert (status, problem_detail(body)) == (400, ("GEN-400-001", "an unreadable request line or header"))
        status, _, _ = exchange(sock, request("GET", "/health"))
    assert status == 200


def test_headers_that_frame_the_answer_are_the_servers_own_whatever_a_reply_says(server: FakeServer) -> None:
    framing = {"date": "yesterday", "server": "evil/1.0", "connection": "close", "transfer-encoding": "chunked"}
    server.fake.reply("getCliConfig", 200, {"ok": True}, headers=framing | {"x-kept": "yes"}, times=2)
    with connect(server) as sock:
        for _ in range(2):  # the connection stays usable: nothing the reply said broke its framing
            status, headers, body = exchange(sock, request("GET", "/v0/cli/config"))
            assert (status, json.loads(body), headers["x-kept"]) == (200, {"ok": True}, ["yes"])
            assert "transfer-encoding" not in headers and "connection" not in headers
            assert len(headers["date"]) == 1 and headers["date"] != ["yesterday"]
            assert len(headers["server"]) == 1 and headers["server"] != ["evil/1.0"]


def test_two_servers_each_get_a_free_port_of_their_own() -> None:
    with FakeServer() as first, FakeServer() as second:
        assert first.base_url != second.base_url
        assert port(first) > 1023 and port(second) > 1023


def test_a_server_left_running_never_keeps_the_interpreter_alive() -> None:
    script = """
import socket, threading
from sumvin_sdk.testing import FakeServer
server = FakeServer().start()
held = threading.Event()
server.fake.inject("getCliConfig", timeout=True, when=lambda call: held.set() or True)
sock = socket.create_connection(("127.0.0.1", int(server.base_url.rsplit(":", 1)[1])))
sock.sendall(b"GET /v0/cli/config HTTP/1.1\\r\\nHost: fake\\r\\n\\r\\n")
assert held.wait(30)
print("held", flush=True)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=30, check=False)
    assert (done.returncode, done.stdout, done.stderr) == (0, "held\n", "")
    with FakeServer() as server:  # what that rests on, seen in this process too
        assert server._thread.daemon and server._server.daemon_threads


def test_a_held_connection_reads_and_drops_what_the_client_sends_and_answers_nothing(
    server: FakeServer, capfd: pytest.CaptureFixture[str]
) -> None:
    server.fake.inject("getCliConfig", timeout=True)
    assert server.held == 0
    with connect(server) as sock:
        sock.sendall(request("GET", "/v0/cli/config"))
        assert server.wait_held() and server.held == 1, "one held, the default count waited for"
        sock.sendall(request("GET", "/health") * 3)
        sock.shutdown(socket.SHUT_WR)
        assert closed_by_server(sock)
    assert server.held == 0, "released once the client gave up"
    assert [r.url.path for r in server.fake.requests] == ["/v0/cli/config"]
    assert capfd.readouterr().err == "", "no handler failed"


def test_an_injected_timeout_answers_nothing_until_the_client_gives_up(server: FakeServer) -> None:
    server.fake.inject("getUserAccount", timeout=True)
    with connect(server) as sock:
        sock.sendall(request("GET", "/v0/user/me", f"x-juno-jwt: {server.fake.jwt()}"))
        sock.shutdown(socket.SHUT_WR)
        assert closed_by_server(sock)
    assert server.held == 0


def test_stopping_the_server_ends_a_held_timeout_and_closes_the_socket() -> None:
    server = FakeServer().start()
    server.fake.inject("getUserAccount", timeout=True, times=2)
    with connect(server) as first, connect(server) as second:
        for sock in (first, second):
            sock.sendall(request("GET", "/v0/user/me", f"x-juno-jwt: {server.fake.jwt()}"))
        assert server.wait_held(2, timeout=BOUND)
        server.stop()
        assert closed_by_server(first) and closed_by_server(second)
    with pytest.raises(ConnectionRefusedError):
        connect(server).close()


def test_once_stopping_a_new_timeout_is_not_held_but_closed(server: FakeServer) -> None:
    server._server.stop_holding()
    server.fake.inject("getUserAccount", timeout=True)
    with connect(server) as sock:
        sock.sendall(request("GET", "/v0/user/me", f"x-juno-jwt: {server.fake.jwt()}"))
        assert closed_by_server(sock)
    assert server.held == 0


def test_stopping_survives_a_held_connection_that_is_already_gone() -> None:
    server = FakeServer().start()
    gone = socket.socket()
    gone.close()
    assert server._server.hold(gone)
    server.stop()  # shutting the dead socket down fails; the stop goes on
    with pytest.raises(ConnectionRefusedError):
        connect(server).close()


def test_waiting_for_holds_that_never_come_says_so() -> None:
    with FakeServer() as server:
        assert not server.wait_held(1, timeout=0)


def test_an_injected_drop_closes_the_connection_unanswered(server: FakeServer) -> None:
    server.fake.inject("getUserAccount", drop=True)
    with connect(server) as sock:
        sock.sendall(request("GET", "/v0/user/me", f"x-juno-jwt: {server.fake.jwt()}"))
        assert closed_by_server(sock)


def test_a_taken_port_is_a_port_in_use_error_saying_which(server: FakeServer) -> None:
    taken = port(server)
    with pytest.raises(PortInUseError) as caught:
        FakeServer(port=taken)
    assert (caught.value.errno, caught.value.strerror) == (
        errno.EADDRINUSE,
        f"port {taken} on 127.0.0.1 is already in use",
    )
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_any_other_failure_to_listen_is_raised_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    refused = OSError(errno.EACCES, "permission denied")

    def refuse(*args: object) -> None:
        raise refused

    monkeypatch.setattr(server_module, "_Server", refuse)
    with pytest.raises(OSError) as caught:
        FakeServer(port=80)
    assert caught.value is refused


def test_a_server_serves_the_fake_it_is_given_and_its_base_url_is_its_port() -> None:
    fake = FakeSumvin()
    server = FakeServer(fake)
    assert server.fake is fake and server.start() is server
    try:
        assert server.base_url == f"http://127.0.0.1:{server._server.server_address[1]}"
        with connect(server) as sock:
            exchange(sock, request("GET", "/health"))
        assert len(fake.requests) == 1
    finally:
        server.stop()


def test_only_request_methods_go_to_the_fake() -> None:
    handler = object.__new__(server_module._Handler)
    assert handler.do_BREW == handler._serve
    with pytest.raises(AttributeError, match=r"^nope$"):
        handler.nope  # noqa: B018
