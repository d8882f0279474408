"""``python -m sumvin_sdk.testing [--port PORT]``: serve the fake Sumvin API on loopback until interrupted."""

from __future__ import annotations

import argparse
import contextlib
import sys
import threading

from sumvin_sdk.testing import FakeServer


def main(argv: list[str] | None = None) -> int:
    """Serve until Ctrl-C."""
    parser = argparse.ArgumentParser(prog="python -m sumvin_sdk.testing", description=__doc__)
    parser.add_argument("--port", type=int, default=8765, help="port on 127.0.0.1 (0 picks a free one)")
    args = parser.parse_args(argv)
    with FakeServer(port=args.port) as server:
        print(f"fake Sumvin API at {server.base_url} (Ctrl-C to stop)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
