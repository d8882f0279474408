"""Every operation in ``openapi.yaml`` has sync and async functions that build the documented request
and parse every documented response into its model."""

from __future__ import annotations

import enum
import importlib
import io
import json
import pkgutil
import re
from collections.abc import Callable
from types import ModuleType
from typing import Any
from urllib.parse import quote

import httpx
import pytest
import yaml

from sumvin_sdk import AsyncSumvin, Sumvin
from sumvin_sdk._generated import api, models
from sumvin_sdk._generated.client import AuthenticatedClient
from sumvin_sdk._generated.operations import OPERATIONS as OPERATIONS_BY_ID
from sumvin_sdk._generated.parameters import Parameter
from sumvin_sdk._generated.types import File, Response
from sumvin_sdk.auth import JWTAuth, UcpTokenAuth
from sumvin_sdk.errors import APIStatusError
from sumvin_sdk.testing._samples import Sampler
from tests.conftest import ROOT
from tests.figures import record

METHODS = ("get", "put", "post", "delete", "patch")
BASE_URL = "https://sumvin.test"


def _load_spec() -> dict[str, Any]:
    with (ROOT / "openapi.yaml").open(encoding="utf-8") as fh:
        loaded: dict[str, Any] = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return loaded


SPEC = _load_spec()
SAMPLER = Sampler(SPEC)
OPERATIONS = [
    (method, path, op) for path, item in SPEC["paths"].items() for method, op in item.items() if method in METHODS
]


def endpoint_index() -> dict[tuple[str, str], list[str]]:
    """(method, path) -> the generated modules that claim it, from each tag package's ``ENDPOINTS``."""
    found: dict[tuple[str, str], list[str]] = {}
    for info in pkgutil.iter_modules(api.__path__):
        package = importlib.import_module(f"{api.__name__}.{info.name}")
        for key, module in package.ENDPOINTS.items():
            found.setdefault(key, []).append(f"{package.__name__}.{module}")
    return found


