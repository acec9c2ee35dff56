"""Context of a fact: negated, hedged, species (extractor/context.py).

Every sentence here is written for the test, not taken from a paper.  The
cue mentions come from the plain substring finder of test_hormones.py, which
keeps overlapping matches: context_of must resolve them itself (a 不 inside
不仅, the 未 of 未见明显变化, "could" inside "could not").
"""

from __future__ import annotations


import pytest
from test_hormones import RULES, find_mentions

from extractor.matching.context import Context, context_of, measure, resolve_overlaps, token_count
from extractor.matching.mentions import Mention


def ctx(sentence: str, target: str, lang: str, **kw) -> Context:
    start = sentence.index(target)
    return context_of(sentence, (start, start + len(target)), find_mentions(sentence), RULES, lang, **kw)


# (sentence, fact text, lang, negated) -------------------------------------

NEGATION = [
    # a cue before the span, within rules.negation_scope (6 tokens)
    ("本研究未采用静脉注射途径", "静脉注射", "zh", True),
    ("患者并未接受卵巢内注射", "卵巢内注射", "zh", True),
    ("对照组没有使用腹腔注射", "腹腔注射", "zh", True),
    ("The cells were not administered intravenously", "intravenously", "en", True),
    ("Patients were treated without ultrasound guidance", "ultrasound guidance", "en", True),
    # a cue after the span (position after / any)
    ("Intravenous injection was not used in this trial", "Intravenous injection", "en", True),
    ("Intraperitoneal injection was not performed", "Intraperitoneal injection", "en", True),
    # pseudo-negations: not negation
    ("干细胞不仅降低FSH，还提高了AMH", "FSH", "zh", False),
    ("卵巢功能不全患者接受了卵巢内注射", "卵巢内注射", "zh", False),
    ("不同剂量的干细胞经静脉注射", "静脉注射", "zh", False),
    ("不孕患者均行卵巢内注射", "卵巢内注射", "zh", False),
    ("MSCs not only lowered FSH but also raised AMH", "FSH", "en", False),
    # when, not whether: the contrasted treatment was given
    ("AMH rose only after the triple infusion, not after a single infusion", "single infusion", "en", False),
    # events denied, not the therapy they followed
    ("There were no serious adverse events after intravenous infusion", "intravenous infusion", "en", False),
    ("术后均未见明显不良反应，卵巢内注射安全", "卵巢内注射", "zh", False),
    # a direction cue swallows its negation word
    ("移植后LH未见明显变化", "LH", "zh", False),
    ("治疗前后E2无明显变化", "E2", "zh", False),
    # … also a longer negation word that ends inside it (均未 + 未见明显变化)
    ("两组LH均未见明显变化", "LH", "zh", False),
    ("AMH did not change after transplantation", "AMH", "en", False),
    ("There was no significant change in LH", "LH", "en", False),
    # a terminator ends the scope
    ("未观察到肿瘤形成，但静脉注射组出现发热", "静脉注射", "zh", False),
    ("No tumour was found, but intravenous infusion caused fever", "intravenous infusion", "en", False),
    ("E2 failed to rise when cells were given by intravenous infusion", "intravenous infusion", "en", False),
    # beyond the scope
    ("未见任何与穿刺操作直接相关的严重并发症发生于接受静脉注射的患者", "静脉注射", "zh", False),
    ("No serious adverse events were recorded during the twelve months after intravenous infusion",
     "intravenous infusion", "en", False),
    # a before-only cue does not look back
    ("静脉注射后无不良反应", "静脉注射", "zh", False),
    ("Intravenous infusion caused no fever", "Intravenous infusion", "en", False),
    # a cue inside the span negates it
    ("FSH was not reduced", "FSH was not reduced", "en", True),
    # nothing to negate
    ("经阴道超声引导下行卵巢内注射", "卵巢内注射", "zh", False),
]


@pytest.mark.parametrize("sentence, target, lang, negated", NEGATION, ids=[f"{c[2]}:{c[0]}" for c in NEGATION])
def test_negation(sentence, target, lang, negated):
    got = ctx(sentence, target, lang)
    assert got.negated is negated
    neg_cues = [c for c in got.cues if c.kind == "negation"]
    assert bool(neg_cues) is negated  # the cue that negated is reported


# facts other than hormone changes: only what precedes them, or an after-cue,
# denies them, and not across a clause break
LOOKING_FORWARD = [
    ("The two women injected four times did not conceive", "four times", "en", False),
    ("Exosomes were not tracked after the injection", "Exosomes", "en", False),
    ("Intravenous injection was not used in this trial", "Intravenous injection", "en", True),
    ("The cells were not administered intravenously", "intravenously", "en", True),
    ("接受两次注射者无一妊娠，提示重复注射或可累积疗效", "重复注射", "zh", False),
    ("本研究未采用静脉注射途径", "静脉注射", "zh", True),
    # an embedded question is no denial
    ("Nor can we tell whether 2 million cells is enough", "2 million", "en", False),
]


