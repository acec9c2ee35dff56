"""``litx explain``: why a fact was extracted, and why a text gives none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.runs.batch import result_json
from extractor.errors import LitxError
from extractor.refine.explain import (
    explain_fact,
    explain_text,
    list_facts,
    render_explanation,
    render_fact_list,
)
from extractor.facts.pipeline import Extractor
from extractor.ruleset.model import load_rules
from extractor.layout.textlayer import document_from_text

TEXT = (
    "Women received hUC-MSCs via intraovarian injection.\n\n"
    "移植后小鼠血清AMH水平未见明显升高，FSH水平可能下降。"
)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


@pytest.fixture()
def result_file(tmp_path: Path, extractor) -> Path:
    result = extractor.result(document_from_text(TEXT, path="paper.pdf"))
    path = tmp_path / "paper.json"
    path.write_text(result_json(result), encoding="utf-8")
    return path


def _fact(path: Path, type_: str, text: str):
    return next(f for f in list_facts(path) if f.type == type_ and f.text == text)


def test_explain_a_cell_type_fact(result_file):
    fact = _fact(result_file, "cell_type", "hUC-MSCs")
    expl = explain_fact(result_file, fact.id)
    fe = expl.facts[0]
    assert fe.fact.id == fact.id
    # the rule, and the term with where it is written
    assert fe.rule.rule == "cell_type.term"
    term = fe.rule.terms[0]
    assert (term.text, term.id, term.kind) == ("hUC-MSCs", "umbilical_cord_msc", "cell_type")
    assert term.source == fact.source
    assert term.entry.startswith("cell_types[3] (umbilical_cord_msc).terms.en[")
    rules_line = (load_rules().directory / term.file).read_text(encoding="utf-8").splitlines()[term.line - 1]
    assert "hUC-MSCs" in rules_line
    assert fe.rule.rerun is not None and fe.rule.rerun.source == fact.source
    assert not fe.rule.notes
    # tokens, with the span marked
    sentence = expl.sentences[0]
    marked = [t.text for t in sentence.tokens if t.in_span]
    assert "".join(marked) == "hUC-MSCs"
    # all mentions of the sentence
    kinds = {(m.kind, m.id) for m in sentence.mentions}
    assert {("cell_type", "umbilical_cord_msc"), ("route", "intraovarian_injection"), ("species", "human")} <= kinds
    # the cue that set the species
    assert [(c.kind, c.text) for c in fe.context.cues] == [("species", "Women")]
    text = render_explanation(expl)
    for heading in ("Fact", "Rule", "Tokens", "Mentions", "Context", "Near misses"):
        assert f"\n{heading}" in "\n" + text
    assert fact.source in text and "[hUC]" in text


def test_explain_a_negated_hedged_hormone_change(result_file):
    fact = _fact(result_file, "hormone_change", "AMH")
    assert fact.context.negated and fact.context.hedged and fact.context.species == "mouse"
    fe = explain_fact(result_file, fact.id).facts[0]
    assert fe.rule.rule.startswith("hormone_change.")
    assert fe.rule.terms[0].id == "AMH"
    cues = {(c.kind, c.text) for c in fe.context.cues}
    assert {("negation", "未见"), ("hedge", "可能"), ("species", "小鼠")} <= cues
    # judged on the hormone and its cue together
    sentence = fe.fact.evidence.sentence
    assert sentence[fe.scope[0] : fe.scope[1]].endswith("升高")
    assert any("升高" in note for note in fe.notes)
    text = render_explanation(explain_fact(result_file, fact.id))
    assert "negates the span" in text and "hedges the sentence" in text and "species mouse" in text


def test_unique_prefix_of_an_id(result_file):
    fact = _fact(result_file, "route", "intraovarian injection")
    assert explain_fact(result_file, fact.id[:7]).facts[0].fact.id == fact.id


def test_unknown_fact_id(result_file):
    with pytest.raises(LitxError) as err:
        explain_fact(result_file, "ce-000000000000")
    assert err.value.code == "E401"
    message = str(err.value)
    assert f"litx explain {result_file}" in message  # how to list the ids
    assert "nearest" in message


def test_fact_list(result_file):
    text = render_fact_list(list_facts(result_file))
    assert len(text.splitlines()) == len(list_facts(result_file))
    assert "hUC-MSCs" in text and "hormone_change" in text


@pytest.mark.parametrize(
    "content, code",
    [("{not json", "E206"), ('{"facts": []}', "E402")],
)
def test_bad_result_files(tmp_path, content, code):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LitxError) as err:
        explain_fact(path, "x")
    assert err.value.code == code
    with pytest.raises(LitxError) as err:
        explain_fact(tmp_path / "missing.json", "x")
    assert err.value.code == "E005"


def test_a_result_file_that_is_not_utf8_is_one_clear_error(tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes('{"schema_version": "1.0", "facts": [], "note": "café"}'.encode("latin-1"))
    with pytest.raises(LitxError) as err:
        explain_fact(path, "x")
    assert err.value.code == "E006" and "not UTF-8" in str(err.value) and "\n" not in str(err.value)


def test_stale_result_says_the_rules_changed(result_file):
    data = json.loads(result_file.read_text(encoding="utf-8"))
    fact = next(f for f in data["facts"] if f["type"] == "cell_type")
    fact["source"] = "cell_types.yaml:2"  # a comment line now
    result_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    fe = explain_fact(result_file, fact["id"]).facts[0]
    assert any("rules changed" in note for note in fe.rule.notes)
    assert fe.rule.terms and fe.rule.terms[0].text == "hUC-MSCs"  # found where it is now


def test_explain_text_english():
    expl = explain_text("Patients received hUC-MSCs by intraovarian injection; FSH did not change.")
    types = {(fe.fact.type, fe.fact.text) for fe in expl.facts}
    assert ("cell_type", "hUC-MSCs") in types and ("route", "intraovarian injection") in types
    assert all(s.lang == "en" for s in expl.sentences)
    fe = next(fe for fe in expl.facts if fe.fact.type == "cell_type")
    assert fe.rule.terms[0].id == "umbilical_cord_msc"
    text = render_explanation(expl)
    assert "Sentence 1 (en)" in text and "Tokens (spaCy)" in text and "cell_type.term" in text


def test_explain_text_chinese():
    expl = explain_text("经阴道超声引导下卵巢局部注射人脐带间充质干细胞，FSH水平下降。", lang="zh")
    assert expl.sentences[0].lang == "zh"
    route = next(fe for fe in expl.facts if fe.fact.type == "route")
    assert route.fact.value == {"id": "intraovarian_injection", "guidance": "transvaginal_ultrasound"}
    assert route.rule.terms[0].text == "卵巢局部注射"
    tokens = [t.text for t in expl.sentences[0].tokens]
    assert "人脐带间充质干细胞" in tokens  # rule terms stay whole in jieba
    change = next(fe for fe in expl.facts if fe.fact.type == "hormone_change")
    assert change.fact.value == {"hormone": "FSH", "direction": "decrease"}
    assert "Tokens (jieba)" in render_explanation(expl)


def test_forced_language():
    assert explain_text("FSH下降", lang="en").sentences[0].lang == "en"


@pytest.mark.parametrize(
    "text, window, term, id_",
    [
        ("Patients received mesenchymal stromal celss.", "mesenchymal stromal celss", "mesenchymal stromal cells", "msc"),
        ("Wharton jelly MSCs were thawed.", "Wharton jelly MSCs", "Wharton's jelly MSCs", "umbilical_cord_msc"),
        ("采用人脐带间充质干胞治疗", "人脐带间充质干胞", "人脐带间充质干细胞", "umbilical_cord_msc"),
        ("folicle stimulating hormone was measured", "folicle stimulating hormone", "follicle stimulating hormone", "FSH"),
    ],
)
def test_near_misses_list_the_nearest_terms_with_scores(text, window, term, id_):
    expl = explain_text(text)
    misses = [m for ms in expl.sentences[0].near_misses.values() for m in ms]
    best = max(misses, key=lambda m: m.score)
    assert (best.window, best.term, best.id) == (window, term, id_)
    assert 80 <= best.score < 100
    assert ".yaml:" in best.source
    rendered = render_explanation(expl)
    assert f"score {best.score:.1f}" in rendered and best.source in rendered


def test_no_near_misses_for_what_matched():
    expl = explain_text("Women received hUC-MSCs via intraovarian injection.")
    assert expl.sentences[0].near_misses == {}
    assert "(none)" in render_explanation(expl)


def test_as_dict_is_json(result_file):
    fact = _fact(result_file, "cell_type", "hUC-MSCs")
    data = explain_fact(result_file, fact.id).as_dict()
    json.dumps(data, ensure_ascii=False)
    assert data["facts"][0]["rule"]["terms"][0]["id"] == "umbilical_cord_msc"
    assert data["sentences"][0]["span"] == [fact.evidence.start, fact.evidence.end]


def test_explain_a_fact_of_a_grammar_names_its_pattern_and_line_without_stale_notes():
    expl = explain_text("Chorionic villus–derived stromal cells were injected on two separate occasions.")
    for type_, rule, file in (("cell_type", "cell_type.source_derived", "grammars/cell_type.yaml"),
                              ("sessions", "sessions.occasions", "grammars/sessions.yaml")):
        fe = next(fe for fe in expl.facts if fe.fact.type == type_)
        assert fe.rule.rule == rule and fe.rule.source.rpartition(":")[0] == file
        assert fe.rule.notes == []
        assert f"source    {fe.rule.source}" in render_explanation(expl)


def test_a_no_change_reached_by_a_negation_is_explained_not_denied(tmp_path, extractor):
    # "unchanged" states an absence itself: the registry never denies it, and
    # explain says why the negation that reaches it sets nothing
    path = tmp_path / "paper.json"
    path.write_text(result_json(extractor.result(document_from_text(
        "The women did not conceive and LH was unchanged.", path="paper.pdf"))), encoding="utf-8")
    fact = _fact(path, "hormone_change", "LH")
    assert fact.value == {"hormone": "LH", "direction": "no_change"} and not fact.context.negated
    fe = explain_fact(path, fact.id).facts[0]
    assert fe.context.negated
    assert any("never marked negated" in note for note in fe.notes)
