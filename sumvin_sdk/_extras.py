"""How to install an optional extra: the one sentence every missing-dependency error ends with."""

from __future__ import annotations


def install_hint(extra: str) -> str:
    """How to install ``extra``: the package is not published, so from a checkout or from a built wheel."""
    return f"pip install '.[{extra}]' from a checkout of sumvin-sdk, or the wheel's path with [{extra}]"
