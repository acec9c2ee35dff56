"""Dictionary matching over sentences: terms, fallbacks, fuzzy, overlaps."""

from __future__ import annotations

import pytest

from extractor.matching.matchers import LiteralIndex, TermMatcher, _capitalised, resolve
from extractor.matching.mentions import Mention
from extractor.ruleset.model import load_rules


@pytest.fixture(scope="module")
def matcher() -> TermMatcher:
    return TermMatcher(load_rules())


def found(matcher, text, lang, kind):
    return [(m.id, m.text) for m in matcher.match(text, lang) if m.kind == kind]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("经卵巢注射脐带MSC后患者月经恢复", "zh", [("umbilical_cord_msc", "脐带MSC")]),
        ("采用人脐带间充质干细胞治疗", "zh", [("umbilical_cord_msc", "人脐带间充质干细胞")]),
        ("两组均给予脂肪间充质干细胞", "zh", [("adipose_msc", "脂肪间充质干细胞")]),
        ("骨髓MSC通过归巢改善卵巢功能", "zh", [("bone_marrow_msc", "骨髓MSC")]),
        ("移植人羊膜上皮细胞(hAEC)后", "zh", [("amniotic_epithelial_cell", "人羊膜上皮细胞"), ("amniotic_epithelial_cell", "hAEC")]),
        ("Women received hUC-MSCs twice.", "en", [("umbilical_cord_msc", "hUC-MSCs")]),
        ("Wharton's jelly MSCs were thawed.", "en", [("umbilical_cord_msc", "Wharton's jelly MSCs")]),
        ("Bone marrow mesenchymal stem cells were given.", "en", [("bone_marrow_msc", "Bone marrow mesenchymal stem cells")]),
        ("Exosomes from cord cells were injected.", "en", [("extracellular_vesicle", "Exosomes")]),
        ("全角的ＵＣ－ＭＳＣ也能找到", "zh", [("umbilical_cord_msc", "ＵＣ－ＭＳＣ")]),
    ],
)
def test_cell_type_terms(matcher, text, lang, expected):
    assert found(matcher, text, lang, "cell_type") == expected


@pytest.mark.parametrize(
    "text, lang",
    [("干细胞治疗是一种再生医学疗法", "zh"), ("胎盘和羊水中含有干细胞", "zh"), ("Stem cells may help.", "en")],
)
def test_generic_words_and_tissues_are_not_cell_types(matcher, text, lang):
    assert found(matcher, text, lang, "cell_type") == []


def test_longest_term_wins(matcher):
    assert found(matcher, "人脐带间充质干细胞", "zh", "cell_type") == [("umbilical_cord_msc", "人脐带间充质干细胞")]


def test_fuzzy_variant_keeps_offsets_and_rule(matcher):
    text = "Autologous adipose derived stromal cell suspensions were used."
    [m] = [m for m in matcher.match(text, "en") if m.kind == "cell_type"]
    assert m.id == "adipose_msc"
    assert m.rule in ("cell_type.fuzzy", "cell_type.term")
    assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "text, lang, route",
    [
        ("经阴道超声引导下卵巢局部注射", "zh", "intraovarian_injection"),
        ("经卵巢动脉注射细胞悬液", "zh", "ovarian_artery_infusion"),
        ("by ovarian artery infusion", "en", "ovarian_artery_infusion"),  # phrases: grammars/route.yaml
        ("by intravenous infusion", "en", "intravenous"),
        ("小鼠腹腔注射", "zh", "intraperitoneal"),
    ],
)
def test_routes(matcher, text, lang, route):
    assert route in [i for i, _ in found(matcher, text, lang, "route")]


@pytest.mark.parametrize(
    "text, lang, hormones",
    [
        ("降低卵泡刺激素水平、升高雌二醇和抗米勒管激素水平", "zh", ["FSH", "E2", "AMH"]),
        ("FSH and AMH were measured", "en", ["FSH", "AMH"]),
        ("anti-Müllerian hormone rose", "en", ["AMH"]),
    ],
)
def test_hormones(matcher, text, lang, hormones):
    assert [i for i, _ in found(matcher, text, lang, "hormone")] == hormones


def test_every_mention_names_its_rule_and_source(matcher):
    for m in matcher.match("经卵巢注射脐带MSC后FSH水平下降", "zh"):
        assert m.rule.startswith(m.kind + ".")
        assert m.text == "经卵巢注射脐带MSC后FSH水平下降"[m.start : m.end]
        if m.rule.endswith(".term"):
            assert ".yaml:" in m.source


