"""Hormone changes (extractor/hormones.py).

Every sentence here is written for the test, not taken from a paper.  The
mentions are found by :func:`find_mentions`, a plain substring finder over
the rule terms (tests only: the real matcher is extractor/matchers.py).  It
hands over *all* matches, overlapping ones included, so these tests also
check that hormone_changes resolves overlaps itself.
"""

from __future__ import annotations

import re
import shutil

import pytest

from extractor.facts.hormones import HormoneChange, hormone_changes
from extractor.matching.mentions import Mention
from extractor.ruleset.model import load_rules

RULES = load_rules()

ALL_KINDS = (
    "hormone", "direction", "comparison",
    "negation", "pseudo_negation", "terminator", "hedge", "species", "in_vitro",
)


_COMPILED: dict[int, list] = {}


def _compiled(rules) -> list:
    """(kind, regex, id, source, position, rule) for every term, pattern and
    exclude (rule None), compiled once per rule set."""
    key = id(rules)
    if key not in _COMPILED:
        table = []
        for kind in ALL_KINDS:
            for t in rules.terms(kind):
                pat = re.escape(t.text)
                if t.text[0].isascii() and t.text[0].isalnum():
                    pat = r"(?<![A-Za-z0-9])" + pat
                if t.text[-1].isascii() and t.text[-1].isalnum():
                    pat += r"(?![A-Za-z0-9])"
                rx = re.compile(pat, 0 if t.case_sensitive else re.IGNORECASE)
                table.append((kind, rx, t.id, t.source, t.position, f"{kind}.term"))
            for p in rules.patterns(kind):
                table.append((kind, p.regex, p.id, p.source, p.position, f"{kind}.pattern"))
            for ex in rules.excludes(kind):
                table.append((kind, re.compile(re.escape(ex.text), re.IGNORECASE), ex.id, ex.source, "any", None))
        _COMPILED[key] = (rules, table)  # keep rules alive so the id stays theirs
    return _COMPILED[key][1]


def find_mentions(sentence: str, rules=RULES, kinds=ALL_KINDS) -> list[Mention]:
    """Every term and pattern of ``kinds`` found in ``sentence``, overlaps kept.

    English edges are word boundaries; a match inside an ``exclude`` string of
    its id is dropped (PGE2 is no E2).
    """
    out: list[Mention] = []
    excluded: list[tuple[str, str, int, int]] = []
    for kind, rx, id_, source, position, rule in _compiled(rules):
        if kind not in kinds:
            continue
        for m in rx.finditer(sentence):
            if rule is None:
                excluded.append((kind, id_, m.start(), m.end()))
            else:
                out.append(Mention(kind, id_, m.start(), m.end(), m.group(), rule, source, position))
    return [
        o for o in out
        if not any(o.kind == k and o.id == i and a <= o.start and o.end <= b for k, i, a, b in excluded)
    ]


def changes(sentence: str, lang: str, rules=RULES) -> list[HormoneChange]:
    return hormone_changes(sentence, find_mentions(sentence, rules), rules, lang)


def summary(sentence: str, lang: str, rules=RULES) -> list[tuple[str, str]]:
    return sorted((c.hormone, c.direction) for c in changes(sentence, lang, rules))


# (sentence, lang, expected {hormone: direction}) -------------------------

