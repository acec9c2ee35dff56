"""Numbers, doses, sessions and sample sizes (extractor/quantities.py).

Every sentence here is written for the test, not taken from a paper.  The
finders run with ``TEST_VOCAB`` (below), the fallback that does not move
when the project's ``rules/units.yaml`` changes, and with that file too.
"""

from __future__ import annotations

import functools
import math
from pathlib import Path
from dataclasses import dataclass

import pytest

from extractor.facts.quantities import (
    DoseMention,
    QuantityVocab,
    SessionMention,
    find_doses,
    find_sample_sizes,
    find_sessions,
    parse_number,
)
from extractor.facts import quantities
from extractor.ruleset.model import RuleError, load_rules

# The fallback vocabulary: what rules/units.yaml is expected to hold, and
# enough for these cases on its own.
TEST_VOCAB = QuantityVocab(
    units={
        "cells": "cells", "cell": "cells", "个细胞": "cells", "细胞": "cells", "个": "cells",
        "cells/kg": "cells/kg", "个细胞/kg": "cells/kg", "个/kg": "cells/kg",
        "U/kg": "U/kg", "mg/kg": "mg/kg", "mg": "mg", "毫克": "mg",
        "µg": "µg", "μg": "µg", "ug": "µg", "mL": "mL", "毫升": "mL", "IU": "IU", "国际单位": "IU",
    },
    unit_excludes=("个月", "个卵泡", "个研究"),
    not_units=("IU/L", "mIU/mL", "pg/mL", "ng/mL", "cells/mL", "%", "nm", "μm", "µm", "years", "weeks",
               "岁", "个月", "年", "周"),
    per={
        "/kg": "kg", "per kg": "kg", "per kilogram": "kg", "每公斤": "kg", "每千克": "kg",
        "per ovary": "ovary", "each ovary": "ovary", "/ovary": "ovary", "每侧卵巢": "ovary", "每侧": "ovary",
        "/侧": "ovary", "per injection": "injection", "每次": "injection",
        "per patient": "patient", "每例": "patient", "每人": "patient",
    },
    per_kg={"cells": "cells/kg", "mg": "mg/kg"},
    multipliers={"万": 1e4, "亿": 1e8, "million": 1e6},
    cell_cues=("MSC", "干细胞", "stem cell"),
    session_cues=("移植", "注射", "输注", "治疗", "给药", "回输",
                  "inject", "infus", "transplant", "administ", "treat", "dose", "session"),
    session_nouns=("injection", "infusion", "transplantation", "administration", "treatment", "dose",
                   "session"),
    session_unspecified=("repeated transplantation", "多次注射"),
    carriers=("suspended", "resuspended", "dissolved", "diluted",
              "溶于", "悬浮于", "悬于", "重悬于", "混悬于", "稀释于", "稀释至"),
    approximately=("左右", "以上", "以下", "以内", "上下"),
    session_excludes=("次/周", "times higher", "times a week"),
    session_single=("single", "one-time", "one-off", "单次"),
    session_multiple=("multiple", "repeated", "repeat", "several", "serial", "sequential",
                      "多次", "数次", "反复", "重复", "多轮"),
    session_not_followed_by=("group", "groups", "arm", "arms", "cohort", "cohorts", "option", "options",
                             "strategy", "strategies", "modality", "modalities", "regimen", "regimens",
                             "approach", "approaches", "method", "methods", "protocol", "protocols"),
    session_comparatives=("higher", "lower", "more", "less", "greater", "larger", "smaller", "as", "that",
                          "than", "fold"),
    session_subsets=("first", "last", "initial", "final", "next", "remaining"),
    group_nouns=("group", "groups", "arm", "arms", "cohort", "cohorts", "组"),
    not_between=("month", "months", "week", "weeks", "day", "days", "year", "years", "hour", "hours",
                 "time", "times", "patient", "patients", "women", "group", "groups", "received", "underwent"),
    subjects=("患者", "病人", "女性", "妇女", "受试者", "志愿者", "孕妇", "吸烟者", "儿童",
              "patients", "patient", "women", "woman", "participants", "subjects", "volunteers",
              "smokers", "children", "adults"),
    sample_prefixes=("n =", "n="),
    non_subjects=("研究", "文献", "试验", "小鼠", "大鼠", "studies", "study", "trials", "RCTs",
                  "articles", "mice", "rats", "animals"),
)


@dataclass
class E:
    """One expected mention: surface, normalised fields, rule prefix."""

    text: str
    rule: str
    value: float | None = None
    unit: str | None = None
    per: str | None = None
    low: float | None = None
    high: float | None = None
    count: int | None = None
    n: int | None = None


def D(text, value, unit, per=None, rule="dose.", low=None, high=None):
    return E(text, rule, value=value, unit=unit, per=per, low=low, high=high)


def S(text, count, rule="sessions."):
    return E(text, rule, count=count)


def N(text, n, rule="sample_size."):
    return E(text, rule, n=n)


def check(sentence, found, expected):
    assert [m.text for m in found] == [e.text for e in expected], found
    for m, e in zip(found, expected):
        assert sentence[m.start:m.end] == m.text == e.text
        assert m.rule.startswith(e.rule), (m.rule, e.rule)
        if isinstance(m, DoseMention):
            assert math.isclose(m.value, e.value), (m, e)
            assert (m.unit, m.per) == (e.unit, e.per), m
            if e.low is None:
                assert m.low is None and m.high is None
            else:
                assert math.isclose(m.low, e.low) and math.isclose(m.high, e.high)
                assert m.value == m.low  # ranges report their low end as value
        elif isinstance(m, SessionMention):
            assert m.count == e.count, m
        else:
            assert m.n == e.n and m.unit == "patients", m


# ------------------------------------------------------------ parse_number

