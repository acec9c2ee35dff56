"""The follow_up fact type (extractor/facts/types/follow_up.py), found by the
grammar of rules/grammars/follow_up.yaml."""

from __future__ import annotations

import pytest

from extractor.facts.pipeline import Extractor
from extractor.facts.registry import fact_type, type_names
from extractor.layout.textlayer import document_from_text


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def follow_ups(extractor: Extractor, text: str) -> list[tuple[float, str, str]]:
    facts = extractor.facts(document_from_text(text))
    return [(f.value["value"], f.value["unit"], f.text) for f in facts if f.type == "follow_up"]


@pytest.mark.parametrize("text, value, unit, span", [
    ("所有患者随访12个月，5例恢复月经。", 12, "month", "随访12个月"),
    ("术后随访1年，未见不良反应。", 1, "year", "随访1年"),
    ("随访时间为6~24个月。", 6, "month", "随访时间为6~24个月"),  # a range: its low end
    ("移植后3个月复查FSH。", 3, "month", "移植后3个月"),
    ("分别于治疗后1、3、6个月检测激素水平。", 6, "month", "治疗后1、3、6个月"),
    ("治疗后3个月和6个月FSH均下降。", 6, "month", "治疗后3个月和6个月"),
    ("末次注射后两周复查。", 2, "week", "末次注射后两周"),
    ("12个月的随访中无复发。", 12, "month", "12个月的随访"),
    ("Patients were followed up for 6 months.", 6, "month", "followed up for 6 months"),
    ("The median follow-up was 18 months.", 18, "month", "follow-up was 18 months"),
    ("A 12-month follow-up showed no tumour.", 12, "month", "12-month follow-up"),
    ("Hormones were measured at 1, 3 and 6 months after transplantation.", 6, "month",
     "1, 3 and 6 months after transplantation"),
    ("Two years post-transplant, menses had resumed.", 2, "year", "Two years post-transplant"),
    ("Mice were followed for only 28 days.", 28, "day", "followed for only 28 days"),
    ("No adverse event occurred during follow-up of twelve weeks.", 12, "week", "follow-up of twelve weeks"),
])
def test_a_follow_up_is_found_with_its_last_time_or_the_low_end_of_its_range(extractor, text, value, unit, span):
    assert follow_ups(extractor, text) == [(value, unit, span)]


@pytest.mark.parametrize("text, values, unit", [
    # the treatment named after "after/following" with words between
    ("Ovarian sections were stained 10 days after cell transplant.", [10], "day"),
    ("Serum AMH was checked 8 weeks following the final MSC infusion.", [8], "week"),
    # the time of treatment before the outcome
    ("Uteri and ovaries were weighed after three weeks of exosome treatment.", [3], "week"),
    ("Tissue was examined after either 5 or 12 days of therapy.", [5, 12], "day"),
    # the end point of an animal experiment
    ("The rats were sacrificed at 30 days and their ovaries fixed.", [30], "day"),
    ("Each mouse was euthanised on day 21.", [21], "day"),
    ("After 10 or 20 days the ovaries were harvested for histology.", [10, 20], "day"),
    ("At 6 weeks, all mice were culled.", [6], "week"),
    ("移植后21天处死大鼠，取双侧卵巢。", [21], "day"),
    ("第14天取材，行HE染色。", [14], "day"),
    ("分别于注射后7天或14天处死小鼠。", [7, 14], "day"),
])
def test_animal_end_points_and_times_after_treatment(extractor, text, values, unit):
    assert sorted(v for v, u, _ in follow_ups(extractor, text) if u == unit) == values


@pytest.mark.parametrize("text", [
    "Women aged 25 to 39 years were enrolled.",          # an age
    "患者年龄20～39岁，闭经≥4个月。",                        # an age, a duration of the disease
    "She had a regular 28-day menstrual cycle.",          # a cycle length
    "随访至2020年3月，5例妊娠。",                             # a date, not 2020 years
    "The cells were cultured for 14 days.",               # culture time
    "随访时间较短。",                                         # no number
    "Amenorrhoea had lasted for 2 years.",                # a duration of the disease
    "Cyclophosphamide was injected daily for 14 days.",   # a duration of dosing
    "The samples were collected from 12 patients.",       # an end-point word, no time
    "After 2 years of infertility she was referred.",     # no treatment, no end point
    "造模14天后，大鼠出现动情周期紊乱。",                        # time after making the model
    "于月经第2天收集经血，分离培养干细胞。",                        # the day of a harvest, not an end point
])
def test_what_is_no_follow_up(extractor, text):
    assert follow_ups(extractor, text) == []


def test_each_follow_up_names_its_rule_and_where_it_is_written(extractor):
    (fact,) = [f for f in extractor.facts(document_from_text("随访12个月。")) if f.type == "follow_up"]
    assert fact.rule == "follow_up.followed_for"
    file, _, line = fact.source.rpartition(":")
    assert file == "grammars/follow_up.yaml"
    written = (extractor.rules.directory / file).read_text(encoding="utf-8").splitlines()[int(line) - 1]
    assert "{follow}" in written and "{unit}" in written


