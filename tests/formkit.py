"""Helpers for the paraphrase tests (tests/test_<type>_forms.py): sentences of
our own, run through the whole extractor, the values of one fact type, and
the check that no sentence is copied from a corpus file."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from extractor.facts.pipeline import Extractor
from extractor.layout.textlayer import document_from_text


@lru_cache(maxsize=1)
def extractor() -> Extractor:
    return Extractor.load()


def facts(text: str, kind: str):
    """The facts of type ``kind`` found in ``text`` (paragraphs split by blank lines)."""
    return [f for f in extractor().facts(document_from_text(text)) if f.type == kind]


def table_facts(kind: str, *rows: str):
    """The facts of type ``kind`` read from a table whose rows (cells joined
    by " | ") are ``rows``, the first its head row."""
    from extractor.layout.document import BlockKind

    doc = document_from_text("\n\n".join(rows))
    for block in doc.blocks:
        block.kind = BlockKind.TABLE
    return [f for f in extractor().facts(doc) if f.type == kind]


CORPUS = Path(__file__).resolve().parents[1] / "corpus"
#: the text files of the corpus (sources, gold, generators); PDFs are made from them
_TEXT = {".py", ".md", ".json", ".txt", ".yaml", ".yml", ".csv", ".tsv"}


#: annotated text of the generators: [[text|label]] → text
_MARKUP = re.compile(r"\[\[([^|\]]*)\|[^\]]*\]\]")
#: a Python string literal continued on the next line: "…" "…"
_CONTINUED = re.compile(r"[\"']\s*\n\s*[\"']")


def corpus_text() -> str:
    """Every text file under corpus/, joined, also with annotations and string breaks removed."""
    raw = "\n".join(p.read_text(encoding="utf-8", errors="replace")
                    for p in sorted(CORPUS.rglob("*")) if p.is_file() and p.suffix in _TEXT)
    return raw + "\n" + _CONTINUED.sub("", _MARKUP.sub(r"\1", raw))


def assert_in_no_corpus_file(sentences: list[str]) -> None:
    """None of ``sentences`` occurs verbatim in a corpus file: the forms are our own."""
    text = corpus_text()
    copied = [s for s in sentences if s in text]
    assert not copied, f"found verbatim under corpus/: {copied}"
