"""The request pipeline shared by ``Sumvin`` and ``AsyncSumvin``.

One call goes: operation arguments -> the generated ``_get_kwargs`` -> an ``httpx.Request`` with the
client's headers -> (the driver sends it with the auth strategies, never following redirects) -> the
retry policy -> a typed error, or the generated ``_parse_response`` -> the parsed body (and an ``APIResponse``
where the caller asks for the whole response).
``Pipeline.flow`` is a generator that yields what to do next (``Send``, ``Sleep``) and receives what
happened; the sync and async clients only drive it, so they cannot drift apart.
"""

from __future__ import annotations

import functools
import importlib
import logging
import re
import time
import uuid
from collections.abc import Callable, Generator, Mapping
from types import ModuleType
from typing import Any, Literal, TypeAlias

import attrs
import httpx

from sumvin_sdk._body import BodyReader
from sumvin_sdk._depth import MAX_DEPTH, too_deep
from sumvin_sdk._dict_bodies import body_model
from sumvin_sdk._gc import BIG_BODY, collector_paused
from sumvin_sdk._generated import api
from sumvin_sdk._generated import errors as generated_errors
from sumvin_sdk._generated.client import AuthenticatedClient
from sumvin_sdk._generated.operations import OPERATIONS, Operation
from sumvin_sdk._generated.types import UNSET, RequestOptions, Unset, failure_of
from sumvin_sdk._headers import check_headers
from sumvin_sdk._json import loads
from sumvin_sdk._params import checked
from sumvin_sdk._retry import RetryPolicy
from sumvin_sdk.auth import ACCEPTED_CREDENTIALS, CREDENTIAL_REQUIRED, CombinedAuth
from sumvin_sdk.errors import (
    REDACTED,
    REVEALED_HEADERS,
    APIConnectionError,
    APITimeoutError,
    HALOriginError,
    HALTemplateError,
    HALUnmatchedLinkError,
    ResponseValidationError,
    UsageError,
    error_from_response,
)
from sumvin_sdk.hal import Link, api_path, expand_guarded

log = logging.getLogger("sumvin_sdk")

TimestampFormat: TypeAlias = Literal["epoch_ms", "iso8601"]
Outcome: TypeAlias = httpx.Response | httpx.TransportError | None
Done: TypeAlias = tuple[httpx.Response, Any]
"""What a flow ends with: the success response and its parsed body (an ``APIResponse`` is made only when asked for)."""
Flow: TypeAlias = "Generator[Send | Sleep, Outcome, Done]"
BuildRequest: TypeAlias = Callable[..., httpx.Request]

SDK_REQUEST = "sumvin_sdk.label"
"""Request extension marking a request the SDK built; it holds the request's label (see ``_label``)."""
LOGGED_PATH = "sumvin_sdk.logged_path"
"""Request extension: how log lines below the SDK show the request's path (see ``sumvin_sdk._logs``)."""
HELD_LOCATION = "sumvin_sdk.location"

_BY_MODULE: dict[str, Operation] = {}


def operation_of(endpoint: ModuleType) -> Operation:
    """The ``Operation`` whose generated module is ``endpoint``."""
    if not _BY_MODULE:
        _BY_MODULE.update({f"{api.__name__}.{o.tag}.{o.module}": o for o in OPERATIONS.values()})
    return _BY_MODULE[endpoint.__name__]


_ROUTES: list[tuple[str, re.Pattern[str], Operation]] = []


def operation_for(method: str, path: str) -> Operation | None:
    """The operation a request line names (``GET``, ``/v0/wallets/42`` -> ``getWallet``), if any.

    Literal path segments win over parameters, so ``/v0/wallets/summary`` is not read as a wallet id.
    """
    if not _ROUTES:
        routes = []
        for operation in OPERATIONS.values():
            pattern = re.sub(r"\\\{[^/]*?\\\}", "[^/]+", re.escape(operation.path.rstrip("/")))
            routes.append((operation.path.count("{"), operation.method, re.compile(pattern + "/?"), operation))
        _ROUTES.extend((method, regex, operation) for _, method, regex, operation in sorted(routes, key=lambda r: r[0]))
    for route_method, regex, operation in _ROUTES:
        if route_method == method.upper() and regex.fullmatch(path):
            return operation
    return None


