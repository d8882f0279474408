"""``openapi.yaml`` against Sumvin's reference: same structure, no borrowed prose, client headers moved.

Descriptions are prose, ours, and may differ anywhere (tests/test_descriptions.py holds them to account); so
may example strings that quoted the reference's prose, which the contract rewrites.
"""

from __future__ import annotations

import http
from collections import deque
from collections.abc import Iterator
from typing import Any

import pytest

from codegen.describe import reference_prose
from codegen.normalize import normalize, to_yaml
from tests.conftest import REFERENCE, ROOT

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
MOVED_HEADERS = {"x-juno-jwt", "x-juno-orgid", "x-sumvin-pat", "x-sumvin-token", "x-timestamp-format"}
SCHEMA_PREFIX = "#/components/schemas/"


def operations(doc: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(m, p): op for p, item in doc["paths"].items() for m, op in item.items() if m in METHODS}


class Bisimulation:
    """Walks reference and contract side by side; ``$ref`` pairs must map one to one."""

    def __init__(self, reference: dict[str, Any], spec: dict[str, Any]) -> None:
        self.prose = reference_prose(reference)
        self.ref_schemas = reference["components"]["schemas"]
        self.spec_schemas = spec["components"]["schemas"]
        self.pairs: dict[str, str] = {}
        self.queue: deque[tuple[str, str]] = deque()

    def pair(self, ref: str, spec: str, where: str) -> None:
        assert ref.startswith(SCHEMA_PREFIX) and spec.startswith(SCHEMA_PREFIX), where
        known = self.pairs.get(ref)
        if known is None:
            self.pairs[ref] = spec
            self.queue.append((ref, spec))
        assert known in (None, spec), f"{where}: {ref} maps to both {known} and {spec}"

    def schema(self, ref: Any, spec: Any, where: str, *, ignore: frozenset[str] = frozenset()) -> None:
        if not isinstance(ref, dict):
            assert ref == spec, where
            return
        assert isinstance(spec, dict), where
        keys = set(ref) - {"description"} - ignore
        assert keys == set(spec) - {"description"} - ignore, f"{where}: {sorted(keys ^ set(spec))}"
        if "description" in ref and "description" in spec:
            assert ref["description"] != spec["description"], f"{where}: description carried over"
        for key in keys:
            a, b, at = ref[key], spec[key], f"{where}/{key}"
            if key == "$ref":
                self.pair(a, b, at)
            elif key in ("properties", "patternProperties"):
                assert list(a) == list(b), at
                for name in a:
                    self.schema(a[name], b[name], f"{at}/{name}")
            elif key in ("items", "additionalProperties", "not", "propertyNames", "schema"):
                self.schema(a, b, at)
            elif key in ("anyOf", "oneOf", "allOf", "prefixItems"):
                assert len(a) == len(b), at
                for i, (x, y) in enumerate(zip(a, b, strict=True)):
                    self.schema(x, y, f"{at}/{i}")
            elif key == "discriminator":
                assert a.get("propertyName") == b.get("propertyName"), at
                assert list(a.get("mapping", {})) == list(b.get("mapping", {})), at
                for value, target in a.get("mapping", {}).items():
                    self.pair(target, b["mapping"][value], f"{at}/{value}")
            elif key in ("example", "examples"):
                assert self.same_data(a, b), f"{at}: {a!r} != {b!r}"
            else:
                assert a == b, f"{at}: {a!r} != {b!r}"

    def same_data(self, a: Any, b: Any) -> bool:
        """Equal example data, except that a string quoting the reference's prose may read differently."""
        if isinstance(a, dict):
            return isinstance(b, dict) and list(a) == list(b) and all(self.same_data(a[k], b[k]) for k in a)
        if isinstance(a, list):
            return isinstance(b, list) and len(a) == len(b) and all(map(self.same_data, a, b))
        return a == b or (a in self.prose and isinstance(b, str))

    def drain(self) -> None:
        while self.queue:
            ref, spec = self.queue.popleft()
            a = self.ref_schemas[ref.removeprefix(SCHEMA_PREFIX)]
            b = self.spec_schemas[spec.removeprefix(SCHEMA_PREFIX)]
            renamed = ref != spec
            self.schema(a, b, spec, ignore=frozenset({"title"}) if renamed else frozenset())
            if renamed:
                assert b["title"] == spec.removeprefix(SCHEMA_PREFIX), f"{spec}: title names the class"


def kept_parameters(op: dict[str, Any]) -> list[dict[str, Any]]:
    return [p for p in op.get("parameters", []) if "$ref" not in p and p["name"].lower() not in MOVED_HEADERS]


