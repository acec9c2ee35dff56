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
    ("随访时间为6~24个月。", 24, "month", "随访时间为6~24个月"),
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
def test_a_follow_up_is_found_with_its_longest_time(extractor, text, value, unit, span):
    assert follow_ups(extractor, text) == [(value, unit, span)]


@pytest.mark.parametrize("text", [
    "Women aged 25 to 39 years were enrolled.",          # an age
    "患者年龄20～39岁，闭经≥4个月。",                        # an age, a duration of the disease
    "She had a regular 28-day menstrual cycle.",          # a cycle length
    "随访至2020年3月，5例妊娠。",                             # a date, not 2020 years
    "The cells were cultured for 14 days.",               # culture time
    "随访时间较短。",                                         # no number
    "Amenorrhoea had lasted for 2 years.",                # a duration of the disease
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
    path.write_text(text.replace("monitored, tracked]", "monitored, tracked, surveilled]"), encoding="utf-8")
    assert follow_ups(Extractor.load(rules_copy), "Patients were surveilled for 9 months.") == [
        (9, "month", "surveilled for 9 months")]
