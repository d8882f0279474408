"""Every operation, parameter, model and member is described, in the project's own words.

The descriptions live in ``codegen/descriptions/`` and reach ``openapi.yaml`` through ``codegen/describe.py``;
these tests hold both to account: full coverage, a strict merge, and no reference prose anywhere in the project.
"""

from __future__ import annotations

import contextlib
import copy
import enum
import importlib
import inspect
import io
import pydoc
import re
import runpy
import subprocess
import sys
import types
from collections.abc import Iterator
from typing import Any, cast

import attrs
import httpx
import pytest
from openapi_python_client.strings import PythonIdentifier

from codegen import describe
from codegen.normalize import NormalizeError, normalize
from sumvin_sdk import Sumvin, models
from sumvin_sdk._generated.operations import OPERATIONS
from tests.conftest import ROOT

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def normal(text: str) -> str:
    """Whitespace runs folded to one space and case folded, so wrapping or capitals cannot hide a copy."""
    return re.sub(r"\s+", " ", text).strip().casefold()


def described(spec: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(kind, where, description or None) for every item that must be described."""

    def members(schema: dict[str, Any], where: str) -> Iterator[tuple[str, str, Any]]:
        for name, prop in schema.get("properties", {}).items():
            yield "member", f"{where}.{name}", prop.get("description")
            if "properties" in prop:
                yield "model", f"{where}.{name}", prop.get("description")
                yield from members(prop, f"{where}.{name}")

    for item in spec["paths"].values():
        for method, op in item.items():
            if method not in METHODS:
                continue
            op_id = op["operationId"]
            yield "operation", op_id, op.get("description")
            for param in op.get("parameters", []):
                yield "parameter", f"{op_id}.{param['name']}", param.get("description")
            for media in op.get("requestBody", {}).get("content", {}).values():
                if "properties" in media.get("schema", {}):
                    yield "model", f"{op_id}.body", media["schema"].get("description")
                    yield from members(media["schema"], f"{op_id}.body")
    for name, schema in spec["components"]["schemas"].items():
        yield "model", name, schema.get("description")
        yield from members(schema, name)


def test_every_item_of_the_contract_is_described(spec: dict[str, Any]) -> None:
    items = list(described(spec))
    missing = [where for _, where, text in items if not (isinstance(text, str) and text.strip())]
    assert not missing, missing[:10]
    counts = {kind: sum(1 for k, _, _ in items if k == kind) for kind in ("operation", "parameter", "model", "member")}
    # 414 component schemas plus the inline objects of webhook bodies; 1,642 component members plus theirs.
    assert counts["operation"] == 184
    assert counts["parameter"] == 292
    assert counts["model"] >= 414
    assert counts["member"] >= 1642


def test_descriptions_are_short_sentences(spec: dict[str, Any]) -> None:
    for _, where, text in described(spec):
        assert text[0].isupper() or text[0] in "`(", f"{where}: {text!r}"
        assert text.endswith((".", ")")), f"{where}: {text!r}"
        assert len(text) <= 240, f"{where}: {len(text)} characters"


def tracked_texts() -> dict[str, str]:
    """Every text file git tracks in the project, by path."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    texts = {}
    for name in listed.decode().split("\0"):
        path = ROOT / name
        if not name or not path.is_file():
            continue
        raw = path.read_bytes()
        if b"\0" in raw:
            continue
        try:
            texts[name] = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
    return texts


def test_no_reference_description_appears_anywhere_in_the_project(reference: dict[str, Any]) -> None:
    prose = {normal(text) for text in describe.reference_prose(reference)}
    assert len(prose) > 800, "the reference is full of prose; the walk found it"
    texts = tracked_texts()
    assert "openapi.yaml" in texts and "codegen/descriptions/schemas.yaml" in texts and len(texts) > 300
    everything = "\0".join(f"{name}\0{normal(text)}" for name, text in texts.items())
    copied = sorted(p for p in prose if p in everything)
    assert not copied, [(p, [name for name, text in texts.items() if p in normal(text)]) for p in copied[:3]]


def test_our_descriptions_share_no_forty_characters_with_the_reference(
    reference: dict[str, Any], spec: dict[str, Any]
) -> None:
    window = describe.PROSE_MIN
    shingles = {
        prose[i : i + window]
        for prose in map(normal, describe._strings_under(reference, "description"))
        for i in range(len(prose) - window + 1)
    }
    ours = [normal(text) for _, _, text in described(spec)]
    shared = {text[i : i + window] for text in ours for i in range(len(text) - window + 1)} & shingles
    assert not shared, sorted(shared)[:5]


def test_the_verbatim_example_string_is_rewritten(spec: dict[str, Any]) -> None:
    for name in ("StrategyDetailResponse", "StrategyListResponse"):
        example = str(spec["components"]["schemas"][name]["example"])
        assert "dollar-cost" not in example
        assert "Smart DCA" in example, "the rest of the example stays as it was"


# -- a member's description says more than its names ---------------------------------------------------------

# A class named for a call ("CreateAgentTokenResponse") read as a noun phrase: "this create agent token".
VERBS = frozenset(
    """add approve bind clarify connect create delete enable get link list replace save submit trigger update""".split()  # noqa: SIM905
)
# Words that carry no meaning of their own in a description, and words every owner implies.
FILLER = frozenset(
    """a an and applies as by current for from in is it its kind of on or related state that the this to which
    whether id user""".split()  # noqa: SIM905
)


def name_words(name: str) -> list[str]:
    """The words of an identifier (camelCase, snake_case, kebab-case, acronyms), lower case."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=[0-9])|[_\-.]", " ", name)
    return spaced.lower().split()


def singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def mechanical(owner: str, member: str, text: str) -> str | None:
    """Why ``text`` is a mechanical description of ``owner``'s ``member``, or None when it is not.

    The shapes the first generated descriptions took, before they were rewritten:
    ``names``: every word is a word of the member's or the owner's name, or filler
    ("Title of the ai insight payload.", "Id of the related connection.");
    ``class-name``: it quotes the owner's class name as a phrase
    ("EVM chain id the SIWE wallet create lives on", "...the actions available on this list messages.");
    ``number-of``: "Number of amount.".
    """
    own = name_words(owner.rsplit(".", 1)[-1])
    known = {singular(w) for w in name_words(member) + own}
    words = [singular(w) for w in re.findall(r"[a-z0-9]+", text.lower().replace("'s", "")) if w not in FILLER]
    if words and set(words) <= known | {"number"}:
        return "number-of" if words[0] == "number" else "names"
    base = own[:-1] if own[-1:] in (["response"], ["request"]) else own
    phrases = [own] + ([base] if base and base[0] in VERBS else [])
    if any(len(p) >= 2 and re.search(rf"\b{re.escape(' '.join(p))}\b", text.lower()) for p in phrases):
        return "class-name"
    return None


def members_of(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(owner, member name, member schema) for every member of every model, inline bodies included."""

    def walk(schema: dict[str, Any], owner: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
        for name, prop in schema.get("properties", {}).items():
            yield owner, name, prop
            yield from walk(prop, f"{owner}.{name}")

    for name, schema in spec["components"]["schemas"].items():
        yield from walk(schema, name)
    for item in spec["paths"].values():
        for method, op in item.items():
            for media in op.get("requestBody", {}).get("content", {}).values() if method in METHODS else ():
                yield from walk(media["schema"], op["operationId"] + ".body")


@pytest.mark.parametrize(
    ("owner", "member", "text", "reason"),
    [
        ("AIInsightPayload", "title", "Title of the ai insight payload.", "names"),
        ("AccountData", "connection_id", "Id of the related connection.", "names"),
        ("CardTokenizeResponse", "is_primary", "Whether this is the user's primary card tokenize.", "names"),
        ("ListMessagesResponse", "messages", "Messages of the list messages.", "names"),
        (
            "SiweWalletCreate",
            "chain_id",
            "EVM chain id the SIWE wallet create lives on (for example 1329 for Sei).",
            "class-name",
        ),
        (
            "CreateAgentTokenResponse",
            "_links",
            "Hypermedia links to the actions available on this create agent token.",
            "class-name",
        ),
        ("CategoryBreakdown", "total_amount", "Number of amount.", "number-of"),
        ("UserAssetsResponse", "total_assets", "Number of assets.", "number-of"),
        ("handleMeldWebhook.body.payload", "sourceAmount", "Source amount of the payload.", "names"),
        ("AccountData", "balance_current", "Current (ledger) balance as a decimal string; null until reported.", None),
        ("WalletData", "is_eoa", "True for an externally owned account (EOA), false for a Safe smart wallet.", None),
        ("CardData", "exp_month", "Month the card expires (1-12).", None),
    ],
)
def test_the_mechanical_shapes_are_recognised(owner: str, member: str, text: str, reason: str | None) -> None:
    assert mechanical(owner, member, text) == reason


def test_no_member_description_merely_restates_its_names(spec: dict[str, Any]) -> None:
    """1,089 of the 1,688 member descriptions had one of these shapes before they were rewritten; none may return."""
    members = list(members_of(spec))
    assert len(members) >= 1688
    found = [(f"{o}.{m}", p["description"], why) for o, m, p in members if (why := mechanical(o, m, p["description"]))]
    assert not found, found[:10]


def test_one_sentence_does_not_describe_members_of_different_shapes(spec: dict[str, Any]) -> None:
    """A sentence shared by an object member and a text member (say) was pasted where it does not fit."""
    schemas = spec["components"]["schemas"]

    def shape(prop: dict[str, Any]) -> str:
        if "$ref" in prop:
            target = schemas[prop["$ref"].rsplit("/", 1)[-1]]
            return "scalar" if "enum" in target else shape(target)
        for key in ("anyOf", "oneOf"):
            if key in prop:
                shapes = {shape(p) for p in prop[key]} - {"null"}
                return shapes.pop() if len(shapes) == 1 else "mixed"
        kind = prop.get("type")
        return {"object": "object", "array": "array", "null": "null", None: "any"}.get(kind, "scalar")

    shapes: dict[str, set[str]] = {}
    for _, _, prop in members_of(spec):
        shapes.setdefault(prop["description"], set()).add(shape(prop))
    mixed = {text: sorted(kinds) for text, kinds in shapes.items() if len(kinds - {"any", "mixed"}) > 1}
    assert not mixed, mixed


# -- the merge is strict both ways --------------------------------------------------------------


@pytest.fixture(scope="module")
def ours() -> dict[str, Any]:
    return describe.load()


@pytest.fixture(scope="module")
def prose(reference: dict[str, Any]) -> set[str]:
    return describe.reference_prose(reference)


def fails_with(spec: dict[str, Any], prose: set[str], descriptions: dict[str, Any]) -> str:
    """Merge ``descriptions`` into a copy of the contract; return the error it must raise."""
    with pytest.raises(describe.DescriptionError) as caught:
        describe.merge(copy.deepcopy(spec), descriptions, prose, dict)
    return str(caught.value)


def test_our_descriptions_merge_cleanly(spec: dict[str, Any], prose: set[str], ours: dict[str, Any]) -> None:
    document = copy.deepcopy(spec)
    describe.merge(document, ours, prose, dict)
    assert document == spec


def test_a_reference_quote_left_in_an_example_stops_the_run(reference: dict[str, Any], ours: dict[str, Any]) -> None:
    descriptions = copy.deepcopy(ours)
    del descriptions["schemas"]["StrategyListResponse"]["example"]
    with pytest.raises(NormalizeError, match="StrategyListResponse example: strategies/0/description repeats"):
        normalize(reference, descriptions)


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (lambda d: d["operations"]["listWallets"].pop("description"), "listWallets"),
        (lambda d: d["operations"]["listWallets"]["parameters"].pop("chain_id"), "listWallets.chain_id"),
        (lambda d: d["schemas"]["WalletData"].pop("description"), "WalletData"),
        (lambda d: d["schemas"]["WalletData"]["members"].pop("address"), "WalletData.address"),
        (lambda d: d["operations"]["handleMeldWebhook"]["body"]["members"].pop("eventId"), "handleMeldWebhook.body"),
    ],
    ids=["operation", "parameter", "schema", "member", "inline-body-member"],
)
def test_an_undescribed_item_stops_the_run(
    spec: dict[str, Any], prose: set[str], ours: dict[str, Any], change: Any, named: str
) -> None:
    descriptions = copy.deepcopy(ours)
    change(descriptions)
    assert named in fails_with(spec, prose, descriptions)


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (lambda d: d["operations"].update(listWalletz={"description": "Nothing."}), "listWalletz"),
        (lambda d: d["operations"]["listWallets"]["parameters"].update(chain="Nothing."), "listWallets.chain"),
        (lambda d: d["schemas"].update(Walet={"description": "Nothing."}), "Walet"),
        (lambda d: d["schemas"]["WalletData"]["members"].update(adress="Nothing."), "WalletData.adress"),
        (lambda d: d["schemas"]["WalletData"].update(example={"id": "x"}), "WalletData.example.id"),
        (lambda d: d["operations"]["listWallets"].update(body="Nothing."), "listWallets.body"),
        (lambda d: d["schemas"]["WalletData"].update(summary="Nothing."), "WalletData.summary"),
    ],
    ids=["operation", "parameter", "schema", "member", "example", "body", "field"],
)
def test_a_key_that_names_nothing_stops_the_run(
    spec: dict[str, Any], prose: set[str], ours: dict[str, Any], change: Any, named: str
) -> None:
    descriptions = copy.deepcopy(ours)
    change(descriptions)
    assert named in fails_with(spec, prose, descriptions)


