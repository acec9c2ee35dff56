"""Scoring results against gold annotations (extractor/evaluate.py).

Read top to bottom as examples: every test builds a small gold directory and
a results directory by hand, runs :func:`evaluate` and states the exact
counts and scores, then the matching edge cases, the mistakes a gold file
can hold, the cell-type set score, the review loop and what a user reads.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.errors import LitxError
from extractor.output.evaluate import (
    evaluate,
    evaluate_reviewed,
    load_gold_file,
    parse_types,
    render_errors,
    render_table,
    run,
    texts_agree,
    to_json,
    value_matches,
)

# --------------------------------------------------------------------------- helpers

DOSE_5E6 = {"value": 5000000.0, "unit": "cells", "per": "ovary"}
DOSE_1E7 = {"value": 10000000.0, "unit": "cells", "per": "ovary"}
IOI = {"id": "intraovarian_injection", "guidance": "transvaginal_ultrasound"}
IV = {"id": "intravenous", "guidance": None}


def g(type_: str, value: dict, page: int, text: str, **extra) -> dict:
    """A gold fact."""
    return {"type": type_, "value": value, "page": page, "text": text, **extra}


def p(type_: str, value: dict, page: int, text: str, sentence: str | None = None, *, start: int | None = None,
      negated: bool = False, rule: str | None = None, review: dict | None = None) -> dict:  # fmt: skip
    """A predicted fact in the contract's shape; ``text`` is found in ``sentence``."""
    sentence = sentence if sentence is not None else text
    start = sentence.index(text) if start is None else start
    return {
        "id": f"{type_}-{page}-{start}",
        "type": type_,
        "value": value,
        "text": text,
        "evidence": {"page": page, "sentence": sentence, "start": start, "end": start + len(text),
                     "lang": "zh", "section": ""},  # fmt: skip
        "rule": rule or f"{type_}.test",
        "context": {"negated": negated, "hedged": False, "species": "human"},
        "review": review or {"status": "pending"},
    }


def write_gold(gold_dir: Path, name: str, facts=(), negated=(), cell_types=None) -> Path:
    """``name`` is the relative path without .json: "a" or "sub/a"."""
    data = {"schema": "litx.gold/1", "document": Path(name).name + ".pdf", "notes": "", "facts": list(facts),
            "negated": list(negated)}  # fmt: skip
    if cell_types is not None:
        data["cell_types"] = cell_types
    path = gold_dir / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def write_result(out_dir: Path, name: str, facts=()) -> Path:
    data = {"schema_version": "1", "document": {"path": f"pdfs/{name}.pdf", "pages": 9}, "facts": list(facts),
            "warnings": []}  # fmt: skip
    path = out_dir / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def dirs(tmp_path: Path) -> tuple[Path, Path]:
    gold, out = tmp_path / "gold", tmp_path / "out"
    gold.mkdir()
    out.mkdir()
    return gold, out


def counts(score) -> tuple[int, int, int]:
    return score.tp, score.fp, score.fn


def row(report, type_: str):
    return next(r for r in report.rows if r.type == type_)


# --------------------------------------------------------------------------- scores


def test_a_perfect_result_scores_one_for_every_type(dirs):
    gold, out = dirs
    facts = [
        ("cell_type", {"id": "umbilical_cord_msc", "label": "脐带MSC"}, 1, "脐带MSC"),
        ("dose", DOSE_5E6, 3, "5×10^6"),
        ("route", IOI, 3, "经阴道超声引导下卵巢局部注射"),
        ("sessions", {"count": 3}, 3, "3次"),
        ("hormone_change", {"hormone": "FSH", "direction": "decrease"}, 4, "降低FSH水平"),
        ("sample_size", {"n": 61, "unit": "patients"}, 2, "61例"),
    ]
    write_gold(gold, "a", [g(*f) for f in facts])
    write_result(out, "a", [p(*f) for f in facts])
    report = evaluate(gold, out)
    assert report.types == ["cell_type", "dose", "route", "sessions", "hormone_change", "sample_size"]
    assert all(counts(r.strict) == (1, 0, 0) and r.strict.f1 == 1.0 for r in report.rows)
    assert counts(report.micro) == (6, 0, 0)
    assert report.micro.precision == report.micro.recall == report.micro.f1 == 1.0
    assert report.misses == [] and report.false_hits == []


