"""Invented papers written for litx by an annotator who had not seen its rules (second batch).

Six short study reports (three Chinese, three English) on stem-cell, exosome and related
therapy for premature ovarian insufficiency, written from scratch in the habits of the
literature and annotated blind with the fact marks ``[[words|spec]]`` of
corpus/make_papers.py, following corpus/ANNOTATION.md.  All names, numbers and
sentences are invented.

This is the development part of the invented papers: it may be studied and tuned on,
unlike corpus/heldout_texts.py, which is kept unseen.

Conventions: superscripts are written in the typesetter markup (``10^{7}``); a fact
that belongs to one pre-specified arm carries ``#label`` (the arm's name as printed);
animal entries set ``species`` and mark the clinical statements inside them ``@human``.
"""

from __future__ import annotations

try:
    from real_texts import RealText
except ImportError:  # imported as corpus.blind_texts2
    from corpus.real_texts import RealText

_LICENCE = "CC BY 4.0 (written for litx)"

BLIND2: list[RealText] = [
    # ------------------------------------------------------------------
    RealText(
        id="zh_blind07_ucmsc_observation_control",
        lang="zh",
        kind="clinical",
        title=(
            "[[经阴道超声引导下卵巢内注射|r:io,tvus]][[人脐带间充质干细胞|c:uc]]"
            "治疗早发性卵巢功能不全的临床研究"
        ),
        authors="韩思远, 罗晓静, 郑一鸣, 蒋巧玲",
        journal="litx blind set",
        year=2024,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "目的 探讨[[人脐带间充质干细胞|c:uc]]（[[hUC-MSCs|c:uc]]）[[卵巢内移植|r:io]]治疗早发性卵巢功能不全"
            "（POI）的临床效果及安全性。方法 选取2021年3月至2023年6月在我院生殖医学中心就诊的POI患者"
            "[[72例|n:72]]，按随机数字表法分为观察组（[[36例|n:36#观察组]]）与对照组（[[36例|n:36#对照组]]）。"
            "对照组给予激素替代治疗（HRT），观察组在HRT基础上行[[hUC-MSCs|c:uc]][[卵巢内注射|r:io]]，"
            "两组均[[随访6个月|f:6,month]]。结果 [[治疗后3个月|f:3,month]]，观察组血清卵泡刺激素（FSH）"
            "[[较治疗前下降|h:FSH,dec#观察组]]，抗苗勒管激素（AMH）[[升高|h:AMH,inc#观察组]]，"
            "窦卵泡数（AFC）[[增多|h:AFC,inc#观察组]]（P<0.05），且变化幅度均大于对照组。结论 "
            "[[hUC-MSCs|c:uc]][[卵巢内移植|r:io]]可能改善POI患者的卵巢储备，近期安全性良好。"
        ),
        body=[
            (
                "1.1 研究对象 纳入标准：年龄<40岁；月经稀发或闭经≥4个月；间隔4周以上两次检测FSH>25 IU/L；"
                "有生育要求。排除染色体核型异常及卵巢手术史者。观察组年龄（33.6±4.2）岁，对照组"
                "（34.1±3.9）岁；两组基线FSH分别为（68.4±12.1）IU/L和（70.2±11.5）IU/L，差异无统计学意义"
                "（P>0.05）。"
            ),
            (
                "1.2 治疗方法 对照组口服戊酸雌二醇[[2 mg|d:2,mg,-#对照组]]/d，连用21 d后加用黄体酮，"
                "28 d为1个周期。观察组在此基础上于月经第5～7天（或闭经者任意时间）"
                "[[经阴道超声引导下行双侧卵巢穿刺注射|r:io,tvus]]：取第4代[[hUC-MSCs|c:uc]]，"
                "用生理盐水重悬至1×10^{7}个/mL，每侧卵巢注入细胞悬液[[1 mL|d:1,mL,ovary]]"
                "（含细胞[[1×10^{7}个|d:1e7,cells,ovary]]）。间隔4周重复1次，共[[注射2次|s:2]]。"
            ),
            (
                "2.1 激素及AFC变化 [[末次注射后3个月|f:3,month]]复查，观察组FSH由（69.3±11.8）IU/L"
                "[[降至|h:FSH,dec#观察组]]（41.7±10.2）IU/L，AMH[[升高|h:AMH,inc#观察组]]，"
                "AFC[[增加|h:AFC,inc#观察组]]，差异均有统计学意义（P<0.05）；对照组FSH亦有所"
                "[[下降|h:FSH,dec#对照组]]，但AMH与AFC[[未见明显变化|h:AMH,nc#对照组]]（P>0.05）。"
                "随访期间观察组3例自然妊娠，对照组1例；两组均未出现感染、出血等严重不良反应。"
            ),
            (
                "table",
                "表1 两组治疗前后激素水平比较",
                [
                    ["指标", "观察组", "对照组"],
                    ["FSH前", "69.3±11.8", "70.9±11.2"],
                    ["FSH后", "41.7±10.2", "58.5±12.6"],
                    ["AMH前", "0.18±0.07", "0.17±0.08"],
                    ["AMH后", "0.42±0.15", "0.19±0.09"],
                ],
                [1.0, 1.2, 1.2],
            ),
        ],
        notes=(
            "Two-arm trial, 观察组 (HRT + hUC-MSCs) vs 对照组 (HRT alone). Arm labels on the "
            "sample sizes, the control drug dose (戊酸雌二醇 2 mg/d: a drug of the protocol, per "
            "day is no contract 'per', so per=null) and the group-specific hormone changes; the "
            "cell regimen is unlabelled (only one arm receives cells). The control arm is treated "
            "(HRT), so its changes carry #对照组 (doubtful: the guide excludes changes in an "
            "untreated control). Follow-up: 随访6个月 plus the outcome times 治疗后3个月 / "
            "末次注射后3个月 (guide decision: time after treatment at which outcomes are measured). "
            "Traps: FSH>25 IU/L threshold, 间隔4周以上两次检测 (not sessions), ages, baseline FSH, "
            "1×10^7个/mL (concentration), 间隔4周重复1次 (interval; the count is 共注射2次), "
            "连用21 d / 28 d为1个周期 (course), 月经第5～7天, pregnancies (outcome counts), "
            "table of numbers only (no direction words: no facts)."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=2,
    ),
    # ------------------------------------------------------------------
    RealText(
        id="en_blind08_bmsc_exosome_rat_timecourse",
        lang="en",
        kind="animal",
        title=(
            "[[Bone marrow mesenchymal stem cell|c:bm]]-derived [[exosomes|c:ev]] and the recovery of "
            "ovarian function after cisplatin injury in rats: a time-course study"
        ),
        authors="Okafor N, Lindqvist E, Tanaka R, Mbeki S",
        journal="litx blind set",
        year=2023,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "Background: Chemotherapy-induced premature ovarian insufficiency (POI) still lacks a "
            "curative treatment. We asked how quickly [[exosomes|c:ev]] released by [[bone marrow-derived "
            "mesenchymal stem cells|c:bm]] ([[BMSC|c:bm]]-[[Exos|c:ev]]) act on the injured ovary. "
            "Methods: Forty-eight female Sprague-Dawley rats were given cisplatin "
            "([[2 mg/kg|d:2,mg/kg,-]], [[intraperitoneally|r:ip]]) for seven consecutive days. "
            "[[BMSC|c:bm]]-[[Exos|c:ev]] ([[150 µg|d:150,ug,-]] of exosomal protein) or PBS were then "
            "[[infused through the tail vein|r:iv]] [[three times|s:3]], three days apart, and "
            "ovaries and serum were collected 7, 14 and [[28 days|f:28,day]] after the last infusion. "
            "Results: Serum FSH [[fell|h:FSH,dec]] and AMH [[rose|h:AMH,inc]] in [[exosome|c:ev]]-treated rats "
            "from [[day 14|f:14,day]] onward, whereas at [[day 7|f:7,day]] only oestradiol was [[higher|h:E2,inc]] than in "
            "the PBS group. Conclusions: [[BMSC|c:bm]]-[[Exos|c:ev]] restore endocrine function "
            "gradually; a cell-free product of this kind might one day be tested in women with POI."
        ),
        body=[
            (
                "[[Exosome|c:ev]] preparation. [[BMSCs|c:bm]] were flushed from the femurs of 4-week-old rats, "
                "expanded to passage 3 and seeded at 1 × 10^{6} cells per T75 flask in exosome-depleted "
                "medium. [[Vesicles|c:ev]] were collected by ultracentrifugation (100 000 g, 70 min); they "
                "measured 40–140 nm and carried CD63 and TSG101. For the in-vitro granulosa-cell "
                "assay, [[exosomes|c:ev]] were added at 50 µg/mL."
            ),
            (
                "Treatment. Two days after the last cisplatin injection, rats were randomly allotted "
                "to control (no cisplatin), POI + PBS and POI + [[Exo|c:ev]] groups (16 per group). "
                "Each animal of the [[Exo|c:ev]] group received [[150 µg|d:150,ug,-]] of "
                "[[BMSC|c:bm]]-[[Exos|c:ev]] suspended in [[0.2 mL|d:0.2,mL,-]] PBS "
                "[[via the lateral tail vein|r:iv]] on days 0, 3 and 6 ([[three injections|s:3]] in "
                "total); the [[exosomes|c:ev]] were not [[injected into the ovary|!r:io]]. Five or six rats per group "
                "were killed at each time point (7, 14 or [[28 days|f:28,day]] after the final injection)."
            ),
            (
                "Hormones. Cisplatin raised FSH and lowered AMH compared with intact rats, confirming "
                "the model. At [[day 7|f:7,day]] FSH [[did not decrease|!h:FSH,dec]] in the [[Exo|c:ev]] group "
                "(48.2 ± 6.9 vs 50.1 ± 7.4 mIU/mL, P = 0.61), but E2 was already [[increased|h:E2,inc]]. "
                "By [[day 28|f:28,day]] FSH had [[declined|h:FSH,dec]] to 21.5 ± 4.8 mIU/mL (P < 0.01) and AMH had "
                "[[doubled|h:AMH,inc]]; LH [[did not change|h:LH,nc]] at any time point. The PBS "
                "group showed a slow decline in FSH as well."
            ),
            (
                "table",
                "Table 1. Serum hormones [[28 days|f:28,day]] after the last infusion (mean ± SD)",
                [
                    ["Group", "FSH, mIU/mL", "E2, pg/mL", "AMH, ng/mL"],
                    ["Control", "18.9 ± 3.1", "41.2 ± 6.5", "3.62 ± 0.51"],
                    ["POI + PBS", "44.7 ± 6.2", "19.8 ± 4.1", "1.31 ± 0.33"],
                    ["POI + [[Exo|c:ev]]", "21.5 ± 4.8", "33.6 ± 5.7", "2.74 ± 0.46"],
                ],
                [1.3, 1.0, 1.0, 1.0],
            ),
        ],
        species="rat",
        notes=(
            "Rat study, species by the entry default. Cisplatin 2 mg/kg i.p. is a model-drug dose "
            "and route (guide); 'for seven consecutive days' is a duration of daily dosing, not "
            "sessions. Exosome dose 150 µg (protein); 0.2 mL suspension volume. Sessions: "
            "'three times' and 'three injections'; 'three days apart' / 'days 0, 3 and 6' are the "
            "schedule (no follow-up). Follow-up: a list of time points (7, 14, 28 days) gives one "
            "fact, the last one; the outcome times 'at day 7', 'from day 14 onward', 'By day 28' "
            "(days after the final injection, as defined in Methods) are marked as follow-up by the "
            "guide's decision (time after treatment at which an outcome is measured) - doubtful, "
            "they restate the listed points. Negation: 'FSH did not decrease' (negated decrease), "
            "'the exosomes were not injected into the ovary' (negated intraovarian route). Traps: "
            "in-vitro 1×10^6 cells per flask and 50 µg/mL (not doses), 40–140 nm, 100 000 g, "
            "4-week-old, 16 per group / five or six rats (animals, no sample size), "
            "model-versus-intact comparison (no fact), PBS-group FSH decline (untreated control: "
            "no fact), 'women with POI' (no fact). LH 'did not change' = no_change. 'BMSC-Exos' is "
            "two mentions (bone_marrow_msc + extracellular_vesicle); 'Exo', 'Vesicles', 'exosome-treated' "
            "are mentions of the product, 'exosome-depleted medium' and 'exosomal protein' are not; "
            "the parent 'BMSCs were flushed' is marked (the named source cells of the therapy)."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=2,
    ),
    # ------------------------------------------------------------------
    RealText(
        id="zh_blind09_mensc_mouse_two_doses",
        lang="zh",
        kind="animal",
        title="不同剂量[[经血来源间充质干细胞|c:men]]对白消安/环磷酰胺诱导卵巢早衰小鼠卵巢功能的影响",
        authors="魏嘉宁, 孔令博, 许安琪",
        journal="litx blind set",
        year=2022,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "[摘要] 目的：比较不同剂量[[经血干细胞|c:men]]（[[MenSCs|c:men]]）移植对卵巢早衰（POF）小鼠"
            "卵巢功能的修复作用。方法：6~8周龄雌性C57BL/6小鼠48只，随机分为正常组、模型组、低剂量组和"
            "高剂量组，每组12只。除正常组外，各组小鼠一次性[[腹腔注射|r:ip]]白消安"
            "（[[20 mg/kg|d:20,mg/kg,-]]）及环磷酰胺（[[120 mg/kg|d:120,mg/kg,-]]）建立POF模型；"
            "造模后第7天起，低剂量组和高剂量组分别[[经尾静脉|r:iv]]输注[[MenSCs|c:men]]"
            "[[5×10^{5}个|d:5e5,cells,-#低剂量组]]和[[2×10^{6}个|d:2e6,cells,-#高剂量组]]，"
            "每周1次，共[[3次|s:3]]。[[末次移植后4周|f:4,week]]检测血清激素并观察卵泡发育。"
            "结果：与模型组比较，高剂量组血清FSH[[显著降低|h:FSH,dec#高剂量组]]，[[雌二醇（E2）|h:E2,inc#高剂量组]]和"
            "[[抗苗勒管激素（AMH）水平升高|h:AMH,inc#高剂量组]]（P<0.01）；低剂量组仅E2"
            "[[有所上升|h:E2,inc#低剂量组]]，[[FSH|h:FSH,nc#低剂量组]]、[[AMH未见明显变化|h:AMH,nc#低剂量组]]（P>0.05）。"
            "结论：[[MenSCs|c:men]]改善POF小鼠卵巢功能的作用可能呈剂量依赖性。"
        ),
        body=[
            (
                "1.2 [[MenSCs|c:men]]的制备 经知情同意收集3名健康女性志愿者月经第2天经血各5 mL，"
                "密度梯度离心分离单个核细胞，贴壁培养，取第3~5代细胞用于实验。流式细胞术检测显示"
                "CD29、CD73、CD90阳性率均>95%，CD34、CD45阴性。移植前用PBS将细胞密度调整为"
                "1×10^{7}个/mL，高剂量组每只注射[[0.2 mL|d:0.2,mL,-#高剂量组]]，低剂量组以PBS稀释后"
                "每只同样注射[[0.2 mL|d:0.2,mL,-#低剂量组]]；模型组注射等体积PBS。"
            ),
            (
                "2.3 血清激素变化 造模后2周，模型组FSH较正常组明显升高，AMH降低，提示造模成功。"
                "[[移植后4周|f:4,week]]，高剂量组FSH为（12.6±2.3）IU/L，[[低于|h:FSH,dec#高剂量组]]模型组的（21.4±3.1）IU/L；"
                "AMH由模型组的（4.1±0.9）ng/mL [[回升至|h:AMH,inc#高剂量组]]（7.8±1.2）ng/mL。"
                "低剂量组AMH虽略有升高，但差异[[无统计学意义|h:AMH,nc#低剂量组]]。两个剂量组均未见"
                "肝肾功能异常。本研究为[[MenSCs|c:men@human]]用于POF患者的临床转化提供了实验依据。"
            ),
            (
                "table",
                "表2 各组小鼠血清激素水平（x±s，n=12）",
                [
                    ["组别", "FSH(IU/L)", "E2(pg/mL)", "AMH(ng/mL)"],
                    ["正常组", "9.8±1.7", "38.5±5.2", "9.6±1.4"],
                    ["模型组", "21.4±3.1", "16.2±3.8", "4.1±0.9"],
                    ["低剂量组", "19.7±2.9", "22.9±4.0", "4.9±1.1"],
                    ["高剂量组", "12.6±2.3", "31.4±4.6", "7.8±1.2"],
                ],
                [1.2, 1.0, 1.0, 1.0],
            ),
        ],
        species="mouse",
        notes=(
            "Mouse study with two dose arms (#低剂量组 / #高剂量组). Model drugs busulfan 20 mg/kg and "
            "cyclophosphamide 120 mg/kg i.p. are doses with the species (default). '一次性腹腔注射' "
            "of the model drugs: not marked as sessions (the model, not the treatment - doubtful, "
            "the guide lists 单次 as a sessions form). '每周1次，共3次' -> sessions 3 from the stated "
            "total only. Coordinated hormones ('雌二醇（E2）和抗苗勒管激素（AMH）水平升高', 'FSH、AMH未见明显 "
            "变化') give one fact each: the first hormone name is marked alone, the second with the "
            "verb. 'AMH虽略有升高，但差异无统计学意义' -> no_change (doubtful: could be read as a "
            "hedged increase). "
            "Traps: 6~8周龄, 48只/每组12只/n=12 (animals), 经血各5 mL (harvest), 第3~5代 (passage), "
            ">95%, 1×10^7个/mL (concentration), 造模后第7天 / 造模后2周 (times from the model, not "
            "follow-up), model-vs-normal comparison (no fact), '低于模型组' (treated vs untreated animals: FSH "
            "decrease, #高剂量组), 0.2 mL per mouse (per null). The last "
            "sentence (clinical translation) is @human."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=2,
    ),
    # ------------------------------------------------------------------
    RealText(
        id="en_blind10_ucmsc_three_arm_dose_finding",
        lang="en",
        kind="clinical",
        title=(
            "Escalating doses of [[umbilical cord mesenchymal stromal cells|c:uc]] [[injected into the "
            "ovaries|r:io]] of women with premature ovarian insufficiency: a randomised, three-arm "
            "dose-finding trial"
        ),
        authors="Ferreira AL, Novak P, Achterberg H, Qureshi Z",
        journal="litx blind set",
        year=2025,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "Objective To identify a dose of [[intraovarian|r:io]] [[UC-MSCs|c:uc]] worth carrying into a "
            "phase III trial. Design Randomised, open-label, three-arm phase I/II trial. "
            "Participants [[Forty-five women|n:45]] aged 28–39 years with POI (amenorrhoea for at "
            "least 4 months and FSH > 25 IU/L on two occasions 4 weeks apart). Interventions A "
            "[[single|s:1]] [[laparoscopic injection into each ovary|r:io,lap]] of [[5 × 10^{6}|d:5e6,cells,ovary#low-dose]], "
            "[[1 × 10^{7}|d:1e7,cells,ovary#medium-dose]] or [[2 × 10^{7} cells|d:2e7,cells,ovary#high-dose]] "
            "per ovary ([[n = 15|n:15#low-dose]], [[15|n:15#medium-dose]] and [[15|n:15#high-dose]]). "
            "Main outcome measures Serum AMH and FSH, antral follicle count and adverse events "
            "over [[12 months|f:12,month]]. Results AMH [[increased|h:AMH,inc#high-dose]] only in the "
            "high-dose arm, from 0.21 ± 0.08 to 0.46 ± 0.15 ng/mL at [[6 months|f:6,month]] "
            "(P = 0.004); FSH [[fell|h:FSH,dec#medium-dose]] in both the medium- and high-dose arms. "
            "Two women conceived. Conclusions The highest dose appears worth testing further."
        ),
        body=[
            (
                "Intervention. Cells from a single donor bank were used at passage 4 (viability "
                "≥ 92%) and suspended in [[0.5 mL|d:0.5,mL,ovary]] of saline per ovary. Under general "
                "anaesthesia, the cell suspension was [[delivered into the ovarian cortex under "
                "laparoscopic view|r:io,lap]] with a 20-gauge needle at three sites per ovary. "
                "Each woman was treated [[once|s:1]]; no repeat injection was planned, and none of "
                "the participants received cells [[intravenously|!r:iv]]."
            ),
            (
                "Outcomes. Visits took place [[1, 3, 6 and 12 months after the injection|f:12,month]]. "
                "In the low-dose arm, FSH [[did not decrease|!h:FSH,dec#low-dose]] and AMH stayed "
                "[[unchanged|h:AMH,nc#low-dose]]. In the high-dose arm, the antral follicle count "
                "[[rose|h:AFC,inc#high-dose]] from a median of 1 to 3, and FSH [[dropped|h:FSH,dec#high-dose]] "
                "from 74.6 ± 15.2 to 46.3 ± 13.8 IU/L (P = 0.002). Menses resumed in four women, "
                "a median of 5 months after the injection. Two pregnancies (one spontaneous) occurred, "
                "both in the high-dose arm. No serious adverse event was recorded."
            ),
            (
                "table",
                "Table 2. Arms and AMH at [[6 months|f:6,month]]",
                [
                    ["Arm", "Cells/ovary", "n", "AMH, ng/mL"],
                    ["Low", "[[5×10^{6}|d:5e6,cells,ovary#low-dose]]", "[[15|n:15#low-dose]]", "0.19 ± 0.07"],
                    ["Medium", "[[1×10^{7}|d:1e7,cells,ovary#medium-dose]]", "[[15|n:15#medium-dose]]", "0.27 ± 0.11"],
                    ["High", "[[2×10^{7}|d:2e7,cells,ovary#high-dose]]", "[[15|n:15#high-dose]]", "0.46 ± 0.15"],
                ],
                [0.9, 1.2, 0.5, 1.1],
            ),
        ],
        notes=(
            "Three-arm dose-finding trial; arm labels low-dose / medium-dose / high-dose (the "
            "table's 'Low/Medium/High' rows carry the same labels). The route, the 0.5 mL volume, "
            "'once' and the 12-month follow-up hold for all arms (unlabelled). 'FSH fell in both "
            "the medium- and high-dose arms' is one mark (#medium-dose) although it covers two "
            "arms - doubtful; the high-dose FSH drop is marked again in the body. Follow-up: "
            "'12 months', 'at 6 months' (outcome time), the visit list '1, 3, 6 and 12 months "
            "after the injection' -> one fact (last point). Not follow-up: 'a median of 5 months "
            "after the injection' (time to menses), '4 weeks apart' (interval of diagnosis). "
            "Traps: FSH > 25 IU/L and 'on two occasions' (threshold, measurement count), ages "
            "28–39, 'at least 4 months' amenorrhoea, passage 4, ≥ 92%, 20-gauge, 'three sites per "
            "ovary' (not sessions), baseline values, 'median of 1 to 3' AFC values, 'Two women "
            "conceived' / 'four women' (outcome counts), 'general anaesthesia' (not a route), "
            "'no repeat injection', negated intravenous route. Sessions: 'A single ... injection' "
            "and 'treated once' (count 1); 'a single donor bank' is no session. Caption 'at 6 "
            "months' is an outcome time (follow-up)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=2,
    ),
    # ------------------------------------------------------------------
    RealText(
        id="zh_blind11_bmsc_ovarian_artery_case",
        lang="zh",
        kind="case",
        title="[[经卵巢动脉介入|r:oa,ir]]移植[[自体骨髓间充质干细胞|c:bm]]治疗卵巢早衰[[1例|n:1]]并文献复习",
        authors="唐宛秋, 白振华",
        journal="litx blind set",
        year=2021,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "报道[[1例|n:1]]卵巢早衰（POF）患者接受[[两次|s:2]][[自体骨髓间充质干细胞|c:bm]]（[[BMSCs|c:bm]]）"
            "[[卵巢动脉灌注|r:oa]]治疗的经过。患者[[术后6个月|f:6,month]]FSH[[明显下降|h:FSH,dec]]，"
            "[[随访1年半|f:1.5,year]]内月经基本规律，提示该方法可能是POF的一种补救性治疗选择。"
        ),
        body=[
            (
                "1 病例资料 患者女，31岁，G0P0，因“继发闭经2年，有生育要求”于2019年4月就诊。闭经前"
                "曾因子宫内膜异位囊肿行腹腔镜手术。入院时FSH 86.3 IU/L，LH 41.2 IU/L，E2 <20 pg/mL，"
                "AMH <0.06 ng/mL，经阴道超声示双侧卵巢体积小，未见窦卵泡；染色体核型46,XX。"
                "诊断为卵巢早衰。"
            ),
            (
                "2 治疗经过 局麻下抽取髂后上棘骨髓50 mL，分离培养[[BMSCs|c:bm]]至第3代。静脉麻醉后，"
                "于DSA下经右股动脉穿刺，[[超选择插管至左、右卵巢动脉|r:oa,ir]]，每侧缓慢推注"
                "[[BMSCs|c:bm]] [[5×10^{6}个|d:5e6,cells,ovary]]（溶于生理盐水[[10 mL|d:10,mL,ovary]]），"
                "历时约15 min。患者共接受[[2次|s:2]]移植，两次间隔3个月，第2次移植方法同第1次。"
                "术中、术后无发热、腹痛及血管栓塞等并发症。"
            ),
            (
                "3 结果与随访 第2次[[移植后6个月|f:6,month]]复查：FSH[[降至|h:FSH,dec]]21.4 IU/L，"
                "AMH[[升至|h:AMH,inc]]0.38 ng/mL，E2[[上升|h:E2,inc]]至96 pg/mL，经阴道超声见左侧卵巢窦卵泡"
                "[[增至3个|h:AFC,inc]]。第2次移植后4个月月经自然来潮，此后周期28~40天。患者[[随访18个月|f:18,month]]，"
                "期间未妊娠，LH[[无明显变化|h:LH,nc]]。文献报道[[BMSCs|c:bm]]亦可经[[卵巢局部注射|r:io]]^{[5]}或"
                "[[静脉输注|r:iv]]^{[6]}给予，但本例采用动脉途径，旨在使细胞更集中地到达卵巢。"
            ),
            (
                "table",
                "表1 治疗前后激素变化",
                [
                    ["指标", "治疗前", "术后6个月"],
                    ["FSH(IU/L)", "86.3", "21.4"],
                    ["AMH(ng/mL)", "<0.06", "0.38"],
                    ["E2(pg/mL)", "<20", "96"],
                ],
                [1.3, 1.0, 1.0],
            ),
        ],
        notes=(
            "Case report, one patient (1例 in title and abstract), two sessions (接受两次 in the "
            "abstract and 共接受2次移植). '第2次移植' / '第1次' are "
            "ordinals of counted sessions (no fact). Route: '经卵巢动脉介入' (title) and "
            "'超选择插管至左、右卵巢动脉' with interventional radiology guidance (DSA); "
            "'卵巢动脉灌注' in the abstract without guidance. Dose 5×10^6 per side (每侧 = per ovary) "
            "and the 10 mL suspension. Follow-up: 随访1年半 (1.5 year), 随访18个月, 术后6个月 / "
            "移植后6个月 (outcome times); not: 两次间隔3个月 (interval), 第2次移植后4个月月经自然来潮 "
            "(time to an event), 闭经2年, 历时约15 min, 周期28~40天. AFC: '窦卵泡增至3个' (baseline: 未见窦卵泡). LH无明显变化 -> no_change. Traps: baseline FSH/LH/E2/AMH, age 31, 骨髓50 mL (harvest), "
            "第3代, 静脉麻醉 (anaesthesia), 腹腔镜手术 (past surgery, "
            "not guidance), 经阴道超声示 (diagnosis, not guidance), 经右股动脉穿刺 (vascular access), table column '术后6个月' "
            "(a column head naming the time: unmarked). Cited routes ^[5] ^[6] are facts of the "
            "document (study attribution not expressible in the marks)."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=2,
    ),
    # ------------------------------------------------------------------
    RealText(
        id="en_blind12_review_cellfree_and_prp",
        lang="en",
        kind="review",
        title=(
            "From cells to cell-free products: a narrative review of [[mesenchymal stem cell|c:msc]], "
            "[[exosome|c:ev]] and platelet-rich plasma therapy for diminished ovarian reserve"
        ),
        authors="Halvorsen K, Duarte MC, Iwu O",
        journal="litx blind set",
        year=2024,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "Diminished ovarian reserve (DOR) and premature ovarian insufficiency (POI) remain "
            "difficult to treat. We summarise preclinical and clinical reports published up to "
            "2023 on [[mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]), their [[extracellular "
            "vesicles|c:ev]] and autologous platelet-rich plasma (PRP). Most clinical series are "
            "small, uncontrolled and short, and no product has yet shown a convincing gain in live "
            "births."
        ),
        body=[
            (
                "Animal data. In mice treated with cyclophosphamide ([[75 mg/kg|d:75,mg/kg,-@mouse]] "
                "once, [[i.p.|r:ip@mouse]]), [[exosomes|c:ev@mouse]] secreted by [[human umbilical cord MSCs|c:uc@mouse]] "
                "and given [[intravenously|r:iv@mouse]] at [[100 µg|d:100,ug,-@mouse]] "
                "[[twice|s:2@mouse]] [[lowered|h:FSH,dec@mouse]] serum FSH and [[raised|h:AMH,inc@mouse]] AMH "
                "[[two weeks|f:2,week@mouse]] after the second dose [14]. A rat study using [[adipose-derived "
                "MSCs|c:ad@rat]] reported that E2 [[failed to increase|!h:E2,inc@rat]] when the "
                "cells were [[injected into the ovaries|r:io@rat]] one week after a single busulfan "
                "injection, although follicle counts improved [15]."
            ),
            (
                "Clinical data. Ling et al. [17] injected autologous [[bone marrow MSCs|c:bm]] "
                "[[laparoscopically into one ovary|r:io,lap]] of [[20 women|n:20]] with POI and "
                "[[followed them for one year|f:1,year]]; AMH [[improved|h:AMH,inc]] in nine, and two "
                "conceived. [[Exosomes|c:ev]] have so far been given to patients only in a pilot of "
                "[[eight|n:8]] women, by [[ultrasound-guided intraovarian injection|r:io,tvus]] "
                "[[on three occasions|s:3]], with FSH [[unchanged|h:FSH,nc]] at [[3 months|f:3,month]] "
                "[19]. By contrast, a retrospective cohort of [[311 women|n:311]] with DOR who had "
                "received [[two|s:2]] [[intraovarian|r:io]] PRP injections four weeks apart found that AFC "
                "[[increased|h:AFC,inc]] and FSH may [[decline|h:FSH,dec]] within six months, "
                "although the effect faded in women over 40 [21]."
            ),
            (
                "table",
                "Table 1. Selected studies",
                [
                    ["Ref.", "Product", "Subjects", "Route", "Result"],
                    ["[14]", "[[hUCMSC|c:uc@mouse]]-[[Exo|c:ev@mouse]]", "Mice", "[[i.v.|r:iv@mouse]]", "[[FSH↓|h:FSH,dec@mouse]]"],
                    ["[17]", "[[BMSC|c:bm]]", "[[20|n:20]]", "[[IO, lap.|r:io,lap]]", "[[AMH↑|h:AMH,inc]]"],
                    ["[19]", "[[Exo|c:ev]]", "[[8|n:8]]", "[[IO, US|r:io,tvus]]", "[[FSH =|h:FSH,nc]]"],
                    ["[21]", "PRP", "[[311|n:311]]", "[[IO|r:io]]", "[[AFC↑|h:AFC,inc]]"],
                ],
                [0.6, 1.3, 0.9, 0.9, 0.8],
            ),
        ],
        notes=(
            "Review: every cited study is a fact of the document (study attribution by the "
            "markers [14] [15] [17] [19] [21] is not expressible in the marks). Animal studies "
            "carry @mouse/@rat on every fact (table row [14] too); no entry species. "
            "'lowered serum FSH and raised AMH' -> two facts on the two verbs. Follow-up: 'two "
            "weeks after the second dose' (outcome time), 'followed them for one year', 'at 3 "
            "months'; not: 'one week after a single busulfan injection' (time from the model), "
            "'within six months' (a window), 'four weeks apart' (interval), 'published up to 2023'. "
            "Sessions: 'twice', 'on three occasions' (here administrations, unlike 'measured on "
            "two occasions'), 'two ... PRP injections'; '75 mg/kg once' and 'a single busulfan "
            "injection' of the model drugs left unmarked as sessions (doubtful). 'failed to "
            "increase' = negated increase (guide). 'AMH improved in nine' = AMH increase; 'nine', "
            "'two conceived', 'women over 40' are not facts. PRP is not a cell type but its route, "
            "cohort size and hormone changes are facts; 'may decline' is hedged. Table arrows (↓ ↑ "
            "=) state directions; '=' read as no_change (doubtful); 'Mice' is not a sample size; "
            "'IO, US' read as transvaginal ultrasound guidance (the text says ultrasound-guided "
            "intraovarian; transvaginal is implied - doubtful)."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=2,
    ),
]
