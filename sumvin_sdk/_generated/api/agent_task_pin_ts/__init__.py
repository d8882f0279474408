"""Operations tagged `agent_task_pin_ts`: one module per operation, and the resource classes
``Sumvin.agent_task_pin_ts`` and ``AsyncSumvin.agent_task_pin_ts`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import AsyncCaller, Caller, async_raw_response, raw_response

if TYPE_CHECKING:
    from ...models.agent_task_pint_link_response import AgentTaskPintLinkResponse
    from ...models.link_pint_request import LinkPintRequest

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("post", "/v0/user/strategies/{user_strategy_id}/tasks/{task_external_id}/pints/"): "link_pint_to_agent_task",
    (
        "delete",
        "/v0/user/strategies/{user_strategy_id}/tasks/{task_external_id}/pints/{pint_id}",
    ): "unlink_pint_from_agent_task",
}


class AgentTaskPinTsResource:
    """Operations tagged `agent_task_pin_ts`; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def link_pint_to_agent_task(
        self,
        user_strategy_id: str,
        task_external_id: str,
        *,
        body: LinkPintRequest,
    ) -> AgentTaskPintLinkResponse:
        """Link Pint To Agent Task: ``POST /v0/user/strategies/{user_strategy_id}/tasks/{task_external_id}/pints/``."""
        from . import link_pint_to_agent_task as endpoint

        return cast(
            "AgentTaskPintLinkResponse",
            self._caller.call(
                endpoint, {"user_strategy_id": user_strategy_id, "task_external_id": task_external_id, "body": body}
            ),
        )

    def unlink_pint_from_agent_task(
        self,
        user_strategy_id: str,
        task_external_id: str,
        pint_id: str,
    ) -> None:
        """Unlink Pint From Agent Task: ``DELETE /v0/user/strategies/{user_strategy_id}/tasks/{task_external_id}/pints/{pint_id}``."""
        from . import unlink_pint_from_agent_task as endpoint

        return cast(
            "None",
            self._caller.call(
                endpoint,
                {"user_strategy_id": user_strategy_id, "task_external_id": task_external_id, "pint_id": pint_id},
            ),
        )


class AgentTaskPinTsResourceWithRawResponse:
    """``AgentTaskPinTsResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = AgentTaskPinTsResource(caller)
        self.link_pint_to_agent_task = raw_response(resource.link_pint_to_agent_task)
        self.unlink_pint_from_agent_task = raw_response(resource.unlink_pint_from_agent_task)


class AsyncAgentTaskPinTsResource:
    """Operations tagged `agent_task_pin_ts`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def link_pint_to_agent_task(
        self,
        user_strategy_id: str,
        task_external_id: str,
        *,
        body: LinkPintRequest,
    ) -> AgentTaskPintLinkResponse:
        """Link Pint To Agent Task: ``POST /v0/user/strategies/{user_strategy_id}/tasks/{task_external_id}/pints/``."""
        from . import link_pint_to_agent_task as endpoint

        return cast(
            "AgentTaskPintLinkResponse",
            await self._caller.call(
                endpoint, {"user_strategy_id": user_strategy_id, "task_external_id": task_external_id, "body": body}
            ),
        )

    async def unlink_pint_from_agent_task(
        self,
        user_strategy_id: str,
        task_external_id: str,
        pint_id: str,
    ) -> None:
        """Unlink Pint From Agent Task: ``DELETE /v0/user/strategies/{user_strategy_id}/tasks/{task_external_id}/pints/{pint_id}``."""
        from . import unlink_pint_from_agent_task as endpoint

        return cast(
            "None",
            await self._caller.call(
                endpoint,
                {"user_strategy_id": user_strategy_id, "task_external_id": task_external_id, "pint_id": pint_id},
            ),
        )


class AsyncAgentTaskPinTsResourceWithRawResponse:
    """``AsyncAgentTaskPinTsResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncAgentTaskPinTsResource(caller)
        self.link_pint_to_agent_task = async_raw_response(resource.link_pint_to_agent_task)
        self.unlink_pint_from_agent_task = async_raw_response(resource.unlink_pint_from_agent_task)