@pytest.mark.parametrize("bad", ["", "  padded ", "two\nlines", 42, ["a list"]])
def test_a_description_is_one_line_of_text(
    spec: dict[str, Any], prose: set[str], ours: dict[str, Any], bad: Any
) -> None:
    descriptions = copy.deepcopy(ours)
    descriptions["schemas"]["WalletData"]["members"]["address"] = bad
    assert "WalletData.address" in fails_with(spec, prose, descriptions)


# -- the generated code shows them ----------------------------------------------------------------------


def operations_by_id(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {op["operationId"]: op for item in spec["paths"].values() for op in item.values()}


def resource_methods() -> Iterator[tuple[str, Any]]:
    """(operationId, method) for every operation, on the sync and the async resource class."""
    for op_id, operation in OPERATIONS.items():
        package = importlib.import_module(f"sumvin_sdk._generated.api.{operation.tag}")
        name = "".join(part.capitalize() for part in operation.tag.split("_")) + "Resource"
        for cls in (getattr(package, name), getattr(package, "Async" + name)):
            yield op_id, getattr(cls, operation.module)


ERROR_CLASSES = {400: "BadRequestError", 401: "AuthenticationError", 403: "PermissionDeniedError", 404: "NotFoundError"}
ERROR_CLASSES |= {409: "ConflictError", 410: "GoneError", 422: "UnprocessableEntityError", 429: "RateLimitError"}


def test_every_resource_method_says_what_it_does_takes_returns_and_raises(spec: dict[str, Any]) -> None:
    ops = operations_by_id(spec)
    methods = list(resource_methods())
    assert len(methods) == 2 * 184
    for op_id, method in methods:
        op, doc = ops[op_id], inspect.getdoc(method) or ""
        summary, _, rest = doc.partition("\n\n")
        assert normal(summary) == normal(op["description"]), op_id
        signature = inspect.signature(method)
        for param in op.get("parameters", []):
            python_name = PythonIdentifier(param["name"], prefix="field_")
            assert python_name in signature.parameters, f"{op_id}: {python_name}"
            assert f"\n    {python_name}: " in rest, f"{op_id}: {python_name} undocumented"
            assert normal(param["description"]) in normal(rest), f"{op_id}: {python_name} not described as written"
        if "requestBody" in op:
            assert "\n    body: " in rest, op_id
        assert "\nReturns:\n    " in rest, op_id
        raises = rest.partition("\nRaises:\n")[2]
        for status in op["responses"]:
            if int(status) in ERROR_CLASSES:
                assert f"    {ERROR_CLASSES[int(status)]}: {status}, " in raises, f"{op_id}: {status}"
            elif int(status) >= 500:
                assert "    InternalServerError: " in raises and status in raises, f"{op_id}: {status}"
        for always in ("APIStatusError", "ResponseValidationError", "APIConnectionError", "APITimeoutError"):
            assert always in raises, f"{op_id}: {always}"


def test_help_on_a_client_method_explains_the_call(spec: dict[str, Any]) -> None:
    with Sumvin(transport=httpx.MockTransport(lambda request: httpx.Response(500))) as client:
        text = pydoc.render_doc(client.wallets.list_wallets, renderer=pydoc.TextDoc())
    assert len(text.splitlines()) > 15
    assert normal(operations_by_id(spec)["listWallets"]["description"]) in normal(text)
    for name in ("chain_id:", "is_eoa:", "expand:", "Returns:", "WalletListResponse:", "Raises:"):
        assert name in text


def model_classes() -> Iterator[type]:
    for name in models.__all__:
        cls = getattr(models, name)
        if isinstance(cls, type) and cls.__module__.startswith("sumvin_sdk._generated.models."):
            yield cls


def test_every_model_and_enum_has_its_description_and_each_member_its_own(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    classes = list(model_classes())
    assert len(classes) >= 578, "component schemas and the inline objects and enums the generator makes"
    for cls in classes:
        doc = inspect.getdoc(cls) or ""
        summary = doc.partition("\n\n")[0]
        assert summary and normal(summary) != normal(cls.__name__), f"{cls.__name__}: no description"
        if cls.__name__ in schemas:
            assert normal(summary) == normal(schemas[cls.__name__]["description"]), cls.__name__
        if issubclass(cls, enum.Enum):
            continue
        attributes = doc.partition("Attributes:\n")[2]
        for field in attrs.fields(cast("type[attrs.AttrsInstance]", cls)):
            if field.name == "additional_properties" or field.name.startswith("_"):
                continue
            line = next((x for x in attributes.splitlines() if x.strip().startswith(f"{field.name}: ")), "")
            assert len(line.split(": ", 1)[1].strip()) > 3, f"{cls.__name__}.{field.name}: {line!r}"
        for name, prop in schemas.get(cls.__name__, {}).get("properties", {}).items():
            assert normal(prop["description"]) in normal(attributes), f"{cls.__name__}.{name}: not its own words"


def test_the_docs_reference_lists_every_operation_with_its_description(
    spec: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """docs/gen_reference.py (run by ``mkdocs build``) gives each tag a page rendering its resource class."""
    pages: dict[str, str] = {}

    @contextlib.contextmanager
    def open_page(name: str, mode: str) -> Iterator[io.StringIO]:
        page = io.StringIO()
        yield page
        pages[name] = page.getvalue()

    monkeypatch.setitem(sys.modules, "mkdocs_gen_files", types.SimpleNamespace(open=open_page))
    runpy.run_path(str(ROOT / "docs" / "gen_reference.py"))
    ops = operations_by_id(spec)
    for op_id, operation in OPERATIONS.items():
        page = pages[f"reference/{operation.tag}.md"]
        class_name = "".join(part.capitalize() for part in operation.tag.split("_")) + "Resource"
        assert f"\n::: sumvin_sdk._generated.api.{operation.tag}.{class_name}\n" in page
        row = next(line for line in page.splitlines() if line.startswith(f"| `{operation.module}` |"))
        assert normal(ops[op_id]["description"]) in normal(row), op_id


def test_no_model_description_is_its_class_name_with_a_place(spec: dict[str, Any]) -> None:
    """155 model descriptions read "An ai insight payload, as part of `InsightData`." before they were rewritten."""
    template = re.compile(r"^(An?|The) [^`]+, as part of `")
    found = []
    for name, schema in spec["components"]["schemas"].items():
        text = schema["description"]
        if template.match(text) or mechanical(name, "", text):
            found.append((name, text))
    assert not found, found[:10]
