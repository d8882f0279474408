"""``Sumvin`` and ``AsyncSumvin``: configuration, connection pool, and the drivers of the request pipeline."""

from __future__ import annotations

import contextlib
import os
import warnings
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence
from functools import cached_property
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, Generic, Protocol, Self, TypeAlias, TypeVar, cast, overload

import attrs
import httpx

from sumvin_sdk import __version__
from sumvin_sdk._body import ACCEPT_ENCODING, DeadlinePassed
from sumvin_sdk._deadline import within
from sumvin_sdk._generated.resources import AsyncRawResources, AsyncResources, RawResources, Resources
from sumvin_sdk._generated.types import APIResponse, RequestOptions
from sumvin_sdk._headers import check_headers
from sumvin_sdk._logs import SCRUBBER
from sumvin_sdk._pipeline import (
    LOGGED_PATH,
    Done,
    Flow,
    Options,
    Outcome,
    Pipeline,
    Send,
    Sleep,
    TimestampFormat,
    ahold_location,
    hold_location,
)
from sumvin_sdk._retry import RetryPolicy
from sumvin_sdk.auth import CombinedAuth, HeaderAuth, JWTAuth, OrgId, PATAuth, combine
from sumvin_sdk.hal import PageCursor, link_of, page_items
from sumvin_sdk.tables import dataframe

if TYPE_CHECKING:
    import pandas

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_TIMEOUT",
    "AsyncSumvin",
    "Sumvin",
]

DEFAULT_BASE_URL = "https://api.sumvin.com"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_DEADLINE = 180.0
"""Seconds one call may take in all, every attempt and retry wait included.

On the pool ``Sumvin`` makes itself each socket operation is bounded by it too (``sumvin_sdk._deadline``); with
an ``http_client`` or ``transport`` passed in, a server dripping its headers is bounded only by that client's
own timeouts."""
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
"""The largest body (after decompression) a call reads before ``ResponseTooLargeError``."""
DEFAULT_USER_AGENT = f"sumvin-sdk-python/{__version__}"
PAT_USER_AGENT_PREFIX = "sumvin-cli/"
_REQUEST_HEADERS = ("user-agent", "accept-encoding")
"""The headers every client sets on each of its requests, whatever it is configured with."""
AuthArgument: TypeAlias = HeaderAuth | CombinedAuth | Iterable[HeaderAuth] | None
HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)
TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)
ClientT = TypeVar("ClientT", "Sumvin", "AsyncSumvin")
if TYPE_CHECKING:  # a default (PEP 696) types a follow without ``model`` as Any, with one signature for both uses
    from typing_extensions import TypeVar as DefaultingTypeVar

    ModelT = DefaultingTypeVar("ModelT", default=Any)
else:
    ModelT = TypeVar("ModelT")
PageT = TypeVar("PageT")
PageT_co = TypeVar("PageT_co", covariant=True)
ItemT = TypeVar("ItemT")
ItemT_co = TypeVar("ItemT_co", covariant=True)
SHORTHANDS = ((JWTAuth, "jwt", "SUMVIN_JWT"), (PATAuth, "pat", "SUMVIN_PAT"), (OrgId, "org_id", "SUMVIN_ORG_ID"))


class _Keep:
    """``with_options``: leave this setting as it is."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Any = _Keep()


def _without_replaced_headers(http: HttpT) -> HttpT:
    """A pool the SDK made, without the httpx defaults that every request of the SDK replaces (``User-Agent`` and
    ``Accept-Encoding``, which ``Options.headers`` always holds): a request's headers then join the pool's
    without first taking any out, and it carries the same headers, in the same order."""
    for name in _REQUEST_HEADERS:
        del http.headers[name]
    return http


def _resume(flow: Flow, outcome: Outcome) -> Send | Sleep | Done:
    """The flow's next step, given what became of the last one; at its end, its result."""
    try:
        return flow.send(outcome)
    except StopIteration as done:
        result: Done = done.value
        return result


def _full(done: Done) -> APIResponse[Any]:
    """The ``APIResponse`` of a finished flow: status, headers, parsed body and the response."""
    response, body = done
    return APIResponse(status_code=response.status_code, headers=response.headers, parsed=body, http_response=response)


def _strategies(auth: AuthArgument) -> list[HeaderAuth]:
    if auth is None:
        return []
    if isinstance(auth, HeaderAuth | CombinedAuth):
        return list(auth.strategies)
    return list(auth)


