"""Every error for a missing optional extra says how to install it as the package really installs: from a
checkout or a built wheel, never by a published name (sumvin-sdk is not published)."""

from __future__ import annotations

import subprocess
import sys

import pytest

# (the extra, the module that is made missing, code that needs it)
CASES = [
    ("cli", "click", "from sumvin_sdk.cli import main; main()"),
    (
        "signing",
        "eth_account",
        "from sumvin_sdk.signing import typed_data_digest; typed_data_digest({})",
    ),
    ("pandas", "pandas", "from sumvin_sdk.tables import dataframe; dataframe([])"),
    ("testing", "jsonschema", "from sumvin_sdk.testing import FakeSumvin; FakeSumvin(validate=True)"),
]


@pytest.mark.parametrize(("extra", "missing", "code"), CASES, ids=[case[0] for case in CASES])
def test_a_missing_extra_names_the_install_that_works(extra: str, missing: str, code: str) -> None:
    blocked = f"import sys; sys.modules[{missing!r}] = None\n{code}"
    done = subprocess.run([sys.executable, "-c", blocked], capture_output=True, text=True, check=False)
    assert done.returncode != 0
    said = done.stderr.strip().splitlines()[-1]
    assert f"pip install '.[{extra}]' from a checkout of sumvin-sdk, or the wheel's path with [{extra}]" in said
    assert "sumvin-sdk[" not in said
