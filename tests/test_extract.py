"""Sentences → facts, end to end through matchers, quantities and context."""

from __future__ import annotations

import re

import pytest

from extractor.matching.citations import markers
from extractor.facts.pipeline import Extractor
from extractor.layout.textlayer import document_from_text


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def facts(extractor, text, kind=None):
    found = extractor.facts(document_from_text(text))
    return [f for f in found if kind is None or f.type == kind]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("经阴道超声引导下卵巢局部注射脐带MSC。", ("intraovarian_injection", "transvaginal_ultrasound")),
        ("在腹腔镜引导下将细胞注射至双侧卵巢。", ("intraovarian_injection", "laparoscopic")),
        ("Cells were injected into the ovaries under transvaginal ultrasound guidance.", ("intraovarian_injection", "transvaginal_ultrasound")),
        ("The cells were infused via the ovarian artery.", ("ovarian_artery_infusion", None)),
        ("患者接受静脉输注治疗。", ("intravenous", None)),
        # the cells named between the ovary and the injection
        ("全部患者接受经阴道超声引导下的双侧卵巢人羊膜上皮细胞注射。", ("intraovarian_injection", "transvaginal_ultrasound")),
    ],
)
def test_route_with_its_guidance(extractor, text, expected):
    [route] = facts(extractor, text, "route")
    assert (route.value["id"], route.value["guidance"]) == expected


def test_two_guidances_joined_give_two_route_facts(extractor):
    routes = facts(extractor, "移植方式主要为卵巢局部注射(经阴道超声或腹腔镜引导)。", "route")
    assert sorted(r.value["guidance"] for r in routes) == ["laparoscopic", "transvaginal_ultrasound"]


@pytest.mark.parametrize(
    "text",
    ["现有研究未采用静脉注射方式。", "The cells were not administered intravenously."],
)
def test_negated_route(extractor, text):
    [route] = facts(extractor, text, "route")
    assert route.value["id"] == "intravenous" and route.context.negated


def extractor_with(tmp_path, **linking) -> Extractor:
    """The bundled rules with some linking settings changed."""
    import shutil

    from extractor.ruleset.model import RULES_DIR

    rules = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules)
    text = (rules / "settings.yaml").read_text(encoding="utf-8")
    for key, value in linking.items():
        text = re.sub(rf"(?m)^(  {key}:) .*$", rf"\g<1> {value}", text)
    (rules / "settings.yaml").write_text(text, encoding="utf-8")
    return Extractor.load(rules)


DOSE_AFTER_CELLS = [
    "Umbilical cord MSCs were thawed before use. Each ovary received 5×10^6 cells.",
    "脐带MSC复苏后备用。每侧卵巢注射5×10^6个细胞。",
]


@pytest.mark.parametrize("text", DOSE_AFTER_CELLS)
def test_a_dose_takes_the_cell_type_of_the_sentence_before(extractor, text):
    found = facts(extractor, text)
    [cell] = [f for f in found if f.type == "cell_type"]
    [dose] = [f for f in found if f.type == "dose"]
    assert dose.cell_type == cell.id


@pytest.mark.parametrize("text", DOSE_AFTER_CELLS)
def test_dose_cell_type_sentences_0_links_within_the_sentence_only(tmp_path, text):
    [dose] = facts(extractor_with(tmp_path, dose_cell_type_sentences=0), text, "dose")
    assert dose.cell_type is None


def test_a_dose_does_not_reach_into_another_paragraph(extractor):
    [dose] = facts(extractor, "Umbilical cord MSCs were thawed before use.\n\nEach ovary received 5×10^6 cells.", "dose")
    assert dose.cell_type is None


GUIDANCE_BEFORE = [
    "Transvaginal ultrasound guidance was used throughout. The cells were injected into both ovaries.",
    "全程在经阴道超声引导下操作。随后将细胞注射至双侧卵巢。",
]


@pytest.mark.parametrize("text", GUIDANCE_BEFORE)
def test_guidance_stays_in_its_sentence_by_default(extractor, text):
    [route] = facts(extractor, text, "route")
    assert route.value == {"id": "intraovarian_injection", "guidance": None}


