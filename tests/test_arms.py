"""Study arms (contract v1.1 ``arm``): parallel lists of values with their
counts, distributive words, group labels and dose-group tables."""

from __future__ import annotations

import pytest

from extractor.facts.arms import ArmVocab, value_label
from extractor.facts.pipeline import Extractor
from extractor.layout.textlayer import document_from_text


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def found(extractor, text):
    return extractor.facts(document_from_text(text))


def by_arm(facts, kind):
    return [(f.value, f.arm) for f in facts if f.type == kind]


# --------------------------------------------------------------------------- values with a count each


def test_session_subgroups_with_their_counts_zh(extractor):
    facts = found(extractor, "Zhou等^[7]纳入了48例患者，分别给予1次(12例)、2次(16例)或3次(20例)骨髓MSC移植。")
    assert by_arm(facts, "sessions") == [({"count": 1}, "1次"), ({"count": 2}, "2次"), ({"count": 3}, "3次")]
    assert by_arm(facts, "sample_size") == [({"n": 48, "unit": "patients"}, None), ({"n": 12, "unit": "patients"}, "1次"),
                                            ({"n": 16, "unit": "patients"}, "2次"), ({"n": 20, "unit": "patients"}, "3次")]
    # the cell type was given to every subgroup: the study's, no arm
    assert [f.arm for f in facts if f.type == "cell_type"] == [None]
    assert {tuple(f.study) for f in facts} == {("7",)}


def test_counts_make_arms_without_a_distributive_word_en(extractor):
    facts = found(extractor, "The women received 2×10^6 cells/kg (n = 9) or 4×10^6 cells/kg (n = 11) intravenously.")
    assert [(f.value["value"], f.arm) for f in facts if f.type == "dose"] == [(2e6, "2×10^6"), (4e6, "4×10^6")]
    assert [(f.value["n"], f.arm) for f in facts if f.type == "sample_size"] == [(9, "2×10^6"), (11, "4×10^6")]
    assert [f.arm for f in facts if f.type == "route"] == [None]


def test_two_cases_are_two_arms_whatever_they_share(extractor):
    # Case 2's second injection is hers, though Case 1 had two injections too
    facts = found(extractor, "Case 1 was given two injections four weeks apart. Case 2 received a second "
                             "injection after 8 weeks because FSH stayed high.")
    assert by_arm(facts, "sessions") == [({"count": 2}, "Case 1"), ({"count": 2}, "Case 2")]


# --------------------------------------------------------------------------- distributive words


def test_a_dose_list_with_respectively_en(extractor):
    text = "Three cohorts received 5×10^6, 1×10^7 and 2×10^7 cells per ovary, respectively, and 24 women were enrolled."
    facts = found(extractor, text)
    assert [(f.value["value"], f.arm) for f in facts if f.type == "dose"] == [
        (5e6, "5×10^6"), (1e7, "1×10^7"), (2e7, "2×10^7")]
    assert [(f.value["n"], f.arm) for f in facts if f.type == "sample_size"] == [(24, None)]  # the total


def test_a_dose_list_with_fen_bie_zh(extractor):
    facts = found(extractor, "三组患者每侧卵巢分别注射5×10^6、1×10^7或2×10^7个脐带MSC。")
    assert [(f.value["value"], f.arm) for f in facts if f.type == "dose"] == [
        (5e6, "5×10^6"), (1e7, "1×10^7"), (2e7, "2×10^7")]


def test_a_count_for_each_group_is_every_arms(extractor):
    facts = found(extractor, "Women received 5×10^6, 1×10^7 or 1.5×10^7 cells (three women each) into each ovary.")
    assert [f.arm for f in facts if f.type == "dose"] == ["5×10^6", "1×10^7", "1.5×10^7"]
    assert [(f.value["n"], f.arm, f.each_arm) for f in facts if f.type == "sample_size"] == [(3, None, True)]
    facts = found(extractor, "患者每侧卵巢分别注射5×10^6、1×10^7或1.5×10^7个细胞（各4例）。")
    assert [f.arm for f in facts if f.type == "dose"] == ["5×10^6", "1×10^7", "1.5×10^7"]
    assert [(f.value["n"], f.arm, f.each_arm) for f in facts if f.type == "sample_size"] == [(4, None, True)]


