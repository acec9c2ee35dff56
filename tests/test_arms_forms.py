"""Study arms said by the group's name (corpus/ANNOTATION.md, ``arm``): sentences
of our own, Chinese and English, each with the (type, value, arm) of the facts
that belong to one group.  A fact stated of a named group takes the group's
name as printed; a group named with its count in brackets labels its clause;
a later sentence of the paragraph keeps the group until another is named.
Facts of every group (两组, 各组, both groups), comparisons between groups and
single-arm studies take none."""

from __future__ import annotations

import pytest

from extractor.layout.textlayer import document_from_text

from formkit import assert_in_no_corpus_file, extractor


def _value(fact):
    v = fact.value
    return {
        "sample_size": lambda: v["n"],
        "dose": lambda: v["value"],
        "route": lambda: v["id"],
        "cell_type": lambda: v["id"],
        "sessions": lambda: v["count"],
        "hormone_change": lambda: f"{v['hormone']} {v['direction']}",
        "follow_up": lambda: f"{v['value']:g} {v['unit']}",
    }[fact.type]()


def armed(text):
    """(type, value, arm) of every fact of ``text`` that is not denied, and the arms given."""
    facts = [f for f in extractor().facts(document_from_text(text)) if not f.context.negated]
    return [(f.type, _value(f), f.arm) for f in facts]


def check(text, expected):
    got = armed(text)
    missing = [t for t in expected if t not in got]
    # every arm given is one expected: no fact takes a group it does not belong to
    extra = [t for t in got if t[2] is not None and t not in expected]
    assert not missing and not extra, f"{text}\n  missing {missing}\n  unexpected {extra}\n  got {got}"


UC, BM, EV = "umbilical_cord_msc", "bone_marrow_msc", "extracellular_vesicle"
IO, IV, IP, OA = "intraovarian_injection", "intravenous", "intraperitoneal", "ovarian_artery_infusion"

# --------------------------------------------------------------------------- Chinese, positive

