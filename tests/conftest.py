"""Shared fixtures: the contract (``openapi.yaml``) and, where present, Sumvin's reference description."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "reference" / "sumvin-openapi-0.41.2.json"


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """The checked-in contract."""
    with (ROOT / "openapi.yaml").open(encoding="utf-8") as fh:
        loaded: dict[str, Any] = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return loaded


@pytest.fixture(scope="session")
def reference() -> dict[str, Any]:
    """Sumvin's published description; tests that need it skip where ``../shared`` is absent."""
    if not REFERENCE.exists():
        pytest.skip(f"reference description not found at {REFERENCE}")
    loaded: dict[str, Any] = json.loads(REFERENCE.read_bytes())
    return loaded