@pytest.mark.parametrize("text", GUIDANCE_BEFORE)
def test_route_guidance_sentences_lets_a_route_take_guidance_named_before(tmp_path, text):
    [route] = facts(extractor_with(tmp_path, route_guidance_sentences=1), text, "route")
    assert route.value == {"id": "intraovarian_injection", "guidance": "transvaginal_ultrasound"}


def test_route_guidance_chars_bounds_the_distance(tmp_path):
    text = "Under transvaginal ultrasound guidance, after a short rest for all of the women, cells were injected into both ovaries."
    [near] = facts(extractor_with(tmp_path, route_guidance_chars=150), text, "route")
    assert near.value["guidance"] == "transvaginal_ultrasound"
    [far] = facts(extractor_with(tmp_path / "b", route_guidance_chars=10), text, "route")
    assert far.value["guidance"] is None


def test_dose_points_to_its_cell_type(extractor):
    found = facts(extractor, "每侧卵巢注射脐带MSC 5×10^6个细胞。")
    [cell] = [f for f in found if f.type == "cell_type"]
    [dose] = [f for f in found if f.type == "dose"]
    assert dose.value == {"value": 5e6, "unit": "cells", "per": "ovary"}
    assert dose.cell_type == cell.id


@pytest.mark.parametrize(
    "text, value",
    [
        ("Each woman received 2×10^6 hUC-MSCs/kg by infusion.", {"value": 2e6, "unit": "cells/kg", "per": None}),
        ("小鼠经皮给予116 U/kg胰岛素后血糖恢复。", {"value": 116.0, "unit": "U/kg", "per": None}),
        ("Doxorubicin 2.5 mg/kg was injected weekly.", {"value": 2.5, "unit": "mg/kg", "per": None}),
    ],
)
def test_dose_values(extractor, text, value):
    [dose] = facts(extractor, text, "dose")
    assert dose.value == value


@pytest.mark.parametrize(
    "text",
    [
        "Beads were washed in 1 mL lysis buffer.",  # a volume used at the bench
        "The average copy number was 10^7 per cell.",  # no cell therapy named
        "诊断标准为FSH>25 IU/L。",  # a threshold
    ],
)
def test_not_doses(extractor, text):
    assert facts(extractor, text, "dose") == []


def test_hormone_changes_with_direction_and_coordination(extractor):
    found = facts(extractor, "干细胞治疗能降低卵泡刺激素水平、升高雌二醇和抗米勒管激素水平。", "hormone_change")
    assert [(f.value["hormone"], f.value["direction"]) for f in found] == [
        ("FSH", "decrease"), ("E2", "increase"), ("AMH", "increase"),
    ]
    assert all(f.rule.startswith("hormone_change.") for f in found)


@pytest.mark.parametrize(
    "text, n",
    [("共纳入61例POI患者。", 61), ("28 women were enrolled.", 28), ("The cohort (n = 15) was followed.", 15)],
)
def test_sample_sizes(extractor, text, n):
    [size] = facts(extractor, text, "sample_size")
    assert size.value == {"n": n, "unit": "patients"}


@pytest.mark.parametrize(
    "text",
    [
        "Excluded (n=7307) after screening.",
        "In 12 of 42 women the test was repeated.",
        "Mice (n = 6 per group) received cells.",
        "Tumor weight in grams. n = 9–15.",
    ],
)
def test_not_sample_sizes(extractor, text):
    assert [f.value["n"] for f in facts(extractor, text, "sample_size") if f.value["n"] in (7307, 42, 6, 9)] == []


def test_species_and_hedging(extractor):
    [dose] = facts(extractor, "在小鼠模型中, 腹腔注射1×10^6个脐带MSC可能改善卵巢功能。", "dose")
    assert dose.context.species == "mouse"
    assert dose.context.hedged