NUMBERS = [
    ("5", 5), ("1.5", 1.5), ("5×10^6", 5e6), ("5 x 10^6", 5e6), ("5*10^6", 5e6),
    ("5×10⁶", 5e6), ("5E6", 5e6), ("5e+06", 5e6), ("1.5 × 10^{7}", 1.5e7), ("10^6", 1e6),
    ("10^{-3}", 1e-3), ("5 million", 5e6), ("five million", 5e6), ("500万", 5e6),
    ("5百万", 5e6), ("一千万", 1e7), ("两千万", 2e7), ("1.5亿", 1.5e8), ("二十", 20),
    ("两", 2), ("十二", 12), ("一亿五千万", 1.5e8), ("4,000,000", 4e6),
    ("twenty-eight", 28), ("１２", 12),
    ("", None), ("abc", None), ("5,6", None), ("mg", None),
]


@pytest.mark.parametrize("text,value", NUMBERS)
def test_parse_number(text, value):
    got = parse_number(text)
    assert got == value if value is None else math.isclose(got, value)


def test_parse_number_vocab_multiplier():
    assert parse_number("3 lakh", {"lakh": 1e5}) == 3e5


# ------------------------------------------------------------ doses

DOSES = [
    ("本方案中脐带MSC的剂量为每侧卵巢5×10^6。",
     [D("5×10^6", 5e6, "cells", "ovary", "dose.sci_notation")]),
    ("受试者接受1.5×10^7个细胞的卵巢内注射。",
     [D("1.5×10^7个细胞", 1.5e7, "cells", rule="dose.sci_notation")]),
    ("MSCs were infused intravenously at 2×10^6 cells/kg.",
     [D("2×10^6 cells/kg", 2e6, "cells/kg", None, "dose.sci_notation")]),
    ("每例患者回输500万个细胞。",
     [D("500万个细胞", 5e6, "cells", "patient", "dose.cn_multiplier")]),
    ("Each participant received 5 million cells.",
     [D("5 million cells", 5e6, "cells", rule="dose.en_multiplier")]),
    ("每只大鼠按116 U/kg皮下给药。",
     [D("116 U/kg", 116, "U/kg", None, "dose.plain")]),
    ("The drug was given at 2.5 mg/kg by mouth.",
     [D("2.5 mg/kg", 2.5, "mg/kg", None, "dose.plain")]),
    ("细胞剂量为1–2×10^6/kg。",
     [D("1–2×10^6/kg", 1e6, "cells/kg", None, "dose.range.sci_notation", low=1e6, high=2e6)]),
    ("低、高剂量组分别输注1×10^6~1×10^7个细胞。",
     [D("1×10^6~1×10^7个细胞", 1e6, "cells", rule="dose.range", low=1e6, high=1e7)]),
    ("三组分别注射5×10^6、1×10^7、1.5×10^7个细胞。",
     [D("5×10^6", 5e6, "cells"), D("1×10^7", 1e7, "cells"), D("1.5×10^7个细胞", 1.5e7, "cells")]),
    ("低、中、高剂量组(细胞数分别为 2×10^6 、 4×10^6 、 8×10^6)均经阴道注射。",
     [D("2×10^6", 2e6, "cells", rule="dose.sci_notation"), D("4×10^6", 4e6, "cells"),
      D("8×10^6", 8e6, "cells")]),
    ("We injected 1×10^7 cells per ovary under ultrasound guidance.",
     [D("1×10^7 cells per ovary", 1e7, "cells", "ovary")]),
    ("A dose of 5×10^6 hUC-MSCs was injected into each ovary.",
     [D("5×10^6", 5e6, "cells", "ovary", "dose.sci_notation")]),
    ("每公斤体重输注2×10^6个细胞。",
     [D("2×10^6个细胞", 2e6, "cells/kg", None)]),
    ("每次注射1×10^7个细胞，共注射3次。",
     [D("1×10^7个细胞", 1e7, "cells", "injection")]),
    ("Patients received 1 × 10^6 cells per injection.",
     [D("1 × 10^6 cells per injection", 1e6, "cells", "injection")]),
    ("The stem cell suspension (5 x 10^6) was transplanted into the ovary.",
     [D("5 x 10^6", 5e6, "cells", rule="dose.sci_notation")]),
    ("hCG 10,000 IU was given to trigger ovulation.",
     [D("10,000 IU", 1e4, "IU", rule="dose.plain")]),
    ("患者每日口服地屈孕酮20 mg。", [D("20 mg", 20, "mg")]),
    ("A volume of 0.5 mL containing the cells was injected.", [D("0.5 mL", 0.5, "mL")]),
    ("Zoledronic acid 4 mg and vitamin D 800 IU were co-administered.",
     [D("4 mg", 4, "mg"), D("800 IU", 800, "IU")]),
    ("A total of 1.5 × 10^{7} cells were delivered.",
     [D("1.5 × 10^{7} cells", 1.5e7, "cells", rule="dose.sci_notation")]),
    ("Cells were injected at 5×10⁶ per ovary.",
     [D("5×10⁶ per ovary", 5e6, "cells", "ovary", "dose.sci_notation")]),
    ("每侧卵巢注射两千万个细胞。",
     [D("两千万个细胞", 2e7, "cells", "ovary", "dose.cn_numeral")]),
    ("Rats were dosed at 1, 2 and 4 mg/kg.",
     [D("1", 1, "mg/kg", None, "dose.list"), D("2", 2, "mg/kg", None, "dose.list"),
      D("4 mg/kg", 4, "mg/kg", None, "dose.plain")]),
    ("Between 5-10 million cells were injected.",
     [D("5-10 million cells", 5e6, "cells", rule="dose.range.en_multiplier", low=5e6, high=1e7)]),
    ("Each ovary received 10^6 cells.",
     [D("10^6 cells", 1e6, "cells", "ovary", "dose.sci_notation")]),
    ("Each animal received 5E6 cells.", [D("5E6 cells", 5e6, "cells", rule="dose.e_notation")]),
    ("按1.5×10^7个/kg输注脐带MSC。", [D("1.5×10^7个/kg", 1.5e7, "cells/kg", None)]),
    ("每只小鼠注射5 μg重组蛋白。", [D("5 μg", 5, "µg")]),
    ("每侧卵巢注射5×10^6、1×10^7个细胞。",
     [D("5×10^6", 5e6, "cells", "ovary"), D("1×10^7个细胞", 1e7, "cells", "ovary")]),
    ("The 3 groups received 5×10^6, 1×10^7 and 2×10^7 cells per ovary.",
     [D("5×10^6", 5e6, "cells", "ovary"), D("1×10^7", 1e7, "cells", "ovary"),
      D("2×10^7 cells per ovary", 2e7, "cells", "ovary")]),
    ("输注的细胞总量为 1×10^7 ^[22]，经卵巢动脉给予。", [D("1×10^7", 1e7, "cells")]),
    ("按2×10^6 cells/kg per injection给药。",
     [D("2×10^6 cells/kg per injection", 2e6, "cells/kg", "injection")]),
    ("细胞剂量为(1~2)×10^6个/kg。",
     [D("(1~2)×10^6个/kg", 1e6, "cells/kg", None, "dose.range.sci_notation", low=1e6, high=2e6)]),
    ("Between 1×10^6 to 1×10^7 cells were given.",
     [D("1×10^6 to 1×10^7 cells", 1e6, "cells", rule="dose.range.sci_notation", low=1e6, high=1e7)]),
    ("每日皮下注射10 μg/kg。", [D("10 μg/kg", 10, "µg", "kg", "dose.plain")]),
    ("卵巢内注射（5×10^6个细胞/侧）。", [D("5×10^6个细胞/侧", 5e6, "cells", "ovary")]),
    ("干细胞悬液浓度为1×10^7/mL，每侧注射0.5 mL。", [D("0.5 mL", 0.5, "mL", "ovary")]),
    # number words alone, with any scale word and any letter case
    ("Patients were given five thousand IU of hCG.", [D("five thousand IU", 5000, "IU", rule="dose.en_numeral")]),
    ("Ten Thousand IU of hCG were given.", [D("Ten Thousand IU", 1e4, "IU", rule="dose.en_numeral")]),
    ("Each ovary received two million cells.", [D("two million cells", 2e6, "cells", "ovary", "dose.en_numeral")]),
    # the volume that carries the cells lends them the denominator written after both
    ("Then 2×10^6 cells in 0.4 mL of saline were placed into each ovary.",
     [D("2×10^6 cells", 2e6, "cells", "ovary"), D("0.4 mL", 0.4, "mL", "ovary")]),
    ("1×10^7 cells suspended in 1 mL PBS were infused per ovary.",
     [D("1×10^7 cells", 1e7, "cells", "ovary"), D("1 mL", 1.0, "mL", "ovary")]),
    ("Cells (3×10^6) in 0.5 mL were injected per ovary.",
     [D("3×10^6", 3e6, "cells", "ovary"), D("0.5 mL", 0.5, "mL", "ovary")]),
    ("将4×10^6个细胞溶于0.5 mL生理盐水后注入每侧卵巢。",
     [D("4×10^6个细胞", 4e6, "cells", "ovary"), D("0.5 mL", 0.5, "mL", "ovary")]),
    ("取1×10^7个细胞（1 mL）注射至每侧卵巢。",
     [D("1×10^7个细胞", 1e7, "cells", "ovary"), D("1 mL", 1.0, "mL", "ovary")]),
]