@attrs.frozen
class Options:
    """Everything that configures a client, apart from its connection pool."""

    base_url: httpx.URL
    auth: CombinedAuth
    timeout: httpx.Timeout
    retry: RetryPolicy
    headers: httpx.Headers
    timestamp_format: TimestampFormat
    max_response_bytes: int
    deadline: float | None


class Send:
    """Send ``request`` (with the client's auth, without following redirects); report the response or error.

    The body is read with ``Pipeline.reader``; ``until`` is the call's deadline on the policy's monotonic clock.
    A plain class, not attrs: one is made per attempt, on every call's path.
    """

    __slots__ = ("request", "until")

    def __init__(self, request: httpx.Request, until: float | None = None) -> None:
        self.request, self.until = request, until

    def __repr__(self) -> str:
        return f"Send({self.request!r}, until={self.until!r})"


@attrs.frozen
class Sleep:
    """Wait ``seconds`` before the next attempt."""

    seconds: float


class Pipeline:
    """Builds, retries and parses the calls of one client configuration."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self._parser = AuthenticatedClient(base_url=str(options.base_url), raise_on_unexpected_status=True)
        self._prefix = str(options.base_url).rstrip("/")
        self._path_prefix = options.base_url.path.rstrip("/")
        self._headers = {name.lower(): value for name, value in options.headers.items()}
        self._fixed_headers = httpx.Headers(self._headers)  # the same, normalised once (build_request copies them)
        # An absolute URL is parsed once per distinct path, not once per call (httpx.URL is immutable).
        self._url = functools.lru_cache(maxsize=1024)(self._absolute)
        self._marked: dict[str, dict[str, Any]] = {}

    def _absolute(self, path: str) -> httpx.URL:
        return httpx.URL(self._prefix + path)

    def _extensions(self, operation: Operation) -> dict[str, Any]:
        """A fresh copy of the extensions of a request for ``operation`` (``_marks``), made once per operation."""
        marks = self._marked.get(operation.operation_id)
        if marks is None:
            marks = self._marked[operation.operation_id] = _marks(operation, self._path_prefix)
        return dict(marks)

    def request(
        self,
        endpoint: ModuleType,
        operation: Operation,
        arguments: Mapping[str, Any],
        build: BuildRequest,
        options: RequestOptions | None = None,
    ) -> httpx.Request:
        """The ``httpx.Request`` for one call of ``endpoint`` (the generated module of ``operation``).

        ``build`` is the connection pool's ``build_request``, so the pool's own headers and cookies apply too;
        ``options`` are the call's own (extra headers, query and body members, timeout). Path, query and header
        arguments are checked first (``sumvin_sdk._params``), so one of the wrong type is refused unsent.
        """
        arguments = checked(operation.operation_id, arguments, endpoint.PARAMETERS)
        if isinstance(arguments.get("body"), Mapping):
            arguments = {**arguments, "body": body_model(endpoint, operation, arguments["body"])}
        kwargs = endpoint._get_kwargs(**{name: value for name, value in arguments.items() if value is not UNSET})
        timeout = self.options.timeout
        sent: httpx.Headers | dict[str, str] = self._fixed_headers  # most calls add none of their own
        if "headers" in kwargs or options is not None or operation.idempotency_key:
            given = kwargs.pop("headers", None)
            headers = self._headers | {k.lower(): v for k, v in (given or {}).items()}
            if options is not None:
                timeout = _extend(operation, kwargs, headers, options, timeout)
            sent = _keyed(operation, headers)
            if given or (options is not None and options.extra_headers):
                check_headers(operation.operation_id, sent)  # the client's own were checked when it was made
        if not kwargs.get("params"):
            kwargs.pop("params", None)  # an empty mapping would still cost a round of URL parsing
        path = kwargs.pop("url")
        method = kwargs.pop("method").upper()
        try:
            url = self._url(path)
            return build(method, url, headers=sent, timeout=timeout, extensions=self._extensions(operation), **kwargs)
        except httpx.InvalidURL as exc:
            raise UsageError(f"{operation.operation_id}: its arguments make no URL that can be sent ({exc})") from None

    def call(
        self,
        endpoint: ModuleType,
        arguments: Mapping[str, Any],
        build: BuildRequest,
        options: RequestOptions | None = None,
    ) -> Flow:
        """One operation: its request, sent as ``flow`` does, its success parsed into the operation's model.

        The request is built (and checked) here, before the flow starts."""
        operation = operation_of(endpoint)
        request = self.request(endpoint, operation, arguments, build, options)
        label = request.extensions[SDK_REQUEST]
        retry = self.options.retry
        if options is not None and not isinstance(options.max_retries, Unset):
            retry = attrs.evolve(retry, max_retries=options.max_retries)
        return self.flow(request, lambda response: self.parse_operation(endpoint, response), label, retry)

    def follow(
        self,
        link: Link,
        build: BuildRequest,
        *,
        variables: Mapping[str, object] | None,
        json: object,
        model: type[Any] | None,
        headers: Mapping[str, str] | None,
    ) -> Flow:
        """A link: checked against the origin and the operations before anything is sent, then sent as ``flow`` does.

        The link's method and path must match an operation, whose accepted credentials it is sent with
        (``HALUnmatchedLinkError`` otherwise). The result is typed by ``model`` (``dict`` for the decoded
        JSON), else by that operation.
        """
        if link.templated:
            path = expand_guarded(link.href, variables or {}, self.options.base_url)
        elif "{" in link.href or "}" in link.href:
            raise HALTemplateError(f"link {link.rel!r} is not templated but holds a brace: {link.href[:200]!r}")
        else:
            path = api_path(link.href, self.options.base_url)
        operation = operation_for(link.method, path.partition("?")[0])
        if operation is None:
            shown = f"{link.method} {path.partition('?')[0][:200]!r}"
            raise HALUnmatchedLinkError(
                f"refused link {link.rel!r}: {shown} matches no operation of the API, so which credentials it "
                "may carry is unknown; nothing was sent",
                href=link.href,
                method=link.method,
                path=path.partition("?")[0],
            )
        merged = _keyed(operation, self._headers | {k.lower(): v for k, v in (headers or {}).items()})
        if headers:
            check_headers(operation.operation_id, merged)
        content: dict[str, Any] = {} if json is None else {"json": json}
        try:
            request = build(
                link.method,
                self._prefix + path,
                headers=merged,
                timeout=self.options.timeout,
                extensions=self._extensions(operation),
                **content,
            )
        except httpx.InvalidURL as exc:
            raise HALOriginError(
                f"refused link {link.href[:200]!r}: not a URL that can be sent ({exc})", href=link.href
            ) from None
        label = request.extensions[SDK_REQUEST]
        if model is dict:
            return (yield from self.flow(request, self.parse_json, label))
        if model is not None:
            return (yield from self.flow(request, lambda response: self.parse_model(model, response), label))
        endpoint = importlib.import_module(f"{api.__name__}.{operation.tag}.{operation.module}")
        return (yield from self.flow(request, lambda response: self.parse_operation(endpoint, response), label))

    def flow(
        self,
        request: httpx.Request,
        parse: Callable[[httpx.Response], Any],
        label: str,
        retry: RetryPolicy | None = None,
    ) -> Flow:
        """Send ``request``, retrying as the policy allows; return the parsed success or raise a typed error.

        ``label`` names the request in logs and messages: the operation's path template where it is known,
        so path parameters (a device code, say) never reach a log line.
        """
        retry = retry or self.options.retry
        deadline, limits = self.options.deadline, dict(request.extensions.get("timeout", {}))
        until = None if deadline is None else retry.monotonic() + deadline
        retries = 0
        while True:
            if until is not None:
                self._within(request, label, until, retry, limits)
            started = time.perf_counter()
            outcome = yield Send(request, until)
            elapsed = (time.perf_counter() - started) * 1000
            if isinstance(outcome, httpx.Response):
                restore_location(outcome)
                log.debug("%s -> %d in %.1f ms", label, outcome.status_code, elapsed)
                if outcome.is_success:
                    return outcome, self.parsed(outcome, parse, label)
                error = error_from_response(outcome)
                delay = retry.delay(request, outcome, error.problem, retries)
                if delay is None:
                    raise error
                what = str(outcome.status_code)
            else:
                assert isinstance(outcome, httpx.TransportError), "the driver reports a response or an error"
                log.debug("%s -> %s after %.1f ms", label, type(outcome).__name__, elapsed)
                if until is not None:
                    self._within(request, label, until, retry, limits)
                delay = retry.delay(request, outcome, None, retries)
                if delay is None:
                    raise connection_error(outcome, request)
                what = type(outcome).__name__
            if until is not None:
                self._within(request, label, until, retry, limits, wait=delay)
            retries += 1
            log.info("%s: %s; retry %d in %.2f s", label, what, retries, delay)
            yield Sleep(delay)

    def _within(
        self,
        request: httpx.Request,
        label: str,
        until: float,
        retry: RetryPolicy,
        limits: Mapping[str, float | None],
        wait: float = 0.0,
    ) -> None:
        """``APITimeoutError`` unless ``wait`` seconds from now is still before the deadline ``until``.

        Within it, the request's timeouts (``limits``) are cut to the time left, so no read outlives the call.
        """
        left = until - retry.monotonic() - wait
        if left <= 0:
            when = "would pass during the wait for a retry" if wait else "passed"
            raise APITimeoutError(f"{label}: the deadline of {self.options.deadline:g} s {when}", request=request)
        if not wait:
            request.extensions["timeout"] = {k: left if v is None else min(v, left) for k, v in limits.items()}

    def reader(self, response: httpx.Response, until: float | None) -> BodyReader:
        """What reads the body of ``response``: within ``max_response_bytes`` and the deadline ``until``."""
        return BodyReader(response, self.options.max_response_bytes, self.options.retry.monotonic, until)

    def parse_operation(self, endpoint: ModuleType, response: httpx.Response) -> Any:
        """The body as the operation's documented model for its status."""
        try:
            return endpoint._parse_response(client=self._parser, response=response)
        except generated_errors.UnexpectedStatus:
            raise ResponseValidationError(
                f"status {response.status_code} is not a documented response of this operation", response=response
            ) from None

    @staticmethod
    def parse_model(model: type[Any], response: httpx.Response) -> Any:
        """The body as the model the caller named."""
        return model.from_dict(loads(response.content))

    @staticmethod
    def parse_json(response: httpx.Response) -> Any:
        """The decoded JSON body (``None`` for an empty one)."""
        return loads(response.content) if response.content else None

    @staticmethod
    def parsed(response: httpx.Response, parse: Callable[[httpx.Response], Any], label: str) -> Any:
        """The body of the success ``response``, parsed; a body that does not parse is a typed error.

        A big body is parsed with the cyclic garbage collector paused (``sumvin_sdk._gc``).
        """
        try:
            if too_deep(response.content):
                raise RecursionError
            if len(response.content) >= BIG_BODY:
                with collector_paused():
                    body = parse(response)
            else:
                body = parse(response)
        except ResponseValidationError as error:
            raise ResponseValidationError(f"{label}: {error}", response=response) from None
        except RecursionError:
            raise ResponseValidationError(
                f"{label}: the {response.status_code} body nests deeper than {MAX_DEPTH} levels", response=response
            ) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(f"{label}: {mismatch(response, exc)}", response=response) from exc
        return body