def test_a_plain_list_is_not_arms(extractor):
    facts = found(extractor, "Published trials used 5×10^6 or 1×10^7 cells per ovary.")
    assert [f.arm for f in facts if f.type == "dose"] == [None, None]
    # one value twice is no list of groups either
    facts = found(extractor, "每侧卵巢分别注射5×10^6个细胞，对侧同样注射5×10^6个细胞。")
    assert {f.arm for f in facts} == {None}


# --------------------------------------------------------------------------- group labels


def test_group_labels_with_counts_take_the_values_respectively_en(extractor):
    facts = found(extractor, "The low-dose (n = 10) and high-dose (n = 12) groups received 5×10^6 and 1×10^7 cells "
                             "per ovary, respectively.")
    assert [(f.value["value"], f.arm) for f in facts if f.type == "dose"] == [(5e6, "low-dose"), (1e7, "high-dose")]
    assert [(f.value["n"], f.arm) for f in facts if f.type == "sample_size"] == [(10, "low-dose"), (12, "high-dose")]


def test_group_labels_with_counts_zh(extractor):
    facts = found(extractor, "低剂量组(10例)和高剂量组(12例)分别于卵巢内注射5×10^6和1×10^7个细胞。")
    assert [(f.value["value"], f.arm) for f in facts if f.type == "dose"] == [(5e6, "低剂量组"), (1e7, "高剂量组")]
    assert [(f.value["n"], f.arm) for f in facts if f.type == "sample_size"] == [(10, "低剂量组"), (12, "高剂量组")]


def test_a_later_sentence_with_an_arms_value_joins_it(extractor):
    facts = found(extractor, "Li等^[5]纳入了40例患者，分别接受1次(25例)或2次(15例)脐带MSC移植。接受2次移植者AMH水平升高。")
    later = [f for f in facts if f.type == "sessions" and f.evidence.sentence.startswith("接受2次")]
    assert [(f.value["count"], f.arm, f.study) for f in later] == [(2, "2次", ["5"])]
    # another study's value is not this study's arm
    facts = found(extractor, "Li等^[5]分别给予1次(25例)或2次(15例)移植。Wu等^[6]给予2次移植。")
    assert [(f.study, f.arm) for f in facts if f.type == "sessions"][-1] == (["6"], None)


# --------------------------------------------------------------------------- pieces


def test_value_labels_stop_at_the_unit():
    from extractor.ruleset.model import load_rules

    class F:
        def __init__(self, text):
            self.text = text

    units = ArmVocab.from_rules(load_rules()).units
    texts = ("1×10^7 cells per ovary", "1×10^7个细胞", "2×10^6 cells/kg", "2次", "2 injections", "two injections")
    assert [value_label(F(t), units) for t in texts] == [
        "1×10^7", "1×10^7", "2×10^6", "2次", "2 injections", "two injections"]


def test_arm_words_come_from_the_rules(rules_copy):
    from extractor.ruleset.model import load_rules

    path = rules_copy / "studies.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("zh: [分别, 各]", "zh: [分别, 各, 依次]"), encoding="utf-8")
    extractor = Extractor.from_rules(load_rules(rules_copy))
    assert extractor.arm_vocab.distributive.search("依次给予")
    facts = extractor.facts(document_from_text("三组依次注射5×10^6、1×10^7或2×10^7个细胞。"))
    assert [f.arm for f in facts if f.type == "dose"] == ["5×10^6", "1×10^7", "2×10^7"]
    assert isinstance(ArmVocab.from_rules(load_rules()).distributive.search("依次"), type(None))