NOT_DOSES = [
    "入组标准为FSH>25 IU/L，且血清FSH升高须经两次检测确认。",
    "基础FSH ≥ 40 IU/L的患者被排除。",
    "AMH < 1.1 ng/mL and E2 of 35 pg/mL were recorded at baseline.",
    "该人群中闭经的比例约为7.2%。",
    "所得囊泡直径多在40~160 nm之间，较大颗粒为200~900 nm。",
    "Microvesicles range from 0.1 to 1 μm in diameter.",
    "受试者年龄均小于40岁。",
    "Women aged 25–39 years with amenorrhoea were eligible.",
    "该细胞治疗研究于2021年开展。",
    "随访12个月，每3个月复查激素。",
    "Follow-up lasted 6 weeks after cell therapy.",
    "Wang等^[15]报道细胞治疗有效^[4-6]。",
    "MSC治疗的安全性已被证实^[8, 10, 13]。",
    "Stem cells restored ovarian function^{14,15}.",
    "Stem cells restored ovarian function^23.",
    "Hum Reprod, 2019, 34(5): 812-820.",
    "The difference in MSC-treated ovaries was significant (P < 0.05).",
    "The MSC effect was significant (P = 2×10^{-5}).",
    "A total of 61 patients (n = 61) received cell therapy.",
    "白细胞计数为4.5×10^9/L，细胞形态正常。",
    "WBC 6.2 x10^9/L, platelets 210 x10^9/L before stem cell infusion.",
    "The cell suspension contained 1×10^6 cells/mL.",
    "全国约有500万患者受此影响。",
    "Embryos were biopsied at the 8 cells stage.",
    "Serum FSH fell from 80 to 30 IU/L after MSC transplantation.",
    "The sequencing run produced 2×10^7 reads.",
    "共取卵8个，获得3个胚胎。",
    "移植后第3个月复查，AFC为5个卵泡。",
    "BMI 22.5 kg/m^2 in the MSC group.",
    "细胞悬液浓度为1×10^7个/mL。",
]

# ------------------------------------------------------------ sessions