@pytest.mark.parametrize("sentence, target, lang, negated", LOOKING_FORWARD,
                         ids=[f"{c[2]}:{c[0]}" for c in LOOKING_FORWARD])
def test_negation_of_facts_that_do_not_look_back(sentence, target, lang, negated):
    assert ctx(sentence, target, lang, looks_back=False).negated is negated


def test_a_hormone_change_is_denied_by_what_follows():
    assert ctx("AMH did not rise after the injection", "AMH", "en").negated


HEDGING = [
    ("干细胞移植可能降低FSH水平", "FSH", "zh", True),
    ("该方法或可提高卵巢储备", "卵巢储备", "zh", True),
    ("外泌体治疗有望提高AMH水平", "AMH", "zh", True),
    ("结果提示卵巢内注射安全", "卵巢内注射", "zh", True),
    ("MSCs may restore ovarian function", "ovarian function", "en", True),
    ("Exosomes might increase AMH", "AMH", "en", True),
    ("Exosomes could increase AMH", "AMH", "en", True),
    ("These results suggest that AMH rises after infusion", "AMH", "en", True),
    # "could" inside the negation "could not" is no hedge
    ("Intravenous infusion could not be performed", "Intravenous infusion", "en", False),
    ("治疗后AMH水平升高", "AMH", "zh", False),
    ("AMH increased after the injection", "AMH", "en", False),
]


@pytest.mark.parametrize("sentence, target, lang, hedged", HEDGING, ids=[f"{c[2]}:{c[0]}" for c in HEDGING])
def test_hedging(sentence, target, lang, hedged):
    got = ctx(sentence, target, lang)
    assert got.hedged is hedged
    assert any(c.kind == "hedge" for c in got.cues) is hedged


def test_could_not_is_a_negation_not_a_hedge():
    got = ctx("Intravenous infusion could not be performed", "Intravenous infusion", "en")
    assert got.negated and not got.hedged
    assert [c.text for c in got.cues] == ["could not"]


# (sentence, fact text, lang, section_species, species) ---------------------

SPECIES = [
    ("小鼠卵巢内注射脐带间充质干细胞", "卵巢内注射", "zh", None, "mouse"),
    ("SD大鼠经尾静脉注射干细胞", "尾静脉注射", "zh", None, "rat"),  # 大鼠 over 鼠
    ("模型组家兔的AMH水平下降", "AMH", "zh", None, "rabbit"),
    ("食蟹猴卵巢体积增大", "卵巢体积", "zh", None, "monkey"),
    ("Cells were injected into the ovaries of nude mice", "ovaries", "en", None, "mouse"),
    ("Serum AMH of the rats rose after infusion", "AMH", "en", None, "rat"),
    # an animal cue outranks a human one
    ("Cells from patients were injected into the ovaries of mice", "ovaries", "en", None, "mouse"),
    ("将患者来源的细胞移植到裸鼠体内", "移植", "zh", None, "mouse"),
    # no cue: the default, or the section's species
    ("AMH水平升高", "AMH", "zh", None, "human"),
    ("AMH rose after the second injection", "AMH", "en", None, "human"),
    ("AMH水平升高", "AMH", "zh", "mouse", "mouse"),
    ("AMH rose after the second injection", "AMH", "en", "rat", "rat"),
    # a species cue in the sentence beats the section's species
    ("患者的FSH水平下降", "FSH", "zh", "mouse", "human"),
    ("In the rats, FSH fell", "FSH", "en", "mouse", "rat"),
    # an antibody host names no animal model (excluded by the matcher)
    ("采用兔抗人抗体检测AMH表达", "AMH", "zh", None, "human"),
    ("Fetal bovine serum was added to the medium", "medium", "en", None, "human"),
]


@pytest.mark.parametrize(
    "sentence, target, lang, section, species", SPECIES, ids=[f"{c[2]}:{c[0]}:{c[3]}" for c in SPECIES]
)
def test_species(sentence, target, lang, section, species):
    got = ctx(sentence, target, lang, section_species=section)
    assert got.species == species


def test_nearest_animal_wins():
    s = "In rats, intravenous cells were given; in mice, intraovarian injection was used"
    assert ctx(s, "intraovarian injection", "en").species == "mouse"
    assert ctx(s, "intravenous cells", "en").species == "rat"