def test_an_unknown_fact_type_in_the_rules_is_a_rule_error_with_its_line(rules_copy):
    from extractor.refine.check import check_rules
    from extractor.ruleset.model import RuleError, load_rules

    path = rules_copy / "studies.yaml"
    text = path.read_text(encoding="utf-8").replace("key_types: [sessions, dose,", "key_types: [sessions, doses,")
    path.write_text(text, encoding="utf-8")
    line = next(i + 1 for i, t in enumerate(text.splitlines()) if "key_types:" in t)
    with pytest.raises(RuleError) as err:
        Extractor.from_rules(load_rules(rules_copy))
    [problem] = err.value.errors
    assert (problem.line, problem.entry) == (line, "arms.key_types") and "'doses'" in problem.detail
    assert [p.entry for p in check_rules(rules_copy) if p.code.startswith("E")] == ["arms.key_types"]


def test_a_table_row_named_by_a_group_is_that_arm(extractor):
    from extractor.layout.document import BlockKind

    doc = document_from_text("组别 | 例数 | 途径\n\n观察组（n=30） | 30 | 卵巢内注射\n\n对照组 | 28 | 静脉输注")
    for block in doc.blocks:
        block.kind = BlockKind.TABLE
    facts = extractor.facts(doc)
    assert sorted((f.type, f.arm) for f in facts if f.type in ("route", "sample_size") and f.text != "n=30") == [
        ("route", "对照组"), ("route", "观察组"), ("sample_size", "对照组"), ("sample_size", "观察组")]


def _then_a_table(sentence: str, *rows: str):
    """A document of one sentence, then a table of ``rows`` (cells joined by " | ")."""
    from extractor.layout.document import BlockKind

    doc = document_from_text("\n\n".join([sentence, *rows]))
    for block in doc.blocks[1:]:
        block.kind = BlockKind.TABLE
    return doc


def test_an_arm_said_by_its_value_and_by_a_table_rows_name_keeps_one_label(extractor):
    doc = _then_a_table("Women received 4 × 10^6 or 9 × 10^6 cells per ovary (n = 12 and 12, respectively).",
                        "Arm | Cells/ovary | n", "Low | 4×10^6 | 12", "High | 9×10^6 | 12")
    doses = [(f.value["value"], f.arm) for f in extractor.facts(doc) if f.type == "dose"]
    assert doses == [(4e6, "4 × 10^6"), (9e6, "9 × 10^6"), (4e6, "4 × 10^6"), (9e6, "9 × 10^6")]


def test_arms_that_share_a_dose_but_not_their_sessions_stay_apart(extractor):
    facts = found(extractor, "患者分别接受1次(10例)或2次(12例)移植，每次每侧卵巢注射5×10^6个细胞。")
    assert {f.arm for f in facts if f.type == "sessions"} == {"1次", "2次"}


def test_case_heads_and_dose_words_come_from_the_rules(rules_copy):
    from extractor.ruleset.model import load_rules

    text = "In subject 3, FSH fell after the second injection."
    assert [f.arm for f in found(Extractor.load(), text) if f.type == "hormone_change"] == [None]
    path = rules_copy / "studies.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("en: [case, patient]", "en: [case, patient, subject]"),
                    encoding="utf-8")
    extractor = Extractor.from_rules(load_rules(rules_copy))
    assert [f.arm for f in found(extractor, text) if f.type == "hormone_change"] == ["subject 3"]


def test_one_label_joins_a_table_row_and_a_named_group_in_one_arm(extractor):
    doc = _then_a_table("In the high-dose arm, AMH rose.", "Arm | Cells/ovary | n", "Low | 4×10^6 | 12", "High | 9×10^6 | 12")
    arms = {(f.type, f.arm) for f in extractor.facts(doc) if f.arm}
    # the row "High" is the arm first named "high-dose arm"; "Low" is an arm of its own
    assert ("dose", "high-dose arm") in arms and ("dose", "Low") in arms and ("hormone_change", "high-dose arm") in arms