def _resolve_auth(auth: AuthArgument, shorthands: Mapping[str, str | None], *, environ: bool) -> CombinedAuth:
    """``auth``, plus a strategy per shorthand given; with ``environ``, the environment fills what is unset.

    Credentials come from the environment only when ``auth`` is not given (explicit auth is the whole
    answer); the org id, not a credential, comes from it either way.
    """
    strategies = _strategies(auth)
    for cls, name, variable in SHORTHANDS:
        value = shorthands.get(name)
        present = any(isinstance(s, cls) for s in strategies)
        if value is not None and present:
            raise ValueError(f"{name}= and a {cls.__name__} in auth= both set {cls.header}")
        if value is None and environ and not present and (auth is None or cls is OrgId):
            value = os.environ.get(variable) or None
        if value is not None:
            strategies.append(cls(value))
    return combine(*strategies)


def _with_headers(
    base: Mapping[str, str], user_agent: str | None, default_headers: Mapping[str, str] | None
) -> httpx.Headers:
    """``base`` with a caller's ``User-Agent`` and default headers over it, each checked first (``HeaderError``)."""
    added = ({} if user_agent is None else {"User-Agent": user_agent}) | dict(default_headers or {})
    check_headers("default_headers", added)
    headers = httpx.Headers(base)
    headers.update(added)
    return headers


def _options(
    *,
    base_url: str | httpx.URL | None,
    auth: CombinedAuth,
    timestamp_format: TimestampFormat,
    timeout: float | httpx.Timeout | None,
    retry: RetryPolicy,
    headers: httpx.Headers,
    max_response_bytes: int,
    deadline: float | None,
) -> Options:
    if isinstance(max_response_bytes, bool) or not isinstance(max_response_bytes, int) or max_response_bytes < 1:
        raise ValueError(f"max_response_bytes must be a positive int, not {max_response_bytes!r}")
    if deadline is not None and (
        isinstance(deadline, bool) or not isinstance(deadline, int | float) or not 0 < deadline < float("inf")
    ):
        raise ValueError(f"deadline must be a positive number of seconds or None, not {deadline!r}")
    if timestamp_format not in ("epoch_ms", "iso8601"):
        raise ValueError(f"timestamp_format must be 'epoch_ms' or 'iso8601', not {timestamp_format!r}")
    url = httpx.URL(str(base_url or os.environ.get("SUMVIN_BASE_URL") or DEFAULT_BASE_URL))
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base_url must be an absolute http(s) URL, not {str(url)!r}")
    headers = httpx.Headers(headers)
    if timestamp_format == "iso8601":
        headers["X-Timestamp-Format"] = "iso8601"
    else:
        headers.pop("X-Timestamp-Format", None)
    if any(isinstance(s, PATAuth) for s in auth.strategies) and not headers["user-agent"].startswith(
        PAT_USER_AGENT_PREFIX
    ):
        warnings.warn(
            f"the Sumvin API honours a PAT only from a client whose User-Agent starts with {PAT_USER_AGENT_PREFIX!r}; "
            f"pass user_agent='{PAT_USER_AGENT_PREFIX}<tool>/<version>'",
            stacklevel=3,  # the caller of Sumvin(...) or with_options(...)
        )
    if timeout is None:
        timeout = DEFAULT_TIMEOUT
    return Options(
        base_url=url,
        auth=auth,
        timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
        retry=retry,
        headers=headers,
        timestamp_format=timestamp_format,
        max_response_bytes=max_response_bytes,
        deadline=deadline,
    )


