"""Operations tagged `connectors`: one module per operation, and the resource classes
``Sumvin.connectors`` and ``AsyncSumvin.connectors`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, raw_response

if TYPE_CHECKING:
    from ...models.connector_detail_response import ConnectorDetailResponse
    from ...models.connector_list_response import ConnectorListResponse
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/connectors/"): "list_connectors",
    ("get", "/v0/connectors/{connector_id}"): "get_connector",
}


class ConnectorsResource:
    """Operations tagged `connectors`; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_connectors(
        self,
    ) -> ConnectorListResponse:
        """List Connectors: ``GET /v0/connectors/``."""
        from . import list_connectors as endpoint

        return cast("ConnectorListResponse", self._caller.call(endpoint, {}))

    def get_connector(
        self,
        connector_id: str,
        *,
        expand: list[str] | Unset = UNSET,
    ) -> ConnectorDetailResponse:
        """Get Connector: ``GET /v0/connectors/{connector_id}``."""
        from . import get_connector as endpoint

        return cast(
            "ConnectorDetailResponse", self._caller.call(endpoint, {"connector_id": connector_id, "expand": expand})
        )


class ConnectorsResourceWithRawResponse:
    """``ConnectorsResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = ConnectorsResource(caller)
        self.list_connectors = raw_response(resource.list_connectors)
        self.get_connector = raw_response(resource.get_connector)


class AsyncConnectorsResource:
    """Operations tagged `connectors`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_connectors(
        self,
    ) -> ConnectorListResponse:
        """List Connectors: ``GET /v0/connectors/``."""
        from . import list_connectors as endpoint

        return cast("ConnectorListResponse", await self._caller.call(endpoint, {}))

    async def get_connector(
        self,
        connector_id: str,
        *,
        expand: list[str] | Unset = UNSET,
    ) -> ConnectorDetailResponse:
        """Get Connector: ``GET /v0/connectors/{connector_id}``."""
        from . import get_connector as endpoint

        return cast(
            "ConnectorDetailResponse",
            await self._caller.call(endpoint, {"connector_id": connector_id, "expand": expand}),
        )


class AsyncConnectorsResourceWithRawResponse:
    """``AsyncConnectorsResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncConnectorsResource(caller)
        self.list_connectors = async_raw_response(resource.list_connectors)
        self.get_connector = async_raw_response(resource.get_connector)
