"""Contains some shared types for properties"""

import datetime
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from enum import IntEnum, StrEnum
from http import HTTPStatus
from types import ModuleType
from typing import IO, Any, BinaryIO, Generic, Literal, ParamSpec, Protocol, Self, TypeVar, cast

import httpx
from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


class OpenStrEnum(StrEnum):
    """A string enum that also accepts values the API adds later.

    An unknown value becomes a member that is not listed in the class (``value`` and ``name`` are the
    string itself), so a response from a newer server still parses and round-trips unchanged.
    """

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @classmethod
    def parse(cls, value: object) -> Self:
        """``cls(value)``, with a fast path for the listed values (parsing calls this for every member)."""
        member = cls._value2member_map_.get(value)
        return cast(Self, member) if member is not None else cls(value)  # type: ignore[arg-type]

    def __str__(self) -> str:
        return str(self.value)


class OpenIntEnum(IntEnum):
    """An integer enum that also accepts values the API adds later (see ``OpenStrEnum``)."""

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member

    @classmethod
    def parse(cls, value: object) -> Self:
        """``cls(value)``, with a fast path for the listed values (parsing calls this for every member)."""
        member = cls._value2member_map_.get(value)
        return cast(Self, member) if member is not None else cls(value)  # type: ignore[arg-type]

    def __str__(self) -> str:
        return str(self.value)


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
_MILLISECOND = datetime.timedelta(milliseconds=1)


def parse_timestamp(value: object) -> datetime.datetime:
    """A timestamp as the API sends it, epoch milliseconds or ISO 8601, as an aware UTC ``datetime``."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise TypeError(f"a timestamp is epoch milliseconds or an ISO 8601 string, not {type(value).__name__}")
    try:
        if isinstance(value, str):
            parsed = datetime.datetime.fromisoformat(value)
            return parsed.replace(tzinfo=datetime.UTC) if parsed.tzinfo is None else parsed.astimezone(datetime.UTC)
        return _EPOCH + datetime.timedelta(milliseconds=value)
    except OverflowError as exc:
        raise ValueError(f"timestamp out of range: {value!r}") from exc


def epoch_ms(value: datetime.datetime) -> int:
    """A ``datetime`` as the API takes it: whole epoch milliseconds. A naive datetime is refused."""
    if value.tzinfo is None:
        raise ValueError("a naive datetime is ambiguous: give it a timezone (e.g. datetime.UTC)")
    return (value - _EPOCH) // _MILLISECOND


class Caller(Protocol):
    """What a resource sends its calls through: ``Sumvin``, or its raw-response view."""

    def call(self, endpoint: ModuleType, arguments: dict[str, Any]) -> Any:
        """Send the operation in ``endpoint`` with ``arguments``; return its parsed success body."""
        ...


class AsyncCaller(Protocol):
    """What an async resource sends its calls through: ``AsyncSumvin``, or its raw-response view."""

    async def call(self, endpoint: ModuleType, arguments: dict[str, Any]) -> Any:
        """Send the operation in ``endpoint`` with ``arguments``; return its parsed success body."""
        ...


@define(frozen=True)
class APIResponse(Generic[T]):
    """A success response in full: its status (to tell a 201 from a 208), headers, parsed body and the response."""

    status_code: int
    headers: httpx.Headers
    parsed: T
    http_response: httpx.Response


P = ParamSpec("P")
R = TypeVar("R")


def raw_response(method: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """Retype a method of a resource built on a raw-response caller, which returns ``APIResponse``."""
    return cast("Callable[P, APIResponse[R]]", method)


def async_raw_response(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[APIResponse[R]]]:
    """Retype an async method of a resource built on a raw-response caller."""
    return cast("Callable[P, Awaitable[APIResponse[R]]]", method)


__all__ = [
    "UNSET",
    "APIResponse",
    "AsyncCaller",
    "Caller",
    "File",
    "FileTypes",
    "OpenIntEnum",
    "OpenStrEnum",
    "RequestFiles",
    "Response",
    "Unset",
    "async_raw_response",
    "epoch_ms",
    "parse_timestamp",
    "raw_response",
]
