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
            "Traps: 月经周期第3~5天 (cycle day, not follow-up); 连续2次 FSH>25 IU/L (measurement + threshold, no sessions/no hormone change); 年龄29~39岁; "
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
    # ------------------------------------------------------------------ 25
    RealText(
        id="zh_blind25_mouse_adsc_busulfan_cy",
        lang="zh",
        kind="animal",
        title=(
            "[[卵巢内移植|r:io]][[脂肪间充质干细胞|c:ad]]对白消安/环磷酰胺致小鼠卵巢早衰的影响"
        ),
        authors="韦嘉禾, 冯书瑶, 梁栋",
        journal=_JOURNAL,
        year=2022,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "摘要：为探讨[[脂肪来源间充质干细胞|c:ad]]（[[ADSCs|c:ad]]）对化疗性卵巢损伤的修复作用，本研究将6~8周龄"
            "雌性C57BL/6小鼠60只随机分为对照组、模型组和[[ADSCs|c:ad#ADSCs组]]组（各20只）。模型组和"
            "[[ADSCs|c:ad]]组小鼠[[腹腔注射|r:ip]]白消安（[[20 mg/kg|d:20,mg/kg,-]]）联合环磷酰胺"
            "（[[100 mg/kg|d:100,mg/kg,-]]）建立卵巢早衰模型，对照组注射等量DMSO。造模后第7天，"
            "[[ADSCs|c:ad#ADSCs组]]组在麻醉下经背部切口暴露双侧卵巢，[[每侧卵巢内注射|r:io#ADSCs组]]第3代"
            "[[ADSCs|c:ad#ADSCs组]] [[2×10^{5}个|d:2e5,cells,ovary#ADSCs组]]（[[10 μL|d:0.01,mL,ovary#ADSCs组]]）；"
            "模型组注射等体积PBS。分别于移植后第1、2、[[4周|f:4,week]]每组各处死5只小鼠，其余小鼠进行"
            "[[为期8周|f:8,week]]的合笼生育力观察。结果显示，[[移植后第4周|f:4,week#ADSCs组]][[ADSCs|c:ad#ADSCs组]]组"
            "血清[[AMH|h:AMH,inc#ADSCs组]]及[[E2水平较模型组显著升高|h:E2,inc#ADSCs组]]，"
            "[[FSH显著降低|h:FSH,dec#ADSCs组]]（P<0.01），各级生长卵泡数增加，闭锁卵泡减少；观察期内"
            "[[ADSCs|c:ad#ADSCs组]]组平均产仔数为（5.2±1.3）只/窝，高于模型组的（2.1±1.0）只/窝。"
            "提示[[卵巢原位移植|r:io]][[ADSCs|c:ad]]可部分恢复化疗损伤小鼠的卵巢内分泌功能及生育力，"
            "有望为POF患者的临床治疗提供新思路。"
        ),
        species="mouse",
        notes=(
            "Mouse busulfan + cyclophosphamide model, unstructured Chinese abstract (摘要：…结果显示…提示…); default "
            "species mouse. The ADSCs of 'ADSCs组' is the group's cell type (arm ADSCs组); '模型组和ADSCs组' (two "
            "groups) gives no arm to the model drugs nor to that ADSCs mention. 第1、2、4周 (list of sacrifice times, "
            "每组: every group) is one follow-up fact, 4 weeks, no arm; 为期8周的合笼生育力观察 marked as an "
            "8-week observation period after transplantation (doubtful: a mating period of a separate set of "
            "mice). 移植后第4周 takes the arm of its clause. 卵巢内移植 / 卵巢原位移植 read as intraovarian "
            "(doubtful for 原位移植). Traps: 60只, 各20只, 每组各处死5只 (animals); 6~8周龄 (age); 造模后第7天 (counted "
            "from the model: not follow-up); 第3代 (passage); 10 μL = 0.01 mL; 经背部切口 (surgery, not "
            "laparoscopic guidance); 产仔数 (litter size, no hormone); 观察期内 (no value); POF患者 (clinical "
            "promise, no fact)."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=4,
    ),
    # ------------------------------------------------------------------ 26
    RealText(
        id="en_blind26_conference_pbsc_ovarian_artery",
        lang="en",
        kind="clinical",
        title=(
            "O-118 [[Autologous peripheral blood stem cell|c:pb]] [[infusion into the ovarian artery|r:oa]] in "
            "poor responders with diminished ovarian reserve: interim results of a prospective cohort"
        ),
        authors="Okonkwo-Reyes A, Brandt S, Valente M",
        journal=_JOURNAL,
        year=2025,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "Study question: Does [[ovarian artery infusion|r:oa]] of G-CSF-mobilised "
            "[[autologous peripheral blood stem cells|c:pb]] ([[PBSCs|c:pb]]) improve ovarian reserve markers in "
            "poor responders? Summary answer: [[AMH|h:AMH,inc]] and [[AFC rose|h:AFC,inc]] modestly within three "
            "months of a [[single infusion|s:1]], while [[FSH was unchanged|h:FSH,nc]]. What is known already: "
            "Small case series suggest that bone marrow-derived stem cells may reactivate dormant follicles, but "
            "apheresis products have rarely been studied. Study design, size, duration: Prospective single-centre "
            "cohort; [[a cohort of 52 women|n:52]] was recruited between January 2023 and June 2024, and this "
            "interim analysis includes the first 40 who reached the [[3-month assessment|f:3,month]]. "
            "Participants/materials, setting, methods: Women aged 35–43 years with AMH <1.1 ng/mL and ≤3 oocytes "
            "in a previous IVF cycle received filgrastim [[300 µg|d:300,ug,-]] daily "
            "[[subcutaneously|r:sc]] for 4 days before apheresis. The concentrate "
            "(mean [[8.6 × 10^{7}|d:8.6e7,cells,-]] CD34+ cells in [[10 mL|d:10,mL,-]]) was infused in equal "
            "halves through [[a catheter advanced into each ovarian artery under fluoroscopy|r:oa,ir]]. Main "
            "results and the role of chance: [[Median follow-up was 5 months|f:5,month]] (IQR 3–8). Mean "
            "[[AMH increased|h:AMH,inc]] from 0.52 ± 0.31 to 0.71 ± 0.40 ng/mL (P = 0.02) and [[AFC|h:AFC,inc]] from "
            "3.1 to 4.6 (P = 0.004) at [[3 months|f:3,month]]; [[FSH showed no significant change|h:FSH,nc]] "
            "(P = 0.48). Seven women conceived after subsequent IVF. Limitations, reasons for caution: There was no "
            "control group, and follow-up will continue [[until 24 months post-infusion|f:24,month]]."
        ),
        notes=(
            "Conference abstract (ESHRE-like headings), single arm. Conventions: 'a cohort of 52 women' is the "
            "sample; 'the first 40 who reached the 3-month assessment' is a subset (no sample_size) but the "
            "'3-month assessment' is a follow-up time; the planned 'until 24 months post-infusion' marked as a "
            "(hedged/expected) follow-up. G-CSF protocol drug: filgrastim 300 µg is a dose, 'subcutaneously' its "
            "route; 'daily ... for 4 days' is a dosing duration (no sessions, no follow-up). The CD34+ count "
            "delivered and the 10 mL volume are doses (per null: split between the two arteries). Traps: "
            "'within three months' left unmarked as a window (doubtful); 'bone marrow-derived stem cells' "
            "(unfractionated, no cell type); ages 35–43, AMH <1.1 ng/mL, ≤3 oocytes (thresholds); recruitment "
            "dates; 'IQR 3–8' not marked; 'Seven women conceived' (outcome); 'no control group'."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=4,
    ),
    # ------------------------------------------------------------------ 27
    RealText(
        id="zh_blind27_review_msc_exosome_clinical",
        lang="zh",
        kind="review",
        title="[[间充质干细胞|c:msc]]及其[[外泌体|c:ev]]治疗卵巢功能减退的临床研究进展",
        authors="白雨晴, 唐志宏",
        journal=_JOURNAL,
        year=2024,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "摘要：卵巢早衰（POF）和卵巢储备功能减退（DOR）是女性不孕的重要原因，激素替代治疗仅能缓解低雌激素"
            "症状，无法恢复卵巢功能。[[间充质干细胞|c:msc]]（[[MSCs|c:msc]]）可通过旁分泌机制改善卵巢微环境，其来源的"
            "[[外泌体|c:ev]]亦表现出类似作用。现有临床研究多采用[[卵巢局部注射|r:io]]或[[经卵巢动脉介入移植|r:oa,ir]]，"
            "[[单次|s:1]]或[[多次|s:-]]移植后部分患者[[FSH下降|h:FSH,dec]]、[[AMH升高|h:AMH,inc]]，并有自然妊娠的报道。"
            "本文从细胞来源、移植途径、剂量与移植次数等方面综述了[[MSCs|c:msc]]治疗"
            "POF和DOR的临床研究，总结了治疗后性激素及卵巢储备指标的变化，并对随访时间普遍较短、样本量偏小等问题"
            "进行了讨论。"
        ),
        body=[
            "2.2　临床研究　刘等^{[12]}对[[20例|n:20]]POI患者[[在腹腔镜下行双侧卵巢内注射|r:io,lap]]"
            "[[自体骨髓MSCs|c:bm]]，每侧[[2×10^{6}个|d:2e6,cells,ovary]]，[[术后3个月|f:3,month]][[FSH下降|h:FSH,dec]]、"
            "[[AMH上升|h:AMH,inc]]，[[随访至术后1年|f:1,year]]，3例妊娠。韩等^{[13]}采用"
            "[[经阴道超声引导下卵巢穿刺注射|r:io,tvus]][[UC-MSCs|c:uc]]，低、中、高剂量组（[[各4例|n:4]]）分别给予"
            "[[5×10^{6}|d:5e6,cells,-#5×10^6]]、[[1×10^{7}|d:1e7,cells,-#1×10^7]]和[[2×10^{7}个|d:2e7,cells,-#2×10^7]]"
            "细胞，[[随访6个月|f:6,month]]，高剂量组[[E2升高|h:E2,inc]]最为明显，未见严重不良反应。另一项纳入"
            "[[48例|n:48]]DOR患者的随机对照试验^{[14]}中，试验组（[[n=24|n:24#试验组]]）接受[[2次|s:2#试验组]]"
            "[[卵巢动脉介入移植|r:oa,ir#试验组]][[UC-MSCs|c:uc#试验组]]，对照组（[[n=24|n:24#对照组]]）接受安慰剂注射，"
            "随访期间试验组[[AFC增加|h:AFC,inc#试验组]]，而[[FSH未能降低|!h:FSH,dec#试验组]]。[[外泌体|c:ev]]方面，"
            "目前仅有少数动物研究^{[15-16]}：[[尾静脉注射|r:iv@mouse]][[MSC|c:msc@mouse]]来源[[外泌体|c:ev@mouse]]"
            "（每只[[100 μg|d:100,ug,-@mouse]]）可使环磷酰胺诱导的POF小鼠血清[[AMH升高|h:AMH,inc@mouse]]。"
            "总体而言，现有研究样本量多在10~50例之间，随访多不超过12个月，尚需多中心、大样本研究证实。",
        ],
        notes=(
            "Review (综述) abstract plus one body passage citing studies with ^[n] markers. Cited studies' facts "
            "are facts; a group name labels its own sentence only (discussion/review rule). 韩等^[13]: "
            "'各4例' is a count for every arm (n = 4, no arm); the doses with 分别 are arms labelled by value; "
            "'高剂量组E2升高最为明显' is a size comparison (E2 increase, no arm). ^[14]: 试验组/对照组 with counts; "
            "卵巢动脉介入 = ovarian artery with interventional guidance; FSH未能降低 = negated decrease of 试验组. "
            "^[15-16]: a mouse study, facts @mouse; 每只 (per mouse) gives per = null. Traps: 3例妊娠 (outcome); "
            "'随访至术后1年' marked as 1 year; 10~50例 and 随访多不超过12个月 (general statements about the "
            "literature: no facts); 随访期间 without a value; 环磷酰胺 without a dose; 'MSCs治疗POF' in the "
            "abstract, '移植途径/剂量/移植次数' (topics, no values); abstract: '单次或多次移植' gives sessions 1 and "
            "null (general statement about the literature, kept as cited facts; doubtful)."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=4,
    ),
    # ------------------------------------------------------------------ 28
    RealText(
        id="en_blind28_mouse_haec_tail_vein",
        lang="en",
        kind="animal",
        title=(
            "[[Human amniotic epithelial cells|c:haec]] [[delivered intravenously|r:iv]] restore ovarian function "
            "in a cyclophosphamide-induced mouse model of premature ovarian insufficiency"
        ),
        authors="Marchetti L, Hoang T, Eriksen B, Kowalczyk D",
        journal=_JOURNAL,
        year=2023,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "[[Human amniotic epithelial cells|c:haec@human]] ([[hAECs|c:haec@human]]) are immunologically "
            "privileged and easy to obtain, but how soon they act after chemotherapy-induced ovarian injury is "
            "unclear. Female ICR mice (7 weeks old, n = 72) received [[intraperitoneal|r:ip]] cyclophosphamide "
            "([[120 mg/kg|d:120,mg/kg,-]]) followed by busulfan ([[12 mg/kg|d:12,mg/kg,-]]) to induce POI and were "
            "then randomised to [[hAEC|c:haec]] transplantation or vehicle. One week after modelling, "
            "[[1 × 10^{6}|d:1e6,cells,-]] [[hAECs|c:haec]] in [[200 µL|d:0.2,mL,-]] of saline were injected "
            "[[via the tail vein|r:iv]] on [[two occasions|s:2]] 7 days apart; vehicle mice received saline alone. "
            "Ovaries and serum were collected 7, 14 and [[28 days|f:28,day]] after the second injection (n = 8 per "
            "group per time point). Compared with vehicle, [[hAEC|c:haec]]-treated mice showed "
            "[[lower serum FSH|h:FSH,dec]] and [[higher AMH|h:AMH,inc]] and [[estradiol|h:E2,inc]] from "
            "[[day 14|f:14,day]] onward, with more primordial and growing follicles; at [[day 7|f:7,day]], hormone "
            "levels did not yet differ. Fertility was assessed in a separate cohort mated for "
            "[[2 months|f:2,month]]: litter size rose from 3.1 ± 1.4 in vehicle controls to 6.8 ± 2.0 in "
            "[[hAEC|c:haec]]-treated mice. DiR-labelled [[hAECs|c:haec]] homed to the ovary within 24 h and were "
            "undetectable by day 14. These findings indicate that [[intravenous|r:iv]] [[hAECs|c:haec]] improve "
            "ovarian endocrine function in a time-dependent manner and support their further evaluation in women "
            "with POI."
        ),
        species="mouse",
        notes=(
            "Mouse abstract, unstructured; default species mouse; the opening general statement about hAECs is "
            "@human (no species). No group is named with a head word ('hAEC transplantation or vehicle', "
            "'vehicle mice', 'hAEC-treated mice'): no arms; the hAEC of 'hAEC transplantation' and of "
            "'hAEC-treated' are cell-type mentions (the therapy's abbreviation). 'injected via the tail vein on two occasions' is two "
            "administrations (s = 2; 'on two occasions' is excluded only for measurements). Sacrifice list 7, 14 "
            "and 28 days -> one follow-up fact, 28 days; 'from day 14 onward' and 'at day 7' are times of "
            "measured outcomes (follow-up). 'mated for 2 months' marked as an observation period (doubtful, as "
            "in zh_blind25). Traps: n = 72 and n = 8 per group (animals); 7 weeks old; 'One week after "
            "modelling' (from the model); '7 days apart' (interval); 'the second injection' (ordinal of counted "
            "sessions); 'hormone levels did not yet differ' (unnamed hormones: no fact); 'within 24 h', 'by day "
            "14' (homing/clearance events); litter size; "
            "'women with POI' (clinical promise)."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=4,
    ),
    # ------------------------------------------------------------------ 29
    RealText(
        id="zh_blind29_case_series_bmsc_laparoscopic",
        lang="zh",
        kind="case",
        title=(
            "[[腹腔镜下卵巢内注射|r:io,lap]][[自体骨髓间充质干细胞|c:bm]]治疗早发性卵巢功能不全[[3例|n:3]]报告"
            "并文献复习"
        ),
        authors="许安然, 郑卓, 潘蕾",
        journal=_JOURNAL,
        year=2022,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "摘要：报告[[3例|n:3]]早发性卵巢功能不全（POI）患者接受[[自体骨髓间充质干细胞|c:bm]]（[[BMSCs|c:bm]]）"
            "[[卵巢内注射|r:io]]的治疗经过。患者年龄分别为27、31和36岁，闭经8个月~4年，FSH均>40 IU/L，AMH均<0.1 "
            "ng/mL。于局部麻醉下抽取髂后上棘骨髓约80 mL，体外分离扩增[[BMSCs|c:bm]]，"
            "[[在腹腔镜下将细胞悬液注入双侧卵巢皮质|r:io,lap]]，每侧[[1.5×10^{7}个|d:1.5e7,cells,ovary]]细胞。"
            "例1、例2各注射[[1次|s:1]]；例3因首次治疗后[[FSH无明显变化|h:FSH,nc]]，于6个月后行第2次注射。"
            "[[术后随访半年至一年半|f:0.5,year]]：例1术后2个月月经复潮，[[术后4个月|f:4,month]][[FSH降至|h:FSH,dec]]"
            "18.2 IU/L，[[AMH升至|h:AMH,inc]]0.42 ng/mL，[[随访1.5年|f:1.5,year]]期间自然妊娠1次；例2"
            "[[术后3个月|f:3,month]][[E2升高|h:E2,inc]]，但[[FSH未进一步下降|!h:FSH,dec]]，[[随访半年|f:0.5,year]]后"
            "失访；例3经[[两次|s:2]]注射后[[FSH|!h:FSH,dec]]、[[LH均未下降|!h:LH,dec]]。全部患者均未出现感染、出血等"
            "并发症。提示自体[[BMSCs|c:bm]][[卵巢内注射|r:io]]对部分POI患者可能有效，但个体差异较大。"
        ),
        notes=(
            "Case series (3 patients), unstructured Chinese abstract. The cases are not arms (no groups). "
            "Follow-up: '随访半年至一年半' is a range, marked once with value = the low end (0.5 year, as dose "
            "ranges; doubtful); 半年 = 0.5 year, 1.5年 = 1.5 years; 术后4个月/术后3个月 are times of measured "
            "outcomes; '随访半年后失访' = followed half a year. Sessions: 各注射1次 (cases 1-2) and 两次 (case 3); "
            "第2次 is an ordinal of a counted session (no fact); 妊娠1次 is an outcome (not sessions). Hormones: "
            "'FSH无明显变化' = no_change; 'FSH未进一步下降' and 'FSH、LH均未下降' = negated decreases (one each). "
            "Traps: ages 27/31/36; 闭经8个月~4年; thresholds FSH>40, AMH<0.1; 骨髓约80 mL (harvest); "
            "'于6个月后' (interval before the second injection); '术后2个月月经复潮' (time to an event); "
            "全部患者 (no count)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=4,
    ),
    # ------------------------------------------------------------------ 30
    RealText(
        id="en_blind30_cohort_sev_dose",
        lang="en",
        kind="clinical",
        title=(
            "[[Intraovarian injection|r:io]] of [[umbilical cord MSC|c:uc]]-derived "
            "[[small extracellular vesicles|c:ev]] in women with diminished ovarian reserve: a dose-comparison "
            "cohort study"
        ),
        authors="Aldana-Ruiz C, Petrov N, Mwangi J, Tan W",
        journal=_JOURNAL,
        year=2026,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "[[Small extracellular vesicles|c:ev]] ([[sEVs|c:ev]]) secreted by [[mesenchymal stem cells|c:msc]] "
            "carry much of their paracrine activity and may avoid the risks of whole-cell transplantation. We "
            "conducted a prospective cohort study at two reproductive centres. [[Thirty-six women|n:36]] with "
            "diminished ovarian reserve (DOR; AMH 0.1–1.1 ng/mL, age ≤40 years) were enrolled and assigned by "
            "period of enrolment to a low-dose cohort ([[n = 18|n:18#low-dose cohort]]), receiving "
            "[[50 µg|d:50,ug,ovary#low-dose cohort]] of [[umbilical cord MSC|c:uc#low-dose cohort]]-derived "
            "[[sEVs|c:ev#low-dose cohort]] per ovary, or a high-dose cohort ([[n = 18|n:18#high-dose cohort]]), "
            "receiving [[200 µg|d:200,ug,ovary#high-dose cohort]] per ovary. In both cohorts, [[sEVs|c:ev]] were "
            "[[injected transvaginally into both ovaries under ultrasound guidance|r:io,tvus]] "
            "[[three times|s:3]] at monthly intervals. Women were [[followed for 12 months|f:12,month]] after the "
            "first injection, with hormone measurements at [[months 1, 3, 6 and 12|f:12,month]]; data from 33 women "
            "were available at the final visit. [[Over the 12-month period|f:12,month]], "
            "[[AMH rose|h:AMH,inc#high-dose cohort]] in the high-dose cohort (0.46 ± 0.21 to 0.68 ± 0.30 ng/mL; "
            "P = 0.01) [[but not|!h:AMH,inc#low-dose cohort]] in the low-dose cohort (P = 0.37). Serum "
            "[[FSH declined|h:FSH,dec]] in both cohorts at [[post-injection month 3|f:3,month]], while "
            "[[LH|h:LH,nc]] and [[estradiol remained stable|h:E2,nc]]. Twelve women (seven high-dose, five "
            "low-dose) achieved pregnancy during follow-up. No vesicle-related adverse events were recorded. "
            "Higher-dose [[sEV|c:ev]] injection appears to [[raise AMH|h:AMH,inc]] in DOR and should be tested "
            "against placebo."
        ),
        notes=(
            "Two-cohort dose comparison, unstructured abstract. Arms 'low-dose cohort' and 'high-dose cohort' "
            "(named with their counts); their doses and the cell types of the low-dose clause carry the arm; "
            "'In both cohorts' gives the route, sessions and that sEV mention no arm; 'Women were followed' "
            "and 'Over the 12-month period,' (before the clause naming the group) have none; the elliptical "
            "'but not in the low-dose cohort' is a negated AMH increase of the low-dose cohort, marked on 'but "
            "not'. A list of measurement months -> one follow-up fact (12), marked on the whole list. Traps: "
            "AMH 0.1–1.1 ng/mL and age ≤40 (criteria); 'two reproductive centres'; 'at monthly intervals' "
            "(interval; 'three times' is the count); 'data from 33 women were available at the final visit' "
            "(subset after dropouts: no sample_size); 'Twelve women (seven high-dose, five low-dose)' (outcome "
            "counts with group words); 'during follow-up', 'the final visit' (no value); 'Higher-dose' in the "
            "conclusion is no arm label."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=4,
    ),
]