def test_scores_are_micro_over_documents(dirs):
    gold, out = dirs
    write_gold(gold, "a", [
        g("dose", DOSE_5E6, 1, "5×10^6"),
        g("dose", DOSE_1E7, 2, "1×10^7"),
        g("route", IOI, 1, "经阴道超声引导下卵巢局部注射"),
        g("sessions", {"count": 3}, 2, "3次"),
    ])  # fmt: skip
    write_result(out, "a", [
        p("dose", DOSE_5E6, 1, "5×10^6"),
        p("dose", {"value": 1000000.0, "unit": "cells", "per": "ovary"}, 2, "1×10^6"),  # wrong value
        p("route", IOI, 1, "卵巢局部注射", "经阴道超声引导下卵巢局部注射"),  # a shorter text is fine
        p("sessions", {"count": 2}, 2, "2次"),
    ])  # fmt: skip
    write_gold(gold, "b", [
        g("sample_size", {"n": 61}, 1, "61例"),
        g("dose", {"value": 2000000.0, "unit": "cells/kg", "per": "kg"}, 4, "2×10^6 cells/kg"),
    ])  # fmt: skip
    write_result(out, "b", [
        p("sample_size", {"n": 61, "unit": "patients"}, 1, "61例"),
        p("dose", {"value": 2000000.0, "unit": "cells/kg", "per": "kg"}, 4, "2×10^6 cells/kg"),
        p("dose", {"value": 1e8, "unit": "cells", "per": None}, 5, "1×10^8"),  # not in gold
    ])  # fmt: skip
    report = evaluate(gold, out)

    assert report.types == ["dose", "route", "sessions", "sample_size"]
    dose = row(report, "dose").strict
    assert counts(dose) == (2, 2, 1)
    assert (dose.precision, dose.recall, dose.f1) == pytest.approx((1 / 2, 2 / 3, 4 / 7))
    assert counts(row(report, "route").strict) == (1, 0, 0)
    sessions = row(report, "sessions").strict
    assert counts(sessions) == (0, 1, 1) and (sessions.precision, sessions.recall, sessions.f1) == (0, 0, 0)
    assert counts(row(report, "sample_size").strict) == (1, 0, 0)
    assert counts(report.micro) == (4, 3, 2)
    assert (report.micro.precision, report.micro.recall, report.micro.f1) == pytest.approx((4 / 7, 4 / 6, 8 / 13))
    # per document
    a, b = report.documents
    assert (a.document, counts(a.strict)) == ("a", (2, 2, 2))
    assert (b.document, counts(b.strict)) == ("b", (2, 1, 0))
    assert [(e.document, e.type, e.page) for e in report.misses] == [("a", "dose", 2), ("a", "sessions", 2)]
    assert [(e.document, e.type, e.page) for e in report.false_hits] == [
        ("a", "dose", 2), ("a", "sessions", 2), ("b", "dose", 5)]  # fmt: skip


def test_undefined_scores_are_none_not_zero(dirs):
    gold, out = dirs
    write_gold(gold, "a", [g("dose", DOSE_5E6, 1, "5×10^6")])
    write_result(out, "a", [])
    dose = row(evaluate(gold, out), "dose").strict
    assert counts(dose) == (0, 0, 1)
    assert (dose.precision, dose.recall, dose.f1) == (None, 0.0, 0.0)  # nothing predicted: no precision


def test_value_only_shows_that_an_error_is_a_position(dirs):
    gold, out = dirs
    write_gold(gold, "a", [g("dose", DOSE_5E6, 3, "5×10^6"), g("route", IOI, 3, "卵巢局部注射")])
    write_result(out, "a", [
        p("dose", DOSE_5E6, 4, "5×10^6"),  # right value, wrong page
        p("route", IV, 3, "卵巢局部注射"),  # right place, wrong value
    ])  # fmt: skip
    report = evaluate(gold, out)
    assert counts(report.micro) == (0, 2, 2)
    assert counts(report.micro_value_only) == (1, 1, 1)
    assert counts(row(report, "dose").value_only) == (1, 0, 0)
    assert counts(row(report, "route").value_only) == (0, 1, 1)
    hints = {(e.kind, e.type): e.hint for e in report.misses + report.false_hits}
    assert hints[("miss", "dose")] == 'same value predicted on p4 "5×10^6"'
    assert hints[("false_hit", "dose")] == 'gold has this value on p3 "5×10^6"'
    assert hints[("miss", "route")] == 'predicted here with value {"id": "intravenous", "guidance": null}'
    assert hints[("false_hit", "route")].startswith('gold value here: {"id": "intraovarian_injection"')


def test_types_choose_what_the_micro_average_covers(dirs):
    gold, out = dirs
    write_gold(gold, "a", [g("cell_type", {"id": "msc"}, 1, "MSC"), g("dose", DOSE_5E6, 1, "5×10^6")])
    write_result(out, "a", [p("cell_type", {"id": "adipose_msc"}, 1, "ADSC"), p("dose", DOSE_5E6, 1, "5×10^6"),
                            p("route", IV, 2, "静脉注射")])  # fmt: skip
    everything = evaluate(gold, out)  # default: the types present in the gold
    assert everything.types == ["cell_type", "dose"]
    assert counts(everything.micro) == (1, 1, 1)
    assert everything.unscored_types == {"route": 1}
    mentions = evaluate(gold, out, types="mentions")
    assert mentions.types == ["dose", "route", "sessions", "hormone_change", "sample_size", "follow_up"]
    assert counts(mentions.micro) == (1, 1, 0)  # the route is now scored: a false hit
    assert mentions.unscored_types == {"cell_type": 1}
    assert evaluate(gold, out, types=["dose"]).types == ["dose"]


