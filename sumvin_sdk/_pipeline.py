"""The request pipeline shared by ``Sumvin`` and ``AsyncSumvin``.

One call goes: operation arguments -> the generated ``_get_kwargs`` -> an ``httpx.Request`` with the
client's headers -> (the driver sends it with the auth strategies, never following redirects) -> the
retry policy -> a typed error, or the generated ``_parse_response`` -> an ``APIResponse``.
``Pipeline.flow`` is a generator that yields what to do next (``Send``, ``Sleep``) and receives what
happened; the sync and async clients only drive it, so they cannot drift apart.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable, Generator, Mapping
from types import ModuleType
from typing import Any, Literal, TypeAlias

import attrs
import httpx

from sumvin_sdk._generated import errors as generated_errors
from sumvin_sdk._generated.client import AuthenticatedClient
from sumvin_sdk._generated.operations import OPERATIONS, Operation
from sumvin_sdk._generated.types import UNSET, APIResponse
from sumvin_sdk._retry import RetryPolicy
from sumvin_sdk.auth import CombinedAuth
from sumvin_sdk.errors import APIConnectionError, APITimeoutError, ResponseValidationError, error_from_response

log = logging.getLogger("sumvin_sdk")

TimestampFormat: TypeAlias = Literal["epoch_ms", "iso8601"]
Outcome: TypeAlias = httpx.Response | httpx.TransportError | None
BuildRequest: TypeAlias = Callable[..., httpx.Request]

_BY_MODULE: dict[str, Operation] = {}


def operation_of(endpoint: ModuleType) -> Operation:
    """The ``Operation`` whose generated module is ``endpoint``."""
    if not _BY_MODULE:
        _BY_MODULE.update({f"{o.tag}.{o.module}": o for o in OPERATIONS.values()})
    return _BY_MODULE[".".join(endpoint.__name__.rsplit(".", 2)[-2:])]


@attrs.frozen
class Options:
    """Everything that configures a client, apart from its connection pool."""

    base_url: httpx.URL
    auth: CombinedAuth
    timeout: httpx.Timeout
    retry: RetryPolicy
    headers: httpx.Headers
    timestamp_format: TimestampFormat


@attrs.frozen
class Send:
    """Send ``request`` (with the client's auth, without following redirects); report the response or error."""

    request: httpx.Request


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
        self._headers = {name.lower(): value for name, value in options.headers.items()}

    def request(self, endpoint: ModuleType, arguments: Mapping[str, Any], build: BuildRequest) -> httpx.Request:
        """The ``httpx.Request`` for one call of ``endpoint`` (a generated module) with ``arguments``.

        ``build`` is the connection pool's ``build_request``, so the pool's own headers and cookies apply too.
        """
        kwargs = endpoint._get_kwargs(**{name: value for name, value in arguments.items() if value is not UNSET})
        headers = self._headers | {name.lower(): value for name, value in kwargs.pop("headers", {}).items()}
        if operation_of(endpoint).idempotency_key and "idempotency-key" not in headers:
            headers["idempotency-key"] = str(uuid.uuid4())  # one key for every attempt of this call
        if not kwargs.get("params"):
            kwargs.pop("params", None)  # an empty mapping would still cost a round of URL parsing
        url = self._prefix + kwargs.pop("url")
        return build(kwargs.pop("method").upper(), url, headers=headers, timeout=self.options.timeout, **kwargs)

    def flow(
        self, endpoint: ModuleType, arguments: Mapping[str, Any], build: BuildRequest
    ) -> Generator[Send | Sleep, Outcome, APIResponse[Any]]:
        """Send one operation, retrying as the policy allows; return the parsed success or raise a typed error."""
        request = self.request(endpoint, arguments, build)
        retries = 0
        while True:
            started = time.perf_counter()
            outcome = yield Send(request)
            elapsed = (time.perf_counter() - started) * 1000
            if isinstance(outcome, httpx.Response):
                log.debug("%s %s -> %d in %.1f ms", request.method, request.url, outcome.status_code, elapsed)
                if outcome.is_success:
                    return self.parse(endpoint, outcome)
                error = error_from_response(outcome)
                delay = self.options.retry.delay(request, outcome, error.problem, retries)
                if delay is None:
                    raise error
                what = str(outcome.status_code)
            else:
                assert isinstance(outcome, httpx.TransportError), "the driver reports a response or an error"
                log.debug("%s %s -> %s after %.1f ms", request.method, request.url, type(outcome).__name__, elapsed)
                delay = self.options.retry.delay(request, outcome, None, retries)
                if delay is None:
                    raise connection_error(outcome, request) from outcome
                what = type(outcome).__name__
            retries += 1
            log.info("%s %s: %s; retry %d in %.2f s", request.method, request.url, what, retries, delay)
            yield Sleep(delay)

    def parse(self, endpoint: ModuleType, response: httpx.Response) -> APIResponse[Any]:
        """The success response in full, its body parsed into the operation's model."""
        try:
            parsed = endpoint._parse_response(client=self._parser, response=response)
        except generated_errors.UnexpectedStatus:
            raise ResponseValidationError(
                f"{response.request.method} {response.request.url.path}: status {response.status_code} "
                "is not a documented response of this operation",
                response=response,
            ) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseValidationError(mismatch(response, exc), response=response) from exc
        return APIResponse(
            status_code=response.status_code, headers=response.headers, parsed=parsed, http_response=response
        )


def mismatch(response: httpx.Response, exc: Exception) -> str:
    """Name the model and member that did not match, from the innermost parsing frames of the traceback."""
    model = member = None
    traceback = exc.__traceback__
    while traceback is not None:
        code, local = traceback.tb_frame.f_code.co_name, traceback.tb_frame.f_locals
        if code == "from_dict" and isinstance(local.get("cls"), type):
            model, member = local["cls"].__name__, None
        elif code.startswith("_parse_"):
            member = code.removeprefix("_parse_")
        traceback = traceback.tb_next
    if isinstance(exc, KeyError):
        what = f"missing member {exc.args[0]!r}"
    else:
        what = (f"member {member!r}: " if member else "") + (str(exc) or "a value of the wrong type")
    where = f" as {model}" if model else ""
    request = response.request
    return f"{request.method} {request.url.path}: the {response.status_code} body does not parse{where} ({what})"


def connection_error(exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    """The SDK's error for a request that got no response."""
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out ({type(exc).__name__})", request=request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}: {exc})", request=request)