def test_resolve_keeps_the_longest_in_a_group_only():
    a = Mention("cell_type", "msc", 2, 8, "xxxxxx", "cell_type.term")
    b = Mention("cell_type", "umbilical_cord_msc", 0, 8, "xxxxxxxx", "cell_type.term")
    cue = Mention("negation", "negation", 0, 2, "xx", "negation.term")
    assert resolve([a, b, cue]) == [cue, b] or resolve([a, b, cue]) == [b, cue]


# ---------------------------------------------------------------- LiteralIndex


def literal_hits(items, text):
    return sorted((text[s:e], payload) for s, e, payload in LiteralIndex(items).find_all(text))


def test_literal_index_finds_the_longest_string_at_each_position_and_overlaps():
    items = [(t, True, t, "cell") for t in ("干细胞", "间充质干细胞", "脐带间充质干细胞", "充质")]
    # 脐带间充质干细胞 wins at its start; 间充质干细胞 and 充质 start later and are found too
    assert literal_hits(items, "用脐带间充质干细胞治疗") == [
        ("充质", "充质"), ("干细胞", "干细胞"), ("脐带间充质干细胞", "脐带间充质干细胞"), ("间充质干细胞", "间充质干细胞")
    ]


def test_literal_index_keeps_a_shorter_string_when_the_longer_one_breaks_off():
    items = [("abc", True, "abc", "g"), ("abcde", True, "abcde", "g")]
    assert literal_hits(items, "xabcdx abcde") == [("abc", "abc"), ("abcde", "abcde")]


def test_literal_index_case_insensitive_strings_keep_original_offsets():
    items = [("FSHR", False, "receptor", "exclude"), ("MSC", True, "msc", "cell")]
    text = "İİ fshr and Fshr, MSC but not msc"  # İ lower-cases to two code points
    hits = sorted(LiteralIndex(items).find_all(text))
    assert [(text[s:e], p) for s, e, p in hits] == [("fshr", "receptor"), ("Fshr", "receptor"), ("MSC", "msc")]


def test_literal_index_groups_do_not_shadow_each_other():
    items = [("卵巢早衰", True, "disease", "exclude"), ("卵巢", True, "organ", "other")]
    assert literal_hits(items, "卵巢早衰患者") == [("卵巢", "organ"), ("卵巢早衰", "disease")]


def test_literal_index_escapes_regex_characters():
    items = [("E2 (pg/mL)", False, "e2", "g"), ("a.b", True, "dot", "g")]
    assert literal_hits(items, "e2 (pg/ml) axb a.b") == [("a.b", "dot"), ("e2 (pg/ml)", "e2")]


# ---------------------------------------------------------------- case-sensitive terms


@pytest.mark.parametrize(
    "text",
    [
        "umbilical cord MSCs were thawed.",
        "Umbilical cord MSCs were thawed.",  # the start of a sentence
        "Umbilical Cord MSCs in Premature Ovarian Insufficiency",  # a title
    ],
)
def test_a_case_sensitive_term_matches_at_a_sentence_start_and_in_titles(matcher, text):
    assert found(matcher, text, "en", "cell_type") == [("umbilical_cord_msc", text[: len("umbilical cord MSCs")])]


def test_the_capitals_of_a_case_sensitive_term_still_count(matcher):
    assert found(matcher, "Msc and msc and MSC", "en", "cell_type") == [("msc", "MSC")]


def test_capitalised_variants_change_lower_case_words_only():
    assert _capitalised("umbilical cord MSCs") == ("umbilical cord MSCs", "Umbilical cord MSCs", "Umbilical Cord MSCs")
    assert _capitalised("hUC-MSCs") == ("hUC-MSCs",)
    assert _capitalised("脐带MSC") == ("脐带MSC",)


def test_pattern_hits_are_kept_only_while_texts_are_remembered():
    import re

    from extractor.matching import tokens
    from extractor.matching.matchers import _pattern_spans

    regex = re.compile(r"(?i)\binject\w*\s+into\s+(?:both\s+)?ovar(?:y|ies)\b|x*")  # x* may match empty
    text = "Cells were injected into both ovaries; later injected into ovary."
    expected = ((11, 37), (45, 64))
    assert _pattern_spans(regex, text) == expected
    assert _pattern_spans(regex, text) is not _pattern_spans(regex, text)
    tokens.remember_docs(True)
    try:
        first = _pattern_spans(regex, text)
        assert first == expected and _pattern_spans(regex, text) is first
    finally:
        tokens.remember_docs(False)
    assert _pattern_spans(regex, text) is not first


