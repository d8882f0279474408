"""Credential strategies: each puts one Sumvin header on every request.

==================  =======================  ===========================================
strategy            header                   what it carries
==================  =======================  ===========================================
``JWTAuth``         ``x-juno-jwt``           the signed-in user's session JWT
``PATAuth``         ``x-sumvin-pat``         a CLI personal access token
``AgentTokenAuth``  ``x-sumvin-token``       an agent's token
``PintTokenAuth``   ``x-sumvin-pint-token``  a purchase-intent token (with a JWT or PAT)
``UcpTokenAuth``    ``x-sumvin-ucp-token``   an organisation's UCP merchant-search key
``OrgId``           ``x-juno-orgid``         the tenant organisation id (not a secret)
==================  =======================  ===========================================

Each takes a string, or a zero-argument callable that is called on every request (so a rotating JWT
just works); with ``AsyncSumvin`` the callable may be a coroutine function. A callable that returns
``None`` leaves its header out. Several strategies combine with ``combine()`` or by passing a list as
``auth``: the server resolves the caller from the base credential first, so a PINT travels with a JWT
or a PAT. Each credential goes only to the operations that accept it: the client marks each request with
the headers its operation takes (``ACCEPTED_CREDENTIALS``, from the contract's ``x-sumvin-credentials``),
so a JWT never reaches a public or webhook endpoint. A secured operation (one that takes no anonymous call)
called with none of the credentials it accepts is refused before anything is sent, with a
``MissingCredentialError`` naming them: a credential in ``default_headers`` or ``extra_headers`` counts too.
They are ``httpx.Auth`` objects, usable with a plain httpx client too (there, with no mark, every strategy
applies and nothing is required). Values never appear in a ``repr``.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Iterable
from typing import ClassVar, TypeAlias

import httpx

from sumvin_sdk._headers import value_problem
from sumvin_sdk.errors import CredentialError, MissingCredentialError

__all__ = [
    "ACCEPTED_CREDENTIALS",
    "CREDENTIAL_REQUIRED",
    "AgentTokenAuth",
    "CombinedAuth",
    "CredentialSource",
    "HeaderAuth",
    "JWTAuth",
    "OrgId",
    "PATAuth",
    "PintTokenAuth",
    "UcpTokenAuth",
    "combine",
]

ACCEPTED_CREDENTIALS = "sumvin_sdk.credentials"
"""Request extension: the headers the request's operation accepts. A strategy whose header is not among
them is not applied (and its getter not called); without it, every strategy is."""
CREDENTIAL_REQUIRED = "sumvin_sdk.credential_required"
"""Request extension: the operationId of a secured operation. Such a request must carry one of the credential
headers of ``ACCEPTED_CREDENTIALS`` once the strategies are applied, or it is refused unsent."""

CredentialSource: TypeAlias = str | Callable[[], str | None] | Callable[[], Awaitable[str | None]]
"""A fixed value, or a getter called for each request (a coroutine function only with ``AsyncSumvin``)."""


def _checked(header: str, value: object) -> str | None:
    """``value`` if it can be sent in ``header``; ``CredentialError`` (never showing the value) if not."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise CredentialError(
            f"the {header} getter returned {type(value).__name__}, expected str or None", header=header
        )
    if not value.strip():
        raise CredentialError(f"the {header} value is empty", header=header)
    problem = value_problem(value)
    if problem:
        raise CredentialError(
            f"the {header} value {problem} ({len(value)} characters, not shown); refusing to send it", header=header
        )
    return value


class _HeaderFlows(httpx.Auth):
    """The httpx hooks shared by one strategy and a combination: set each header, send once."""

    @property
    def strategies(self) -> tuple[HeaderAuth, ...]:
        """The strategies applied, in order."""
        raise NotImplementedError

    def accepted(self, request: httpx.Request) -> tuple[HeaderAuth, ...]:
        """The strategies ``request`` takes: those whose header its operation accepts (all, if it does not say)."""
        accepted = request.extensions.get(ACCEPTED_CREDENTIALS)
        if accepted is None:
            return self.strategies
        return tuple(s for s in self.strategies if s.header in accepted)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """httpx hook for synchronous clients."""
        carried = False
        for strategy in self.accepted(request):
            carried |= strategy.apply(request, strategy.value())
        _require_credential(request, carried)
        yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """httpx hook for asynchronous clients: async getters are awaited."""
        carried = False
        for strategy in self.accepted(request):
            carried |= strategy.apply(request, await strategy.avalue())
        _require_credential(request, carried)
        yield request


