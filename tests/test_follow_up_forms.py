"""Ways of saying how long patients or animals were followed after the
treatment (fact type ``follow_up``, rules/grammars/follow_up.yaml), in
sentences written for this test and found in no corpus file: follow words
with a duration in any order, medians, ranges and "± SD", "over a 2-year
follow-up", visits ("at the 6-month visit"), time points after the treatment
named by any words ("post-grafting", "after the intraovarian MSC
injection"), day and week numbers ("on day 28 post-injection", "at weeks 2,
4 and 8 after treatment": the last), animal end points (sacrificed,
collected, 处死, 取卵巢), 治疗4周后, 随访至术后1年; and what is no follow-up:
ages, dosing durations, intervals between doses, frequencies, windows of
diagnosis, the time to an outcome (menses, pregnancy), the time after the
drug that made an animal model, dates, follow-up studies without a time."""

from __future__ import annotations

import pytest

from formkit import assert_in_no_corpus_file, facts

D, W, M, Y = "day", "week", "month", "year"

#: (sentence, the follow-ups found in it: (value, unit), in order)
EN = [
    ("Patients were followed for a median of 18 months (range 6-30).", [(18, M)]),
    ("Over a 2-year follow-up, no ovarian tumour was detected.", [(2, Y)]),
    ("At the 6-month visit, serum FSH had fallen in four women.", [(6, M)]),
    ("During 12 months of observation, three women conceived.", [(12, M)]),
    ("Mice were sacrificed 4 weeks after transplantation.", [(4, W)]),
    ("Ovaries were collected on day 28 post-injection.", [(28, D)]),
    ("Two months after the last injection, ovaries were collected for histology.", [(2, M)]),
    ("Serum hormones were measured at weeks 2, 4 and 8 after treatment.", [(8, W)]),
    ("The mean duration of follow-up was 14.5 months.", [(14.5, M)]),
    ("Follow-up lasted 3 years in the first cohort.", [(3, Y)]),
    ("All women completed 24 weeks of follow-up.", [(24, W)]),
    ("The women were monitored for one year after the infusion.", [(1, Y)]),
    ("Outcomes were assessed three months post-infusion.", [(3, M)]),
    ("Ovarian function was evaluated 90 days after grafting.", [(90, D)]),
    ("At the end of the 6-month observation period, AMH was measured again.", [(6, M)]),
    ("Fourteen days post-transplantation, the rats were killed.", [(14, D)]),
    ("Blood was drawn on days 7, 14 and 28 after cell injection.", [(28, D)]),
    ("The animals were euthanized 8 weeks after MSC administration.", [(8, W)]),
    ("Four weeks after the exosome injection, ovarian tissue was harvested.", [(4, W)]),
    ("Follow-up ranged from 6 to 36 months.", [(36, M)]),
    ("The trial had a mean follow-up period of 2.5 years.", [(2.5, Y)]),
    ("The patient was followed up for eighteen months without complications.", [(18, M)]),
    ("Patients returned for follow-up visits at 1, 3, 6 and 12 months.", [(12, M)]),
    ("She remained under observation for 6 months after the second injection.", [(6, M)]),
    ("Menstrual cycles were recorded for 12 months after treatment.", [(12, M)]),
    ("At 3 and 6 months post-procedure, AMH was measured.", [(6, M)]),
    ("The ovaries were removed 21 days post-grafting.", [(21, D)]),
    ("At day 14 after transplantation, the mice were killed.", [(14, D)]),
    ("One month after the intraovarian MSC injection, FSH had decreased.", [(1, M)]),
    ("We present a 3-year follow-up of twenty women treated with cells.", [(3, Y)]),
    ("The patients have been followed for up to 5 years.", [(5, Y)]),
    ("The women were followed up for 15.3 ± 4.2 months.", [(15.3, M)]),
    ("Rats were sacrificed at 2, 4 and 8 weeks post-transplantation.", [(8, W)]),
    ("Vaginal smears were examined on the 7th, 14th and 28th days after transplantation.", [(28, D)]),
    ("Follow-up: 12 months", [(12, M)]),
    ("The observation period was 6 months for every participant.", [(6, M)]),
    ("Ovaries were obtained at week 4 after treatment.", [(4, W)]),
    ("Follow-up was 6 months to 2 years.", [(2, Y)]),
    ("At the 12-week assessment, the treated mice had more follicles.", [(12, W)]),
    ("Mice were killed 10 days after they received the cells.", [(10, D)]),
    ("After eight weeks, the grafted rats had more primordial follicles.", [(8, W)]),
    ("At 4 weeks, MSC-treated mice showed regular oestrous cycles.", [(4, W)]),
    ("The follow-up period after the last injection was 12 months.", [(12, M)]),
    ("Follow-up (median 20 months) was complete for all women.", [(20, M)]),
    ("Follow-up extended to 30 months in the first patients.", [(30, M)]),
    ("Ovaries were collected 4 weeks after MSC transplantation into busulfan-treated mice.", [(4, W)]),
    ("Cultured MSCs were injected and the ovaries were collected 14 days after transplantation.", [(14, D)]),
    ("Pregnancy outcomes were recorded 12 months after transplantation.", [(12, M)]),
    ("FSH and AMH were measured at baseline and at 3, 6 and 12 months.", [(12, M)]),
    ("The primary end point was the live birth rate at 12 months.", [(12, M)]),
    ("AMH was assessed at weeks 4, 8 and 12.", [(12, W)]),
    ("Blood samples were taken on day 7 and day 21 after the infusion.", [(21, D)]),
    ("Uteri were weighed at the end of 4 weeks of treatment.", [(4, W)]),
    ("The mice were sacrificed and their ovaries collected 2 months later.", [(2, M)]),
    ("The women were followed until week 24.", [(24, W)]),
    ("No complication was seen 3 months post-op.", [(3, M)]),
    ("Follow-up ranging from 3 to 24 months was reported in the cited trials.", [(24, M)]),
    ("The longest follow-up was 5 years.", [(5, Y)]),
    ("After 12 months’ follow-up, none of the women had a tumour.", [(12, M)]),
    # a second set, written after the grammar and run before changing it again
    ("Six months after autologous stem cell transplantation, two patients had regular menses.", [(6, M)]),
    ("The study had a follow-up duration of 12 months after the final infusion.", [(12, M)]),
    ("Long-term follow-up (3 years) revealed no malignancy.", [(3, Y)]),
    ("Participants attended a final visit at week 24.", [(24, W)]),
    ("Four weeks post-transplant, ovarian histology was examined.", [(4, W)]),
    ("Mice were monitored for 60 days after the exosome injection.", [(60, D)]),
    ("On day 14 after grafting, ovaries were removed for TUNEL staining.", [(14, D)]),
    ("The rats were euthanised 8 wk after hAECs transplantation.", [(8, W)]),
    ("Two weeks after receiving MSCs, the mice were mated.", [(2, W)]),
    ("The 1-year outcomes are reported here.", [(1, Y)]),
    ("Ovaries were analysed 30 d post-infusion.", [(30, D)]),
    ("At 6 months after the procedure, serum AMH was undetectable in one woman.", [(6, M)]),
    ("Median follow-up time was 18 (range 12-24) months.", [(18, M)]),
    ("The observation lasted 10 weeks.", [(10, W)]),
    ("Hormone profiles were compared before and 3 months after treatment.", [(3, M)]),
    ("The patients were followed up every month for 6 months.", [(6, M)]),
    ("One month after the PRP and stem cell injection, AMH rose.", [(1, M)]),
    ("2 months after surgery FSH was 12 IU/L.", [(2, M)]),
    ("The mice were killed 21 days after the second injection.", [(21, D)]),
    ("All patients were followed for at least 12 months post-treatment.", [(12, M)]),
]