def test_literal_index_may_cover_only_a_span_that_is_a_piece_of_one_of_its_strings():
    index = LiteralIndex([("FSHR", False, "receptor", "exclude"), ("IVF", True, "ivf", "exclude")])
    text = "FSH and IV rose; fshr and ivf"
    at = {w: (text.index(w), text.index(w) + len(w)) for w in ("FSH", "IV", "rose", "ivf")}
    assert index.may_cover(text, [at["FSH"]])  # a piece of "fshr" (case-blind)
    assert index.may_cover(text, [at["rose"], at["IV"]])  # a piece of "IVF"
    assert not index.may_cover(text, [at["rose"]])
    assert not index.may_cover(text, [at["ivf"]])  # "IVF" is case-sensitive


@pytest.mark.parametrize("text", ["plain ASCII text", "全角的ＵＣ－ＭＳＣ，（注）", "a – b ‐ c", ""])
def test_fold_punct_is_the_layouts_folding_remembered(text):
    from extractor.layout import glyphs
    from extractor.matching.matchers import fold_punct

    assert fold_punct(text) == glyphs.fold_punct(text)
    assert fold_punct(text) == glyphs.fold_punct(text)  # asked again: the copy kept


@pytest.mark.parametrize("text", [
    "Patients with higher FSH were older.",
    "PATIENTS WITH LOWER AMH",
    "Patients with high FSH at 300 \u212a",  # the Kelvin sign: not ASCII, searched in full
    "患者中FSH高于正常值的患者",
    "No comparison is made here.",
])
def test_a_rule_pattern_is_skipped_only_where_it_cannot_match(matcher, text):
    folded = text
    for kind, pattern, needs in matcher._patterns:
        spans = [m.span() for m in pattern.regex.finditer(folded) if m.end() > m.start()]
        if spans:
            from extractor.matching.matchers import _may_hold

            assert _may_hold(needs, folded, folded.lower() if folded.isascii() else None) if needs else True
    kinds = {m.kind for m in matcher.match(text, "zh" if "患者" in text else "en")}
    assert ("comparison" in kinds) == (text != "No comparison is made here.")


@pytest.mark.parametrize("text", [
    "Serum FSH fell.",
    "The hUC-MSCs were given i.v. at 10mg/kg.",
    "Xx cannot yy.",  # a special case cuts "cannot" in two: can, not
    "(no change) and E2 rose",
    "values >= 5 and <10",
    "plain words only here",
    "Nothing xno noted, nono.",
    "The umbilical region was sore.",  # a term's first word, but not the term
    "Cord  blood was drawn.",  # white space between the tokens of a term
    "A derivative of the level.",  # a term's letters inside a word
    "Given i.v. daily.",
    "A ratio was used; a rat was used.",
])
def test_a_sentence_is_tokenized_unless_no_term_can_start_in_it(matcher, text):
    lower, orth = matcher._phrase_matchers("en")
    doc = matcher.tokenizers.nlp("en").make_doc(text)
    if list(lower(doc)) + list(orth(doc)):
        assert matcher._starts.may_start(text.lower())
        assert matcher._en_keys.may_hold(text.lower())
    assert [(m.kind, m.start, m.end) for m in matcher.match(text, "en")] == \
        [(m.kind, m.start, m.end) for m in resolve(_all_mentions(matcher, text))]
    assert matcher._starts.may_start("xx cannot yy")  # "cannot" is cut: tokens are needed
    assert not matcher._starts.may_start("plain words only here")
    # "umbilical" may start a term, but no term's tokens run together stand in the sentence
    assert not matcher._starts.may_start("the umbilical region") and not matcher._en_keys.may_hold("the umbilical region")
    # "iv" inside a word: a term starting with a letter starts a run of letters
    assert matcher._en_keys.may_hold("a derivative of the level") and not matcher._starts.may_start("a derivative of the level")
    assert matcher._starts.may_start("given i.v. daily") and matcher._starts.may_start("cord\nblood")
    # "rat" of "ratio": a term ending with a letter ends a run of letters
    assert matcher._starts.may_start("a rat was used") and not matcher._starts.may_start("a ratio was used")
    assert matcher._en_keys.may_hold("cord  blood was drawn")


def _all_mentions(matcher, text):
    """The mentions of ``match`` with the sentence always tokenized."""
    from extractor.matching import matchers as module

    starts, matcher._starts = matcher._starts, None
    try:
        return module.TermMatcher.match(matcher, text, "en")
    finally:
        matcher._starts = starts


