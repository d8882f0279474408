"""Contains some shared types for properties"""

import datetime
import importlib
import io
import json
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from enum import IntEnum, StrEnum
from http import HTTPStatus
from types import ModuleType
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    BinaryIO,
    ClassVar,
    Generic,
    Literal,
    ParamSpec,
    Protocol,
    Self,
    TypeVar,
    cast,
)

import httpx
from attrs import define

if TYPE_CHECKING:
    import pandas


class Unset:
    """The default of a request member or parameter not given: it is left out of the request.

    ``None`` sends ``null``; ``UNSET`` sends nothing. There is one ``UNSET``: it is falsy, prints as ``UNSET`` and
    survives copies and pickles. Response models never hold it: there an absent member reads ``None``.
    """

    __slots__ = ()
    _instance: ClassVar["Unset | None"] = None

    def __new__(cls) -> Self:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cast(Self, cls._instance)

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()
#: ``UNSET`` as the generated ``from_dict`` reads an absent member with it: typed ``Any``, as what it reads is
#: checked there member by member.
ABSENT: Any = UNSET


class Model:
    """What every generated model shares: which members it holds, a compact repr, and its other forms.

    A response model reads ``None`` for an optional member that did not come; ``fields_set`` still tells an
    absent member from one that came as ``null``. A request model holds ``UNSET`` for a member not given.
    """

    __slots__ = ()
    #: Attribute names of the required members, then of the optional ones (in the order of ``_nulls``' bits).
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    #: A request model: an optional member not given holds ``UNSET`` (a response model's reads ``None``).
    _REQUEST: ClassVar[bool] = False
    #: A page: the attribute holding its items (``Sumvin.paginate``, tables).
    _ITEMS: ClassVar[str | None] = None
    additional_properties: dict[str, Any]

    @property
    def fields_set(self) -> frozenset[str]:
        """The attribute names of the members this model holds.

        Every required member; in a response model each optional member that came (``null`` included) or was
        given a value since; in a request model each optional member that is not ``UNSET``.
        """
        nulls: int = getattr(self, "_nulls", 0)
        given = set(self._REQUIRED)
        for index, name in enumerate(self._OPTIONAL):
            value = getattr(self, name)
            if value is not UNSET and (value is not None or self._REQUEST or nulls >> index & 1):
                given.add(name)
        return frozenset(given)

    def to_dict(self, mode: Literal["json", "python"] = "json") -> dict[str, Any]:
        """The model as a dict.

        ``"json"`` (the default) is the form the API takes: member names as on the wire (``_links``, ``type``),
        enums as their values, timestamps as epoch milliseconds, only the members held (``fields_set``) plus
        unknown ones. ``"python"`` keeps attribute names, datetimes and enums, nested models as dicts, and every
        member that is not ``UNSET`` (an absent one of a response model as ``None``).
        """
        return self._python_dict() if mode == "python" else self._json_dict()

    def _json_dict(self) -> dict[str, Any]:
        raise NotImplementedError

    def to_json(self, *, indent: int | None = None) -> str:
        """``to_dict()`` as JSON text."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_dataframe(self) -> "pandas.DataFrame":
        """A pandas DataFrame: one row per item of a page, else one row (pandas is an optional dependency)."""
        from ..tables import dataframe

        return dataframe(self)

    def _repr_html_(self) -> str:
        from ..tables import html_table

        return html_table(self)

    def _python_dict(self) -> dict[str, Any]:
        data = {name: _python(getattr(self, name)) for name in (*self._REQUIRED, *self._OPTIONAL)}
        if self._REQUEST:
            data = {name: value for name, value in data.items() if value is not UNSET}
        data.update((key, _python(value)) for key, value in self.additional_properties.items())
        return data

    def __repr__(self) -> str:
        given = self.fields_set
        parts = [f"{name}={getattr(self, name)!r}" for name in (*self._REQUIRED, *self._OPTIONAL) if name in given]
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"


def _python(value: Any) -> Any:
    if isinstance(value, Model):
        return value._python_dict()
    if isinstance(value, list):
        return [_python(item) for item in value]
    if isinstance(value, dict):
        return {key: _python(item) for key, item in value.items()}
    return value


#: What a model's ``from_dict`` raises on input that breaks its schema (the client reports it as
#: ``ResponseValidationError``, naming the model and member that ``failure_of`` gives).
PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)
_FAILURE = "sumvin_sdk_parse_failure"


def note_failure(error: BaseException, model: type, member: str | None) -> None:
    """Record on ``error`` that ``model`` failed while reading ``member``, unless a model nested in it did first.

    Each ``from_dict`` calls it for an error raised while it reads its members (not for one raised because its
    input is no object at all: the model that held that input names its member instead).
    """
    error.__dict__.setdefault(_FAILURE, (model.__name__, member))


def failure_of(error: BaseException) -> tuple[str | None, str | None]:
    """The model and member that ``note_failure`` recorded on ``error``, innermost first; ``(None, None)`` if none."""
    found: tuple[str | None, str | None] = error.__dict__.get(_FAILURE, (None, None))
    return found


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

    @classmethod
    def of(cls, value: "File | FileContent | FileTypes") -> "File":
        """A file as a dict body gives it: a ``File``, bytes, a binary file object, or an httpx-style
        ``(name, content, content type)`` tuple (text content is sent as UTF-8)."""
        if isinstance(value, File):
            return value
        if isinstance(value, tuple):
            name, content, mime = value[:3]
            return cls(payload=cls.of(content).payload, file_name=name, mime_type=mime)
        if isinstance(value, str):
            value = value.encode()
        if isinstance(value, bytes | bytearray):
            return cls(payload=io.BytesIO(value))
        if not callable(getattr(value, "read", None)):
            raise TypeError(
                f"a file is a File, bytes, a binary file or a (name, content, type) tuple, not {type(value).__name__}"
            )
        return cls(payload=cast(BinaryIO, value))


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
        return member if member is not None else cls(value)  # type: ignore[arg-type, return-value]

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
        return member if member is not None else cls(value)  # type: ignore[arg-type, return-value]

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


# Below this many epoch milliseconds (year 2242) a float of seconds is within half a microsecond of the exact
# value, so one ``fromtimestamp`` call gives exactly what the exact arithmetic gives (tests/test_timestamps.py).
_FAST_MS = 2**33 * 1000
_fromtimestamp = datetime.datetime.fromtimestamp


def parse_timestamp(value: object) -> datetime.datetime:
    """A timestamp as the API sends it, epoch milliseconds or ISO 8601, as an aware UTC ``datetime``."""
    if type(value) is int and 0 <= value < _FAST_MS:
        return _fromtimestamp(value / 1000, datetime.UTC)
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


@define(frozen=True)
class RequestOptions:
    """The options of one call, which every operation method takes by these names (as openai-python's do).

    ``timeout`` replaces the client's (``None``: no timeout); ``extra_headers`` and ``extra_query`` are added
    to the request's, ``extra_body`` to the members of its JSON body; ``max_retries`` replaces the client's
    for this call.
    """

    timeout: float | httpx.Timeout | None | Unset = UNSET
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, object] | None = None
    extra_body: Mapping[str, object] | None = None
    max_retries: int | Unset = UNSET


#: The names of the per-request options, which no operation parameter may take.
REQUEST_OPTIONS = ("timeout", "extra_headers", "extra_query", "extra_body", "max_retries")


def request_options(
    timeout: float | httpx.Timeout | None | Unset,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, object] | None,
    extra_body: Mapping[str, object] | None,
    max_retries: int | Unset,
) -> RequestOptions | None:
    """The ``RequestOptions`` of a call, or ``None`` when it gives none (the common case costs nothing more)."""
    if (
        timeout is UNSET
        and max_retries is UNSET
        and extra_headers is None
        and extra_query is None
        and extra_body is None
    ):
        return None
    return RequestOptions(timeout, extra_headers, extra_query, extra_body, max_retries)


_OPERATION_MODULES: dict[tuple[str, str], ModuleType] = {}


def operation_module(package: str, name: str) -> ModuleType:
    """The generated module of operation ``name`` in the tag package ``package``, imported on its first call.

    A resource method looks its module up here on every call: a dict lookup, where ``from . import`` in the
    method went through the import machinery each time."""
    module = _OPERATION_MODULES.get((package, name))
    if module is None:
        module = _OPERATION_MODULES[package, name] = importlib.import_module(f"{package}.{name}")
    return module


class Caller(Protocol):
    """What a resource sends its calls through: ``Sumvin``, or its raw-response view."""

    def call(self, endpoint: ModuleType, arguments: dict[str, Any], options: RequestOptions | None = None) -> Any:
        """Send the operation in ``endpoint`` with ``arguments``; return its parsed success body."""
        ...


class AsyncCaller(Protocol):
    """What an async resource sends its calls through: ``AsyncSumvin``, or its raw-response view."""

    async def call(self, endpoint: ModuleType, arguments: dict[str, Any], options: RequestOptions | None = None) -> Any:
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
    "ABSENT",
    "PARSE_ERRORS",
    "REQUEST_OPTIONS",
    "UNSET",
    "APIResponse",
    "AsyncCaller",
    "Caller",
    "File",
    "FileTypes",
    "Model",
    "OpenIntEnum",
    "OpenStrEnum",
    "RequestFiles",
    "RequestOptions",
    "Response",
    "Unset",
    "async_raw_response",
    "epoch_ms",
    "failure_of",
    "note_failure",
    "operation_module",
    "parse_timestamp",
    "raw_response",
    "request_options",
]
