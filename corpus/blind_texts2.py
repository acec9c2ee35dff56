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
            "目的 探讨[[人脐带间充质干细胞|c:uc]]（[[hUC-MSCs|c:uc]]）卵巢内移植治疗早发性卵巢功能不全"
            "（POI）的临床效果及安全性。方法 选取2021年3月至2023年6月在我院生殖医学中心就诊的POI患者"
            "[[72例|n:72]]，按随机数字表法分为观察组（[[36例|n:36#观察组]]）与对照组（[[36例|n:36#对照组]]）。"
            "对照组给予激素替代治疗（HRT），观察组在HRT基础上行[[hUC-MSCs|c:uc]][[卵巢内注射|r:io]]，"
            "两组均[[随访6个月|f:6,month]]。结果 [[治疗后3个月|f:3,month]]，观察组血清卵泡刺激素（FSH）"
            "[[较治疗前下降|h:FSH,dec#观察组]]，抗苗勒管激素（AMH）[[升高|h:AMH,inc#观察组]]，"
            "窦卵泡数（AFC）[[增多|h:AFC,inc#观察组]]（P<0.05），且变化幅度均大于对照组。结论 "
            "[[hUC-MSCs|c:uc]]卵巢内移植可能改善POI患者的卵巢储备，近期安全性良好。"
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
                "[[经阴道超声引导下|r:io,tvus]]行双侧卵巢穿刺注射：取第4代[[hUC-MSCs|c:uc]]，"
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
            "curative treatment. We asked how quickly exosomes released by [[bone marrow-derived "
            "mesenchymal stem cells|c:bm]] ([[BMSC|c:bm]]-[[Exos|c:ev]]) act on the injured ovary. "
            "Methods: Forty-eight female Sprague-Dawley rats were given cisplatin "
            "([[2 mg/kg|d:2,mg/kg,-]], [[intraperitoneally|r:ip]]) for seven consecutive days. "
            "[[BMSC|c:bm]]-[[Exos|c:ev]] ([[150 µg|d:150,ug,-]] of exosomal protein) or PBS were then "
            "[[infused through the tail vein|r:iv]] [[three times|s:3]], three days apart, and "
            "ovaries and serum were collected 7, 14 and [[28 days|f:28,day]] after the last infusion. "
            "Results: Serum FSH [[fell|h:FSH,dec]] and AMH [[rose|h:AMH,inc]] in exosome-treated rats "
            "from [[day 14|f:14,day]] onward, whereas at [[day 7|f:7,day]] only oestradiol was [[higher|h:E2,inc]] than in "
            "the PBS group. Conclusions: [[BMSC|c:bm]]-[[Exos|c:ev]] restore endocrine function "
            "gradually; a cell-free product of this kind might one day be tested in women with POI."
        ),
        body=[
            (
                "Exosome preparation. [[BMSCs|c:bm]] were flushed from the femurs of 4-week-old rats, "
                "expanded to passage 3 and seeded at 1 × 10^{6} cells per T75 flask in exosome-depleted "
                "medium. Vesicles were collected by ultracentrifugation (100 000 g, 70 min); they "
                "measured 40–140 nm and carried CD63 and TSG101. For the in-vitro granulosa-cell "
                "assay, [[exosomes|c:ev]] were added at 50 µg/mL."
            ),
            (
                "Treatment. Two days after the last cisplatin injection, rats were randomly allotted "
                "to control (no cisplatin), POI + PBS and POI + [[Exo|c:ev]] groups (16 per group). "
                "Each animal of the [[Exo|c:ev]] group received [[150 µg|d:150,ug,-]] of "
                "[[BMSC|c:bm]]-[[Exos|c:ev]] suspended in [[0.2 mL|d:0.2,mL,-]] PBS "
                "[[via the lateral tail vein|r:iv]] on days 0, 3 and 6 ([[three injections|s:3]] in "
                "total); the exosomes were not [[injected into the ovary|!r:io]]. Five or six rats per group "
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
                    ["POI + Exo", "21.5 ± 4.8", "33.6 ± 5.7", "2.74 ± 0.46"],
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
            "two mentions (bone_marrow_msc + extracellular_vesicle)."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=2,
    ),
]
