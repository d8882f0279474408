"""``sumvin call OPERATION --help``: every operation's page, with its description, parameters and body members."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from sumvin_sdk._generated import models
from sumvin_sdk._generated.operations import OPERATIONS
from sumvin_sdk.cli import _help
from sumvin_sdk.cli._operations import arguments, find_operation
from tests.cli_world import World
from tests.test_cli_output import HOSTILE

SHIPPED = Path(_help.__file__).resolve().parent.parent / "_generated" / "openapi.json"
CONTRACT = json.loads(SHIPPED.read_text(encoding="utf-8"))
SPECS = {
    o["operationId"]: o
    for item in CONTRACT["paths"].values()
    for o in item.values()
    if isinstance(o, dict) and "operationId" in o
}
#: The list operations: those whose success model is a page of the SDK's (``page_items()``, ``Sumvin.paginate``).
PAGED = {
    operation_id
    for operation_id, spec in SPECS.items()
    for status, answer in spec["responses"].items()
    if status.startswith("2")
    and getattr(
        getattr(
            models,
            answer.get("content", {}).get("application/json", {}).get("schema", {}).get("$ref", "/").rsplit("/", 1)[-1],
            None,
        ),
        "_ITEMS",
        None,
    )
}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return World(tmp_path_factory.mktemp("help"))


def flat(text: str) -> str:
    """The help text with its wrapping undone: every run of whitespace one space."""
    return " ".join(text.split())


def schema_of(reference: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = CONTRACT["components"]["schemas"][reference["$ref"].rsplit("/", 1)[-1]]
    return found


def body_members(spec: dict[str, Any]) -> list[tuple[str, bool, str]]:
    """(name, required, description) of every member of every shape of the operation's body."""
    request = spec.get("requestBody")
    if request is None:
        return []
    schema = next(iter(request["content"].values()))["schema"]
    found = []
    for option in schema.get("oneOf") or schema.get("anyOf") or [schema]:
        resolved = schema_of(option) if "$ref" in option else option
        required = set(resolved.get("required", []))
        for name, member in resolved.get("properties", {}).items():
            found.append((name, name in required, member.get("description", "")))
    return found


def bare(text: str) -> str:
    """``text`` without any whitespace, so that wrapping (which may break after a hyphen) does not matter."""
    return "".join(text.split())


def row(name: str, required: bool, description: str) -> re.Pattern[str]:
    """A row of the page (see ``bare``): the name, its type in brackets, required or optional, the description."""
    need = "required" if required else "optional"
    return re.compile(rf"{re.escape(bare(name))}\(.+?,{need}\){re.escape(bare(description))}")


def test_the_operations_table_and_the_shipped_contract_name_the_same_operations() -> None:
    assert set(SPECS) == set(OPERATIONS)


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_every_operation_has_a_help_page_with_its_description_parameters_and_body(
    world: World, operation_id: str
) -> None:
    result = world.run("call", operation_id, "--help", base=())
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    page = result.stdout
    assert page.startswith(f"Usage: sumvin call {operation_id} [OPTIONS]\n")
    assert all(c.isprintable() or c == "\n" for c in page)
    text = bare(page)
    spec = SPECS[operation_id]
    assert bare(spec["description"]) in text
    assert bare(f"{OPERATIONS[operation_id].method} {OPERATIONS[operation_id].path}") in text
    for parameter in spec.get("parameters", []):
        name = re.sub(r"[^a-z0-9]+", "_", parameter["name"].lower()).strip("_")
        assert row(name, parameter.get("required", False), parameter["description"]).search(text), name
    for name, required, description in body_members(spec):
        assert row(name, required, description).search(text), name
    assert (bare("--all follows its pages") in text) == (operation_id in PAGED)
    assert "--param" in text and bare("Show this message and exit.") in text, "the command's own options follow"


def test_a_snake_case_name_gives_the_same_page(world: World) -> None:
    by_id = world.run("call", "listWallets", "--help", base=())
    by_name = world.run("call", "list_wallets", "--help", base=())
    assert by_name.stdout == by_id.stdout and by_id.exit_code == 0


def test_the_operation_may_come_after_its_options(world: World) -> None:
    result = world.run("call", "-p", "limit=3", "listTransactions", "--help", base=())
    assert result.exit_code == 0 and "Usage: sumvin call listTransactions" in result.stdout


