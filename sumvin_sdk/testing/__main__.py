"""``python -m sumvin_sdk.testing [--port PORT]``: serve the fake Sumvin API on loopback until interrupted."""

from __future__ import annotations

import argparse
import contextlib
import sys
import threading

from sumvin_sdk.testing import FakeServer
from sumvin_sdk.testing._server import PortInUseError

PROG = "python -m sumvin_sdk.testing"


def main(argv: list[str] | None = None) -> int:
    """Serve until Ctrl-C; exit 2 (with one line) if the port is taken."""
    parser = argparse.ArgumentParser(prog=PROG, description=__doc__)
    parser.add_argument("--port", type=int, default=8765, help="port on 127.0.0.1 (0 picks a free one)")
    args = parser.parse_args(argv)
    try:
        server = FakeServer(port=args.port)
    except PortInUseError as exc:
        print(f"{PROG}: {exc.strerror}; pick another with --port (0 picks a free one)", file=sys.stderr)
        return 2
    with server:
        print(f"fake Sumvin API at {server.base_url} (Ctrl-C to stop)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