def test_every_fact_keeps_its_provenance(extractor):
    for fact in facts(extractor, "Yan等^[23]纳入了61例患者,经卵巢注射脐带MSC 3次,FSH水平下降。"):
        assert fact.evidence.sentence[fact.evidence.start : fact.evidence.end] == fact.text
        assert fact.rule.startswith(fact.type)
        assert fact.evidence.page == 1
        assert [c.marker for c in fact.citations] == ["23"]
        if fact.rule.endswith(".term"):
            assert ".yaml:" in fact.source


def test_a_study_cited_once_is_cited_by_the_sentences_after_it(extractor):
    found = facts(extractor, "Ding等^[22]采用胶原支架。患者接受经卵巢注射脐带MSC。")
    route = [f for f in found if f.type == "route"][0]
    assert [c.marker for c in route.citations] == ["22"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("improved^[4-6].", ["4", "5", "6"]),
        ("效果^[8, 10, 13, 22-23]。", ["8", "10", "13", "22", "23"]),
        ("translation^{1,2}.", ["1", "2"]),
        ("5×10^6 cells and 10^{12} copies", []),  # exponents are not citations
    ],
)
def test_citation_markers(text, expected):
    assert markers(text) == expected


def test_reference_list_yields_no_facts(extractor, parse_fixture):
    doc, _ = parse_fixture("en_two_column")
    found = extractor.facts(doc)
    refs = {b.section for b in doc.blocks if b.kind.value == "reference"}
    assert found and not any(f.evidence.section in refs for f in found)


def test_fact_ids_are_stable(extractor):
    text = "经卵巢注射脐带MSC 3次。"
    assert [f.id for f in facts(extractor, text)] == [f.id for f in facts(extractor, text)]


@pytest.mark.parametrize(
    "text",
    [
        "POI是指女性在40岁前卵巢功能减退, 伴雌激素水平降低及FSH升高。",
        "POI is defined as amenorrhoea with raised FSH and low estradiol before 40.",
    ],
)
def test_a_disease_definition_is_no_hormone_change(extractor, text):
    assert facts(extractor, text, "hormone_change") == []


# ------------------------------------------------------------ sample sizes in context


def sizes(extractor, text):
    return [f.value["n"] for f in facts(extractor, text, "sample_size")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a partition by the number of sessions received is no sample size
        ("共纳入40例患者。随访期间25例接受1次注射，15例接受2次注射。", [40]),
        ("We enrolled 40 women; 25 women received one injection and 15 were treated twice.", [40]),
        ("其中22例于6个月后接受第2次注射，18例接受单次注射。", []),
        # those who went on to a second session are a subgroup too
        ("In all, 40 patients were treated, and 12 patients received a second infusion.", [40]),
        # a whole group receiving its sessions is still the group
        ("对照组20例均接受3次移植。", [20]),
        # named by the sessions they received
        ("接受三次注射的9例中有2例妊娠。", []),
    ],
)
def test_subgroups_by_sessions_received(extractor, text, expected):
    assert sizes(extractor, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("9例术后出现腹胀，均自行缓解。", []),
        ("4例在第二次注射后恢复排卵。", []),
        ("2例（脂肪MSC组）于治疗后4个月妊娠。", []),
        ("1.2.1 脂肪MSC组（12例）于月经第3天抽取脂肪组织。", [12]),
        ("Three participants were excluded after randomisation.", []),
        ("*Five women were removed from the analysis.", []),
        ("The completion rate was 91.3% (420 participants).", []),
        ("In the first four patients the volume was 2 mL.", []),
    ],
)
def test_outcome_and_excluded_counts(extractor, text, expected):
    assert sizes(extractor, text) == expected


def test_a_title_names_its_sample(extractor):
    assert sizes(extractor, "Adipose Stem Cells in 24 Women with Ovarian Failure: A Series of 24 Cases") == [24, 24]


def test_group_sizes_in_a_table_column(extractor):
    doc = document_from_text("表2 各组基线资料\n\n组别 | 例数 | 年龄（岁）\n\nA组 | 12 | 31.2±4.1\n\nB组 | 9 | 33.0±3.8")
    from extractor.layout.document import BlockKind

    for block in doc.blocks[1:]:
        block.kind = BlockKind.TABLE
    found = [(f.value["n"], f.text) for f in extractor.facts(doc) if f.type == "sample_size"]
    assert found == [(12, "12"), (9, "9")]


