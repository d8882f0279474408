"""Bodies of any depth or size, and calls of any length, end in the SDK's typed errors within their bounds.

Depth: a body nested thousands of levels deep, on a success or an error status, is a typed error, never a
``RecursionError``. Size: past ``max_response_bytes`` (after decompression) reading stops, and the reads
are counted to show it stopped early. Time: ``deadline`` bounds the whole call, every attempt and retry
wait included, on an injected clock.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sumvin_sdk import AsyncSumvin, RetryPolicy, Sumvin
from sumvin_sdk._client import DEFAULT_DEADLINE, DEFAULT_MAX_RESPONSE_BYTES
from sumvin_sdk._depth import too_deep
from sumvin_sdk.errors import (
    APIStatusError,
    APITimeoutError,
    InternalServerError,
    ResponseEncodingError,
    ResponseTooLargeError,
    ResponseValidationError,
    SumvinError,
)
from tests.test_client import USER

BASE = "https://sumvin.test"


def nested(depth: int, shape: str) -> bytes:
    if shape == "list":
        return b"[" * depth + b"]" * depth
    if shape == "object":
        return b'{"a":' * depth + b"1" + b"}" * depth
    if shape == "problem":
        inner = b'{"a":' * depth + b"1" + b"}" * depth
        return b'{"type":"t","title":"Deep","status":400,"error_code":"X-400","extra":' + inner + b"}"
    raise AssertionError(shape)


DEPTHS = [501, 1_000, 3_000, 100_000]
SHAPES = ["list", "object", "problem"]
STATUSES = [200, 400, 404, 422, 500]
DEEP_CASES = [(d, s, st) for d in DEPTHS for s in SHAPES for st in STATUSES]


@pytest.mark.parametrize(("depth", "shape", "status"), DEEP_CASES)
def test_a_deeply_nested_body_parses_or_is_a_typed_error(depth: int, shape: str, status: int) -> None:
    answer = httpx.Response(status, content=nested(depth, shape), headers={"content-type": "application/json"})
    with Sumvin(base_url=BASE, jwt="j", transport=httpx.MockTransport(lambda r: answer), max_retries=0) as client:
        with pytest.raises(SumvinError) as caught:
            client.user.get_user_account()  # no nesting is a user: refused either way
        error = caught.value
        assert isinstance(error, APIStatusError if status >= 400 else ResponseValidationError)
        assert not isinstance(error, APIStatusError) or error.status_code == status
        try:  # plain JSON: deep but decodable within the interpreter's recursion limit is fine
            client.follow({"href": "/v0/user/me"}, model=dict)
        except SumvinError as error:
            assert not isinstance(error, APIStatusError) or error.status_code == status
        else:
            assert status < 400


def test_the_depth_guard_counts_only_real_nesting() -> None:
    assert not too_deep(b"[" * 500 + b"]" * 500) and too_deep(b"[" * 501 + b"]" * 501)
    assert not too_deep(b'{"a": "' + b"[" * 10_000 + b'"}')  # brackets in a string are text
    assert not too_deep(b'["\\"' + b", []" * 10_000 + b"]")  # an escaped backslash ends the string
    assert not too_deep(b"\x89PNG" + b"[" * 10_000)  # not JSON at all
    assert too_deep(b'  {"a": ' * 600 + b"1" + b"}" * 600)


def depth_of(value: Any) -> int:
    """How many brackets ``json.dumps(value)`` has open at its deepest point."""
    if isinstance(value, list):
        return 1 + max(map(depth_of, value), default=0)
    if isinstance(value, dict):
        return 1 + max(map(depth_of, value.values()), default=0)
    return 0


BRACKETY = st.text(st.sampled_from('[]{}"\\\\ab'), max_size=6)  # strings of brackets, quotes and backslashes
DOCUMENTS = st.recursive(
    st.none() | st.integers() | BRACKETY,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(BRACKETY, inner, max_size=3),
    max_leaves=40,
)


def deepen(value: Any, levels: int, wide: bool) -> Any:
    for index in range(levels):
        value = [value, "]"] if wide and index % 2 else {"}": value}
    return value


@settings(max_examples=300, deadline=None)
@given(DOCUMENTS, st.integers(0, 40), st.booleans(), st.integers(0, 12), st.booleans(), st.booleans())
def test_the_depth_guard_measures_any_json_exactly(
    value: Any, levels: int, wide: bool, limit: int, ascii: bool, spaced: bool
) -> None:
    value = deepen(value, levels, wide)
    content = json.dumps(value, ensure_ascii=ascii, indent=1 if spaced else None).encode()
    assert too_deep(content, limit) == (depth_of(value) > limit)


def open_brackets(start: bytes) -> int:
    """The most brackets a decoder has open while it reads ``start``, the beginning of a valid JSON text."""
    in_string = escaped = False
    depth = deepest = 0
    for byte in start:
        if in_string:
            escaped, in_string = (False, True) if escaped else (byte == ord("\\"), byte != ord('"'))
        elif byte == ord('"'):
            in_string = True
        elif byte in b"[{":
            depth += 1
            deepest = max(deepest, depth)
        elif byte in b"]}":
            depth -= 1
    return deepest


@settings(max_examples=300, deadline=None)
@given(DOCUMENTS, st.integers(0, 40), st.booleans(), st.integers(0, 12), st.binary(max_size=20), st.data())
def test_no_tail_hides_the_depth_of_the_json_a_decoder_reads_first(
    value: Any, levels: int, wide: bool, limit: int, tail: bytes, data: st.DataObject
) -> None:
    """A decoder reads the valid start of a body before any error: nothing after it can hide its depth."""
    content = json.dumps(deepen(value, levels, wide)).encode()
    start = content[: data.draw(st.integers(0, len(content)), label="cut")]
    if open_brackets(start) > limit:
        assert too_deep(start + tail, limit)


def test_nesting_within_the_guard_still_parses_as_plain_json() -> None:
    answer = httpx.Response(200, content=nested(400, "list"))
    with Sumvin(base_url=BASE, jwt="j", transport=httpx.MockTransport(lambda r: answer)) as client:
        value: Any = client.follow({"href": "/v0/user/me"}, model=dict)
    for _ in range(399):
        value = value[0]
    assert value == []


# -- size ---------------------------------------------------------------------------------------------------------


class Source:
    """A body produced a chunk at a time, counting the chunks the client pulled."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self.chunks, self.pulled = chunks, 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.pulled += 1
            yield chunk


