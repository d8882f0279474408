"""The list operations end to end, in process: a 5,000-item typed list through ``Sumvin`` against httpx + ``.json()``.

Both clients (and the anchors' calls) share one ``httpx.MockTransport`` that answers with the same body, so
the figure is the client's whole cost of a call and its parse, without the noise of a socket.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import httpx

from benchmarks import bodies
from benchmarks.anchors import Anchor
from benchmarks.decode import NO_EXTRA, without_extra
from benchmarks.timing import Figure, figure, rounds
from sumvin_sdk import Sumvin, _json

BASE = "https://api.sumvin.test"
BASELINE = "httpx + .json()"
TARGETS = {"sumvin-sdk": 2.0, NO_EXTRA: 2.5}
PATHS = {"wallets": "/v0/wallets/", "transactions": "/v0/transactions/"}


def transport(payload: bytes) -> httpx.MockTransport:
    """A transport that answers every request with ``payload`` as a JSON 200."""
    headers = {"content-type": "application/json"}
    return httpx.MockTransport(lambda request: httpx.Response(200, content=payload, headers=headers))


def measure(anchors: Sequence[Anchor], *, items: int, cycles: int) -> list[Figure]:
    """One figure per list operation (wallets, transactions)."""
    found = []
    for kind, path in PATHS.items():
        payload = bodies.wallets(items) if kind == "wallets" else bodies.transactions(items)
        mock = transport(payload)
        with httpx.Client(base_url=BASE, transport=mock) as http, Sumvin(base_url=BASE, jwt="x", transport=mock) as sdk:
            operation: Callable[[], object] = (
                sdk.wallets.list_wallets if kind == "wallets" else sdk.transactions.list_transactions
            )
            contenders: dict[str, Callable[[], object]] = {
                BASELINE: lambda path=path: http.get(path).json(),  # type: ignore[misc]
                "sumvin-sdk": operation,
            }
            if len(_json.decoders()) > 1:
                contenders[NO_EXTRA] = without_extra(operation)
            for anchor in anchors:
                if kind in anchor.decoders:
                    contenders[anchor.name] = _through(http, path, anchor.decoders[kind])
            samples = rounds(contenders, cycles=cycles, repeat=1)
        targets = {name: limit for name, limit in TARGETS.items() if name in samples}
        found.append(figure(f"{items:,}-item typed list end to end ({kind})", samples, BASELINE, targets=targets))
    return found


def _through(http: httpx.Client, path: str, decode: Callable[[bytes], Any]) -> Callable[[], object]:
    def call() -> object:
        return decode(http.get(path).content)

    return call