def test_the_type_is_registered_with_its_form_sheet_column_and_evaluation_key():
    declared = fact_type("follow_up")
    assert "follow_up" in type_names()
    assert [f.name for f in declared.form] == ["value", "unit"]
    assert declared.sheet.names == ("follow_up_months",) and declared.sheet.cells({"value": 12.0, "unit": "month"}) == (12.0,)
    assert declared.sheet.cells({"value": 1.0, "unit": "year"}) == (12.0,)
    assert declared.sheet.cells({"value": 6.0, "unit": "week"}) == (1.38,)  # 6 / 4.348
    assert declared.sheet.cells({"value": 90.0, "unit": "day"}) == (2.96,)  # 90 / 30.4375
    assert declared.validate({"value": "6", "unit": "week"}) == {"value": 6.0, "unit": "week"}
    with pytest.raises(ValueError):
        declared.validate({"value": 6, "unit": "fortnight"})


def test_a_grammar_with_no_patterns_finds_no_follow_up(rules_copy):
    (rules_copy / "grammars" / "follow_up.yaml").write_text("fact: follow_up\nslots: {}\npatterns: []\n", encoding="utf-8")
    assert follow_ups(Extractor.load(rules_copy), "随访12个月。") == []


def test_a_word_added_to_the_grammar_file_is_found_without_code(rules_copy):
    path = rules_copy / "grammars" / "follow_up.yaml"
    text = path.read_text(encoding="utf-8")
    assert follow_ups(Extractor.load(rules_copy), "Patients were surveilled for 9 months.") == []
    path.write_text(text.replace("monitored, tracked,", "monitored, tracked, surveilled,"), encoding="utf-8")
    assert follow_ups(Extractor.load(rules_copy), "Patients were surveilled for 9 months.") == [
        (9, "month", "surveilled for 9 months")]


def _table(text: str):
    """A document whose blocks after the caption are the rows of one table."""
    from extractor.layout.document import BlockKind

    doc = document_from_text(text)
    for block in doc.blocks[1:]:
        block.kind = BlockKind.TABLE
    return doc


def test_a_follow_up_column_of_a_table_of_studies(extractor):
    doc = _table("Table 2. Studies included\n\n"
                 "Study | Animals | Route | Follow-up period | Outcome\n\n"
                 "Lee 2019 | rat | IV | 30 days | FSH\n\n"
                 "Ono 2020 | mouse | IO | 3 or 6 weeks | E2\n\n"
                 "Kim 2021 | mouse | IV | not reported | AMH")
    found = [(f.value["value"], f.value["unit"], f.text) for f in extractor.facts(doc) if f.type == "follow_up"]
    assert found == [(30, "day", "30 days"), (3, "week", "3 or 6 weeks"), (6, "week", "3 or 6 weeks")]
    (first, *_) = [f for f in extractor.facts(doc) if f.type == "follow_up"]
    assert first.rule == "follow_up.table.cell" and first.source.startswith("grammars/follow_up.yaml:")


def test_other_columns_and_rows_that_lost_a_cell_give_no_follow_up(extractor):
    doc = _table("表3 纳入研究\n\n"
                 "研究 | 细胞 | 造模时间\n\n"           # no follow-up column: the times are how long the model took
                 "王 2018 | BMSCs | 14天\n\n"
                 "李 2020 | UCMSCs | 21天")
    assert [f for f in extractor.facts(doc) if f.type == "follow_up"] == []
    doc = _table("表3 纳入研究\n\n研究 | 细胞 | 随访时间\n\n王 2018 | 6个月\n\n李 2020 | UCMSCs | 12个月")
    assert [(f.value["value"], f.text) for f in extractor.facts(doc) if f.type == "follow_up"] == [(12, "12个月")]



def test_a_bare_number_under_a_follow_up_column_takes_the_unit_its_head_names(extractor):
    doc = _table("Table 3. Clinical studies\n\n"
                 "Author | Patients | Follow-up (months) | Result\n\n"
                 "Ruiz 2018 | 12 | 6-24 | FSH fell\n\n"
                 "Sato 2020 | 8 | 18 (12-30) | AMH rose\n\n"
                 "Diaz 2021 | 5 | NR | none")
    found = [(f.value["value"], f.value["unit"], f.text) for f in extractor.facts(doc) if f.type == "follow_up"]
    assert found == [(6, "month", "6-24"), (18, "month", "18 (12-30)")]
    doc = _table("表3 临床研究\n\n作者 | 例数 | 随访时间（月） | 结果\n\n王 2019 | 10 | 6~24 | FSH下降")
    assert [(f.value["value"], f.value["unit"]) for f in extractor.facts(doc) if f.type == "follow_up"] == [(6, "month")]


def test_a_bare_number_under_a_head_without_a_unit_is_no_follow_up(extractor):
    doc = _table("Table 4. Studies\n\n"
                 "Author | Follow-up | Result\n\n"
                 "Ruiz 2018 | 24 | FSH fell")
    assert [f for f in extractor.facts(doc) if f.type == "follow_up"] == []
