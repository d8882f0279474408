"""Parsing a 5,000-item list response into models against ``json.loads`` alone, in the same process.

python -m benchmarks.parse_list [--items 5000] [--rounds 7]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time

from sumvin_sdk._generated.models import WalletListResponse

TS = 1704067200000


def body(items: int) -> bytes:
    """A ``WalletListResponse`` with ``items`` wallets, as the API sends it."""
    wallets = [
        {
            "id": f"wal_{i}",
            "address": "0x" + f"{i:040x}",
            "chain_id": 8453,
            "is_primary": i == 0,
            "is_eoa": True,
            "nickname": None,
            "created_at": TS + i,
            "_links": {"self": {"href": f"/v0/wallets/wal_{i}"}, "user": {"href": "/v0/user/me"}},
        }
        for i in range(items)
    ]
    return json.dumps({"wallets": wallets, "_links": {"self": {"href": "/v0/wallets/"}}}).encode()


def measure(items: int, rounds: int) -> dict[str, float]:
    """Median seconds per parse: decoding only, and decoding into models."""
    payload = body(items)
    times: dict[str, list[float]] = {"json.loads": [], "json.loads + WalletListResponse.from_dict": []}
    for _ in range(rounds):
        start = time.perf_counter()
        json.loads(payload)
        times["json.loads"].append(time.perf_counter() - start)
        start = time.perf_counter()
        WalletListResponse.from_dict(json.loads(payload))
        times["json.loads + WalletListResponse.from_dict"].append(time.perf_counter() - start)
    return {name: statistics.median(samples) for name, samples in times.items()}


def main() -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    medians = measure(args.items, args.rounds)
    base = medians["json.loads"]
    for name, seconds in medians.items():
        print(f"{name:44} {seconds * 1000:9.1f} ms {seconds / base:6.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
