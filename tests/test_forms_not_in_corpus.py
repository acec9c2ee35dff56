"""The paraphrase tests are sentences of our own: none occurs in any file of
corpus/ (the sample papers, the real texts, the gold annotations)."""

from __future__ import annotations

from pathlib import Path

import test_cell_type_forms
import test_dose_forms
import test_sample_size_forms
import test_sessions_forms

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
MODULES = (test_cell_type_forms, test_dose_forms, test_sample_size_forms, test_sessions_forms)


def _corpus_texts() -> list[str]:
    out = []
    for path in sorted(CORPUS.rglob("*")):
        if path.is_file():
            try:
                out.append(path.read_text(encoding="utf-8"))
            except UnicodeDecodeError:
                continue  # PDFs and other binary files
    return out


def test_no_paraphrase_sentence_occurs_verbatim_in_the_corpus():
    texts = _corpus_texts()
    assert any("real_texts" in t or "RealText" in t for t in texts)  # the corpus was read
    sentences = [part.strip() for m in MODULES for text, _ in m.EN + m.ZH for part in text.split("\n\n")]
    assert len(sentences) >= 160
    found = [s for s in sentences if any(s in t for t in texts)]
    assert found == []
