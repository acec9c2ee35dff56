"""How the number of people studied is said (fact type ``sample_size``), in
sentences of our own: "A total of N women", "N patients with POI were
enrolled / recruited / randomised / analysed", "consisted of / comprising N",
numbers in words, 共纳入/收集/选取N例, N例患者完成随访; and what is no
sample size: outcome counts, animals, people excluded or lost, parts of the
sample."""

from __future__ import annotations

import pytest

from formkit import facts

#: (sentence, the sizes found in it, in order)
EN = [
    ("A total of 86 women with premature ovarian insufficiency took part.", [86]),
    ("Forty-two patients with POI were enrolled between 2016 and 2019.", [42]),
    ("Thirty women were randomised to cell therapy or to placebo injections.", [30]),
    ("Seventy-five participants were analysed at the end of the second year.", [75]),
    ("The cohort consisted of 64 infertile women younger than 40.", [64]),
    ("We recruited 120 women with a diminished ovarian reserve.", [120]),
    # an arm planned before the study is a sample too (corpus/ANNOTATION.md, sample_size)
    ("The trial included 58 patients, comprising 29 in each arm.", [58, 29]),
    ("Of 214 patients with poor ovarian response who were screened, 150 were enrolled.", [150]),
    ("The study comprised twenty-four women with idiopathic ovarian failure.", [24]),
    ("This series comprises 12 cases treated at a single centre.", [12]),
    ("Between 2018 and 2020, 36 consecutive patients were treated with autologous cells.", [36]),
    ("Eighteen patients completed the 12-month follow-up.", [18]),
    ("In total, 45 women underwent the ovarian procedure.", [45]),
    ("We report two case reports of women with early menopause.", [2]),
    ("The sample comprised 310 infertile individuals attending the clinic.", [310]),
    ("Overall, 214 patients were screened and 150 were enrolled in the trial.", [150]),
    ("The study included 30 patients with premature ovarian insufficiency.", [30]),
    ("Of the 60 randomised, 4 withdrew before the first injection.", [60]),
    ("Patients with POI (n = 24) received autologous cells into one ovary.", [24]),
    ("Our cohort of 48 women with poor ovarian reserve was followed for a year.", [48]),
    ("Twelve consecutive women with ovarian failure were treated.", [12]),
    ("Sixty patients were randomly assigned to two groups of 30.", [60, 30]),
    ("We enrolled 26 women aged 30 to 39 years.", [26]),
    ("The participants (n = 80) were randomly allocated to the two arms.", [80]),
    ("This prospective study recruited forty patients.", [40]),
    ("A total of 102 infertile women participated in the trial.", [102]),
    ("We describe three patients with primary ovarian insufficiency.", [3]),
    ("The cell group (n = 30) and the placebo group (n = 28) were comparable.", [30, 28]),
    ("Fifty women were assigned to the cell group and 50 to the control group.", [50, 50]),
    ("The 40 women were randomised to cells or placebo (20 per arm).", [40, 20]),
    ("The pilot study began with the recruitment of 45 patients with POI.", [45]),
    ("We performed a randomised trial in 80 women with poor ovarian response.", [80]),
    # a second set, written after the grammar and run before changing it again
    ("Fifty-two women with POI participated in this study.", [52]),
    ("The trial enrolled 36 participants between 2019 and 2021.", [36]),
    ("We treated 24 patients with autologous bone marrow cells.", [24]),
    ("This case series describes 14 women treated with intraovarian PRP.", [14]),
    ("One hundred infertile women were randomized.", [100]),
    ("Forty patients were allocated equally to two arms of 20.", [40, 20]),
    ("Nine women received a single intraovarian injection.", [9]),
    ("Our study population comprised 64 women.", [64]),
    ("Thirty patients were randomised to MSC (n = 15) or placebo (n = 15).", [30, 15, 15]),
    ("We report two patients with POI who conceived after cell therapy.", [2]),
    ("Here we present a case of a 35-year-old woman with POI.", []),
    ("Thirteen pregnancies were recorded.", []),
    ("Ten rats per group were used.", []),
    ("Three of the ten women conceived.", []),
    ("A total of 320 follicles were counted.", []),
    ("Two patients withdrew after the first visit.", []),
    ("Twelve mice received the cells.", []),
    ("In 18 cycles, no oocyte was retrieved.", []),
    ("Seven patients experienced mild abdominal pain.", []),
    # not sample sizes
    ("Ten mice per group were used.", []),
    ("Three pregnancies were achieved in the cell group.", []),
    ("A total of 240 oocytes were retrieved.", []),
    ("Embryos were transferred in 22 women.", []),
    ("Five patients reported mild pelvic pain after the injection.", []),
    ("Twenty-four rats were divided into four groups.", []),
    ("Six women withdrew consent.", []),
    ("The review pooled 14 studies.", []),
    ("Rats were randomly divided into four groups of 8.", []),
    ("The cells were split into groups of 3 wells.", []),
    ("Ovaries were weighed in groups of 6 per time point.", []),
    ("Menses resumed in 7 of the 20 women who completed the protocol.", []),
    ("Six patients conceived spontaneously within a year.", []),
    ("Ten mice were used in each treatment group.", []),
    ("Twenty female rats received cyclophosphamide before the cells.", []),
    ("Two women were lost to follow-up after the first visit.", []),
    ("Four women were excluded because of abnormal karyotypes.", []),
    ("Spontaneous menses returned in four women after treatment.", []),
    ("Assessed 9 patients 14 patients 3 patients 22 patients", []),  # a flow chart's boxes run together
]

