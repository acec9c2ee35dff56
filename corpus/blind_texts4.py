"""Invented papers written for litx by an annotator who had not seen its rules (fourth batch).

Twelve short texts (six Chinese, six English) shaped like journal abstracts: structured
(目的/方法/结果/结论, 【目的】…, Background/Methods/Results/Conclusions), unstructured,
a conference abstract, a case-report abstract, a meta-analysis abstract, a review passage
with citation markers and animal-study abstracts.  Every name, number and result is
invented; nothing is copied from a published paper.  The annotator wrote and marked them
from corpus/ANNOTATION.md, the contract and the fact-mark syntax of corpus/make_papers.py
only, without seeing litx's rules or extractor.  This batch leans on follow-up and
observation times and on sample sizes as abstracts state them.

These are part of the development side of the invented papers (studied and tuned on),
unlike corpus/heldout_texts.py.  Marks follow corpus/make_papers.py: ``[[words|spec]]``,
``!`` negated, ``@mouse``/``@rat``/``@human`` species, ``#label`` arm.
"""

from __future__ import annotations

try:
    from real_texts import RealText
except ImportError:  # imported as a package module
    from corpus.real_texts import RealText

_LICENCE = "CC BY 4.0 (written for litx)"
_JOURNAL = "litx blind set"

