"""The anchors measured beside the SDK, generated from the reference at benchmark time (never committed).

``build(folder)`` writes four packages into ``folder`` and imports them:

- ``anchor_opc``: openapi-python-client (the version ``dev`` pins) run on the reference as it is, with its
  default templates: what a user gets without this project.
- ``anchor_pydantic`` and ``anchor_pydantic_dt``: datamodel-code-generator's pydantic v2 models of the
  reference; in the ``_dt`` one, the timestamps the SDK reads as datetimes (``codegen.generate.generator_input``)
  are ``datetime`` members, which pydantic reads from epoch milliseconds.
- ``anchor_msgspec`` and ``anchor_msgspec_dt``: datamodel-code-generator's msgspec Structs, the floor: typed
  decoding in C. In the ``_dt`` one the same timestamps become aware datetimes through a ``dec_hook``
  (msgspec reads integers as epoch seconds only).

Each ``Anchor`` decodes a body (``bytes``) into its typed form, per body kind (``user``, ``wallets``,
``transactions``); a kind it cannot parse (openapi-python-client drops the transaction list model of the
reference) is missing from ``decoders``.
"""

from __future__ import annotations

import concurrent.futures
import copy
import datetime
import importlib
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from codegen.__main__ import DEFAULT_REFERENCE
from codegen.generate import generator_input

Decoder = Callable[[bytes], object]
KINDS = ("user", "wallets", "transactions")
# The reference's names of the three response models (the transaction list has an area prefix there).
MODELS = {
    "user": "GetUserResponse",
    "wallets": "WalletListResponse",
    "transactions": "SumvinRouterTransactionResponseModelsTransactionListResponse",
}


@attrs.frozen
class Anchor:
    """One contender of the table: how it decodes each body kind, and its import + one operation command."""

    name: str
    decoders: dict[str, Decoder]
    imports: str | None  # Python code: import the library and what one operation needs
    decode_user: str | None  # Python code run after ``imports``: decode the user body held in ``body``
    # Its own client's ``GET /v0/user/me`` against a base URL, where it has one (else: httpx + its decoder).
    user_call: Callable[[str], Callable[[], object]] | None = None


class EpochMs(datetime.datetime):
    """A timestamp member of the msgspec anchor: epoch milliseconds on the wire, an aware datetime in Python."""


def _epoch_ms(kind: type, value: Any) -> Any:
    if kind is EpochMs and type(value) is int:
        return EpochMs.fromtimestamp(value / 1000, datetime.UTC)
    raise NotImplementedError(kind)


def _run(args: list[str], cwd: Path) -> None:
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:4])} failed:\n{done.stdout}{done.stderr}")


def _datamodel(source: Path, output: Path, kind: str) -> list[str]:
    return [
        sys.executable, "-m", "datamodel_code_generator", "--input", str(source), "--input-file-type", "openapi",
        "--output-model-type", kind, "--output-datetime-class", "datetime", "--formatters", "builtin",
        "--output", str(output),
    ]  # fmt: skip


def generate(folder: Path) -> None:
    """Write the anchor packages into ``folder`` (two generators at a time)."""
    reference = json.loads(DEFAULT_REFERENCE.read_text(encoding="utf-8"))
    adapted = folder / "reference-timestamps.json"
    adapted.write_text(json.dumps(generator_input(copy.deepcopy(reference))), encoding="utf-8")
    opc = [sys.executable, "-m", "openapi_python_client", "generate", "--path", str(DEFAULT_REFERENCE),
           "--meta", "none", "--output-path", str(folder / "anchor_opc")]  # fmt: skip
    commands = [
        opc,
        _datamodel(DEFAULT_REFERENCE, folder / "anchor_pydantic.py", "pydantic_v2.BaseModel"),
        _datamodel(adapted, folder / "anchor_pydantic_dt.py", "pydantic_v2.BaseModel"),
        _datamodel(DEFAULT_REFERENCE, folder / "anchor_msgspec.py", "msgspec.Struct"),
        _datamodel(adapted, folder / "anchor_msgspec_dt.py", "msgspec.Struct"),
    ]
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        for done in [pool.submit(_run, command, folder) for command in commands]:
            done.result()


def load(folder: Path) -> list[Anchor]:
    """Import the generated anchors (``folder`` goes on ``sys.path``)."""
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    anchors = []
    opc = importlib.import_module("anchor_opc.models")
    anchors.append(
        Anchor(
            "openapi-python-client",
            {kind: _from_dict(getattr(opc, MODELS[kind])) for kind in ("user", "wallets")},
            "import anchor_opc.api.user.get_user_account",
            "from anchor_opc.models import GetUserResponse; import json; GetUserResponse.from_dict(json.loads(body))",
            _opc_user_call,
        )
    )
    for module in ("anchor_pydantic", "anchor_pydantic_dt"):
        pydantic_models = importlib.import_module(module)
        anchors.append(
            Anchor(
                "pydantic v2" + (" +datetime" if module.endswith("_dt") else ""),
                {kind: getattr(pydantic_models, MODELS[kind]).model_validate_json for kind in KINDS},
                None if module.endswith("_dt") else f"import httpx, {module}",
                None if module.endswith("_dt") else f"{module}.GetUserResponse.model_validate_json(body)",
            )
        )
    for module in ("anchor_msgspec", "anchor_msgspec_dt"):
        models: Any = importlib.import_module(module)
        hook: dict[str, Any] = {}
        if module.endswith("_dt"):
            models.datetime = EpochMs  # the annotations name ``datetime``; they resolve when a decoder is made
            hook = {"dec_hook": _epoch_ms}
        anchors.append(
            Anchor(
                "msgspec" + (" +datetime" if module.endswith("_dt") else ""),
                {kind: _msgspec(getattr(models, MODELS[kind]), hook) for kind in KINDS},
                None if module.endswith("_dt") else f"import httpx, msgspec, {module}",
                None if module.endswith("_dt") else f"msgspec.json.decode(body, type={module}.GetUserResponse)",
            )
        )
    return anchors


def _opc_user_call(base_url: str) -> Callable[[], object]:
    client = importlib.import_module("anchor_opc.client").Client(base_url=base_url)
    operation = importlib.import_module("anchor_opc.api.user.get_user_account")

    def call() -> object:
        return operation.sync(client=client, x_juno_jwt="bench-jwt")

    return call


def _from_dict(model: Any) -> Decoder:
    def decode(body: bytes) -> object:
        return model.from_dict(json.loads(body))

    return decode


def _msgspec(model: Any, hook: dict[str, Any]) -> Decoder:
    import msgspec

    decoder: Decoder = msgspec.json.Decoder(model, **hook).decode
    return decoder
