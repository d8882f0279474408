"""``python -m sumvin_sdk``: an end-to-end session against the embedded fake API, printed step by step.

It starts ``sumvin_sdk.testing.FakeServer`` on loopback and, through ``Sumvin`` over real HTTP: signs a
command-line tool in with the device flow (code, approval by the signed-in user, exchange for a PAT),
creates the user, updates and verifies the phone, walks to the wallets through HAL links, pages through
them, and shows a typed RFC 7807 error. It exits 0 only if every step did what it should.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from sumvin_sdk import Sumvin, SumvinError
from sumvin_sdk._generated.models import (
    CreateUserRequest,
    DeviceCodeApprovalRequest,
    DeviceCodeCreateRequest,
    PersonalAccessTokenExchangeRequest,
    PhoneVerificationRequest,
    VerifyPhoneCodeRequest,
)
from sumvin_sdk.errors import NotFoundError
from sumvin_sdk.testing import FakeServer, FakeSumvin

CLI_USER_AGENT = "sumvin-cli/0.1 sumvin-sdk-python-demo"
PHONE = "+447700900123"


class StepFailed(Exception):
    """A step's answer was not the documented one (the demo's own check, kept under ``python -O``)."""


def check(holds: bool, what: str) -> None:
    """Fail the step with ``what`` (what should have held) unless ``holds``."""
    if not holds:
        raise StepFailed(what)


class Demo:
    """The session's steps; each prints what happened and raises ``StepFailed`` if an answer is not the documented
    one."""

    def __init__(self, server: FakeServer, out: Callable[[str], None]) -> None:
        self.fake = server.fake
        self.out = out
        self.web = Sumvin(base_url=server.base_url, jwt=self.fake.jwt("ada"), max_retries=0)
        self.cli = Sumvin(base_url=server.base_url, user_agent=CLI_USER_AGENT, max_retries=0, auth=[])

    def sign_in(self) -> None:
        code = self.cli.cli.create_device_code(body=DeviceCodeCreateRequest(client_name="sumvin demo"))
        self.out(f"device sign-in: open {code.verification_uri_complete} and enter {code.user_code}")
        waiting = self.cli.cli.poll_device_code(code.device_code).status
        check(waiting == "pending", f"a new device code should be pending, not {str(waiting)!r}")
        self.web.cli.approve_device_code(code.device_code, body=DeviceCodeApprovalRequest(user_code=code.user_code))
        status = self.cli.cli.poll_device_code(code.device_code).status
        issued = self.cli.cli.exchange_device_code(
            body=PersonalAccessTokenExchangeRequest(device_code=code.device_code)
        )
        self.cli = self.cli.with_options(pat=issued.token)
        self.out(f"approved in the browser ({status}); the CLI holds a PAT until {issued.expires_at:%Y-%m-%d}")

    def create_user(self) -> None:
        created = self.web.with_raw_response.user.create_user_account(body=CreateUserRequest())
        again = self.web.with_raw_response.user.create_user_account(body=CreateUserRequest())
        statuses = (created.status_code, again.status_code)
        check(statuses == (201, 208), f"creating the user twice should answer 201 then 208, not {statuses}")
        check(created.parsed.user.id == again.parsed.user.id, "creating the user again should give the same user")
        self.out(f"created user {created.parsed.user.id} (201), and again: {again.status_code}, the same user")

    def verify_phone(self) -> None:
        sent = self.cli.user.update_phone(body=PhoneVerificationRequest(phone_number=PHONE))
        verified = self.cli.user.verify_phone(body=VerifyPhoneCodeRequest(verification_code=self.fake.sent_code(PHONE)))
        check(sent.status == "code_sent", f"updating the phone should send a code, not answer {sent.status!r}")
        check(verified.status == "verified", f"the code should verify the phone, not answer {verified.status!r}")
        self.out(f"phone {PHONE}: code sent ({sent.expires_in_seconds} s to use it), then {verified.status}")

    def walk_wallets(self) -> None:
        me = self.web.user.get_user_account()  # /v0/user/me takes a session JWT only
        first = self.web.follow(me, "wallets")
        pages = list(self.web.paginate(first))
        wallets = [wallet for page in pages for wallet in page.wallets]
        check(
            len(wallets) == self.fake.wallets_per_user,
            f"the pages should hold the user's {self.fake.wallets_per_user} wallets, not {len(wallets)}",
        )
        self.out(f"followed me -> wallets: {len(wallets)} wallets on {len(pages)} pages (next links)")
        wallet = self.web.follow(wallets[-1], "self")
        self.out(f"followed a wallet's self link: {type(wallet).__name__} {wallet.id} on chain {wallet.chain_id}")

    def show_an_error(self) -> None:
        try:
            self.cli.wallets.get_wallet("wal_does_not_exist")
        except NotFoundError as error:
            self.out(f"typed error: {type(error).__name__} {error.status_code} {error.error_code}: {error}")
            check(error.error_code == "WAL-404-001", f"a missing wallet should be WAL-404-001, not {error.error_code}")
            return
        raise StepFailed("a missing wallet did not raise NotFoundError")

    def close(self) -> None:
        self.web.close()
        self.cli.close()


def main(out: Callable[[str], None] = print, fake: FakeSumvin | None = None) -> int:
    """Run the session (against ``fake`` if given); return the exit status."""
    with FakeServer(fake) as server:
        out(f"fake Sumvin API at {server.base_url}")
        demo = Demo(server, out)
        steps = [demo.sign_in, demo.create_user, demo.verify_phone, demo.walk_wallets, demo.show_an_error]
        try:
            for number, step in enumerate(steps, 1):
                out(f"{number}. {step.__name__.replace('_', ' ')}")
                step()
        except (SumvinError, StepFailed) as failure:
            out(f"FAILED at step {number}: {type(failure).__name__}: {failure}")
            return 1
        finally:
            demo.close()
    out("every step did what it should")
    return 0


if __name__ == "__main__":
    sys.exit(main())