@pytest.mark.parametrize(
    ("operation_id", "shown"),
    [
        ("listWallets", "chain_id (integer or null, optional) Only wallets on this EVM chain id."),
        ("listWallets", "expand (list of string, optional)"),
        ("getWallet", "wallet_id (string, required)"),
        ("listTransactions", 'direction (TransactionDirection (one of "in", "out") or null, optional)'),
        ("listTransactions", "type (TransactionType (one of"),
        ("createWallet", 'method ("siwe", required)'),
        ("createWallet", "Body SiweWalletCreate (--body JSON|@FILE, required, one of its shapes)"),
        ("updateUsername", "Body UpdateUsernameRequest (--body JSON|@FILE, required)"),
        ("createDeviceCode", "Body DeviceCodeCreateRequest (--body JSON|@FILE, optional)"),
    ],
)
def test_types_and_needs_read_as_the_contract_says(world: World, operation_id: str, shown: str) -> None:
    assert shown in flat(world.run("call", operation_id, "--help", base=()).stdout)


def test_an_upload_says_the_command_cannot_send_it(world: World) -> None:
    uploads = [o for o, s in SPECS.items() if "multipart/form-data" in s.get("requestBody", {}).get("content", {})]
    assert uploads
    for operation_id in uploads:
        assert "a file upload: use the SDK from Python" in flat(world.run("call", operation_id, "--help").stdout)


def test_the_help_of_call_itself_says_how_to_get_an_operations_page(world: World) -> None:
    result = world.run("call", "--help", base=())
    assert result.exit_code == 0 and "sumvin call OPERATION --help" in flat(result.stdout)


def test_help_for_an_unknown_operation_is_a_usage_error(world: World) -> None:
    result = world.run("call", "getWalet", "--help", base=())
    assert result.exit_code == 2 and len(result.stderr.splitlines()) == 1
    assert "getWallet" in result.stderr, "it suggests the operation meant"


@pytest.mark.parametrize("text", HOSTILE, ids=repr)
def test_descriptions_are_printed_literally(world: World, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    spec = json.loads(json.dumps(SPECS["getWallet"]))
    spec["description"] = text
    spec["parameters"][0]["description"] = text
    spec["parameters"][0]["name"] = text
    monkeypatch.setattr(_help, "spec", lambda operation: spec)
    page = world.run("call", "getWallet", "--help", base=()).stdout
    assert all(c.isprintable() or c == "\n" for c in page)
    assert "\x1b" not in page and "\u202e" not in page


@pytest.mark.parametrize(
    ("operation_id", "pairs", "argument"),
    [
        ("listTransactions", ["type=card_purchase"], {"type_": "card_purchase"}),
        ("getUserCtas", ["type=kyc"], {"type_": "kyc"}),
        (
            "listWalletAssetTransactions",
            ["wallet_id=w", "symbol=USDC", "from=1"],
            {"wallet_id": "w", "symbol": "USDC", "from_": 1},
        ),
        ("listWallets", ["chain-id=1329", "is_eoa=true"], {"chain_id": 1329, "is_eoa": True}),
    ],
)
def test_a_parameter_is_taken_by_the_name_its_help_page_shows(
    operation_id: str, pairs: list[str], argument: dict[str, Any]
) -> None:
    assert arguments(find_operation(operation_id), tuple(pairs), None) == argument


def body_names(spec: dict[str, Any]) -> list[str]:
    """The name each shape of the operation's body goes by: its model's, else its title, else ``body``."""
    schema = next(iter(spec["requestBody"]["content"].values())).get("schema", {})
    shapes = [o for o in schema.get("oneOf") or schema.get("anyOf") or [schema] if o.get("type") != "null"]
    return [s["$ref"].rsplit("/", 1)[-1] if "$ref" in s else str(s.get("title", "body")) for s in shapes]


@pytest.mark.parametrize("operation_id", sorted(o for o, s in SPECS.items() if "requestBody" in s))
def test_each_body_section_is_headed_by_the_name_of_its_shape(world: World, operation_id: str) -> None:
    page = flat(world.run("call", operation_id, "--help", base=()).stdout)
    for name in body_names(SPECS[operation_id]):
        assert f"Body {name} (" in page, name


def test_an_inline_body_reads_as_its_title_or_else_as_body(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    titled = SPECS["handleMeldWebhook"]
    assert "$ref" not in titled["requestBody"]["content"]["application/json"]["schema"], "an inline body"
    assert "Body MeldWebhookPayload (--body JSON|@FILE, required)" in flat(
        world.run("call", "handleMeldWebhook", "--help", base=()).stdout
    )
    untitled = json.loads(json.dumps(titled))
    del untitled["requestBody"]["content"]["application/json"]["schema"]["title"]
    from sumvin_sdk.cli._contract import spec as shipped

    monkeypatch.setattr(
        "sumvin_sdk.cli._help.spec", lambda o: untitled if o.operation_id == "handleMeldWebhook" else shipped(o)
    )
    assert "Body body (--body JSON|@FILE, required)" in flat(
        world.run("call", "handleMeldWebhook", "--help", base=()).stdout
    )
