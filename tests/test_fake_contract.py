"""The fake checked from outside: every operation called through the SDK, every answer held to openapi.yaml in
both timestamp forms, and the figures issue 12 asks for (documented answers, 2xx for a minimal valid request,
422 for a contract-breaking one, 401 for an anonymous one), computed here and asserted."""

from __future__ import annotations

import contextlib
import copy
import json
from collections.abc import Iterator
from typing import Any

import httpx
import jsonschema
import pytest

from sumvin_sdk import Sumvin, SumvinError
from sumvin_sdk.testing import FakeSumvin, FrozenClock
from sumvin_sdk.testing._auth import REFUSALS
from sumvin_sdk.testing._contract import is_timestamp
from tests.figures import record
from tests.test_endpoints import OPERATIONS, SPEC, Call, module_for

CLI_AGENT = "sumvin-cli/0.1 (tests)"
UCP = {"x-sumvin-ucp-token": "ucp_fake_key"}
IDS = [op["operationId"] for _, _, op in OPERATIONS]
SECURED = [op for _, _, op in OPERATIONS if op.get("security") and {} not in op["security"]]


def iso_schema(schema: Any) -> Any:
    """``schema`` as the iso8601 form answers it: every timestamp member (the SDK's rule) a string."""
    if isinstance(schema, list):
        return [iso_schema(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    derived = {key: iso_schema(value) for key, value in schema.items()}
    for name, prop in derived.get("properties", {}).items():
        if not is_timestamp(name, 0):
            continue
        if prop.get("type") == "integer":
            derived["properties"][name] = {"type": "string"}
        for index, option in enumerate(prop.get("anyOf", [])):
            if option.get("type") == "integer":
                prop["anyOf"][index] = {"type": "string"}
    return derived


COMPONENTS = {"epoch_ms": SPEC["components"], "iso8601": iso_schema(SPEC["components"])}


def problems(op: dict[str, Any], response: httpx.Response, form: str) -> list[str]:
    """How ``response`` breaks the contract for ``op`` (none: documented, with a valid body)."""
    documented = op["responses"].get(str(response.status_code))
    if documented is None:
        return [f"{response.status_code} is not documented"]
    content = documented.get("content")
    if not content:
        return [] if not response.content else ["a body where none is documented"]
    media, body_doc = next(iter(content.items()))
    if media != "application/json":
        return [] if response.headers.get("content-type", "").startswith(media) else [f"not {media}"]
    schema = body_doc["schema"] if form == "epoch_ms" else iso_schema(body_doc["schema"])
    validator = jsonschema.Draft202012Validator({**schema, "components": COMPONENTS[form]})
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:120]}" for e in validator.iter_errors(response.json())]


def signed_in(fake: FakeSumvin) -> str:
    """A PAT for ``user-1``, through the device sign-in and the fake's verification page."""
    with httpx.Client(transport=fake.transport(), base_url="https://api.sumvin.test") as http:
        code = http.post("/v0/cli/device-codes", json={"client_name": "tests"}).json()
        assert http.get(code["verification_uri_complete"]).status_code == 200
        token: str = http.post("/v0/cli/personal-access-tokens", json={"device_code": code["device_code"]}).json()[
            "token"
        ]
    return token


@pytest.fixture(scope="module")
def world() -> Iterator[tuple[FakeSumvin, dict[str, Sumvin]]]:
    fake = FakeSumvin(clock=FrozenClock(), sleep=lambda seconds: None)
    fake.seed.user("user-1", kyc="approved")
    pat = signed_in(fake)
    clients = {
        form: Sumvin(
            base_url="https://api.sumvin.test",
            jwt=fake.jwt("user-1", expires_in=10**9),
            pat=pat,
            user_agent=CLI_AGENT,
            default_headers=UCP,
            timestamp_format=form,
            transport=fake.transport(),
            max_retries=0,
        )
        for form in ("epoch_ms", "iso8601")
    }
    yield fake, clients
    assert not fake.errors, fake.errors[0]


