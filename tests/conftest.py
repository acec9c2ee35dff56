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


@pytest.fixture(scope="session")
def parse_shared(shared_dir):
    """Parse a PDF of ../shared once per test run (pdfplumber reads ~4 pages/s)."""
    from extractor.textlayer import parse_pdf

    cache: dict[tuple[str, str | None], object] = {}

    def parse(relative: str, password: str | None = None):
        key = (relative, password)
        if key not in cache:
            cache[key] = parse_pdf(shared_dir / relative, password=password)
        return cache[key]

    return parse