def test_a_bare_n_in_a_paper_about_animals(extractor):
    text = ("Mice were given the drug and the mice were weighed. Tumour volume in mm^3, n = 8.\n\n"
            "Each mouse was housed alone; mice had free access to water.")
    assert sizes(extractor, text) == []
    assert sizes(extractor, "Patients were followed for a year. Retrospective series, n = 8.") == [8]


@pytest.mark.parametrize(
    "text",
    [
        "Whether repeated infusions help is unclear; the one woman treated four times did not conceive.",
        "接受两次注射的8例中无1例妊娠，提示多次注射或可累积疗效。",
    ],
)
def test_a_denied_outcome_does_not_deny_the_sessions(extractor, text):
    found = facts(extractor, text, "sessions")
    assert found and not any(f.context.negated for f in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Of N people" opening a sentence or clause is the group the clause goes on to divide
        ("Of 60 women invited to keep a diary, 52 returned it and 8 did not.", [60]),
        ("Of the 36 patients enrolled, 20 conceived.", [36]),
        ("Follow-up ended in March; of 44 participants, 41 completed it.", [44]),
        # ... unless its own words make it an outcome
        ("Of 9 women who resumed menstruation, 3 conceived.", []),
        ("Of 30 women screened, 6 were ineligible.", []),
        # a part of another count is still a part
        ("One of the 40 women conceived.", []),
        # Chinese says it as N例…中: the group kept, the part after it not
        ("在接受注射的40例患者中，12例恢复月经。", [40]),
        ("40例患者中有12例妊娠。", [40]),
    ],
)
def test_of_n_people_opening_a_clause_is_the_group(extractor, text, expected):
    assert sizes(extractor, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a percentage describing a sample: its "(n = …)" is the sample's size
        ("In a 20% (n=48) random subsample of the cohort, sleep was recorded.", [48]),
        ("A 15% (n = 33) subgroup completed a second questionnaire.", [33]),
        ("研究随机抽取10%（n=52）的子样本进行复查。", [52]),
        # a percentage reporting a result: the count is its numerator
        ("Bleeding occurred in 12% (n=6) of women.", []),
        ("The pregnancy rate was 20% (n=5).", []),
        ("20%（n=5）的患者出现腹痛。", []),
    ],
)
def test_n_equals_after_a_percentage(extractor, text, expected):
    assert sizes(extractor, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "in", "of", 有 make a count a part of the sample: an outcome subgroup
        ("Amenorrhoea resolved in three women.", []),
        ("其中有3例恢复月经。", []),
        # but not after a study or a report: the count is that study's sample
        ("The same variant was described in two patients with epilepsy^[12].", [2]),
        ("A pilot trial in 24 women with POI found no serious events.", [24]),
        ("This is a study of 18 patients treated in one centre.", [18]),
        # nor after 共 (in all): 共有 is the total
        ("本研究共有52例患者纳入分析。", [52]),
    ],
)
def test_preceded_by_words_after_a_study_or_a_total(extractor, text, expected):
    assert sizes(extractor, text) == expected


def test_wholes_before_and_samples_are_words_of_the_rules(rules_copy):
    """A new word in units.yaml changes the filter, no code change needed."""
    case_report, panel = "The variant was observed in two patients.", "Sleep was logged in a 10% (n=40) panel."
    assert sizes(Extractor.load(rules_copy), case_report) == []
    assert sizes(Extractor.load(rules_copy), panel) == []
    path = rules_copy / "units.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("      en: [reported, described,", "      en: [observed, reported, described,")
    text = text.replace("      en: [sample, samples, subsample,", "      en: [panel, sample, samples, subsample,")
    path.write_text(text, encoding="utf-8")
    edited = Extractor.load(rules_copy)
    assert sizes(edited, case_report) == [2]
    assert sizes(edited, panel) == [40]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an outcome after the group a count belongs to and a parallel count
        ("Three women in the MSC group and two in the placebo group became pregnant.", []),
        ("Six patients in the treatment arm developed fever.", []),
        ("移植组3例、对照组1例妊娠。", []),
        ("3例（移植组）和1例（对照组）恢复月经。", []),
        # the same words with no outcome after them: group sizes
        ("Twelve women in the MSC group and ten in the placebo group were followed for a year.", [12]),
    ],
)
def test_outcome_after_a_parallel_group(extractor, text, expected):
    assert sizes(extractor, text) == expected