SESSIONS = [
    ("所有患者接受了3次移植。", [S("3次", 3, "sessions.cn_count")]),
    ("移植3次后随访12个月。", [S("3次", 3)]),
    ("三组患者分别接受1次(8例)、2次(12例)或3次(15例)卵巢内注射。",
     [S("1次", 1), S("2次", 2), S("3次", 3)]),
    ("患者接受两次卵巢内注射。", [S("两次", 2, "sessions.cn_count")]),
    ("与前两次移植相比，第三次移植后AFC明显增加。", [S("第三次", 3, "sessions.cn_ordinal")]),
    ("仅接受单次移植的患者改善不明显。", [S("单次", 1, "sessions.cn_single")]),
    ("部分患者接受了多次卵巢内移植。", [S("多次", None, "sessions.cn_multiple")]),
    ("部分患者接受了多次注射。", [S("多次注射", None, "sessions.unspecified")]),
    ("Cells were injected twice, four weeks apart.", [S("twice", 2, "sessions.en_times")]),
    ("The cells were administered three times.", [S("three times", 3, "sessions.en_times")]),
    ("Each patient received two injections of 5×10^6 cells.",
     [S("two injections", 2, "sessions.en_count")]),
    ("A second injection was performed one month later.",
     [S("second injection", 2, "sessions.en_ordinal")]),
    ("Repeated injections improved the antral follicle count.",
     [S("Repeated injections", None, "sessions.en_multiple")]),
    ("A single infusion of MSCs was given.", [S("single infusion", 1, "sessions.en_single")]),
    ("Patients underwent 3 intraovarian transplantations.",
     [S("3 intraovarian transplantations", 3, "sessions.en_count")]),
    ("干细胞注射2次，间隔1个月。", [S("2次", 2)]),
    ("She was treated once with autologous cells.", [S("once", 1, "sessions.en_times")]),
    ("每次注射1×10^7个细胞，共注射3次。", [S("3次", 3)]),
    ("第2次输注后月经恢复。", [S("第2次", 2, "sessions.cn_ordinal")]),
    ("每月注射1次，共3次。", [S("3次", 3, "sessions.cn_count")]),
    ("hUC-MSCs (5 × 10^{6} cells) were injected twice at a 1-month interval.",
     [S("twice", 2, "sessions.en_times")]),
    # a frequency clause between the cue and the total: the total still counts
    ("大鼠尾静脉注射细胞悬液（每次0.2 mL），每周1次，共4次。", [S("4次", 4, "sessions.cn_count")]),
    # a verb between a number and the noun: "one" counts no injections
    ("Two women had a third injection, and one had injections four times.",
     [S("third injection", 3, "sessions.en_ordinal"), S("four times", 4, "sessions.en_times")]),
    # a clause that is only the count, before the sentence's full stop, borrows the cue
    ("Exosomes were given at 50 µg per injection, three times.", [S("three times", 3, "sessions.en_times")]),
    ("The vesicles were injected into the tail vein, twice.", [S("twice", 2, "sessions.en_times")]),
    ("细胞经尾静脉注射，共3次.", [S("3次", 3, "sessions.cn_count")]),
    # a parallel group borrows the noun (English) or the treatment word (Chinese)
    ("Women attended a median of five sessions in the cell arm and two in the sham arm.",
     [S("five sessions", 5, "sessions.en_count"), S("two", 2, "sessions.en_parallel")]),
    ("The cell group received 4 infusions during the first year, and 2 during the second.",
     [S("4 infusions", 4, "sessions.en_count"), S("2", 2, "sessions.en_parallel")]),
    ("Group A had 3 injections vs 1 in group B.",
     [S("3 injections", 3, "sessions.en_count"), S("1", 1, "sessions.en_parallel")]),
    ("低剂量组注射2次，高剂量组4次。", [S("2次", 2, "sessions.cn_count"), S("4次", 4, "sessions.cn_count")]),
    ("A组移植1次，B组 3次.", [S("1次", 1), S("3次", 3)]),
    # a part of the whole: both counts are sessions
    ("Most women completed only 2 of 6 planned injections.",
     [S("2", 2, "sessions.en_part"), S("6 planned injections", 6, "sessions.en_count")]),
    ("She attended three out of the five sessions.",
     [S("three", 3, "sessions.en_part"), S("five sessions", 5, "sessions.en_count")]),
    ("计划的6次治疗中患者平均完成4次。", [S("6次", 6), S("4次", 4)]),
    # counts of people beside the sessions are not sessions
    ("Two injections were given in 5 women and 3 in 4 women.", [S("Two injections", 2, "sessions.en_count")]),
]

NOT_SESSIONS = [
    "血清FSH升高须经两次检测确认。",
    "细胞传代次数影响疗效。",
    "每周注射2次，持续4周。",
    "干细胞注射2次/周。",
    "Once injected, the cells homed to the ovary.",
    "AMH was three times higher after treatment.",
    "Three treatment groups were compared.",
    "The first injection was well tolerated.",
    "Injections were given twice a week.",
    "一次性注射器用于移植。",
    "治疗组与对照组在次日复查。",
    "Zhao等^[9]报道了移植疗效^[2]。",
    "Twice-weekly injections were given for a month.",
    "治疗后，检测2次。",
    "治疗后，对照组检测2次。",
    "Twelve of 40 women received injections.",
    "The sham group was punctured, and three in the cell group bled.",
]

# ------------------------------------------------------------ sample sizes

