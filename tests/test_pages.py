"""Typed pages: every list operation walks item by item across its pages in one call, sync and async, and a
page's items are typed as the item model."""

from __future__ import annotations

import importlib
from typing import Any

import httpx
import pytest

from sumvin_sdk import AsyncSumvin, Sumvin
from sumvin_sdk._generated import api
from sumvin_sdk._generated.operations import OPERATIONS
from sumvin_sdk._generated.types import Model
from sumvin_sdk.auth import JWTAuth, UcpTokenAuth
from tests.test_endpoints import SAMPLER, SPEC
from tests.test_property_parsing import model_for

BASE = "https://api.sumvin.test"


def list_operations() -> list[tuple[str, str, str, str]]:
    """(operationId, path, items member, page schema) of each operation whose success model is a page."""
    found = []
    for path, item in SPEC["paths"].items():
        op = item.get("get")
        ref = (op or {}).get("responses", {}).get("200", {}).get("content", {}).get("application/json", {})
        name = ref.get("schema", {}).get("$ref", "").rsplit("/", 1)[-1]
        if name and model_for(name)._ITEMS is not None:
            found.append((op["operationId"], path, model_for(name)._ITEMS, name))
    return found


LIST_OPERATIONS = list_operations()


def test_the_list_operations_are_the_pages() -> None:
    assert len(LIST_OPERATIONS) == 33  # 32 page models; two operations share one
    assert {"listWallets", "listTransactions", "listCards", "searchMerchants"} <= {o[0] for o in LIST_OPERATIONS}


def pages(path: str, schema: str, member: str) -> httpx.MockTransport:
    """Two pages of two items each, the first linking to the second."""
    body = SAMPLER.value(SPEC["components"]["schemas"][schema])
    wire = next(p for p in SPEC["components"]["schemas"][schema]["properties"] if p.lstrip("_") == member.rstrip("_"))
    items = SPEC["components"]["schemas"][schema]["properties"][wire]
    items = next((o for o in items.get("anyOf", []) if o.get("type") == "array"), items)
    item = SAMPLER.value(items["items"])

    def answer(request: httpx.Request) -> httpx.Response:
        second = request.url.params.get("page") == "2"
        links: dict[str, Any] = {"self": {"href": request.url.path}}
        if not second:
            links["next"] = {"href": f"{request.url.path}?page=2"}
        return httpx.Response(200, json=body | {wire: [item, item], "_links": links})

    return httpx.MockTransport(answer)


def arguments(path: str) -> dict[str, Any]:
    """A value for each required parameter of the path's GET."""
    required = [p["name"] for p in SPEC["paths"][path]["get"].get("parameters", []) if p.get("required")]
    return {name.replace("-", "_"): "x1" for name in required}


def endpoint(operation_id: str) -> Any:
    op = OPERATIONS[operation_id]
    return importlib.import_module(f"{api.__name__}.{op.tag}.{op.module}")


@pytest.mark.parametrize(("operation_id", "path", "member", "schema"), LIST_OPERATIONS, ids=lambda v: str(v))
def test_every_list_operation_walks_every_item_across_pages(
    operation_id: str, path: str, member: str, schema: str
) -> None:
    with Sumvin(
        auth=[JWTAuth("j" * 20), UcpTokenAuth("u" * 20)], base_url=BASE, transport=pages(path, schema, member)
    ) as client:
        first = client.call(endpoint(operation_id), arguments(path))
        walked = list(client.paginate(first).items())
    assert len(walked) == 4 and all(isinstance(item, Model) for item in walked)
    assert first.page_items() == getattr(first, member)


@pytest.mark.anyio
@pytest.mark.parametrize(("operation_id", "path", "member", "schema"), LIST_OPERATIONS[:8], ids=lambda v: str(v))
async def test_async_list_operations_walk_every_item_too(
    operation_id: str, path: str, member: str, schema: str
) -> None:
    async with AsyncSumvin(jwt="j" * 20, base_url=BASE, transport=pages(path, schema, member)) as client:
        first = await client.call(endpoint(operation_id), arguments(path))
        walked = [item async for item in client.paginate(first).items()]
        pages_seen = [page async for page in client.paginate(first)]
    assert len(walked) == 4 and len(pages_seen) == 2 and type(pages_seen[1]) is type(first)