def mismatch(response: httpx.Response, exc: Exception) -> str:
    """Name the model and member that did not match, as the generated ``from_dict`` recorded them on ``exc``.

    The innermost model that was reading a member names both; a model that failed before reading any
    (its body was not an object at all) is named through the member of its parent that held it
    (``types.note_failure``).
    """
    model, member = failure_of(exc)
    where = f" as {model}" if model else ""
    if isinstance(exc, KeyError) and member == exc.args[0]:
        return f"the {response.status_code} body does not parse{where} (missing member {member!r})"
    detail = str(exc) or "a value of the wrong type"
    if member and not detail.startswith("member "):
        detail = f"member {member!r}: {detail}"
    return f"the {response.status_code} body does not parse{where} ({detail})"


def _extend(
    operation: Operation,
    kwargs: dict[str, Any],
    headers: dict[str, str],
    options: RequestOptions,
    timeout: httpx.Timeout,
) -> httpx.Timeout:
    """Apply a call's ``RequestOptions`` to its ``_get_kwargs`` and headers; return its timeout."""
    if options.extra_headers is not None:
        headers.update({str(k).lower(): v for k, v in options.extra_headers.items()})
    if options.extra_query is not None:
        kwargs["params"] = {**kwargs.get("params", {}), **options.extra_query}
    if options.extra_body is not None:
        if not isinstance(options.extra_body, Mapping):
            raise UsageError(f"{operation.operation_id}: extra_body is a mapping of members to add to the JSON body")
        body = kwargs.get("json")
        if isinstance(body, dict):
            kwargs["json"] = {**body, **options.extra_body}
        elif body is None and not any(k in kwargs for k in ("content", "data", "files")):
            kwargs["json"] = dict(options.extra_body)
            headers.setdefault("content-type", "application/json")
        else:
            raise UsageError(f"{operation.operation_id}: extra_body adds members to a JSON object body; this has none")
    if isinstance(options.timeout, Unset):
        return timeout
    return options.timeout if isinstance(options.timeout, httpx.Timeout) else httpx.Timeout(options.timeout)