def call_through_the_sdk(
    client: Sumvin, fake: FakeSumvin, method: str, path: str, op: dict[str, Any]
) -> httpx.Response:
    """Call ``op`` with the contract's sample arguments through the typed client; the answer the fake sent."""
    module = module_for(method, path)
    arguments = Call(method, path, op, module.sync_detailed).arguments(module.sync_detailed)
    resource = getattr(client.with_raw_response, module.__name__.split(".")[-2])
    sent = len(fake.calls())
    with contextlib.suppress(SumvinError):  # a documented error is an answer too; it is checked below
        getattr(resource, module.__name__.split(".")[-1])(**arguments)
    calls = fake.calls()[sent:]
    assert len(calls) == 1 and calls[0].response is not None, f"{op['operationId']}: one call reached the fake"
    return calls[0].response


@pytest.mark.parametrize("form", ["epoch_ms", "iso8601"])
@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=IDS)
def test_every_operation_answers_as_the_contract_says(
    world: tuple[FakeSumvin, dict[str, Sumvin]], method: str, path: str, op: dict[str, Any], form: str
) -> None:
    fake, clients = world
    response = call_through_the_sdk(clients[form], fake, method, path, op)
    assert response.status_code != 501
    assert problems(op, response, form) == [], f"{op['operationId']} {response.status_code}"


def raw(fake: FakeSumvin, method: str, call: Call, **changes: Any) -> httpx.Response:
    """The sample request of ``call``, sent as plain HTTP with ``changes`` (``headers``, ``query``, ``json``)."""
    pat = next(iter(fake.tokens.values())).value
    headers = {"x-juno-jwt": fake.jwt("user-1"), "x-sumvin-pat": pat, "user-agent": CLI_AGENT, **UCP, **call.headers}
    for name in changes.get("drop_headers", ()):
        headers.pop(name, None)
    query = {**call.query, **changes.get("query", {})}
    body = changes.get("json", call.body if call.content_type == "application/json" else None)
    with httpx.Client(transport=fake.transport(), base_url="https://api.sumvin.test") as http:
        return http.request(method.upper(), call.url_path, params=query, headers=headers, json=body)


#: Credentials the fake refuses, by header: missing, malformed, expired, unknown, of another organisation.
REFUSED_CREDENTIALS: dict[str, dict[str, str]] = {
    "none": {},
    "malformed JWT": {"x-juno-jwt": "not-a-jwt"},
    "expired JWT": {"x-juno-jwt": "EXPIRED"},
    "unknown PAT": {"x-sumvin-pat": "svpat_unknown"},
    "PAT with another org": {"x-sumvin-pat": "PAT", "x-juno-orgid": "org-elsewhere"},
    "unknown agent token": {"x-sumvin-token": "nope"},
    "unknown PINT token": {"x-sumvin-pint-token": "nope"},
    "unknown UCP key": {"x-sumvin-ucp-token": "ucp_unknown"},
}


@pytest.mark.parametrize("credential", list(REFUSED_CREDENTIALS))
def test_every_refusal_is_a_status_the_operation_documents(
    world: tuple[FakeSumvin, dict[str, Sumvin]], credential: str
) -> None:
    """Over all 184 operations, a caller with no credential or a refused one gets a documented status with a
    schema-valid body (a 401 where the contract has one; else the first refusal status it documents)."""
    fake, _ = world
    pat = next(iter(fake.tokens.values())).value
    sent = {
        name: {"EXPIRED": fake.jwt("user-1", expires_in=-1), "PAT": pat}.get(value, value)
        for name, value in REFUSED_CREDENTIALS[credential].items()
    }
    undocumented = []
    for method, path, op in OPERATIONS:
        call = Call(method, path, op, module_for(method, path).sync_detailed)
        headers = {**call.headers, "user-agent": CLI_AGENT, **sent}
        body = call.body if call.content_type == "application/json" else None
        with httpx.Client(transport=fake.transport(), base_url="https://api.sumvin.test") as http:
            answer = http.request(method.upper(), call.url_path, params=call.query, headers=headers, json=body)
        found = problems(op, answer, "epoch_ms")
        if found:
            undocumented.append(f"{op['operationId']} {answer.status_code}: {found[0]}")
    assert undocumented == [], f"{len(undocumented)} of {len(OPERATIONS)}: {undocumented[:5]}"
    record("fake", {"refused credentials tried on every operation": len(REFUSED_CREDENTIALS)})