class _BaseClient(Generic[HttpT, TransportT]):
    """What ``Sumvin`` and ``AsyncSumvin`` share: construction, configuration and ``with_options``."""

    _options: Options
    _pipeline: Pipeline
    _http: HttpT
    _owns_http: bool
    _sending: dict[str, Any]
    _resource_caller: Any

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        auth: AuthArgument = None,
        jwt: str | None = None,
        pat: str | None = None,
        org_id: str | None = None,
        timestamp_format: TimestampFormat = "epoch_ms",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        user_agent: str | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: HttpT | None = None,
        transport: TransportT | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        deadline: float | None = DEFAULT_DEADLINE,
    ) -> None:
        if http_client is not None and transport is not None:
            raise ValueError("pass http_client or transport, not both")
        retry = retry_policy or RetryPolicy()
        if max_retries is not None:
            retry = attrs.evolve(retry, max_retries=max_retries)
        # No Accept header of our own: some operations answer images or PDFs, and httpx sends */*.
        # Only the encodings the SDK decompresses within max_response_bytes (see sumvin_sdk._body).
        base = {"User-Agent": DEFAULT_USER_AGENT, "Accept-Encoding": ACCEPT_ENCODING}
        headers = _with_headers(base, user_agent or None, default_headers)
        options = _options(
            base_url=base_url,
            auth=_resolve_auth(auth, {"jwt": jwt, "pat": pat, "org_id": org_id}, environ=True),
            timestamp_format=timestamp_format,
            timeout=timeout,
            retry=retry,
            headers=headers,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
        )
        http = http_client if http_client is not None else _without_replaced_headers(self._new_http(transport))
        self._setup(options, http, owns_http=http_client is None)

    def _new_http(self, transport: TransportT | None) -> HttpT:
        raise NotImplementedError

    def _setup(self, options: Options, http: HttpT, *, owns_http: bool) -> None:
        hook = ahold_location if isinstance(http, httpx.AsyncClient) else hold_location
        if hook not in http.event_hooks["response"]:  # it touches only the SDK's own requests
            http.event_hooks["response"].append(hook)
        self._options = options
        # How the drivers send: with the client's credentials, never following a redirect, the body streamed.
        self._sending = {"auth": options.auth, "follow_redirects": False, "stream": True}
        self._pipeline = Pipeline(options)
        self._http = http
        self._owns_http = owns_http
        self._resource_caller = self

    def with_options(
        self,
        *,
        base_url: str | httpx.URL = KEEP,
        auth: AuthArgument = KEEP,
        jwt: str | None = KEEP,
        pat: str | None = KEEP,
        org_id: str | None = KEEP,
        timestamp_format: TimestampFormat = KEEP,
        timeout: float | httpx.Timeout | None = KEEP,
        max_retries: int = KEEP,
        retry_policy: RetryPolicy = KEEP,
        user_agent: str = KEEP,
        default_headers: Mapping[str, str] = KEEP,
        max_response_bytes: int = KEEP,
        deadline: float | None = KEEP,
    ) -> Self:
        """A copy with some settings changed, sharing this client's connection pool (which this client closes).

        ``jwt``/``pat``/``org_id`` replace the strategy for their header; ``auth`` replaces them all;
        ``None`` removes one; ``default_headers`` are added to the current ones.
        """
        old = self._options
        shorthands = {"jwt": jwt, "pat": pat, "org_id": org_id}
        changed = {name: value for name, value in shorthands.items() if value is not KEEP}
        if auth is KEEP:
            replaced = tuple(cls for cls, name, _ in SHORTHANDS if name in changed)
            auth = [s for s in old.auth.strategies if not isinstance(s, replaced)]
        retry = old.retry if retry_policy is KEEP else retry_policy
        if max_retries is not KEEP:
            retry = attrs.evolve(retry, max_retries=max_retries)
        headers = _with_headers(
            old.headers,
            None if user_agent is KEEP else user_agent,
            None if default_headers is KEEP else default_headers,
        )
        options = _options(
            base_url=old.base_url if base_url is KEEP else base_url,
            auth=_resolve_auth(auth, changed, environ=False),
            timestamp_format=old.timestamp_format if timestamp_format is KEEP else timestamp_format,
            timeout=old.timeout if timeout is KEEP else timeout,
            retry=retry,
            headers=headers,
            max_response_bytes=old.max_response_bytes if max_response_bytes is KEEP else max_response_bytes,
            deadline=old.deadline if deadline is KEEP else deadline,
        )
        copy = object.__new__(type(self))
        copy._setup(options, self._http, owns_http=False)
        return copy

    def _follow(
        self,
        resource: object,
        rel: str | None,
        *,
        variables: Mapping[str, object] | None,
        json: object,
        model: type[Any] | None,
        headers: Mapping[str, str] | None,
    ) -> Flow:
        """The pipeline flow of a follow; a missing relation raises here, before anything is sent."""
        link = link_of(resource, rel)
        build = self._http.build_request
        return self._pipeline.follow(link, build, variables=variables, json=json, model=model, headers=headers)

    def _time_left(self, step: Send) -> Callable[[], float] | None:
        """Seconds left before the deadline of ``step``'s call, on the retry policy's clock (``None``: none)."""
        until, clock = step.until, self._options.retry.monotonic
        return None if until is None else lambda: until - clock()

    @staticmethod
    def _tracking(step: Send) -> contextlib.AbstractContextManager[None]:
        """Log lines below the SDK, for the time of ``step``'s send, name its request as ``_logs`` says."""
        return SCRUBBER.tracking(step.request, step.request.extensions[LOGGED_PATH])

    @property
    def base_url(self) -> httpx.URL:
        """Where requests go."""
        return self._options.base_url

    @property
    def timestamp_format(self) -> TimestampFormat:
        """The timestamp form asked of the API (``X-Timestamp-Format``); typed models hold datetimes either way."""
        return self._options.timestamp_format

    @property
    def max_retries(self) -> int:
        """How many times a failed call may be repeated."""
        return self._options.retry.max_retries

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r}, auth={self._options.auth!r})"


