"""A fake of the whole Sumvin API, for your tests and for demos (what stripe-mock is to Stripe's SDKs).

In process, as an httpx transport::

    from sumvin_sdk import Sumvin
    from sumvin_sdk.testing import FakeSumvin

    fake = FakeSumvin()
    client = Sumvin(jwt=fake.jwt("user-1"), transport=fake.transport())
    client.user.create_user_account(body=CreateUserRequest())

Or as a real server on loopback: ``with FakeServer() as server: Sumvin(base_url=server.base_url, ...)``, or
``python -m sumvin_sdk.testing --port 8765``. With pytest, the fixtures ``sumvin_fake``, ``sumvin_client`` and
``sumvin_clock`` come with the package (see ``sumvin_sdk.testing.pytest_plugin``).

Every one of the contract's operations answers. For each request, in this order:

1. a test's **override** (``fake.reply``, ``fake.override``, ``fake.inject``), before anything else;
2. **auth**, from the operation's ``security`` in the contract (a secured call without an accepted credential
   is a 401 problem; see ``sumvin_sdk.testing._auth`` for what is accepted);
3. **validation** of the parameters and body against the contract: a FastAPI-shaped 422 (on when
   ``jsonschema`` is installed, the ``testing`` extra; ``FakeSumvin(validate=False)`` turns it off);
4. the **stateful handler** of the operation (users, phone, wallets, transactions, cards and their actions,
   accounts, budgets, purchase intents and their decisions, PINTs minted, listed and revoked, KYC in the
   contract's statuses, the CLI sign-in and its tokens), or one you registered;
5. else the contract's **default**: its first documented success, with a deterministic schema-valid body (the
   contract's examples where valid) reflecting the path ids and request members.

Nothing answers 501; an internal failure is a 500 problem (and kept in ``fake.errors``).
``X-Timestamp-Format: iso8601`` turns every timestamp of every JSON answer into an ISO 8601 string.

Registering a stateful handler (what another area of the API plugs in)::

    from sumvin_sdk.testing import Call

    @fake.handler("getNonce")  # or fake.register("getNonce", get_nonce); an unknown operationId raises
    def get_nonce(call: Call) -> httpx.Response:
        user = call.user()                 # the caller's user in fake.state (None before it is created)
        body = call.fake.defaults.body(call.operation_id)  # the contract's default body, a fresh copy
        body["nonce"] = "..."              # call.path_params, call.query, call.body(), call.now, call.principal
        return call.respond(200, body)     # or call.problem(409, "PINT-409-001", "why"), or call.default()

A handler runs after auth and validation, so ``call.principal`` is set for a secured operation; keep its state
on ``call.fake.state`` (``user.collection("nonces")`` is a dict of your own per user). Register it on every fake
you build (e.g. in a fixture), or put it in ``sumvin_sdk.testing._handlers`` to make it the fake's own.

Shaping it from a test: ``fake.reply(op, status, body, headers=, times=, when=)``, ``fake.override(op, handler)``,
``fake.inject(op, status=, retryable=, body=, headers=, malformed_json=, delay=, timeout=, drop=)``,
``fake.seed.user(sub, kyc="approved")``, ``fake.seed.kyc(user, (0, "in_progress"), (30, "approved"))``,
``fake.seed.transactions(user, 50)``, ``fake.seed.card(user)``,
``fake.calls(op)``, ``fake.assert_overrides_used()``. See docs/testing.md. ``Ceremonies(fake)`` plugs in the
signing ceremonies and server-side progress (PINT signatures recovered with eth-account, errands, onboarding
and UserOperation states on the fake's clock, and KYC scripted into the fake's own state); see
docs/signing.md and docs/waiting.md.
"""

from sumvin_sdk.testing._auth import fake_jwt
from sumvin_sdk.testing._call import Call, Principal
from sumvin_sdk.testing._ceremonies import Ceremonies
from sumvin_sdk.testing._clock import FrozenClock
from sumvin_sdk.testing._fake import FakeSumvin
from sumvin_sdk.testing._server import FakeServer
from sumvin_sdk.testing._shaping import Override, UnknownOperationError

__all__ = [
    "Call",
    "Ceremonies",
    "FakeServer",
    "FakeSumvin",
    "FrozenClock",
    "Override",
    "Principal",
    "UnknownOperationError",
    "fake_jwt",
]