INDEX = endpoint_index()


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def dump(value: Any) -> Any:
    """A parsed response as plain JSON data, to compare with what was sent."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [dump(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, File):
        return value.payload.read()
    return value


PARAMETERS: dict[str, tuple[Parameter, ...]] = {
    operation_id: tuple(
        importlib.import_module(f"{api.__name__}.{o.tag}.{o.module}").PARAMETERS.values()
    )  # each endpoint module holds its operation's table
    for operation_id, o in sorted(OPERATIONS_BY_ID.items())
}
FORMATS = {(operation_id, p.name): p.format for operation_id, ps in PARAMETERS.items() for p in ps}


class Call:
    """The arguments for one operation, and what its request must look like."""

    def __init__(self, method: str, path: str, op: dict[str, Any], function: Callable[..., Any]) -> None:
        self.method, self.path, self.op = method, path, op
        python_names = {_key(name): name for name in function.__annotations__ if name not in ("client", "return")}
        self.kwargs: dict[str, Any] = {}
        self.url_path = path
        self.query: dict[str, Any] = {}
        self.headers: dict[str, str] = {}
        for param in op.get("parameters", []):
            value = SAMPLER.value(param["schema"])
            if FORMATS[op["operationId"], param["name"]] == "date":
                value = "2024-05-01"  # a date filter takes a day (or epoch milliseconds), not any string
            if param["in"] == "header" and param["name"].lower() == "accept":
                value = "application/json"  # a content type, not any string
            if param["in"] == "query" and isinstance(value, list):
                value = value * 2  # repeated keys read as a list by any server, one key may not be
            key = _key(param["name"])
            self.kwargs[python_names.pop(key if key in python_names else "field" + key)] = value
            if param["in"] == "path":
                self.url_path = self.url_path.replace("{" + param["name"] + "}", quote(str(value), safe=""))
            elif param["in"] == "query":
                self.query[param["name"]] = value
            elif param["in"] == "header":
                self.headers[param["name"]] = str(value)
        self.body: Any = None
        self.content_type: str | None = None
        if "requestBody" in op:
            self.content_type, media = next(iter(op["requestBody"]["content"].items()))
            self.body = SAMPLER.value(media["schema"])
            python_names.pop("body")
        assert not python_names, f"{op['operationId']}: arguments not in the contract: {python_names}"

    def arguments(self, function: Callable[..., Any]) -> dict[str, Any]:
        """Fresh keyword arguments (a file payload can be read only once)."""
        kwargs = dict(self.kwargs)
        if self.body is not None:
            annotation = function.__annotations__["body"]
            body = self._model(annotation)
            for name, value in self.body.items():
                if isinstance(value, bytes):
                    setattr(body, name, File(payload=io.BytesIO(value), file_name="receipt.png", mime_type="image/png"))
            kwargs["body"] = body
        return kwargs

    def _model(self, annotation: Any) -> Any:
        """The body as a model: the first class in the annotation that takes the sample back unchanged."""
        names = [name.strip() for name in annotation.split("|")]  # annotations are strings in generated modules
        for model in (getattr(models, name) for name in names if name in models.__all__):
            if not hasattr(model, "from_dict"):
                continue
            try:
                body = model.from_dict(self.body)
            except (KeyError, TypeError, ValueError):
                continue
            if body.to_dict() == self.body or self.content_type == "multipart/form-data":
                return body
        raise AssertionError(f"{self.op['operationId']}: no model in {annotation!r} takes {self.body!r}")

    def check(self, request: httpx.Request) -> None:
        where = self.op["operationId"]
        assert request.method == self.method.upper(), where
        assert request.url.host == "sumvin.test" and request.url.raw_path.split(b"?")[0].decode() == self.url_path
        sent = request.url.params
        for name, value in self.query.items():
            expected = [
                str(v).lower() if isinstance(v, bool) else str(v)
                for v in (value if isinstance(value, list) else [value])
            ]
            assert sent.get_list(name) == expected, f"{where}: query {name}"
        for name, value in self.headers.items():
            assert request.headers.get(name) == value, f"{where}: header {name}"
        if self.content_type == "application/json":
            assert request.headers["content-type"] == "application/json", where
            assert json.loads(request.content) == self.body, where
        elif self.content_type == "multipart/form-data":
            assert request.headers["content-type"].startswith("multipart/form-data"), where
            for name, value in self.body.items():
                assert f'name="{name}"'.encode() in request.content, f"{where}: part {name}"
                if isinstance(value, bytes):
                    assert value in request.content and b'filename="receipt.png"' in request.content, where
        else:
            assert not request.content, where


def responses(op: dict[str, Any]) -> list[tuple[int, httpx.Response, Any]]:
    """Each documented response as (status, a response carrying a sample body, the body as JSON data)."""
    out: list[tuple[int, httpx.Response, Any]] = []
    for status, resp in op["responses"].items():
        code = int(status)
        content = resp.get("content")
        if not content:
            out.append((code, httpx.Response(code), None))
            continue
        media_type, media = next(iter(content.items()))
        body = SAMPLER.value(media["schema"])
        if media_type == "application/json":
            out.append((code, httpx.Response(code, json=body), body))
        elif isinstance(body, bytes):
            out.append((code, httpx.Response(code, content=body, headers={"content-type": media_type}), body))
        else:
            out.append((code, httpx.Response(code, text=body, headers={"content-type": media_type}), body))
    return out


def module_for(method: str, path: str) -> ModuleType:
    modules = INDEX.get((method, path), [])
    assert len(modules) == 1, f"{method.upper()} {path}: {modules or 'no generated module'}"
    return importlib.import_module(modules[0])


def test_every_operation_has_exactly_one_module() -> None:
    assert len(OPERATIONS) == 184
    record("endpoints", {"operations": len(OPERATIONS)})
    assert sorted(INDEX) == sorted((m, p) for m, p, _ in OPERATIONS)
    assert all(len(modules) == 1 for modules in INDEX.values())


def _ids() -> list[str]:
    return [op["operationId"] for _, _, op in OPERATIONS]


class Recorder:
    """A transport that answers every request with one canned response and keeps the requests."""

    def __init__(self, canned: httpx.Response) -> None:
        self.canned = canned
        self.seen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        return self.canned

    def client(self) -> AuthenticatedClient:
        return AuthenticatedClient(base_url=BASE_URL, httpx_args={"transport": httpx.MockTransport(self)})

    def verify(self, call: Call, status: int, body: Any, detailed: Response[Any], plain: Any) -> None:
        """Both calls sent the documented request, and both parsed the response back into ``body``."""
        where = f"{call.op['operationId']} {status}"
        assert len(self.seen) == 2, where
        for request in self.seen:
            call.check(request)
        assert detailed.status_code == status, where
        assert dump(detailed.parsed) == body, where
        assert dump(plain) == body, f"{where}: without details"


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=_ids())
def test_sync_functions_build_the_request_and_parse_every_response(method: str, path: str, op: dict[str, Any]) -> None:
    module = module_for(method, path)
    call = Call(method, path, op, module.sync_detailed)
    for status, canned, body in responses(op):
        recorder = Recorder(canned)
        with recorder.client() as client:
            detailed = module.sync_detailed(client=client, **call.arguments(module.sync_detailed))
            plain = module.sync(client=client, **call.arguments(module.sync))
        recorder.verify(call, status, body, detailed, plain)


@pytest.mark.anyio
@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=_ids())
async def test_async_functions_build_the_request_and_parse_every_response(
    method: str, path: str, op: dict[str, Any]
) -> None:
    module = module_for(method, path)
    call = Call(method, path, op, module.asyncio_detailed)
    for status, canned, body in responses(op):
        recorder = Recorder(canned)
        async with recorder.client() as client:
            detailed = await module.asyncio_detailed(client=client, **call.arguments(module.asyncio_detailed))
            plain = await module.asyncio(client=client, **call.arguments(module.asyncio))
        recorder.verify(call, status, body, detailed, plain)


def _first(op: dict[str, Any], low: int, high: int) -> tuple[int, httpx.Response, Any] | None:
    return next(((s, r, b) for s, r, b in responses(op) if low <= s < high), None)


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=_ids())
def test_every_operation_is_a_typed_method_of_the_client(method: str, path: str, op: dict[str, Any]) -> None:
    module = module_for(method, path)
    operation = OPERATIONS_BY_ID[op["operationId"]]
    call = Call(method, path, op, module.sync_detailed)
    success, failure = _first(op, 200, 300), _first(op, 400, 600)
    assert success is not None, "every operation documents a success"
    answers = [success[1]] + ([failure[1]] if failure else [])
    with Sumvin(
        base_url=BASE_URL,
        auth=[JWTAuth("j"), UcpTokenAuth("u")],
        transport=httpx.MockTransport(lambda r: answers.pop(0)),
        max_retries=0,
    ) as client:
        resource = getattr(client, operation.tag)
        result = getattr(resource, operation.module)(**call.arguments(module.sync_detailed))
        assert dump(result) == success[2]
        if failure:
            with pytest.raises(APIStatusError) as caught:
                getattr(resource, operation.module)(**call.arguments(module.sync_detailed))
            assert caught.value.status_code == failure[0]


@pytest.mark.anyio
@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=_ids())
async def test_every_operation_is_an_awaitable_method_of_the_async_client(
    method: str, path: str, op: dict[str, Any]
) -> None:
    module = module_for(method, path)
    operation = OPERATIONS_BY_ID[op["operationId"]]
    call = Call(method, path, op, module.sync_detailed)
    success = _first(op, 200, 300)
    assert success is not None
    transport = httpx.MockTransport(lambda request: success[1])
    async with AsyncSumvin(base_url=BASE_URL, auth=[JWTAuth("j"), UcpTokenAuth("u")], transport=transport) as client:
        raw = getattr(client.with_raw_response, operation.tag)
        result = await getattr(raw, operation.module)(**call.arguments(module.sync_detailed))
    assert result.status_code == success[0] and dump(result.parsed) == success[2]