class AsyncSource:
    """A ``Source`` an async transport reads."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self.chunks, self.pulled = chunks, 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            self.pulled += 1
            yield chunk


def gzip_bomb(total: int, chunk: int = 1 << 20) -> Iterator[bytes]:
    """``total`` zero bytes, gzip-compressed on the fly (about 1,000:1), in compressed chunks."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    zeros = bytes(chunk)
    for _ in range(total // chunk):
        if out := compressor.compress(zeros):
            yield out
    yield compressor.flush()


def endless(chunk: int = 1 << 16) -> Iterator[bytes]:
    block = b"x" * chunk
    while True:
        yield block


LIMIT = 1 << 20


def client_for(source: Source, headers: dict[str, str] | None = None, **options: Any) -> Sumvin:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=source, headers=headers or {})

    return Sumvin(base_url=BASE, jwt="j", transport=httpx.MockTransport(answer), max_response_bytes=LIMIT, **options)


def test_a_gzip_bomb_is_refused_after_reading_a_bounded_part_of_it() -> None:
    source = Source(gzip_bomb(1 << 30))  # 1 GiB of zeros in about 1 MiB of gzip
    with client_for(source, {"content-encoding": "gzip"}) as client, pytest.raises(ResponseTooLargeError) as caught:
        client.user.get_user_account()
    assert caught.value.limit == LIMIT and "max_response_bytes" in str(caught.value)
    assert source.pulled <= 3, "reading stopped within the first compressed chunks"


def test_an_endless_chunked_stream_is_refused_at_the_limit() -> None:
    source = Source(endless())
    with client_for(source) as client, pytest.raises(ResponseTooLargeError):
        client.user.get_user_account()
    assert source.pulled == LIMIT // (1 << 16) + 1