def broken_requests(method: str, path: str, op: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Ways to break the contract for ``op``: a required body member dropped, a body of the wrong type, a
    required query parameter dropped, an integer query parameter that is not a number."""
    call = Call(method, path, op, module_for(method, path).sync_detailed)
    if call.content_type == "application/json" and isinstance(call.body, dict):
        schema = SPEC["components"]["schemas"].get(
            op["requestBody"]["content"]["application/json"]["schema"].get("$ref", "").split("/")[-1], {}
        )
        for name in schema.get("required", []):
            body = copy.deepcopy(call.body)
            body.pop(name, None)
            yield f"body without {name}", {"json": body}
            break
        yield "a body that is a list", {"json": [1, 2]}
    for param in op.get("parameters", []):
        kind = param["schema"].get("type") or next((o.get("type") for o in param["schema"].get("anyOf", [])), None)
        if param["in"] == "query" and kind == "integer":
            yield f"{param['name']}=abc", {"query": {param["name"]: "abc"}}
        if param["in"] == "header" and param.get("required") and param["name"].lower() != "accept":
            yield f"without header {param['name']}", {"drop_headers": [param["name"]]}


def test_the_figures_of_issue_12(world: tuple[FakeSumvin, dict[str, Sumvin]]) -> None:
    """All 184 operations answer documented, schema-valid bodies (both forms); at least 140 a 2xx for a minimal
    valid request; every contract-breaking request a 422; every anonymous secured call a 401."""
    fake, clients = world
    figures = {"operations": len(OPERATIONS), "documented": 0, "2xx": 0, "broken": 0, "422": 0, "secured": 0, "401": 0}
    for method, path, op in OPERATIONS:
        answers = [call_through_the_sdk(clients[form], fake, method, path, op) for form in clients]
        figures["documented"] += all(not problems(op, a, f) for a, f in zip(answers, clients, strict=True))
        figures["2xx"] += 200 <= answers[0].status_code < 300
        call = Call(method, path, op, module_for(method, path).sync_detailed)
        for what, changes in broken_requests(method, path, op):
            figures["broken"] += 1
            answer = raw(fake, method, call, **changes)
            figures["422"] += answer.status_code == 422
            assert answer.status_code == 422 and not problems(op, answer, "epoch_ms"), f"{op['operationId']}: {what}"
    for op in SECURED:
        method, path = next((m, p) for m, p, o in OPERATIONS if o is op)
        answer = raw(
            fake,
            method,
            Call(method, path, op, module_for(method, path).sync_detailed),
            drop_headers=["x-juno-jwt", "x-sumvin-pat", *UCP],
        )
        figures["secured"] += 1
        figures["401"] += answer.status_code in REFUSALS and not problems(op, answer, "epoch_ms")
    print(json.dumps(figures))
    assert figures["documented"] == figures["operations"] == 184
    assert figures["2xx"] >= 140, figures
    assert figures["broken"] > 100 and figures["422"] == figures["broken"], figures
    assert figures["401"] == figures["secured"] == len(SECURED), figures
    record(
        "fake",
        {
            "operations": figures["operations"],
            "documented in both timestamp forms": figures["documented"],
            "2xx for a minimal valid request": figures["2xx"],
            "contract-breaking requests": figures["broken"],
            "contract-breaking requests answered 422": figures["422"],
            "secured operations": figures["secured"],
            "anonymous secured calls refused": figures["401"],
        },
    )
