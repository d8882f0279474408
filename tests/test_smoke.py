"""The README's main command: a typed call against the loopback stub."""

from __future__ import annotations

import pytest

from sumvin_sdk.__main__ import DEMO_JWT, USER, main
from tests.test_endpoints import SAMPLER, SPEC


def test_the_stub_answers_what_the_contract_promises() -> None:
    assert SAMPLER.violations(SPEC["components"]["schemas"]["GetUserResponse"], USER) == []


def test_smoke_run_passes_and_says_what_it_did(capsys: pytest.CaptureFixture[str]) -> None:
    assert main() == 0
    out = capsys.readouterr().out
    assert "GET /v0/user/me -> 200" in out and "user.username='ada'" in out
    assert DEMO_JWT not in out


def test_smoke_run_fails_when_the_call_fails(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sumvin_sdk.__main__.DEMO_JWT", "a-jwt-the-stub-does-not-know")
    assert main() == 1
    assert "FAILED: AuthenticationError" in capsys.readouterr().err