@pytest.mark.parametrize(
    "given, expected",
    [
        (None, None),
        ("dose", ["dose"]),
        ("route,dose", ["dose", "route"]),
        (["sample_size", "dose, route"], ["dose", "route", "sample_size"]),
        ("mentions", ["dose", "route", "sessions", "hormone_change", "sample_size", "follow_up"]),
        ("all", ["cell_type", "dose", "route", "sessions", "hormone_change", "sample_size", "follow_up"]),
    ],
)
def test_parse_types(given, expected):
    assert parse_types(given) == expected


# --------------------------------------------------------------------------- matching


def test_the_same_value_on_two_pages_is_two_facts(dirs):
    gold, out = dirs
    write_gold(gold, "a", [g("dose", DOSE_5E6, 3, "5×10^6"), g("dose", DOSE_5E6, 5, "5×10^6")])
    write_result(out, "a", [p("dose", DOSE_5E6, 5, "5×10^6"), p("dose", DOSE_5E6, 6, "5×10^6")])
    report = evaluate(gold, out)
    assert counts(report.micro) == (1, 1, 1)
    assert [e.page for e in report.misses] == [3]
    assert [e.page for e in report.false_hits] == [6]
    assert counts(report.micro_value_only) == (2, 0, 0)  # values alone: both found


SENTENCE = "Each ovary received 5×10^6 cells: 5×10^6 in the left and 5×10^6 in the right ovary."


@pytest.mark.parametrize("predicted, expected", [(1, (1, 0, 1)), (2, (2, 0, 0)), (3, (2, 1, 0))])
def test_identical_doses_in_one_sentence_match_one_to_one(dirs, predicted, expected):
    gold, out = dirs
    write_gold(gold, "a", [g("dose", DOSE_5E6, 2, "5×10^6"), g("dose", DOSE_5E6, 2, "5×10^6")])
    starts = [i for i in range(len(SENTENCE)) if SENTENCE.startswith("5×10^6", i)]
    write_result(out, "a", [p("dose", DOSE_5E6, 2, "5×10^6", SENTENCE, start=s) for s in starts[:predicted]])
    assert counts(evaluate(gold, out).micro) == expected


def test_matching_is_as_large_as_possible_not_first_come(dirs):
    """Greedy pairing would give the first prediction to the first gold fact and lose one match."""
    gold, out = dirs
    sentence = "血清AMH水平升高，AMH升高"
    write_gold(gold, "a", [
        g("hormone_change", {"hormone": "AMH", "direction": "increase"}, 1, "AMH"),
        g("hormone_change", {"hormone": "AMH", "direction": "increase"}, 1, "血清AMH水平升高"),
    ])  # fmt: skip
    write_result(out, "a", [
        p("hormone_change", {"hormone": "AMH", "direction": "increase"}, 1, "血清AMH水平升高", sentence),
        p("hormone_change", {"hormone": "AMH", "direction": "increase"}, 1, "升高", sentence, start=13),
    ])  # fmt: skip
    assert counts(evaluate(gold, out).micro) == (2, 0, 0)


@pytest.mark.parametrize(
    "gold_text, text",
    [
        ("5×10^6", "5 × 10^6"),  # spaces
        ("5×10^6", "5×10^{6}"),  # braces
        ("５×１０^６", "5×10^6"),  # full-width digits
        ("5×10⁶", "5×10^6"),  # a superscript digit
        ("2×10^6 cells/kg", "2×10^6"),  # one contains the other
        ("卵巢局部注射", "经阴道超声引导下卵巢局部注射"),
        ("MSCs（UC-MSCs）", "MSCs(UC-MSCs)"),  # full-width brackets
    ],
)
def test_texts_agree_after_folding(gold_text, text):
    assert texts_agree(gold_text, text)


def test_texts_agree_through_the_sentence_offsets():
    sentence = "治疗后血清AMH水平升高，对照组AMH水平升高不明显"
    start = sentence.index("血清AMH")
    # neither text contains the other, but the gold text is at the predicted place
    assert texts_agree("AMH水平升高", "血清AMH", sentence, start, start + 5)
    # the same words elsewhere in the sentence do not count
    other = sentence.index("对照组")
    assert not texts_agree("AMH水平升高", "对照组", sentence, other, other + 3)
    assert not texts_agree("5×10^6", "1×10^7")


