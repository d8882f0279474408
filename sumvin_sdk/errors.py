"""Errors the SDK raises, and the RFC 7807 problem details the API sends.

    SumvinError
    ├── UsageError                    a call the SDK refuses before sending anything (also a ValueError)
    │   ├── CredentialError           a credential no HTTP layer would send (``header`` names it)
    │   │   └── MissingCredentialError    a secured operation called with none of the credentials it accepts
    │   ├── HeaderError               a header name or value no HTTP layer would send (``header`` names it)
    │   ├── ParameterError            a path, query or header argument of a type or form it does not take
    │   └── PathParameterError        a path parameter that is not one path segment (``parameter``)
    ├── HALError                      a link that cannot be followed; raised before any request
    │   ├── HALLinkNotFoundError      no such relation (``available`` lists the ones there are)
    │   ├── HALTemplateError          a URI template that cannot be expanded
    │   ├── HALOriginError            a link that would take credentials off the client's origin
    │   └── HALUnmatchedLinkError     a link that matches no operation, so no one knows what it may be sent
    └── APIError                      anything that went wrong talking to the API; has ``request``
        ├── APIConnectionError        no response: refused, reset, DNS, TLS ...
        │   └── APITimeoutError       no response in time
        ├── ResponseValidationError   a success response that does not match the contract
        │   └── ResponseEncodingError a body in a Content-Encoding the SDK does not decode
        ├── ResponseTooLargeError     a body past ``max_response_bytes`` (counted after decompression)
        └── APIStatusError            an error status; ``status_code``, ``problem``, ``error_code``, ``retryable``
            ├── RedirectError             3xx: never followed, credentials would travel with it
            ├── BadRequestError           400
            ├── AuthenticationError       401
            ├── PermissionDeniedError     403
            ├── NotFoundError             404
            ├── ConflictError             409
            ├── GoneError                 410
            ├── UnprocessableEntityError  422, with ``field_errors`` for FastAPI validation errors
            ├── RateLimitError            429
            └── InternalServerError       5xx

Problems are recognised by shape, not content type (Sumvin sends them as ``application/json``), and a
body that is not JSON at all (an HTML 502 from a proxy, an empty 503) still raises the right class, with a
short excerpt of the body in the message.

Every error pickles and copies (so it crosses a ``ProcessPoolExecutor``), and the request it keeps has its
credential headers redacted: only headers known to hold no secret (``REVEALED_HEADERS``) keep their values.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from sumvin_sdk._depth import too_deep

__all__ = [
    "REVEALED_HEADERS",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "CredentialError",
    "FieldError",
    "GoneError",
    "HALError",
    "HALLinkNotFoundError",
    "HALOriginError",
    "HALTemplateError",
    "HALUnmatchedLinkError",
    "HeaderError",
    "InternalServerError",
    "MissingCredentialError",
    "NotFoundError",
    "ParameterError",
    "PathParameterError",
    "PermissionDeniedError",
    "ProblemDetails",
    "RateLimitError",
    "RedirectError",
    "ResponseEncodingError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "SumvinError",
    "UnprocessableEntityError",
    "UsageError",
    "error_from_response",
]

REVEALED_HEADERS = frozenset(
    {
        "accept", "accept-encoding", "connection", "content-length", "content-type", "host", "idempotency-key",
        "user-agent", "x-juno-orgid", "x-timestamp-format",
    }
)  # fmt: skip
"""Request headers an error shows as sent; every other header's value is replaced by ``[redacted]``."""
REDACTED = "[redacted]"

_PROBLEM_MEMBERS = ("type", "title", "status", "detail", "instance", "error_code", "trace_id", "_links")
_EXCERPT = 200