def test_a_declared_length_past_the_limit_is_refused_before_reading() -> None:
    source = Source(endless())
    headers = {"content-length": str(LIMIT + 1)}
    with client_for(source, headers) as client, pytest.raises(ResponseTooLargeError):
        client.user.get_user_account()
    assert source.pulled == 0


@pytest.mark.parametrize("status", [200, 404, 500])
def test_the_limit_holds_on_error_statuses_too(status: int) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=Source(endless()))

    with (
        Sumvin(base_url=BASE, jwt="j", transport=httpx.MockTransport(answer), max_response_bytes=1000) as client,
        pytest.raises(ResponseTooLargeError),
    ):
        client.user.get_user_account()


@pytest.mark.parametrize(
    ("encoding", "compress"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda b: zlib.compress(b, wbits=-zlib.MAX_WBITS)),
        ("", lambda b: b),
    ],
)
def test_bodies_within_the_limit_decode_and_parse(encoding: str, compress: Any) -> None:
    import json

    body = json.dumps(USER).encode()
    chunks = [compress(body)[i : i + 7] for i in range(0, len(compress(body)), 7)]
    source = Source(iter(chunks))
    with client_for(source, {"content-encoding": encoding} if encoding else {}) as client:
        response = client.with_raw_response.user.get_user_account()
    assert response.http_response.content == body and response.parsed.to_dict() == USER


def test_exactly_the_limit_is_allowed() -> None:
    with client_for(Source(iter([b"x" * LIMIT]))) as client, pytest.raises(ResponseValidationError):
        client.user.get_user_account()  # read in full, then not JSON


def test_a_corrupt_compressed_body_is_a_typed_error() -> None:
    source = Source(iter([b"not gzip at all"]))
    with (
        client_for(source, {"content-encoding": "gzip"}) as c,
        pytest.raises(ResponseValidationError, match="decompress"),
    ):
        c.user.get_user_account()


def test_an_in_memory_body_of_exactly_the_limit_is_allowed() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"x" * 1000)  # a test transport's body, in memory already

    transport = httpx.MockTransport(answer)
    with Sumvin(base_url=BASE, jwt="j", transport=transport, max_response_bytes=1000) as client:
        with pytest.raises(ResponseValidationError):
            client.user.get_user_account()  # read in full, then not JSON
        with pytest.raises(ResponseTooLargeError):
            client.with_options(max_response_bytes=999).user.get_user_account()


def test_the_refusal_of_a_large_body_says_where_reading_stopped() -> None:
    with client_for(Source(endless())) as client, pytest.raises(ResponseTooLargeError) as caught:
        client.user.get_user_account()
    assert str(caught.value) == f"HTTP 200: the body is larger than max_response_bytes={LIMIT}; reading stopped there"