BLIND4: list[RealText] = [
    # ------------------------------------------------------------------ 19
    RealText(
        id="zh_blind19_ucmsc_tvus_single_arm",
        lang="zh",
        kind="clinical",
        title=(
            "[[经阴道超声引导下卵巢内注射|r:io,tvus]][[人脐带间充质干细胞|c:uc]]"
            "治疗早发性卵巢功能不全的单臂临床研究"
        ),
        authors="周雅琳, 邵文博, 顾晓岚, 魏成",
        journal=_JOURNAL,
        year=2024,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "目的　探讨[[经阴道超声引导下卵巢内注射|r:io,tvus]][[人脐带间充质干细胞|c:uc]]（[[hUC-MSCs|c:uc]]）"
            "治疗早发性卵巢功能不全（POI）的安全性及其对卵巢储备的影响。"
            "方法　前瞻性纳入2021年3月至2022年6月我院生殖中心收治的POI患者[[32例|n:32]]，年龄29~39岁，"
            "均符合连续2次血清FSH>25 IU/L（间隔4周以上）的诊断标准。于月经周期（或撤退性出血）第3~5天"
            "[[经阴道超声引导下双侧卵巢内注射|r:io,tvus]][[hUC-MSCs|c:uc]]，每侧卵巢注射细胞悬液[[1 mL|d:1,mL,ovary]]"
            "（含[[1×10^{7}个|d:1e7,cells,ovary]]细胞），间隔1个月重复1次，共注射[[2次|s:2]]。"
            "分别于末次注射后1、3、[[6个月|f:6,month]]复查性激素及AMH，[[随访期为12个月|f:12,month]]。"
            "结果　2例因个人原因失访，最终30例完成随访。与治疗前比较，[[注射后3个月|f:3,month]]血清"
            "[[FSH水平显著下降|h:FSH,dec]]［（62.4±15.8）vs（38.6±12.1）IU/L，P<0.01］，[[E2水平升高|h:E2,inc]]"
            "（P<0.05）；[[AMH水平未见明显变化|h:AMH,nc]]（P=0.21）。随访期间4例恢复自然月经，1例自然妊娠。"
            "未见发热、感染及卵巢扭转等严重不良反应。"
            "结论　[[经阴道超声引导下卵巢内注射|r:io,tvus]][[hUC-MSCs|c:uc]]安全可行，可能"
            "[[降低POI患者FSH水平|h:FSH,dec]]，其远期疗效有待扩大样本量验证。"
        ),
        body=[
            "Objective: To evaluate the safety and efficacy of [[transvaginal ultrasound-guided intraovarian "
            "injection|r:io,tvus]] of [[human umbilical cord mesenchymal stem cells|c:uc]] ([[hUC-MSCs|c:uc]]) in "
            "premature ovarian insufficiency (POI). Methods: [[Thirty-two patients|n:32]] with POI were "
            "prospectively enrolled. Each ovary received [[1 mL|d:1,mL,ovary]] of suspension containing "
            "[[1 × 10^{7}|d:1e7,cells,ovary]] [[hUC-MSCs|c:uc]]; the injection was repeated after one month, for a "
            "total of [[two injections|s:2]]. Sex hormones and AMH were measured [[1, 3 and 6 months|f:6,month]] after "
            "the last injection, and patients were [[followed up for 12 months|f:12,month]]. Results: Two patients "
            "were lost to follow-up. [[Three months|f:3,month]] after injection, serum [[FSH decreased|h:FSH,dec]] "
            "significantly (P < 0.01) and [[E2 increased|h:E2,inc]] (P < 0.05), whereas [[AMH did not change|h:AMH,nc]] "
            "significantly. Conclusion: [[Intraovarian injection|r:io]] of [[hUC-MSCs|c:uc]] is safe and may "
            "[[lower FSH|h:FSH,dec]] in women with POI.",
        ],
        notes=(
            "Single-arm trial, structured 目的/方法/结果/结论 with the English abstract as the body passage. "
            "Conventions: route spans include the guidance words when they are in the same phrase; doses mark "
            "number+unit, per ovary from 每侧卵巢/Each ovary (the 1 mL suspension volume is a dose, per ovary); "
            "a list of assessment times (1、3、6个月; 1, 3 and 6 months) is one follow-up fact, the last time; "
            "注射后3个月 / Three months after injection (time of a measured outcome) is follow-up. "
            "Traps: 连续2次 FSH>25 IU/L (measurement + threshold, no sessions/no hormone change); 年龄29~39岁; "
            "间隔1个月重复1次 (interval; '重复1次' is not the session count, 共注射2次 is); 2例失访 and "
            "最终30例完成随访 (dropouts and a subset: no sample_size); 4例恢复月经、1例妊娠 (outcome counts); "
            "随访期间 without a value; baseline/after values inside brackets; P values."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=4,
    ),
    # ------------------------------------------------------------------ 20
    RealText(
        id="en_blind20_rct_bmsc_laparoscopic",
        lang="en",
        kind="clinical",
        title=(
            "[[Laparoscopic intraovarian injection|r:io,lap]] of [[autologous bone marrow-derived mesenchymal "
            "stromal cells|c:bm]] versus hormone replacement alone in premature ovarian insufficiency: a "
            "randomised controlled trial"
        ),
        authors="Halvorsen I, Mbeki T, Quintero R, Oyelaran F",
        journal=_JOURNAL,
        year=2025,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "Background: [[Intraovarian delivery|r:io]] of [[autologous bone marrow-derived mesenchymal stromal "
            "cells|c:bm]] ([[BM-MSCs|c:bm]]) has been proposed to reactivate residual follicles, but controlled "
            "evidence in women is scarce. Methods: In this open-label trial, of 81 women screened, "
            "[[64 eligible patients|n:64]] aged 25–40 years with premature ovarian insufficiency (amenorrhoea "
            "≥4 months, FSH >40 IU/L on two occasions) were randomly allocated to the [[MSC|c:msc#MSC arm]] arm "
            "([[n = 32|n:32#MSC arm]]) or the control arm ([[n = 32|n:32#control arm]]). Women in the "
            "[[MSC|c:msc#MSC arm]] arm underwent bone marrow aspiration (60 mL from the posterior iliac crest), and "
            "after expansion to passage 3, [[5 × 10^{6} cells|d:5e6,cells,ovary#MSC arm]] in "
            "[[0.5 mL|d:0.5,mL,ovary#MSC arm]] were [[injected into each ovary under laparoscopic "
            "guidance|r:io,lap#MSC arm]] in a [[single session|s:1#MSC arm]]; controls continued cyclic hormone "
            "replacement therapy (HRT). Participants were [[followed up for 12 months|f:12,month]] after the "
            "procedure, with serum AMH at [[6 months|f:6,month]] as the primary outcome. Results: Four women in the "
            "[[MSC|c:msc#MSC arm]] arm and three controls were lost to follow-up, leaving 57 for the per-protocol "
            "analysis. At the [[6-month visit|f:6,month#MSC arm]], [[AMH had increased|h:AMH,inc#MSC arm]] in the "
            "[[MSC|c:msc#MSC arm]] arm (0.08 ± 0.05 to 0.31 ± 0.22 ng/mL; P = 0.003 versus controls). "
            "[[FSH fell|h:FSH,dec#MSC arm]] from 78.6 ± 21.4 to 52.3 ± 24.0 IU/L after cell injection (P = 0.01), "
            "and [[antral follicle count rose|h:AFC,inc#MSC arm]] in 9 of 28 treated women. "
            "[[Estradiol remained unchanged|h:E2,nc]] in both arms. Three spontaneous pregnancies occurred in the "
            "[[MSC|c:msc#MSC arm]] arm during follow-up, none in the control arm. Conclusions: A "
            "[[single|s:1]] [[laparoscopic intraovarian injection|r:io,lap]] of autologous [[BM-MSCs|c:bm]] "
            "[[raised AMH|h:AMH,inc]] and [[lowered FSH|h:FSH,dec]] [[over 12 months|f:12,month]] without serious "
            "adverse events; larger multicentre trials are warranted."
        ),
        notes=(
            "Two-arm RCT, structured Background/Methods/Results/Conclusions. Arms 'MSC arm' and 'control arm'; "
            "the 'MSC' of every 'MSC arm' is a cell_type mention (msc, the group's name) with the arm, although "
            "the cells are BM-MSCs. The regimen sentence names the MSC arm, so its dose/volume/route/sessions carry "
            "the arm until 'controls'; 'Participants were followed up' (whole study) has no arm; 'At the 6-month "
            "visit' takes the arm of its sentence, FSH and AFC carry it from the previous sentence; "
            "'Estradiol remained unchanged in both arms' has none. Traps: 81 women screened (not a sample); "
            "'FSH >40 IU/L on two occasions' (threshold, measurement, not sessions); ages; amenorrhoea ≥4 months; "
            "60 mL marrow harvest (not a dose); passage 3; dropouts 'Four women... three controls' and "
            "'57 for the per-protocol analysis' and '9 of 28 treated women' (subsets/outcome counts); three "
            "pregnancies. Doubtful: whether 'P = 0.003 versus controls' turns the AMH rise into a comparison "
            "(I kept it as the MSC arm's change)."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=4,
    ),
    # ------------------------------------------------------------------ 21
    RealText(
        id="zh_blind21_rat_cisplatin_exosome",
        lang="zh",
        kind="animal",
        title=(
            "[[人脐带间充质干细胞|c:uc]]来源[[外泌体|c:ev]]对顺铂诱导大鼠卵巢早衰的修复作用"
        ),
        authors="孙立帆, 蒋芮, 欧阳明轩, 杜婧",
        journal=_JOURNAL,
        year=2023,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "目的　观察[[人脐带间充质干细胞|c:uc]]来源[[外泌体|c:ev]]（[[hUCMSC|c:uc]]-[[Exos|c:ev]]）对顺铂（CDDP）"
            "诱导的大鼠卵巢早衰（POF）的治疗作用。方法　选取8周龄SD雌性大鼠40只，随机分为正常组、模型组、"
            "[[外泌体|c:ev#外泌体低剂量组]]低剂量组和[[外泌体|c:ev#外泌体高剂量组]]高剂量组，每组10只。"
            "除正常组外，其余大鼠[[腹腔注射|r:ip]]顺铂[[2 mg/kg|d:2,mg/kg,-]]，每日1次，连续7 d建立POF模型。"
            "造模成功后，低、高剂量组分别[[经尾静脉注射|r:iv]][[外泌体|c:ev]][[50 μg|d:50,ug,-#外泌体低剂量组]]和"
            "[[150 μg|d:150,ug,-#外泌体高剂量组]]（溶于[[200 μL|d:0.2,mL,-]] PBS），每周1次，共[[3次|s:3]]；"
            "正常组和模型组注射等体积PBS。[[末次注射后第14天|f:14,day]]处死大鼠，检测血清FSH、E2、AMH水平，"
            "HE染色计数各级卵泡。结果　与模型组比较，两个[[外泌体|c:ev]]组血清[[FSH水平降低|h:FSH,dec]]，"
            "[[E2|h:E2,inc]]和[[AMH水平升高|h:AMH,inc]]（P<0.05），且高剂量组改善更为显著；模型组原始卵泡及"
            "窦卵泡数目较正常组明显减少。结论　[[hUCMSC|c:uc]]-[[Exos|c:ev]][[经尾静脉|r:iv]]移植可改善顺铂所致"
            "大鼠卵巢功能损伤，为临床治疗POF提供实验依据。"
        ),
        species="rat",
        notes=(
            "Rat cisplatin model, structured 目的/方法/结果/结论; default species rat. 'hUCMSC-Exos' is marked as "
            "two mentions (uc + ev) as for 'MSC-derived exosomes'. The 外泌体 inside 外泌体低剂量组/外泌体高剂量组 "
            "is the group's cell type (own head word each). Doses with 分别 are the arms (labels kept as the "
            "group names); the shared 外泌体, route, 200 μL volume (0.2 mL) and 共3次 belong to both dose groups: "
            "no arm. Results of '两个外泌体组' (both treated groups) have no arm. Traps: 40只/每组10只 (animals); "
            "顺铂2 mg/kg 每日1次，连续7 d (daily dosing: no sessions, no follow-up); 每周1次 (frequency; the total "
            "共3次 is the count); 造模成功后 (time from the model); 高剂量组改善更为显著 (size comparison, unnamed "
            "hormone: no fact); 窦卵泡数目 model-vs-normal decrease (model validation, histology: no AFC fact); "
            "'为临床治疗POF' (clinical promise, no fact). Doubtful: μL converted to 0.2 mL."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=4,
    ),
    # ------------------------------------------------------------------ 22
    RealText(
        id="en_blind22_case_mensc_live_birth",
        lang="en",
        kind="case",
        title=(
            "Live birth after [[two|s:2]] [[intraovarian injections|r:io]] of [[autologous menstrual blood-derived "
            "stem cells|c:men]] in a woman with premature ovarian insufficiency: [[a case report|n:1]]"
        ),
        authors="Lindqvist M, Achterberg J, Sato K",
        journal=_JOURNAL,
        year=2024,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "Background: [[Menstrual blood-derived stem cells|c:men]] ([[MenSCs|c:men]]) can be collected "
            "non-invasively and expanded rapidly, which makes them an attractive autologous source for ovarian "
            "rejuvenation. Case presentation: A 34-year-old nulligravid woman presented with secondary amenorrhoea "
            "of 18 months' duration; FSH was 96.2 IU/L and AMH was undetectable (<0.01 ng/mL) on two occasions, and "
            "her karyotype was 46,XX. [[MenSCs|c:men]] isolated from her own menstrual effluent were expanded to "
            "passage four, and [[2 × 10^{7} cells|d:2e7,cells,-]] suspended in [[1 mL|d:1,mL,-]] were "
            "[[injected into the right ovary under transvaginal sonographic guidance|r:io,tvus]]. A second, identical "
            "injection was performed 8 weeks later. [[Three months|f:3,month]] after the second procedure, her "
            "[[FSH had declined|h:FSH,dec]] to 21.7 IU/L, [[estradiol had risen|h:E2,inc]] to 146 pg/mL and two antral "
            "follicles were visible. Menses resumed spontaneously at month 5, and she conceived naturally seven "
            "months after the first injection. A healthy boy was delivered by caesarean section at 38 weeks. She "
            "remained well at the last follow-up visit, [[26 months|f:26,month]] after the first treatment. "
            "Conclusions: In this patient, [[repeated|s:-]] [[intraovarian injection|r:io]] of [[MenSCs|c:men]] was "
            "followed by endocrine recovery and a live birth; controlled studies are needed."
        ),
        notes=(
            "Case-report abstract (Background/Case presentation/Conclusions). 'a case report' in the title marked "
            "as n = 1 by analogy with 'two case reports' (doubtful; 'A 34-year-old woman' left unmarked). "
            "Traps: 'on two occasions' is measurement (no sessions); 18 months' amenorrhoea, age 34, baseline FSH/AMH "
            "values; passage four; 'A second, identical injection' (ordinal, count 'two' stated in the title: no "
            "fact); '8 weeks later' (interval); 'Menses resumed ... at month 5' and 'conceived ... seven months "
            "after the first injection' (time to an event: not follow-up); '38 weeks' (gestation); 'two antral "
            "follicles were visible' (no change stated); '2 × 10^7 cells' into the right ovary only, per = null "
            "(the text does not say per ovary); 'repeated' in the conclusion = sessions null."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=4,
    ),
    # ------------------------------------------------------------------ 23
    RealText(
        id="zh_blind23_retro_ovarian_artery_ucmsc",
        lang="zh",
        kind="clinical",
        title=(
            "[[介入下经卵巢动脉移植|r:oa,ir]][[脐带间充质干细胞|c:uc]]治疗卵巢早衰的回顾性队列研究"
        ),
        authors="钱思远, 马晓晴, 陆一鸣, 黄佩",
        journal=_JOURNAL,
        year=2023,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "【目的】评价[[数字减影血管造影（DSA）下经卵巢动脉灌注|r:oa,ir]][[脐带间充质干细胞|c:uc]]"
            "（[[UC-MSCs|c:uc]]）治疗卵巢早衰（POF）的临床效果。【方法】收集2018年1月至2022年12月在本院就诊的"
            "POF患者资料，回顾性分析符合纳入标准的[[86例|n:86]]，根据治疗方式分为观察组（[[n=44|n:44#观察组]]）和"
            "对照组（[[n=42|n:42#对照组]]）。观察组在DSA引导下经股动脉穿刺，[[超选择插管至双侧卵巢动脉|r:oa,ir#观察组]]，"
            "每侧缓慢灌注[[UC-MSCs|c:uc#观察组]] [[5×10^{6}个|d:5e6,cells,ovary#观察组]]，共移植[[2次|s:2#观察组]]"
            "（间隔3个月）；对照组仅予雌孕激素序贯治疗。全部患者术后每3个月复查性激素及AMH，"
            "[[中位随访时间18个月|f:18,month]]（范围12~30个月）。【结果】观察组失访3例。[[术后6个月|f:6,month#观察组]]，"
            "观察组[[FSH|h:FSH,dec#观察组]]、[[LH较术前下降|h:LH,dec#观察组]]，[[AMH升高|h:AMH,inc#观察组]]，差异均有"
            "统计学意义（P<0.05）；对照组停药后[[FSH未见下降|!h:FSH,dec#对照组]]。观察组有11例恢复月经，其中3例妊娠。"
            "两组均未发生穿刺部位血肿以外的严重并发症。【结论】[[DSA引导下经卵巢动脉移植|r:oa,ir]][[UC-MSCs|c:uc]]可"
            "[[降低POF患者FSH水平|h:FSH,dec]]、[[提高AMH|h:AMH,inc]]，但远期疗效仍需延长随访观察。"
        ),
        notes=(
            "Retrospective two-group cohort, 【目的】【方法】【结果】【结论】. DSA = interventional radiology guidance; "
            "the catheter placed in the ovarian artery (超选择插管至双侧卵巢动脉) is the route; 每侧缓慢灌注 does not name "
            "the vessel again, so it is no second route mention; 每侧 = per ovary. '全部患者' clause (whole study) "
            "carries no arm; 术后6个月 carries 观察组 from '观察组失访3例'. Follow-up: the median is marked, the range "
            "(12~30个月) is not (no range in follow_up values). Traps: 经股动脉穿刺 (vascular access, no route); "
            "间隔3个月 (interval); 术后每3个月复查 (assessment frequency, not follow-up); 2018-2022 (period); "
            "观察组失访3例 (dropouts); 11例恢复月经/3例妊娠 (outcome counts); 对照组停药后FSH未见下降 marked as a "
            "negated decrease in the control arm (doubtful: the control arm had HRT, not cells); "
            "'延长随访观察' (no value)."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=4,
    ),
    # ------------------------------------------------------------------ 24
    RealText(
        id="en_blind24_meta_analysis_msc",
        lang="en",
        kind="review",
        title=(
            "Mesenchymal stem cell-based therapies for premature ovarian insufficiency and diminished ovarian "
            "reserve: a systematic review and meta-analysis of clinical studies"
        ),
        authors="Ferreira-Lago P, Nakashima Y, Abdi H, Wojcik E",
        journal=_JOURNAL,
        year=2025,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "Purpose: To summarise the clinical evidence on [[mesenchymal stem cell|c:msc]] ([[MSC|c:msc]]) and "
            "[[exosome|c:ev]] therapy for premature ovarian insufficiency (POI) and diminished ovarian reserve "
            "(DOR). Methods: PubMed, Embase, Web of Science and CNKI were searched from inception to March 2025. "
            "Single-arm, cohort and randomised studies that reported serum FSH, AMH or antral follicle count "
            "before and after treatment were eligible; two reviewers extracted data independently. Results: "
            "Fourteen studies (three RCTs, five cohort studies and six case series) with data from "
            "[[538 women|n:538]] met the inclusion criteria. [[Umbilical cord MSCs|c:uc]] were used in seven "
            "studies, [[bone marrow MSCs|c:bm]] in five and [[adipose-derived stromal cells|c:ad]] in two; no "
            "clinical study of [[exosomes|c:ev]] was found. Ten studies used [[intraovarian injection|r:io]] and "
            "four used [[ovarian artery infusion|r:oa]]. Doses ranged from "
            "[[1 × 10^{6} to 2 × 10^{7} cells|d:1e6,cells,ovary,1e6,2e7]] per ovary, and eleven studies gave a "
            "[[single administration|s:1]]. [[Median follow-up was 12 months|f:12,month]] (range 3–24). Pooled "
            "analyses showed that [[FSH decreased|h:FSH,dec]] (mean difference −18.4 IU/L, 95% CI −25.1 to −11.7; "
            "I² = 71%) and [[AMH increased|h:AMH,inc]] (MD 0.21 ng/mL, 95% CI 0.09 to 0.33) after treatment, "
            "whereas changes in estradiol were inconsistent. The largest trial, a randomised study of "
            "[[86 women|n:86]] [9], reported a clinical pregnancy rate of 7%. Conclusions: [[MSC|c:msc]] therapy may "
            "[[lower FSH|h:FSH,dec]] and [[raise AMH|h:AMH,inc]] in women with POI or DOR, but the certainty of "
            "the evidence is low and follow-up beyond one year is rare."
        ),
        notes=(
            "Meta-analysis abstract (Purpose/Methods/Results/Conclusions) with pooled numbers. The pooled "
            "'538 women' is marked as the review's sample (doubtful: pooled over studies); 'a randomised study "
            "of 86 women [9]' is a cited clinical study's sample. Dose range: value = low with low/high. "
            "Follow-up: the median is marked, the range '(range 3–24)' is not. Traps: 'Fourteen studies', "
            "'three RCTs', 'five cohort studies', 'six case series', 'seven studies' (studies, not patients); "
            "'serum FSH, AMH or antral follicle count' (measured list, no change); 'from inception to March 2025' "
            "(search period); 'changes in estradiol were inconsistent' (no direction); mean differences, CI, I², "
            "pregnancy rate 7%; 'no clinical study of exosomes was found' (the exosome mention is still a cell "
            "type mention, not negated: it denies studies, not a fact of a study); 'follow-up beyond one year is "
            "rare' (no fact)."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=4,
    ),
]
