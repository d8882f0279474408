"""Reading a response body within bounds: at most ``max_response_bytes`` after decompression, before a deadline.

The drivers send with ``stream=True`` and feed each raw chunk to a ``BodyReader``. gzip and deflate are
decompressed here, a bounded piece at a time (``zlib``'s ``max_length``), so a small compressed body that
inflates to gigabytes is refused after at most ``limit`` bytes of output, never held in memory whole. The
clients ask only for those encodings (``Accept-Encoding: gzip, deflate``). A body in any other coding, or in
more than one stacked (``gzip, br``, ``gzip, gzip``), is refused with ``ResponseEncodingError`` before any of
it is decoded: it would otherwise reach the JSON decoder as garbage, or grow past the limit unseen.
``identity`` (in any case, anywhere in the list) means no coding.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterable, Callable, Iterable

import httpx

from sumvin_sdk.errors import ResponseEncodingError, ResponseTooLargeError, ResponseValidationError

__all__ = ["ACCEPT_ENCODING", "DECODED_ENCODINGS", "BodyReader", "DeadlinePassed", "content_coding"]

DECODED_ENCODINGS = frozenset({"gzip", "deflate"})
"""The content codings ``BodyReader`` decodes within its bound."""
ACCEPT_ENCODING = "gzip, deflate"
"""What the clients accept: the encodings ``BodyReader`` decodes within its bound."""
_PIECE = 1 << 16


class DeadlinePassed(httpx.ReadTimeout):
    """The call's deadline passed while the body was still arriving."""


class _Inflater:
    """gzip or zlib/raw deflate, decompressed at most ``limit`` bytes at a time."""

    def __init__(self, encoding: str) -> None:
        self.gzip = encoding == "gzip"
        self.inflater = zlib.decompressobj(zlib.MAX_WBITS | 16 if self.gzip else zlib.MAX_WBITS)
        self.started = False

    def piece(self, data: bytes, limit: int) -> bytes:
        """``data`` decompressed, at most ``limit`` bytes of it: a shorter piece is all of it, a piece of ``limit``
        bytes leaves the rest undecoded (the caller stops there)."""
        try:
            piece = self.inflater.decompress(data, limit)
        except zlib.error:
            if self.gzip or self.started:
                raise
            self.inflater = zlib.decompressobj(-zlib.MAX_WBITS)  # deflate without the zlib header
            piece = self.inflater.decompress(data, limit)
        self.started = True
        return piece


def content_coding(response: httpx.Response) -> str | None:
    """The one coding of ``response``'s body to undo (``None``: as it came); ``ResponseEncodingError`` if the SDK
    does not decode it. Every ``Content-Encoding`` header counts, each a comma-separated list."""
    codings = [c.strip().lower() for c in response.headers.get_list("content-encoding", split_commas=True)]
    codings = [c for c in codings if c not in ("", "identity")]
    if not codings:
        return None
    if len(codings) == 1 and codings[0] in DECODED_ENCODINGS:
        return codings[0]
    shown = ", ".join(response.headers.get_list("content-encoding"))
    response._content = b""  # nothing of it is read, or shown
    raise ResponseEncodingError(
        f"HTTP {response.status_code}: the body is in Content-Encoding {shown[:100]!r}, which the SDK does not "
        f"decode (it asks for {ACCEPT_ENCODING}, one coding at a time)",
        response=response,
        content_encoding=shown,
    )


class BodyReader:
    """Collects one response body; ``ResponseTooLargeError`` past ``limit``, ``DeadlinePassed`` past ``until``."""

    def __init__(self, response: httpx.Response, limit: int, clock: Callable[[], float], until: float | None) -> None:
        self.response, self.limit, self.clock, self.until = response, limit, clock, until
        coding = content_coding(response)
        self.inflater = None if coding is None else _Inflater(coding)
        self.parts: list[bytes] = []
        self.size = 0
        declared = response.headers.get("content-length", "")
        if self.inflater is None and declared.isdigit() and int(declared) > limit:
            self._refuse()

    def read(self, chunks: Iterable[bytes]) -> None:
        """Read the body from its raw ``chunks`` (left untouched if it is in memory already) into ``content``."""
        if not self.already_read():
            for chunk in chunks:
                self.feed(chunk)
        self.finish()

    async def aread(self, chunks: AsyncIterable[bytes]) -> None:
        """``read``, from an async stream."""
        if not self.already_read():
            async for chunk in chunks:
                self.feed(chunk)
        self.finish()

    def already_read(self) -> bool:
        """Whether the response came with its body in memory (a test transport's): then only its size is checked."""
        if "_content" not in vars(self.response):
            return False
        if len(self.response.content) > self.limit:
            self._refuse()
        return True

    def feed(self, raw: bytes) -> None:
        """Take one raw chunk off the wire."""
        try:
            piece = self.inflater.piece(raw, self.limit - self.size + 1) if self.inflater else raw
        except zlib.error:
            self.response._content = b""
            raise ResponseValidationError(
                f"HTTP {self.response.status_code}: the body does not decompress as its Content-Encoding says",
                response=self.response,
            ) from None
        self.size += len(piece)
        if self.size > self.limit:
            self._refuse()
        self.parts.append(piece)
        if self.until is not None and self.clock() > self.until:
            raise DeadlinePassed(
                "the call's deadline passed while the body was arriving", request=self.response.request
            )

    def finish(self) -> None:
        """Make the body the response's ``content``."""
        if "_content" not in vars(self.response):
            self.response._content = b"".join(self.parts)

    def _refuse(self) -> None:
        raise ResponseTooLargeError(
            f"HTTP {self.response.status_code}: the body is larger than max_response_bytes={self.limit}; "
            "reading stopped there",
            request=self.response.request,
            limit=self.limit,
        )
