"""Helpers for the paraphrase tests (tests/test_<type>_forms.py): sentences of
our own, run through the whole extractor, and the values of one fact type."""

from __future__ import annotations

from functools import lru_cache

from extractor.facts.pipeline import Extractor
from extractor.layout.textlayer import document_from_text


@lru_cache(maxsize=1)
def extractor() -> Extractor:
    return Extractor.load()


def facts(text: str, kind: str):
    """The facts of type ``kind`` found in ``text`` (paragraphs split by blank lines)."""
    return [f for f in extractor().facts(document_from_text(text)) if f.type == kind]