def _zeros(encoding: str, wbits: int) -> list[bytes]:
    """A body of 100 zero bytes, then 100,000 more, compressed in two chunks."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, wbits)
    first = compressor.compress(bytes(100)) + compressor.flush(zlib.Z_SYNC_FLUSH)
    return [first, compressor.compress(bytes(100_000)) + compressor.flush()]


@pytest.mark.parametrize(
    ("encoding", "wbits"),
    [("gzip", zlib.MAX_WBITS | 16), ("deflate", zlib.MAX_WBITS), ("deflate", -zlib.MAX_WBITS)],
    ids=["gzip", "zlib", "raw deflate"],
)
def test_a_compressed_body_is_inflated_no_further_than_one_byte_past_the_limit(encoding: str, wbits: int) -> None:
    """The bound holds on memory, not only on the answer: a chunk that inflates to 100 kB, first or later, is
    decoded a byte past what the limit leaves, then reading stops."""
    from sumvin_sdk._body import BodyReader

    request = httpx.Request("GET", f"{BASE}/v0/user/me")
    headers = {"content-encoding": encoding}
    response = httpx.Response(200, headers=headers, stream=httpx.ByteStream(b""), request=request)
    for chunks, kept in [(_zeros(encoding, wbits), 100), ([b"".join(_zeros(encoding, wbits))], 0)]:
        reader = BodyReader(response, 1000, lambda: 0.0, None)
        with pytest.raises(ResponseTooLargeError):
            reader.read(chunks)
        assert reader.size == 1001 and sum(map(len, reader.parts)) == kept


def test_a_compressed_body_broken_after_its_start_is_refused_not_read_as_another_coding() -> None:
    """A zlib body whose checksum is replaced by a raw deflate stream is refused: only the very start of a body
    is tried without the zlib header."""
    unchecked = zlib.compress(json.dumps(USER).encode())[:-4]
    source = Source(iter([unchecked, zlib.compress(b"tail", wbits=-zlib.MAX_WBITS)]))
    with (
        client_for(source, {"content-encoding": "deflate"}) as client,
        pytest.raises(ResponseValidationError, match="does not decompress") as caught,
    ):
        client.user.get_user_account()
    assert caught.value.response.content == b"", "none of a body that does not decompress is kept"


def test_max_response_bytes_is_configurable_and_finite_by_default() -> None:
    assert 1 << 20 <= DEFAULT_MAX_RESPONSE_BYTES < 1 << 31
    source = Source(endless(1000))
    with client_for(source) as client:
        small = client.with_options(max_response_bytes=5000)
        with pytest.raises(ResponseTooLargeError) as caught:
            small.user.get_user_account()
    assert caught.value.limit == 5000 and source.pulled == 6
    for bad in (0, -1, True, 1.5, None):
        with pytest.raises(ValueError, match="max_response_bytes"):
            Sumvin(base_url=BASE, max_response_bytes=bad)  # type: ignore[arg-type]


def test_requests_ask_only_for_the_encodings_that_are_bounded() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(599)

    transport = httpx.MockTransport(answer)
    with Sumvin(base_url=BASE, jwt="j", transport=transport) as client, pytest.raises(InternalServerError):
        client.user.get_user_account()
    assert seen[0].headers["accept-encoding"] == "gzip, deflate"


# -- content encodings: only the ones the SDK decodes within the limit, one at a time ------------------------------

#: Content-Encoding headers the SDK decodes, and how a body is encoded for each (case, spaces, identity).
DECODED: dict[str, Any] = {
    "identity": lambda b: b,
    "IDENTITY": lambda b: b,
    "Identity": lambda b: b,
    " ": lambda b: b,
    "identity, identity": lambda b: b,
    "gzip": gzip.compress,
    "GZIP": gzip.compress,
    "Gzip": gzip.compress,
    " gzip ": gzip.compress,
    "identity, gzip": gzip.compress,
    "gzip, identity": gzip.compress,
    "gzip,": gzip.compress,
    "deflate": zlib.compress,
    "DEFLATE": zlib.compress,
    "Deflate": lambda b: zlib.compress(b, wbits=-zlib.MAX_WBITS),
    "identity,deflate": zlib.compress,
}

#: Content-Encoding headers the SDK refuses: codings it does not decode, stacks, unknown tokens, odd forms.
REFUSED = [
    "br",
    "BR",
    "Br",
    "zstd",
    "ZSTD",
    "compress",
    "x-compress",
    "aes128gcm",
    "exi",
    "pack200-gzip",
    "dcb",
    "dcz",
    "*",
    "x-bogus",
    "gzip;q=1",
    "gzip deflate",
    "gzip, br",
    "br, gzip",
    "GZIP, BR",
    "gzip, gzip",
    "deflate, gzip",
    "gzip,deflate",
    "deflate, deflate",
    "identity, br",
    "br, identity",
    "zstd, identity, gzip",
    "gzip, zstd",
    "gzip, x-gzip",
    "x-gzip",  # gzip's old name: an in-memory response's body would not be decoded by httpx, so not by the SDK
    "\xe9ncoded",
    "gzip\x00",
    "x" * 5000,
]
#: Those an in-memory ``httpx.Response`` can hold at all (httpx itself decodes gzip and deflate when it is built).
IN_MEMORY = [e for e in REFUSED if not {"gzip", "deflate"} & {t.strip().lower() for t in e.split(",")}]


def latin1(headers: list[tuple[str, str]]) -> list[tuple[bytes, bytes]]:
    """Headers as bytes on the wire (a header value is latin-1, not always ASCII)."""
    return [(name.encode(), value.encode("latin-1")) for name, value in headers]


def encoded_client(headers: list[tuple[str, str]], content: Any) -> Sumvin:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=content, headers=latin1(headers))

    return Sumvin(base_url=BASE, jwt="j", transport=httpx.MockTransport(answer), max_response_bytes=LIMIT)


@pytest.mark.parametrize("encoding", DECODED, ids=repr)
@pytest.mark.parametrize("streamed", [True, False], ids=["streamed", "in memory"])
def test_the_encodings_the_sdk_asks_for_decode_in_any_case_and_with_identity(encoding: str, streamed: bool) -> None:
    import json

    body = json.dumps(USER).encode()
    wire = DECODED[encoding](body)
    content = Source(iter([wire[i : i + 7] for i in range(0, len(wire), 7)])) if streamed else wire
    with encoded_client([("content-encoding", encoding)], content) as client:
        response = client.with_raw_response.user.get_user_account()
    assert response.http_response.content == body and response.parsed.to_dict() == USER


@pytest.mark.parametrize("encoding", REFUSED, ids=lambda e: repr(e[:20]))
@pytest.mark.parametrize("status", [200, 500])
def test_any_other_encoding_or_a_stack_is_refused_before_its_body_is_read(encoding: str, status: int) -> None:
    source = Source(iter([b"\x1b\x00 not a body the SDK can read", b"{}"]))
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(status, content=source, headers=latin1([("content-encoding", encoding)]))

    transport = httpx.MockTransport(answer)
    with Sumvin(base_url=BASE, jwt="j", transport=transport) as client, pytest.raises(ResponseEncodingError) as caught:
        client.user.get_user_account()
    error = caught.value
    assert isinstance(error, ResponseValidationError) and error.content_encoding == encoding
    assert f"HTTP {status}" in str(error) and "does not decode" in str(error) and len(str(error)) < 300
    assert source.pulled == 0 and len(sent) == 1, "nothing of the body read, and not retried"


@pytest.mark.parametrize("encoding", IN_MEMORY, ids=lambda e: repr(e[:20]))
def test_an_in_memory_body_in_another_encoding_is_refused_too(encoding: str) -> None:
    with (
        encoded_client([("content-encoding", encoding)], b"\x8b\x00\x80garbage") as client,
        pytest.raises(ResponseEncodingError),
    ):
        client.user.get_user_account()


@pytest.mark.parametrize(
    "headers",
    [
        [("content-encoding", "gzip"), ("content-encoding", "br")],
        [("content-encoding", "gzip"), ("content-encoding", "gzip")],
        [("content-encoding", "identity"), ("content-encoding", "zstd")],
    ],
    ids=repr,
)
def test_codings_stacked_over_several_header_lines_are_refused(headers: list[tuple[str, str]]) -> None:
    source = Source(iter([gzip.compress(b"{}")]))
    with encoded_client(headers, source) as client, pytest.raises(ResponseEncodingError) as caught:
        client.user.get_user_account()
    assert caught.value.content_encoding == ", ".join(value for _, value in headers) and source.pulled == 0


@pytest.mark.anyio
@pytest.mark.parametrize("encoding", ["br", "gzip, br", "zstd"])
async def test_async_clients_refuse_other_encodings_too(encoding: str) -> None:
    source = AsyncSource(iter([b"\x1b\x00garbage"]))

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=source, headers={"content-encoding": encoding})

    async with AsyncSumvin(base_url=BASE, jwt="j", transport=httpx.MockTransport(answer)) as client:
        with pytest.raises(ResponseEncodingError):
            await client.user.get_user_account()
    assert source.pulled == 0


@pytest.mark.anyio
async def test_async_clients_stop_a_gzip_bomb_too() -> None:
    source = AsyncSource(gzip_bomb(1 << 30))

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=source, headers={"content-encoding": "gzip"})

    transport = httpx.MockTransport(answer)
    async with AsyncSumvin(base_url=BASE, jwt="j", transport=transport, max_response_bytes=LIMIT) as client:
        with pytest.raises(ResponseTooLargeError):
            await client.user.get_user_account()
    assert source.pulled <= 3


# -- deadline -----------------------------------------------------------------------------------------------------


class Clock:
    """A monotonic clock that moves only when told: by sleeps, or by a body's chunks."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def policy(self, **changes: Any) -> RetryPolicy:
        return RetryPolicy(
            sleep=self.sleep, async_sleep=self.asleep, monotonic=self, random=lambda: 0.0, clock=lambda: 0, **changes
        )

    def drip(self, step: float, chunks: int | None = None) -> Iterator[bytes]:
        count = 0
        while chunks is None or count < chunks:
            self.now += step
            count += 1
            yield b" "