ZH_POSITIVE = [
    # a group described, then named in brackets at the end of its stretch
    ("其中36例接受UC-MSCs经静脉输注（细胞组），35例仅给予常规治疗（对照组）。",
     [("sample_size", 36, "细胞组"), ("cell_type", UC, "细胞组"), ("route", IV, "细胞组"),
      ("sample_size", 35, "对照组")]),
    ("观察组30例，对照组30例。",
     [("sample_size", 30, "观察组"), ("sample_size", 30, "对照组")]),
    ("观察组经卵巢动脉注射UC-MSCs 1×10^7个，对照组给予激素替代治疗。",
     [("route", OA, "观察组"), ("cell_type", UC, "观察组"), ("dose", 1e7, "观察组")]),
    ("治疗后观察组FSH较治疗前明显下降。",
     [("hormone_change", "FSH decrease", "观察组")]),
    ("试验组患者接受2次脐带间充质干细胞移植。",
     [("sessions", 2, "试验组"), ("cell_type", UC, "试验组")]),
    ("治疗组（25例）于经阴道超声引导下行卵巢内注射。",
     [("sample_size", 25, "治疗组"), ("route", IO, "治疗组")]),
    ("A组20例每侧卵巢注射5×10^6个细胞，B组20例每侧卵巢注射1×10^7个细胞。",
     [("sample_size", 20, "A组"), ("dose", 5e6, "A组"), ("route", IO, "A组"),
      ("sample_size", 20, "B组"), ("dose", 1e7, "B组"), ("route", IO, "B组")]),
    ("高剂量组大鼠经尾静脉注射骨髓间充质干细胞2×10^6个。",
     [("route", IV, "高剂量组"), ("cell_type", BM, "高剂量组"), ("dose", 2e6, "高剂量组")]),
    # the cell type that names the group is the group's
    ("BMSC组大鼠经尾静脉注射BMSC 1×10^6个。",
     [("cell_type", BM, "BMSC组"), ("cell_type", BM, "BMSC组"), ("route", IV, "BMSC组"), ("dose", 1e6, "BMSC组")]),
    # 该组 goes on with the group of the sentence before
    ("干预组共32例。该组患者均在经阴道超声引导下行卵巢局部注射脐带MSC，随访6个月。",
     [("sample_size", 32, "干预组"), ("route", IO, "干预组"), ("cell_type", UC, "干预组"),
      ("follow_up", "6 month", "干预组")]),
    ("MSC组治疗3个月后AMH升高，E2升高。",
     [("hormone_change", "AMH increase", "MSC组"), ("hormone_change", "E2 increase", "MSC组"),
      ("follow_up", "3 month", "MSC组")]),
    ("对照组FSH无明显变化。",
     [("hormone_change", "FSH no_change", "对照组")]),
    ("实验组小鼠腹腔注射外泌体100 μg，共3次。",
     [("route", IP, "实验组"), ("cell_type", EV, "实验组"), ("dose", 100, "实验组"), ("sessions", 3, "实验组")]),
    ("低剂量组（12例）每侧卵巢注射5×10^6个细胞。",
     [("sample_size", 12, "低剂量组"), ("dose", 5e6, "低剂量组"), ("route", IO, "低剂量组")]),
    # the group compared with is no subject: the change is the observation group's
    ("与对照组相比，观察组AMH水平显著升高。",
     [("hormone_change", "AMH increase", "观察组")]),
    ("联合组患者于宫腔镜术后接受宫腔内注射脐带MSC 2次。",
     [("cell_type", UC, "联合组"), ("sessions", 2, "联合组")]),
    ("研究组40例患者接受静脉输注脐带MSC，随访12个月。",
     [("sample_size", 40, "研究组"), ("route", IV, "研究组"), ("cell_type", UC, "研究组"),
      ("follow_up", "12 month", "研究组")]),
    ("治疗组共28例。治疗组患者于月经干净后接受卵巢内注射，随访6个月后FSH下降。",
     [("sample_size", 28, "治疗组"), ("route", IO, "治疗组"), ("follow_up", "6 month", "治疗组"),
      ("hormone_change", "FSH decrease", "治疗组")]),
    # a later sentence naming another group takes that one
    ("观察组经静脉输注脐带MSC。对照组FSH未见明显变化。",
     [("route", IV, "观察组"), ("cell_type", UC, "观察组"), ("hormone_change", "FSH no_change", "对照组")]),
    ("移植组小鼠经尾静脉注射脐带MSC 1×10^6个，每周1次，共2次。",
     [("route", IV, "移植组"), ("cell_type", UC, "移植组"), ("dose", 1e6, "移植组"), ("sessions", 2, "移植组")]),
    ("干预组（n=18）接受2次卵巢内注射。",
     [("sample_size", 18, "干预组"), ("sessions", 2, "干预组"), ("route", IO, "干预组")]),
    ("BMSC组大鼠FSH水平低于模型组，AMH水平高于模型组。",
     [("cell_type", BM, "BMSC组"), ("hormone_change", "FSH decrease", "BMSC组"),
      ("hormone_change", "AMH increase", "BMSC组")]),
    ("观察组30例与对照组30例的一般资料比较，差异无统计学意义。",
     [("sample_size", 30, "观察组"), ("sample_size", 30, "对照组")]),
    ("干细胞组大鼠经尾静脉注射细胞悬液1 mL。",
     [("route", IV, "干细胞组"), ("dose", 1, "干细胞组")]),
    ("观察组与对照组比较，观察组FSH降低。",
     [("hormone_change", "FSH decrease", "观察组")]),
    # the group built on is no subject
    ("对照组采用激素替代治疗，观察组在对照组基础上联合卵巢内注射脐带MSC。",
     [("route", IO, "观察组"), ("cell_type", UC, "观察组")]),
    # compared with before treatment, not with another group
    ("治疗3个月后，观察组血清FSH水平低于治疗前，AMH水平高于治疗前。",
     [("hormone_change", "FSH decrease", "观察组"), ("hormone_change", "AMH increase", "观察组"),
      ("follow_up", "3 month", None)]),
]

# --------------------------------------------------------------------------- Chinese, negative

ZH_NEGATIVE = [
    "两组患者均接受经阴道超声引导下卵巢注射。",
    "各组小鼠均于造模后第7天经尾静脉注射BMSC。",
    "治疗后两组FSH均下降。",
    "本研究共纳入40例患者，均接受卵巢内注射脐带MSC。",
    "全组患者FSH下降。",
    # a comparison between groups as such
    "治疗后观察组FSH下降幅度大于对照组。",
    "组间比较，两组AMH均较治疗前升高。",
    "将60例患者随机分为观察组和对照组，每组30例。",
    # two groups as one subject
    "观察组和对照组均接受静脉输注脐带MSC。",
    "每组患者均接受2次卵巢内注射。",
    "观察组患者于月经第3天开始治疗。全部患者均经阴道超声引导下行卵巢内注射。",
]

