"""Every error for a missing optional extra says how to install it as the package really installs: from a
checkout or a built wheel, never by a published name (sumvin-sdk is not published)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

import pytest

from sumvin_sdk._extras import install_hint
from sumvin_sdk.signing import typed_data_digest
from sumvin_sdk.tables import dataframe

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


HINT = "pip install '.[{0}]' from a checkout of sumvin-sdk, or the wheel's path with [{0}]"


@pytest.mark.parametrize("extra", [case[0] for case in CASES])
def test_the_install_hint_names_the_checkout_and_the_wheel_word_for_word(extra: str) -> None:
    assert install_hint(extra) == HINT.format(extra)


@pytest.mark.parametrize(
    ("missing", "code", "said"),
    [
        ("pandas", lambda: dataframe([]), "to_dataframe() needs pandas: " + HINT.format("pandas")),
        (
            "eth_account",
            lambda: typed_data_digest({}),
            "this needs eth-account, which is not installed: " + HINT.format("signing"),
        ),
    ],
    ids=["pandas", "signing"],
)
def test_in_process_a_missing_extra_ends_its_error_with_the_hint(
    monkeypatch: pytest.MonkeyPatch, missing: str, code: Callable[[], object], said: str
) -> None:
    monkeypatch.setitem(sys.modules, missing, None)
    with pytest.raises(ImportError) as raised:
        code()
    assert str(raised.value) == said
