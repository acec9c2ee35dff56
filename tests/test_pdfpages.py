"""The review page reads a PDF's text layer as the run that made its result did."""

from __future__ import annotations

import json

import pytest

from extractor.layout import textlayer
from extractor.layout.pdfsource import ENGINES
from extractor.review.pdfpages import PdfPages
from extractor.runs.batch import RunOptions, run


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("cached", [True, False])
def test_the_review_reads_with_the_engine_of_the_run(tmp_path, monkeypatch, fixture_pdfs, engine, cached):
    papers, out, cache = tmp_path / "in", tmp_path / "out", tmp_path / "cache"
    papers.mkdir()
    (papers / "trial.pdf").write_bytes((fixture_pdfs / "en_two_column.pdf").read_bytes())
    run(papers, out, RunOptions(engine=engine, use_cache=cached, cache_dir=cache, ocr="never"))
    data = json.loads((out / "trial.json").read_text(encoding="utf-8"))

    used: list[str | None] = []
    parse = textlayer.parse_pdf

    def spy(*args, **kwargs):
        used.append(kwargs.get("engine"))
        return parse(*args, **kwargs)

    monkeypatch.setattr(textlayer, "parse_pdf", spy)
    pages = PdfPages(out, papers, parse_cache=cache if cached else False, ocr="never")
    doc, why = pages.text_layer("trial", data)
    assert why is None
    # from the run's parse cache entry, or parsed again with the run's engine
    assert used == ([] if cached else [engine])
    expected = parse(papers / "trial.pdf", engine=engine)
    assert [s.text for s in doc.sentences()] == [s.text for s in expected.sentences()]