ZH = [
    ("本组患者随访时间为8~30个月。", [(30, M)]),
    ("中位随访18个月，未见肿瘤发生。", [(18, M)]),
    ("所有患者随访至术后1年。", [(1, Y)]),
    ("小鼠于移植后第14天处死。", [(14, D)]),
    ("治疗4周后取卵巢称重。", [(4, W)]),
    ("于移植后2、4、8周检测血清激素。", [(8, W)]),
    ("患者平均随访（15.3±4.2）个月。", [(15.3, M)]),
    ("术后随访6个月，月经恢复规律。", [(6, M)]),
    ("经过12个月的随访，无严重不良反应。", [(12, M)]),
    ("治疗后第3个月复查AMH。", [(3, M)]),
    ("移植后1个月、3个月、6个月分别检测FSH。", [(6, M)]),
    ("观察期为12周。", [(12, W)]),
    ("注射后第7天和第14天分别处死小鼠。", [(14, D)]),
    ("细胞移植4周后处死小鼠，取双侧卵巢。", [(4, W)]),
    ("小鼠于移植后第28天取卵巢。", [(28, D)]),
    ("随访期为2年。", [(2, Y)]),
    ("所有病例随访1~3年。", [(3, Y)]),
    ("随访时间6个月至2年。", [(2, Y)]),
    ("术后3个月、6个月、12个月随访激素水平。", [(12, M)]),
    ("治疗结束后随访6个月。", [(6, M)]),
    ("于治疗后2周、4周检测血清激素。", [(4, W)]),
    ("干预8周后，检测各组大鼠血清FSH。", [(8, W)]),
    ("移植后14 d处死大鼠。", [(14, D)]),
    ("随访观察6个月，记录月经情况。", [(6, M)]),
    ("共随访24周。", [(24, W)]),
    ("术后第6个月随访时检测AMH。", [(6, M)]),
    ("平均随访时间（11.2±3.5）个月。", [(11.2, M)]),
    ("在移植后第4周和第8周分别取材。", [(8, W)]),
    ("外泌体注射2周后摘取卵巢。", [(2, W)]),
    ("给予干细胞治疗后8周，检测各组小鼠血清E2。", [(8, W)]),
    ("移植后满6个月时复查超声。", [(6, M)]),
    ("随访期间（12个月）无复发。", [(12, M)]),
    ("随访观察时间为6个月。", [(6, M)]),
    ("随访至今已2年。", [(2, Y)]),
    ("随访期限为1年。", [(1, Y)]),
    ("随访后3个月复查超声。", [(3, M)]),
    ("免疫组化显示移植后4周卵泡数增加。", [(4, W)]),
    ("随访时间最长2年。", [(2, Y)]),
    ("移植后6个月记录妊娠情况。", [(6, M)]),
    ("治疗第4周检测血清AMH。", [(4, W)]),
    ("尾静脉注射hUC-MSCs后第14天取材。", [(14, D)]),
    ("随访期为术后12个月。", [(12, M)]),
]