# ------------------------------------------------------------ linking distances (settings.yaml)


def extractor_set(rules_dir, **linking) -> Extractor:
    """The rules in ``rules_dir`` with some linking settings changed."""
    path = rules_dir / "settings.yaml"
    text = path.read_text(encoding="utf-8")
    for key, value in linking.items():
        text, n = re.subn(rf"(?m)^(  {key}:) .*$", rf"\g<1> {value}", text)
        assert n == 1, key
    path.write_text(text, encoding="utf-8")
    return Extractor.load(rules_dir)


def pers(extractor, text):
    return [f.value["per"] for f in facts(extractor, text, "dose")]


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("Into each ovary we slowly injected 5×10^6 cells.", 3),  # before the dose
        ("5×10^6 cells were then slowly injected into each ovary.", 4),  # after it
        ("每侧卵巢缓慢注射5×10^6个细胞。", 4),  # a Chinese character is a token
    ],
)
def test_dose_per_tokens_bounds_the_distance_to_a_denominator(rules_copy, extractor, text, tokens):
    assert pers(extractor, text) == ["ovary"]  # the default (8) reaches it
    assert pers(extractor_set(rules_copy, dose_per_tokens=tokens), text) == ["ovary"]
    assert pers(extractor_set(rules_copy, dose_per_tokens=tokens - 1), text) == [None]


def test_dose_per_tokens_can_reach_further(rules_copy, extractor):
    text = ("Into each ovary the gynaecologist on duty at the busy day unit of the hospital then slowly "
            "injected 5×10^6 cells.")
    assert pers(extractor, text) == [None]  # fifteen tokens between: past the default 14
    assert pers(extractor_set(rules_copy, dose_per_tokens=15), text) == ["ovary"]


def test_a_denominator_right_after_its_dose_needs_no_tokens(rules_copy):
    extractor = extractor_set(rules_copy, dose_per_tokens=0)
    assert pers(extractor, "每侧卵巢注射5×10^6个细胞。") == [None]
    assert pers(extractor, "We injected 5×10^6 cells per ovary.") == ["ovary"]


def test_count_tokens_bounds_the_words_between_a_count_and_its_noun(rules_copy, extractor):
    people = "We enrolled 30 consecutive previously untreated infertile patients."
    sessions = "Each woman received two ultrasound-guided intraovarian injections."
    assert sizes(extractor, people) == [30]  # four words between: the default (4)
    assert [f.value["count"] for f in facts(extractor, sessions, "sessions")] == [2]
    narrow = extractor_set(rules_copy, count_tokens=1)
    assert sizes(narrow, people) == []
    assert facts(narrow, sessions, "sessions") == []
    # Chinese counts stand right before their classifier and keep them
    assert sizes(narrow, "共纳入30例患者，均接受2次移植。") == [30]
    assert [f.value["count"] for f in facts(narrow, "共纳入30例患者，均接受2次移植。", "sessions")] == [2]


def _edit_units(rules_dir, old: str, new: str) -> Extractor:
    path = rules_dir / "units.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    return Extractor.load(rules_dir)