@pytest.mark.parametrize(
    "type_, gold, pred, same",
    [
        ("dose", DOSE_5E6, {**DOSE_5E6, "value": 5000000.000001}, True),  # within 1e-6 relative
        ("dose", DOSE_5E6, {**DOSE_5E6, "value": 5000100.0}, False),
        ("dose", DOSE_5E6, {**DOSE_5E6, "per": None}, False),
        ("dose", DOSE_5E6, {**DOSE_5E6, "unit": "cells/kg"}, False),
        ("dose", {**DOSE_5E6, "low": 5e6, "high": 1e7}, {**DOSE_5E6, "low": 5e6, "high": 2e7}, False),
        ("dose", DOSE_5E6, {**DOSE_5E6, "low": 5e6, "high": 2e7}, True),  # the gold gives no range
        ("route", IOI, {"id": "intraovarian_injection", "guidance": None}, False),
        ("route", {"id": "intravenous"}, {"id": "intravenous", "guidance": None}, True),  # omitted is null
        ("sessions", {"count": None}, {"count": None}, True),
        ("hormone_change", {"hormone": "E2", "direction": "increase"}, {"hormone": "E2", "direction": "decrease"}, False),
        ("sample_size", {"n": 61, "unit": "patients"}, {"n": 61}, True),
        ("cell_type", {"id": "msc"}, {"id": "msc", "label": "间充质干细胞"}, True),
    ],
)
def test_value_keys(type_, gold, pred, same):
    assert value_matches(type_, gold, pred) is same


def test_full_width_gold_text_matches(dirs):
    gold, out = dirs
    write_gold(gold, "a", [g("dose", DOSE_5E6, 1, "５×１０^６")])
    write_result(out, "a", [p("dose", DOSE_5E6, 1, "5 × 10^6", "每侧卵巢注射5 × 10^6个细胞")])
    assert counts(evaluate(gold, out).micro) == (1, 0, 0)


def test_negated_facts_are_scored_apart(dirs):
    gold, out = dirs
    write_gold(
        gold, "a",
        facts=[g("route", IOI, 2, "卵巢局部注射")],
        negated=[g("route", IV, 2, "静脉注射"), g("dose", DOSE_1E7, 2, "1×10^7")],
    )  # fmt: skip
    sentence = "本研究采用卵巢局部注射，未采用静脉注射"
    write_result(out, "a", [
        p("route", IOI, 2, "卵巢局部注射", sentence),
        p("route", IV, 2, "静脉注射", sentence, negated=True),
        p("sessions", {"count": 2}, 2, "两次", "未重复两次注射", negated=True),  # negated, not in gold
    ])  # fmt: skip
    report = evaluate(gold, out)
    assert report.types == ["dose", "route"]  # negated gold facts count for the default types
    assert counts(report.micro) == (1, 0, 0)  # the negated route is not a false hit of "route"
    assert counts(report.negated) == (1, 0, 1)  # the negated dose was missed
    assert report.unscored_types == {"sessions": 1}
    assert [(e.type, e.negated) for e in report.misses] == [("dose", True)]


def test_a_negated_prediction_of_a_gold_fact_is_a_miss_and_a_false_hit(dirs):
    gold, out = dirs
    write_gold(gold, "a", [g("route", IV, 1, "静脉注射")])
    write_result(out, "a", [p("route", IV, 1, "静脉注射", "未采用静脉注射", negated=True)])
    report = evaluate(gold, out)
    assert counts(report.micro) == (0, 0, 1)
    assert counts(report.negated) == (0, 1, 0)


# --------------------------------------------------------------------------- files


def test_a_gold_file_without_result_counts_all_its_facts_as_misses(dirs):
    gold, out = dirs
    write_gold(gold, "a", [g("dose", DOSE_5E6, 1, "5×10^6")])
    write_gold(gold, "b", [g("dose", DOSE_5E6, 1, "5×10^6"), g("sessions", {"count": 3}, 2, "3次")])
    write_result(out, "a", [p("dose", DOSE_5E6, 1, "5×10^6")])
    report = evaluate(gold, out)
    assert report.missing_results == ["b"]
    assert counts(report.micro) == (1, 0, 2)
    assert report.documents[1].result_file is None
    assert {e.hint for e in report.misses} == {"no result file"}
    assert "no result file (all gold facts missed): b" in render_table(report)


def test_files_that_are_not_results_are_ignored_and_results_without_gold_listed(dirs):
    gold, out = dirs
    write_gold(gold, "a", [g("dose", DOSE_5E6, 1, "5×10^6")])
    write_result(out, "a", [p("dose", DOSE_5E6, 1, "5×10^6")])
    write_result(out, "c", [p("dose", DOSE_1E7, 1, "1×10^7")])  # no gold: not scored
    (out / "run_report.json").write_text(json.dumps({"documents": 2, "facts": 2}), encoding="utf-8")
    (out / "notes.json").write_text("not json at all", encoding="utf-8")
    report = evaluate(gold, out)
    assert counts(report.micro) == (1, 0, 0)
    assert report.unpaired_results == ["c"]
    assert report.ignored_files == ["notes.json", "run_report.json"]


