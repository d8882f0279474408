"""What the docs' hidden setup blocks use: the fake API on loopback, standing in for Sumvin's.

A page whose examples need credentials starts with a setup comment that ``tests/test_docs.py`` runs first
and the site does not show::

    <!-- setup (run by tests/test_docs.py before the page's blocks; not shown)
    from tests.docs_setup import DocsAPI
    api = DocsAPI(namespace=globals())
    -->

``DocsAPI`` starts the fake on 127.0.0.1, points ``SUMVIN_BASE_URL`` at it (so ``Sumvin(...)`` as the page
writes it talks to the fake), creates a signed-in user (with no tenant and in ``org_123``), and puts the
names the examples use into the page's namespace: ``session_jwt``, ``pint``, ``session``, ``client``.
Its clock stands still at 2024-01-01 UTC, so what the examples print is the same on every run. The device
sign-in's waits approve the pending code in a browser session of the fake's instead of sleeping.
"""

from __future__ import annotations

import datetime
import os
from typing import Any

from sumvin_sdk import Sumvin, device
from sumvin_sdk._generated.models import CreateUserRequest
from sumvin_sdk.testing import FakeServer, FakeSumvin

NOW = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC).timestamp()
ORG_ID = "org_123"  # the tenant the examples name


class _Session:
    """Stands for the application's own session object: ``session.current_jwt()``."""

    def __init__(self, jwt: str) -> None:
        self.jwt = jwt

    def current_jwt(self) -> str:
        return self.jwt


class DocsAPI:
    """The fake API on loopback for one page of the docs; ``close()`` stops it (the runner calls it)."""

    def __init__(self, namespace: dict[str, Any]) -> None:
        self.now = NOW
        self.fake = FakeSumvin(clock=lambda: self.now)
        self.server = FakeServer(self.fake).start()
        os.environ["SUMVIN_BASE_URL"] = self.server.base_url
        session_jwt = self.fake.jwt("docs-user", expires_in=10**9)
        self.browser = Sumvin(jwt=session_jwt, base_url=self.server.base_url)
        for org_id in (None, ORG_ID):
            self.browser.with_options(org_id=org_id).user.create_user_account(body=CreateUserRequest())
        self._sleep_default = (device.login.__kwdefaults__ or {}).get("sleep")
        if device.login.__kwdefaults__ is not None:
            device.login.__kwdefaults__["sleep"] = self._approve_instead_of_waiting
        namespace.update(
            session_jwt=session_jwt,
            pint="pint-token-for-the-docs",
            session=_Session(session_jwt),
            client=Sumvin(jwt=session_jwt),
            teardown=self.close,
        )

    def _approve_instead_of_waiting(self, seconds: float) -> None:
        self.now += seconds
        for code in list(self.fake.device_codes.values()):
            if code.status == "pending":
                device.approve(self.browser, code.device_code, code.user_code)

    def close(self) -> None:
        """Stop the fake and put the device sign-in's real sleep back."""
        if device.login.__kwdefaults__ is not None and self._sleep_default is not None:
            device.login.__kwdefaults__["sleep"] = self._sleep_default
        self.browser.close()
        self.server.stop()
