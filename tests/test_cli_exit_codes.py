"""``sumvin``'s exit status: 2 for what the user typed, 1 for what a server sent (or no connection).

The SDK refuses some calls before sending anything (``UsageError``: a parameter it does not take, a path
segment that would change the route, no credential the operation accepts). Raised before the command sent
its first request, that is the user's mistake: exit 2. The same errors raised once a request has gone out
(following a server's ``next`` link, say) come from what the server sent: exit 1.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

import sumvin_sdk.cli._app
import sumvin_sdk.cli._waits
from sumvin_sdk.errors import UsageError
from tests.cli_world import World

for module in ("sumvin_sdk.device", "sumvin_sdk.signing"):  # every module that defines a UsageError
    importlib.import_module(module)


def subclasses(cls: type[UsageError]) -> list[type[UsageError]]:
    found = [cls]
    for sub in cls.__subclasses__():
        found += [s for s in subclasses(sub) if s not in found]
    return found


USAGE_ERRORS = subclasses(UsageError)


def made(cls: type[UsageError]) -> UsageError:
    """An instance of ``cls`` whatever its constructor takes, its message naming it."""
    error = cls.__new__(cls)
    Exception.__init__(error, f"refused by {cls.__name__}")
    return error


@pytest.fixture
def world(tmp_path: Path) -> World:
    world = World(tmp_path)
    assert world.run("login").exit_code == 0
    return world


def assert_one_line(world: World, args: tuple[str, ...], status: int, said: str) -> None:
    sent = len(world.fake.requests)
    result = world.run(*args)
    assert result.exit_code == status, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and said in lines[0], result.stderr
    assert result.stdout == ""
    if status == 2:
        assert len(world.fake.requests) == sent, "nothing sent"


def test_every_usage_error_subclass_is_found() -> None:
    names = {cls.__name__ for cls in USAGE_ERRORS}
    assert {"ParameterError", "PathParameterError", "CredentialError", "MissingCredentialError"} <= names
    assert {"InvalidCodeError", "PurchaseIntentError", "TypedDataError"} <= names


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("listTransactions", "-p", "limit=ten"), "limit takes an int"),
        (("listTransactions", "-p", "limit=true"), "not bool"),
        (("listTransactions", "-p", "limit=1.5"), "not float"),
        (("listTransactions", "-p", "limit=[1]"), "limit"),
        (("listTransactions", "-p", 'limit={"a": 1}'), "limit"),
        (("listTransactions", "-p", "direction=sideways"), "direction takes one of"),
        (("listTransactions", "-p", "from_date=yesterday"), "from_date"),
        (("listTransactions", "-p", "from_date=2024-13-45"), "from_date"),
        (("getWallet", "-p", "wallet_id=null"), "wallet_id is required"),
        (("listTransactions", "-p", "direction=5"), "direction takes a str"),
        (("getWallet", "-p", "wallet_id=."), "path parameter 'wallet_id'"),
        (("getWallet", "-p", "wallet_id=.."), "path parameter 'wallet_id'"),
        (("getWallet", "-p", "wallet_id="), "path parameter 'wallet_id'"),
        (("getUserAccount",), "getUserAccount needs a credential"),
        (("listAssets",), "listAssets needs a credential"),
        (("listStrategies", "--all"), "listStrategies needs a credential"),
        (("getAsset", "-p", "symbol=ETH"), "getAsset needs a credential"),
        (("searchMerchants",), "searchMerchants needs a credential"),
    ],
    ids=repr,
)
def test_what_the_sdk_refuses_before_the_first_request_exits_2(world: World, args: tuple[str, ...], said: str) -> None:
    assert_one_line(world, ("call", *args), 2, said)


@pytest.mark.parametrize(
    "args",
    [("listWallets",), ("listWallets", "--all"), ("listPersonalAccessTokens",), ("getWallet", "-p", "wallet_id=w")],
)
def test_a_secured_call_with_no_one_signed_in_exits_2(tmp_path: Path, args: tuple[str, ...]) -> None:
    assert_one_line(World(tmp_path), ("call", *args), 2, "needs a credential")


@pytest.mark.parametrize("cls", USAGE_ERRORS, ids=lambda c: c.__name__)
def test_a_usage_error_before_any_request_exits_2(world: World, cls: type[UsageError], monkeypatch: Any) -> None:
    def refused(*args: object) -> dict[str, Any]:
        raise made(cls)

    monkeypatch.setattr(sumvin_sdk.cli._app, "arguments", refused)
    assert_one_line(world, ("call", "listWallets"), 2, f"refused by {cls.__name__}")


@pytest.mark.parametrize("cls", USAGE_ERRORS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("operation", ["listWallets", "listPersonalAccessTokens"])
def test_a_usage_error_once_a_request_has_gone_out_exits_1(world: World, cls: type[UsageError], operation: str) -> None:
    def refused(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        raise made(cls)

    world.tamper[operation] = refused
    command = ("whoami",) if operation == "listPersonalAccessTokens" else ("call", operation)
    assert_one_line(world, command, 1, f"refused by {cls.__name__}")


@pytest.mark.parametrize(
    ("href", "said"),
    [
        ("/v0/user/me", "getUserAccount needs a credential"),  # MissingCredentialError, from the server's link
        ("/v0/assets/", "listAssets needs a credential"),
        ("/v0/wallets/?limit=ten", "limit"),
    ],
)
def test_a_refusal_caused_by_a_later_pages_link_exits_1(world: World, href: str, said: str) -> None:
    def tampered(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        body: dict[str, Any] = json.loads(response.content)
        body["_links"]["next"] = {"href": href}
        return httpx.Response(200, json=body)

    world.tamper["listWallets"] = tampered
    result = world.run("call", "listWallets", "--all", "-o", "json")
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and said in lines[0], result.stderr


@pytest.mark.parametrize("cls", USAGE_ERRORS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("sent_first", [False, True], ids=["unsent", "after-a-request"])
def test_a_wait_follows_the_same_rule(world: World, cls: type[UsageError], sent_first: bool, monkeypatch: Any) -> None:
    def refused(client: Any, **options: Any) -> Any:
        if sent_first:
            client.cli.list_personal_access_tokens()
        raise made(cls)

    monkeypatch.setattr(sumvin_sdk.cli._waits, "wait_for_kyc", refused)
    result = world.run("kyc", "wait")
    assert result.exit_code == (1 if sent_first else 2), result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].endswith(f"refused by {cls.__name__}"), result.stderr
    assert lines[0].startswith("KYC: " if sent_first else "error: "), "a wait's own line once it has begun"