def test_sub_folders_pair_by_relative_path(dirs):
    gold, out = dirs
    write_gold(gold, "zh/a", [g("dose", DOSE_5E6, 1, "5×10^6")])
    write_gold(gold, "en/a", [g("dose", DOSE_1E7, 1, "1×10^7")])
    write_result(out, "zh/a", [p("dose", DOSE_5E6, 1, "5×10^6")])
    write_result(out, "en/a", [p("dose", DOSE_1E7, 1, "1×10^7")])
    report = evaluate(gold, out)
    assert [d.document for d in report.documents] == ["en/a", "zh/a"]
    assert counts(report.micro) == (2, 0, 0)


def test_a_result_in_another_folder_is_pointed_out(dirs):
    gold, out = dirs
    write_gold(gold, "zh/a", [g("dose", DOSE_5E6, 1, "5×10^6")])
    write_result(out, "a", [p("dose", DOSE_5E6, 1, "5×10^6")])
    report = evaluate(gold, out)
    assert report.missing_results == ["zh/a"] and report.unpaired_results == ["a"]
    assert report.notes == ["no result zh/a.json, but a.json exists: OUT_DIR must mirror the gold folders"]


GOOD = {"schema": "litx.gold/1", "document": "x.pdf", "facts": [g("dose", DOSE_5E6, 1, "5×10^6")]}


@pytest.mark.parametrize(
    "content, code, says",
    [
        ('{"schema": "litx.gold/1",\n "document": "x.pdf",\n "facts": [}', "E201", "line 3"),
        ({**GOOD, "schema": "litx.gold/2"}, "E202", "schema: Input should be 'litx.gold/1'"),
        ({**GOOD, "document": "y.pdf"}, "E203", "gold file is for y.pdf, but its name says x.pdf"),
        ({**GOOD, "negative": []}, "E202", "negative: unknown key"),
        ({**GOOD, "facts": [g("dose", {**DOSE_5E6, "unit": "cell"}, 1, "5×10^6")]}, "E202",
         "facts[0].value.unit: Input should be 'cells'"),
        ({**GOOD, "facts": [g("dosage", DOSE_5E6, 1, "5×10^6")]}, "E202", "facts[0]: Input tag 'dosage'"),
        ({**GOOD, "facts": [{"type": "dose", "value": DOSE_5E6, "text": "5×10^6"}]}, "E202", "facts[0].page: missing"),
        ({**GOOD, "facts": [g("sessions", {"count": 3}, 1, "3次"), g("dose", DOSE_5E6, 0, " ")]}, "E202",
         "facts[1].page: Input should be greater than or equal to 1 (and 1 more problem)"),
        ({**GOOD, "negated": [g("route", {"id": "iv"}, 1, "静脉")]}, "E202", "negated[0].value.id"),
        ({**GOOD, "cell_types": ["ucmsc"]}, "E202", "cell_types[0]"),
        ({**GOOD, "facts": [g("sessions", {}, 1, "多次")]}, "E202", "facts[0].value.count: missing"),
    ],
)
def test_a_broken_gold_file_is_one_error_naming_file_and_place(dirs, content, code, says):
    gold, out = dirs
    path = gold / "x.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(LitxError) as caught:
        evaluate(gold, out)
    assert caught.value.code == code
    assert str(path) in str(caught.value) and says in str(caught.value)


def test_directory_problems(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "out").mkdir()
    with pytest.raises(LitxError, match=r"nowhere: directory not found \[E204\]"):
        evaluate(tmp_path / "nowhere", tmp_path / "out")
    with pytest.raises(LitxError, match=r"no gold files .*\[E205\]"):
        evaluate(tmp_path / "gold", tmp_path / "out")
    write_gold(tmp_path / "gold", "a", [g("dose", DOSE_5E6, 1, "5×10^6")])
    (tmp_path / "out" / "a.json").write_text('{"schema_version": "1", "facts": [', encoding="utf-8")
    with pytest.raises(LitxError, match=r"a\.json: result file is not valid JSON, line 1.*\[E206\]"):
        evaluate(tmp_path / "gold", tmp_path / "out")
    with pytest.raises(LitxError, match=r"unknown fact type 'doses': choose from cell_type, dose.*\[E207\]"):
        evaluate(tmp_path / "gold", tmp_path / "out", types="doses")


# --------------------------------------------------------------------------- cell-type set