@pytest.mark.parametrize(
    "old, new, text, kind, before, after",
    [
        # cell_words: a cell word a few words after a bare power of ten makes it cells
        ("cell_words:\n  en: [cell, cells]", "cell_words:\n  en: [splenocytes, cell, cells]",
         "Each mouse carried 5×10^6 luciferase-tagged splenocytes; these cells were labelled.", "dose", [], ["5×10^6"]),
        # relatives (zh): a count named by the sessions its people received
        ("      zh: [的]", "      zh: [的, 者]",
         "共纳入40例患者。观察组中接受三次注射者9例。", "sample_size", ["40例", "9例"], ["40例"]),
        # relatives (en) and auxiliaries: skipped before a disqualifier after the count
        ("      en: [were, was, had been, have been, are, had, have]", "      en: [got, were, was, had been, have been, are, had, have]",
         "Four women got excluded from the analysis.", "sample_size", ["Four women"], []),
        ("      en: [who, that, which]", "      en: [whom, who, that, which]",
         "Four women whom did not meet the criteria were older.", "sample_size", ["Four women"], []),
    ],
    ids=["cell_words", "relatives_zh", "auxiliaries", "relatives_en"],
)
def test_fact_filter_words_are_words_of_the_rules(rules_copy, old, new, text, kind, before, after):
    """A word added to units.yaml changes the facts, no code change needed."""
    assert [f.text for f in facts(Extractor.load(rules_copy), text, kind)] == before
    assert [f.text for f in facts(_edit_units(rules_copy, old, new), text, kind)] == after


@pytest.mark.parametrize(
    "text, kind, before, after",
    [
        # a count of people is read past its group and a parallel count: an outcome after them
        ("Five women in the MSC branch and two in the saline branch had hot flushes.", "sample_size",
         ["Five women"], []),
        ("干细胞队5例、安慰剂队2例出现潮热。", "sample_size", ["5例"], []),
        # a clause that is a group's name and a count borrows the treatment before it
        ("A队接受卵巢内移植2次，B队3次。", "sessions", ["2次"], ["2次", "3次"]),
    ],
    ids=["en_parallel_group", "zh_parallel_group", "zh_group_label"],
)
def test_group_nouns_are_words_of_the_rules(rules_copy, text, kind, before, after):
    """A group noun added to units.yaml `group_nouns` changes the facts, no code change needed."""
    assert [f.text for f in facts(Extractor.load(rules_copy), text, kind)] == before
    edited = _edit_units(rules_copy, "group_nouns:\n  en: [group, groups, arm, arms, cohort, cohorts]\n  zh: [组]",
                         "group_nouns:\n  en: [branch, group, groups, arm, arms, cohort, cohorts]\n  zh: [组, 队]")
    assert [f.text for f in facts(edited, text, kind)] == after


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Over three visits patients received stem cell injections.", "sample_size"),
        ("Within two cycles injections were given to each woman.", "sessions"),
    ],
    ids=["sample_size", "sessions"],
)
def test_words_not_between_a_count_and_its_noun_are_words_of_the_rules(rules_copy, text, kind):
    """A word added to units.yaml `not_between` stops a count reaching its noun past it."""
    assert len(facts(Extractor.load(rules_copy), text, kind)) == 1  # "three visits patients"
    edited = _edit_units(rules_copy, "not_between:\n  en: [month,", "not_between:\n  en: [visits, cycles, month,")
    assert facts(edited, text, kind) == []


@pytest.mark.parametrize(
    "text, before, after",
    [
        # an outcome after a time: 3例 is no sample size
        ("3例治疗期间出现卵巢过度刺激综合征。", ["3例"], []),
        # counts split by the sessions they received after a time: subgroups
        ("14例治疗期间接受1次移植，11例治疗期间接受2次移植。", ["14例", "11例"], []),
    ],
    ids=["outcome", "subgroups"],
)
def test_time_markers_are_words_of_the_rules(rules_copy, text, before, after):
    """A word added to sample_size `time_markers` (units.yaml) lets a verb be read past a time."""
    assert [f.text for f in facts(Extractor.load(rules_copy), text, "sample_size")] == before
    edited = _edit_units(rules_copy, "      zh: [术后, 后, 时]", "      zh: [期间, 术后, 后, 时]")
    assert [f.text for f in facts(edited, text, "sample_size")] == after