CHANGES = [
    # --- Chinese: cue before / after the hormone
    ("干细胞移植可降低FSH水平", "zh", {"FSH": "decrease"}),
    ("治疗3个月后FSH水平下降", "zh", {"FSH": "decrease"}),
    ("移植后患者的抗米勒管激素水平较治疗前明显升高", "zh", {"AMH": "increase"}),
    ("治疗后窦卵泡计数增加", "zh", {"AFC": "increase"}),
    ("随访期间卵巢体积增大", "zh", {"ovarian_volume": "increase"}),
    ("抑制素B水平较治疗前升高", "zh", {"INHB": "increase"}),
    ("注射后黄体生成素水平回落", "zh", {"LH": "decrease"}),
    # --- Chinese: coordination and competing cues
    ("外泌体可升高雌二醇和抗米勒管激素水平", "zh", {"E2": "increase", "AMH": "increase"}),
    ("雌二醇和AMH水平升高", "zh", {"E2": "increase", "AMH": "increase"}),
    ("降低卵泡刺激素水平、升高雌二醇和抗米勒管激素水平", "zh",
     {"FSH": "decrease", "E2": "increase", "AMH": "increase"}),
    ("移植后患者FSH、LH水平明显下降，E2水平升高", "zh",
     {"FSH": "decrease", "LH": "decrease", "E2": "increase"}),
    ("治疗后AMH升高、FSH下降", "zh", {"AMH": "increase", "FSH": "decrease"}),
    ("FSH下降，AMH无明显变化", "zh", {"FSH": "decrease", "AMH": "no_change"}),
    ("血清FSH及LH水平均降低", "zh", {"FSH": "decrease", "LH": "decrease"}),
    ("雌二醇(E2)水平升高", "zh", {"E2": "increase"}),  # named twice, one fact
    # --- Chinese: from … to
    ("FSH从89降至42", "zh", {"FSH": "decrease"}),
    ("FSH水平由治疗前的(89±5) IU/L降至(42±3) IU/L", "zh", {"FSH": "decrease"}),
    # --- Chinese: no change, improve / worsen
    ("移植后LH未见明显变化", "zh", {"LH": "no_change"}),
    ("两组治疗前后LH水平差异无统计学意义", "zh", {"LH": "no_change"}),
    ("该疗法可改善AMH水平", "zh", {"AMH": "increase"}),
    ("间充质干细胞能够改善FSH", "zh", {"FSH": "decrease"}),
    ("停药后FSH水平恶化", "zh", {"FSH": "increase"}),
    # --- Chinese: a comparison cue farther than the direction cue
    ("与基线相比AMH升高", "zh", {"AMH": "increase"}),
    # --- English: cue after
    ("AMH rose", "en", {"AMH": "increase"}),
    ("After the second injection, serum FSH fell", "en", {"FSH": "decrease"}),
    ("E2 levels were elevated at three months", "en", {"E2": "increase"}),
    ("The number of antral follicles increased", "en", {"AFC": "increase"}),
    ("AMH remained unchanged", "en", {"AMH": "no_change"}),
    ("LH levels remained stable during follow-up", "en", {"LH": "no_change"}),
    ("FSH did not differ between visits", "en", {"FSH": "no_change"}),
    ("AMH was significantly higher than at baseline", "en", {"AMH": "increase"}),
    # --- English: cue before
    ("no significant change in LH", "en", {"LH": "no_change"}),
    ("We observed an increase in inhibin B", "en", {"INHB": "increase"}),
    ("Treatment led to improvement in AMH", "en", {"AMH": "increase"}),
    ("The cells improved FSH", "en", {"FSH": "decrease"}),
    ("A deterioration of AMH was seen after chemotherapy", "en", {"AMH": "decrease"}),
    # --- English: coordination and competing cues
    ("serum AMH and E2 increased significantly", "en", {"AMH": "increase", "E2": "increase"}),
    ("FSH, LH and estradiol levels decreased", "en", {"FSH": "decrease", "LH": "decrease", "E2": "decrease"}),
    ("FSH and LH levels decreased, whereas E2 increased", "en",
     {"FSH": "decrease", "LH": "decrease", "E2": "increase"}),
    ("increased AMH and decreased FSH", "en", {"AMH": "increase", "FSH": "decrease"}),
    ("AMH increased and FSH decreased", "en", {"AMH": "increase", "FSH": "decrease"}),
    ("Compared with baseline, AMH increased", "en", {"AMH": "increase"}),
    # --- English: from … to
    ("FSH dropped from 89 to 42 IU/L", "en", {"FSH": "decrease"}),
    ("AMH increased from 0.21 ± 0.05 to 0.48 ± 0.09 ng/mL", "en", {"AMH": "increase"}),
    ("a reduction in FSH from 89 to 42 IU/L", "en", {"FSH": "decrease"}),
]