def test_cell_type_set_f1_is_micro_over_documents_with_a_gold_set(dirs):
    gold, out = dirs
    write_gold(gold, "a", cell_types=["umbilical_cord_msc", "bone_marrow_msc"])
    write_result(out, "a", [
        p("cell_type", {"id": "umbilical_cord_msc"}, 1, "脐带MSC"),
        p("cell_type", {"id": "umbilical_cord_msc"}, 4, "hUC-MSCs"),  # a set: counted once
        p("cell_type", {"id": "msc"}, 2, "MSCs"),
        p("cell_type", {"id": "adipose_msc"}, 3, "ADSCs", negated=True),  # negated: ignored
    ])  # fmt: skip
    write_gold(gold, "b", cell_types=["extracellular_vesicle"])
    write_result(out, "b", [p("cell_type", {"id": "extracellular_vesicle"}, 1, "外泌体")])
    write_gold(gold, "c")  # no set given: not part of the score
    write_result(out, "c", [p("cell_type", {"id": "msc"}, 1, "MSC")])
    report = evaluate(gold, out)
    assert counts(report.cell_type_set) == (2, 1, 1)
    assert report.cell_type_set.f1 == pytest.approx(2 / 3)
    a = report.documents[0]
    assert (a.cell_types_missed, a.cell_types_extra) == (["bone_marrow_msc"], ["msc"])
    assert report.documents[2].cell_type_set is None
    assert report.types == [] and report.unscored_types == {"cell_type": 6}  # no mention gold at all


def test_no_cell_type_set_score_without_a_gold_set(dirs):
    gold, out = dirs
    write_gold(gold, "a", [g("dose", DOSE_5E6, 1, "5×10^6")])
    write_result(out, "a", [p("cell_type", {"id": "msc"}, 1, "MSC")])
    report = evaluate(gold, out)
    assert report.cell_type_set is None
    assert "cell-type set" not in render_table(report)


# --------------------------------------------------------------------------- what a user reads


@pytest.fixture
def one_of_each(dirs):
    gold, out = dirs
    write_gold(gold, "a", [g("dose", DOSE_5E6, 3, "5×10^6")], cell_types=["umbilical_cord_msc"])
    write_result(out, "a", [p("dose", DOSE_1E7, 3, "1×10^7", "每侧卵巢注射1×10^7个细胞", rule="dose.sci_notation")])
    return evaluate(gold, out)


def test_a_miss_and_a_false_hit_read_as_one_line_each(one_of_each):
    lines = render_errors(one_of_each).splitlines()
    assert lines[0].startswith("== a: 2 missed, 1 false (")
    assert lines[1:] == [
        'MISS dose p3 "5×10^6" {"value": 5000000.0, "unit": "cells", "per": "ovary"}',
        'FALSE dose p3 "1×10^7" {"value": 10000000.0, "unit": "cells", "per": "ovary"} rule=dose.sci_notation'
        " | 每侧卵巢注射1×10^7个细胞",
        "MISS cell_types umbilical_cord_msc",
    ]
    assert render_errors(one_of_each, limit=1).splitlines()[-1] == "… 2 more (raise the limit to see them)"


def test_the_table(one_of_each):
    lines = render_table(one_of_each).splitlines()
    assert lines[0].split() == ["type", "P", "R", "F1", "TP", "FP", "FN", "F1", "value-only"]
    assert lines[2].split() == ["dose", "0.000", "0.000", "0.000", "0", "1", "1", "0.000"]
    assert lines[4].split() == ["micro", "(strict)", "0.000", "0.000", "0.000", "0", "1", "1", "0.000"]
    assert lines[5].startswith("micro (value-only)")
    assert lines[6].split() == ["negated", "-", "-", "-", "0", "0", "0", "-"]
    assert lines[7].split() == ["cell-type", "set", "-", "0.000", "0.000", "0", "0", "1", "-"]
    assert "1 gold document (1 with a result); micro over: dose" in lines


def test_long_sentences_are_clipped_around_the_text(dirs):
    gold, out = dirs
    write_gold(gold, "a", [g("dose", DOSE_5E6, 1, "5×10^6")])
    sentence = "前" * 200 + "注射1×10^7个细胞" + "后" * 200
    write_result(out, "a", [p("dose", DOSE_1E7, 1, "1×10^7", sentence)])
    (hit,) = evaluate(gold, out).false_hits
    assert hit.sentence.startswith("…前") and hit.sentence.endswith("后…")
    assert "注射1×10^7个细胞" in hit.sentence and len(hit.sentence) == 122