SAMPLES = [
    ("Li等^[7]共纳入了45例POI患者。", [N("45例", 45, "sample_size.cn_li")]),
    ("本研究纳入30名患者。", [N("30名患者", 30, "sample_size.cn_ming")]),
    ("28 women were enrolled in the trial.", [N("28 women", 28, "sample_size.en_count")]),
    ("Controls (n = 15) received placebo.", [N("n = 15", 15, "sample_size.n_equals")]),
    ("In the treatment group (n=15), AMH rose.", [N("n=15", 15, "sample_size.n_equals")]),
    ("15 patients completed follow-up.", [N("15 patients", 15)]),
    ("A total of 40 participants were randomised.", [N("40 participants", 40)]),
    ("Twenty-eight women with POI were recruited.", [N("Twenty-eight women", 28)]),
    ("患者30例，年龄25~39岁。", [N("30例", 30)]),
    ("该综述汇总了18项临床研究、共计734例患者。", [N("734例", 734)]),
    ("两组分别注射1次(9例患者)、2次(14例患者)。", [N("9例", 9), N("14例", 14)]),
    ("We studied 61 consecutive POI patients.", [N("61 consecutive POI patients", 61)]),
    ("共招募志愿者45人。", [N("45人", 45, "sample_size.cn_ren")]),
    ("The meta-analysis pooled 8 studies including 300 patients.", [N("300 patients", 300)]),
    ("共纳入二十例患者。", [N("二十例", 20, "sample_size.cn_li")]),
    ("研究纳入了52名18~40岁的POI女性。", [N("52名18~40岁的POI女性", 52, "sample_size.cn_ming")]),
    ("5名医生和3名患者参与访谈。", [N("3名患者", 3)]),
    ("实验组(n=30)与对照组(n=30)。", [N("n=30", 30), N("n=30", 30)]),
    ("A total of 2,696 patients from 55 trials were pooled.", [N("2,696 patients", 2696)]),
    # a conjunction between two adjectives, not next to the count or the noun
    ("We studied 44 obese and non-obese women.", [N("44 obese and non-obese women", 44, "sample_size.en_count")]),
    # a sentence ending right after the count
    ("Design: prospective cohort, n = 42.", [N("n = 42", 42, "sample_size.n_equals")]),
    # people named by what they are rather than as patients
    ("In all, 64 pregnant smokers were randomised.", [N("64 pregnant smokers", 64, "sample_size.en_count")]),
    ("Thirty children with leukaemia were treated.", [N("Thirty children", 30, "sample_size.en_count")]),
    ("We recruited 210 healthy adults.", [N("210 healthy adults", 210, "sample_size.en_count")]),
    ("共纳入120名吸烟者。", [N("120名吸烟者", 120, "sample_size.cn_ming")]),
    ("本研究共招募36名足月孕妇。", [N("36名足月孕妇", 36, "sample_size.cn_ming")]),
]

NOT_SAMPLES = [
    "Visits were at week 12 and patients were seen again at 24 weeks.",
    "该荟萃分析纳入12项研究。",
    "We pooled 12 RCTs of stem cell therapy.",
    "8 studies met the inclusion criteria.",
    "Groups were small (n = 3 mice per group).",
    "每组10只小鼠接受移植。",
    "将30例小鼠随机分组。",
    "Women aged 25–39 years were eligible.",
    "受试者年龄均小于40岁。",
    "Chen等^[31]报道了干细胞的疗效。",
    "Hum Reprod, 2019, 34(5): 812-820.",
    "Data came from 55 clinical trials.",
    "第3例患者出现发热。",
    "Mice received 1×10^6 cells via the tail vein (n = 6 per group).",
]


# Every case runs with the test vocabulary and, once it exists, with the
# project's rules/units.yaml: the two must agree on all of them.
VOCABS = ["test", "rules"]


def rules_vocab(rules_dir=None) -> QuantityVocab:
    """The vocabulary of a rule folder (default: the bundled rules, built once)."""
    return QuantityVocab.from_rules(load_rules(rules_dir)) if rules_dir else _BUNDLED_VOCAB()


@functools.lru_cache(maxsize=1)
def _BUNDLED_VOCAB() -> QuantityVocab:
    return QuantityVocab.from_rules(load_rules())


@pytest.fixture(params=VOCABS)
def vocab(request):
    return TEST_VOCAB if request.param == "test" else rules_vocab()


@pytest.mark.parametrize("sentence,expected", DOSES)
def test_doses(vocab, sentence, expected):
    check(sentence, find_doses(sentence, vocab), expected)


@pytest.mark.parametrize("sentence", NOT_DOSES)
def test_not_doses(vocab, sentence):
    assert find_doses(sentence, vocab) == []


@pytest.mark.parametrize("sentence,expected", SESSIONS)
def test_sessions(vocab, sentence, expected):
    check(sentence, find_sessions(sentence, vocab), expected)


@pytest.mark.parametrize("sentence", NOT_SESSIONS)
def test_not_sessions(vocab, sentence):
    assert find_sessions(sentence, vocab) == []


@pytest.mark.parametrize("sentence,expected", SAMPLES)
def test_sample_sizes(vocab, sentence, expected):
    check(sentence, find_sample_sizes(sentence, vocab), expected)


@pytest.mark.parametrize("sentence", NOT_SAMPLES)
def test_not_sample_sizes(vocab, sentence):
    assert find_sample_sizes(sentence, vocab) == []


# ------------------------------------------------------------ the mention records


def test_bare_power_of_ten_is_marked_implied():
    (m,) = find_doses("卵巢注射脐带MSC 5×10^6。", TEST_VOCAB)
    assert m.unit_implied and m.as_value() == {"value": 5e6, "unit": "cells", "per": None}


def test_range_value_object():
    (m,) = find_doses("细胞剂量为1–2×10^6/kg。", TEST_VOCAB)
    assert m.as_value() == {"value": 1e6, "unit": "cells/kg", "per": None, "low": 1e6, "high": 2e6}


def test_no_cell_cue_no_implied_cells():
    # a bare power of ten only counts cells in a sentence about cells
    assert find_doses("The library held 5×10^6 sequences.", TEST_VOCAB) == []


def test_session_and_sample_values():
    (s,) = find_sessions("移植3次。", TEST_VOCAB)
    (n,) = find_sample_sizes("纳入61例患者。", TEST_VOCAB)
    assert s.as_value() == {"count": 3} and n.as_value() == {"n": 61, "unit": "patients"}


# ------------------------------------------------------------ the vocabulary


def test_vocab_rejects_units_outside_the_contract():
    with pytest.raises(ValueError, match="cells"):
        QuantityVocab(units={"cells/mL": "cells/mL"}, per={})
    with pytest.raises(ValueError, match="ovary"):
        QuantityVocab(units={}, per={"每周": "week"})


def test_patterns_compiled_once_per_vocab():
    assert TEST_VOCAB.patterns is TEST_VOCAB.patterns


