"""The README's main command: an end-to-end session against the embedded fake, over loopback HTTP."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from sumvin_sdk.__main__ import main
from sumvin_sdk.testing import FakeSumvin
from sumvin_sdk.testing._call import Call


def run(fake: FakeSumvin) -> tuple[int, list[str]]:
    """The demo's exit status against ``fake``, and the lines it printed."""
    lines: list[str] = []
    return main(lines.append, fake), lines


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
    ):
        assert expected in text
    assert lines[-1] == "every step did what it should"
    assert "svpat_" not in text, "the PAT is never printed"


def test_the_demo_signs_the_cli_in_as_the_browser_user_with_a_token_named_for_it() -> None:
    fake = FakeSumvin()
    status, lines = run(fake)
    assert status == 0
    assert [(token.name, token.owner[1]) for token in fake.tokens.values()] == [("sumvin demo", "ada")]
    assert any(line.startswith("approved in the browser (approved); the CLI holds a PAT until ") for line in lines)


def test_the_demo_follows_the_self_link_of_the_last_wallet_listed() -> None:
    fake = FakeSumvin()
    status, lines = run(fake)
    assert status == 0
    (ada,) = (user for user in fake.users.values() if user.sub == "ada")
    first, *later = ada.collection("wallets")
    assert len(later) == fake.wallets_per_user - 1 > 0
    # the fake lists newest first, so the last wallet listed is the user's first one
    (line,) = (line for line in lines if line.startswith("followed a wallet's self link"))
    assert line.startswith(f"followed a wallet's self link: WalletResponse {first} on chain ")


def test_the_demo_ignores_credentials_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeSumvin()
    monkeypatch.setenv("SUMVIN_JWT", fake.jwt("mallory"))  # the CLI signs in with the device flow, not this
    status, lines = run(fake)
    assert (status, lines[-1]) == (0, "every step did what it should")
    assert all(user.sub != "mallory" for user in fake.users.values())


@pytest.mark.parametrize(("operation", "step"), [("pollDeviceCode", 1), ("getUserAccount", 4)])  # the CLI, the browser
def test_the_demo_retries_nothing_so_a_failed_answer_fails_its_step(operation: str, step: int) -> None:
    fake = FakeSumvin()
    fake.inject(operation, status=503, retry_after="0")
    status, lines = run(fake)
    assert status == 1
    assert lines[-1].startswith(f"FAILED at step {step}: InternalServerError: Service Unavailable")
    assert len(fake.calls(operation)) == 1


def created_again_with_201(fake: FakeSumvin) -> None:
    fake.override("createUserAccount", lambda call: httpx.Response(201, json=fake.answer(call).json()))


def changed(fake: FakeSumvin, operation: str, **members: Any) -> None:
    """Answer ``operation`` as the fake does, with ``members`` changed in the body."""
    fake.override(operation, lambda call: httpx.Response(200, json=fake.answer(call).json() | members))


def pending_after_approval(fake: FakeSumvin) -> None:
    changed(fake, "pollDeviceCode", status="approved")


def another_user_the_second_time(fake: FakeSumvin) -> None:
    def answer(call: Call) -> httpx.Response:
        sent = fake.answer(call)
        if sent.status_code != 208:
            return sent
        body = sent.json()
        return httpx.Response(208, json=body | {"user": body["user"] | {"id": "usr_someone_else"}})

    fake.override("createUserAccount", answer)


def code_sent_not_pending(fake: FakeSumvin) -> None:
    changed(fake, "updatePhone", status="sent")


def verified_is_not_the_answer(fake: FakeSumvin) -> None:
    changed(fake, "verifyPhone", status="code_sent")


def one_wallet_fewer(fake: FakeSumvin) -> None:
    def answer(call: Call) -> httpx.Response:
        body = fake.answer(call).json()
        if "next" in body["_links"]:
            return httpx.Response(200, json=body)
        return httpx.Response(200, json=body | {"wallets": body["wallets"][:-1]})

    fake.override("listWallets", answer)


def never_issued(call: Call) -> bool:
    """Whether the wallet asked for is one the fake never issued."""
    return not any(call.path_params["wallet_id"] in user.collection("wallets") for user in call.fake.users.values())


def another_not_found_code(fake: FakeSumvin) -> None:
    fake.inject("getWallet", status=404, error_code="GEN-404-001", when=never_issued)


def the_missing_wallet_found(fake: FakeSumvin) -> None:
    fake.override("getWallet", Call.default, when=never_issued)


@pytest.mark.parametrize(
    ("shape", "failure"),
    [
        (
            pending_after_approval,
            "FAILED at step 1: StepFailed: a new device code should be pending, not 'approved'",
        ),
        (
            created_again_with_201,
            "FAILED at step 2: StepFailed: creating the user twice should answer 201 then 208, not (201, 201)",
        ),
        (
            another_user_the_second_time,
            "FAILED at step 2: StepFailed: creating the user again should give the same user",
        ),
        (
            code_sent_not_pending,
            "FAILED at step 3: StepFailed: updating the phone should send a code, not answer 'sent'",
        ),
        (
            verified_is_not_the_answer,
            "FAILED at step 3: StepFailed: the code should verify the phone, not answer 'code_sent'",
        ),
        (
            one_wallet_fewer,
            "FAILED at step 4: StepFailed: the pages should hold the user's 5 wallets, not 4",
        ),
        (
            another_not_found_code,
            "FAILED at step 5: StepFailed: a missing wallet should be WAL-404-001, not GEN-404-001",
        ),
        (the_missing_wallet_found, "FAILED at step 5: StepFailed: a missing wallet did not raise NotFoundError"),
    ],
)
def test_the_demo_fails_the_step_whose_answer_is_not_the_documented_one(
    shape: Callable[[FakeSumvin], None], failure: str
) -> None:
    fake = FakeSumvin()
    shape(fake)
    status, lines = run(fake)
    assert (status, lines[-1]) == (1, failure)
    fake.assert_overrides_used()


def test_the_demo_checks_its_steps_under_python_dash_o() -> None:
    """``python -O`` drops ``assert`` statements; the demo's own checks stay and still fail the step."""
    script = (
        "import sys\n"
        "assert False, 'asserts run: this is not -O'\n"
        "from sumvin_sdk.__main__ import main\n"
        "from sumvin_sdk.testing import FakeSumvin\n"
        "from tests.test_smoke import code_sent_not_pending\n"
        "fake = FakeSumvin()\n"
        "code_sent_not_pending(fake)\n"
        "sys.exit(main(fake=fake))\n"
    )
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-O", "-c", script], capture_output=True, text=True, timeout=120, cwd=root, check=False
    )
    assert done.returncode == 1, done.stderr
    assert done.stdout.splitlines()[-1] == (
        "FAILED at step 3: StepFailed: updating the phone should send a code, not answer 'sent'"
    )


def test_the_demo_fails_with_the_step_that_failed() -> None:
    fake = FakeSumvin()
    fake.inject("verifyPhone", status=500, error_code="USR-500-001")
    status, lines = run(fake)
    assert status == 1
    assert lines[-1].startswith("FAILED at step 3: InternalServerError")
