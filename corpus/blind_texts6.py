"""Invented papers (sixth batch, all Chinese) written for litx by an annotator who had not seen its rules.

Twelve short texts in the shapes of Chinese journal abstracts (目的/方法/结果/结论, 【摘要】,
unstructured) and of full-paper 资料与方法 + 结果 passages, on stem-cell / exosome / PRP therapy
for premature ovarian insufficiency, diminished ovarian reserve and their rat and mouse models.
All names and numbers are invented; nothing is copied from any paper.  The fact marks
``[[words|spec]]`` follow corpus/ANNOTATION.md and the markup of corpus/make_papers.py
(``^{...}`` is a superscript: ``1×10^{7}``, citation markers ``^{[12]}``).

This is part of the development set of the invented papers (studied and tuned on, unlike
corpus/heldout_texts.py).  For the four full-paper texts the 资料与方法 passage is the
``abstract`` field and the 结果 passage the ``body``.
"""

from __future__ import annotations

try:
    from real_texts import RealText
except ImportError:  # imported as corpus.blind_texts6
    from corpus.real_texts import RealText

_LIC = "CC BY 4.0 (written for litx)"
_J = "litx blind set"

BLIND6: list[RealText] = [
    # ------------------------------------------------------------------ 43
    RealText(
        id="zh_blind43_ucmsc_single_arm",
        lang="zh",
        kind="clinical",
        title=(
            "[[经阴道超声引导下卵巢内注射|r:io,tvus]][[人脐带间充质干细胞|c:uc]]"
            "治疗早发性卵巢功能不全的单臂临床研究"
        ),
        authors="林书瑶, 郭维宁, 张晓岚",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "目的：探讨[[经阴道超声引导下卵巢内注射|r:io,tvus]][[人脐带间充质干细胞|c:uc]]"
            "（[[hUC-MSCs|c:uc]]）治疗早发性卵巢功能不全（POI）的安全性及初步疗效。"
            "方法：前瞻性纳入2021年3月至2022年8月于我院生殖中心就诊的POI患者[[18例|n:18]]，"
            "年龄27~39岁，诊断标准为40岁前月经稀发或停经≥4个月，且间隔4周以上2次检测FSH>25 IU/L。"
            "所有患者均在[[经阴道超声引导下行双侧卵巢内注射|r:io,tvus]][[hUC-MSCs|c:uc]]，"
            "每侧卵巢[[1×10^{7}个|d:1e7,cells,ovary]]（悬浮于[[1 mL|d:1,mL,ovary]]生理盐水），"
            "仅注射[[1次|s:1]]。注射后[[第1、3、6个月|f:6,month]]复查性激素、AMH及窦卵泡计数（AFC）。"
            "结果：[[18例|n:18]]均顺利完成注射，无严重不良反应；随访期间失访2例。"
            "注射后[[6个月|f:6,month]]，[[FSH由（68.4±15.2）IU/L降至|h:FSH,dec]]（41.7±18.9）IU/L（P<0.01），"
            "[[AFC较注射前增加|h:AFC,inc]]（P=0.03），而[[AMH无明显变化|h:AMH,nc]]（P=0.41），"
            "[[E2虽有升高趋势但差异无统计学意义|h:E2,nc]]。3例恢复自然月经，1例自然妊娠。"
            "结论：[[单次|s:1]][[卵巢内注射|r:io]][[hUC-MSCs|c:uc]]可能[[降低POI患者FSH水平|h:FSH,dec]]，"
            "安全性良好，但其对卵巢储备的改善尚需大样本随机对照研究证实。"
        ),
        notes=(
            "Single-arm prospective study, 目的/方法/结果/结论. Traps: diagnostic threshold FSH>25 IU/L "
            "and '间隔4周以上2次检测' (a measurement repeated, no sessions); ages 27~39; '失访2例', "
            "'3例恢复自然月经，1例自然妊娠' (outcome counts, no sample size). Conventions: '18例均顺利完成注射' "
            "restates the whole sample (marked, per mention); the 1 mL suspension carrier is per ovary "
            "because the clause says 每侧卵巢; the list of visits 第1、3、6个月 gives one follow-up (the last). "
            "Doubtful: 'E2虽有升高趋势但差异无统计学意义' annotated no_change (the authors state no "
            "significant difference; the trend word alone would read as an increase)."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=6,
    ),
    # ------------------------------------------------------------------ 44
    RealText(
        id="zh_blind44_bmsc_artery_rct",
        lang="zh",
        kind="clinical",
        title=(
            "[[经卵巢动脉介入移植|r:oa,ir]][[骨髓间充质干细胞|c:bm]]治疗卵巢早衰的随机对照研究"
        ),
        authors="何嘉禾, 戴一鸣, 苏婉清, 罗振东",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "【摘要】目的 评价[[数字减影血管造影（DSA）下经卵巢动脉介入移植|r:oa,ir]]自体"
            "[[骨髓间充质干细胞|c:bm]]（[[BMSCs|c:bm]]）治疗卵巢早衰（POF）的疗效。"
            "方法 选取2020年1月至2022年6月收治的POF患者[[62例|n:62]]，按随机数字表法分为"
            "[[观察组32例|n:32#观察组]]和[[对照组30例|n:30#对照组]]。观察组抽取髂后上棘骨髓50 mL，"
            "分离培养至第3代，于DSA下经股动脉穿刺，[[超选择插管至双侧卵巢动脉|r:oa,ir#观察组]]，"
            "缓慢注入[[BMSCs|c:bm#观察组]] [[5×10^{6}个|d:5e6,cells,ovary#观察组]]/侧，"
            "共移植[[2次|s:2#观察组]]，间隔1个月；对照组口服戊酸雌二醇/雌二醇环丙孕酮行激素替代治疗3个周期。"
            "两组均于末次治疗后[[3个月|f:3,month]]复查。"
            "结果 观察组治疗后[[FSH|h:FSH,dec#观察组]]、[[LH较治疗前明显下降|h:LH,dec#观察组]]，"
            "[[E2|h:E2,inc#观察组]]和[[AMH升高|h:AMH,inc#观察组]]（P均<0.05）；"
            "对照组[[AMH治疗前后差异无统计学意义|h:AMH,nc#对照组]]（P>0.05）。"
            "与对照组相比，观察组[[AFC增多|h:AFC,inc#观察组]]（P=0.02）。观察组失访1例。"
            "结论 [[DSA引导下经卵巢动脉移植|r:oa,ir]][[BMSCs|c:bm]]可[[降低POF患者FSH水平|h:FSH,dec]]，"
            "改善卵巢储备功能。"
        ),
        notes=(
            "Two-arm RCT, 【摘要】 with unpunctuated section heads. Arms 观察组 (cells via ovarian artery) "
            "and 对照组 (oral HRT, no dose stated). Traps: harvest volume 骨髓50 mL (no dose), 第3代 "
            "(passage), 经股动脉穿刺 (vascular access, no route), 间隔1个月 (interval), '3个周期' "
            "(course), 失访1例. 5×10^6个/侧: per ovary. The control group is treated (HRT), so its "
            "'AMH治疗前后差异无统计学意义' is a no_change with arm 对照组. '改善卵巢储备功能' names no "
            "hormone (no fact). 'FSH、LH较治疗前明显下降' and 'E2和AMH升高': one fact per hormone."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=6,
    ),
    # ------------------------------------------------------------------ 45
    RealText(
        id="zh_blind45_mensc_case_report",
        lang="zh",
        kind="case",
        title=(
            "[[腹腔镜下卵巢注射|r:io,lap]][[经血来源间充质干细胞|c:men]]后自然妊娠[[1例|n:1]]报告"
        ),
        authors="冯静怡, 许可欣",
        journal=_J,
        year=2022,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "患者，女，33岁，因“继发闭经2年”就诊，基础FSH 92.6 IU/L，AMH<0.06 ng/mL，"
            "诊断为早发性卵巢功能不全（POI）。经医院伦理委员会批准并签署知情同意书后，采集患者本人经血，"
            "分离培养[[经血来源间充质干细胞|c:men]]（[[MenSCs|c:men]]），取第4代细胞备用。"
            "于腹腔镜下将[[MenSCs|c:men]][[注入双侧卵巢皮质|r:io,lap]]，每侧[[2×10^{6}个|d:2e6,cells,ovary]]；"
            "3个月后按同法行[[第2次|s:2]]注射。[[第2次|s:2]][[注射后8周|f:8,week]]，"
            "[[FSH回落|h:FSH,dec]]至21.3 IU/L，[[E2由18 pg/mL升至|h:E2,inc]]146 pg/mL，"
            "[[AMH升至|h:AMH,inc]]0.42 ng/mL；此后月经自然来潮，并于末次注射后7个月自然受孕，"
            "孕38周剖宫产一健康女婴。随访至产后6个月，未见肿瘤形成等不良事件。"
            "本例提示，自体[[MenSCs|c:men]][[卵巢内移植|r:io]]可能有助于POI患者恢复卵巢功能，"
            "但其有效性仍需更多病例验证。"
        ),
        notes=(
            "Single case report, unstructured. No count of sessions is stated, so each ordinal "
            "'第2次' is a sessions fact (2), per mention. Traps: age 33, 闭经2年, baseline FSH 92.6 "
            "IU/L and AMH<0.06 (baseline/diagnosis), 第4代 (passage), '3个月后' (interval), "
            "'末次注射后7个月自然受孕' (time to an event, no follow-up), 孕38周. The route of the "
            "laparoscopic injection is '注入双侧卵巢皮质' (guidance laparoscopic from the same sentence; "
            "the cells' name stands between). Doubtful: '随访至产后6个月' counts from the delivery, "
            "not from the treatment: left without a follow-up fact. '1例' in the title = n 1."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=6,
    ),
    # ------------------------------------------------------------------ 46
    RealText(
        id="zh_blind46_exosome_ctx_rat",
        lang="zh",
        kind="animal",
        title=(
            "[[人脐带间充质干细胞|c:uc]]来源[[外泌体|c:ev]][[尾静脉注射|r:iv]]对环磷酰胺诱导卵巢早衰大鼠的影响"
        ),
        authors="邓思远, 钟雨桐, 黄立成",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "目的：观察[[人脐带间充质干细胞|c:uc]]来源[[外泌体|c:ev]]（[[hUCMSC|c:uc]]-[[Exos|c:ev]]）"
            "对卵巢早衰（POF）大鼠卵巢功能的影响。方法：体外培养[[hUCMSCs|c:uc]]，收集第3~5代细胞上清，"
            "超速离心提取外泌体，透射电镜下呈直径30~150 nm的杯状囊泡。将40只SD雌性大鼠随机分为正常组、"
            "模型组、外泌体低剂量组和外泌体高剂量组，每组10只。除正常组外，其余大鼠首日"
            "[[腹腔注射|r:ip]]环磷酰胺[[50 mg/kg|d:50,mg/kg,-]]，之后[[8 mg/kg|d:8,mg/kg,-]]每日1次、"
            "连续14 d建立POF模型。造模成功后，低、高剂量组分别[[经尾静脉注射|r:iv]]"
            "[[hUCMSC|c:uc]]-[[Exos|c:ev]] [[50 μg|d:50,ug,-#外泌体低剂量组]]和"
            "[[200 μg|d:200,ug,-#外泌体高剂量组]]，每3天1次，共[[4次|s:4]]；模型组注射等体积PBS。"
            "末次注射后[[2周|f:2,week]]取血及卵巢组织。结果：与模型组比较，外泌体高剂量组血清"
            "[[FSH降低|h:FSH,dec#外泌体高剂量组]]，[[E2|h:E2,inc#外泌体高剂量组]]、"
            "[[AMH升高|h:AMH,inc#外泌体高剂量组]]（P<0.05）；低剂量组仅"
            "[[E2升高|h:E2,inc#外泌体低剂量组]]（P<0.05），[[FSH差异无统计学意义|h:FSH,nc#外泌体低剂量组]]。"
            "模型组FSH较正常组升高，提示造模成功。体外实验中，[[外泌体|c:ev]]（100 μg/mL）可抑制"
            "环磷酰胺代谢物诱导的颗粒细胞凋亡。结论：[[尾静脉注射|r:iv]][[hUCMSC|c:uc]]-[[Exos|c:ev]]"
            "可剂量依赖性地改善POF大鼠性激素水平。"
        ),
        species="rat",
        notes=(
            "Rat CTX model, exosome dose groups (中国组织工程研究-like). 'hUCMSC-Exos' is marked as two "
            "mentions (hUCMSC cell source, Exos vesicles) like 'MSC-derived exosomes'. Arms: the four "
            "groups are listed with '每组10只' (each_arm, animals: no sample size); '低、高剂量组分别…50 μg和"
            "200 μg' gives one dose per group; I labelled the arms with the group names first printed "
            "(外泌体低剂量组 / 外泌体高剂量组) and kept them for '低剂量组' later. Route, cells and '共4次' are "
            "shared by both dose groups (no arm). Model drug: 50 mg/kg then 8 mg/kg ip (doses and route "
            "with species); '每日1次、连续14 d' and '每3天1次' are frequencies (no sessions). Traps: 第3~5代, "
            "30~150 nm, 100 μg/mL (concentration, in vitro), 40只/每组10只 (animals), model vs normal "
            "(model validation, no fact). Doubtful: the in-vitro '外泌体' and '体外培养hUCMSCs' marked as cell "
            "type mentions with the rat default species; '改善…性激素水平' names no hormone (no fact)."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=6,
    ),
    # ------------------------------------------------------------------ 47
    RealText(
        id="zh_blind47_adsc_cisplatin_mouse",
        lang="zh",
        kind="animal",
        title="[[脂肪间充质干细胞|c:ad]]对顺铂诱导小鼠卵巢早衰的修复作用",
        authors="曹文博, 孟佳琪, 陆青",
        journal=_J,
        year=2022,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "1 材料与方法 "
            "1.1 实验动物与分组 6~8周龄SPF级雌性C57BL/6小鼠48只，体质量18~22 g，适应性饲养1周后"
            "随机分为对照组、模型组、[[ADSCs|c:ad#ADSCs低剂量组]]低剂量组（L组）和"
            "[[ADSCs|c:ad#ADSCs高剂量组]]高剂量组（H组），每组12只。 "
            "1.2 造模与干预 模型组及L组、H组小鼠[[腹腔注射|r:ip]]顺铂[[2 mg/kg|d:2,mg/kg,-]]，每日1次，"
            "连续7 d；对照组腹腔注射等量生理盐水。造模后第1天，L组[[经尾静脉注射|r:iv#ADSCs低剂量组]]"
            "人[[脂肪间充质干细胞|c:ad#ADSCs低剂量组]]（[[ADSCs|c:ad#ADSCs低剂量组]]）"
            "[[5×10^{5}个|d:5e5,cells,-#ADSCs低剂量组]]（[[0.2 mL|d:0.2,mL,-#ADSCs低剂量组]]），"
            "H组注射[[2×10^{6}个|d:2e6,cells,-#ADSCs高剂量组]]，均[[单次|s:1]]给药。所用细胞为第3代，"
            "流式细胞术检测CD73、CD90阳性率>95%。 "
            "1.3 取材与检测 于细胞移植后[[第14天|f:14,day]]和[[第28天|f:28,day]]每组各处死6只，"
            "ELISA法检测血清FSH、E2和AMH，HE染色行卵泡计数。"
        ),
        body=[
            (
                "2 结果 "
                "2.1 血清激素 与对照组比较，模型组FSH升高、E2及AMH降低（P<0.01），提示造模成功。"
                "移植后[[28 d|f:28,day]]，与模型组比较，H组[[FSH下降|h:FSH,dec#ADSCs高剂量组]]，"
                "[[E2|h:E2,inc#ADSCs高剂量组]]、[[AMH升高|h:AMH,inc#ADSCs高剂量组]]（P<0.05）；"
                "L组[[E2升高|h:E2,inc#ADSCs低剂量组]]（P<0.05），[[FSH|h:FSH,nc#ADSCs低剂量组]]与"
                "[[AMH改变不明显|h:AMH,nc#ADSCs低剂量组]]。移植后[[14 d|f:14,day]]各组间激素水平"
                "差异均无统计学意义。见表1。 "
                "2.2 卵泡计数 H组原始卵泡及[[窦卵泡数多于模型组|h:AFC,inc#ADSCs高剂量组]]，"
                "闭锁卵泡比例低于模型组（P<0.05）。"
            ),
            (
                "table",
                "表1 各组小鼠移植后[[28 d|f:28,day]]血清激素水平（x̄±s，n=6）",
                [
                    ["组别", "FSH（IU/L）", "E2（pg/mL）", "AMH（ng/mL）"],
                    ["对照组", "5.2±0.8", "42.6±5.1", "6.8±0.9"],
                    ["模型组", "11.9±1.6", "18.3±3.4", "2.1±0.5"],
                    ["L组", "10.7±1.9", "27.5±4.2", "2.6±0.7"],
                    ["H组", "7.4±1.2", "35.1±4.8", "4.9±0.8"],
                ],
                [0.28, 0.24, 0.24, 0.24],
            ),
        ],
        species="mouse",
        notes=(
            "Mouse cisplatin model, full paper (university journal): 材料与方法 in the abstract field, "
            "结果 and table 1 in the body. Arms: 'ADSCs低剂量组（L组）' and 'ADSCs高剂量组（H组）' (name + alias "
            "in brackets = one arm; the cell word in the group's name is the group's); 对照组 and 模型组 "
            "are listed with 每组12只 (animals, no sample size, no facts of their own). L组 gets the "
            "route, cells, 5×10^5 and 0.2 mL; H组 only '2×10^6个'; '均单次给药' is both (no arm). "
            "Sacrifice at 第14天和第28天 gives two follow-up facts (two assessment groups, like "
            "'after either 7 or 21 days'). Traps: 6~8周龄, 18~22 g, '每日1次，连续7 d' (daily dosing, "
            "no sessions), '造模后第1天' (from the model), 第3代, >95%, model vs control (model "
            "validation), '14 d各组间激素水平差异均无统计学意义' (no named hormone: no change fact), "
            "table values (no facts; the caption's 28 d is a follow-up), n=6 (animals). "
            "'窦卵泡数多于模型组' taken as AFC increase in H组. Table widths are fractions (guessed form)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=6,
    ),
    # ------------------------------------------------------------------ 48
    RealText(
        id="zh_blind48_msc_exosome_review",
        lang="zh",
        kind="review",
        title="[[间充质干细胞|c:msc]]及其[[外泌体|c:ev]]治疗卵巢早衰的研究进展",
        authors="彭嘉怡, 谢文涛",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "2 动物实验研究 "
            "Zhou等^{[12]}采用环磷酰胺[[单次|s:1@mouse]][[腹腔注射|r:ip@mouse]]"
            "（[[200 mg/kg|d:200,mg/kg,-@mouse]]）建立小鼠POI模型，[[经尾静脉移植|r:iv@mouse]]"
            "[[人羊膜间充质干细胞|c:am@mouse]]（[[hAMSCs|c:am@mouse]]）[[1×10^{6}个|d:1e6,cells,-@mouse]]，"
            "[[4周后|f:4,week@mouse]]小鼠血清[[FSH明显下降|h:FSH,dec@mouse]]、[[AMH回升|h:AMH,inc@mouse]]。"
            "在D-半乳糖诱导的大鼠卵巢衰老模型中，[[骨髓间充质干细胞|c:bm@rat]]（[[BMSCs|c:bm@rat]]）"
            "[[腹腔注射|r:ip@rat]]亦可使[[E2升高|h:E2,inc@rat]]^{[13]}。也有学者发现，"
            "[[胎盘间充质干细胞|c:pl@rat]]来源的[[外泌体|c:ev@rat]][[经卵巢局部注射|r:io@rat]]后，"
            "大鼠[[AFC增加|h:AFC,inc@rat]]，但[[LH未见明显变化|h:LH,nc@rat]]^{[14-15]}。"
        ),
        body=[
            (
                "3 临床研究 "
                "2018年国内首个[[人脐带间充质干细胞|c:uc]]（[[UC-MSCs|c:uc]]）联合胶原支架"
                "[[卵巢内移植|r:io,lap]]的临床试验纳入[[14例|n:14]]POF患者^{[16]}，腹腔镜下将支架负载的"
                "[[1×10^{7}个|d:1e7,cells,-]]细胞[[植入卵巢|r:io,lap]]，[[术后随访2年|f:2,year]]，"
                "部分患者[[FSH下降|h:FSH,dec]]并获得临床妊娠。Tavares等^{[17]}对[[10例|n:10]]POI患者行"
                "经阴道超声引导下自体[[骨髓MSC|c:bm]][[卵巢内注射|r:io,tvus]]，每侧卵巢注射细胞数为"
                "[[(3~5)×10^{6}个|d:3e6,cells,ovary,3e6,5e6]]，[[术后6个月|f:6,month]]随访显示"
                "[[AMH无显著提高|!h:AMH,inc]]。另一项随机对照研究中，[[40例|n:40]]患者随机接受"
                "[[1次|s:1#1次]]或[[2次|s:2#2次]][[UC-MSCs|c:uc]]移植（各[[20例|n:20]]），"
                "[[2次|s:2#2次]]移植组[[E2升高|h:E2,inc]]更明显^{[18]}。亦有研究[[经外周静脉输注|r:iv]][[UC-MSCs|c:uc]][[1×10^{6}个/kg|d:1e6,cells/kg,-]]，每月1次，连续3个月，治疗结束后[[3个月|f:3,month]][[FSH|h:FSH,dec]]与[[LH均有所下降|h:LH,dec]]^{[19]}。总体而言，现有临床研究样本量小、"
                "多为单臂设计且缺乏长期随访，细胞来源、剂量及移植途径尚无统一标准。"
            ),
        ],
        notes=(
            "Review (综述) passage: 动物实验研究 (abstract field) and 临床研究 (body), citations ^{[n]}. "
            "Species from the cited studies (小鼠/大鼠) on each fact. Conventions: the CTX model drug's "
            "single ip dose (sessions 1, route, dose, with mouse); '4周后' = follow-up of the cited mouse "
            "study; '卵巢内移植' in the [16] sentence takes laparoscopic guidance from the same sentence. "
            "'AMH无显著提高' = a denied increase (negated), not a no_change. The [18] RCT: '1次或2次…（各20例）' "
            "— arms told apart by value (labels 1次/2次), 各20例 is each_arm (no arm); '2次移植组E2升高更明显' "
            "compares the sizes of changes (E2 increase without arm) but the group name's '2次' keeps "
            "the arm 2次. The [19] study: 1×10^6个/kg (per null), '每月1次，连续3个月' "
            "is a frequency with no stated total (no sessions), '治疗结束后3个月' a follow-up. Traps: D-半乳糖 "
            "model with no dose, '(3~5)×10^6个' range per ovary, 'POF患者' "
            "counts, '样本量小' (no count), 细胞来源、剂量及移植途径 (generic words)."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=6,
    ),
    # ------------------------------------------------------------------ 49
    RealText(
        id="zh_blind49_haec_busulfan_mouse",
        lang="zh",
        kind="animal",
        title="[[人羊膜上皮细胞|c:haec]]移植改善白消安/环磷酰胺致卵巢功能不全小鼠的生育力",
        authors="宋亦舟, 唐梦琪, 柯立",
        journal=_J,
        year=2021,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "目的 探讨[[人羊膜上皮细胞|c:haec]]（[[hAECs|c:haec]]）对化疗损伤小鼠卵巢功能的保护作用。"
            "方法 6周龄ICR雌鼠[[单次|s:1]][[腹腔注射|r:ip]]白消安（[[30 mg/kg|d:30,mg/kg,-]]）"
            "联合环磷酰胺（[[120 mg/kg|d:120,mg/kg,-]]）建立POI模型（n=24），另取12只注射溶剂作为对照。"
            "造模后7 d，将模型鼠随机分为POI组和[[hAEC|c:haec#hAEC组]]组（各12只），"
            "[[hAEC|c:haec#hAEC组]]组[[经尾静脉输注|r:iv#hAEC组]][[2×10^{6}个|d:2e6,cells,-#hAEC组]]"
            "[[hAECs|c:haec#hAEC组]]（溶于[[0.2 mL|d:0.2,mL,-#hAEC组]] PBS），POI组输注等体积PBS。"
            "移植后[[第2、4、8周|f:8,week]]检测血清激素及动情周期，[[第8周|f:8,week]]起与雄鼠合笼观察生育力。"
            "结果 移植后[[8周|f:8,week]]，[[hAEC|c:haec#hAEC组]]组血清"
            "[[FSH水平较POI组降低|h:FSH,dec#hAEC组]]（P<0.05），[[E2|h:E2,inc#hAEC组]]和"
            "[[AMH升高|h:AMH,inc#hAEC组]]（P<0.05）；而移植后[[2周|f:2,week]]时两组"
            "[[FSH比较差异无统计学意义|h:FSH,nc]]。[[hAEC|c:haec#hAEC组]]组妊娠率为75.0%（9/12），"
            "高于POI组的25.0%（3/12），平均产仔数亦增加。卵巢切片显示[[hAECs|c:haec]]主要定位于卵巢间质。"
            "结论 [[静脉移植|r:iv]][[hAECs|c:haec]]可改善化疗所致POI小鼠的内分泌功能和生育力。"
        ),
        species="mouse",
        notes=(
            "Mouse busulfan + cyclophosphamide model, 目的/方法/结果/结论 without colons. Arms: POI组 and "
            "hAEC组 (各12只: animals, no sample size); the cell word in 'hAEC组' is marked each time the "
            "group is named. The model is one single ip injection of both drugs (sessions 1, two doses). "
            "Traps: 6周龄, n=24 and 12只 (animals), '造模后7 d' (from the model), 0.2 mL PBS (the "
            "injected volume, a dose), 'POI组输注等体积PBS' (vehicle, no facts), 妊娠率 9/12 vs 3/12 "
            "(outcome counts), '两组FSH比较差异无统计学意义' (treated vs untreated, both groups: "
            "FSH no_change without arm). The list 第2、4、8周 gives one follow-up (8 weeks). Doubtful: "
            "'第8周起与雄鼠合笼' marked as a follow-up (time after transplantation at which fertility is "
            "assessed); '移植后8周，' in the results is a clause of its own before the group is "
            "named: no arm (as in blind47)."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=6,
    ),
    # ------------------------------------------------------------------ 50
    RealText(
        id="zh_blind50_bmsc_tripterygium_rat",
        lang="zh",
        kind="animal",
        title=(
            "补肾调冲方联合[[骨髓间充质干细胞|c:bm]]移植对雷公藤多苷致卵巢早衰大鼠性激素的影响"
        ),
        authors="钱德林, 周映雪, 韩素芬",
        journal=_J,
        year=2020,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "摘要：目的 观察补肾调冲方联合[[骨髓间充质干细胞|c:bm]]（[[BMSCs|c:bm]]）移植对卵巢早衰（POF）"
            "模型大鼠的干预作用。方法 SD雌性大鼠50只，以雷公藤多苷[[50 mg/kg|d:50,mg/kg,-]]灌胃，"
            "连续14 d复制POF模型，取造模成功者40只随机分为模型组、中药组、[[BMSCs|c:bm#BMSCs组]]组及联合组，"
            "每组10只，另设正常组10只。中药组予补肾调冲方10 g/kg灌胃28 d；"
            "[[BMSCs|c:bm#BMSCs组]]组[[经尾静脉注射|r:iv#BMSCs组]]第3代[[BMSCs|c:bm#BMSCs组]]"
            "[[2×10^{6}个|d:2e6,cells,-#BMSCs组]]/只，1周1次，共[[2次|s:2#BMSCs组]]；联合组二者同用。"
            "各组于末次移植后[[4周|f:4,week]]取材。结果 与模型组比较，各治疗组[[FSH|h:FSH,dec]]、"
            "[[LH均下降|h:LH,dec]]，[[E2升高|h:E2,inc]]（P<0.05），其中联合组[[FSH下降|h:FSH,dec]]"
            "最为明显（P<0.01）；中药组[[AMH与模型组比较差异无统计学意义|h:AMH,nc#中药组]]。"
            "结论 补肾调冲方联合[[BMSCs|c:bm]]可协同改善POF大鼠性激素紊乱，其机制可能与抑制颗粒细胞凋亡有关。"
        ),
        species="rat",
        notes=(
            "Rat Tripterygium glycosides (雷公藤多苷) model, integrative-medicine journal style. The model "
            "drug is given by gavage (50 mg/kg: a dose with rat; oral gavage has no route id; '连续14 d' is "
            "daily dosing, no sessions). The herbal decoction 10 g/kg has no contract unit (left "
            "unmarked, doubtful). Arms: the BMSCs组's regimen (tail vein, 2×10^6个/只 = per animal, per "
            "null, '1周1次，共2次' = 2 sessions); '联合组二者同用' states no value. '各治疗组…下降/升高' is of "
            "every treated group (no arm); '联合组FSH下降最为明显' compares sizes (no arm). "
            "'中药组AMH…差异无统计学意义' is a no_change of the herbal arm. Traps: 50只/40只/每组10只 "
            "(animals), 第3代, 28 d of gavage (course), '改善…性激素紊乱' (no named hormone)."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=6,
    ),
    # ------------------------------------------------------------------ 51
    RealText(
        id="zh_blind51_prp_ucmsc_cohort",
        lang="zh",
        kind="clinical",
        title=(
            "[[卵巢内注射|r:io]]富血小板血浆联合[[脐带间充质干细胞|c:uc]]治疗卵巢储备功能减退的回顾性队列研究"
        ),
        authors="吴静雯, 卢新宇, 方慧敏, 曾卓",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "1 资料与方法 "
            "1.1 研究对象 回顾性分析2019年6月至2023年5月在本院生殖医学中心接受[[卵巢内注射|r:io]]治疗的"
            "卵巢储备功能减退（DOR）患者[[126例|n:126]]。纳入标准：①年龄≤40岁；②AMH<1.1 ng/mL和/或"
            "双侧AFC<5个；③既往至少1个IVF周期获卵数≤3枚。根据治疗方式分为PRP组（[[n=71|n:71#PRP组]]）"
            "与联合组（[[n=55|n:55#联合组]]）。 "
            "1.2 治疗方法 于月经干净后3~7 d，在经阴道超声引导下以17G取卵针"
            "穿刺卵巢，PRP组[[向每侧卵巢注入|r:io,tvus#PRP组]]自体PRP"
            "[[2 mL|d:2,mL,ovary#PRP组]]；联合组在注入PRP [[2 mL|d:2,mL,-#联合组]]后，再于同一穿刺点注入"
            "[[人脐带间充质干细胞|c:uc#联合组]]（[[hUC-MSCs|c:uc#联合组]]）悬液[[1 mL|d:1,mL,-#联合组]]"
            "（含细胞[[5×10^{6}个|d:5e6,cells,-#联合组]]）。PRP由患者外周静脉血40 mL经二次离心制备，"
            "血小板浓度为基线的4~6倍。两组均于首次注射后1个月重复注射1次，即共注射[[2次|s:2]]。 "
            "1.3 观察指标 于末次注射后[[第1、3个月|f:3,month]]月经第2~4天检测FSH、E2、AMH和AFC。"
        ),
        body=[
            (
                "2 结果 "
                "PRP组失访6例，联合组失访4例，最终纳入分析116例。末次注射后[[3个月|f:3,month]]，联合组"
                "[[AMH由（0.52±0.21）ng/mL升至|h:AMH,inc#联合组]]（0.81±0.33）ng/mL，"
                "[[AFC由2.4±1.1个增至|h:AFC,inc#联合组]]4.1±1.6个（P均<0.05），"
                "[[FSH较治疗前下降|h:FSH,dec#联合组]]（P=0.008）；PRP组"
                "[[AMH有所上升但差异无统计学意义|h:AMH,nc#PRP组]]（P=0.12），[[AFC增加|h:AFC,inc#PRP组]]"
                "（P=0.04），[[FSH未见下降|!h:FSH,dec#PRP组]]（P=0.37）。两组间AMH变化值比较，联合组高于PRP组"
                "（P=0.03）。随访期间联合组获临床妊娠9例，PRP组6例，其中联合组1例于妊娠10周自然流产。"
            ),
        ],
        notes=(
            "Retrospective cohort, full paper (生殖医学杂志-like): 资料与方法 in the abstract field, 结果 in "
            "the body. PRP is no cell type, but its volume (2 mL per ovary) and its intraovarian route are "
            "facts. Arms PRP组 (n=71) and 联合组 (n=55). '以17G取卵针穿刺卵巢' is the approach (no "
            "route mark, as in blind53); PRP组's '向每侧卵巢注入' is the route, with the TVUS guidance of its "
            "sentence; 联合组's '于同一穿刺点注入' names no ovary (no route mark). 联合组's PRP 2 mL and cell suspension 1 mL: per not "
            "stated in their clause (per null). '两组均…重复注射1次，即共注射2次': the total 2 (no arm); "
            "'首次' and '重复注射1次' not marked (the total is stated; the repeat is one of the two). "
            "Traps: inclusion thresholds AMH<1.1, AFC<5, 获卵数≤3, 年龄≤40, 40 mL blood (harvest), "
            "4~6倍, 月经干净后3~7 d, 失访, '最终纳入分析116例' (the same patients as a subset: no sample "
            "size), pregnancies/miscarriage (outcome counts, 妊娠10周 is no follow-up), '两组间AMH变化值…联合组"
            "高于PRP组' (no direction written: no fact). 'AMH有所上升但差异无统计学意义' annotated no_change "
            "(as in blind43); 'FSH未见下降' is a negated decrease."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=6,
    ),
    # ------------------------------------------------------------------ 52
    RealText(
        id="zh_blind52_ucmsc_ev_aged_mouse",
        lang="zh",
        kind="animal",
        title=(
            "[[脐带间充质干细胞|c:uc]][[外泌体|c:ev]][[卵巢内注射|r:io]]改善自然衰老小鼠卵巢储备"
        ),
        authors="孙若曦, 江一帆",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "[摘要] 目的 探讨[[人脐带间充质干细胞|c:uc]]来源[[细胞外囊泡|c:ev]]（[[hUCMSC|c:uc]]-[[EVs|c:ev]]）"
            "对自然衰老小鼠卵巢储备功能的影响。方法 取9月龄自然衰老C57BL/6雌鼠30只，随机分为衰老组与"
            "[[EVs|c:ev#EVs组]]组，每组15只，另取8周龄年轻雌鼠15只作为年轻对照组。"
            "[[EVs|c:ev#EVs组]]组在麻醉下经背部切口暴露双侧卵巢，以微量注射器"
            "[[于每侧卵巢内注射|r:io#EVs组]][[hUCMSC|c:uc#EVs组]]-[[EVs|c:ev#EVs组]]"
            "[[10 μg|d:10,ug,ovary#EVs组]]，衰老组注射等量PBS。注射后[[第3周|f:3,week]]及"
            "[[第6周|f:6,week]]分别处死部分小鼠。结果 与衰老组相比，[[EVs|c:ev#EVs组]]组注射后"
            "[[6周|f:6,week#EVs组]]血清[[AMH|h:AMH,inc#EVs组]]和[[E2水平上升|h:E2,inc#EVs组]]，"
            "[[FSH降低|h:FSH,dec#EVs组]]，[[窦卵泡数增加|h:AFC,inc#EVs组]]（P<0.05）；注射后"
            "[[3周|f:3,week#EVs组]][[FSH仅轻度下降|h:FSH,dec#EVs组]]（P=0.09）。年轻对照组AMH显著高于衰老组。"
            "[[EVs|c:ev#EVs组]]组动情周期紊乱比例由73.3%降至40.0%。结论 [[单次|s:1]]"
            "[[卵巢内注射|r:io]][[hUCMSC|c:uc]]-[[EVs|c:ev]]可部分逆转自然衰老小鼠卵巢储备的下降。"
        ),
        species="mouse",
        notes=(
            "Naturally aged mice (自然衰老), intraovarian EVs, [摘要] style. 'hUCMSC-EVs' = two mentions "
            "(cell source + vesicles); the title's '脐带间充质干细胞外泌体' likewise. The full name "
            "'人脐带间充质干细胞来源细胞外囊泡' and its abbreviation are two names on the page: two mentions "
            "each (cells + vesicles). Arms: 衰老组 "
            "and EVs组 (每组15只: animals); the cell word in 'EVs组' is the group's. 10 μg into each "
            "ovary (per ovary). '注射后第3周及第6周分别处死' = two follow-ups. 'FSH仅轻度下降（P=0.09）' is "
            "kept as a (non-significant) decrease: the direction is written and nothing says no "
            "difference. Traps: 9月龄/8周龄 (ages), 背部切口 (surgical approach, no guidance id), 30只/"
            "15只, young vs aged AMH (model comparison, no fact), oestrous cycle percentages, '卵巢储备的"
            "下降' in the conclusion (disease, no hormone)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=6,
    ),
    # ------------------------------------------------------------------ 53
    RealText(
        id="zh_blind53_ucmsc_dose_escalation",
        lang="zh",
        kind="clinical",
        title=(
            "[[人脐带间充质干细胞|c:uc]][[卵巢内移植|r:io]]治疗早发性卵巢功能不全的剂量探索研究"
        ),
        authors="易晨曦, 白嘉树, 秦望舒, 葛磊",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "1 对象与方法 "
            "1.1 研究对象 本研究为开放标签、剂量递增的Ⅰ期临床试验。2022年1月至12月共筛查POI患者43例，"
            "最终入组[[18例|n:18]]，按入组顺序依次分配至低、中、高3个剂量组，每组[[6例|n:6]]。POI诊断参照"
            "ESHRE 2016标准：年龄<40岁，月经稀发或闭经≥4个月，间隔>4周2次FSH>25 IU/L。 "
            "1.2 干预方法 细胞由GMP实验室制备，为第5代，活率≥90%。患者于静脉麻醉下，在经阴道超声引导下"
            "经阴道穹窿穿刺双侧卵巢并行[[卵巢内注射|r:io,tvus]]。低、中、高剂量组每侧分别注射"
            "[[hUC-MSCs|c:uc]] [[5×10^{6}|d:5e6,cells,ovary#低]]、[[1×10^{7}|d:1e7,cells,ovary#中]]和"
            "[[2×10^{7}个|d:2e7,cells,ovary#高剂量]]（均溶于[[0.5 mL|d:0.5,mL,ovary]]复方电解质注射液）。"
            "每例患者仅接受[[1次|s:1]]移植。术后[[第1、3、6、12个月|f:12,month]]随访。"
        ),
        body=[
            (
                "2 结果 "
                "2.1 安全性 全部[[18例|n:18]]均完成移植及[[12个月|f:12,month]]随访，未发生剂量限制性毒性；"
                "高剂量组2例出现一过性发热（≤38.5 ℃），48 h内自行缓解。"
            ),
            (
                "2.2 内分泌指标 移植后[[12个月|f:12,month]]，高剂量组"
                "[[FSH由（86.2±20.4）IU/L降至|h:FSH,dec#高剂量]]（52.8±17.5）IU/L（P=0.02），"
                "[[AMH升高|h:AMH,inc#高剂量]]（P=0.04）；中剂量组[[FSH下降未达统计学意义|h:FSH,nc#中]]，"
                "[[AMH无变化|h:AMH,nc#中]]；低剂量组各指标均无明显改变。三组间E2变化差异无统计学意义。"
                "高剂量组有1例于移植后9个月自然妊娠。"
            ),
        ],
        notes=(
            "Phase I dose escalation, full paper (中华妇产科杂志-like): 对象与方法 in the abstract field, "
            "结果 in the body. Arms: '低、中、高剂量组每侧分别注射…' gives one dose per name (labels 低, 中, "
            "高剂量 as the guide splits '低、高剂量组'); later 高剂量组/中剂量组 keep those labels. "
            "'每组6例' is each_arm (no arm). Cells, route, 0.5 mL (均) and '仅接受1次' are of all arms. "
            "Traps: 筛查43例 (screened), ESHRE thresholds, '2次FSH' (measurements), 第5代, ≥90%, "
            "静脉麻醉 (anaesthesia, no route), 阴道穹窿穿刺 (approach; the route mark is '卵巢内注射' with "
            "TVUS guidance), '全部18例' restates the whole sample (marked, as in blind43), 高剂量组2例 "
            "fever and 1例 pregnancy (outcome counts), 48 h, '移植后9个月自然妊娠' (time to an event), "
            "'低剂量组各指标均无明显改变' (no named hormone), '三组间E2变化差异无统计学意义' (between-group, "
            "no change stated for any group: no fact). 'FSH下降未达统计学意义' annotated no_change "
            "(doubtful: could be a negated decrease)."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=6,
    ),
    # ------------------------------------------------------------------ 54
    RealText(
        id="zh_blind54_ucmsc_artery_case_series",
        lang="zh",
        kind="case",
        title=(
            "[[经卵巢动脉介入灌注|r:oa,ir]][[脐带间充质干细胞|c:uc]]治疗卵巢早衰[[3例|n:3]]"
        ),
        authors="田子墨, 严秋实",
        journal=_J,
        year=2021,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "本文报道[[3例|n:3]]卵巢早衰（POF）患者接受[[脐带间充质干细胞|c:uc]]（[[UC-MSCs|c:uc]]）"
            "[[卵巢动脉灌注|r:oa]]治疗的经过。[[3例|n:3]]患者年龄29~37岁，闭经1.5~6年，FSH均>40 IU/L。在局麻下经右股动脉"
            "穿刺，于DSA透视下将微导管[[超选择插入双侧卵巢动脉|r:oa,ir]]，每侧缓慢推注[[UC-MSCs|c:uc]]"
            "[[1000万个|d:1e7,cells,ovary]]（[[5 mL|d:5,mL,ovary]]）。例1治疗[[1次|s:1#例1]]，术后4个月"
            "月经复潮，[[FSH由78.5 IU/L降至|h:FSH,dec#例1]]18.2 IU/L，[[E2升至|h:E2,inc#例1]]205 pg/mL；"
            "例2间隔3个月共治疗[[2次|s:2#例2]]，第2次术后AMH仍低于检测下限，"
            "[[FSH未进一步下降|!h:FSH,dec#例2]]；例3于术后2个月失访。[[随访6~18个月|f:6,month]]，"
            "[[3例|n:3]]均未见介入相关并发症。提示[[经卵巢动脉途径移植|r:oa]][[UC-MSCs|c:uc]]安全可行，"
            "但疗效存在明显个体差异。"
        ),
        notes=(
            "Case series of three, unstructured (介入放射学-like). '3例患者…' and "
            "'3例均…' restate the whole series: sample-size mentions (as blind43/53), no arm. Arms are the cases 例1/例2 (their "
            "sessions and hormone changes); 例3 has no fact. The first sentence's '卵巢动脉灌注' names the "
            "vessel: a route mention (no guidance in that sentence). Traps: ages 29~37, 闭经1.5~6年, "
            "FSH>40 IU/L (threshold), 局麻, 经右股动脉穿刺 (access), '每侧缓慢推注' (names no vessel; no "
            "second route), '1000万个' = 1×10^7 cells per side, 5 mL per side (volume), '术后4个月月经复潮' (time to an event), 间隔3个月, "
            "'第2次术后' (ordinal; the count 2 is stated), 'AMH仍低于检测下限' (a state, not a stated "
            "change: no fact, doubtful), 'FSH未进一步下降' (negated decrease), '例3于术后2个月失访' (time "
            "to loss, no follow-up). '随访6~18个月': follow-up has no range; I gave the low value 6 "
            "months (doubtful). The conclusion's route has no guidance in its sentence."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=6,
    ),
]
