"""Every ``body=`` of the contract (JSON and multipart) takes its model or a plain dict, checked before sending.

Parametrised over every operation with a request body: a valid dict (the contract's sample) sends the same bytes
as its model; a dict mixing model instances and dicts, at any depth, sends them too; an unknown member, a
member of the wrong type and a value outside a closed enum or constant each raise ``UsageError`` naming the
member's path (and an enum's allowed values) with nothing sent, sync and async.
"""

from __future__ import annotations

import asyncio
import importlib
import io
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from sumvin_sdk import AsyncSumvin, Sumvin
from sumvin_sdk._depth import MAX_DEPTH
from sumvin_sdk._generated import api, models
from sumvin_sdk._generated.operations import OPERATIONS
from sumvin_sdk._generated.types import File, Model
from sumvin_sdk.errors import SumvinError, UsageError
from sumvin_sdk.testing._schemas import Checker
from tests.figures import record
from tests.test_client import BASE, Script
from tests.test_endpoints import SAMPLER, SPEC, Call

SCHEMAS = SPEC["components"]["schemas"]
CHECKER = Checker(SCHEMAS, full=True)
Path = tuple[str | int, ...]


def _bodies() -> dict[str, tuple[str, Any]]:
    found = {}
    for item in SPEC["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "requestBody" in op:
                media, content = next(iter(op["requestBody"]["content"].items()))
                found[op["operationId"]] = (media, content["schema"])
    return found


BODIES = _bodies()
IDS = sorted(BODIES)


def resolve(schema: Any) -> Any:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def fitting(schema: Any, value: Any) -> Any:
    """The schema ``value`` is checked against once alternatives are decided: the option it fits."""
    schema = resolve(schema)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return fitting(next(o for o in schema[key] if CHECKER.valid(o, value)), value)
    return schema


def kinds(schema: Any) -> set[str]:
    """The JSON types a member's schema takes (empty: any)."""
    schema = resolve(schema)
    if "anyOf" in schema or "oneOf" in schema:
        return set().union(*(kinds(o) for o in schema.get("anyOf", schema.get("oneOf", []))))
    kind = schema.get("type")
    return {kind} if isinstance(kind, str) else set(kind or ())


def shown(path: Path) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def closed_members(schema: Any, value: Any, path: Path = ()) -> Iterator[tuple[Path, list[Any]]]:
    """Each member of ``value`` (a valid sample) whose schema is a closed enum or a constant, with its values."""
    schema = fitting(schema, value)
    if "enum" in schema or "const" in schema:
        yield path, schema.get("enum", [schema.get("const")])
    if isinstance(value, dict):
        for name, item in value.items():
            if name in schema.get("properties", {}):
                yield from closed_members(schema["properties"][name], item, (*path, name))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from closed_members(schema.get("items", {}), item, (*path, index))


def replaced(value: Any, path: Path, new: Any) -> Any:
    if not path:
        return new
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[path[0]] = replaced(value[path[0]], path[1:], new)  # type: ignore[index]
    return copy


def sample(operation_id: str) -> Any:
    return SAMPLER.value(BODIES[operation_id][1])


def method(client: Sumvin | AsyncSumvin, operation_id: str) -> Any:
    operation = OPERATIONS[operation_id]
    return getattr(getattr(client, operation.tag), operation.module)


def arguments(operation_id: str) -> dict[str, Any]:
    """The operation's sample path, query and header arguments (the body aside)."""
    operation = OPERATIONS[operation_id]
    module = importlib.import_module(f"{api.__name__}.{operation.tag}.{operation.module}")
    op = SPEC["paths"][operation.path][operation.method.lower()]
    return Call(operation.method.lower(), operation.path, op, module.sync_detailed).kwargs


def model_of(operation_id: str, body: dict[str, Any]) -> Any:
    """``body`` as the model its operation's ``body=`` names (the first that takes it whole)."""
    operation = OPERATIONS[operation_id]
    module = importlib.import_module(f"{api.__name__}.{operation.tag}.{operation.module}")
    for name in str(module._get_kwargs.__annotations__["body"]).split("|"):
        cls = getattr(models, name.strip(), None)
        if cls is not None and hasattr(cls, "from_dict"):
            try:
                model = cls.from_dict(body)
            except (KeyError, TypeError, ValueError):
                continue
            if not model.additional_properties:
                return model
    raise AssertionError(f"{operation_id}: no model takes its sample")


def sent(operation_id: str, body: Any) -> httpx.Request:
    script = Script(httpx.Response(599))
    with Sumvin(jwt="j" * 20, base_url=BASE, transport=script.transport, max_retries=0) as client:
        try:
            method(client, operation_id)(**arguments(operation_id), body=body)
        except UsageError:
            raise
        except SumvinError:  # the answer does not matter, the request does
            pass
    assert len(script.requests) == 1
    return script.requests[0]


def refused(operation_id: str, body: Any, *, run_async: bool = False) -> str:
    """The message of the ``UsageError`` the body raises; asserts that nothing was sent."""
    script = Script()
    if run_async:

        async def call() -> None:
            async with AsyncSumvin(jwt="j" * 20, base_url=BASE, transport=script.transport) as client:
                await method(client, operation_id)(**arguments(operation_id), body=body)

        with pytest.raises(UsageError) as caught:
            asyncio.run(call())
    else:
        with (
            Sumvin(jwt="j" * 20, base_url=BASE, transport=script.transport) as client,
            pytest.raises(UsageError) as caught,
        ):
            method(client, operation_id)(**arguments(operation_id), body=body)
    assert script.requests == []
    message = str(caught.value)
    assert operation_id in message and "nothing was sent" in message
    return message


def same_request(left: httpx.Request, right: httpx.Request) -> None:
    assert left.content == right.content
    assert left.headers.get("content-type") == right.headers.get("content-type")


def test_every_operation_with_a_body_is_checked() -> None:
    media = {m for m, _ in BODIES.values()}
    record(
        "dict bodies",
        {
            "operations with a body": len(BODIES),
            "multipart bodies": sum(1 for m, _ in BODIES.values() if m == "multipart/form-data"),
        },
    )
    assert len(BODIES) >= 56 and media == {"application/json", "multipart/form-data"}


@pytest.mark.parametrize("operation_id", IDS)
def test_a_valid_dict_sends_what_its_model_sends(operation_id: str) -> None:
    body = sample(operation_id)
    same_request(sent(operation_id, body), sent(operation_id, model_of(operation_id, sample(operation_id))))


@pytest.mark.parametrize("run_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("operation_id", IDS)
def test_an_unknown_member_is_refused_by_name(operation_id: str, run_async: bool) -> None:
    body = {**sample(operation_id), "zz_unknown": 1}
    assert "unknown member 'zz_unknown'" in refused(operation_id, body, run_async=run_async)


def wrong_value(schema: Any) -> Any:
    """A value of a JSON type ``schema`` does not take, or ``None`` if it takes any."""
    taken = kinds(schema)
    if not taken:
        return None
    for value, kind in (({"wrong": "type"}, "object"), (12345, "integer"), ("text", "string")):
        if kind not in taken and not (kind == "integer" and "number" in taken):
            return value
    return None


@pytest.mark.parametrize("operation_id", IDS)
def test_a_member_of_the_wrong_type_is_refused_by_name(operation_id: str) -> None:
    body = sample(operation_id)
    schema = fitting(BODIES[operation_id][1], body)
    member, value = next(
        (name, wrong) for name in body if (wrong := wrong_value(schema["properties"][name])) is not None
    )
    assert f"member '{member}' takes" in refused(operation_id, {**body, member: value})


CLOSED = [
    (operation_id, path, values)
    for operation_id in IDS
    for path, values in closed_members(BODIES[operation_id][1], sample(operation_id))
]


@pytest.mark.parametrize(("operation_id", "path", "values"), CLOSED, ids=[f"{o}:{shown(p)}" for o, p, _ in CLOSED])
def test_a_value_outside_a_closed_enum_or_constant_is_refused_by_path(
    operation_id: str, path: Path, values: list[Any]
) -> None:
    outside = 987654 if all(isinstance(v, int) for v in values) else "zz-not-listed"
    message = refused(operation_id, replaced(sample(operation_id), path, outside))
    assert f"member '{shown(path)}'" in message and repr(outside) in message
    if len(values) > 1:  # an enum: its values are listed (a constant's alternatives may be the discriminator's)
        assert all(repr(v) in message for v in values), message


def test_the_closed_members_cover_enums_at_depth_in_lists_and_of_ints() -> None:
    record("dict bodies", {"closed members checked": len(CLOSED)})
    shown_paths = {f"{o}:{shown(p)}" for o, p, _ in CLOSED}
    assert {
        "createBudget:period.unit",
        "createIpa:conditions[0].operator",
        "addBankConnectionProducts:products[0]",
    } <= (shown_paths)
    assert any(all(isinstance(v, int) for v in values) for _, _, values in CLOSED)
    assert "uploadKycDocument:document_type" in shown_paths  # multipart too


def mixed(wire: Any, model: Any, depth: int) -> Any:
    """``wire`` with its members ``depth`` levels down given as the model instances ``model`` holds there."""
    if depth == 0:
        return model
    if isinstance(model, list):
        return [mixed(w, m, depth) for w, m in zip(wire, model, strict=True)]
    if not isinstance(model, Model) or not isinstance(wire, dict):
        return wire
    out = dict(wire)
    for attribute in (*model._REQUIRED, *model._OPTIONAL):
        held = getattr(model, attribute)
        nested: Model | list[Model] | None = held if isinstance(held, Model) else None
        if isinstance(held, list) and held and all(isinstance(h, Model) for h in held):
            nested = held
        if nested is None:
            continue
        key = next(k for k, v in wire.items() if v == (plain(nested)))
        out[key] = mixed(wire[key], nested, depth - 1)
    return out


def plain(value: Any) -> Any:
    return [v.to_dict() for v in value] if isinstance(value, list) else value.to_dict()


def holds_models(value: Any) -> bool:
    if isinstance(value, Model):
        return True
    if isinstance(value, dict):
        return any(holds_models(v) for v in value.values())
    return isinstance(value, list) and any(holds_models(v) for v in value)


MIXED = [
    (operation_id, depth)
    for operation_id in IDS
    for depth in (1, 2)
    if holds_models(mixed(sample(operation_id), model_of(operation_id, sample(operation_id)), depth))
]


@pytest.mark.parametrize(("operation_id", "depth"), MIXED, ids=[f"{o}:depth{d}" for o, d in MIXED])
def test_model_instances_inside_a_dict_body_send_what_the_whole_model_sends(operation_id: str, depth: int) -> None:
    body = mixed(sample(operation_id), model_of(operation_id, sample(operation_id)), depth)
    same_request(sent(operation_id, body), sent(operation_id, model_of(operation_id, sample(operation_id))))


def test_mixed_bodies_reach_two_levels_down_and_into_lists() -> None:
    record("dict bodies", {"mixed model/dict bodies": len(MIXED)})
    assert ("createIpa", 1) in MIXED and any(depth == 2 for _, depth in MIXED)
    conditions = mixed(sample("createIpa"), model_of("createIpa", sample("createIpa")), 1)["conditions"]
    assert isinstance(conditions, list) and isinstance(conditions[0], Model)


def test_a_nested_model_instance_is_checked_as_its_dict() -> None:
    body = sample("createBudget")
    period = models.RelativePeriod(kind="relative", length=3, unit="fortnights")  # type: ignore[arg-type]
    message = refused("createBudget", {**body, "period": period})
    assert "member 'period.unit'" in message and "'days'" in message


@pytest.mark.parametrize(
    "file",
    [
        b"\x89PNG bytes",
        ("receipt.png", b"\x89PNG bytes", "image/png"),
        File(payload=io.BytesIO(b"\x89PNG bytes"), file_name="receipt.png", mime_type="image/png"),
    ],
    ids=["bytes", "tuple", "File"],
)
def test_a_multipart_dict_takes_a_file_as_bytes_a_tuple_or_a_file(file: Any) -> None:
    request = sent("uploadReceipt", {"file": file})
    assert b"\x89PNG bytes" in request.content and request.headers["content-type"].startswith("multipart/form-data")


def test_a_multipart_dict_refuses_what_is_no_file() -> None:
    message = refused("uploadReceipt", {"file": 12})
    assert "member 'file'" in message and "File, bytes" in message


def nested(depth: int) -> dict[str, Any]:
    value: dict[str, Any] = {}
    for _ in range(depth - 1):
        value = {"x": value}
    return value


@pytest.mark.parametrize("shape", ["dict", "list"])
def test_a_body_deeper_than_the_bound_is_refused_and_one_at_it_is_sent(shape: str) -> None:
    """A free-form member (``configuration`` takes any object) is not checked inside, yet its depth is bounded."""

    def body(depth: int) -> dict[str, Any]:
        inner: Any = nested(depth) if shape == "dict" else {"x": [nested(depth - 2)]}
        return {**sample("enableStrategy"), "configuration": inner}

    assert "nests deeper than 500 levels" in refused("enableStrategy", body(MAX_DEPTH + 1))
    assert "nests deeper" in refused("enableStrategy", body(50_000))
    assert sent("enableStrategy", body(MAX_DEPTH)).content.count(b"{") > MAX_DEPTH - 10  # at the bound exactly


def test_a_huge_unknown_member_name_is_shown_cut_short() -> None:
    message = refused("updateWallet", {"n" * 100_000: "x"})
    assert "unknown member 'nnnn" in message and len(message) < 400
