"""The answer every operation gets when no handler gives one: its first documented success, with a body built
from the contract (its examples where they are valid), reflecting the call's path ids and request members."""

from __future__ import annotations

import copy
from typing import Any

import httpx

from sumvin_sdk.testing._call import Call
from sumvin_sdk.testing._contract import Contract
from sumvin_sdk.testing._samples import Sampler

JSON = dict[str, Any]


class Defaults:
    """Builds and caches the default body of each operation, then reflects each call into a copy."""

    def __init__(self, contract: Contract, sampler: Sampler) -> None:
        self.contract = contract
        self.sampler = sampler
        self._bodies: dict[str, Any] = {}

    def body(self, operation_id: str) -> Any:
        """A fresh copy of the operation's default success body (``None`` when it has none)."""
        if operation_id not in self._bodies:
            answer = self.contract.operations[operation_id].success
            self._bodies[operation_id] = None if answer.schema is None else self.sampler.value(answer.schema)
        return copy.deepcopy(self._bodies[operation_id])

    def answer(self, call: Call) -> httpx.Response:
        """The default answer to ``call``."""
        success = call.operation.success
        body = self.body(call.operation_id)
        if success.media_type is None:
            return httpx.Response(success.status)
        if success.media_type != "application/json":
            content = body if isinstance(body, bytes) else str(body).encode()
            return httpx.Response(success.status, content=content, headers={"content-type": success.media_type})
        assert success.schema is not None
        return httpx.Response(success.status, json=self.reflect(call, success.schema, body))

    def reflect(self, call: Call, schema: JSON, body: Any) -> Any:
        """``body`` with members named like a path parameter or a request member set to what the call sent
        (``id`` to the last path id), wherever the result still fits the schema; one level of nesting deep."""
        values: dict[str, Any] = {**call.body(), **call.path_params}
        ids = [name for name in call.path_params if name == "id" or name.endswith("_id")]
        if ids:
            values.setdefault("id", call.path_params[ids[-1]])
        if not values or not isinstance(body, dict):
            return body
        for target in [body, *(v for v in body.values() if isinstance(v, dict))]:
            for name in [n for n in target if n in values and n != "_links"]:
                before = target[name]
                target[name] = values[name]
                if not self.sampler.checker.valid(schema, body):
                    target[name] = before
        return body
