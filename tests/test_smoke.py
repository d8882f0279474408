"""The README's main command: an end-to-end session against the embedded fake, over loopback HTTP."""

from __future__ import annotations

from sumvin_sdk.__main__ import main
from sumvin_sdk.testing import FakeSumvin


def test_the_demo_runs_every_step_and_says_what_happened() -> None:
    lines: list[str] = []
    assert main(lines.append) == 0
    text = "\n".join(lines)
    for expected in (
        "1. sign in",
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


def test_the_demo_fails_with_the_step_that_failed() -> None:
    fake = FakeSumvin()
    fake.inject("verifyPhone", status=500, error_code="USR-500-001")
    lines: list[str] = []
    assert main(lines.append, fake) == 1
    assert lines[-1].startswith("FAILED at step 3: InternalServerError")
