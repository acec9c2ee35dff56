"""Ways of saying a hormone change (extractor/facts/hormones.py with
rules/directions.yaml, and rules/grammars/hormone_change.yaml), in sentences
written for this test and found in no corpus file: a hormone and a direction
verb or noun in either order, values from–to and arrows, improvement words,
coordination with statistics between the items, synonyms; and what is no
change (thresholds, baselines, definitions of a disease, lists of
measurements)."""

from __future__ import annotations

import pytest

from extractor.facts.pipeline import Extractor
from extractor.layout.textlayer import document_from_text
from formkit import assert_in_no_corpus_file

INC, DEC, SAME = "increase", "decrease", "no_change"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def changes(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    facts = [f for f in extractor.facts(document_from_text(text)) if f.type == "hormone_change"]
    return sorted((f.value["hormone"], f.value["direction"]) for f in facts)


ENGLISH = [
    ("There was a marked fall in LH after the second infusion.", [("LH", DEC)]),
    # no change: a verb of staying and a word of sameness, a change denied by its verb, neither … nor
    ("In the saline group inhibin B held steady throughout the year.", [("INHB", SAME)]),
    ("Oestradiol remained essentially flat after the second graft.", [("E2", SAME)]),
    ("Through week 12, LH did not significantly alter in either arm.", [("LH", SAME)]),
    ("After the mock procedure neither serum LH nor inhibin B changed.", [("INHB", SAME), ("LH", SAME)]),
    # a pronoun standing for the hormone named before it
    ("Inhibin B climbed in the treated women, while it stayed flat in the untreated ones.",
     [("INHB", INC), ("INHB", SAME)]),
    ("LH was lower after the cells at 8 weeks. In the placebo arm it did not change.", [("LH", DEC), ("LH", SAME)]),
    # ... not one that acts on something else
    ("FSH fell after the graft. Whether it improves fertility is unknown.", [("FSH", DEC)]),
    ("Treatment produced a reduction of serum FSH in every woman.", [("FSH", DEC)]),
    ("Serum FSH was lowered within three months.", [("FSH", DEC)]),
    ("An elevation of oestradiol followed the injections.", [("E2", INC)]),
    ("FSH fell from 71.3 to 22.6 IU/L over six months.", [("FSH", DEC)]),
    ("LH 41.2 → 15.7 mIU/mL", [("LH", DEC)]),
    ("AMH: 0.12 → 0.55 ng/mL", [("AMH", INC)]),
    ("The therapy improved AFC in most participants.", [("AFC", INC)]),
    ("AMH (P < 0.01) and AFC (P = 0.02) rose after cell therapy.", [("AFC", INC), ("AMH", INC)]),
    ("The injections increased estrogen secretion in both cases.", [("E2", INC)]),
    ("Inhibin B concentrations climbed after transplantation.", [("INHB", INC)]),
    ("FSH changed from 58.4 to 19.9 IU/L after treatment.", [("FSH", DEC)]),
    ("Cell therapy led to lowering of FSH and a rise in AMH.", [("AMH", INC), ("FSH", DEC)]),
    ("Serum E2 and AMH levels were significantly higher after treatment than before.", [("AMH", INC), ("E2", INC)]),
    ("LH did not change significantly after the injections.", [("LH", SAME)]),
    ("Estradiol declined in two of the treated women.", [("E2", DEC)]),
    ("The procedure resumed ovarian estrogen production in one woman.", [("E2", INC)]),
    ("Reducing FSH was the main hormonal effect of the grafts.", [("FSH", DEC)]),
    ("After two injections the antral follicle count increased from 2 to 6.", [("AFC", INC)]),
    ("Mean oestradiol went up after grafting.", [("E2", INC)]),
    ("The second infusion halved FSH in the older women.", [("FSH", DEC)]),
    ("Ovarian volume was enlarged at the last visit.", [("ovarian_volume", INC)]),
    ("E2 showed an upward trend after the grafts.", [("E2", INC)]),
    ("The vesicles raised uterine weight, plasma E2 levels, and follicle numbers.", [("E2", INC)]),
    ("Grafting improved ovarian weight, AMH and AFC in the treated rats.", [("AFC", INC), ("AMH", INC)]),
    ("After the grafts the ovaries of the rats increased in size.", [("ovarian_volume", INC)]),
    ("Serum follicular stimulating hormone fell in every woman.", [("FSH", DEC)]),
    ("The serum E2 and AMH levels of rats in the grafted group were significantly higher than in sham rats.",
     [("AMH", INC), ("E2", INC)]),
    # forms added for generality: comparisons after treatment, values before/after, arrows, nouns with "of"
    ("After treatment the grafted group had lower FSH than the control group.", [("FSH", DEC)]),
    ("Compared with the model group, serum AMH in the MSC group was significantly increased.", [("AMH", INC)]),
    ("Estradiol concentrations rose from 12 to 85 pg/mL after the infusion.", [("E2", INC)]),
    ("Serum FSH was 68.2 IU/L before and 21.4 IU/L after treatment.", [("FSH", DEC)]),
    ("A significant decline of serum FSH was seen at three months.", [("FSH", DEC)]),
    ("The FSH level dropped to 9.6 IU/L by the third month.", [("FSH", DEC)]),
    ("LH was reduced by 40% after the grafts.", [("LH", DEC)]),
    ("Treatment lowered circulating FSH in most women.", [("FSH", DEC)]),
    ("Serum AMH was higher at 3 months than at baseline.", [("AMH", INC)]),
    ("Compared with pretreatment values, FSH was significantly lower.", [("FSH", DEC)]),
    ("FSH ↓, AMH ↑ after the second injection", [("AMH", INC), ("FSH", DEC)]),
    ("At three months: LH ↓ and E2 ↑ in both women.", [("E2", INC), ("LH", DEC)]),
    ("E2 levels did not differ before and after treatment.", [("E2", SAME)]),
    ("There was no significant change in LH after the grafts.", [("LH", SAME)]),
    ("An AMH increase was noted in three of the five women.", [("AMH", INC)]),
    ("Oestradiol secretion was restored and FSH fell in the treated mice.", [("FSH", DEC)]),
    ("The number of antral follicles increased after the second graft.", [("AFC", INC)]),
    # a change undone is a move the other way
    ("hUC-MSCs reversed the increase in FSH induced by cisplatin.", [("FSH", DEC)]),
    ("Exosome treatment attenuated the elevation of serum FSH.", [("FSH", DEC)]),
    ("MSCs prevented the decline in AMH after chemotherapy.", [("AMH", INC)]),
    ("The grafts reversed the cisplatin-induced FSH elevation.", [("FSH", DEC)]),
    ("Exosomes attenuated FSH increase and E2 decline in the mice.", [("E2", INC), ("FSH", DEC)]),
    ("MSCs prevented FSH levels from rising.", [("FSH", DEC)]),
    ("Transplantation led to suppression of FSH.", [("FSH", DEC)]),
    ("We observed upregulation of serum AMH after grafting.", [("AMH", INC)]),
    # no change, said in more ways
    ("FSH levels were comparable before and after treatment.", [("FSH", SAME)]),
    ("LH did not significantly change after the grafts.", [("LH", SAME)]),
    ("E2 showed no obvious change after treatment.", [("E2", SAME)]),
    # a second set, written after the grammar and run before changing it again
    ("Serum FSH showed a significant reduction at 3 months.", [("FSH", DEC)]),
    ("AMH levels were markedly elevated following the infusion.", [("AMH", INC)]),
    ("The grafts resulted in an increase of estradiol.", [("E2", INC)]),
    ("LH declined steadily over the year.", [("LH", DEC)]),
    ("AFC rose from 1 to 4 after the second injection.", [("AFC", INC)]),
    ("Both FSH and LH decreased significantly after transplantation.", [("FSH", DEC), ("LH", DEC)]),
    ("Circulating oestradiol increased two-fold.", [("E2", INC)]),
    ("AMH remained unchanged throughout follow-up.", [("AMH", SAME)]),
    ("FSH went from 86 to 34 IU/L.", [("FSH", DEC)]),
    ("Inhibin B was significantly raised in the treated mice.", [("INHB", INC)]),
    ("Compared with the PBS group, the hUC-MSC group had higher E2 levels.", [("E2", INC)]),
    ("FSH concentrations in treated rats were lower than in untreated rats.", [("FSH", DEC)]),
    ("There was a rise in AMH in four patients.", [("AMH", INC)]),
    ("Cell therapy reduced FSH and increased E2.", [("E2", INC), ("FSH", DEC)]),
    ("Ovarian volume increased after the injections.", [("ovarian_volume", INC)]),
    # a third set, written after the grammar and run before changing it again (2 of 27 failed)
    ("Compared with the model group, the MSC group showed higher serum E2 and lower FSH.", [("E2", INC), ("FSH", DEC)]),
    ("Serum AMH concentrations were significantly higher in the exosome-treated mice than in the POF mice.", [("AMH", INC)]),
    ("The FSH level declined to 15 mIU/mL four weeks after grafting.", [("FSH", DEC)]),
    ("Estradiol secretion by granulosa cells in vivo was enhanced after treatment.", [("E2", INC)]),
    ("Treatment lowered both FSH and LH.", [("FSH", DEC), ("LH", DEC)]),
    ("A gradual rise of AMH was observed in all three women.", [("AMH", INC)]),
    ("The number of antral follicles rose from 0 to 3.", [("AFC", INC)]),
    ("Serum inhibin B increased after hAEC transplantation.", [("INHB", INC)]),
    ("E2 did not differ significantly between pre- and post-treatment samples.", [("E2", SAME)]),
    ("Post-treatment FSH was lower than pre-treatment FSH.", [("FSH", DEC)]),
    # the model's changes end where the cells begin
    ("Busulfan exposure led to elevated FSH, whereas hUC-MSCs lowered FSH in treated rats.", [("FSH", DEC)]),
    ("Cyclophosphamide induced a drop in E2; transplantation of BMSCs then raised E2.", [("E2", INC)]),
    ("Six months after the cells, oestradiol was not altered.", [("E2", "no_change")]),
    ("After the infusions the AFC was no different from baseline.", [("AFC", "no_change")]),
    ("In two women AMH became detectable after the second injection.", [("AMH", INC)]),
    ("Estradiol stayed within the postmenopausal range after the grafts.", [("E2", SAME)]),
]

CHINESE = [
    # kept at a level
    ("低剂量组抑制素B始终维持在较低水平。", [("INHB", SAME)]),
    ("移植后FSH水平明显降低。", [("FSH", DEC)]),
    ("治疗3个月后LH逐渐回落。", [("LH", DEC)]),
    ("FSH下降至15.2 IU/L。", [("FSH", DEC)]),
    ("LH由（38.6±5.2）降至（13.1±3.9）mIU/mL。", [("LH", DEC)]),
    ("AMH由0.21 ng/mL升至0.64 ng/mL。", [("AMH", INC)]),
    ("干细胞治疗可改善患者AMH水平。", [("AMH", INC)]),
    ("雌二醇水平显著升高。", [("E2", INC)]),
    ("窦卵泡数较治疗前增加。", [("AFC", INC)]),
    ("移植后雌激素分泌增加。", [("E2", INC)]),
    ("治疗后卵巢体积增大。", [("ovarian_volume", INC)]),
    ("抑制素B水平上升。", [("INHB", INC)]),
    ("降低FSH、升高E2和AMH。", [("AMH", INC), ("E2", INC), ("FSH", DEC)]),
    ("FSH水平由62.4变为20.1 IU/L。", [("FSH", DEC)]),
    ("治疗后促卵泡激素下降，雌二醇上升。", [("E2", INC), ("FSH", DEC)]),
    ("两次移植后黄体生成素明显下降。", [("LH", DEC)]),
    ("患者AMH（P＜0.05）和AFC（P＜0.01）均升高。", [("AFC", INC), ("AMH", INC)]),
    ("治疗后FSH未见明显变化。", [("FSH", SAME)]),
    ("外泌体注射后小鼠血清E2升高至对照水平。", [("E2", INC)]),
    ("卵泡刺激素水平较移植前减低。", [("FSH", DEC)]),
    ("AMH水平 0.15 → 0.47 ng/mL。", [("AMH", INC)]),
    ("FSH从78.2降至25.6 IU/L。", [("FSH", DEC)]),
    ("移植后血清雌激素水平回升。", [("E2", INC)]),
    ("第二次注射后窦卵泡数明显多于首次注射后。", [("AFC", INC)]),
    # forms added for generality
    ("FSH水平较治疗前明显降低。", [("FSH", DEC)]),
    ("与模型组比较，治疗组大鼠血清E2水平明显升高。", [("E2", INC)]),
    ("治疗后FSH由（45.2±6.1）IU/L降至（18.3±4.2）IU/L。", [("FSH", DEC)]),
    ("患者FSH由治疗前的52.3 IU/L下降到治疗后的16.8 IU/L。", [("FSH", DEC)]),
    ("血清AMH较前上升。", [("AMH", INC)]),
    ("LH水平治疗前后比较差异无统计学意义。", [("LH", SAME)]),
    ("移植组小鼠FSH水平明显低于模型组。", [("FSH", DEC)]),
    ("移植后FSH↓，E2↑。", [("E2", INC), ("FSH", DEC)]),
    ("治疗后患者雌二醇水平有所提高。", [("E2", INC)]),
    ("细胞治疗使大鼠血清AMH含量显著增加。", [("AMH", INC)]),
    ("治疗3个月后，FSH、LH均明显下降。", [("FSH", DEC), ("LH", DEC)]),
    ("卵巢体积较治疗前增大。", [("ovarian_volume", INC)]),
    ("治疗组AMH水平高于模型组。", [("AMH", INC)]),
    ("移植组大鼠血清FSH低于POF组。", [("FSH", DEC)]),
    ("血清FSH、LH水平降低，E2、AMH水平升高。", [("AMH", INC), ("E2", INC), ("FSH", DEC), ("LH", DEC)]),
    # a change undone is a move the other way
    ("移植可逆转顺铂所致的FSH升高、E2降低。", [("E2", INC), ("FSH", DEC)]),
    ("外泌体降低了升高的FSH水平。", [("FSH", DEC)]),
    ("细胞治疗抑制了FSH的升高。", [("FSH", DEC)]),
    ("治疗改善了大鼠FSH升高、AMH降低的状况。", [("AMH", INC), ("FSH", DEC)]),
    ("移植后E2升高、FSH降低。", [("E2", INC), ("FSH", DEC)]),
    ("治疗前后FSH比较无差异。", [("FSH", SAME)]),
    ("AMH变化不大。", [("AMH", SAME)]),
    # a second set, written after the grammar and run before changing it again
    ("治疗后血清FSH明显下降。", [("FSH", DEC)]),
    ("移植后E2水平显著上升（P<0.05）。", [("E2", INC)]),
    ("AMH由0.05 ng/mL升高至0.38 ng/mL。", [("AMH", INC)]),
    ("FSH和LH水平较治疗前均降低。", [("FSH", DEC), ("LH", DEC)]),
    ("与模型组相比，治疗组E2水平明显升高。", [("E2", INC)]),
    ("治疗后窦卵泡数增多。", [("AFC", INC)]),
    ("抑制素B含量增加。", [("INHB", INC)]),
    ("FSH水平治疗前后无明显差异。", [("FSH", SAME)]),
    ("血清FSH随后降至正常范围。", [("FSH", DEC)]),
    ("黄体生成素明显降低。", [("LH", DEC)]),
    ("患者抗苗勒管激素水平较前升高。", [("AMH", INC)]),
    ("雌二醇及AMH水平均有所升高。", [("AMH", INC), ("E2", INC)]),
    ("血清卵泡刺激素（FSH）水平下降。", [("FSH", DEC)]),
    # a third set, written after the grammar and run before changing it again
    ("与模型组比较，移植组大鼠血清FSH含量明显降低（P<0.01）。", [("FSH", DEC)]),
    ("治疗后小鼠血清E2、AMH水平较模型组显著升高。", [("AMH", INC), ("E2", INC)]),
    ("治疗3个月后FSH从（68.5±10.2）IU/L下降至（25.3±8.7）IU/L。", [("FSH", DEC)]),
    ("患者AMH水平由治疗前的0.1 ng/mL上升至0.6 ng/mL。", [("AMH", INC)]),
    ("LH水平在治疗前后无显著变化。", [("LH", SAME)]),
    ("雌激素水平明显回升。", [("E2", INC)]),
    ("双侧卵巢窦卵泡计数增加。", [("AFC", INC)]),
    ("环磷酰胺引起E2下降，而BMSCs移植后E2回升。", [("E2", INC)]),
    ("外泌体注射对小鼠血清LH水平无明显影响。", [("LH", SAME)]),
]

NOT_CHANGES = [
    # a pronoun after a hormone only named stands for nothing
    "LH was drawn every month. The clinic noted that it did not change its dosing plan.",
    "POI is diagnosed when FSH rises above 25 IU/L on two occasions.",
    "Women with FSH > 40 IU/L were excluded.",
    "Baseline AMH was 0.4 ng/mL.",
    "At baseline, FSH was higher in the cell group than in the placebo group.",
    "Serum FSH, LH and AMH were measured before and after treatment.",
    "The syndrome is characterised by low estradiol and elevated gonadotropins.",
    "AMH ranged from 0.1 to 1.3 ng/mL.",
    "The FSH receptor was upregulated in granulosa cells.",
    "卵巢储备功能减退表现为AMH降低、FSH升高。",
    "FSH＞25 IU/L者纳入本研究。",
    "基线AMH为0.3 ng/mL。",
    "两组治疗前FSH水平差异无统计学意义。",
    "检测血清FSH、LH、E2水平。",
    "AMH水平较高的患者妊娠率更高。",
    "FSH受体表达上调。",
    "The FSH/LH ratio fell after the second graft.",
    "The grafts restored oestradiol to the levels of young animals.",
    "治疗后LH水平恢复正常。",
    "After grafting, AMH and FSHR expression in ovarian tissue was markedly higher.",
    "The risks rise with oestradiol deficiency and bone loss.",
    "卵巢组织中AMH蛋白表达升高。",
    "The cells lowered apoptosis, and E2 levels were measured every week.",
    "Untreated animals had higher FSH and lower AMH than healthy controls, confirming the model.",
    "与正常组相比，模型组FSH显著升高，AMH显著降低，提示造模成功。",
    # traps added for generality: thresholds, criteria, baselines, predictors, normalised levels
    "Women with FSH levels above 40 IU/L were eligible.",
    "Elevated FSH (>25 IU/L) on two occasions confirmed the diagnosis.",
    "Serum FSH was measured on day 3 of the cycle.",
    "FSH levels were normalised in two women after the injections.",
    "Before treatment, the patients had higher FSH than healthy women of the same age.",
    "The two groups had similar AMH levels at baseline.",
    "纳入标准：FSH＞40 IU/L。",
    "FSH≥25 IU/L提示卵巢储备下降。",
    "治疗后E2水平恢复正常。",
    "两组患者治疗前FSH水平比较，差异无统计学意义。",
    "基础FSH水平与妊娠率相关。",
    "模型组FSH水平高于正常对照组。",
    "两组基线FSH无差异。",
    "The groups were comparable at baseline in FSH.",
    # a second set, written after the grammar and run before changing it again
    "FSH levels above 25 IU/L on two occasions define POI.",
    "All women had FSH > 40 mIU/mL at entry.",
    "AMH is a marker of ovarian reserve.",
    "Baseline FSH did not differ between groups.",
    "We measured FSH, LH and E2 at each visit.",
    "High FSH levels are typical of menopause.",
    "The FSH level was restored to normal.",
    "AMH levels were normalized.",
    "FSH receptor expression increased in granulosa cells.",
    "纳入标准：FSH>25 IU/L，闭经4个月以上。",
    "卵巢早衰以FSH升高、雌激素降低为特征。",
    "两组基线AMH水平比较差异无统计学意义。",
    "检测各组血清FSH、E2水平。",
    "治疗后激素水平恢复正常。",
    "模型组与正常组相比，FSH明显升高，提示造模成功。",
    "颗粒细胞FSH受体表达增加。",
    # a third set
    "Compared with the control group, the model group showed higher FSH and lower E2, indicating successful modelling.",
    "POF is characterised by elevated FSH and reduced estradiol.",
    "Women with AMH below 1.1 ng/mL were classified as poor responders.",
    "FSH, LH and E2 were determined by ELISA.",
    "Before transplantation, the mean FSH was 78 IU/L.",
    "The AMH assay has a detection limit of 0.01 ng/mL.",
    "模型组小鼠FSH明显升高，E2明显降低，表明造模成功。",
    "采用ELISA法检测血清FSH、E2和AMH水平。",
    "治疗前两组FSH、LH水平比较差异无统计学意义（P>0.05）。",
    # what the model drug caused validates the model: no effect of a treatment
    "Cisplatin injection caused a rise in FSH and a fall in AMH in the model mice.",
    "Doxorubicin alone resulted in lower oestradiol, a loss of follicles and an increase in LH.",
    "顺铂导致小鼠FSH升高、AMH降低。",
    "腹腔注射环磷酰胺后造成大鼠血清E2水平明显下降。",
]


#: a change the sentence denies: (sentence, (hormone, direction)), the fact negated
NEGATED = [
    ("AMH did not increase after the grafts.", ("AMH", INC)),
    ("FSH was not reduced by the second injection.", ("FSH", DEC)),
    ("Serum FSH failed to decrease after the grafts.", ("FSH", DEC)),
    ("移植后AMH未见明显升高。", ("AMH", INC)),
    ("治疗后FSH未进一步下降。", ("FSH", DEC)),
    ("雌二醇水平没有升高。", ("E2", INC)),
    ("移植未能逆转FSH升高。", ("FSH", DEC)),
]


# a fourth set: forms counted in real abstracts and tables of results (PRP
# and cell therapy for POI and poor responders, PCOS drug trials, rodent
# models; English and Chinese), each said again in our own words, run
# before the grammar was changed
WILD_EN = [
    ("Intraovarian PRP led to higher AFC, while levels of serum LH were decreased.", [("AFC", INC), ("LH", DEC)]),
    ("The injections resulted in increased serum AMH.", [("AMH", INC)]),
    ("Women given PRP showed a significant elevation in estradiol levels.", [("E2", INC)]),
    ("Increase E2 and AMH; decrease FSH level", [("AMH", INC), ("E2", INC), ("FSH", DEC)]),
    ("AMH levels and follicle count increase and LH levels decrease.", [("AMH", INC), ("LH", DEC)]),
    ("After grafting, oestradiol levels increased while FSH levels decreased.", [("E2", INC), ("FSH", DEC)]),
    ("The exosomes decreased the levels of FSH to the control level.", [("FSH", DEC)]),
    ("Transplantation increased the levels of AMH.", [("AMH", INC)]),
    ("Cell treatment raised AMH levels in the mice.", [("AMH", INC)]),
    ("Metformin reduced ovarian volume at 3 and 6 months.", [("ovarian_volume", DEC)]),
    ("FSH↓ and AMH↑ after PRP.", [("AMH", INC), ("FSH", DEC)]),
    ("Two consecutive increases in AMH were seen after the infusion.", [("AMH", INC)]),
    ("Needling was effective in enhancing oestradiol levels.", [("E2", INC)]),
    # the cells named keep a change in aged or diseased animals the treatment's
    ("MSCs raised AMH in aged mice.", [("AMH", INC)]),
    ("In aged rats given exosomes, serum E2 increased.", [("E2", INC)]),
    ("FSH was lower in the MSC group compared with the model group.", [("FSH", DEC)]),
]

WILD_ZH = [
    ("与基线相比，治疗后FSH、LH均下降，E2升高。", [("E2", INC), ("FSH", DEC), ("LH", DEC)]),
    ("针刺治疗后AMH有不同程度的升高。", [("AMH", INC)]),
    ("治疗后FSH↓，AMH↑。", [("AMH", INC), ("FSH", DEC)]),
    ("移植后第10天FSH浓度显著低于POF组；E2浓度显著高于POF组。", [("E2", INC), ("FSH", DEC)]),
    ("POF小鼠接受外泌体，FSH降低。", [("FSH", DEC)]),
]

#: traps of the same sources: the disease or its course described, what the
#: model drug did, receptors, hormones named without a direction
WILD_NOT = [
    "POI is characterised by amenorrhoea, hypergonadotropic hypogonadism and oestrogen deficiency.",
    "The disease presents with rapidly rising FSH and LH in women under 40.",
    "DOR is marked by low AMH, fewer antral follicles and raised FSH.",
    "Chemotherapy lowered fertility and AMH levels in the mice.",
    "FSHR and caspase-3 decreased after treatment.",
    "The cells restored disturbed hormone secretion.",
    "卵巢早衰患者FSH升高。",
    "卵巢早衰以闭经伴血清高促性腺激素和低雌激素为特征。",
    "POF患者常伴有FSH和LH迅速升高。",
    "DOR同时伴有AMH水平降低、AFC减少、FSH水平升高。",
    "POF组小鼠FSH水平显著增高，E2水平显著降低。",
    "随着年龄增加，FSH水平上升。",
    "With increasing age, FSH levels rise.",
    "The ovarian volume in ageing BALB/c mice was reduced and no follicles remained.",
    "Serum LH rose significantly in the PCOS group compared with the control group.",
]

WILD_NEGATED = [
    ("Serum FSH failed to fall after the first graft.", ("FSH", DEC)),
    ("FSH failed to decrease in two women.", ("FSH", DEC)),
    ("AMH did not increase in the treated mice.", ("AMH", INC)),
    ("移植未能降低FSH。", ("FSH", DEC)),
]

# forms of the blind papers (written without the rules), in our own words
BLIND_EN = [
    ("A second course may raise AMH in women with a low reserve.", [("AMH", INC)]),
]
BLIND_ZH = [
    # a negation word ending inside the no-change cue is part of it
    ("治疗后两组LH、E2均未见明显变化。", [("E2", SAME), ("LH", SAME)]),
    # measured against the baseline: a change, not a baseline value
    ("移植后3个月，AMH与基线相比显著升高。", [("AMH", INC)]),
    ("至第6个月，FSH仍低于基线水平，E2与基线比较差异均无统计学意义。", [("E2", SAME), ("FSH", DEC)]),
    # a verb and its object: 提高 is AMH's, not FSH's cue after it
    ("细胞移植能降低患者血清FSH水平、提高AMH。", [("AMH", INC), ("FSH", DEC)]),
    # a group compared with the model group is the treatment's effect, read
    ("高剂量组AMH有所升高，但LH、E2与模型组比较差异无统计学意义。", [("AMH", INC), ("E2", SAME), ("LH", SAME)]),
    # measured against the untreated group, the treated group's change is read
    ("Compared with the vehicle group, FSH fell in the grafted rats.", [("FSH", DEC)]),
    # a rise or fall that did not reach significance is a no-change
    ("移植后LH虽有下降趋势但差异无统计学意义。", [("LH", SAME)]),
    ("治疗后AFC有所增加但差异无统计学意义。", [("AFC", SAME)]),
    ("E2 rose slightly but not significantly in the cell arm.", [("E2", SAME)]),
]
BLIND_EN.append(("Compared with baseline, serum LH fell by a third.", [("LH", DEC)]))
BLIND_EN.append(("After the grafts E2 climbed, but AMH remained undetectable.", [("AMH", SAME), ("E2", INC)]))
BLIND_NOT = [
    "基线AMH水平较高者妊娠率更高。",  # the value before treatment, a predictor
    "Baseline FSH did not differ between the arms.",
    # the levels that define a disease, in brackets after it
    "We enrolled 40 women with diminished ovarian reserve (DOR; AMH 0.3-1.0 ng/mL).",
    # a model group compared with the normal one validates the model
    "模型组窦卵泡数目较正常组显著减少。",
    "两组入组时基础LH及E2比较差异无统计学意义。",  # basal values compared between groups
    # a change in a group given no treatment (ANNOTATION.md), and groups compared with each other
    "The saline group also showed a gradual fall in AMH.",
    "模型组小鼠FSH持续升高。",
    "三组治疗后LH差异无统计学意义。",
    "正常对照组E2明显高于衰老组。",  # young against aged animals: the model validated
    "E2 and LH did not differ between the two groups after treatment.",
    "与对照组相比，模型组FSH水平升高，AMH降低。",
]
BLIND_NEGATED = [
    ("移植后FSH均未下降。", ("FSH", DEC)),
]

ENGLISH += WILD_EN + BLIND_EN
CHINESE += WILD_ZH + BLIND_ZH
NOT_CHANGES += WILD_NOT + BLIND_NOT
NEGATED += WILD_NEGATED + BLIND_NEGATED


@pytest.mark.parametrize("text, expected", NEGATED)
def test_a_denied_change_is_negated(extractor, text, expected):
    facts = [f for f in extractor.facts(document_from_text(text)) if f.type == "hormone_change"]
    assert [((f.value["hormone"], f.value["direction"]), f.context.negated) for f in facts] == [(expected, True)]


@pytest.mark.parametrize("text, expected", ENGLISH)
def test_english_forms(extractor, text, expected):
    assert changes(extractor, text) == expected


@pytest.mark.parametrize("text, expected", CHINESE)
def test_chinese_forms(extractor, text, expected):
    assert changes(extractor, text) == expected


@pytest.mark.parametrize("text", NOT_CHANGES)
def test_what_is_no_change(extractor, text):
    assert changes(extractor, text) == []


def test_enough_forms_per_language():
    assert len(ENGLISH) >= 20 and len(CHINESE) >= 20
    assert sum(1 for t in NOT_CHANGES if t.isascii()) >= 5 and sum(1 for t in NOT_CHANGES if not t.isascii()) >= 5


def test_no_sentence_is_copied_from_the_corpus():
    assert_in_no_corpus_file([t for t, _ in ENGLISH + CHINESE + NEGATED] + NOT_CHANGES)


def test_a_change_by_values_names_its_pattern_and_line(extractor):
    (fact,) = [f for f in extractor.facts(document_from_text("LH 41.2 → 15.7 mIU/mL"))
               if f.type == "hormone_change"]
    assert fact.rule == "hormone_change.values_arrow" and fact.text == "LH"
    file, _, line = fact.source.rpartition(":")
    assert file == "grammars/hormone_change.yaml"
    written = (extractor.rules.directory / file).read_text(encoding="utf-8").splitlines()[int(line) - 1]
    assert "{hormone}" in written and "{arrow}" in written


def test_a_name_and_its_abbreviation_are_one_fact_covering_both(extractor):
    text = "There was an improvement in anti-Müllerian hormone (AMH) levels after the grafts."
    facts = [f for f in extractor.facts(document_from_text(text)) if f.type == "hormone_change"]
    assert [(f.value["hormone"], f.text) for f in facts] == [("AMH", "anti-Müllerian hormone (AMH)")]


def test_each_clause_of_a_sentence_reports_its_own_change(extractor):
    text = "The grafted rats had higher E2 than the sham rats (Fig. 2); E2 rose most after the second graft."
    facts = [f for f in extractor.facts(document_from_text(text)) if f.type == "hormone_change"]
    assert [(f.value["hormone"], f.value["direction"]) for f in facts] == [("E2", INC), ("E2", INC)]
    assert facts[0].evidence.start < facts[1].evidence.start


def test_a_name_a_filler_word_and_the_abbreviation_are_one_fact(extractor):
    text = "Needling was effective in enhancing oestradiol levels (E2) in the pooled trials."
    facts = [f for f in extractor.facts(document_from_text(text)) if f.type == "hormone_change"]
    assert [(f.value["hormone"], f.text) for f in facts] == [("E2", "oestradiol levels (E2)")]


def test_a_cue_an_earlier_hormone_took_is_not_the_next_ones_when_it_has_its_own():
    from formkit import facts

    found = facts("In the control arm AMH stayed unchanged and FSH did not fall.", "hormone_change")
    assert [(f.value["hormone"], f.value["direction"], f.context.negated) for f in found] == [
        ("AMH", SAME, False), ("FSH", DEC, True)]


def test_a_table_cell_that_says_a_change_whole_is_read():
    # a review's table of studies: the result column holds only hormones and arrows
    from formkit import table_facts

    found = table_facts("hormone_change", "Study | Cells | n | Result",
                        "[4] | ADSCs | 16 | AMH↑", "[5] | PRP | 40 | AFC↑, FSH↓", "[6] | MSCs | 9 | FSH lower than before")
    assert [(f.text, f.value["direction"]) for f in found] == [("AMH", "increase"), ("AFC", "increase"),
                                                                ("FSH", "decrease")]
    zh = table_facts("hormone_change", "研究 | 细胞 | 例数 | 结果", "[7] | BMSCs | 18 | FSH降低、E2升高")
    assert [(f.value["hormone"], f.value["direction"]) for f in zh] == [("FSH", "decrease"), ("E2", "increase")]


def test_a_column_of_directions_gives_the_change_of_the_hormone_its_row_names():
    from formkit import table_facts

    def table(*rows):
        return [(f.value["hormone"], f.value["direction"], f.text) for f in table_facts("hormone_change", *rows)]

    assert table("Arm | Marker | Baseline | Month 6 | Direction",
                 "Cells | FSH (IU/L) | 70.1 | 51.0 | Decreased",
                 "Cells | AMH (ng/mL) | 0.04 | 0.09 | Increased",
                 "Placebo | AFC | 2 | 2 | No change") == [
        ("FSH", "decrease", "Decreased"), ("AMH", "increase", "Increased"), ("AFC", "no_change", "No change")]
    assert table("指标 | 治疗前 | 治疗后 | 变化", "FSH（IU/L） | 68.2 | 40.5 | 下降") == [("FSH", "decrease", "下降")]
    # a row naming two hormones, or a cell that says more than a direction, gives none
    assert table("Outcome | Studies | Change", "FSH and LH | 4 | Decreased") == []
    assert table("Outcome | Studies | Change", "AMH | 4 | Increased in two of four studies") == []
    # a column of numbers under such a head gives none
    assert table("Outcome | Baseline | Change", "FSH | 70 | −12.4") == []
