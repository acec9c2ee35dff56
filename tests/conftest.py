"""Shared test helpers."""

from __future__ import annotations

import os
import sys
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
    from extractor.layout.textlayer import parse_pdf

    cache: dict[tuple[str, str | None], object] = {}

    def parse(relative: str, password: str | None = None):
        key = (relative, password)
        if key not in cache:
            cache[key] = parse_pdf(shared_dir / relative, password=password)
        return cache[key]

    return parse


def load_fixture_generator():
    """corpus/make_pdfs.py, which is a script, not a package module."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "corpus" / "make_pdfs.py"
    spec = importlib.util.spec_from_file_location("litx_make_pdfs", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("litx_make_pdfs", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def fixture_pdfs(tmp_path_factory) -> Path:
    """The synthetic fixture PDFs (and their expected.json), built once."""
    out = tmp_path_factory.mktemp("fixtures")
    load_fixture_generator().build_all(out)
    return out


@pytest.fixture(scope="session")
def parse_fixture(fixture_pdfs):
    """Parse a fixture PDF once per test run; returns (Document, expected)."""
    import json

    from extractor.layout.textlayer import parse_pdf

    cache: dict[str, tuple] = {}

    def parse(name: str):
        if name not in cache:
            expected = json.loads((fixture_pdfs / f"{name}.expected.json").read_text(encoding="utf-8"))
            doc = parse_pdf(fixture_pdfs / f"{name}.pdf", password=expected.get("password") or None)
            cache[name] = (doc, expected)
        return cache[name]

    return parse


@pytest.fixture(autouse=True, scope="session")
def _ctrl_c_as_at_a_terminal():
    """Tests that press Ctrl-C (SIGINT) expect what a user at a terminal
    gets.  A shell that starts the test run in the background makes it
    ignore SIGINT, and every process it starts inherits that: a batch would
    then never see the interrupt.  The run takes SIGINT back as Python does
    by default (its children then start with the default action)."""
    import signal

    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    yield


@pytest.fixture(autouse=True, scope="session")
def _private_parse_cache(tmp_path_factory):
    """Tests never read or fill the user's cache of parsed text layers."""
    previous = os.environ.get("LITX_CACHE_DIR")
    os.environ["LITX_CACHE_DIR"] = str(tmp_path_factory.mktemp("litx-cache"))
    yield
    if previous is None:
        os.environ.pop("LITX_CACHE_DIR", None)
    else:
        os.environ["LITX_CACHE_DIR"] = previous


@pytest.fixture()
def rules_copy(tmp_path) -> Path:
    """A copy of the bundled rules/ to edit, as a user edits their own."""
    import shutil

    from extractor.ruleset.model import RULES_DIR

    target = tmp_path / "rules"
    shutil.copytree(RULES_DIR, target)
    return target