@pytest.mark.parametrize("text", [
    "经卵巢注射脐带MSC后患者月经恢复",
    "骨髓 MSC 通过归巢改善卵巢功能",  # white space between the tokens of a term
    "图表：样本编号与批次",
    "ΣΟΦΙΑ 的样本",  # Σ: any sentence may hold a term
    "本研究纳入的患者，经卵巢注射脐带 MSC，随后复查，未见异常。",  # only some blocks are segmented
    "（骨髓来源）间充质干细胞（BM-MSCs）移植后，FSH 水平下降了 12.5%",
])
def test_a_chinese_sentence_is_tokenized_unless_it_holds_no_term(matcher, text):
    lower, orth = matcher._phrase_matchers("zh")
    doc = matcher.tokenizers.nlp("zh").make_doc(text)
    if list(lower(doc)) + list(orth(doc)):
        assert matcher._zh_keys.may_hold(text)
    keys, matcher._zh_keys = matcher._zh_keys, None
    try:
        always = [(m.kind, m.start, m.end, m.rule) for m in matcher.match(text, "zh")]
    finally:
        matcher._zh_keys = keys
    assert [(m.kind, m.start, m.end, m.rule) for m in matcher.match(text, "zh")] == always
    assert matcher._zh_keys.may_hold("脐带MSC") and not matcher._zh_keys.may_hold("样本编号")


def test_the_rule_patterns_a_sentence_may_match_are_told_by_their_runs_at_once():
    from extractor.matching.matchers import _PatternRuns

    runs = _PatternRuns([
        (("significant",), True),  # 0
        (("significantly",), True),  # 1: a longer run at the same place
        (("nificant",), True),  # 2: a run inside another's
        (("FSH",), False),  # 3: as written
        None,  # 4: nothing known: always
        (("↑", "⬆"), False),  # 5
    ])
    text = "FSH rose significantly ⬆"
    assert runs.possible(text, text.lower()) == [0, 1, 2, 3, 4, 5]
    assert runs.possible("fsh rose", "fsh rose") == [4]  # "FSH" is case-sensitive
    assert runs.possible("Signif\u0130cant", None) == [0, 1, 2, 4]  # case cannot be told: every case-blind one


def test_a_term_is_looked_for_without_tokens_only_where_it_stands_whole():
    from extractor.matching.matchers import _TermStarts

    starts = _TermStarts([["rat"], ["iv"], ["huc", "-", "mscs"]], {})
    assert not starts.may_start("the ratio of derivatives")  # "rat" inside "ratio", "iv" inside a word
    assert starts.may_start("in the rat.")
    assert starts.may_start("huc - mscs were given")  # white space between a term's tokens
    assert not starts.may_start("shuc-mscs")


def test_the_fuzzy_head_words_are_those_the_head_expression_finds():
    from extractor.matching.matchers import _FUZZY_HEAD, _FUZZY_HEADS

    for word in _FUZZY_HEADS:
        assert _FUZZY_HEAD.fullmatch(word) and _FUZZY_HEAD.fullmatch(word.upper())
    assert [m.group() for m in _FUZZY_HEAD.finditer("Cells, MSCs2, stem-cell, ADSC cellular")] == ["Cells", "stem", "cell", "ADSC"]


def test_the_patterns_a_sentence_may_match_are_the_same_told_by_its_runs_of_letters():
    from extractor.matching.matchers import _PatternRuns
    from extractor.ruleset.grammar import letter_runs

    runs = _PatternRuns([(("revers", "prevent"), True), (("umbilical cord",), True), (("FSH",), False),
                         (("基线",), False), None])
    for text in ["Treatment reversed it", "UMBILICAL CORD blood", "FSH rose", "fsh rose", "nothing here"]:
        lowered = text.lower()
        assert runs.possible(text, lowered, letter_runs(text)) == runs.possible(text, lowered)
    assert runs.possible("Treatment reversed it", "treatment reversed it", letter_runs("Treatment reversed it")) == [0, 4]



def test_a_sentence_where_no_case_sensitive_term_can_start_is_not_asked_of_them(matcher):
    from extractor.ruleset.grammar import letter_runs

    matcher.match("MSCs", "en")  # the English matchers are built on the first English sentence
    starts = matcher._orth_starts
    assert starts is not None
    plain = "The rats were given saline intravenously on day 3."
    assert not starts.may_begin(plain.lower(), letter_runs(plain))  # passed over
    sentences = [plain, "hUC-MSCs were injected into the ovary.", "Umbilical cord MSCs (UC-MSCs) were given IV.",
                 "Serum FSH and AMH were measured in the BM-MSC group."]
    skipped = [matcher.match(t, "en") for t in sentences]
    matcher._orth_starts = None  # every sentence asked of both matchers
    try:
        assert [matcher.match(t, "en") for t in sentences] == skipped
    finally:
        matcher._orth_starts = starts