NOT_FOLLOW_UP = [
    "Further follow-up studies are needed to confirm these results.",
    "Long-term follow-up is required to judge the safety of the grafts.",
    "Female mice aged 6 weeks were used in all experiments.",
    "Six-week-old female rats were bought from the animal centre.",
    "Busulfan was injected for 14 consecutive days of treatment before the grafts.",
    "Injections were repeated every 4 weeks.",
    "Women were included within 3 months of diagnosis.",
    "Menses returned 5 months after treatment in one woman.",
    "Two women conceived 8 and 14 months after transplantation.",
    "She delivered a healthy baby 11 months after the injection.",
    "The second injection was given 2 weeks after the first injection.",
    "A second transplantation was performed 6 months after the first one.",
    "Seven days after cyclophosphamide injection, the mice received MSCs.",
    "The cells were injected 14 days after the last busulfan injection.",
    "MSCs were given 7 days after the last injection of cisplatin.",
    "The grafts were placed 10 days after the rats were injected with cyclophosphamide.",
    "The first pregnancy occurred 10 months post-transplant.",
    "Hormones were measured 1 month before transplantation.",
    "Amenorrhoea had lasted 3 years before the first visit.",
    "Data were collected between 2015 and 2019.",
    "She was 34 years old at the time of treatment.",
    "The rats were acclimatised for 1 week before the experiment.",
    "The two injections were given 3 months apart.",
    "After 2 weeks, the mice were transplanted with MSCs.",
    "Body weight was measured at 8 weeks of age.",
    "AMH was measured at 6 months before the first injection.",
    "Two years later she was referred to our clinic.",
    "MSCs were transplanted on day 7 after cyclophosphamide injection.",
    "Cell proliferation was assessed at 1, 3, 5 and 7 days.",
    "The cells were injected 2 weeks after ovariectomy.",
    "Patients were aged 28 to 39 years at follow-up.",
    "Mice were housed for one week before the experiments.",
    "The cyclophosphamide was injected for 7 days.",
    "Stem cells were injected twice, 4 weeks apart.",
    "Menses resumed 6 weeks after the procedure in three women.",
    "Secondary amenorrhoea for more than 4 months was required.",
    "The infusion took 30 minutes.",
    "She had undergone chemotherapy 5 years before.",
    "The cells were passaged every 3 days.",
    "Exosomes were given every week for 4 weeks.",
    "After 7 days, the cells were passaged and injected into the ovaries.",
    "需要进一步随访研究。",
    "选用6周龄雌性小鼠。",
    "连续腹腔注射环磷酰胺14天后建立模型。",
    "每4周注射1次。",
    "诊断后3个月内纳入研究。",
    "治疗后5个月月经恢复。",
    "患者于移植后8个月自然妊娠。",
    "闭经时间2年。",
    "两次移植间隔3个月。",
    "首次移植后3个月行第二次移植。",
    "造模后第7天开始移植干细胞。",
    "随访至2021年12月。",
    "患者年龄（32.5±4.1）岁。",
    "环磷酰胺腹腔注射14天后，小鼠出现动情周期紊乱。",
    "于末次化疗后7天尾静脉注射干细胞。",
    "末次注射环磷酰胺后第7天移植细胞。",
    "腹腔注射环磷酰胺（首剂50 mg/kg）后第2天开始移植。",
    "细胞体外培养第7天检测增殖能力。",
    "免疫注射后第14天开始移植。",
    "小鼠腹腔注射环磷酰胺7天后造模成功。",
    "患者闭经6个月以上。",
    "细胞培养7天后收集上清。",
    "每周注射1次，共4周。",
    "患者于移植后4个月月经复潮。",
    "两次注射间隔1个月。",
    "8周龄雌性SD大鼠。",
    "第二次移植于首次移植后3个月进行。",
    "其中2例于移植后3个月在促排卵治疗后成功妊娠。",
    "4例于治疗后1～2个月恢复。",
]


@pytest.mark.parametrize("text, expected", EN + ZH, ids=[t for t, _ in EN + ZH])
def test_a_follow_up_is_read_from_how_it_is_said(text, expected):
    assert [(f.value["value"], f.value["unit"]) for f in facts(text, "follow_up")] == [(float(v), u) for v, u in expected]


@pytest.mark.parametrize("text", NOT_FOLLOW_UP)
def test_what_is_no_follow_up(text):
    assert facts(text, "follow_up") == []


def test_enough_forms_per_language():
    assert len(EN) >= 30 and len(ZH) >= 30
    assert sum(1 for t in NOT_FOLLOW_UP if t.isascii()) >= 15 and sum(1 for t in NOT_FOLLOW_UP if not t.isascii()) >= 15


def test_no_sentence_is_copied_from_the_corpus():
    assert_in_no_corpus_file([t for t, _ in EN + ZH] + NOT_FOLLOW_UP)