# --------------------------------------------------------------------------- English, positive

EN_POSITIVE = [
    # a count sent to the group named right after it takes that group, not the one named before
    ("Twelve women were assigned to the marrow group and eleven to the sham group.",
     [("sample_size", 12, "marrow group"), ("sample_size", 11, "sham group")]),
    # a group introduced with an article, then what it was given; its abbreviation in its name
    ("The mice formed a sham group; an exosome group, in which 100 μg of vesicles went in via the tail vein;"
     " and a PBS group.",
     [("cell_type", EV, "exosome group"), ("dose", 100, "exosome group"), ("route", IV, "exosome group")]),
    # a stretch that turns to other people ends the group being described
    ("In the cell arm FSH fell by month 3, whereas in women given saline FSH did not change.",
     [("hormone_change", "FSH decrease", "cell arm"), ("follow_up", "3 month", "cell arm")]),
    ("In the intraperitoneal (IP) group, 1 × 10^6 cells were given.",
     [("dose", 1e6, "intraperitoneal (IP) group"), ("route", IP, "intraperitoneal (IP) group")]),
    # values listed where one count is said of every group: each value is a group's
    ("Twelve women took part, four per dose level: 2 × 10^6, 5 × 10^6 and 1 × 10^7 cells per ovary.",
     [("dose", 2e6, "2 × 10^6"), ("dose", 5e6, "5 × 10^6"), ("dose", 1e7, "1 × 10^7")]),
    ("Sixteen women received intraovarian cells (cell group) and 15 a sham puncture (sham group).",
     [("sample_size", 16, "cell group"), ("route", IO, "cell group")]),
    ("The treatment group received 1×10^7 UC-MSCs by intraovarian injection.",
     [("dose", 1e7, "treatment group"), ("cell_type", UC, "treatment group"), ("route", IO, "treatment group")]),
    ("Patients in the MSC arm received two injections.",
     [("sessions", 2, "MSC arm")]),
    ("Group A (n = 20) received 5×10^6 cells per ovary.",
     [("sample_size", 20, "Group A"), ("dose", 5e6, "Group A")]),
    ("In the control group, FSH did not change.",
     [("hormone_change", "FSH no_change", "control group")]),
    ("The high-dose cohort received 2×10^7 cells per ovary.",
     [("dose", 2e7, "high-dose cohort")]),
    ("Twenty women were randomised to the cell group (n = 12) or the placebo group (n = 8).",
     [("sample_size", 12, "cell group"), ("sample_size", 8, "placebo group"), ("sample_size", 20, None)]),
    ("The 2-injection arm (n = 9) received a second injection three months later.",
     [("sample_size", 9, "2-injection arm"), ("sessions", 2, "2-injection arm")]),
    ("The POI + BMSC group received 1 × 10^6 cells via the tail vein.",
     [("dose", 1e6, "POI + BMSC group"), ("route", IV, "POI + BMSC group"), ("cell_type", BM, "POI + BMSC group")]),
    ("The intervention group comprised 24 women. They received intraovarian injections of umbilical cord MSCs "
     "and were followed for 12 months.",
     [("sample_size", 24, "intervention group"), ("route", IO, "intervention group"),
      ("cell_type", UC, "intervention group"), ("follow_up", "12 month", "intervention group")]),
    ("In the experimental group, AMH rose and FSH fell after treatment.",
     [("hormone_change", "AMH increase", "experimental group"), ("hormone_change", "FSH decrease", "experimental group")]),
    ("Mice in the exosome group were injected intraperitoneally with 100 µg of exosomes three times.",
     [("cell_type", EV, "exosome group"), ("cell_type", EV, "exosome group"), ("route", IP, "exosome group"),
      ("dose", 100, "exosome group"), ("sessions", 3, "exosome group")]),
    ("The low-dose group (n = 10) received 5×10^6 cells, and the high-dose group (n = 10) received 1×10^7 cells.",
     [("sample_size", 10, "low-dose group"), ("dose", 5e6, "low-dose group"),
      ("sample_size", 10, "high-dose group"), ("dose", 1e7, "high-dose group")]),
    ("Patients in group B received an intravenous infusion of stromal cells.",
     [("route", IV, "group B")]),
    ("The MSC group showed increased E2 levels.",
     [("hormone_change", "E2 increase", "MSC group")]),
    ("Compared with the control group, the treated group had lower FSH.",
     [("hormone_change", "FSH decrease", "treated group")]),
    ("Women in the BMSC group were followed up for 6 months.",
     [("cell_type", BM, "BMSC group"), ("follow_up", "6 month", "BMSC group")]),
    ("FSH decreased in the cell group (P = 0.01).",
     [("hormone_change", "FSH decrease", "cell group")]),
    ("The sham group (n = 11) underwent a needle puncture without cells. In the cell group, AMH increased.",
     [("sample_size", 11, "sham group"), ("hormone_change", "AMH increase", "cell group")]),
    ("The stem cell arm received intravenous hUC-MSCs at 1×10^6 cells/kg.",
     [("route", IV, "stem cell arm"), ("cell_type", UC, "stem cell arm"), ("dose", 1e6, "stem cell arm")]),
    ("Rats in the BMSC group received 2×10^6 cells through the tail vein on two occasions, and E2 rose.",
     [("cell_type", BM, "BMSC group"), ("dose", 2e6, "BMSC group"), ("route", IV, "BMSC group"),
      ("hormone_change", "E2 increase", "BMSC group")]),
    # two groups with their counts: the counts are theirs, what follows is both groups'
    ("The stromal cell group (n = 16) and the placebo group (n = 15) were followed for 9 months.",
     [("sample_size", 16, "stromal cell group"), ("sample_size", 15, "placebo group"), ("follow_up", "9 month", None)]),
    ("Women in the treatment group received stromal cells intravenously through a right arm vein.",
     [("route", IV, "treatment group")]),
    # one arm, one label: the name given first, with or without its head word
    ("The low-dose (n = 6) and high-dose (n = 7) groups received 5×10^6 and 1×10^7 cells per ovary, "
     "respectively. In the high-dose group, FSH fell.",
     [("sample_size", 6, "low-dose"), ("dose", 5e6, "low-dose"), ("sample_size", 7, "high-dose"),
      ("dose", 1e7, "high-dose"), ("hormone_change", "FSH decrease", "high-dose")]),
    # one group's level against another's: the subject group's change
    ("After treatment, AMH was higher in the MSC group than in the control group.",
     [("hormone_change", "AMH increase", "MSC group")]),
    # a group named after what it holds: the nearest such name, not the group before
    ("Women had a median of two injections in the early group and three injections in the late group.",
     [("sessions", 2, "early group"), ("sessions", 3, "late group")]),
]