@attrs.frozen
class ProblemDetails:
    """An RFC 7807 / 9457 problem: what went wrong, in the API's words, plus Sumvin's error code.

    ``links`` holds the actions that can clear the error (keyed by relation), ``extensions`` every other
    member the server sent, so nothing in the body is lost.
    """

    type: str | None = None
    title: str | None = None
    status: int | None = None
    detail: str | None = None
    instance: str | None = None
    error_code: str | None = None
    trace_id: str | None = None
    links: Mapping[str, Any] = attrs.field(factory=dict)
    extensions: Mapping[str, Any] = attrs.field(factory=dict)

    @property
    def retryable(self) -> bool:
        """Whether repeating the same request can succeed: the API marks such codes with a trailing ``-R``."""
        return self.error_code is not None and self.error_code.endswith("-R")

    @classmethod
    def from_json(cls, body: object) -> ProblemDetails | None:
        """The problem in a decoded JSON body, or ``None`` if the body is not problem-shaped."""
        if not isinstance(body, Mapping):
            return None
        status = body.get("status")
        texts = [body.get(k) for k in ("type", "title", "error_code")]
        if not isinstance(status, int) or isinstance(status, bool) or not any(isinstance(t, str) for t in texts):
            return None

        def text(key: str) -> str | None:
            value = body.get(key)
            return value if isinstance(value, str) else None

        links = body.get("_links")
        return cls(
            type=text("type"),
            title=text("title"),
            status=status,
            detail=text("detail"),
            instance=text("instance"),
            error_code=text("error_code"),
            trace_id=text("trace_id"),
            links=dict(links) if isinstance(links, Mapping) else {},
            extensions={k: v for k, v in body.items() if k not in _PROBLEM_MEMBERS},
        )

    def __str__(self) -> str:
        head = ": ".join(part for part in (self.title, self.detail) if part) or "Problem"
        return f"{head} ({self.error_code})" if self.error_code else head


@attrs.frozen
class FieldError:
    """One entry of a FastAPI validation error: where (``loc``), what (``msg``) and its kind (``type``)."""

    loc: tuple[str | int, ...]
    msg: str
    type: str

    @property
    def field(self) -> str:
        """The location as a dotted path without its ``body``/``query``/... prefix: ``user.phone``."""
        parts = self.loc[1:] if self.loc and self.loc[0] in ("body", "query", "path", "header", "cookie") else self.loc
        return ".".join(str(p) for p in parts)

    def __str__(self) -> str:
        return f"{self.field or '(request)'}: {self.msg}"


def _field_errors(body: object) -> tuple[FieldError, ...] | None:
    """FastAPI's ``{"detail": [{"loc", "msg", "type"}, ...]}``, or ``None`` for anything else."""
    if not isinstance(body, Mapping) or not isinstance(body.get("detail"), list):
        return None
    errors = []
    for item in body["detail"]:
        if not isinstance(item, Mapping):
            return None
        loc = item.get("loc")
        errors.append(
            FieldError(
                loc=tuple(p for p in loc if isinstance(p, str | int)) if isinstance(loc, list) else (),
                msg=str(item.get("msg", "")),
                type=str(item.get("type", "")),
            )
        )
    return tuple(errors)