NOT_CHANGES = [
    # thresholds, baselines and subgroups (comparison cues)
    ("AMH水平较高的患者妊娠率更高", "zh"),
    ("纳入标准为FSH>25 IU/L", "zh"),
    ("促卵泡激素水平高于40 IU/L的患者被纳入", "zh"),
    ("记录基线AMH", "zh"),
    ("FSH > 40 IU/L on two occasions", "en"),
    ("baseline AMH was measured in all women", "en"),
    ("patients with higher FSH were excluded", "en"),
    ("Women with elevated FSH (>40 IU/L) were enrolled", "en"),
    # a cue beyond rules.direction_window (8 tokens)
    ("AMH在治疗后的第一个月、第三个月和第六个月的随访中均有所升高", "zh"),
    ("AMH measured repeatedly in every one of the follow-up visits over two years increased", "en"),
    # a cue in another clause, across another hormone, or none at all
    ("FSH, which was elevated at baseline, decreased", "en"),
    ("decreased FSH was associated with AMH", "en"),  # AMH: the cue is across FSH
    ("测定血清FSH和AMH", "zh"),
    ("Serum AMH was measured by ELISA", "en"),
    # excluded names: PGE2 is no E2 (the matcher's exclude list)
    ("PGE2 increased in the culture medium", "en"),
]


@pytest.mark.parametrize(
    "sentence, lang, expected", CHANGES, ids=[f"{lang}:{s}" for s, lang, _ in CHANGES]
)
def test_changes(sentence, lang, expected):
    got = changes(sentence, lang)
    assert {c.hormone: c.direction for c in got} == expected
    assert len(got) == len(expected)  # one fact per hormone
    for c in got:
        assert c.hormone_mention.kind == "hormone" and c.hormone_mention.id == c.hormone
        assert sentence[c.cue.start : c.cue.end] == c.cue.text
        assert c.cue.kind == "direction"


@pytest.mark.parametrize("sentence, lang", NOT_CHANGES, ids=[f"{lang}:{s}" for s, lang in NOT_CHANGES])
def test_not_changes(sentence, lang):
    if sentence.startswith("decreased FSH"):
        # FSH itself is a decrease; AMH must not be
        assert summary(sentence, lang) == [("FSH", "decrease")]
        return
    assert changes(sentence, lang) == []


RULE_CASES = [
    ("降低FSH水平", "zh", "FSH", "hormone_change.cue_before", "降低"),
    ("FSH水平下降", "zh", "FSH", "hormone_change.cue_after", "下降"),
    ("升高雌二醇和抗米勒管激素水平", "zh", "AMH", "hormone_change.coordinated", "升高"),
    ("FSH从89降至42", "zh", "FSH", "hormone_change.from_to", "降至"),
    ("AMH rose", "en", "AMH", "hormone_change.cue_after", "rose"),
    ("a rise in AMH was seen", "en", "AMH", "hormone_change.cue_before", "rise in"),
    ("serum AMH and E2 increased significantly", "en", "E2", "hormone_change.coordinated", "increased"),
    ("FSH dropped from 89 to 42 IU/L", "en", "FSH", "hormone_change.from_to", "dropped"),
    ("AMH remained unchanged", "en", "AMH", "hormone_change.cue_after", "remained unchanged"),
]


@pytest.mark.parametrize("sentence, lang, hormone, rule, cue", RULE_CASES, ids=[c[0] for c in RULE_CASES])
def test_rule_and_cue(sentence, lang, hormone, rule, cue):
    (got,) = [c for c in changes(sentence, lang) if c.hormone == hormone]
    assert got.rule == rule
    assert got.cue.text == cue
    assert got.cue_position == ("before" if rule.endswith("before") or sentence.startswith(cue) else "after")


def test_coordinated_group_and_cue_shared():
    got = changes("升高雌二醇和抗米勒管激素水平", "zh")
    assert [c.hormone for c in got] == ["E2", "AMH"]
    assert got[0].cue is got[1].cue
    assert [h.text for h in got[0].group] == ["雌二醇", "抗米勒管激素"]
    assert got[0].span == (0, 5)