def _keyed(operation: Operation, headers: dict[str, str]) -> dict[str, str]:
    """``headers``, with a fresh ``Idempotency-Key`` if the operation takes one and none (or an empty one) was given.

    The key is made once per call, so every retry of the call carries the same one.
    """
    if operation.idempotency_key:
        given = headers.get("idempotency-key")
        if given is None or not str(given).strip():  # left out, None or empty: a key must still make it safe
            headers["idempotency-key"] = str(uuid.uuid4())
    return headers


def _label(operation: Operation) -> str:
    """How logs and messages name a request: method and path template, never path parameter values."""
    return f"{operation.method} {operation.path} ({operation.operation_id})"


def _marks(operation: Operation, prefix: str) -> dict[str, Any]:
    """The extensions of a request the SDK builds (below the base URL's path ``prefix``): its label, the
    path logs below the SDK show for it, the credentials its operation takes and, unless it takes anonymous
    calls, that it needs one of them."""
    marks: dict[str, Any] = {
        SDK_REQUEST: _label(operation),
        LOGGED_PATH: prefix + operation.path,
        ACCEPTED_CREDENTIALS: operation.credentials,
    }
    if not operation.anonymous:
        marks[CREDENTIAL_REQUIRED] = operation.operation_id
    return marks


def hold_location(response: httpx.Response) -> None:
    """Response hook: set the ``Location`` of a redirect to an SDK request aside, before httpx reads it.

    httpx builds the next request of every redirect, even one it will not follow: that request carries
    the credential headers, and an unparsable ``Location`` (``http:127.0.0.1:9/x``) raises a bare
    ``httpx.InvalidURL``. With the header set aside there is no next request; ``restore_location`` puts it
    back before the SDK reads the response.
    """
    if SDK_REQUEST in response.request.extensions and response.has_redirect_location:
        response.extensions[HELD_LOCATION] = response.headers["location"]
        del response.headers["location"]


