"""Import cost as whole fresh processes: the package and one operation against ``import httpx, attrs``.

Every command runs once per round, the rounds interleaving all commands so drift in the machine's load hits
them alike; bytecode is cached as an installed package's would be (a warm-up run writes it). A second figure
adds decoding the user body once, against ``json.loads`` of it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.anchors import Anchor
from benchmarks.timing import Figure, figure, rounds

TARGET = 1.3
BASELINE = "import httpx, attrs"
SDK_IMPORT = "import sumvin_sdk, sumvin_sdk._generated.api.user.get_user_account"
SDK_DECODE = (
    "from sumvin_sdk._generated.models import GetUserResponse; from sumvin_sdk._json import loads; "
    "GetUserResponse.from_dict(loads(body))"
)


def _command(folder: Path, code: str) -> list[str]:
    prelude = (
        f"import sys; sys.path.insert(0, {str(folder)!r}); body = open({str(folder / 'user.json')!r}, 'rb').read()"
    )
    return [sys.executable, "-c", f"{prelude}\n{code}"]


def _runner(command: list[str], env: dict[str, str]) -> Callable[[], None]:
    def run() -> None:
        subprocess.run(command, check=True, env=env)

    return run


def measure(folder: Path, anchors: Sequence[Anchor], body: bytes, *, cycles: int) -> list[Figure]:
    """Two figures: import + one operation, and the same + decoding the user body."""
    (folder / "user.json").write_bytes(body)
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    cases: dict[str, dict[str, str]] = {
        "import + one operation": {BASELINE: BASELINE, "sumvin-sdk": SDK_IMPORT},
        "import + one operation + decode the user body": {
            BASELINE: f"{BASELINE}; import json; json.loads(body)",
            "sumvin-sdk": f"{SDK_IMPORT}\n{SDK_DECODE}",
        },
    }
    for anchor in anchors:
        if anchor.imports is not None and anchor.decode_user is not None:
            cases["import + one operation"][anchor.name] = anchor.imports
            cases["import + one operation + decode the user body"][anchor.name] = (
                f"{anchor.imports}\n{anchor.decode_user}"
            )
    found = []
    for name, commands in cases.items():
        contenders = {who: _runner(_command(folder, code), env) for who, code in commands.items()}
        samples = rounds(contenders, cycles=cycles, repeat=1)
        found.append(
            figure(
                name, samples, BASELINE, targets={"sumvin-sdk": TARGET} if name == "import + one operation" else None
            )
        )
    return found