@pytest.fixture(scope="module")
def walked(reference: dict[str, Any], spec: dict[str, Any]) -> Bisimulation:
    walk = Bisimulation(reference, spec)
    ref_ops, spec_ops = operations(reference), operations(spec)
    assert sorted(ref_ops) == sorted(spec_ops)
    for key, a in ref_ops.items():
        b, where = spec_ops[key], f"{key[0].upper()} {key[1]}"
        for field in ("operationId", "tags", "summary", "security", "deprecated"):
            assert a.get(field) == b.get(field), f"{where}: {field}"
        kept = kept_parameters(a)
        assert [(p["name"], p["in"]) for p in kept] == [(p["name"], p["in"]) for p in b.get("parameters", [])], where
        for p, q in zip(kept, b.get("parameters", []), strict=True):
            walk.schema(p, q, f"{where}/parameters/{p['name']}")
        assert ("requestBody" in a) == ("requestBody" in b), where
        if "requestBody" in a:
            walk.schema(a["requestBody"], b["requestBody"], f"{where}/requestBody", ignore=frozenset({"content"}))
            walk_content(walk, a["requestBody"]["content"], b["requestBody"]["content"], f"{where}/requestBody")
        assert sorted(a["responses"]) == sorted(b["responses"]), where
        for status, resp in a["responses"].items():
            assert b["responses"][status]["description"] == http.HTTPStatus(int(status)).phrase
            walk_content(walk, resp.get("content", {}), b["responses"][status].get("content", {}), f"{where}/{status}")
    walk.drain()
    return walk


def walk_content(walk: Bisimulation, a: dict[str, Any], b: dict[str, Any], where: str) -> None:
    assert list(a) == list(b), where
    for media_type in a:
        walk.schema(a[media_type], b[media_type], f"{where}/{media_type}")


def test_every_operation_carries_over_with_its_structure(walked: Bisimulation, spec: dict[str, Any]) -> None:
    assert len(operations(spec)) == 184
    assert walked.pairs, "the walk compared schemas"


def test_no_schema_is_dropped_and_names_map_one_to_one(
    walked: Bisimulation, reference: dict[str, Any], spec: dict[str, Any]
) -> None:
    ref_names, spec_names = set(reference["components"]["schemas"]), set(spec["components"]["schemas"])
    assert len(ref_names) == len(spec_names) == 414
    mapped = {r.removeprefix(SCHEMA_PREFIX): s.removeprefix(SCHEMA_PREFIX) for r, s in walked.pairs.items()}
    assert len(set(mapped.values())) == len(mapped), "two reference schemas share one name"
    # Schemas no operation reaches keep their names and their structure.
    walk = Bisimulation(reference, spec)
    for name in sorted(ref_names - set(mapped)):
        assert name in spec_names, f"{name} was dropped"
        walk.pair(SCHEMA_PREFIX + name, SCHEMA_PREFIX + name, name)
    walk.drain()
    assert all(name.isidentifier() and "__" not in name for name in spec_names)


def test_clashing_names_become_readable(walked: Bisimulation) -> None:
    renamed = {r.removeprefix(SCHEMA_PREFIX): s.removeprefix(SCHEMA_PREFIX) for r, s in walked.pairs.items() if r != s}
    assert renamed["sumvin__router__transaction__response_models__TransactionResponse"] == "TransactionResponse"
    assert renamed["sumvin__router__ramp__response_models__TransactionResponse"] == "RampTransactionResponse"
    assert renamed["ConditionGroup-Input"] == "ConditionGroupInput"
    assert renamed["ConditionGroup-Output"] == "ConditionGroupOutput"


def test_client_headers_leave_operations_and_are_described_once(spec: dict[str, Any]) -> None:
    for (method, path), op in operations(spec).items():
        names = {p["name"].lower() for p in op.get("parameters", [])}
        assert not names & MOVED_HEADERS, f"{method.upper()} {path}"
    schemes = {s["name"]: n for n, s in spec["components"]["securitySchemes"].items()}
    assert {"x-juno-jwt", "x-sumvin-pat", "x-sumvin-token", "x-sumvin-pint-token", "x-sumvin-ucp-token"} <= set(schemes)
    parameters = spec["components"]["parameters"]
    client_headers = {parameters[h["$ref"].rsplit("/", 1)[1]]["name"] for h in spec["x-sumvin-client-headers"]}
    assert client_headers == {"x-juno-orgid", "X-Timestamp-Format"}


def test_operation_specific_headers_stay(spec: dict[str, Any]) -> None:
    headers = {p["name"] for op in operations(spec).values() for p in op.get("parameters", []) if p["in"] == "header"}
    assert {"Idempotency-Key", "x-sumvin-ceremony-ticket", "x-sumvin-kyc-ticket", "x-sumvin-agent-id"} <= headers


def _strings_under(node: Any, key: str) -> Iterator[str]:
    """Strings under ``key`` anywhere in ``node``, except inside example and default data."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k == key and isinstance(v, str):
                yield v
            if k not in ("example", "examples", "default", "enum", "const"):
                yield from _strings_under(v, key)
    elif isinstance(node, list):
        for item in node:
            yield from _strings_under(item, key)


def test_no_reference_prose_is_copied(reference: dict[str, Any]) -> None:
    text = (ROOT / "openapi.yaml").read_text(encoding="utf-8")
    phrases = {phrase.phrase for phrase in http.HTTPStatus}
    prose = {d for d in _strings_under(reference, "description") if len(d) >= 20 and d not in phrases}
    assert len(prose) > 500, "the reference is full of prose; the walk found it"
    copied = sorted(d for d in prose if d in text)
    assert not copied, copied[:5]


def test_normalising_is_deterministic_and_matches_the_committed_file(reference: dict[str, Any]) -> None:
    raw = REFERENCE.read_bytes()
    first = to_yaml(normalize(reference), REFERENCE, raw)
    assert first == to_yaml(normalize(reference), REFERENCE, raw)
    assert first == (ROOT / "openapi.yaml").read_text(encoding="utf-8"), "run `python -m codegen normalize`"
