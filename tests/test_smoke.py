"""The README's main command: an end-to-end session against the embedded fake, over loopback HTTP."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from sumvin_sdk.__main__ import main
from sumvin_sdk.testing import Call, FakeSumvin


def test_the_demo_runs_every_step_and_says_what_happened() -> None:
    lines: list[str] = []
    assert main(lines.append) == 0
    text = "\n".join(lines)
    for expected in (
        "1. sign in",
        "approved in the browser (approved); the CLI holds a PAT until ",
        "created user",
        "(201), and again: 208, the same user",
        "then verified",
        "5 wallets on 3 pages (next links)",
        "WalletResponse",
        "typed error: NotFoundError 404 WAL-404-001",
        "every step did what it should",
    ):
        assert expected in text
    assert "svpat_" not in text, "the PAT is never printed"
    assert lines[-1] == "every step did what it should"


def test_the_demo_fails_with_the_step_that_failed() -> None:
    fake = FakeSumvin()
    fake.inject("verifyPhone", status=500, error_code="USR-500-001")
    lines: list[str] = []
    assert main(lines.append, fake) == 1
    assert lines[-1].startswith("FAILED at step 3: InternalServerError")


MISSING = "wal_does_not_exist"


def broken(fake: FakeSumvin) -> dict[str, Callable[[], Any]]:
    """Ways the fake can answer wrongly, each of which one of the demo's own checks must catch."""
    user = fake.defaults.body("createUserAccount")
    phone = fake.defaults.body("verifyPhone")
    wallet = fake.defaults.body("getWallet")

    def missing(call: Call) -> bool:
        return call.path_params.get("wallet_id") == MISSING

    return {
        "a second create is not told apart": lambda: fake.reply("createUserAccount", 201, user, times=2),
        "the phone stays pending": lambda: fake.reply("verifyPhone", 200, phone | {"status": "pending"}),
        "another error code": lambda: fake.override(
            "getWallet", lambda call: call.problem(404, "WAL-404-999", "gone"), times=1, when=missing
        ),
        "the missing wallet is found": lambda: fake.reply("getWallet", 200, wallet, when=missing),
    }


@pytest.mark.parametrize(
    ("case", "step", "says"),
    [
        ("a second create is not told apart", 2, "AssertionError"),
        ("the phone stays pending", 3, "AssertionError"),
        ("another error code", 5, "AssertionError"),
        ("the missing wallet is found", 5, "AssertionError: a missing wallet did not raise NotFoundError"),
    ],
)
def test_the_demo_fails_when_the_api_answers_other_than_it_should(case: str, step: int, says: str) -> None:
    fake = FakeSumvin()
    broken(fake)[case]()
    lines: list[str] = []
    assert main(lines.append, fake) == 1
    assert lines[-1].startswith(f"FAILED at step {step}: {says}"), lines[-1]


@pytest.mark.parametrize(("operation", "step"), [("getUserAccount", 4), ("verifyPhone", 3)], ids=["web", "cli"])
def test_the_demo_reports_a_retryable_fault_rather_than_retrying_past_it(operation: str, step: int) -> None:
    fake = FakeSumvin()
    fake.inject(operation, status=503, retryable=True)  # once: a retry would succeed
    lines: list[str] = []
    assert main(lines.append, fake) == 1
    assert lines[-1].startswith(f"FAILED at step {step}: InternalServerError: Service Unavailable"), lines[-1]


def test_the_demo_ignores_credentials_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMVIN_JWT", "a-session-jwt-of-the-machine-not-the-demos")
    lines: list[str] = []
    assert main(lines.append) == 0, lines[-1]