class HeaderAuth(_HeaderFlows):
    """Base of the strategies: one header, from a fixed value or a per-request getter."""

    header: ClassVar[str]
    secret: ClassVar[bool] = True

    def __init__(self, source: CredentialSource) -> None:
        if isinstance(source, str):
            _checked(self.header, source)
        elif not callable(source):
            raise CredentialError(
                f"{type(self).__name__} takes a string or a zero-argument callable", header=self.header
            )
        self._source = source

    def value(self) -> str | None:
        """The header value now (calls the getter); for synchronous clients."""
        if isinstance(self._source, str):
            return self._source
        result = self._source()
        if inspect.isawaitable(result):
            if inspect.iscoroutine(result):
                result.close()
            raise CredentialError(
                f"{type(self).__name__} has an async getter: use it with AsyncSumvin", header=self.header
            )
        return _checked(self.header, result)

    async def avalue(self) -> str | None:
        """The header value now (calls and, if needed, awaits the getter)."""
        if isinstance(self._source, str):
            return self._source
        result = self._source()
        if inspect.isawaitable(result):
            result = await result
        return _checked(self.header, result)

    def apply(self, request: httpx.Request, value: str | None) -> bool:
        """Set (or, for ``None``, remove) this strategy's header on ``request``; whether it now carries a credential.

        A value set is never blank (``_checked``), so a credential header set here needs no second look.
        """
        if value is None:
            request.headers.pop(self.header, None)
            return False
        request.headers[self.header] = value
        return self.header in _CREDENTIALS

    @property
    def strategies(self) -> tuple[HeaderAuth, ...]:
        """Just this one."""
        return (self,)

    def __repr__(self) -> str:
        if not isinstance(self._source, str):
            shown = "<getter>"
        elif self.secret:
            shown = "<redacted>"
        else:
            shown = repr(self._source)
        return f"{type(self).__name__}({shown})"


class JWTAuth(HeaderAuth):
    """The signed-in user's session JWT, in ``x-juno-jwt``."""

    header = "x-juno-jwt"


class PATAuth(HeaderAuth):
    """A personal access token from the CLI sign-in, in ``x-sumvin-pat``.

    The API honours a PAT only from a client whose ``User-Agent`` starts with ``sumvin-cli/``.
    """

    header = "x-sumvin-pat"


class AgentTokenAuth(HeaderAuth):
    """An agent's token, in ``x-sumvin-token``."""

    header = "x-sumvin-token"


class PintTokenAuth(HeaderAuth):
    """A purchase-intent (PINT) token, in ``x-sumvin-pint-token``; send it with a JWT or PAT."""

    header = "x-sumvin-pint-token"


class UcpTokenAuth(HeaderAuth):
    """An organisation's key for the UCP merchant search, in ``x-sumvin-ucp-token``."""

    header = "x-sumvin-ucp-token"


class OrgId(HeaderAuth):
    """The tenant organisation id, in ``x-juno-orgid``. Not a secret, so its ``repr`` shows it."""

    header = "x-juno-orgid"
    secret = False


class CombinedAuth(_HeaderFlows):
    """Several strategies applied to every request, in order; two for one header are refused."""

    def __init__(self, strategies: Iterable[HeaderAuth]) -> None:
        self._strategies = tuple(strategies)
        headers = [s.header for s in self._strategies]
        if duplicated := sorted({h for h in headers if headers.count(h) > 1}):
            raise ValueError(f"two strategies set the same header: {duplicated}")

    @property
    def strategies(self) -> tuple[HeaderAuth, ...]:
        """The strategies applied, in order."""
        return self._strategies

    def __repr__(self) -> str:
        return f"CombinedAuth({', '.join(map(repr, self.strategies))})"


_CREDENTIALS: dict[str, type[HeaderAuth]] = {
    cls.header: cls for cls in (JWTAuth, PATAuth, AgentTokenAuth, PintTokenAuth, UcpTokenAuth)
}
"""The credential headers, and the strategy that sets each (the org id names a tenant; it is no credential)."""


def _require_credential(request: httpx.Request, set_by_strategy: bool) -> None:
    """``MissingCredentialError`` if ``request`` is for a secured operation and carries none of its credentials.

    ``set_by_strategy``: a strategy has just set one of the credential headers the request's operation accepts, which
    settles it without reading the headers. ``Authorization`` counts as the JWT, which the API also reads
    from there. A request that does not say which credentials it accepts takes any of them, as every strategy
    is applied to it then.
    """
    operation = request.extensions.get(CREDENTIAL_REQUIRED)
    if operation is None:
        return
    marked = request.extensions.get(ACCEPTED_CREDENTIALS)
    if set_by_strategy and marked is not None:
        return
    accepted = tuple(h for h in (_CREDENTIALS if marked is None else marked) if h in _CREDENTIALS)
    carried = [h for h in (*accepted, "authorization") if request.headers.get(h, "").strip()]
    if carried and (carried != ["authorization"] or JWTAuth.header in accepted):
        return
    names = ", ".join(f"{_CREDENTIALS[h].__name__} ({h})" for h in accepted)
    pairs = (("jwt", JWTAuth.header), ("pat", PATAuth.header))
    shorthands = [f"{name}= or SUMVIN_{name.upper()}" for name, header in pairs if header in accepted]
    how = f"auth= ({', '.join(shorthands)} too)" if shorthands else "auth="
    raise MissingCredentialError(
        f"{operation} needs a credential and none is configured; it accepts any of: {names}. "
        f"Give one with {how}; nothing was sent",
        operation=operation,
        accepted=accepted,
    )


def combine(*strategies: HeaderAuth | CombinedAuth) -> CombinedAuth:
    """One ``httpx.Auth`` applying all ``strategies`` (nested combinations are flattened)."""
    return CombinedAuth(s for strategy in strategies for s in strategy.strategies)
