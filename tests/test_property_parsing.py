"""Property-based parsing of every response schema in the contract (hypothesis, strategies from the contract).

Schema-valid bodies parse into their model and ``to_dict()`` gives the body back; bodies that break the
schema (a required member missing, of the wrong type, or null where it may not be) raise one typed SDK
error, ``ResponseValidationError``, naming the model and the member, never a bare KeyError/TypeError.
Each test runs once per JSON decoder the SDK may use (``sumvin_sdk._json``): results and errors are the same.
"""

from __future__ import annotations

import copy
import re
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings

from sumvin_sdk import _json
from sumvin_sdk._generated import models
from sumvin_sdk._pipeline import Pipeline
from sumvin_sdk.errors import ResponseValidationError
from tests.strategies import Strategies
from tests.test_endpoints import SAMPLER, SPEC

SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
STRATEGIES = Strategies(SPEC)
EXAMPLES_PER_SCHEMA = 10
REPORT: dict[str, int] = {"schemas": 0, "valid bodies": 0, "broken bodies": 0}
DECODERS = _json.decoders()


@pytest.fixture(params=list(DECODERS))
def decoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The test runs with the SDK decoding bodies by this decoder."""
    monkeypatch.setattr(_json, "_decode", DECODERS[request.param])
    return str(request.param)


def response_schemas() -> list[str]:
    found = {
        response["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
        for item in SPEC["paths"].values()
        for op in item.values()
        for response in op["responses"].values()
        if "$ref" in response.get("content", {}).get("application/json", {}).get("schema", {})
    }
    return sorted(found)


def strategy(name: str) -> Any:
    return STRATEGIES.body({"$ref": f"#/components/schemas/{name}"})


def model_for(name: str) -> Any:
    wanted = re.sub(r"[^a-z0-9]", "", name.lower())
    return next(getattr(models, n) for n in models.__all__ if n.lower() == wanted)


def parse(name: str, body: Any) -> Any:
    """Parse ``body`` the way the client does, so failures surface as the client's typed error."""
    request = httpx.Request("GET", "https://api.sumvin.test/probe")
    response = httpx.Response(200, json=body, request=request)
    return Pipeline.parsed(response, lambda r: Pipeline.parse_model(model_for(name), r), f"probe {name}").parsed


NAMES = response_schemas()
PLAIN = [n for n in NAMES if "properties" in SCHEMAS[n]]


@pytest.mark.parametrize("name", PLAIN)
def test_schema_valid_bodies_parse_and_round_trip(name: str, decoder: str) -> None:
    REPORT["schemas"] += 1

    @settings(max_examples=EXAMPLES_PER_SCHEMA, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(body=strategy(name))
    def check(body: Any) -> None:
        REPORT["valid bodies"] += 1
        assert parse(name, body).to_dict() == body

    check()


def breakages(name: str, body: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """The body with one required member missing, of another type, or null where it may not be."""
    schema = SCHEMAS[name]
    broken = []
    for member in schema.get("required", []):
        prop = schema["properties"][member]
        missing = copy.deepcopy(body)
        del missing[member]
        broken.append((member, missing))
        nullable = "anyOf" in prop and {"type": "null"} in prop["anyOf"]
        if prop and not nullable:
            broken.append((member, copy.deepcopy(body) | {member: None}))
            other = [1.5] if prop.get("type") != "array" else "not a list"
            broken.append((member, copy.deepcopy(body) | {member: other}))
    return broken


@pytest.mark.parametrize("name", PLAIN)
def test_schema_breaking_bodies_raise_one_typed_error_naming_model_and_member(name: str, decoder: str) -> None:
    body = SAMPLER.value(SCHEMAS[name])
    for member, broken in breakages(name, body):
        REPORT["broken bodies"] += 1
        with pytest.raises(ResponseValidationError) as caught:
            parse(name, broken)
        message = str(caught.value)
        assert f" as {model_for(name).__name__} " in message and f"'{member}'" in message, message


def test_report(capsys: pytest.CaptureFixture[str]) -> None:
    skipped = sorted(set(NAMES) - set(PLAIN))  # response schemas that are not objects
    with capsys.disabled():
        print(
            f"\nproperty-based parsing: {REPORT['schemas'] // len(DECODERS)}/{len(NAMES)} response schemas "
            f"with each of {len(DECODERS)} decoders ({', '.join(DECODERS)}), "
            f"{REPORT['valid bodies']} valid bodies parsed and round-tripped, "
            f"{REPORT['broken bodies']} broken bodies refused; not objects: {skipped}"
        )
    assert REPORT["schemas"] == len(PLAIN) * len(DECODERS)