class Sumvin(_BaseClient[httpx.Client, httpx.BaseTransport], Resources):
    """The Sumvin API, every operation a typed method grouped by tag: ``client.user.get_user_account()``.

    Credentials: ``auth`` (a strategy from ``sumvin_sdk.auth`` or a list of them), or the shorthands
    ``jwt``, ``pat`` and ``org_id``; without ``auth``, ``SUMVIN_JWT``, ``SUMVIN_PAT`` and ``SUMVIN_ORG_ID``
    fill in. ``base_url`` defaults to ``SUMVIN_BASE_URL``, then ``https://api.sumvin.com``.
    Pass ``http_client`` (yours to close) or ``transport`` to control the connection.
    """

    def _new_http(self, transport: httpx.BaseTransport | None) -> httpx.Client:
        http = httpx.Client(transport=transport, follow_redirects=False)
        if transport is not None:
            return http
        from sumvin_sdk._deadline_backend import bound_by_deadline  # httpcore, imported with the first own pool

        return bound_by_deadline(http)

    def call(self, endpoint: ModuleType, arguments: dict[str, Any], options: RequestOptions | None = None) -> Any:
        """Send one operation (a generated endpoint module) and return its parsed success body."""
        return self._drive(self._pipeline.call(endpoint, arguments, self._http.build_request, options))[1]

    def send(
        self, endpoint: ModuleType, arguments: Mapping[str, Any], options: RequestOptions | None = None
    ) -> APIResponse[Any]:
        """Send one operation and return its success response in full; raise a typed error otherwise."""
        return _full(self._drive(self._pipeline.call(endpoint, arguments, self._http.build_request, options)))

    def follow(
        self,
        resource: object,
        rel: str | None = None,
        *,
        variables: Mapping[str, object] | None = None,
        json: object = None,
        model: type[ModelT] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> ModelT:
        """Follow the link ``rel`` of ``resource`` (a model, a dict with ``_links``, an error, or a link itself).

        The link's method is used, and the link must match an operation (``/v0/wallets/42`` -> ``getWallet``):
        it is sent with the credentials that operation accepts, and the result is its success model, or an
        instance of ``model`` if given (``dict`` for the decoded JSON). Before anything is sent, a link that
        would leave ``base_url`` raises ``HALOriginError`` and one that matches no operation
        ``HALUnmatchedLinkError``; templated links are expanded with ``variables``.
        """
        return self.follow_raw(resource, rel, variables=variables, json=json, model=model, headers=headers).parsed

    def follow_raw(
        self,
        resource: object,
        rel: str | None = None,
        *,
        variables: Mapping[str, object] | None = None,
        json: object = None,
        model: type[ModelT] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> APIResponse[ModelT]:
        """``follow``, returning the whole ``APIResponse``."""
        return _full(
            self._drive(self._follow(resource, rel, variables=variables, json=json, model=model, headers=headers))
        )

    def paginate(self, first_page: PageT, *, max_pages: int = 1000) -> Pages[PageT]:
        """Iterate ``first_page`` and the pages after it, following ``next`` links (``.items()`` for the items).

        Typed by the page: ``client.paginate(client.wallets.list_wallets()).items()`` yields ``WalletData``.
        """
        return Pages(self, first_page, max_pages)

    def _attempt(self, step: Send) -> Outcome:
        """One send of ``step.request``: the response with its body read within bounds, or the transport error.

        On the pool the client made itself, every socket operation gets at most the time left (``_deadline``).
        """
        with self._tracking(step), within(self._time_left(step)):
            try:
                response = self._http.send(step.request, **self._sending)
                try:
                    self._pipeline.reader(response, step.until).read(response.iter_raw())
                finally:
                    response.close()
            except httpx.TransportError as exc:
                return exc
        return response

    def _drive(self, flow: Flow) -> Done:
        step = _resume(flow, None)
        while not isinstance(step, tuple):
            outcome = self._attempt(step) if isinstance(step, Send) else self._sleep(step.seconds)
            step = _resume(flow, outcome)
        return step

    def _sleep(self, seconds: float) -> Outcome:
        """Wait before the next attempt (on the retry policy's sleep); nothing comes of it."""
        self._options.retry.sleep(seconds)
        return None

    @cached_property
    def with_raw_response(self) -> RawResources:
        """The same operations, each returning an ``APIResponse`` (status, headers, parsed body, response)."""
        return _RawView(_RawCaller(self))

    def close(self) -> None:
        """Close the connection pool (unless it was passed in as ``http_client``)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncSumvin(_BaseClient[httpx.AsyncClient, httpx.AsyncBaseTransport], AsyncResources):
    """The Sumvin API for asyncio, every operation an awaitable typed method: ``await client.user.get_user_account()``.

    Configured as ``Sumvin``; credential getters may be coroutine functions. Pass an ``httpx.AsyncClient``
    as ``http_client`` (yours to close) or an async ``transport``.
    """

    def _new_http(self, transport: httpx.AsyncBaseTransport | None) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=transport, follow_redirects=False)

    async def call(self, endpoint: ModuleType, arguments: dict[str, Any], options: RequestOptions | None = None) -> Any:
        """Send one operation (a generated endpoint module) and return its parsed success body."""
        return (await self._drive(self._pipeline.call(endpoint, arguments, self._http.build_request, options)))[1]

    async def send(
        self, endpoint: ModuleType, arguments: Mapping[str, Any], options: RequestOptions | None = None
    ) -> APIResponse[Any]:
        """Send one operation and return its success response in full; raise a typed error otherwise."""
        return _full(await self._drive(self._pipeline.call(endpoint, arguments, self._http.build_request, options)))

    async def follow(
        self,
        resource: object,
        rel: str | None = None,
        *,
        variables: Mapping[str, object] | None = None,
        json: object = None,
        model: type[ModelT] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> ModelT:
        """Follow a link, as ``Sumvin.follow`` does."""
        response = await self.follow_raw(resource, rel, variables=variables, json=json, model=model, headers=headers)
        return response.parsed

    async def follow_raw(
        self,
        resource: object,
        rel: str | None = None,
        *,
        variables: Mapping[str, object] | None = None,
        json: object = None,
        model: type[ModelT] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> APIResponse[ModelT]:
        """``follow``, returning the whole ``APIResponse``."""
        flow = self._follow(resource, rel, variables=variables, json=json, model=model, headers=headers)
        return _full(await self._drive(flow))

    def paginate(self, first_page: PageT, *, max_pages: int = 1000) -> AsyncPages[PageT]:
        """Iterate ``first_page`` and the pages after it (``async for``; ``.items()`` for the items)."""
        return AsyncPages(self, first_page, max_pages)

    async def _attempt(self, step: Send) -> Outcome:
        """One send, as ``Sumvin._attempt``; past the deadline, even a server sending headers a byte at a
        time is cut off."""
        import anyio  # only async clients need it

        left = self._time_left(step)
        with self._tracking(step):
            try:
                with anyio.fail_after(None if left is None else left()):
                    response = await self._http.send(step.request, **self._sending)
                    try:
                        await self._pipeline.reader(response, step.until).aread(response.aiter_raw())
                    finally:
                        await response.aclose()
            except httpx.TransportError as exc:
                return exc
            except TimeoutError:
                return DeadlinePassed("the call's deadline passed before the response was read", request=step.request)
        return response

    async def _drive(self, flow: Flow) -> Done:
        step = _resume(flow, None)
        while not isinstance(step, tuple):
            outcome = await (self._attempt(step) if isinstance(step, Send) else self._sleep(step.seconds))
            step = _resume(flow, outcome)
        return step

    async def _sleep(self, seconds: float) -> Outcome:
        """Wait before the next attempt, as ``Sumvin._sleep``."""
        await self._options.retry.async_sleep(seconds)
        return None

    @cached_property
    def with_raw_response(self) -> AsyncRawResources:
        """The same operations, each returning an ``APIResponse``."""
        return _AsyncRawView(_RawCaller(self))

    async def aclose(self) -> None:
        """Close the connection pool (unless it was passed in as ``http_client``)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


@attrs.frozen
class _RawCaller:
    """Sends a resource's calls through ``client.send``: the whole ``APIResponse`` (awaitable for an async one)."""

    client: Sumvin | AsyncSumvin

    def call(self, endpoint: ModuleType, arguments: dict[str, Any], options: RequestOptions | None = None) -> Any:
        return self.client.send(endpoint, arguments, options)


class _RawView(RawResources):
    def __init__(self, caller: _RawCaller) -> None:
        self._resource_caller = caller


class _AsyncRawView(AsyncRawResources):
    def __init__(self, caller: _RawCaller) -> None:
        self._resource_caller = caller


def _items_of(page: object) -> Iterable[Any]:
    """A page's items: its model's ``page_items()``, else the one list member (``hal.page_items``)."""
    method = getattr(page, "page_items", None)
    return method() if callable(method) else page_items(page)


class Paged(Protocol[ItemT_co]):
    """A page model: the model of a list operation's answer, whose ``page_items()`` are its items."""

    def page_items(self) -> Sequence[ItemT_co]:
        """The items of this page."""
        ...


class _Walk(Generic[ClientT, PageT_co]):
    """What ``Pages`` and ``AsyncPages`` share: the client, the first page and where the walk stands."""

    def __init__(self, client: ClientT, first_page: PageT_co, max_pages: int) -> None:
        self._client: ClientT = client
        self._first, self._max_pages = first_page, max_pages
        self._model: type[Any] | None = dict if isinstance(first_page, Mapping) else None  # dict pages stay dicts

    def _cursor(self) -> PageCursor:
        return PageCursor(self._client.base_url, self._max_pages)


class Pages(_Walk[Sumvin, PageT_co]):
    """The pages from a first page on, following ``next`` links; stops on a loop or past ``max_pages``.

    Iterating gives the pages (typed as the first); ``items()`` gives every item (typed as the page's items).
    """

    def __iter__(self) -> Iterator[PageT_co]:
        cursor, page = self._cursor(), self._first
        yield page
        while (link := cursor.next_link(page)) is not None:
            page = cast("PageT_co", self._client.follow(link, model=self._model))
            yield page

    @overload
    def items(self: Pages[Paged[ItemT]]) -> Iterator[ItemT]: ...
    @overload
    def items(self: Pages[Mapping[str, Any]]) -> Iterator[Any]: ...

    def items(self) -> Iterator[Any]:
        """Every item of every page, from the one list member of each page."""
        for page in self:
            yield from _items_of(page)

    def to_dataframe(self) -> pandas.DataFrame:
        """Every item of every page as a pandas DataFrame, one row each (see ``sumvin_sdk.tables``)."""
        return dataframe(item for page in self for item in _items_of(page))


class AsyncPages(_Walk[AsyncSumvin, PageT_co]):
    """The pages from a first page on, for ``async for``; as ``Pages``."""

    async def __aiter__(self) -> AsyncIterator[PageT_co]:
        cursor, page = self._cursor(), self._first
        yield page
        while (link := cursor.next_link(page)) is not None:
            page = cast("PageT_co", await self._client.follow(link, model=self._model))
            yield page

    @overload
    def items(self: AsyncPages[Paged[ItemT]]) -> AsyncIterator[ItemT]: ...
    @overload
    def items(self: AsyncPages[Mapping[str, Any]]) -> AsyncIterator[Any]: ...

    async def items(self) -> AsyncIterator[Any]:
        """Every item of every page."""
        async for page in self:
            for item in _items_of(page):
                yield item

    async def to_dataframe(self) -> pandas.DataFrame:
        """Every item of every page as a pandas DataFrame (``await pages.to_dataframe()``)."""
        return dataframe([item async for page in self for item in _items_of(page)])
