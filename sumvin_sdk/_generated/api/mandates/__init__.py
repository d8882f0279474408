"""Operations tagged `mandates`: one module per operation, and the resource classes
``Sumvin.mandates`` and ``AsyncSumvin.mandates`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ...models.mandate_ceremony_decision_request import MandateCeremonyDecisionRequest
    from ...models.mandate_ceremony_response import MandateCeremonyResponse
    from ...models.mandate_ceremony_status_response import MandateCeremonyStatusResponse
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/mandate-ceremonies/current"): "read_mandate_ceremony",
    ("get", "/v0/mandate-ceremonies/current/status"): "read_mandate_ceremony_status",
    ("put", "/v0/mandate-ceremonies/current/decision"): "decide_mandate_ceremony",
}


class MandatesResource:
    """Operations tagged `mandates`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def read_mandate_ceremony(
        self,
        *,
        x_sumvin_ceremony_ticket: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> MandateCeremonyResponse:
        """Read the mandate awaiting approval: ``GET /v0/mandate-ceremonies/current``."""
        from . import read_mandate_ceremony as endpoint

        return cast(
            "MandateCeremonyResponse",
            self._caller.call(
                endpoint,
                {"x_sumvin_ceremony_ticket": x_sumvin_ceremony_ticket},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def read_mandate_ceremony_status(
        self,
        *,
        x_sumvin_ceremony_ticket: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> MandateCeremonyStatusResponse:
        """Check where a mandate approval stands: ``GET /v0/mandate-ceremonies/current/status``."""
        from . import read_mandate_ceremony_status as endpoint

        return cast(
            "MandateCeremonyStatusResponse",
            self._caller.call(
                endpoint,
                {"x_sumvin_ceremony_ticket": x_sumvin_ceremony_ticket},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def decide_mandate_ceremony(
        self,
        *,
        body: MandateCeremonyDecisionRequest,
        x_sumvin_ceremony_ticket: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> MandateCeremonyResponse:
        """Approve or decline a proposed mandate: ``PUT /v0/mandate-ceremonies/current/decision``."""
        from . import decide_mandate_ceremony as endpoint

        return cast(
            "MandateCeremonyResponse",
            self._caller.call(
                endpoint,
                {"x_sumvin_ceremony_ticket": x_sumvin_ceremony_ticket, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class MandatesResourceWithRawResponse:
    """``MandatesResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = MandatesResource(caller)
        self.read_mandate_ceremony = raw_response(resource.read_mandate_ceremony)
        self.read_mandate_ceremony_status = raw_response(resource.read_mandate_ceremony_status)
        self.decide_mandate_ceremony = raw_response(resource.decide_mandate_ceremony)


class AsyncMandatesResource:
    """Operations tagged `mandates`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def read_mandate_ceremony(
        self,
        *,
        x_sumvin_ceremony_ticket: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> MandateCeremonyResponse:
        """Read the mandate awaiting approval: ``GET /v0/mandate-ceremonies/current``."""
        from . import read_mandate_ceremony as endpoint

        return cast(
            "MandateCeremonyResponse",
            await self._caller.call(
                endpoint,
                {"x_sumvin_ceremony_ticket": x_sumvin_ceremony_ticket},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def read_mandate_ceremony_status(
        self,
        *,
        x_sumvin_ceremony_ticket: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> MandateCeremonyStatusResponse:
        """Check where a mandate approval stands: ``GET /v0/mandate-ceremonies/current/status``."""
        from . import read_mandate_ceremony_status as endpoint

        return cast(
            "MandateCeremonyStatusResponse",
            await self._caller.call(
                endpoint,
                {"x_sumvin_ceremony_ticket": x_sumvin_ceremony_ticket},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def decide_mandate_ceremony(
        self,
        *,
        body: MandateCeremonyDecisionRequest,
        x_sumvin_ceremony_ticket: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> MandateCeremonyResponse:
        """Approve or decline a proposed mandate: ``PUT /v0/mandate-ceremonies/current/decision``."""
        from . import decide_mandate_ceremony as endpoint

        return cast(
            "MandateCeremonyResponse",
            await self._caller.call(
                endpoint,
                {"x_sumvin_ceremony_ticket": x_sumvin_ceremony_ticket, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncMandatesResourceWithRawResponse:
    """``AsyncMandatesResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncMandatesResource(caller)
        self.read_mandate_ceremony = async_raw_response(resource.read_mandate_ceremony)
        self.read_mandate_ceremony_status = async_raw_response(resource.read_mandate_ceremony_status)
        self.decide_mandate_ceremony = async_raw_response(resource.decide_mandate_ceremony)