def test_json_report(one_of_each):
    data = to_json(one_of_each)
    json.dumps(data)  # plain data
    assert data["rows"][0]["strict"] == {"tp": 0, "fp": 1, "fn": 1, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert data["misses"][0]["value"] == DOSE_5E6
    assert data["false_hits"][0]["rule"] == "dose.sci_notation"


def test_run_is_what_the_command_prints(one_of_each, dirs):
    gold, out = dirs
    assert run(gold, out) == render_table(one_of_each)
    assert run(gold, out, errors=True).endswith("MISS cell_types umbilical_cord_msc\n")
    assert json.loads(run(gold, out, as_json=True))["micro"]["fp"] == 1


# --------------------------------------------------------------------------- gold from review decisions


@pytest.fixture
def reviewed(tmp_path: Path) -> Path:
    """One reviewed result: a decision of each kind."""
    target = tmp_path / "reviewed"
    write_result(target, "x", [
        p("dose", DOSE_5E6, 1, "5×10^6", review={"status": "accepted"}),
        p("dose", {**DOSE_1E7, "value": 1e6}, 2, "1×10^7",  # the extractor misread the exponent
          review={"status": "edited", "value": {"value": 1e7}, "note": "10^7"}),
        p("route", IV, 1, "静脉注射", review={"status": "rejected"}),
        p("dose", {**DOSE_5E6, "value": 2e6}, 3, "2×10^6"),  # pending
        p("sample_size", {"n": 61, "unit": "patients"}, 1, "61例", review={"status": "added"}),
    ])  # fmt: skip
    write_result(target, "untouched", [p("dose", DOSE_5E6, 1, "5×10^6")])  # no decision: skipped
    return target


def test_a_reviewed_run_scored_against_itself(reviewed):
    report = evaluate_reviewed(reviewed, reviewed)
    assert report.mode == "reviewed"
    assert report.types == ["dose", "route", "sample_size"]  # the types of decided facts
    assert counts(row(report, "dose").strict) == (1, 1, 1)  # the edited dose: a false hit and a miss
    assert counts(row(report, "route").strict) == (0, 1, 0)
    assert counts(row(report, "sample_size").strict) == (0, 0, 1)  # added by the reviewer: missed
    assert report.neutral == 1  # the pending dose
    assert report.skipped_gold == ["untouched"]
    assert [(e.type, e.known) for e in report.false_hits] == [("dose", False), ("route", True)]
    assert report.false_hits[1].hint == "rejected in review"
    assert report.misses[0].value == DOSE_1E7  # the edited value is gold


def test_a_new_run_scored_against_review_decisions(reviewed, tmp_path):
    out = tmp_path / "out"
    write_result(out, "x", [
        p("dose", DOSE_5E6, 1, "5×10^6"),
        p("dose", DOSE_1E7, 2, "1×10^7"),
        p("route", IV, 1, "静脉注射"),
        p("sample_size", {"n": 61, "unit": "patients"}, 1, "61例"),
    ])  # fmt: skip
    report = evaluate_reviewed(reviewed, out)
    assert counts(report.micro) == (3, 1, 0)
    assert report.false_hits[0].known


def test_a_bad_review_status_is_an_error(tmp_path):
    write_result(tmp_path / "r", "x", [p("dose", DOSE_5E6, 1, "5×10^6", review={"status": "approved"})])
    with pytest.raises(LitxError, match=r"x\.json: reviewed result, fact dose-1-0: unknown review status 'approved'.*\[E208\]"):
        evaluate_reviewed(tmp_path / "r", tmp_path / "r")
    (tmp_path / "empty").mkdir()
    with pytest.raises(LitxError, match=r"\[E209\]"):
        evaluate_reviewed(tmp_path / "empty", tmp_path / "r")


# --------------------------------------------------------------------------- the gold files of the repository

GOLD_FILES = sorted((Path(__file__).resolve().parents[1] / "corpus" / "gold").rglob("*.json"))


@pytest.mark.skipif(not GOLD_FILES, reason="no gold files under corpus/gold")
@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_every_gold_file_of_the_repository_loads(path):
    gold = load_gold_file(path)
    # a paper with nothing to extract has an empty but valid gold file
    assert gold.document.rsplit(".", 1)[0] == path.stem


# --------------------------------------------------------------------------- the wrong folder


def test_a_results_folder_without_results_is_an_error_not_a_zero_score(dirs, tmp_path):
    gold, out = dirs
    write_gold(gold, "a", [g("dose", DOSE_5E6, 1, "5×10^6")])
    with pytest.raises(LitxError) as exc:
        evaluate(gold, out)  # empty
    assert exc.value.code == "E302" and str(out) in str(exc.value)
    (out / "notes.json").write_text('{"x": 1}', encoding="utf-8")  # JSON, but no result
    with pytest.raises(LitxError) as exc:
        evaluate(gold, out)
    assert exc.value.code == "E302"
    write_result(out, "other", [])  # a result, even of another paper: scored
    assert evaluate(gold, out).micro.fn == 1


def test_reviewed_results_without_a_single_decision_are_an_error(tmp_path):
    target = tmp_path / "reviewed"
    write_result(target, "untouched", [p("dose", DOSE_5E6, 1, "5×10^6")])
    with pytest.raises(LitxError) as exc:
        evaluate_reviewed(target, target)
    assert exc.value.code == "E209"


# --------------------------------------------------------------------------- arms


def test_arms_are_scored_where_the_gold_gives_them(dirs):
    gold, out = dirs
    s = "低剂量组(n = 6)和高剂量组(n = 6)分别注射。"
    n6 = {"n": 6, "unit": "patients"}
    write_gold(gold, "armed", [g("sample_size", n6, 1, "n = 6", arm="低剂量组"),
                               g("sample_size", n6, 1, "n = 6", arm="高剂量组"),
                               g("sessions", {"count": 2}, 1, "2次")])
    low, high = p("sample_size", n6, 1, "n = 6", s), p("sample_size", n6, 1, "n = 6", s, start=s.rindex("n = 6"))
    # the arms come in the other order than the pairing of two identical facts would take them
    low["arm"], high["arm"] = "高剂量组", "低剂量组"
    two = p("sessions", {"count": 2}, 1, "2次")
    two["arm"] = "2次"  # an arm the gold does not give: a false one
    write_result(out, "armed", [low, high, two])
    # a gold file without arms scores none, whatever the result says
    write_gold(gold, "plain", [g("sessions", {"count": 1}, 1, "1次")])
    one = p("sessions", {"count": 1}, 1, "1次")
    one["arm"] = "1次"
    write_result(out, "plain", [one])
    report = evaluate(gold, out)
    assert counts(report.arms) == (2, 1, 0)
    by_doc = {d.document: d.arms for d in report.documents}
    assert by_doc["plain"] is None and counts(by_doc["armed"]) == (2, 1, 0)
    assert report.micro.f1 == 1.0  # arms change no fact's score
    assert "arms" in render_table(report)


def test_an_arm_is_the_same_arm_whatever_words_print_its_label(dirs):
    gold, out = dirs
    s = "One injection (n = 5) or two injections (n = 7) were given."
    write_gold(gold, "armed", [g("sample_size", {"n": 5, "unit": "patients"}, 1, "n = 5", arm="single-injection"),
                               g("sessions", {"count": 2}, 1, "two injections", arm="two-injection"),
                               g("sample_size", {"n": 7, "unit": "patients"}, 1, "n = 7", arm="two-injection")])
    five = p("sample_size", {"n": 5, "unit": "patients"}, 1, "n = 5", s)
    five["arm"] = "One injection"
    two = p("sessions", {"count": 2}, 1, "two injections", s)
    seven = p("sample_size", {"n": 7, "unit": "patients"}, 1, "n = 7", s)
    two["arm"] = seven["arm"] = "two injections"
    write_result(out, "armed", [five, two, seven])
    assert counts(evaluate(gold, out).arms) == (3, 0, 0)


def test_two_gold_arms_are_not_both_found_under_one_predicted_label(dirs):
    gold, out = dirs
    s = "Group A (n = 5) and group B (n = 7)."
    write_gold(gold, "armed", [g("sample_size", {"n": 5, "unit": "patients"}, 1, "n = 5", arm="A"),
                               g("sample_size", {"n": 7, "unit": "patients"}, 1, "n = 7", arm="B")])
    five = p("sample_size", {"n": 5, "unit": "patients"}, 1, "n = 5", s)
    seven = p("sample_size", {"n": 7, "unit": "patients"}, 1, "n = 7", s)
    five["arm"] = seven["arm"] = "group A"  # both facts put in one arm
    write_result(out, "armed", [five, seven])
    assert counts(evaluate(gold, out).arms) == (1, 1, 1)


def test_no_arms_score_without_gold_arms(dirs):
    gold, out = dirs
    write_gold(gold, "a", [g("sessions", {"count": 1}, 1, "1次")])
    write_result(out, "a", [p("sessions", {"count": 1}, 1, "1次")])
    assert evaluate(gold, out).arms is None


def test_a_gold_text_may_stand_for_the_cue_of_a_prediction(dirs):
    gold, out = dirs
    s = "At day 14 serum FSH fell and AMH rose."
    write_gold(gold, "cue", [g("hormone_change", {"hormone": "FSH", "direction": "decrease"}, 1, "fell"),
                             g("hormone_change", {"hormone": "AMH", "direction": "increase"}, 1, "AMH rose")])
    fsh = p("hormone_change", {"hormone": "FSH", "direction": "decrease"}, 1, "FSH", s)
    amh = p("hormone_change", {"hormone": "AMH", "direction": "increase"}, 1, "AMH", s)
    fsh["cue"], amh["cue"] = "fell", "rose"
    write_result(out, "cue", [fsh, amh])
    assert counts(row(evaluate(gold, out), "hormone_change").strict) == (2, 0, 0)
    # without the cue, "fell" stands for nothing the prediction says
    del fsh["cue"]
    write_result(out, "cue", [fsh, amh])
    assert counts(row(evaluate(gold, out), "hormone_change").strict) == (1, 1, 1)