# --------------------------------------------------------------------------- English, negative

EN_NEGATIVE = [
    "The control and treatment groups were similar at baseline, and all 40 women were followed for 6 months.",
    "In both groups, FSH decreased after treatment.",
    "All groups received 1×10^6 cells via the tail vein.",
    "FSH fell more in the MSC group than in the control group.",
    "Forty women received intraovarian injections of bone marrow MSCs.",
    "Each group received two intraovarian injections of umbilical cord MSCs.",
    "AMH was higher in every treated group than in the saline group.",
    # words that hold a head without naming a group of the study
    "Our research group previously injected 5×10^6 bone marrow MSCs into each ovary.",
    # what the whole study did, after a group's sentence
    "Patients in the cell arm were treated in the outpatient clinic. Follow-up lasted 12 months.",
    "The stem cell group was treated first. All patients received intraovarian injections of bone marrow MSCs.",
    "The treatment group received stromal cells. FSH fell in both groups.",
    "Women in the two groups were followed up for 12 months after intraovarian injection.",
    "AMH rose more in the high-dose group than in the low-dose group.",
    "Thirty women with POI received 5×10^6 umbilical cord MSCs per ovary, and FSH fell after 3 months.",
    # groups listed as the study's allocation: none of them is what follows
    "Rats were divided into a sham group, a model group and a treated group. "
    "Cyclophosphamide was given intraperitoneally at 50 mg/kg.",
    # a group the study lacks is no arm, and nothing after it is one
    "None of these series had a control group. They used intraovarian injections of bone marrow MSCs.",
    # a cited study's sentence is not about the group being described
    "The cell group (n = 14) was treated under ultrasound guidance. Intravenous MSCs lowered FSH in rats^[7].",
]