def test_vocab_from_the_rule_set():
    vocab = rules_vocab()
    assert vocab.units["个"] == "cells" and vocab.per["每侧卵巢"] == "ovary"
    assert vocab.per_kg["cells"] == "cells/kg" and vocab.multipliers["万"] == 1e4
    # counters (次, times) are code; the nouns after them are the cues and nouns
    assert {"inject", "移植"} <= set(vocab.session_cues) and "injections" in vocab.session_nouns
    assert "times" not in vocab.session_nouns and "次" not in vocab.session_cues
    # the species of context.yaml other than the default are no subjects
    assert {"patients", "患者"} <= set(vocab.subjects) and "mice" in vocab.non_subjects
    assert "patients" not in vocab.non_subjects
    (m,) = find_doses("每侧卵巢注射500万个细胞，随访12个月。", vocab)
    assert (m.value, m.unit, m.per) == (5e6, "cells", "ovary")
    (m,) = find_doses("按2×10^6个/kg输注。", vocab)
    assert (m.text, m.unit, m.per) == ("2×10^6个/kg", "cells/kg", None)
    assert [x.count for x in find_sessions("移植3次，每周2次/周。", vocab)] == [3]
    assert [x.n for x in find_sample_sizes("纳入61例患者 (n = 61), n = 5 mice.", vocab)] == [61, 61]


def test_a_units_file_outside_the_contract_is_refused_with_its_line(rules_copy):
    path = rules_copy / "units.yaml"
    text = path.read_text(encoding="utf-8")
    line = text[: text.index("- id: cells/kg")].count("\n") + 1
    path.write_text(text.replace("- id: cells/kg", "- id: cells/mL", 1), encoding="utf-8")
    with pytest.raises(RuleError) as err:
        rules_vocab(rules_copy)
    assert [(Path(p.file).name, p.line, p.entry) for p in err.value.errors] == [("units.yaml", line, "units[1] (cells/mL).id")]


def test_default_vocab_reads_rules_file():
    vocab = rules_vocab()
    for sentence, value, unit in [
        ("按2×10^6 cells/kg输注。", 2e6, "cells/kg"),
        ("每例回输500万个细胞。", 5e6, "cells"),
        ("每只大鼠按116 U/kg给药。", 116, "U/kg"),
        ("口服2.5 mg/kg。", 2.5, "mg/kg"),
    ]:
        (m,) = find_doses(sentence, vocab)
        assert (m.value, m.unit) == (value, unit), sentence
    assert find_doses("FSH>25 IU/L。", vocab) == []


# ------------------------------------------------------------ project vocabulary only


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Vesicles, given four times, did as well as a single dose of cells.",
         [S("four times", 4, "sessions.en_times"), S("single dose", 1, "sessions.en_single")]),
        ("A second dose was given a month later.", [S("second dose", 2, "sessions.en_ordinal")]),
        # "the" too: an ordinal implies its count; the document's pass drops it
        # where the sessions are counted (test_sessions_forms)
        ("Blood was drawn after the third dose.", [S("third dose", 3, "sessions.en_ordinal")]),
    ],
)
def test_sessions_with_project_words(sentence, expected):
    check(sentence, find_sessions(sentence, rules_vocab()), expected)


def test_a_paper_about_animals():
    vocab = rules_vocab()
    assert quantities.about_animals("Rats were dosed. The rats (n = 8) and a further 6 rats gained weight.", vocab)
    assert not quantities.about_animals("30 patients were enrolled; rats were not used.", vocab)
    assert quantities.names_people("Twelve women with POI.", vocab)
    assert not quantities.names_people("Tumour volume in mm^3, n = 8.", vocab)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the suspension that carries the cells shares their denominator
        ("每侧卵巢注射2×10^7个细胞（生理盐水2 mL）。",
         [D("2×10^7个细胞", 2e7, "cells", "ovary"), D("2 mL", 2.0, "mL", "ovary")]),
        ("Each ovary received 1×10^7 cells per ovary (in 2 mL saline) by injection.",
         [D("1×10^7 cells per ovary", 1e7, "cells", "ovary"), D("2 mL", 2.0, "mL", "ovary")]),
        # 左右 after 个: an approximate amount, still cells
        ("文献中每侧卵巢注射的细胞多为8百万个左右。", [D("8百万个", 8e6, "cells", "ovary")]),
        # thousands grouped by a space
        ("Ovulation was induced by injection of 5 000 IU of hCG.", [D("5 000 IU", 5000.0, "IU")]),
    ],
)
def test_doses_with_project_words(sentence, expected):
    check(sentence, find_doses(sentence, rules_vocab()), expected)


def test_space_grouped_thousands_do_not_join_separate_numbers():
    vocab = rules_vocab()
    assert [d.value for d in find_doses("In 2019 200 IU of hCG was injected.", vocab)] == [200.0]
    # the last item of a list is not the head of a grouped number
    assert 6100.0 not in [d.value for d in find_doses("Doses were injected at 1, 3 and 6 100 IU.", vocab)]


# ------------------------------------------------------------ metric sizes of a unit


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Each mouse received 150 µL of the suspension by gavage.", [D("150 µL", 0.15, "mL")]),
        ("每只小鼠尾静脉注射200 μl细胞悬液。", [D("200 μl", 0.2, "mL")]),
        ("Volumes of 50–100 uL were injected.", [D("50–100 uL", 0.05, "mL", low=0.05, high=0.1)]),
        ("每侧卵巢缓慢注入20 微升外泌体。", [D("20 微升", 0.02, "mL", "ovary")]),
        ("Mice were injected with 10, 20 or 40 microliters of exosomes.",
         [D("10", 0.01, "mL"), D("20", 0.02, "mL"), D("40 microliters", 0.04, "mL")]),
        # the same size under another name is not converted
        ("Patients were given 250 mcg of the drug.", [D("250 mcg", 250, "µg")]),
        ("患者口服地屈孕酮10毫克。", [D("10毫克", 10, "mg")]),
    ],
)
def test_units_of_another_metric_size(sentence, expected):
    check(sentence, find_doses(sentence, rules_vocab()), expected)


