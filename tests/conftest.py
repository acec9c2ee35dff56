"""Shared test helpers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

#: The external test corpus, checked out beside the repository (never inside it).
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """Path of ../shared; skips the test when it is missing, but fails on CI."""
    if not SHARED.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{SHARED} is missing (CI=true: the corpus must be there)")
        pytest.skip(f"{SHARED} is missing")
    return SHARED