@pytest.mark.parametrize(
    "sentence, lang, in_vitro",
    [
        ("将颗粒细胞与外泌体体外共培养", "zh", True),
        ("The cells were co-cultured with granulosa cells", "en", True),
        ("AMH水平升高", "zh", False),
    ],
)
def test_in_vitro(sentence, lang, in_vitro):
    got = context_of(sentence, (0, 1), find_mentions(sentence), RULES, lang)
    assert got.in_vitro is in_vitro


def test_defaults_and_contract_shape():
    got = context_of("AMH rose", (0, 3), [], RULES, "en")
    assert got == Context(negated=False, hedged=False, species="human", in_vitro=False, cues=[])
    assert got.as_contract() == {"negated": False, "hedged": False, "species": "human"}


def test_cues_explain_the_flags():
    s = "小鼠未采用静脉注射，结果提示可能有效"
    got = ctx(s, "静脉注射", "zh")
    assert (got.negated, got.hedged, got.species) == (True, True, "mouse")
    assert [(c.kind, c.text) for c in got.cues] == [
        ("species", "小鼠"), ("negation", "未采用"), ("hedge", "提示"), ("hedge", "可能"),
    ]


def test_mentions_of_other_kinds_are_ignored():
    s = "未采用静脉注射"
    extra = [Mention("route", "intravenous", 3, 7, "静脉注射", "route.term")]
    assert context_of(s, (3, 7), find_mentions(s) + extra, RULES, "zh").negated


def test_scope_comes_from_the_rules():
    # 6 tokens: 5 words between the cue and the span reach, 7 do not
    near = "no one two three four five intravenous"
    far = "no one two three four five six seven intravenous"
    assert ctx(near, "intravenous", "en").negated
    assert not ctx(far, "intravenous", "en").negated
    assert RULES.negation_scope("en") == 6


@pytest.mark.parametrize(
    "text, tokens, broken",
    [
        ("", 0, False),
        ("水平", 1, False),
        ("水平在治疗后", 3, False),  # ceil(6 / 2)
        ("水平、", 2, False),
        (" levels were ", 2, False),
        (" levels, ", 2, True),
        (" (89 ± 5 IU/L, P<0.05) ", 1, False),  # a bracket group is one token, its comma no break
        ("follicle-stimulating 0.05 IU/L 1,000", 4, False),
        ("，", 1, True),
        ("(unclosed 1 2", 4, False),
    ],
)
def test_measure(text, tokens, broken):
    assert measure(text) == (tokens, broken)
    assert token_count(text) == tokens


def test_resolve_overlaps_longest_then_priority():
    a = Mention("negation", "negation", 0, 1, "未", "t")
    b = Mention("direction", "no_change", 0, 6, "未见明显变化", "t")
    c = Mention("comparison", "comparison", 10, 12, "高于", "t")
    d = Mention("direction", "increase", 10, 12, "高于", "t")
    assert resolve_overlaps([a, b, d, c], {"comparison": 0, "direction": 1}) == [b, c]
    assert resolve_overlaps(resolve_overlaps([a, b])) == [b]


@pytest.mark.parametrize(
    "sentence, lang, direction, negated",
    [
        ("AMH did not increase", "en", "increase", True),
        ("AMH水平未升高", "zh", "increase", True),
        ("AMH did not change", "en", "no_change", False),
        ("AMH水平未见明显变化", "zh", "no_change", False),
    ],
)
def test_hormone_change_span_carries_its_negation(sentence, lang, direction, negated):
    """The fact builder passes HormoneChange.span (hormone to cue) to context_of."""
    from extractor.facts.hormones import hormone_changes

    mentions = find_mentions(sentence)
    (change,) = hormone_changes(sentence, mentions, RULES, lang)
    assert change.direction == direction
    assert context_of(sentence, change.span, mentions, RULES, lang).negated is negated


def test_a_drug_added_to_the_disease_models_is_known_to_every_grammar(rules_copy):
    # a change the model drug causes validates the model: no effect of the
    # treatment; naming a new drug in context.yaml is all it takes
    from extractor.facts.pipeline import Extractor
    from extractor.layout.textlayer import document_from_text

    said = "Triptolide injection caused a rise in FSH."

    def changes(extractor):
        return [f.value for f in extractor.facts(document_from_text(said)) if f.type == "hormone_change"]

    assert changes(Extractor.load(rules_copy)) == [{"hormone": "FSH", "direction": "increase"}]
    path = rules_copy / "context.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    en: [cyclophosphamide, CTX,", "    en: [triptolide, cyclophosphamide, CTX,", 1),
                    encoding="utf-8")
    extractor = Extractor.load(rules_copy)
    assert [m.kind for m in extractor.matcher.match(said, "en") if m.text == "Triptolide"] == ["disease_model"]
    assert changes(extractor) == []
