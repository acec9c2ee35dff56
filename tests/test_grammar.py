"""Grammar files (extractor/ruleset/grammar.py): parts and how they combine,
validated and compiled when the rules are loaded."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.ruleset.grammar import GrammarError, GrammarFile, compile_grammar, letter_runs, numbers_of
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
                                          ("twelve", [12]), ("两", [2]), (None, []),
                                          # a separator only as a whole word: "forty" holds "or"
                                          ("forty", [40]), ("Forty-Two", [42]), ("one hundred and twenty", [120]),
                                          ("one and two", [1, 2]), ("three-four", [3, 4]), ("6 to 12", [6, 12])])
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


def _with_patterns(patterns: list[dict]):
    return compile_grammar(GrammarFile.model_validate({
        "fact": "sessions",
        "slots": {"lab": {"en": ["washed", "centrifuged"], "zh": ["离心"]}, "times": {"en": ["times"]}},
        "patterns": patterns,
    }))


def test_a_veto_pattern_is_told_apart_and_found_by_kind():
    g = _with_patterns([{"id": "lab", "veto": True, "en": ["{lab} {number} {times}"], "zh": ["{lab}{number}次"]},
                        {"id": "count", "en": ["injected {number} {times}"]}])
    text = "Cells were washed 3 times and injected 2 times."
    assert [m.pattern for m in g.find(text)] == ["lab", "count"]
    assert [m.pattern for m in g.find(text, "veto")] == ["lab"] and g.is_veto("lab")
    assert [m.pattern for m in g.find(text, "fact")] == ["count"] and not g.is_veto("count")


def test_a_pattern_with_anchors_is_tried_only_where_a_word_of_them_stands():
    g = _with_patterns([{"id": "lab", "anchors": ["lab"], "en": ["(?:{lab}|spun) {number} {times}"]}])
    assert [m.text[m.start:m.end] for m in g.find("Cells were Washed 3 times.")] == ["Washed 3 times"]
    assert g.find("Cells were spun 3 times.") == []  # no word of the anchor: not tried


def test_each_with_says_whether_every_number_of_a_list_counts():
    g = _with_patterns([{"id": "killed", "each_with": ["lab"], "en": ["{number} and {number} {times}"]}])
    (washed,) = g.find("Cells were washed 2 and 3 times, then counted.")
    (plain,) = g.find("Cells were kept 2 and 3 times; they were washed later.")
    assert g.each_number_counts(washed)  # a word of the slot in the match's clause
    assert not g.each_number_counts(plain)  # only in another clause


def test_an_each_with_slot_must_be_a_word_slot_of_the_file(rules_copy):
    error = _broken(rules_copy, "  - id: after_the_model\n", "  - id: after_the_model\n    each_with: [modle]\n")
    (problem,) = error.errors
    assert Path(problem.file).name == "follow_up.yaml" and "each_with" in problem.detail and "modle" in problem.detail


def test_a_pattern_says_how_its_numbers_are_judged():
    g = _with_patterns([{"id": "named", "judged": "as_read", "en": ["{number} {times}"]},
                        {"id": "plain", "en": ["{lab} {number}"]}])
    assert (g.judged("named"), g.judged("plain")) == ("as_read", "by_type")


def test_a_judgement_no_pattern_can_make_is_a_rule_error(rules_copy):
    error = _broken(rules_copy, "  - id: after_the_model\n", "  - id: after_the_model\n    judged: maybe\n")
    (problem,) = error.errors
    assert Path(problem.file).name == "follow_up.yaml" and "judged" in problem.detail


def test_chinese_expressions_are_tried_only_on_chinese_text():
    g = _with_patterns([{"id": "lab", "zh": ["{number}\\s*times"]}])
    assert g.find("3 times") == [] and [m.pattern for m in g.find("离心 3 times")] == ["lab"]


def test_an_anchor_that_is_no_slot_is_a_rule_error(rules_copy):
    error = _broken(rules_copy, "  - id: followed_for\n", "  - id: followed_for\n    anchors: [folow]\n")
    (problem,) = error.errors
    assert Path(problem.file).name == "follow_up.yaml" and "folow" in problem.detail


def test_an_anchor_on_a_mention_slot_is_a_rule_error(rules_copy):
    # a mention is no word to spot in the text: the file is refused with the
    # pattern named, before any work starts
    error = _broken(rules_copy, "  - id: after_the_model\n", "  - id: after_the_model\n    anchors: [model]\n")
    (problem,) = error.errors
    assert Path(problem.file).name == "follow_up.yaml" and "after_the_model" in problem.detail
    assert "mentions" in problem.detail


# --------------------------------------------------------------------------- mention slots, {clause}

from extractor.matching.mentions import Mention  # noqa: E402

SAID = GrammarFile.model_validate({
    "fact": "route",
    "slots": {
        "act": {"en": ["injected"], "zh": ["注射"]},
        "moved": {"en": ["migrated"]},
        "hormone": {"mentions": "hormone"},
        "named": {"mentions": "route", "barrier": True},
    },
    "patterns": [
        {"id": "into", "en": ["{act}{clause:40!moved} into {named}"]},
        {"id": "fell", "en": ["{hormone} fell"], "zh": ["{hormone}{clause:6}下降"]},
    ],
})


def _mention(text: str, part: str, kind: str, id_: str) -> Mention:
    start = text.index(part)
    return Mention(kind, id_, start, start + len(part), part, f"{kind}.term")


def test_a_mention_slot_matches_the_matchers_mentions_with_their_ids():
    g = compile_grammar(SAID)
    text = "Serum FSH fell; FSHR fell."
    (m,) = g.find(text, mentions=[_mention(text, "FSH", "hormone", "FSH")])  # FSHR is no mention: not matched
    assert (m.pattern, m.part("hormone"), [h.id for h in m.mentions("hormone")]) == ("fell", "FSH", ["FSH"])
    assert g.find(text) == []  # no mentions, no hormone
    zh = "卵泡刺激素水平明显下降"
    (m,) = g.find(zh, mentions=[_mention(zh, "卵泡刺激素", "hormone", "FSH")])
    assert (m.start, m.end, m.mentions("hormone")[0].id) == (0, len(zh), "FSH")


def test_a_clause_takes_numbers_but_no_break_no_barrier_mention_and_no_word_it_leaves_out():
    g = compile_grammar(SAID)
    text = "cells (2 x 10^6) were injected slowly (20 uL) into the tail vein"
    (m,) = g.find(text, mentions=[_mention(text, "the tail vein", "route", "intravenous")])
    assert m.text[m.start:m.end] == "injected slowly (20 uL) into the tail vein"
    for blocked in ("injected, then into the tail vein", "injected cells migrated into the tail vein"):
        assert g.find(blocked, mentions=[_mention(blocked, "the tail vein", "route", "intravenous")]) == []
    crossing = "injected intravenously into the tail vein"
    found = g.find(crossing, mentions=[_mention(crossing, "intravenously", "route", "intravenous"),
                              _mention(crossing, "the tail vein", "route", "intravenous")])
    assert found == []  # a route named between is a barrier


def test_an_aside_in_brackets_is_part_of_a_long_clause_commas_and_all():
    g = compile_grammar(SAID)
    text = "injected into three groups (A: 3 x 10^6, B: 1 x 10^6, C: 3 x 10^5) into the jugular vein"
    (m,) = g.find(text, mentions=[_mention(text, "the jugular vein", "route", "intravenous")])
    assert m.text[m.start:m.end] == text
    for blocked in ("injected into three groups (A, B; C) into the jugular vein",  # a ; ends the clause, in brackets too
                    "injected (cells migrated, then) into the jugular vein"):       # a word it leaves out, in brackets too
        assert g.find(blocked, mentions=[_mention(blocked, "the jugular vein", "route", "intravenous")]) == []
    short = "FSH（P＜0.05，n＝12）下降"  # {clause:6}: what stands right beside a word, no aside
    assert g.find(short, mentions=[_mention(short, "FSH", "hormone", "FSH")]) == []


def test_an_unknown_mention_kind_or_left_out_slot_is_an_error():
    import pydantic

    with pytest.raises(pydantic.ValidationError, match="no mention kind"):
        GrammarFile.model_validate({"fact": "route", "slots": {"x": {"mentions": "hormones"}}, "patterns": []})
    bad = SAID.model_copy(update={"patterns": (SAID.patterns[0].model_copy(update={"en": ("{act}{clause:9!nothing} x",)}),)})
    with pytest.raises(GrammarError, match="nothing is no slot"):
        compile_grammar(bad)


def test_patterns_using_a_slot():
    g = compile_grammar(SAID)
    assert g.patterns_using("hormone") == {"fell"} and g.pattern_ids() == {"into", "fell"}
    assert [m.pattern for m in g.find("x FSH fell", mentions=[Mention("hormone", "FSH", 2, 5, "FSH", "t")], patterns={"into"})] == []


def test_a_pattern_is_tried_only_on_a_text_that_holds_every_part_it_needs():
    from extractor.ruleset.grammar import _mandatory_groups

    # groups: 1 (f, in a negative lookbehind: needs nothing), 2 (a), 3 (b, optional), 4 (c) or
    # 5 (d), 6 (e, in a lookahead: the text holds it)
    needs = _mandatory_groups(r"(?<!(?P<f>u))(?P<a>x)(?P<b>y)?(?:(?P<c>z)|(?P<d>w))(?=(?P<e>v))")
    assert needs == [frozenset({2}), frozenset({4, 5}), frozenset({6})]
    g = compile_grammar(GRAMMAR)
    assert [sorted(n) for n in g._patterns[0].required] == [["follow"], ["numbers"], ["unit"]]
    # the same matches as without the check: it only skips what cannot match
    assert [m.pattern for m in g.find("followed up for 6 months; 随访12个月")] == ["followed_for", "followed_for"]


def test_the_quick_word_check_never_hides_a_match_the_full_expression_finds():
    g = compile_grammar(GrammarFile.model_validate({
        "fact": "cell_type",
        "slots": {"kind": {"en": ["stem cells"]}, "from": {"en": ["isolated"]}},
        "patterns": [{"id": "from", "en": ["{kind} {gap:2}{from}"]}],
    }))
    assert [m.part("kind") for m in g.find("Stem  cells were isolated")] == ["Stem  cells"]
    # "ſ" (long s) and "ı" (dotless i) match s and i in any case, yet lower-case to themselves
    assert [m.part("kind") for m in g.find("ſtem cells were ısolated")] == ["ſtem cells"]
    assert g.find("cells were isolated") == []


def test_a_text_asked_twice_is_masked_once_and_new_mentions_are_masked_anew():
    g = compile_grammar(SAID)
    text = "Serum FSH fell; LH fell."
    fsh = [_mention(text, "FSH", "hormone", "FSH")]
    assert [m.part("hormone") for m in g.find(text, mentions=fsh)] == ["FSH"]
    assert [m.part("hormone") for m in g.find(text, mentions=fsh, patterns={"fell"})] == ["FSH"]
    both = fsh + [_mention(text, "LH", "hormone", "LH")]
    assert [m.mentions("hormone")[0].id for m in g.find(text, mentions=both)] == ["FSH", "LH"]
    assert [m.part("hormone") for m in g.find(text, mentions=iter(fsh))] == ["FSH"]
    assert g.find(text) == []


@pytest.mark.parametrize("text", [
    "Serum FSH fell; the cells were injected into the ovary.",
    "SERUM FSH FELL",
    "serum \ue100\ue101\ue101 fell",  # a text bringing a mask character of its own
    "ſerum FSH fell, cells were ınjected",
    "卵泡刺激素水平明显下降",
    "nothing of the kind here",
])
def test_a_gate_shuts_only_calls_that_cannot_match(text, monkeypatch):
    from extractor.ruleset.grammar import CompiledGrammar

    mentions = [_mention(text, "FSH", "hormone", "FSH")] if "FSH" in text else []
    found = {}
    for gated in (True, False):
        if not gated:
            monkeypatch.setattr(CompiledGrammar, "_gate", lambda self, *args: None)
        g = compile_grammar(SAID)
        found[gated] = [(m.pattern, m.start, m.end) for k in (None, "fact") for pats in (None, {"fell"})
                        for m in g.find(text, k, mentions=mentions, patterns=pats)]
    assert found[True] == found[False]


def test_a_gate_is_built_from_what_every_expression_needs():
    g = compile_grammar(GRAMMAR)
    # every expression needs a word of "follow" (followed up / 随访); "month" is no rarer
    assert g.find("Bloods were drawn at 3 months.") == []
    assert g._gates[(False, None, None, False)] is not None
    assert [m.pattern for m in g.find("FOLLOWED\n up for 3 months")] == ["followed_for"]


@pytest.mark.parametrize("pattern, expected", [
    (r"ab(?:cd|e)f", (("ab",), False)),
    (r"(?i)Ab(c)\bde", (("abcde",), True)),  # groups open in place, \b takes no character
    (r"x(?=y)y", (("xy",), False)),  # an assertion takes no character
    (r"x(?=yz)y", (("yz",), False)),  # what a lookahead asks for: runs of its own, the text holds them
    (r"(?<=abc)x(?!yzw)", (("abc",), False)),  # a lookbehind's too; nothing of a negative one
    (r"a+b", (("b",), False)),
    (r"(?i:ab)cd", (("cd",), False)),  # a group with flags of its own is passed over
    (r"(?i)脐(?:带)?血", (("脐",), False)),  # no case to ignore
    (r"(?i)\b(cells?|MSCs?|stem)\b", (("cell", "msc", "stem"), True)),  # one run of each branch
    (r"x(?:abc|d|e+)", (("x",), False)),  # a branch without a run: the sequence's run
    (r"(?i)straße", None),  # a case-blind run outside ASCII: none known
    (r"[ab]+", None),
    (r"[↑⬆]", (("↑", "⬆"), False)),  # a class written out: one of its characters
    (r"x[^ab]", (("x",), False)),  # a class left out: nothing known of it
    (r"(?i)\b(?:case|patient)\s+\d|第\s*\d+\s*例", (("case", "patient", "第"), True)),  # every branch's runs
])
def test_mandatory_text(pattern, expected):
    import re

    from extractor.ruleset.grammar import mandatory_text

    assert mandatory_text(re.compile(pattern)) == expected


def test_mandatory_texts_gives_every_set_of_runs():
    import re

    from extractor.ruleset.grammar import mandatory_texts

    regex = re.compile(r"by\s+the\s+(?:end|close)\s+of\s+\d+\s+months", re.IGNORECASE)
    assert mandatory_texts(regex) == ((("by",), True), (("the",), True), (("end", "close"), True), (("of",), True),
                                      (("months",), True))
    assert mandatory_texts(re.compile(r"[ab]+")) == ()


def test_an_expression_is_tried_only_on_a_text_holding_its_own_rarer_runs():
    g = compile_grammar(GrammarFile.model_validate({
        "fact": "follow_up",
        "slots": {"unit": [{"id": "month", "terms": {"en": ["months"]}}]},
        "patterns": [{"id": "end_of_study", "en": [r"by the (?:end|close) of the {numbers} {unit} study"]}],
    }))
    expression = g._patterns[0]
    assert (("end", "close"), True) in expression.literals  # "by", "of": found almost everywhere, not asked
    assert (("by",), True) not in expression.literals
    assert [m.pattern for m in g.find("By the END of the 12 months study, all had conceived.")] == ["end_of_study"]
    assert g.find("By the start of the 12 months study, none had.") == []
    # the quick tests say so too, the ASCII screen of one pass as may_find
    screen = g.ascii_screen(mentions=False)
    for text, holds in [("By the END of the 12 months study, all had conceived.", True),
                        ("By the start of the 12 months study, none had.", False)]:
        assert g.may_find(text) is holds
        assert screen.opens(text, letter_runs(text), frozenset()) is holds


def test_the_sieve_keeps_only_expressions_whose_own_runs_stand_in_its_runs_of_letters():
    g = compile_grammar(GrammarFile.model_validate({
        "fact": "follow_up",
        "slots": {"unit": [{"id": "month", "terms": {"en": ["months"]}}]},
        "patterns": [{"id": "end_of_study", "en": [r"by the (?:end|close) of the {numbers} {unit} study"]},
                     {"id": "after_surgery", "en": [r"{numbers} {unit} post-?operati(?:ve|on)"]},
                     {"id": "in_total", "en": [r"{numbers} {unit} in total"]}],
    }))
    end_of_study, after_surgery, _ = g._patterns
    # "by the ", "end" or "close", " of the ", " months study": of one run each of its runs of letters
    assert end_of_study.pieces == tuple(map(frozenset, [{"by"}, {"the"}, {"end", "close"}, {"of"},
                                                              {"months"}, {"study"}]))
    assert frozenset({"operati"}) in after_surgery.pieces

    def tried(text: str) -> list[str]:
        return [c.pattern for c in g._screened(g._patterns, text, None, (), None) or ()]

    assert tried("By the END of the 12 months study") == ["end_of_study"]
    assert tried("By the start of the 12 months in total") == ["in_total"]
    # a run inside a longer run of letters is held, as the expression's own check says
    assert tried("By the endless of the 12 months studying") == ["end_of_study"]
    assert tried("At 3 months postoperatively") == ["after_surgery"]
    assert tried("By the END of the 12 months study (± 2 months)") == ["end_of_study"]  # not ASCII: the same
    for text in ["By the END of the 12 months study", "By the start of the 12 months in total",
                 "At 3 months postoperatively", "12 months in total", "nothing",
                 "12 MONTHS IN TOTAL (±)", "12 months in total \u212a"]:  # K: the kelvin sign
        written = [c.pattern for c in g._patterns if c.written_in(text)]  # (the sieve keeps all of these)
        assert written == [p for p in tried(text) if p in written]


def test_an_expression_of_no_slot_worth_a_check_is_gated_by_a_symbol_it_writes():
    g = compile_grammar(GrammarFile.model_validate({
        "fact": "sample_size",
        "slots": {"people": {"en": ["patients"]}},
        "patterns": [{"id": "n_listed", "en": [r"(?<![A-Za-z])n\s*=\s*{number}\s*,\s*{number}(?=\s*[)\]])"]},
                     {"id": "people", "en": ["{number} {people}"]}],
    }))
    listed = g._patterns[0]
    assert (("=",), False) in listed.literals  # a symbol is rarer than a letter or a comma
    gate = g._gate(g._patterns, "fact", None, False)
    assert gate is not None and gate.closes and {"=", "patients"} <= gate.literals
    screen = g.ascii_screen(mentions=False)
    for text, holds in [("Two groups (n = 12, 14) were compared.", True),
                        ("Two groups (n 12, 14) were compared.", False),
                        ("Of 12 patients, 3 recovered.", True)]:
        assert bool(g.find(text)) is holds
        assert g.may_find(text) is holds
        assert screen.opens(text, letter_runs(text), frozenset()) is holds
    # a letter whose case the engine reads otherwise is searched in full
    assert [m.pattern for m in g.find("Of 12 patient\u017f, 3 recovered.")] == ["people"]
    assert g.may_find("Of 12 patient\u017f, 3 recovered.")


def test_what_a_lookahead_asks_for_is_asked_of_the_text_before_the_expression_is_tried():
    g = compile_grammar(GrammarFile.model_validate({
        "fact": "sessions",
        "slots": {"noun": {"en": ["injections"]}},
        "patterns": [{"id": "first", "en": [r"(?<!\w)(?:one|two)(?=\s+(?:or|and)\s+(?:two|three)\s+{noun})"]}],
    }))
    assert [m.text[m.start:m.end] for m in g.find("one or two injections")] == ["one"]
    assert not g.may_find("one or two of them")  # its slot stands in the lookahead only
    assert not g.may_find("one or two treatments")


@pytest.mark.parametrize("text, expected", [
    ("Patient 3 recovered.", True),
    ("患者第2例恢复。", True),
    ("The CASE 4 – a woman of 30 – recovered.", True),  # outside ASCII: the lower-cased text is asked
    ("The cells were injected.", False),
    ("Ca\u017fe 4 recovered.", True),  # ſ matches a case-blind s: such a text is searched
])
def test_may_match_asks_the_lower_cased_text_unless_a_letter_could_hide(text, expected):
    import re

    from extractor.ruleset.grammar import mandatory_text, may_match

    regex = re.compile(r"\b(?:case|patient)\s+\d|第\s*\d+\s*例", re.IGNORECASE)
    assert may_match(mandatory_text(regex), text) is expected
    if not expected:
        assert regex.search(text) is None
    assert may_match(None, text) is True


@pytest.mark.parametrize("text", [
    "All were followed up for 3 months.",
    "All were re-followed up for 3 months.",  # "followed" is a run of its own after a hyphen
    "All were refollowed up for 3 months.",  # a run longer than the word: no match
    "FOLLOWED UP for 6 months",
    "followed-up for 6 months",
    "随访12个月",
    "nothing to see here",
])
def test_a_gate_by_whole_words_shuts_only_calls_that_cannot_match(text, monkeypatch):
    from extractor.ruleset.grammar import CompiledGrammar

    gated = [(m.pattern, m.start, m.end) for m in compile_grammar(GRAMMAR).find(text)]
    monkeypatch.setattr(CompiledGrammar, "_gate", lambda self, *args: None)
    assert gated == [(m.pattern, m.start, m.end) for m in compile_grammar(GRAMMAR).find(text)]
    if "months" in text and "refollowed" not in text and "-up" not in text:
        assert gated


def test_a_gate_knows_the_first_run_of_letters_of_each_needed_word():
    g = compile_grammar(GRAMMAR)
    g.find("x")
    gate = g._gates[(False, None, None, False)]
    assert gate.runs == frozenset({"followed"})  # of "followed up"; 随访 is never in an ASCII text


#: a grammar whose words start with Latin letters, Chinese characters and other characters
SIEVED = GrammarFile.model_validate({
    "fact": "follow_up",
    "slots": {
        "unit": [{"id": "day", "max": 3650, "terms": {"en": ["days", "d"], "zh": ["天", "日"]}},
                 {"id": "month", "max": 600, "terms": {"en": ["months", "mo"], "zh": ["个月"]}}],
        "follow": {"en": ["followed up", "follow-up", "kept"], "zh": ["随访", "观察"]},
        "sign": {"en": ["≥", "(n"]},
        "hormone": {"mentions": "hormone"},
    },
    "patterns": [
        {"id": "followed_for", "en": ["{follow} for {numbers} {unit}"], "zh": ["{follow}{numbers}{unit}"]},
        {"id": "unit_first", "en": ["{unit} {number} of {follow}"]},
        {"id": "signed", "en": ["{sign} ?{number} {unit}"]},
        {"id": "hormone_at", "en": ["{hormone} at {number} {unit}"], "zh": ["{hormone}{clause:6}{number}{unit}"]},
    ],
})


@pytest.mark.parametrize("text", [
    "All were followed up for 3 months.",
    "All were kept for 30 d, then followed up for 12 mo.",
    "All were refollowed up for 3 months.",  # a run longer than the word: no match
    "Kept for 3 days",  # K, the kelvin sign, is k to a case-blind match
    "ſeen: followed up for 2 daysſ",
    "Day 7 of follow-up; mice (n 5) at ≥ 14 d",
    "FSH at 6 months; FSHd at 3 d",
    "血清FSH在治疗后第3个月下降, 随访12个月",
    "患者随访6个月（follow-up for 6 months）",
    "ＦＯＬＬＯＷＥＤ UP for 3 months; 观察3天",
    "nothing to see here",
    "无相关内容",
])
def test_the_sieve_keeps_every_expression_that_matches(text, monkeypatch):
    """The expressions tried are sieved by the text's runs of letters and
    Chinese characters; what is found is what every expression, tried on the
    text, finds."""
    from extractor.ruleset.grammar import CompiledGrammar, _RunSieve

    mentions = [_mention(text, "FSH", "hormone", "FSH")] if "FSH" in text else []

    def every(g) -> list:
        return [(m.pattern, m.start, m.end) for k in (None, "fact") for pats in (None, {"followed_for"})
                for m in g.find(text, k, mentions=mentions, patterns=pats)]

    sieved = every(compile_grammar(SIEVED))
    monkeypatch.setattr(_RunSieve, "keep", lambda self, selected, runs, pieces=None: selected)
    monkeypatch.setattr(CompiledGrammar, "_gate", lambda self, *args: None)
    assert sieved == every(compile_grammar(SIEVED))
    if ("months" in text or "个月" in text) and "refollowed" not in text:
        assert sieved


@pytest.mark.parametrize("text", [
    "All were FOLLOWED UP for 3 Months.",
    "All were refollowed up for 3 months; kept for 30 d",
    "FSHmonths at 3 d; FSH at 6 months",  # a word right after a mention's mask
    "Kept for 3 days; İkept for 4 days",  # K (kelvin) is k, İ lower-cases to two characters
    "ſeen: followed up for 2 daysſ",
    "血清FSH在治疗后第3个月下降, 随访十二个月",
    "followed up for three months",
    "nothing to see here",
])
def test_a_part_is_found_where_the_slot_expression_finds_it(text, monkeypatch):
    """Whether a text holds a slot's word or a number is told from the
    lower-cased masked text and from a digit; the answer is the one the
    slot's own case-blind expression gives on the masked text."""
    from extractor.ruleset import grammar

    mentions = [_mention(text, "FSH", "hormone", "FSH")] if "FSH" in text else []

    def every() -> list:
        g = compile_grammar(SIEVED)
        return [(m.pattern, m.start, m.end) for m in g.find(text, mentions=mentions)]

    quick = every()
    monkeypatch.setattr(grammar.CompiledGrammar, "_searched_lowered", lambda self, state: None)
    monkeypatch.setattr(grammar, "_NUMBERS", frozenset())
    assert quick == every()