def test_a_body_dripping_a_byte_at_a_time_ends_at_the_deadline() -> None:
    clock = Clock()
    source = Source(clock.drip(0.3))

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=source)

    transport = httpx.MockTransport(answer)
    client = Sumvin(base_url=BASE, jwt="j", transport=transport, timeout=1, deadline=2, retry_policy=clock.policy())
    with client, pytest.raises(APITimeoutError, match="deadline of 2 s"):
        client.user.get_user_account()
    assert source.pulled == 7  # 7 x 0.3 s passes 2 s; no retry: no time was left


def test_retry_waits_never_run_past_the_deadline() -> None:
    clock = Clock()
    attempts: list[float] = []

    def answer(request: httpx.Request) -> httpx.Response:
        attempts.append(clock.now)
        clock.now += 4
        return httpx.Response(503, headers={"retry-after": "5"})

    policy = clock.policy(max_retries=10)
    client = Sumvin(base_url=BASE, jwt="j", transport=httpx.MockTransport(answer), deadline=20, retry_policy=policy)
    with client, pytest.raises(APITimeoutError, match="would pass during the wait"):
        client.user.get_user_account()
    assert attempts == [1000, 1009, 1018] and clock.slept == [5.0, 5.0]  # a third wait would end past 1020


def test_each_attempt_gets_only_the_time_left() -> None:
    clock = Clock()
    timeouts: list[dict[str, float]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        timeouts.append(dict(request.extensions["timeout"]))
        clock.now += 6
        raise httpx.ConnectError("refused")

    policy = clock.policy(max_retries=10, initial_delay=1, max_delay=1)
    with (
        Sumvin(
            base_url=BASE, jwt="j", transport=httpx.MockTransport(answer), timeout=30, deadline=20, retry_policy=policy
        ) as client,
        pytest.raises(APITimeoutError),
    ):
        client.user.get_user_account()
    assert [t["read"] for t in timeouts] == [20, 13, 6]


def test_a_deadline_of_none_means_none_and_the_default_is_finite() -> None:
    assert 0 < DEFAULT_DEADLINE < float("inf")
    clock = Clock()
    source = Source(clock.drip(10, chunks=100))

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=source)

    transport = httpx.MockTransport(answer)
    with Sumvin(base_url=BASE, jwt="j", transport=transport, retry_policy=clock.policy()) as client:
        unbounded = client.with_options(deadline=None)
        with pytest.raises(ResponseValidationError):  # 100 spaces: read in full, then not JSON
            unbounded.user.get_user_account()
    assert source.pulled == 100
    for bad in (0, -1, float("inf"), float("nan"), "5", True):
        with pytest.raises(ValueError, match="deadline"):
            Sumvin(base_url=BASE, deadline=bad)  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_async_calls_keep_the_deadline_too() -> None:
    clock = Clock()
    source = AsyncSource(clock.drip(0.5))

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=source)

    transport = httpx.MockTransport(answer)
    policy = clock.policy()
    async with AsyncSumvin(base_url=BASE, jwt="j", transport=transport, deadline=3, retry_policy=policy) as client:
        with pytest.raises(APITimeoutError):
            await client.user.get_user_account()
    assert source.pulled == 7