def test_metric_conversion_comes_from_the_unit_names():
    # a vocabulary listing grams, litres and micro-units under contract units
    vocab = QuantityVocab(units={"g": "mg", "克": "mg", "L": "mL", "µl": "mL", "ng": "µg", "IU": "IU"},
                          per={"/kg": "kg"})
    for sentence, value, unit in [("Given 2 g orally.", 2000, "mg"), ("口服0.5克。", 500, "mg"),
                                  ("Infused 1.5 L.", 1500, "mL"), ("Injected 5 µL.", 0.005, "mL"), ("Given 300 ng.", 0.3, "µg"),
                                  ("Given 75 IU.", 75, "IU")]:
        (m,) = find_doses(sentence, vocab)
        assert (m.unit, m.value) == (unit, pytest.approx(value)), sentence


def test_greek_and_latin_units_ignore_letter_case():
    # µL and μL are written with either micro sign and either letter case
    vocab = rules_vocab()
    for sentence in ["Each rat got 100 μL i.p.", "Each rat got 100 μl i.p.", "Each rat got 100 µl i.p."]:
        (m,) = find_doses(sentence, vocab)
        assert (m.value, m.unit) == (pytest.approx(0.1), "mL"), sentence


# ------------------------------------------------------------ dose cues (units.yaml, read by the extractor)


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("All patients underwent a standard 250 µg stimulation test.", 250, "µg"),
        ("Each woman will undergo a 0.5 mg challenge.", 0.5, "mg"),
        ("所有患者均接受1 mg地塞米松抑制试验。", 1, "mg"),
    ],
)
def test_undergoing_a_procedure_is_receiving_its_dose(text, value, unit):
    from extractor.facts.pipeline import Extractor
    from extractor.layout.textlayer import document_from_text

    doses = [f for f in Extractor.load().facts(document_from_text(text)) if f.type == "dose"]
    assert [(f.value["value"], f.value["unit"]) for f in doses] == [(value, unit)]


# ------------------------------------------------------------ the fast paths find what the full search finds

# sentences the quick checks must let through: any letter case, full-width
# digits, number words only, a power of ten with no unit, frequencies
TRICKY = [
    "ONCE WEEKLY FOR 4 WEEKS the cells were given.",
    "Given 3X weekly for 2 weeks.",
    "İ: ONCE WEEKLY FOR 4 WEEKS.",
    "İnjected twice a week for three weeks.",
    "Twenty-Eight Women were enrolled.",
    "İn total, Thirty women were enrolled.",
    "每侧卵巢注射５×10^6个细胞。",
    "The MSC dose was 10⁷.",
    "Five Million cells were given; Ten Thousand IU of hCG followed.",
    "每周注射1次，共4周。",
    "共纳入三十例患者，均接受两次移植。",
    "Repeated injections were given to 12 of 20 women (n = 20).",
    "No number here, only patients and injections.",
    "CD34 and IL-6 rose (P < 0.05) in 2019.",
    "Of 30 Women,\n12 were Randomised (n\t=\t12) and 18 allocated to the treatment.",
    "Twelve patient\u017f and 3 outpatients were treated in 2 departments.",
    "Treatment lasted 12 weeks in 2 departments (N=30 Patients).",
]


def _all_sentences():
    yield from (s for s, _ in DOSES + SESSIONS + SAMPLES)
    yield from NOT_DOSES + NOT_SESSIONS + NOT_SAMPLES + TRICKY


def test_quick_checks_never_hide_a_mention(vocab, monkeypatch):
    sentences = list(_all_sentences())
    finders = (find_doses, find_sessions, find_sample_sizes)
    quick = [[f(s, vocab) for f in finders] for s in sentences]
    for name in ("_may_hold_dose", "_may_hold_sessions", "_may_hold_sample"):
        monkeypatch.setattr(quantities, name, lambda *args: True)
    full = [[f(s, vocab) for f in finders] for s in sentences]
    assert quick == full
    assert any(any(found) for found in quick[-len(TRICKY):])  # the tricky ones do hold mentions


def test_an_anchor_inside_a_word_is_no_count_of_people(vocab):
    # "men" of "treatment", "n" of "Netherlands": the anchors' heads start no word there
    for text in ["The treatment took 12 weeks.", "Measurements were made at 3 centres in the Netherlands."]:
        assert not quantities._may_hold_sample(quantities._Sentence(text), vocab.patterns)
    assert quantities._may_hold_sample(quantities._Sentence("The 12 patients were treated."), vocab.patterns)


def test_windows_cover_every_anchor_even_overlapping_ones():
    # a naive reference: a window around every occurrence of every anchor, merged
    rule = quantities._Rule("x", quantities.re.compile("x"), ("ab", "bcd", "abc", "d"), 2, 1)

    def reference(low):
        spans = sorted((max(0, i - rule.before), i + len(w) + rule.after)
                       for w in rule.anchors for i in range(len(low)) if low.startswith(w, i))
        merged = []
        for a, b in spans:
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        return merged

    for text in ["xxabcdxx", "ab.......bcd......abc", "abcd", "", "no anchor", "dddd", "ab" + " " * 20 + "d"]:
        assert quantities._Sentence(text)._windows(rule) == reference(text.lower()), text


def test_a_sentence_read_with_two_vocabularies():
    # the facts about a sentence are shared between calls, its being about
    # cells is not: it depends on the vocabulary's cell words
    no_cells = QuantityVocab(units={"cells": "cells"}, per={})
    sentence = "The MSC dose was 5×10^6."
    for _ in range(2):
        assert [d.value for d in find_doses(sentence, TEST_VOCAB)] == [5e6]
        assert find_doses(sentence, no_cells) == []


def test_a_count_is_never_read_from_the_tail_of_a_word():
    # the words before a noun are read from a window of characters; one that
    # begins inside a word must not read "often" as "ten", "twenty-eight" as "eight"
    for pad in range(30):
        filler = "x" * pad
        assert find_sample_sizes(f"Clinicians saw often {filler}quite misunderstood patients.", TEST_VOCAB) == []
        found = find_sample_sizes(f"We saw twenty-eight {filler}extraordinarily misunderstood women.", TEST_VOCAB)
        assert [m.n for m in found] in ([], [28]), pad
        assert find_sessions(f"Nurses often gave {filler}uncomfortable injections.", TEST_VOCAB) == []


