"""A stateful fake of the Sumvin API, for your tests and for demos (what stripe-mock is to Stripe's SDKs).

In process, as an httpx transport::

    from sumvin_sdk import Sumvin
    from sumvin_sdk.testing import FakeSumvin

    fake = FakeSumvin()
    client = Sumvin(jwt=fake.jwt("user-1"), transport=fake.transport())
    client.user.create_user_account(body=CreateUserRequest())

Or as a real server on loopback: ``with FakeServer() as server: Sumvin(base_url=server.base_url, ...)``,
or ``python -m sumvin_sdk.testing --port 8765``.

It implements the operations in ``IMPLEMENTED`` with the statuses, problem details and error codes of
the contract: users (create: 201, then 208; me: 404 before creation; ``expand=wallets``), phone update
and verification (``fake.sent_code(phone)``; a wrong code is ``USR-400-001``, an expired one
``USR-400-002``), wallets with HAL links and ``next`` pages, and the CLI sign-in (device codes, approval
or denial with a JWT, one exchange for a PAT, PAT listing and revocation, PAT calls from a ``sumvin-cli/``
User-Agent). JWTs need ``sub`` and ``exp`` (``fake.jwt()`` mints them); a missing, malformed or expired
one is ``USR-401-001``. ``x-juno-orgid`` scopes users per tenant. ``X-Timestamp-Format: iso8601`` is
honoured on every response. ``fake.inject(operation_id, status=429, retry_after="2")`` (or ``delay=``,
``drop=True``) scripts faults for your retry tests. Every other operation answers a 501 problem
(``MOCK-501-001``).
"""

from sumvin_sdk.testing._fake import IMPLEMENTED, FakeSumvin, fake_jwt
from sumvin_sdk.testing._server import FakeServer

__all__ = ["IMPLEMENTED", "FakeServer", "FakeSumvin", "fake_jwt"]