def test_the_forms_are_our_own():
    texts = [t for t, _ in ZH_POSITIVE + EN_POSITIVE] + ZH_NEGATIVE + EN_NEGATIVE
    assert len(ZH_POSITIVE) >= 20 and len(EN_POSITIVE) >= 20
    assert_in_no_corpus_file(texts)


@pytest.mark.parametrize("text, expected", ZH_POSITIVE, ids=[t[:16] for t, _ in ZH_POSITIVE])
def test_a_fact_of_a_named_group_takes_its_name_zh(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text, expected", EN_POSITIVE, ids=[t[:30] for t, _ in EN_POSITIVE])
def test_a_fact_of_a_named_group_takes_its_name_en(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text", ZH_NEGATIVE + EN_NEGATIVE, ids=[t[:24] for t in ZH_NEGATIVE + EN_NEGATIVE])
def test_facts_of_every_group_or_of_a_comparison_take_none(text):
    got = armed(text)
    assert got, f"no fact found in {text!r}: the form tests nothing"
    own = [t for t in got if t[2] is not None and not (t[0] == "sample_size" and t[2] == "cell group")]
    assert own == [], got


def test_in_a_discussion_a_name_labels_its_own_sentence_only():
    from extractor.layout.document import Section

    text = "In the cell group, FSH fell. Intravenous MSCs home poorly to the ovary."
    # in a methods or results paragraph the next sentence goes on with the group
    assert [(f.type, f.arm) for f in extractor().facts(document_from_text(text))] == [
        ("hormone_change", "cell group"), ("route", "cell group")]
    doc = document_from_text(text, section="Discussion")
    doc.sections.append(Section(title="Discussion", level=1, page=1, kind="discussion"))
    assert [(f.type, f.arm) for f in extractor().facts(doc)] == [("hormone_change", "cell group"), ("route", None)]


# --------------------------------------------------------------------------- second round: one arm, one label;
# cases of a series; a count of every group; comparisons between groups

# one arm named two ways in a passage keeps one label (the first it was given)
ONE_LABEL = [
    # names before one head word, listed, with the values given them respectively
    ("低、高剂量组分别经尾静脉注射外泌体30 μg和120 μg。高剂量组E2升高。",
     [("dose", 30, "低"), ("dose", 120, "高剂量"), ("hormone_change", "E2 increase", "高剂量")]),
    ("Women were allocated to a low-dose (n = 9) or high-dose (n = 9) arm receiving 5×10^6 or 2×10^7 cells per "
     "ovary, respectively. In the high-dose arm, FSH fell.",
     [("sample_size", 9, "low-dose"), ("dose", 5e6, "low-dose"), ("sample_size", 9, "high-dose"),
      ("dose", 2e7, "high-dose"), ("hormone_change", "FSH decrease", "high-dose")]),
    # groups named with their heads, values given them one to one
    ("低剂量组和高剂量组分别经尾静脉注射1×10^6个和5×10^6个细胞。高剂量组AMH升高。",
     [("dose", 1e6, "低剂量组"), ("dose", 5e6, "高剂量组"), ("hormone_change", "AMH increase", "高剂量组")]),
    ("The low-dose group and the high-dose group received 1×10^6 and 5×10^6 cells per ovary, respectively.",
     [("dose", 1e6, "low-dose group"), ("dose", 5e6, "high-dose group")]),
    # a group named with an alias in brackets: both names are one arm
    ("The low-dose group (group L, n = 8) received 5×10^6 cells per ovary. In group L, AMH rose.",
     [("sample_size", 8, "low-dose group"), ("dose", 5e6, "low-dose group"),
      ("hormone_change", "AMH increase", "low-dose group")]),
    ("低剂量组（A组，12例）每侧卵巢注射5×10^6个细胞。A组治疗后FSH下降。",
     [("sample_size", 12, "低剂量组"), ("dose", 5e6, "低剂量组"), ("route", IO, "低剂量组"),
      ("hormone_change", "FSH decrease", "低剂量组")]),
    # an arm labelled by its value, then named by that value
    ("Women were randomised to 1 injection (n = 5) or 2 injections (n = 6). In the 2-injection arm, AMH rose.",
     [("sessions", 1, "1 injection"), ("sample_size", 5, "1 injection"), ("sessions", 2, "2 injections"),
      ("sample_size", 6, "2 injections"), ("hormone_change", "AMH increase", "2 injections")]),
    # values listed, each with what else it gave in brackets of its own: a list of arms
    ("Patients received cells either intravenously (1×10^6 cells/kg) or by intraovarian injection (5×10^6 cells "
     "per ovary).",
     [("route", IV, "intravenously"), ("dose", 1e6, "intravenously"),
      ("route", IO, "intraovarian injection"), ("dose", 5e6, "intraovarian injection")]),
    ("分别给予1次(12例)或2次(14例)卵巢内注射。2次组治疗后AMH升高。",
     [("sessions", 1, "1次"), ("sample_size", 12, "1次"), ("sessions", 2, "2次"), ("sample_size", 14, "2次"),
      ("hormone_change", "AMH increase", "2次")]),
]

# a case series: what is said of one case is that case's (例1, "Case 1", "patient 2")
CASES = [
    ("例1接受2次卵巢内注射，例2接受1次卵巢内注射。",
     [("sessions", 2, "例1"), ("route", IO, "例1"), ("sessions", 1, "例2"), ("route", IO, "例2")]),
    ("例1移植后FSH下降，例2 FSH无明显变化。",
     [("hormone_change", "FSH decrease", "例1"), ("hormone_change", "FSH no_change", "例2")]),
    ("Case 1 received two intraovarian injections and was followed for 10 months.",
     [("sessions", 2, "Case 1"), ("route", IO, "Case 1"), ("follow_up", "10 month", "Case 1")]),
    ("In patient 2, FSH fell after treatment.",
     [("hormone_change", "FSH decrease", "patient 2")]),
    # what all the patients had is no case's
    ("例1共接受2次移植。患者均经阴道超声引导下行卵巢内注射。",
     [("sessions", 2, "例1"), ("route", IO, None)]),
]

# comparisons between groups, and counts of every group, take no arm
NO_ARM = [
    "治疗后各组血清FSH水平均较治疗前下降。",
    "观察组与对照组FSH下降幅度比较，差异无统计学意义。",
    "FSH fell in both groups after treatment.",
    "AMH did not differ between the cell group and the placebo group at 6 months.",
    "Rats were injected with 5×10^6 BMSCs per ovary, except those of the control group.",
    "除对照组外，其余大鼠腹腔注射顺铂2 mg/kg。",
    # a design, not a group
    "A three-arm trial of intraovarian umbilical cord MSCs in 45 women.",
    # a conclusion is nobody's arm
    "In the high-dose arm, AMH rose. Interpretation: 1×10^7 cells per ovary merit further study.",
]

# a count said of every group at once: each group's count, no arm of its own
EACH = [
    ("将40例患者随机分为观察组和对照组，各20例。", 20),
    ("Thirty women were allocated to a cell group or a placebo group, 15 in each group.", 15),
    ("Women were randomised to two arms (n = 8 per arm).", 8),
]


def test_the_second_round_forms_are_our_own():
    texts = [t for t, _ in ONE_LABEL + CASES + EACH] + NO_ARM
    assert_in_no_corpus_file(texts)


@pytest.mark.parametrize("text, expected", ONE_LABEL, ids=[t[:24] for t, _ in ONE_LABEL])
def test_one_arm_keeps_one_label(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text, expected", CASES, ids=[t[:20] for t, _ in CASES])
def test_a_case_of_a_series_is_an_arm(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text", NO_ARM, ids=[t[:24] for t in NO_ARM])
def test_comparisons_and_designs_take_no_arm(text):
    got = armed(text)
    assert got, f"no fact found in {text!r}: the form tests nothing"
    first = "high-dose arm" if text.startswith("In the high-dose arm") else None
    assert [t for t in got if t[2] is not None and t[2] != first] == [], got


@pytest.mark.parametrize("text, n", EACH, ids=[t[:20] for t, _ in EACH])
def test_a_count_of_every_group_is_each_arms(text, n):
    counts = [f for f in extractor().facts(document_from_text(text)) if f.type == "sample_size" and f.value["n"] == n]
    assert [(f.arm, f.each_arm) for f in counts] == [(None, True)], text