def redacted_request(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` whose headers outside ``REVEALED_HEADERS`` are ``[redacted]``, body kept if read."""
    headers = [(k, v if k.lower() in REVEALED_HEADERS else REDACTED) for k, v in request.headers.items()]
    try:
        content: bytes | None = request.content
    except httpx.RequestNotRead:
        content = None
    copy = httpx.Request(request.method, request.url, headers=headers, content=content)
    copy.extensions = {}
    return copy


def _restore(cls: type[SumvinError], args: tuple[Any, ...], state: dict[str, Any]) -> SumvinError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class SumvinError(Exception):
    """Root of every error this SDK raises."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from its state, not by calling ``__init__`` again: the keyword-only arguments of the
        # subclasses would otherwise make ``pickle.loads`` and ``copy.copy`` fail.
        return (_restore, (type(self), self.args, dict(self.__dict__)))


class UsageError(SumvinError, ValueError):
    """A call the SDK refuses before sending anything: one of its arguments cannot be sent as it is."""


class CredentialError(UsageError, TypeError):
    """A credential the HTTP layer would refuse (whitespace at an end, a control or non-ASCII character).

    The message names the header, never the value. It is also a ``TypeError`` for a getter that returned
    something other than a string.
    """

    def __init__(self, message: str, *, header: str) -> None:
        super().__init__(message)
        self.header = header


class MissingCredentialError(CredentialError):
    """A secured operation was called with none of the credentials it accepts configured; nothing was sent.

    ``operation`` is its operationId and ``accepted`` the credential headers it takes (any one will do).
    """

    def __init__(self, message: str, *, operation: str, accepted: tuple[str, ...]) -> None:
        super().__init__(message, header=", ".join(accepted))
        self.operation = operation
        self.accepted = accepted


class HeaderError(UsageError):
    """A header name that is no HTTP token, or a value with a line break, a control or non-ASCII character, or
    whitespace at an end, from a header parameter, ``extra_headers``, ``default_headers`` or a follow's headers;
    nothing was sent. ``header`` names it; the message never shows the value, which may be a secret.
    """

    def __init__(self, message: str, *, header: str) -> None:
        super().__init__(message)
        self.header = header


class ParameterError(UsageError, TypeError):
    """An argument its parameter does not take; nothing was sent.

    A value of the wrong type (``limit="ten"``, ``True`` for an int, a list for a single value, NaN for a
    number), a value outside a closed enum, a naive datetime, or a date filter string in no form the API
    reads. ``parameter`` names the argument, ``operation`` the operationId. Also a ``TypeError``.
    """

    def __init__(self, message: str, *, parameter: str, operation: str) -> None:
        super().__init__(message)
        self.parameter = parameter
        self.operation = operation


class PathParameterError(UsageError):
    """A path parameter that would not reach the server as one path segment of its operation.

    An empty value, ``.`` or ``..`` would be normalised away and send the request to another operation.
    """

    def __init__(self, message: str, *, parameter: str) -> None:
        super().__init__(message)
        self.parameter = parameter


class HALError(SumvinError):
    """A link that cannot be followed; nothing was sent."""


class HALLinkNotFoundError(HALError, KeyError):
    """The resource has no link with this relation; ``available`` names those it has."""

    def __init__(self, message: str, *, rel: str, available: list[str]) -> None:
        super().__init__(message)
        self.rel = rel
        self.available = available

    def __str__(self) -> str:
        return str(self.args[0])


class HALTemplateError(HALError, ValueError):
    """A link's URI template needs a variable that was not given, or uses an unsupported form."""


class HALOriginError(HALError):
    """A link that would send the client's credentials somewhere other than its ``base_url``."""

    def __init__(self, message: str, *, href: str) -> None:
        super().__init__(message)
        self.href = href


class HALUnmatchedLinkError(HALError):
    """A link on the client's origin whose method and path match no operation of the API.

    Which credentials an operation accepts is what the contract says of it; a path it does not describe
    could take any or none, so the SDK sends nothing rather than every credential it holds. ``method`` and
    ``path`` (below ``base_url``, without the query) name what the link asked for.
    """

    def __init__(self, message: str, *, href: str, method: str, path: str) -> None:
        super().__init__(message)
        self.href = href
        self.method = method
        self.path = path


class APIError(SumvinError):
    """Something went wrong talking to the API; ``request`` is what was sent, its credentials redacted."""

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.message = message
        self.request = redacted_request(request)


class APIConnectionError(APIError):
    """No response arrived: the connection was refused, reset or never made."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """No response arrived within the configured timeout."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request) -> None:
        super().__init__(message, request=request)


def _kept(response: httpx.Response, request: httpx.Request) -> httpx.Response:
    """``response`` as an error keeps it: pointing at the redacted ``request``, with no request to redirect to."""
    response.request = request
    response.next_request = None
    return response


class ResponseValidationError(APIError):
    """A success response the SDK could not read as the contract describes; ``response`` is what came."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message, request=response.request)
        self.response = _kept(response, self.request)


class ResponseEncodingError(ResponseValidationError):
    """A body in a ``Content-Encoding`` the SDK does not decode within ``max_response_bytes`` (anything but one of
    gzip or deflate, the ones it asks for); none of the body was read. ``content_encoding`` is the header."""

    def __init__(self, message: str, *, response: httpx.Response, content_encoding: str) -> None:
        super().__init__(message, response=response)
        self.content_encoding = content_encoding


class ResponseTooLargeError(APIError):
    """The body grew past ``max_response_bytes`` (after decompression); reading stopped there."""

    def __init__(self, message: str, *, request: httpx.Request, limit: int) -> None:
        super().__init__(message, request=request)
        self.limit = limit


class APIStatusError(APIError):
    """The API answered with an error status.

    ``problem`` is the RFC 7807 problem when the body is one; ``error_code``, ``trace_id`` and ``retryable``
    come from it. ``body`` is the decoded JSON body, or ``None`` when it was not JSON.
    """

    status_code: int

    def __init__(self, message: str, *, response: httpx.Response, body: object, problem: ProblemDetails | None):
        super().__init__(message, request=response.request)
        self.response = _kept(response, self.request)
        self.status_code = response.status_code
        self.body = body
        self.problem = problem

    @property
    def error_code(self) -> str | None:
        """Sumvin's machine-readable code, e.g. ``USR-404-001``."""
        return self.problem.error_code if self.problem else None

    @property
    def trace_id(self) -> str | None:
        """The id to quote to Sumvin support for this request."""
        return self.problem.trace_id if self.problem else None

    @property
    def retryable(self) -> bool:
        """Whether the API says repeating the same request can succeed (an error code ending in ``-R``)."""
        return self.problem.retryable if self.problem else False

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, status_code={self.status_code})"


class RedirectError(APIStatusError):
    """3xx: the SDK never follows redirects, because Sumvin credentials are headers a redirect would carry."""

    @property
    def location(self) -> str | None:
        """Where the server pointed (not visited)."""
        location: str | None = self.response.headers.get("location")
        return location


class BadRequestError(APIStatusError):
    """400: the request was malformed."""


class AuthenticationError(APIStatusError):
    """401: the credential is missing, malformed or expired."""


class PermissionDeniedError(APIStatusError):
    """403: the caller may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource (for this caller)."""


class ConflictError(APIStatusError):
    """409: the resource's state forbids this now."""


class GoneError(APIStatusError):
    """410: the resource existed and is no longer usable (expired, used, revoked)."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well-formed but invalid; ``field_errors`` lists FastAPI's per-field complaints."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        problem: ProblemDetails | None,
        field_errors: tuple[FieldError, ...] = (),
    ) -> None:
        super().__init__(message, response=response, body=body, problem=problem)
        self.field_errors = field_errors


class RateLimitError(APIStatusError):
    """429: too many requests; see the ``Retry-After`` header."""


class InternalServerError(APIStatusError):
    """5xx: the API or a gateway in front of it failed."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    410: GoneError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _excerpt(response: httpx.Response) -> str:
    text = re.sub(r"\s+", " ", response.content[: _EXCERPT * 4].decode("utf-8", "replace")).strip()
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 1] + "…"


def error_from_response(response: httpx.Response) -> APIStatusError:
    """The typed error for an error response; never raises on a body that is not JSON."""
    status = response.status_code
    cls = _BY_STATUS.get(status) or (
        InternalServerError if status >= 500 else RedirectError if 300 <= status < 400 else APIStatusError
    )
    try:
        body: object = json.loads(response.content) if response.content and not too_deep(response.content) else None
    except (ValueError, RecursionError):  # not JSON, or nested too deep to decode: read as text
        body = None
    problem = ProblemDetails.from_json(body)
    reason = response.reason_phrase or "Error"
    if cls is RedirectError:
        location = response.headers.get("location")
        shown = "(no location)" if location is None else repr(location[:200])
        message = f"HTTP {status} redirect to {shown} not followed; nothing was sent there"
    elif problem is not None:
        message = str(problem)
    else:
        excerpt = _excerpt(response)
        message = f"HTTP {status} {reason}" + (f": {excerpt}" if excerpt else " (empty body)")
    if cls is UnprocessableEntityError:
        field_errors = () if problem else _field_errors(body) or ()
        if field_errors:
            message = f"HTTP {status} {reason}: " + "; ".join(str(e) for e in field_errors)
        return UnprocessableEntityError(
            message, response=response, body=body, problem=problem, field_errors=field_errors
        )
    return cls(message, response=response, body=body, problem=problem)