def test_the_sieve_tries_only_expressions_whose_words_stand_in_the_text():
    g = compile_grammar(SIEVED)
    assert g.find("The dose was kept at 5 mg.") == []  # 'kept', but no unit and no 'for'
    # of every expression, none was tried: the sieve kept none
    assert [kept for sieve in g._sieves.values() for kept in sieve.kept.values()] == [[]]
    assert [m.pattern for m in g.find("kept for 30 d")] == ["followed_for"]


def test_a_pattern_may_count_only_in_a_sentence_holding_a_mention_of_a_kind():
    g = compile_grammar(GrammarFile.model_validate({
        "fact": "follow_up",
        "slots": {"unit": [{"id": "month", "terms": {"en": ["months"]}}]},
        "patterns": [{"id": "time_point", "in_sentence_with": ["hormone"], "en": ["at {number} {unit}"]}],
    }))
    assert [m.pattern for m in g.find("AMH was higher at 6 months.", holds={"hormone"})] == ["time_point"]
    assert g.find("AMH was higher at 6 months.", holds={"cell_type"}) == []
    assert g.find("AMH was higher at 6 months.") == []


def test_a_kind_a_pattern_asks_of_its_sentence_must_be_a_mention_kind():
    with pytest.raises(ValueError, match="no mention kind"):
        GrammarFile.model_validate({
            "fact": "follow_up", "slots": {"unit": {"en": ["months"]}},
            "patterns": [{"id": "p", "in_sentence_with": ["hormones"], "en": ["at {unit}"]}],
        })


def test_a_slot_every_alternative_needs_is_needed_on_its_own():
    g = compile_grammar(GrammarFile.model_validate({
        "fact": "follow_up",
        "slots": {"unit": [{"id": "month", "terms": {"en": ["months"]}}], "at": {"en": ["at", "by"]}},
        "patterns": [{"id": "either_way", "en": ["{at} (?:{unit} {number}|{number} {unit})"]}],
    }))
    (c,) = g._selection(g._patterns, None, None, False)
    # the unit and the number each on their own, not "one of them"
    assert set(c.required) == {frozenset({"at"}), frozenset({"unit"}), frozenset({"number"})}
    assert [m.pattern for m in g.find("seen at 6 months")] == ["either_way"]
    assert g.find("seen at 6 weeks") == []
