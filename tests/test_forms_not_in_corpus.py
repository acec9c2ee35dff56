"""The paraphrase tests are sentences of our own: none occurs in any file of
corpus/ (the sample papers, the real texts, the gold annotations)."""

from __future__ import annotations

from formkit import assert_in_no_corpus_file, corpus_text

import test_cell_type_forms
import test_dose_forms
import test_sample_size_forms
import test_sessions_forms

MODULES = (test_cell_type_forms, test_dose_forms, test_sample_size_forms, test_sessions_forms)


def test_no_paraphrase_sentence_occurs_verbatim_in_the_corpus():
    assert "RealText(" in corpus_text()  # the corpus was read
    sentences = [part.strip() for m in MODULES for text, _ in m.EN + m.ZH for part in text.split("\n\n")]
    assert len(sentences) >= 160
    assert_in_no_corpus_file(sentences)