@pytest.mark.parametrize(
    "text, count, rest",
    [
        ("Five women in the MSC group and two in the saline group had hot flushes.", "Five women", " had hot flushes."),
        ("Five women in the MSC group had hot flushes.", "Five women", " had hot flushes."),
        ("Five women in the MSC arm and two women in the saline arm had hot flushes.", "Five women", " had hot flushes."),
        ("干细胞组5例、安慰剂组2例出现潮热。", "5例", "出现潮热。"),
        ("5例（干细胞组）与2例（安慰剂组）出现潮热。", "5例", "出现潮热。"),
        # no group after the count: the words go on where they stand
        ("Five women in our clinic had hot flushes.", "Five women", " in our clinic had hot flushes."),
    ],
)
def test_past_group(vocab, text, count, rest):
    assert text[quantities.past_group(text, text.index(count) + len(count), vocab):] == rest


def test_linking_distances_come_from_the_settings(rules_copy):
    # settings.yaml linking.dose_per_tokens / count_tokens reach the vocab of the same folder
    default = rules_vocab(rules_copy)
    assert (default.per_tokens, default.count_tokens) == (14, 4)
    path = rules_copy / "settings.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("  dose_per_tokens: 14\n", "  dose_per_tokens: 2\n").replace("  count_tokens: 4\n", "  count_tokens: 1\n")
    path.write_text(text, encoding="utf-8")
    import os
    os.utime(path, (1, 1))  # a new modification time, however fast the edit
    edited = rules_vocab(rules_copy)
    assert (edited.per_tokens, edited.count_tokens) == (2, 1)
    assert [d.per for d in find_doses("每侧卵巢缓慢注射5×10^6个细胞。", default)] == ["ovary"]
    assert [d.per for d in find_doses("每侧卵巢缓慢注射5×10^6个细胞。", edited)] == [None]
    assert [m.n for m in find_sample_sizes("We saw 12 newly referred women.", default)] == [12]
    assert find_sample_sizes("We saw 12 newly referred women.", edited) == []


def test_the_finders_read_their_distances_from_the_vocab():
    from dataclasses import replace

    sentence = "Two further intraovarian injections followed."
    assert [m.count for m in find_sessions(sentence, TEST_VOCAB)] == [2]
    assert find_sessions(sentence, replace(TEST_VOCAB, count_tokens=1)) == []
    sentence = "5×10^6 cells were injected slowly into each ovary."
    assert [d.per for d in find_doses(sentence, TEST_VOCAB)] == ["ovary"]
    assert [d.per for d in find_doses(sentence, replace(TEST_VOCAB, per_tokens=2))] == [None]


# ------------------------------------------------- session words are words of units.yaml


def _edit_units(rules_dir, old: str, new: str) -> QuantityVocab:
    path = rules_dir / "units.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    return rules_vocab(rules_dir)


def _sessions_found(text, vocab):
    return [(m.text, m.count) for m in find_sessions(text, vocab)]


@pytest.mark.parametrize(
    "old, new, text, before, after",
    [
        # single: a quantifier for one session
        ("      en: [single, one-time,", "      en: [solitary, single, one-time,",
         "Patients received a solitary injection of cells.", [], [("solitary injection", 1)]),
        # multiple: an unstated number, before a treatment word
        ("      zh: [多次, 数次, 反复,", "      zh: [多番, 多次, 数次, 反复,",
         "患者接受多番移植治疗。", [], [("多番", None)]),
        # not_followed_by: a count noun naming groups or options
        ("      en: [group, groups, arm,", "      en: [schedule, schedules, group, groups, arm,",
         "We compared two injection schedules.", [("two injection", 2)], []),
        # comparatives: "N times" as a ratio
        ("      en: [higher, lower, more,", "      en: [above, higher, lower, more,",
         "Cells were injected and AMH was three times above baseline.", [("three times", 3)], []),
        # subsets: a part of the sessions
        ("      en: [first, last, initial,", "      en: [opening, first, last, initial,",
         "After the opening two injections, FSH fell.", [("two injections", 2)], []),
    ],
    ids=["single", "multiple", "not_followed_by", "comparatives", "subsets"],
)
def test_session_words_are_words_of_the_rules(rules_copy, old, new, text, before, after):
    """A word added to a sessions list of units.yaml changes what is found, no code change."""
    assert _sessions_found(text, rules_vocab(rules_copy)) == before
    assert _sessions_found(text, _edit_units(rules_copy, old, new)) == after


def test_carriers_are_words_of_the_rules(rules_copy):
    """units.yaml `carriers`: a new word between an amount and its volume
    lends the amount the volume's denominator, no code change."""
    text = "5×10^6 cells mixed in 0.5 mL per ovary were injected."

    def pers(vocab):
        return [(d.text, d.per) for d in find_doses(text, vocab)]

    assert pers(rules_vocab(rules_copy)) == [("5×10^6 cells", None), ("0.5 mL per ovary", "ovary")]
    edited = _edit_units(rules_copy, "  en: [suspended, resuspended,", "  en: [mixed, suspended, resuspended,")
    assert pers(edited) == [("5×10^6 cells", "ovary"), ("0.5 mL per ovary", "ovary")]


def test_approximately_is_words_of_the_rules(rules_copy):
    """units.yaml `approximately`: a new word after 个 keeps it a unit, no code change."""
    text = "每侧卵巢注射500万个许。"
    assert find_doses(text, rules_vocab(rules_copy)) == []
    edited = _edit_units(rules_copy, "  zh: [左右, 以上,", "  zh: [许, 左右, 以上,")
    assert [(d.text, d.value, d.unit) for d in find_doses(text, edited)] == [("500万个", 5e6, "cells")]
