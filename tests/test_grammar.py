"""Grammar files (extractor/ruleset/grammar.py): parts and how they combine,
validated and compiled when the rules are loaded."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.ruleset.grammar import GrammarFile, compile_grammar, numbers_of
from extractor.ruleset.model import RuleError, load_rules

GRAMMAR = GrammarFile.model_validate({
    "fact": "follow_up",
    "slots": {
        "unit": [{"id": "month", "max": 600, "terms": {"en": ["months", "month"], "zh": ["个月"]}}],
        "follow": {"en": ["followed up"], "zh": ["随访"]},
    },
    "patterns": [
        {"id": "followed_for", "en": ["{follow} for {numbers} {unit}"], "zh": ["{follow}{numbers}{unit}"]},
        {"id": "gap", "en": ["{follow}{gap:2} {number} {unit}"]},
    ],
})


def test_slots_and_builtins_combine():
    g = compile_grammar(GRAMMAR)
    (m,) = g.find("All were Followed  up for 3 or 6 months.")
    assert (m.pattern, m.lang, m.text[m.start:m.end]) == ("followed_for", "en", "Followed  up for 3 or 6 months")
    assert m.part("numbers") == "3 or 6" and g.slot_id("unit", m.part("unit")) == "month"
    (m,) = g.find("随访12个月")
    assert (m.pattern, m.lang, m.part("numbers")) == ("followed_for", "zh", "12")


def test_english_words_match_whole():
    assert compile_grammar(GRAMMAR).find("refollowed up for 3 monthsx") == []


def test_a_gap_takes_a_few_words_and_no_number():
    g = compile_grammar(GRAMMAR)
    assert [m.pattern for m in g.find("followed up by phone 4 months")] == ["gap"]
    assert g.find("followed up closely by phone 4 months") == []  # three words: more than {gap:2}
    assert g.find("followed up in 2 clinics over 4 months") == []


@pytest.mark.parametrize("text, values", [("1, 3 and 6", [1, 3, 6]), ("6~24", [6, 24]), ("1、3、6", [1, 3, 6]),
                                          ("twelve", [12]), ("两", [2]), (None, [])])
def test_numbers_of(text, values):
    assert numbers_of(text) == values


def _broken(rules_copy: Path, old: str, new: str) -> RuleError:
    path = rules_copy / "grammars" / "follow_up.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_rules(rules_copy)
    return err.value


def test_a_pattern_naming_no_slot_is_a_rule_error_with_file_line_and_entry(rules_copy):
    error = _broken(rules_copy, "{follow}(?:时间", "{folow}(?:时间")
    (problem,) = error.errors
    text = (rules_copy / "grammars" / "follow_up.yaml").read_text(encoding="utf-8").splitlines()
    assert Path(problem.file).name == "follow_up.yaml" and "{folow}" in text[problem.line - 1]
    assert problem.entry == "patterns[0] (followed_for).zh[0]" and "{folow} is no slot" in problem.detail


def test_a_table_pattern_naming_no_slot_is_a_rule_error_with_its_line(rules_copy):
    (problem,) = _broken(rules_copy, "zh: ['^约?{numbers}", "zh: ['^约?{nothing}").errors
    text = (rules_copy / "grammars" / "follow_up.yaml").read_text(encoding="utf-8").splitlines()
    assert "{nothing}" in text[problem.line - 1] and problem.entry.startswith("table.patterns[0]")


def test_a_pattern_that_is_no_regular_expression_is_a_rule_error(rules_copy):
    (problem,) = _broken(rules_copy, "{follow}(?:时间", "{follow}((?:时间").errors
    assert "no regular expression" in problem.detail


def test_an_unknown_key_is_a_rule_error(rules_copy):
    (problem,) = _broken(rules_copy, "fact: follow_up", "fact: follow_up\nfacts: []").errors
    assert problem.line == (rules_copy / "grammars" / "follow_up.yaml").read_text(encoding="utf-8").splitlines().index("facts: []") + 1


def test_an_edited_grammar_is_read_again(rules_copy):
    first = load_rules(rules_copy)
    assert "follow_up" in first.grammars
    path = rules_copy / "grammars" / "follow_up.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("tracked]", "tracked, surveilled]"), encoding="utf-8")
    import os
    os.utime(path, (1, 1))
    assert load_rules(rules_copy) is not first