async def ahold_location(response: httpx.Response) -> None:
    """``hold_location`` for ``httpx.AsyncClient``, which awaits its hooks."""
    hold_location(response)


def restore_location(response: httpx.Response) -> None:
    """Put back the ``Location`` that ``hold_location`` set aside."""
    held = response.extensions.pop(HELD_LOCATION, None)
    if held is not None:
        response.headers["location"] = held


def _secrets_of(request: httpx.Request) -> list[str]:
    """The header values of ``request`` an error must not show (see ``errors.REVEALED_HEADERS``), longest first."""
    values = {v for k, v in request.headers.items() if k.lower() not in REVEALED_HEADERS}
    values |= {v.strip() for v in values}
    return sorted((v for v in values if len(v) >= 4), key=len, reverse=True)


def connection_error(exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    """The SDK's error for a request that got no response; no header value of ``request`` reaches its message.

    The credentials are checked before they are sent, so no layer below should ever quote one; if one
    does anyway, the value is cut from the message and the layer's own error is not chained.
    """
    if isinstance(exc, httpx.TimeoutException):
        error: APIConnectionError = APITimeoutError(f"Request timed out ({type(exc).__name__})", request=request)
    else:
        text = f"{type(exc).__name__}: {exc}"
        for secret in _secrets_of(request):
            text = text.replace(secret, REDACTED)
        error = APIConnectionError(f"Connection error ({text})", request=request)
    error.__cause__ = exc if carries_no_secret(exc, request) else None
    error.__suppress_context__ = True
    return error


def carries_no_secret(exc: BaseException, request: httpx.Request) -> bool:
    """Whether neither ``str(exc)`` nor ``repr(exc)`` holds a header value of ``request`` that must not show."""
    texts = (str(exc), repr(exc))
    return not any(secret in text for secret in _secrets_of(request) for text in texts)