def test_improve_keeps_its_cue_id():
    (got,) = changes("改善FSH", "zh")
    assert got.cue.id == "improve" and got.direction == "decrease"


def test_other_mention_kinds_are_ignored():
    s = "小鼠的AMH水平可能升高"
    mentions = find_mentions(s) + [Mention("cell_type", "msc", 0, 2, s[:2], "cell_type.term")]
    got = hormone_changes(s, mentions, RULES, "zh")
    assert [(c.hormone, c.direction) for c in got] == [("AMH", "increase")]


def test_no_mentions_no_changes():
    assert hormone_changes("FSH水平下降", [], RULES, "zh") == []
    with pytest.raises(ValueError):
        hormone_changes("FSH", [], RULES, "fr")


def test_windows_come_from_the_rules(tmp_path):
    """Narrow windows in a copy of the rules: the same sentence loses its fact."""
    rules_dir = tmp_path / "rules"
    shutil.copytree(RULES.directory, rules_dir)
    path = rules_dir / "directions.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("\nwindow: {before: 8, after: 10}", "\nwindow: {before: 1, after: 1}")
    text = text.replace("\ncomparison_window: {before: 2, after: 2}", "\ncomparison_window: {before: 0, after: 0}")
    path.write_text(text, encoding="utf-8")
    narrow = load_rules(rules_dir)
    assert narrow.direction_window.after == 1

    s = "AMH水平在治疗后明显升高"  # 5 tokens between AMH and 升高
    assert summary(s, "zh") == [("AMH", "increase")]
    assert summary(s, "zh", narrow) == []
    s = "AMH levels increased"  # 1 token: still inside
    assert summary(s, "en", narrow) == [("AMH", "increase")]
    # comparison window 0: "baseline fasting AMH" is no longer a baseline (a
    # filler word such as "serum" would not count: it is part of the hormone's name)
    s = "baseline fasting AMH was higher"  # at equal distance the comparison wins
    assert summary(s, "en") == []
    assert summary(s, "en", narrow) == [("AMH", "increase")]


def _edit_rules(rules_dir, file: str, old: str, new: str) -> None:
    path = rules_dir / file
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_coordination_words_are_words_of_the_rules(rules_copy):
    """directions.yaml `coordination`: a new joiner or filler joins hormones
    into one group sharing a cue, with no code change."""
    joined, filled = "AMH together with E2 increased.", "FSH and circulating LH decreased."
    rules = load_rules(rules_copy)
    assert [c.hormone for c in hormone_changes(joined, find_mentions(joined, rules), rules, "en")] == ["E2"]
    assert [c.hormone for c in hormone_changes(filled, find_mentions(filled, rules), rules, "en")] == ["LH"]
    _edit_rules(rules_copy, "directions.yaml", "    en: [and/or, and, or,", "    en: [together with, and/or, and, or,")
    _edit_rules(rules_copy, "directions.yaml", "    en: [serum, plasma,", "    en: [circulating, serum, plasma,")
    rules = load_rules(rules_copy)
    assert sorted(c.hormone for c in hormone_changes(joined, find_mentions(joined, rules), rules, "en")) == ["AMH", "E2"]
    assert sorted(c.hormone for c in hormone_changes(filled, find_mentions(filled, rules), rules, "en")) == ["FSH", "LH"]


def test_from_to_statistics_are_words_of_the_rules(rules_copy):
    """directions.yaml `statistics`: a new summary statistic before the numbers
    of a from-to makes it hormone_change.from_to, with no code change."""
    text = "FSH decreased from a geometric mean of 89 to a geometric mean of 42 IU/L."
    rules = load_rules(rules_copy)
    assert [c.rule for c in hormone_changes(text, find_mentions(text, rules), rules, "en")] == ["hormone_change.cue_after"]
    _edit_rules(rules_copy, "directions.yaml", "  en: [mean, median, average]", "  en: [geometric mean, mean, median, average]")
    rules = load_rules(rules_copy)
    assert [c.rule for c in hormone_changes(text, find_mentions(text, rules), rules, "en")] == ["hormone_change.from_to"]
