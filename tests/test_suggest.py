"""``litx rules suggest``: candidate terms the dictionaries lack."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.runs.batch import result_json
from extractor.errors import LitxError
from extractor.facts.pipeline import Extractor
from extractor.ruleset.model import load_rules
from extractor.refine.edit import fold_term
from extractor.refine.suggest import (
    Line,
    Vocabulary,
    render_suggestions,
    suggest,
    suggest_documents,
    suggest_lines,
)
from extractor.layout.textlayer import document_from_text


def _docs(*texts: str):
    return [document_from_text(t, path=f"doc{i}.pdf") for i, t in enumerate(texts, 1)]


def _by_term(suggestions):
    return {s.term: s for s in suggestions}


def test_vocabulary_comes_from_the_rules():
    v = Vocabulary.from_rules(load_rules())
    assert "间充质干细胞" in v.heads_zh and "干细胞" in v.heads_zh
    assert "mesenchymal stem cells" in v.heads_en and "stem cells" in v.heads_en
    assert "MSCs" in v.abbr_heads
    assert "来源的" in v.connectors_zh and "derived" in v.connectors_en
    assert (v.generic_zh, v.generic_en) == ("细胞", "cells")
    assert "小鼠" in v.stops and "patients" in v.stops  # terms of other kinds stop a modifier


def test_shapes_chinese():
    found = _by_term(suggest_documents(_docs(
        "采用人牙髓间充质干细胞治疗。人牙髓间充质干细胞移植后月经恢复。",
        "子宫内膜来源的基质细胞也有效。",
    )))
    s = found["人牙髓间充质干细胞"]
    assert (s.lang, s.kind, s.count, s.documents) == ("zh", "cell_type", 2, 1)
    assert "shape" in s.reason and "间充质干细胞" in s.detail
    assert s.now == ["msc '间充质干细胞'"]  # what the matchers make of it today
    assert [e.document for e in s.examples] == ["doc1.pdf", "doc1.pdf"]
    assert "子宫内膜来源的基质细胞" in found
    # the verb before the phrase is not part of it
    assert not any(t.startswith("采用") for t in found)


def test_shapes_english():
    found = _by_term(suggest_documents(_docs(
        "Human dental pulp stem cells were injected. Dental pulp stem cells (DPSCs) were cultured.",
        "We transplanted human dental pulp stem cells. DP-MSCs were given.",
    )))
    s = found["Human dental pulp stem cells"]
    assert s.count == 2 and s.documents == 2 and s.id is None
    assert "stem cells" in s.detail
    assert "DP-MSCs" in found and "MSCs" in found["DP-MSCs"].detail
    # stop words and verbs are not modifiers
    assert not any(t.lower().startswith(("we ", "transplanted")) for t in found)


def test_generic_head_needs_two_sightings():
    once = _by_term(suggest_documents(_docs("研究者利用干细胞治疗。")))
    assert not any(t.endswith("干细胞") for t in once)


@pytest.mark.parametrize(
    "text, term, id_",
    [
        ("移植人羊膜上皮细胞(hAEpC)后", "hAEpC", "amniotic_epithelial_cell"),
        ("We used umbilical cord MSCs (UCM-SCs) in all women.", "UCM-SCs", "umbilical_cord_msc"),
        ("Cells were human amniotic epithelial cells (Figure 2).", None, None),  # no abbreviation
        ("脐带来源MSC（UC-MSCs）经卵巢注射。", "脐带来源MSC", "umbilical_cord_msc"),
        ("Umbilical cord-sourced mesenchymal stem cells (UC-MSCs) were given.",
         "Umbilical cord-sourced mesenchymal stem cells", "umbilical_cord_msc"),
        ("脐带间充质干细胞（umbilical cord mesenchymal stromal cell，UC-MSCs）", "umbilical cord mesenchymal stromal cell",
         "umbilical_cord_msc"),
    ],
)
def test_abbreviation_definitions(text, term, id_):
    found = _by_term(suggest_documents(_docs(text)))
    abbreviated = {t: s for t, s in found.items() if "abbreviation" in s.reason}
    if term is None:
        assert abbreviated == {}
        return
    s = abbreviated[term]
    assert (s.kind, s.id, s.certain) == ("cell_type", id_, True)
    assert s.command == f'litx rules add cell_type {id_} "{term}"'


def test_lists_and_ambiguous_abbreviations_are_no_definitions():
    found = suggest_documents(_docs(
        "内分泌指标（AMH、FSH）均改善。",
        "the multi-tRNA synthetase complex (MSC) binds tRNA.",
    ))
    assert not any("abbreviation" in s.reason for s in found)


@pytest.mark.parametrize(
    "text, term, near, id_",
    [
        ("Patients received mesenchymal stromal celss.", "mesenchymal stromal celss", "mesenchymal stromal cells", "msc"),
        ("Wharton jelly MSCs were thawed.", "Wharton jelly MSCs", "Wharton's jelly MSCs", "umbilical_cord_msc"),
        ("Cells were injected into the tail veins.", "tail veins", "tail-vein", "intravenous"),
        ("采用人脐带间充质干胞治疗", "人脐带间充质干胞", "人脐带间充质干细胞", "umbilical_cord_msc"),
    ],
)
def test_near_misses(text, term, near, id_):
    found = _by_term(suggest_documents(_docs(text)))
    s = found[term]
    assert "near_miss" in s.reason and repr(near) in s.detail
    assert s.id == id_ and 80 <= s.score < 100


def test_near_miss_noise_is_left_out():
    found = _by_term(suggest_documents(_docs(
        "T cells and epithelial cells were counted in mice injected into the tail.",
        "卵泡刺激素水平和激素水平均下降。",
    )))
    assert found == {}


def test_known_terms_are_excluded_after_folding():
    found = suggest_documents(_docs(
        "Women received ＵＣ－ＭＳＣｓ and umbilical  cord MSCs (hUC-MSCs) intraovarian injection.",
        "采用人脐带间充质干细胞（hUC-MSCs）治疗。",
    ))
    known = {fold_term(t.text) for k in ("cell_type", "route", "not_cell_type") for t in load_rules().terms(k)}
    assert not any(fold_term(s.term) in known for s in found)


def test_ranked_by_count_and_limited():
    docs = _docs(
        "Wharton jelly MSCs helped. Wharton jelly MSCs again. Wharton jelly MSCs thrice.",
        "Patients received mesenchymal stromal celss.",
    )
    ranked = suggest_documents(docs)
    assert ranked[0].term == "Wharton jelly MSCs" and ranked[0].count == 3
    assert [s.count for s in ranked] == sorted((s.count for s in ranked), reverse=True)
    assert len(suggest_documents(docs, limit=1)) == 1
    assert len(ranked[0].examples) == 3


def test_render():
    text = render_suggestions(suggest_documents(_docs("移植人羊膜上皮细胞(hAEpC)后，Wharton jelly MSCs")))
    assert "'hAEpC' [en]" in text and "→ cell_type amniotic_epithelial_cell" in text
    assert 'add: litx rules add cell_type amniotic_epithelial_cell "hAEpC"' in text
    assert "doc1.pdf p.1" in text
    assert render_suggestions([]).startswith("no suggestions")


def test_lines_from_anywhere():
    lines = [Line("a.pdf", 3, "Wharton jelly MSCs were thawed.", "en")]
    s = suggest_lines(lines)[0]
    assert s.examples[0].page == 3 and s.examples[0].document == "a.pdf"


def test_results_folder_uses_fact_sentences(tmp_path: Path):
    ex = Extractor.load()
    doc = document_from_text("Wharton jelly MSCs and hUC-MSCs were injected intraovarially.", path="gone.pdf")
    (tmp_path / "gone.json").write_text(result_json(ex.result(doc)), encoding="utf-8")
    (tmp_path / "litx-run.json").write_text("{}", encoding="utf-8")  # the run report is skipped
    warnings: list[str] = []
    found = _by_term(suggest(tmp_path, warnings=warnings))
    assert "Wharton jelly MSCs" in found
    assert found["Wharton jelly MSCs"].examples[0].document == "gone.pdf"
    assert warnings == []


def test_results_folder_reads_the_pdfs_when_present(tmp_path: Path, monkeypatch):
    pdf = tmp_path / "papers" / "x.pdf"
    pdf.parent.mkdir()
    pdf.write_bytes(b"%PDF-1.4 stand-in")
    ex = Extractor.load()
    doc = document_from_text("hUC-MSCs were injected.", path=str(pdf))
    out = tmp_path / "out"
    out.mkdir()
    (out / "x.json").write_text(result_json(ex.result(doc)), encoding="utf-8")
    seen = []

    def fake_parse(path, **kwargs):
        seen.append(Path(path))
        return document_from_text("Human dental pulp stem cells were given. Human dental pulp stem cells helped.",
                                  path=str(path))

    monkeypatch.setattr("extractor.layout.textlayer.parse_pdf", fake_parse)
    found = _by_term(suggest(out))
    assert seen == [pdf]
    assert "Human dental pulp stem cells" in found


def test_empty_folder(tmp_path: Path):
    with pytest.raises(LitxError) as err:
        suggest(tmp_path)
    assert err.value.code == "E409"
    with pytest.raises(LitxError) as err:
        suggest(tmp_path / "nope")
    assert err.value.code == "E005"