ZH = [
    ("共纳入86例卵巢早衰患者。", [86]),
    ("本研究共收集POI患者42例。", [42]),
    ("选取2019年1月至2021年6月我院收治的60例患者作为研究对象。", [60]),
    ("符合纳入标准的患者共38例，随机分为两组。", [38]),
    ("30例患者完成随访。", [30]),
    ("将符合标准的56名女性随机分为观察组和对照组。", [56]),
    ("研究对象为24例卵巢储备功能减退患者。", [24]),
    ("共招募40名受试者参与本试验。", [40]),
    ("本研究纳入了两百例患者。", [200]),
    ("共有25例患者接受了干细胞治疗。", [25]),
    ("收集2020年就诊的卵巢早衰患者52例。", [52]),
    ("本组32例，年龄25～39岁。", [32]),
    ("最终入组患者48例，均签署知情同意书。", [48]),
    ("共选取卵巢功能不全患者七十例。", [70]),
    ("研究共招募志愿者48名，均为育龄女性。", [48]),
    ("观察组41例，对照组39例。", [41, 39]),
    ("本研究共纳入60例。", [60]),
    ("选取我院2019年收治的POI患者80例。", [80]),
    ("将患者随机分为两组，每组30例。", [30]),
    ("研究对象共96名。", [96]),
    ("本研究纳入POI患者共计60例，其中治疗组32例，对照组28例。", [60, 32, 28]),
    ("本组病例共18例。", [18]),
    ("入选患者共45人。", [45]),
    ("共有36例患者入组。", [36]),
    ("纳入符合标准的卵巢功能不全患者（n=40）。", [40]),
    ("将64例患者随机分为观察组和对照组，各32例。", [64, 32]),
    ("收治POF患者共计72例。", [72]),
    ("本研究招募了110名女性。", [110]),
    ("回顾性分析2018年至2022年于我院接受治疗的58例患者的临床资料。", [58]),
    # a second set, written after the grammar and run before changing it again
    ("选取2020年至2022年收治的POI患者80例。", [80]),
    ("本研究共纳入46例患者。", [46]),
    ("将30例患者随机分为治疗组和对照组，每组15例。", [30, 15]),
    ("对12例卵巢早衰患者进行干细胞移植。", [12]),
    ("研究纳入68名受试者。", [68]),
    ("本文报道3例POI患者。", [3]),
    ("我院收治的50例卵巢功能不全患者。", [50]),
    ("入组患者20例，年龄28～40岁。", [20]),
    ("每组8只小鼠。", []),
    ("其中6例妊娠。", []),
    ("共获卵23枚。", []),
    ("3例失访。", []),
    ("共纳入9篇文献。", []),
    ("2例出现腹痛。", []),
    ("将48只大鼠随机分为4组。", []),
    # not sample sizes
    ("获卵数共128枚。", []),
    ("共移植胚胎46个。", []),
    ("其中12例恢复月经。", []),
    ("共进行了85个周期。", []),
    ("每组10只大鼠。", []),
    ("共检索到156篇文献。", []),
    ("5例出现轻微腹痛。", []),
    ("失访2例。", []),
    ("失访共计3人。", []),
    ("本研究共3名医生参与操作。", []),
    ("术后8例恢复月经。", []),
    ("其中5例妊娠。", []),
    ("每组10只小鼠。", []),
    ("将40只SD大鼠随机分为4组。", []),
    ("3例患者失访。", []),
    ("排除不符合标准的患者6例。", []),
    ("治疗后4例自然妊娠。", []),
    ("共纳入12项研究进行分析。", []),
    ("筛选 12例 9例 21例", []),  # a flow chart's boxes run together
]


@pytest.mark.parametrize("text, sizes", EN + ZH, ids=[t for t, _ in EN + ZH])
def test_a_sample_size_is_read_from_how_it_is_said(text, sizes):
    assert [f.value["n"] for f in facts(text, "sample_size")] == sizes


def test_counts_in_both_languages():
    assert len(EN) >= 20 and len(ZH) >= 20
    assert any(not s for _, s in EN) and any(not s for _, s in ZH)
