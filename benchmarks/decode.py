"""Decode figures, in process: a body (``bytes``) into each contender's typed form, against ``json.loads`` alone.

Also the memory each parsed item keeps (tracemalloc), against the plain dicts ``json.loads`` makes.
"""

from __future__ import annotations

import gc
import json
import statistics
import tracemalloc
from collections.abc import Callable, Sequence
from functools import partial

import httpx

from benchmarks import bodies
from benchmarks.anchors import Anchor, Decoder
from benchmarks.timing import Figure, figure, rounds
from sumvin_sdk import Sumvin, _json
from sumvin_sdk._generated.api.transactions import list_transactions
from sumvin_sdk._generated.api.user import get_user_account
from sumvin_sdk._generated.api.wallets import list_wallets
from sumvin_sdk._pipeline import Pipeline

BASELINE = "json.loads"
SDK = "sumvin-sdk"
NO_EXTRA = "sumvin-sdk (no extra)"
ENDPOINTS = {"user": get_user_account, "wallets": list_wallets, "transactions": list_transactions}
_PIPELINE = Sumvin(base_url="https://api.sumvin.test")._pipeline


def sdk_decoder(kind: str) -> Decoder:
    """What the SDK runs on a body of ``kind`` once the response is in (``Pipeline.parsed`` of the operation)."""
    endpoint = ENDPOINTS[kind]

    def decode(body: bytes) -> object:
        response = _RESPONSES.get(body) or httpx.Response(200, content=body)
        return Pipeline.parsed(response, lambda r: _PIPELINE.parse_operation(endpoint, r), "bench")

    return decode


_RESPONSES: dict[bytes, httpx.Response] = {}  # one prepared response per body, so no timing includes making it


def without_extra(call: Callable[[], object]) -> Callable[[], object]:
    """``call`` with the SDK decoding by ``json`` alone, as without the ``speedups`` extra."""

    def run() -> object:
        saved, _json._decode = _json._decode, json.loads
        try:
            return call()
        finally:
            _json._decode = saved

    return run


def payloads(items: int) -> dict[str, bytes]:
    """The body of each kind (lists of ``items``)."""
    found = {"user": bodies.user(), "wallets": bodies.wallets(items), "transactions": bodies.transactions(items)}
    _RESPONSES.update({body: httpx.Response(200, content=body) for body in found.values()})
    return found


def decoders(kind: str, anchors: Sequence[Anchor]) -> dict[str, Decoder]:
    """Every contender that decodes ``kind``: the baseline first, then the SDK, then the anchors."""
    sdk = sdk_decoder(kind)
    found: dict[str, Decoder] = {BASELINE: json.loads, SDK: sdk}
    if len(_json.decoders()) > 1:
        found[NO_EXTRA] = lambda body: without_extra(partial(sdk, body))()
    return found | {anchor.name: anchor.decoders[kind] for anchor in anchors if kind in anchor.decoders}


def measure(anchors: Sequence[Anchor], *, items: int, cycles: int) -> list[Figure]:
    """Decode time of the user body and of the two lists of ``items``."""
    found = []
    for kind, body in payloads(items).items():
        contenders: dict[str, Callable[[], object]] = {
            name: partial(decode, body) for name, decode in decoders(kind, anchors).items()
        }
        samples = rounds(contenders, cycles=cycles, repeat=200 if kind == "user" else 1)
        title = "decode the user body" if kind == "user" else f"decode {items:,} {kind}"
        found.append(figure(title, samples, BASELINE))
    return found


def retained(decode: Decoder, body: bytes) -> int:
    """Bytes still allocated once ``decode(body)`` has returned, while its result is alive."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        result = decode(body)
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    del result
    return kept


def memory(anchors: Sequence[Anchor], *, items: int, runs: int = 3) -> list[Figure]:
    """Memory kept per parsed item of each list, against the plain dicts of ``json.loads``."""
    found = []
    for kind, body in payloads(items).items():
        if kind == "user":
            continue
        samples = {
            name: [retained(decode, body) / items for _ in range(runs)]
            for name, decode in decoders(kind, anchors).items()
        }
        values = {name: statistics.median(s) for name, s in samples.items()}
        ratios = {name: value / values[BASELINE] for name, value in values.items()}
        found.append(Figure(f"memory kept per parsed item ({kind})", BASELINE, "B", values, ratios, {SDK: 1.1}))
    return found
