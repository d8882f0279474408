"""Conformance against an independent implementation: Stoplight Prism mocking ``openapi.yaml`` on loopback.

Every one of the 184 operations is called through ``Sumvin`` with schema-valid inputs. Prism validates
each request (an invalid one would come back 4xx with ``sl-violations``) and answers from the contract:
random schema-valid data in dynamic mode (several rounds), the contract's own examples in static mode.
The SDK must parse every dynamic answer. In static mode the 8 schema-level examples that break their own
schema upstream must make the SDK raise ``ResponseValidationError`` naming the model and member; those
operations are listed as upstream defects. Skips, saying why, where Prism is not installed; ``.ci/run``
installs it (``npm`` into ``.ci/node``) so CI always runs it.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from sumvin_sdk import Sumvin
from sumvin_sdk._generated.operations import OPERATIONS
from sumvin_sdk.auth import JWTAuth, OrgId, PATAuth, PintTokenAuth, UcpTokenAuth
from sumvin_sdk.errors import APIError, APIStatusError, ResponseValidationError
from tests.conftest import ROOT
from tests.test_endpoints import OPERATIONS as CONTRACT_OPERATIONS
from tests.test_endpoints import SAMPLER, Call, module_for
from tests.test_examples import UPSTREAM_DEFECTS

ROUNDS = 3
# Operations whose static answer is one of the schema-level examples that break their own schema upstream
# (tests/test_examples.py): the schema whose example it is, and the model and member the SDK must name.
STATIC_DEFECTS = {
    "createUserAccount": ("CreateUserResponse", "as UserData (missing member 'first_name')"),
    "getUserAccount": ("GetUserResponse", "as UserData (missing member 'first_name')"),
    "updateUsername": ("GetUserResponse", "as UserData (missing member 'first_name')"),
    "getKycStatus": ("KYCStatusResponse", "as KYCStatusResponse (missing member 'rejected_at')"),
    "getPint": ("PintDetailResponse", "as PintDetailData (missing member 'eip712_message')"),
    "submitPintSignature": ("PintDetailResponse", "as PintDetailData (missing member 'eip712_message')"),
    "getStrategy": ("StrategyDetailResponse", "as StrategyData (missing member 'cron')"),
    "listStrategies": ("StrategyListResponse", "as StrategyWithUserStatus (missing member 'cron')"),
    "listWallets": ("WalletListResponse", "as WalletData (missing member 'created_at')"),
}


def prism_binary() -> str | None:
    """Prism from ``PRISM_BIN``, the CI install under ``.ci/node``, or the PATH."""
    candidates = [os.environ.get("PRISM_BIN"), str(ROOT / ".ci" / "node" / "node_modules" / ".bin" / "prism")]
    found = [c for c in candidates if c and Path(c).exists()]
    return found[0] if found else shutil.which("prism")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="module", params=["dynamic", "static"])
def prism(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    """A Prism mock of ``openapi.yaml`` on loopback: (mode, base URL)."""
    binary = prism_binary()
    if binary is None or shutil.which("node") is None:
        pytest.skip("Prism is not installed (.ci/run installs @stoplight/prism-cli with npm); Node is needed too")
    port = free_port()
    args = [binary, "mock", str(ROOT / "openapi.yaml"), "--host", "127.0.0.1", "--port", str(port)]
    if request.param == "dynamic":
        args.append("--dynamic")
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert process.stdout is not None
    lines = []
    for line in process.stdout:  # blocks until Prism says it listens (or exits)
        lines.append(line)
        if "Prism is listening" in line:
            break
    else:
        pytest.fail("Prism did not start:\n" + "".join(lines[-20:]))
    try:
        yield request.param, f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)


def client(base_url: str) -> Sumvin:
    auth = [JWTAuth("header.payload.sig"), PATAuth("pat"), PintTokenAuth("pint"), UcpTokenAuth("ucp"), OrgId("org")]
    return Sumvin(base_url=base_url, auth=auth, user_agent="sumvin-cli/0.1 conformance", max_retries=0, timeout=10)


def body_violations(op: dict[str, Any], response: httpx.Response) -> list[str]:
    """Where the body breaks its documented schema: a parse failure on such a body is not the SDK's."""
    documented = op["responses"].get(str(response.status_code), {}).get("content", {}).get("application/json")
    if documented is None:
        return ["an undocumented status"]
    return SAMPLER.violations(documented["schema"], response.json())


def call_every_operation(base_url: str) -> dict[str, str]:
    """Each operation's outcome: "ok", or why not."""
    outcomes: dict[str, str] = {}
    by_path = {(o.method.lower(), o.path): o for o in OPERATIONS.values()}
    with client(base_url) as sumvin:
        for method, path, op in CONTRACT_OPERATIONS:
            operation = by_path[(method, path)]
            module = module_for(method, path)
            arguments = Call(method, path, op, module.sync_detailed).arguments(module.sync_detailed)
            method_of = getattr(getattr(sumvin.with_raw_response, operation.tag), operation.module)
            try:
                response = method_of(**arguments)
            except APIStatusError as error:
                violations = error.response.headers.get("sl-violations", "")
                outcomes[operation.operation_id] = f"{error.status_code} {violations or error}"[:300]
                continue
            except ResponseValidationError as error:
                broken = body_violations(op, error.response)
                reason = f"Prism sent a body that breaks the contract ({broken[0]})" if broken else "SDK"
                outcomes[operation.operation_id] = f"parse [{reason}]: {error}"
                continue
            except APIError as error:
                outcomes[operation.operation_id] = f"{type(error).__name__}: {error}"
                continue
            assert 200 <= response.status_code < 300
            outcomes[operation.operation_id] = "ok"
    return outcomes


def test_every_operation_against_prism(prism: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    mode, base_url = prism
    rounds = ROUNDS if mode == "dynamic" else 1
    failures: dict[str, str] = {}
    for _ in range(rounds):
        for operation_id, outcome in call_every_operation(base_url).items():
            if outcome != "ok":
                failures.setdefault(operation_id, outcome)
    passing = len(CONTRACT_OPERATIONS) - len(failures)
    with capsys.disabled():  # the counts belong in every CI log, not only a failing one
        print(f"\nPrism {mode}: {passing}/{len(CONTRACT_OPERATIONS)} operations pass ({rounds} round(s))")
        for operation_id, reason in sorted(failures.items()):
            print(f"  {operation_id}: {reason[:200]}")
    # Explained: a body Prism generated against the contract but that breaks it (its generator truncates
    # recursive schemas), which the SDK must refuse, and in static mode the known upstream examples.
    explained = {k for k, v in failures.items() if "[Prism sent a body that breaks the contract" in v}
    if mode == "static":
        assert set(STATIC_DEFECTS) <= explained, "an upstream defect is no longer seen: update STATIC_DEFECTS"
        assert all(message in failures[k] for k, (_, message) in STATIC_DEFECTS.items())
    unexplained = {k: v for k, v in failures.items() if k not in explained}
    assert not unexplained, unexplained


def test_static_defects_come_from_the_known_upstream_examples() -> None:
    operations = {op["operationId"]: op for _, _, op in CONTRACT_OPERATIONS}
    for operation_id, (schema, _) in STATIC_DEFECTS.items():
        assert schema in UPSTREAM_DEFECTS, f"{schema}'s example is not a known upstream defect"
        success = next(r for s, r in operations[operation_id]["responses"].items() if s.startswith("2"))
        assert success["content"]["application/json"]["schema"]["$ref"].endswith("/" + schema)
