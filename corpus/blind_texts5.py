"""Invented papers written for litx by an annotator who had not seen its rules (fifth batch).

Twelve short papers (six Chinese, six English) invented for litx: eight shaped like journal
abstracts and four like the METHODS and RESULTS passages of a full paper.  They were written
by an annotator who had read only the annotation guide (corpus/ANNOTATION.md), the output
contract and the fact-mark syntax, never the rules or the extractor, so that they measure
litx on phrasings nobody tuned for.  This batch stresses how a regimen is described: doses
in every form, routes and their guidance, numbers of sessions and schedules, follow-up.

These texts are the development part of the invented papers: they may be studied and
tuned on (unlike corpus/heldout_texts.py).  All names, numbers and results are invented;
nothing is copied from any paper.  Fact marks ``[[words|spec]]`` follow corpus/make_papers.py.
"""

from __future__ import annotations

try:
    from real_texts import RealText
except ImportError:  # pragma: no cover - imported as a package module
    from corpus.real_texts import RealText

_LICENCE = "CC BY 4.0 (written for litx)"
_JOURNAL = "litx blind set"

BLIND5: list[RealText] = [
    # ------------------------------------------------------------------ 31
    RealText(
        id="zh_blind31_ucmsc_single_arm_monthly",
        lang="zh",
        kind="clinical",
        title=(
            "[[经阴道超声引导下卵巢内注射|r:io,tvus]][[人脐带间充质干细胞|c:uc]]治疗早发性卵巢功能不全的"
            "单臂临床研究"
        ),
        authors="邹明霞, 唐立群, 费晓川",
        journal="中华生殖医学杂志（litx blind set）",
        year=2023,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "目的 观察[[经阴道超声引导下卵巢内注射|r:io,tvus]][[人脐带间充质干细胞|c:uc]]（[[hUC-MSCs|c:uc]]）"
            "治疗早发性卵巢功能不全（POI）的安全性及初步疗效。"
            "方法 前瞻性纳入2020年3月至2022年6月于本中心就诊的POI患者[[24例|n:24]]，年龄29～39岁，"
            "入组前2次（间隔4周以上）检测FSH均＞25 IU/L。取第3代[[hUC-MSCs|c:uc]]，以生理盐水重悬至"
            "2×10^{7}个/mL，每侧卵巢注射[[0.5 mL|d:0.5,mL,ovary]]（含细胞[[1×10^{7}个|d:1e7,cells,ovary]]），"
            "每月1次，共[[3次|s:3]]；末次注射后[[随访12个月|f:12,month]]。"
            "结果 全部患者均完成[[3次|s:3]]注射，未发生严重不良事件。末次注射后[[3个月|f:3,month]]，"
            "血清[[FSH较基线明显下降|h:FSH,dec]]〔(78.4±12.6) IU/L比(52.1±15.3) IU/L，P＜0.01〕，"
            "[[AMH|h:AMH,inc]]与[[窦卵泡数（AFC）均有升高|h:AFC,inc]]，[[E2亦有所上升|h:E2,inc]]（P＝0.04），"
            "[[LH未见明显变化|h:LH,nc]]。随访期间5例恢复自发月经，2例自然妊娠。"
            "结论 [[hUC-MSCs|c:uc]][[卵巢内注射|r:io]]安全可行，可能[[降低POI患者FSH水平|h:FSH,dec]]并部分改善卵巢储备，"
            "其远期疗效尚需随机对照研究证实。"
        ),
        notes=(
            "Single-arm trial, Chinese abstract shape. Conventions: a route phrase with its guidance "
            "(经阴道超声引导下卵巢内注射) is one route mark; coordinated hormones (AMH与AFC均有升高) give one "
            "mark per hormone, the verb going with the last; per-mention sessions (3次 in methods and again "
            "in results). Doses per ovary from 每侧卵巢: the injected volume 0.5 mL and the cells it holds "
            "(1×10^7个) are two dose facts. Traps: 2×10^7个/mL is a concentration (no dose); 入组前2次检测 "
            "is a measurement (no sessions); FSH＞25 IU/L threshold; ages 29～39岁; 第3代 passage; "
            "每月1次 frequency (the count is 共3次); 末次注射后3个月 is a time after treatment at which an "
            "outcome was measured (follow_up); 5例/2例 are outcome counts; 降低POI患者FSH水平 in the "
            "conclusion is a hedged change (可能)."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=5,
    ),
    # ------------------------------------------------------------------ 32
    RealText(
        id="en_blind32_bmmsc_vs_prp_rct",
        lang="en",
        kind="clinical",
        title=(
            "[[Intraovarian|r:io]] autologous [[bone marrow mesenchymal stem cells|c:bm]] versus platelet-rich plasma "
            "in women with diminished ovarian reserve: a randomised controlled trial"
        ),
        authors="Halvorsen IK, Okonjo CA, Brisard L, Mehta RV",
        journal="Reproductive Medicine Open (litx blind set)",
        year=2024,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "Background: Both cell-based and platelet-derived products have been proposed to rescue the "
            "depleted ovary, but they have rarely been compared head to head. "
            "Methods: [[Sixty-two women|n:62]] with diminished ovarian reserve (AMH < 1.1 ng/mL and AFC < 5) "
            "were randomly assigned 1:1 to the [[BM-MSC|c:bm#BM-MSC arm]] arm ([[n = 31|n:31#BM-MSC arm]]) or the PRP arm "
            "([[n = 31|n:31#PRP arm]]). In the [[BM-MSC|c:bm#BM-MSC arm]] arm, 60 mL of marrow was aspirated from the posterior iliac "
            "crest and the cells were expanded to passage 2; [[5 × 10^{6} cells|d:5e6,cells,ovary#BM-MSC arm]] suspended in "
            "[[1 mL|d:1,mL,ovary#BM-MSC arm]] of saline were then [[injected into each ovary under transvaginal ultrasound guidance|r:io,tvus#BM-MSC arm]]. "
            "Women allocated to PRP received [[4 mL|d:4,mL,ovary#PRP arm]] of autologous PRP per ovary, prepared from "
            "40 mL of venous blood, by the same route. Every participant was treated [[twice|s:2]], four weeks "
            "apart, and [[followed for six months|f:6,month]] after the second injection. "
            "Results: Fifty-eight women completed the protocol. [[Six months|f:6,month]] after the second injection, "
            "[[AMH in the BM-MSC arm had risen|h:AMH,inc#BM-MSC arm]] from 0.62 ± 0.21 to 0.89 ± 0.30 ng/mL (P = 0.003) and "
            "[[FSH had fallen|h:FSH,dec#BM-MSC arm]] (P = 0.02), whereas in the PRP arm [[AMH did not change|h:AMH,nc#PRP arm]] "
            "significantly (P = 0.41). [[AFC increased|h:AFC,inc]] in both arms. Clinical pregnancy occurred in "
            "5 of 29 and 3 of 29 women, respectively. "
            "Conclusions: [[Two|s:2]] [[intraovarian injections|r:io]] of autologous [[BM-MSCs|c:bm]] may [[raise AMH|h:AMH,inc]] more than "
            "PRP does; larger trials with live birth as the end point are needed."
        ),
        notes=(
            "Two-arm RCT abstract. Arm labels 'BM-MSC arm' and 'PRP arm' (the group's name with its head "
            "word); the cell type inside the group name is that arm's. The arm carries from 'In the BM-MSC "
            "arm' to the dose, volume and route of that sentence; 'Every participant' speaks of the whole "
            "study (sessions, follow-up: no arm). The measurement sentence names the BM-MSC arm, then the "
            "PRP arm ('whereas in the PRP arm') takes over. PRP is not a cell type but its 4 mL per ovary "
            "is a dose (the injected volume). 'by the same route' names no route (no mark). Traps: 60 mL "
            "marrow and 40 mL venous blood are harvest volumes; AMH < 1.1 ng/mL and AFC < 5 are entry "
            "thresholds; passage 2; 'four weeks apart' is an interval; 'after the second injection' (twice) "
            "is an ordinal reference to counted sessions (no fact); 'Six months after the second injection,' is a follow-up time at which outcomes were measured "
            "(marked; its clause, before the comma, names no arm: no arm). 'Fifty-eight women completed "
            "the protocol' restates the same patients as a subset (no sample_size); 5 of 29 / 3 of 29 are "
            "outcome counts; 'AFC increased in both arms' has no arm; in the conclusion's 'Two intraovarian injections' "
            "the count ('Two') and the route ('intraovarian injections') are two marks that may not overlap."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=5,
    ),
    # ------------------------------------------------------------------ 33
    RealText(
        id="zh_blind33_exosome_cisplatin_mouse_dose",
        lang="zh",
        kind="animal",
        title=(
            "[[人脐带间充质干细胞|c:uc]]来源[[外泌体|c:ev]]经[[尾静脉输注|r:iv]]对顺铂诱导卵巢早衰小鼠"
            "卵巢功能的剂量效应"
        ),
        authors="钟雨桐, 贺家骏, 闵思源, 吕红",
        journal="中国组织工程研究（litx blind set）",
        year=2022,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "背景：间充质干细胞的旁分泌作用可能主要由其分泌的[[外泌体|c:ev@human]]介导。"
            "目的：比较不同剂量[[人脐带间充质干细胞|c:uc]]来源[[外泌体|c:ev]]（[[hUCMSC|c:uc]]-[[Exos|c:ev]]）"
            "对顺铂诱导卵巢早衰（POF）小鼠的作用。"
            "方法：40只6周龄雌性C57BL/6小鼠随机分为对照组、模型组、外泌体低剂量组和外泌体高剂量组，每组10只。"
            "除对照组外，其余小鼠[[腹腔注射|r:ip]]顺铂[[2 mg/kg|d:2,mg/kg,-]]，每日1次，连续7 d制备POF模型。"
            "超速离心法提取[[hUCMSC|c:uc]]-[[Exos|c:ev]]，纳米颗粒跟踪分析显示粒径约110 nm，BCA法定量蛋白。"
            "造模成功后，外泌体低剂量组和外泌体高剂量组分别[[经尾静脉注射|r:iv]][[外泌体|c:ev]]"
            "[[50 μg|d:50,ug,-#外泌体低剂量组]]和[[150 μg|d:150,ug,-#外泌体高剂量组]]（以蛋白计，溶于[[0.2 mL|d:0.2,mL,-]] PBS），"
            "每3天1次，共[[3次|s:3]]；对照组和模型组注射等体积PBS。末次注射后[[7 d|f:7,day]]和[[21 d|f:21,day]]"
            "各处死半数小鼠，检测血清激素并行卵泡计数。体外实验以100 μg/mL [[Exos|c:ev]]处理顺铂损伤的KGN细胞24 h。"
            "结果：模型组FSH较对照组显著升高，E2显著降低，提示造模成功。与模型组比较，外泌体高剂量组血清"
            "[[FSH显著降低|h:FSH,dec#外泌体高剂量组]]，[[E2|h:E2,inc#外泌体高剂量组]]和[[AMH水平升高|h:AMH,inc#外泌体高剂量组]]"
            "（P＜0.05），[[窦卵泡数增加|h:AFC,inc#外泌体高剂量组]]；外泌体低剂量组[[FSH亦下降|h:FSH,dec#外泌体低剂量组]]，"
            "但[[E2未见明显升高|!h:E2,inc#外泌体低剂量组]]（P＝0.21）。"
            "结论：[[hUCMSC|c:uc]]-[[Exos|c:ev]]可呈剂量依赖性地改善顺铂诱导POF小鼠的卵巢功能，"
            "为[[外泌体|c:ev@human]]用于临床治疗POF提供了实验依据。"
        ),
        species="mouse",
        notes=(
            "Mouse cisplatin model, Chinese abstract. Species mouse by default, the title "
            "included (it names the mouse experiment); the background's general statement and the "
            "conclusion's clinical promise (用于临床治疗POF) carry @human (no species). hUCMSC-Exos is two mentions (uc + ev), marked "
            "as adjacent marks. Dose arms: the two groups, each named with its own head word, get their "
            "doses one to one through 分别; the route, the vehicle volume (0.2 mL, said of both groups) and "
            "the sessions (共3次) are shared: no arm. Doses per mouse: per null. Traps: cisplatin 2 mg/kg "
            "daily for 7 d -- a dose and route of the model (species mouse) but 每日1次，连续7 d is a duration "
            "of daily dosing (no sessions); 每3天1次 is a frequency (count is 共3次); 40只/每组10只 are animals; "
            "粒径约110 nm size; 100 μg/mL in vitro concentration, 24 h in vitro; 末次注射后7 d和21 d: two "
            "follow-up facts; model-versus-control FSH/E2 (造模成功) are no facts; E2未见明显升高 is a denied "
            "increase (negated), not a no-change. μg written with Greek mu (U+03BC), as Chinese journals do."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=5,
    ),
    # ------------------------------------------------------------------ 34
    RealText(
        id="en_blind34_bmsc_tailvein_ctx_rat_methods",
        lang="en",
        kind="animal",
        title=(
            "Two dose levels of [[bone marrow mesenchymal stem cells|c:bm]] delivered [[through the tail vein|r:iv]] "
            "in a rat model of cyclophosphamide-induced premature ovarian insufficiency"
        ),
        authors="Drăgulescu M, Fairweather PJ, Nakashima Y",
        journal="Stem Cell Research & Therapy Reports (litx blind set)",
        year=2021,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "2. Materials and methods. 2.1 Animals and model. Sixty-four female Sprague-Dawley rats "
            "(8 weeks old, 200-220 g) were housed under a 12 h light/dark cycle. Premature ovarian "
            "insufficiency (POI) was induced by [[intraperitoneal|r:ip]] cyclophosphamide (CTX): a loading dose of "
            "[[50 mg/kg|d:50,mg/kg,-]] on day 1 followed by [[8 mg/kg|d:8,mg/kg,-]] daily for 14 days. Control rats "
            "received saline on the same schedule. "
            "2.2 Cells. [[BMSCs|c:bm]] were flushed from the femurs and tibias of 4-week-old male donor rats, "
            "expanded in DMEM/F12 with 10% FBS and used at passages 3-5. For tracking, cells were labelled "
            "with CM-DiI (2 µM, 20 min). "
            "2.3 Groups and transplantation. On day 15 the rats were allocated to control, POI, low-dose "
            "and high-dose groups (16 rats each). Rats of the low-dose and high-dose groups received "
            "[[1 × 10^{6}|d:1e6,cells,-#low-dose]] and [[5 × 10^{6}|d:5e6,cells,-#high-dose]] [[BMSCs|c:bm]], respectively, "
            "suspended in [[0.5 mL|d:0.5,mL,-]] PBS and [[infused slowly into the lateral tail vein|r:iv]]; the "
            "infusion was given [[twice|s:2]], on days 15 and 22. Control and POI rats received an equal volume "
            "of PBS. Eight rats per group were killed [[2 weeks|f:2,week]] and eight [[4 weeks|f:4,week]] after the "
            "second infusion. Serum FSH, E2 and AMH were measured by ELISA; each sample was assayed in "
            "triplicate and every experiment was repeated three times."
        ),
        body=[
            "3. Results. 3.1 Homing. DiI-positive [[BMSCs|c:bm]] were found in the ovarian stroma and theca "
            "layer [[2 weeks|f:2,week]] after transplantation, more densely in the high-dose group, and were "
            "scarce by week 4. 3.2 Hormones. CTX raised FSH and lowered E2 and AMH relative to control "
            "rats (P < 0.001), confirming the model. At both time points, [[FSH was lower|h:FSH,dec]] and "
            "[[E2|h:E2,inc]] and [[AMH higher|h:AMH,inc]] in both BMSC groups than in POI rats (P < 0.05). "
            "[[AMH rose|h:AMH,inc]] more in the high-dose group than in the low-dose group (4.12 ± 0.55 vs "
            "2.96 ± 0.47 ng/mL at week 4, P = 0.008). In the low-dose group, [[LH did not differ|h:LH,nc#low-dose]] "
            "from that of POI rats at either time point. Untreated POI rats showed a further decline in AMH "
            "between weeks 2 and 4. 3.3 Follicles. The high-dose group had [[more antral follicles|h:AFC,inc#high-dose]] "
            "than the POI group at week 4 (11.3 ± 2.1 vs 5.6 ± 1.8 per section, P < 0.01).",
        ],
        species="rat",
        notes=(
            "Rat CTX model, METHODS + RESULTS shape (the methods passage stands in the abstract field, the "
            "results passage in body). Species rat by default. Arms: the groups are first listed as "
            "'control, POI, low-dose and high-dose groups (16 rats each)' -- a count of animals, not of "
            "patients, so the list itself gives no arm; the doses are given one to one with 'respectively' "
            "and are labelled by the names alone ('low-dose', 'high-dose'); the vehicle volume 0.5 mL, the "
            "route and 'twice' are said of both groups (no arm). Doses per rat: per null. Traps: CTX 50 mg/kg "
            "loading dose + 8 mg/kg daily for 14 days (model doses with species; 'daily for 14 days' is a "
            "duration, no sessions; 'a loading dose' is not a count either); 'Control rats received saline "
            "on the same schedule' (no route, no dose); 8 weeks old, 200-220 g; passages 3-5; CM-DiI 2 µM, "
            "20 min (in vitro); 'days 15 and 22' is the schedule of the counted infusions; 'after the second "
            "infusion' is an ordinal of counted sessions (no fact); 'an equal volume of PBS' (no value); "
            "'in triplicate', 'repeated three times' are lab repetitions. Results: '2 weeks after "
            "transplantation' is a time after treatment at which an outcome was seen (follow-up, per "
            "mention); 'by week 4' is not marked (a time point named without 'after'; doubtful); the "
            "model-versus-control CTX sentence is no fact; 'in both BMSC groups' gives no arm; 'AMH rose "
            "more in the high-dose group than in the low-dose group' is a comparison of sizes (fact, no arm); "
            "'the POI group' and 'POI rats' are compared with (no subject); the decline in untreated POI rats "
            "is no fact; 'more antral follicles' = AFC increase for the high-dose group (doubtful: a "
            "histological antral follicle count, not ultrasound AFC)."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=5,
    ),
    # ------------------------------------------------------------------ 35
    RealText(
        id="zh_blind35_dsa_ovarian_artery_bmsc_two_cases",
        lang="zh",
        kind="case",
        title=(
            "数字减影血管造影引导下[[经卵巢动脉移植|r:oa,ir]][[自体骨髓间充质干细胞|c:bm]]治疗卵巢早衰"
            "[[2例|n:2]]报告"
        ),
        authors="宁秋燕, 苏卫东, 冉思琪",
        journal="介入放射学杂志（litx blind set）",
        year=2019,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "本文报道[[2例|n:2]]卵巢早衰（POF）患者在数字减影血管造影（DSA）引导下行"
            "[[自体骨髓间充质干细胞|c:bm]]（[[BMSCs|c:bm]]）[[卵巢动脉灌注|r:oa,ir]]的诊治经过。"
            "两例均于局麻下抽取髂后上棘骨髓约80 mL，分离[[BMSCs|c:bm]]并体外扩增至第3代。"
            "经右侧股动脉穿刺，在DSA监视下将4F导管[[超选择插入双侧卵巢动脉|r:oa,ir]]，每侧缓慢推注细胞悬液"
            "[[5 mL|d:5,mL,ovary]]（含[[2×10^{7}个|d:2e7,cells,ovary]]细胞），推注时间约10 min。"
            "例1，34岁，继发闭经2年，基础FSH 86.2 IU/L。共移植[[2次|s:2#例1]]，间隔3个月；"
            "第2次移植后[[3个月|f:3,month#例1]][[FSH降至21.4 IU/L|h:FSH,dec#例1]]，[[E2升至|h:E2,inc#例1]]"
            "118 pg/mL，并于移植后第5个月恢复自然月经。该例共[[随访18个月|f:18,month#例1]]，月经基本规律。"
            "例2，38岁，闭经4年，仅接受[[1次|s:1#例2]]移植，术后[[6个月|f:6,month#例2]]"
            "[[AMH由0.08 ng/mL升至0.35 ng/mL|h:AMH,inc#例2]]，但[[FSH未见明显下降|!h:FSH,dec#例2]]，"
            "例2[[随访12个月|f:12,month#例2]]未妊娠。两例术后均未出现穿刺部位血肿、卵巢扭转等并发症。"
            "结论：DSA引导下[[经卵巢动脉移植|r:oa,ir]][[BMSCs|c:bm]]操作可行，可能部分恢复POF患者的卵巢功能，"
            "但需更大样本研究验证。"
        ),
        notes=(
            "Case series of two, interventional-radiology journal, Chinese abstract. Route: the catheter "
            "placed in the ovarian artery (超选择插入双侧卵巢动脉) states the route with its guidance (DSA in the "
            "same sentence -> interventional_radiology); 卵巢动脉灌注 in the first sentence, also under DSA. "
            "Not routes: 经右侧股动脉穿刺 (vascular access), 局麻, the later 推注 (does not name the vessel). "
            "Doses per ovary from 每侧: 5 mL suspension and 2×10^7个 cells. Arms: 例1/例2 are cases named by "
            "number; their sessions, follow-up and hormone changes carry the case, through 该例 and until "
            "例2 is named; 两例 (both) and the conclusion have no arm. Traps: bone marrow 80 mL (harvest); "
            "第3代 passage; 4F catheter size; 10 min injection time; ages 34/38岁; 闭经2年/4年 durations of "
            "disease; 基础FSH 86.2 IU/L baseline; 间隔3个月 interval; 第2次移植 is an ordinal of counted "
            "sessions (no fact); 移植后第5个月恢复自然月经 is time to an event (no follow-up); FSH未见明显下降 "
            "is a denied decrease (negated)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=5,
    ),
    # ------------------------------------------------------------------ 36
    RealText(
        id="en_blind36_review_routes_doses_schedules",
        lang="en",
        kind="review",
        title=(
            "How much, how and how often: delivery of mesenchymal stem cells and their vesicles for "
            "premature ovarian insufficiency - a narrative review"
        ),
        authors="Sørensen AM, Idowu TF",
        journal="Journal of Ovarian Research Reviews (litx blind set)",
        year=2025,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "Regimens of cell-based therapy for premature ovarian insufficiency (POI) differ so much "
            "between studies that their results can hardly be pooled. We summarise the doses, routes and "
            "schedules reported for [[mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]) and "
            "[[MSC|c:msc]]-derived [[extracellular vesicles|c:ev]] ([[EVs|c:ev]]) in clinical and animal studies "
            "published up to 2024, and discuss why no optimal regimen can yet be defined."
        ),
        body=[
            "Clinical studies. In the earliest series, Marchetti et al. [11] performed a "
            "[[laparoscopic intraovarian injection|r:io,lap]] of autologous [[bone marrow-derived MSCs|c:bm]] into one "
            "ovary in each of [[ten women|n:10]] and observed resumed menses in two. Later trials abandoned surgery: Qadri and "
            "colleagues [12] gave [[umbilical cord MSCs|c:uc]] ([[1 × 10^{7} cells|d:1e7,cells,ovary]] per ovary) by "
            "[[transvaginal ultrasound-guided intraovarian injection|r:io,tvus]] to [[36 patients|n:36]], and "
            "[[AMH increased|h:AMH,inc]] in a third of them at [[6 months|f:6,month]], whereas a Chinese group [13] "
            "[[infused cells into the ovarian arteries under angiographic control|r:oa,ir]] at a dose of "
            "[[2 × 10^{6} cells/kg|d:2e6,cells/kg,-]]. [[Intravenous infusion|r:iv]] has been tried only once in women [14]: "
            "[[three infusions|s:3]] of [[1 × 10^{6} cells/kg|d:1e6,cells/kg,-]] did not [[lower FSH|!h:FSH,dec]] over "
            "[[a year of follow-up|f:1,year]]. Doses thus span almost two orders of magnitude, and most trials "
            "used a [[single|s:1]] administration.",
            "Animal studies. [[Menstrual blood-derived stem cells|c:men@mouse]] ([[1 × 10^{6}|d:1e6,cells,-@mouse]]) "
            "given [[through the tail vein|r:iv@mouse]] once a week for three weeks restored oestrous cycles in "
            "busulfan-treated mice [15]. In rats with cyclophosphamide-induced POI, [[EVs|c:ev@rat]] from "
            "[[adipose MSCs|c:ad@rat]] were given as [[two injections|s:2@rat]] of [[100 µg|d:100,ug,-@rat]] protein "
            "[[into the ovarian bursa|r:io@rat]], and [[E2 rose|h:E2,inc@rat]] within four weeks [16]; an equivalent "
            "particle dose (about 2 × 10^{10} particles) given [[intraperitoneally|r:ip@rat]] was less effective [17]. "
            "[[Retro-orbital injection|r:iv@mouse]] of [[amniotic MSCs|c:am@mouse]] into aged mice [18] and "
            "[[repeated|s:-@mouse]] [[intravenous|r:iv@mouse]] doses in a zona pellucida 3 peptide-induced autoimmune "
            "model [19] both [[reduced FSH|h:FSH,dec@mouse]]. Whether these doses scale to women is unknown.",
        ],
        notes=(
            "Review, English, abstract plus two body paragraphs citing [11]-[19]; facts of cited studies "
            "are facts of the document. Species per cited study: mice [15][18][19], rats [16][17]; the "
            "clinical paragraph has none. Marchetti [11]: 'laparoscopic intraovarian injection' is one route mark with its guidance; "
            "'resumed menses in two' is an outcome count. Qadri [12]: dose per ovary, 36 patients, AMH increase at 6 months (follow-up; 'in a third of "
            "them' is a subgroup, not a sample size). [13]: 'infused cells into the ovarian arteries under "
            "angiographic control' -> ovarian_artery_infusion with interventional radiology; dose per kg "
            "(per null for /kg units). [14]: three infusions (sessions), 'did not lower FSH' is a denied "
            "decrease (negated); "
            "'Intravenous infusion has been tried only once in women [14]' names the route of [14] (marked) "
            "but 'only once' counts studies, not administrations (no sessions). 'a single administration' of 'most trials' is a "
            "sessions fact of the cited trials (doubtful). [15]: 1 × 10^6 (no unit word, cells implied) "
            "and 'once a week for three weeks' (frequency, no total stated: no sessions); 'restored "
            "oestrous cycles' is no hormone. [16]: 100 µg protein, two injections into the ovarian bursa "
            "(intrabursal = intraovarian injection; doubtful), 'within four weeks' is a window (no follow-up). "
            "[17]: 2 × 10^10 particles has no contract unit -- not marked (doubtful); intraperitoneal EVs. "
            "[18]: retro-orbital injection = intravenous (venous sinus). [19]: 'repeated intravenous doses' "
            "-> sessions null + route; 'both reduced FSH' is one change shared by [18] and [19]: one mark "
            "(doubtful: one fact per study might be expected). 'Doses thus span two orders of magnitude' "
            "is no dose."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=5,
    ),
    # ------------------------------------------------------------------ 37
    RealText(
        id="zh_blind37_ucmsc_hrt_rct_methods",
        lang="zh",
        kind="clinical",
        title=(
            "[[经阴道超声引导卵巢内注射|r:io,tvus]][[脐带间充质干细胞|c:uc]]联合激素替代治疗卵巢储备功能减退的"
            "随机对照研究"
        ),
        authors="樊静怡, 柯永年, 黎晓棠, 宋秉文",
        journal="实用妇产科杂志（litx blind set）",
        year=2024,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "1 资料与方法 1.1 研究对象 选取2021年1月至2023年3月在本院生殖中心就诊的卵巢储备功能减退（DOR）患者"
            "[[80例|n:80]]。纳入标准：年龄＜40岁；AMH＜1.1 ng/mL或双侧AFC＜5个；基础FSH 10～25 IU/L。"
            "采用随机数字表法分为观察组和对照组，各[[40例|n:40]]。"
            "1.2 治疗方法 两组均行激素替代治疗：口服戊酸雌二醇[[2 mg|d:2,mg,-]]/d，连用21 d，后10 d加用地屈孕酮"
            "[[10 mg|d:10,mg,-]]，每日2次，共3个周期。观察组在此基础上于撤退性出血第3～5天行"
            "[[经阴道超声引导下卵巢内注射|r:io,tvus#观察组]][[脐带间充质干细胞|c:uc#观察组]]"
            "（[[UC-MSCs|c:uc#观察组]]）：以生理盐水将细胞稀释至1×10^{7}个/mL，17 G取卵针穿刺，"
            "每侧卵巢注射[[1 mL|d:1,mL,ovary#观察组]]（即[[1×10^{7}个|d:1e7,cells,ovary#观察组]]细胞），"
            "于第0周和第4周各注射1次，共[[2次|s:2#观察组]]。对照组仅接受激素替代治疗。"
            "两组均于末次治疗后[[随访6个月|f:6,month]]，并于治疗后[[1、3、6个月|f:6,month]]复查性激素及AFC。"
        ),
        body=[
            "2 结果 2.1 一般资料 观察组脱落2例，对照组脱落3例。两组年龄、体重指数、基础FSH及AMH比较差异无统计学"
            "意义（P＞0.05）。2.2 激素水平 治疗后6个月，观察组[[FSH较治疗前明显下降|h:FSH,dec#观察组]]，"
            "[[AMH|h:AMH,inc#观察组]]、[[AFC明显升高|h:AFC,inc#观察组]]（P均＜0.05）；对照组"
            "[[FSH略有下降|h:FSH,dec#对照组]]，但[[AMH|h:AMH,nc#对照组]]和[[AFC无明显变化|h:AFC,nc#对照组]]。"
            "两组[[E2均升高|h:E2,inc]]。观察组[[FSH下降|h:FSH,dec]]幅度大于对照组（P＝0.01）。见表1。"
            "2.3 妊娠及安全性 随访期间观察组自然妊娠3例，对照组1例；观察组2例注射后出现一过性下腹痛，"
            "均自行缓解。",
            ("table", "表1 两组治疗前后血清激素及AFC比较（x±s）",
             [["组别", "时间", "FSH（IU/L）", "AMH（ng/mL）", "AFC（个）"],
              ["观察组", "治疗前", "16.8±4.2", "0.58±0.21", "3.4±1.1"],
              ["", "治疗后6个月", "11.2±3.9", "0.81±0.26", "5.1±1.4"],
              ["对照组", "治疗前", "17.1±4.5", "0.61±0.19", "3.6±1.0"],
              ["", "治疗后6个月", "15.3±4.8", "0.60±0.22", "3.7±1.2"]],
             [0.18, 0.2, 0.2, 0.21, 0.21]),
        ],
        notes=(
            "Two-arm RCT, Chinese METHODS + RESULTS shape with a table (methods in the abstract field). "
            "Arms: 观察组/对照组; 各40例 is a count for every arm (no arm); the HRT drugs are given to both "
            "groups (两组均: doses, no arm); the cells, volume, dose, route and sessions follow 观察组在此基础上 "
            "(arm 观察组). Per ovary from 每侧卵巢: 1 mL and 1×10^7个 (即 restates the cells of that volume in "
            "another unit: two dose facts). Oral drugs: 口服 is no route id; 2 mg/d and 10 mg (每日2次) are "
            "protocol drug doses per administration (unit mg, per null; doubtful: '/d' is a daily dose). "
            "Follow-up: 随访6个月 and the list of time points 1、3、6个月 (one fact, the last). Traps: entry "
            "thresholds AMH＜1.1 ng/mL, AFC＜5个, FSH 10～25 IU/L, 年龄＜40岁; 1×10^7个/mL concentration; 17 G "
            "needle; 撤退性出血第3～5天 and 连用21 d / 后10 d / 共3个周期 (durations and courses, not sessions "
            "of the therapy; 每日2次 a frequency); 第0周和第4周各注射1次 is the schedule (the count is 共2次; "
            "'各…1次' not marked as a count of 1); 脱落2例/3例 dropouts and 妊娠3例/1例, 2例 腹痛 are not "
            "sample sizes; baseline comparison is no fact; '两组E2均升高' (both groups, no arm); 'FSH下降幅度大于"
            "对照组' is a comparison of sizes (fact, no arm). Table: a row whose first cell is a group's name "
            "holds only values (no change words): no facts; the caption names no fact."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=5,
    ),
    # ------------------------------------------------------------------ 38
    RealText(
        id="en_blind38_ucmsc_dose_escalation_laparoscopic",
        lang="en",
        kind="clinical",
        title=(
            "Escalating doses of [[umbilical cord-derived mesenchymal stromal cells|c:uc]] injected "
            "[[laparoscopically into the ovaries|r:io,lap]] of women with premature ovarian insufficiency: "
            "a phase I trial"
        ),
        authors="Villanueva-Ortiz J, Kessler A, Tanaka-Rhee S, Obuya P",
        journal="Fertility Research and Practice Letters (litx blind set)",
        year=2023,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "Objective: To establish the safety of three dose levels of allogeneic umbilical cord "
            "mesenchymal stromal cells ([[UC-MSCs|c:uc]]) for premature ovarian insufficiency (POI). "
            "Design: Open-label, 3 + 3 dose-escalation study. "
            "Patients and interventions: [[Nine women|n:9]] aged 25-39 years with POI (FSH > 40 IU/L on two "
            "occasions at least 4 weeks apart) received [[UC-MSCs|c:uc]] as a [[single|s:1]] "
            "[[laparoscopic intraovarian injection|r:io,lap]] of [[5 × 10^{6}|d:5e6,cells,ovary#5 × 10^6]], "
            "[[1 × 10^{7}|d:1e7,cells,ovary#1 × 10^7]] or [[2 × 10^{7} cells per ovary|d:2e7,cells,ovary#2 × 10^7]] "
            "([[three women each|n:3]]); each ovary received the cells in [[0.4-0.8 mL|d:0.4,mL,ovary,0.4,0.8]] of saline at four to six "
            "cortical sites. The cohort was not expanded because no dose-limiting toxicity occurred. "
            "Participants were [[followed for 12 months|f:12,month]]. "
            "Main outcome measures: Adverse events; FSH, E2, AMH, AFC and ovarian volume. "
            "Results: All doses up to [[2 × 10^{7} cells|d:2e7,cells,ovary]] per ovary were well tolerated; one woman "
            "had transient fever. Mean [[FSH fell|h:FSH,dec]] from 68.2 ± 15.1 to 44.7 ± 19.8 IU/L at "
            "[[6 months|f:6,month]] (P = 0.02), and [[E2 increased|h:E2,inc]] in four women. [[AFC|h:AFC,nc]] and "
            "[[ovarian volume did not change|h:ovarian_volume,nc]], and AMH remained below the detection limit "
            "in all but one participant. At the highest dose, [[FSH declined|h:FSH,dec#2 × 10^7]] in all three women. "
            "One woman treated at the highest dose conceived spontaneously 9 months after the injection. "
            "Conclusions: A [[single|s:1]] [[laparoscopic injection|r:io,lap]] of up to [[2 × 10^{7}|d:2e7,cells,ovary]] [[UC-MSCs|c:uc]] per ovary appears safe; "
            "a randomised phase II trial at the highest dose is justified."
        ),
        notes=(
            "Dose-escalation trial abstract. Arms told apart only by their values (5 × 10^6, 1 × 10^7, "
            "2 × 10^7 cells per ovary, 'three women each'): each dose is its arm, labelled by the value up "
            "to its unit; 'three women each' is a count for every arm (no arm). 'At the highest dose' "
            "names the 2 × 10^7 arm (label kept). Traps: FSH > 40 IU/L on two occasions at least 4 weeks "
            "apart (threshold, measurements, interval); aged 25-39; 0.4-0.8 mL is a range of injected volumes said per ovary ('each "
            "ovary received'): a dose range, no arm; 'four to six cortical sites' are injection sites, not "
            "sessions; 'The cohort was not expanded' denies nothing of the regimen; 'All doses up to 2 × 10^7 "
            "cells per ovary' restates the top dose of all arms (marked, per ovary, no arm); 'in four women' is a "
            "subgroup formed afterwards (no sample size); 'AMH remained below the detection limit' (no "
            "direction, not marked); '9 months after the injection' is time to an event (no follow-up); in "
            "the conclusion 'laparoscopic injection ... per ovary' is read as intraovarian injection with "
            "laparoscopic guidance (doubtful: 'intraovarian' is implied by 'per ovary' only)."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=5,
    ),
    # ------------------------------------------------------------------ 39
    RealText(
        id="zh_blind39_mensc_busulfan_mouse_intraovarian",
        lang="zh",
        kind="animal",
        title="[[卵巢内移植|r:io]][[经血干细胞|c:men]]对白消安/环磷酰胺诱导小鼠卵巢早衰的修复作用",
        authors="柏若岚, 谭志宏, 骆一鸣",
        journal="生殖医学杂志（litx blind set）",
        year=2020,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "1 材料与方法 1.1 模型建立 6周龄雌性ICR小鼠48只，体质量18～22 g，适应性饲养1周。除对照组外，"
            "小鼠[[一次性|s:1]][[腹腔注射|r:ip]]白消安[[20 mg/kg|d:20,mg/kg,-]]和环磷酰胺[[120 mg/kg|d:120,mg/kg,-]]，"
            "对照组注射等体积DMSO溶剂。造模后连续14 d行阴道涂片观察动情周期。"
            "1.2 细胞制备 采集3名健康志愿者月经第2天经血各5 mL，分离[[经血干细胞|c:men]]"
            "（[[MenSCs|c:men]]），传代培养，取第4代细胞，流式细胞术检测CD29、CD73、CD90阳性，"
            "CD34、CD45阴性；体外增殖实验按每孔5×10^{4}个细胞接种于24孔板。"
            "1.3 分组与移植 造模后第7天，将小鼠随机分为对照组、模型组和MenSCs组，每组16只。以1%戊巴比妥钠麻醉后"
            "经背部切口暴露双侧卵巢，MenSCs组于显微镜下用微量注射器向每侧[[卵巢内注射|r:io#MenSCs组]]"
            "[[MenSCs|c:men#MenSCs组]][[1×10^{5}个|d:1e5,cells,ovary#MenSCs组]]（溶于[[10 μL|d:0.01,mL,ovary#MenSCs组]] PBS），"
            "仅移植[[1次|s:1#MenSCs组]]；模型组同法注射等体积PBS。各组分别于移植后[[2周|f:2,week]]和[[4周|f:4,week]]"
            "各处死8只，取血及双侧卵巢。"
        ),
        body=[
            "2 结果 2.1 模型鉴定 造模后模型组小鼠动情周期紊乱，血清FSH较对照组显著升高，AMH显著降低"
            "（P＜0.01），表明模型建立成功。"
            "2.2 血清激素 移植后[[4周|f:4,week]]，与模型组比较，MenSCs组血清[[FSH显著降低|h:FSH,dec#MenSCs组]]，"
            "[[AMH|h:AMH,inc#MenSCs组]]和[[E2水平升高|h:E2,inc#MenSCs组]]（P＜0.05）；移植后[[2周|f:2,week#MenSCs组]]时"
            "该组[[INHB已有升高趋势|h:INHB,inc#MenSCs组]]（P＝0.07）。模型组AMH则随时间进一步下降。"
            "2.3 卵泡计数 MenSCs组[[窦卵泡数较模型组增加|h:AFC,inc#MenSCs组]]，闭锁卵泡减少。",
            "2.4 细胞示踪 PKH26标记的[[MenSCs|c:men]]于移植后[[4周|f:4,week]]仍可见于卵巢间质，未见于肝、肺组织。",
        ],
        species="mouse",
        notes=(
            "Mouse busulfan + cyclophosphamide model, Chinese METHODS + RESULTS shape (methods in the "
            "abstract field). Species mouse throughout (the cell preparation belongs to the experiment). "
            "Model: 一次性腹腔注射 gives sessions 1, route intraperitoneal and two model-drug doses (mouse). "
            "Arms: 对照组、模型组和MenSCs组，每组16只 counts animals (no sample size, no arm); the cells, "
            "dose, volume, route and 仅移植1次 follow 'MenSCs组于…' (arm MenSCs组); 模型组同法注射等体积PBS "
            "names neither route nor dose; 各组 (every group) follow-up 2周/4周: two facts, no arm. "
            "Per ovary from 每侧卵巢; the injected volume 10 μL is recorded as 0.01 mL (doubtful: the "
            "contract has no µL unit). Results: 移植后4周 in its own clause before the group (no arm); "
            "移植后2周时该组 carries MenSCs组 (该组); INHB已有升高趋势 (P＝0.07) is a hedged increase; "
            "窦卵泡数 (histological antral follicles) read as AFC (doubtful). Paragraph 2.4 starts with no "
            "group: the tracked MenSCs and 移植后4周 carry no arm. Traps: 48只/每组16只/各处死8只 animals; "
            "18～22 g weights; 适应性饲养1周, 连续14 d阴道涂片 (durations, not follow-up or sessions); 经血各5 mL "
            "(harvest); 月经第2天; 第4代 passage; CD markers; 每孔5×10^4个 in vitro; 1%戊巴比妥钠 anaesthesia "
            "(concentration; not a route); 造模后第7天 is counted from the model; DMSO/PBS vehicles 等体积 "
            "(no value); model-versus-control FSH/AMH (模型建立成功) and the further AMH decline in the "
            "untreated model group are no facts; 闭锁卵泡减少 is no hormone."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=5,
    ),
    # ------------------------------------------------------------------ 40
    RealText(
        id="en_blind40_adsc_case_report_live_birth",
        lang="en",
        kind="case",
        title=(
            "Live birth after [[two|s:2]] [[laparoscopic intraovarian injections|r:io,lap]] of autologous "
            "[[adipose-derived stromal cells|c:ad]] in premature ovarian insufficiency: a case report"
        ),
        authors="Lindqvist EM, Abara NO, Castellanos RP",
        journal="Case Reports in Reproductive Medicine (litx blind set)",
        year=2022,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "Introduction: Few treatments restore ovarian function once premature ovarian insufficiency "
            "(POI) is established. "
            "Case presentation: A 36-year-old nulligravida presented with three years of secondary "
            "amenorrhoea; FSH was 92 IU/L and AMH < 0.01 ng/mL on repeated testing, and a 6-month course "
            "of hormone replacement had not restored menses. About 120 mL of abdominal fat was harvested "
            "by liposuction and [[adipose-derived stromal cells|c:ad]] ([[ADSCs|c:ad]]) were expanded to "
            "passage 2. Under general anaesthesia, [[1.5 × 10^{7} ADSCs|d:1.5e7,cells,ovary]] in "
            "[[1.2 mL|d:1.2,mL,ovary]] of saline were [[injected into the cortex of each ovary during laparoscopy|r:io,lap]]; "
            "a second injection with the same dose followed 12 weeks later. "
            "[[Eight weeks|f:8,week]] after the second procedure [[FSH had fallen|h:FSH,dec]] to 18.6 IU/L and "
            "[[E2 had risen|h:E2,inc]] to 142 pg/mL, while [[AMH remained undetectable|h:AMH,nc]]. Spontaneous "
            "menses returned 5 months after the first injection, and she conceived naturally in the "
            "following cycle; a healthy boy was delivered at 38 weeks. No ectopic tissue or tumour was seen "
            "on pelvic MRI at the [[24-month follow-up|f:24,month]]. "
            "Conclusion: [[Repeated|s:-]] autologous [[ADSC|c:ad]] [[injection into the ovary|r:io]] may restore ovarian "
            "endocrine function in selected women with POI, even without measurable AMH."
        ),
        notes=(
            "Single case report, English abstract: no arms; no sample_size marked ('A 36-year-old "
            "nulligravida' is one patient described, not a count; doubtful). Sessions: 'two' in the title; "
            "'a second injection' and 'after the second procedure' are ordinals of counted sessions (no "
            "fact); in the conclusion 'Repeated' is marked as sessions with a null count (the guide's "
            "'repeated injections'), although the count two is stated elsewhere (doubtful), and 'injection "
            "into the ovary' is a route of its own after the cell name. Doses per ovary ('each ovary'): "
            "1.5 × 10^7 ADSCs and the 1.2 mL volume. 'Eight weeks after the second procedure' is the time of "
            "measurement (follow-up); the '24-month follow-up' is another follow-up mention. Traps: age 36; "
            "three years of amenorrhoea; FSH 92 IU/L and AMH < 0.01 ng/mL baseline 'on repeated testing' "
            "(measurements, no sessions); 'a 6-month course of hormone replacement' (course duration, not "
            "follow-up; 'had not restored menses' denies no fact); 120 mL fat harvested (harvest volume); "
            "passage 2; 'Under general anaesthesia' (no route); '12 weeks later' interval; '5 months after "
            "the first injection' time to an event (no follow-up); 38 weeks gestation; 'AMH remained "
            "undetectable' read as no change (doubtful); 'even without measurable AMH' no fact."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=5,
    ),
    # ------------------------------------------------------------------ 41
    RealText(
        id="zh_blind41_ucmsc_sessions_retrospective",
        lang="zh",
        kind="clinical",
        title="不同移植次数[[脐带间充质干细胞|c:uc]][[卵巢内移植|r:io]]治疗卵巢储备功能减退的回顾性分析",
        authors="蒋慧敏, 岑子墨, 柴永峰, 郝晴",
        journal="生殖与避孕（litx blind set）",
        year=2024,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "目的 比较[[脐带间充质干细胞|c:uc]]（[[UC-MSCs|c:uc]]）[[单次|s:1]]与[[多次|s:-]][[卵巢内移植|r:io]]"
            "对卵巢储备功能减退（DOR）患者的疗效。"
            "方法 回顾性分析2018年1月至2022年12月在我院接受[[UC-MSCs|c:uc]]治疗的DOR患者[[52例|n:52]]的临床资料，"
            "根据移植次数分为[[1次|s:1#1次组]]组（[[20例|n:20#1次组]]）和[[2次|s:2#2次组]]组（[[32例|n:32#2次组]]）。"
            "所有患者均于月经干净后3～7 d在静脉麻醉下行[[经阴道超声引导下双侧卵巢内注射|r:io,tvus]]，"
            "每侧注射细胞悬液[[1 mL|d:1,mL,ovary]]（含[[5×10^{6}个|d:5e6,cells,ovary]]细胞）；2次组[[两次|s:2#2次组]]移植间隔"
            "3个月。比较两组移植前及末次移植后[[6个月|f:6,month]]的FSH、AMH、AFC，末次移植后[[随访一年半|f:1.5,year]]。"
            "结果 末次移植后[[6个月|f:6,month]]，两组[[FSH均较移植前下降|h:FSH,dec]]（P＜0.05）；2次组[[AMH升高|h:AMH,inc#2次组]]"
            "〔(0.41±0.17) ng/mL比(0.66±0.24) ng/mL，P＝0.008〕，1次组[[AMH变化无统计学意义|h:AMH,nc#1次组]]"
            "（P＝0.36）；2次组[[AFC增加|h:AFC,inc]]幅度大于1次组（P＝0.03）。随访期间2次组临床妊娠6例，"
            "1次组2例，均无严重不良反应。"
            "结论 对DOR患者，[[2次|s:2]][[UC-MSCs|c:uc]][[卵巢内移植|r:io]]在提高AMH方面可能优于[[单次|s:1]]移植，"
            "最佳移植次数与间隔仍需前瞻性研究确定。"
        ),
        notes=(
            "Retrospective two-group clinical abstract. Groups named by their session counts with the "
            "head word 组 (1次组, 2次组); their counts (20例, 32例) and the session values in the group "
            "names are the groups' facts (labels 1次组/2次组). Doubtful: the groups are formed afterwards "
            "from the records (the guide excludes 'subgroups formed afterwards' but lists '1次(11例)、2次(20例)' "
            "as arms; I followed the latter). All patients: route with guidance, doses per ovary (每侧), "
            "follow-up (no arm). Sessions: 单次/多次 in the aim (1 and null); 2次 in the conclusion (no "
            "arm: a conclusion); 单次移植 at the very end is marked too (per mention, s:1)."
            " Follow-up: 末次移植"
            "后6个月 (methods) and 随访一年半 (1.5 years); the results' '末次移植后6个月' repeats the time point "
            "(marked, per mention, no arm: its clause names no group). Traps: 2018—2022 record period; 月经干净后3～7 d; "
            "静脉麻醉 (anaesthesia, not intravenous); 2次组两次移植间隔3个月: 两次 restates the group's count (sessions, arm 2次组), 间隔3个月 an interval; baseline AMH value in brackets; "
            "'两组FSH均…下降' both groups (no arm); 'AFC增加幅度大于1次组' comparison of sizes (fact, no arm); "
            "临床妊娠6例/2例 outcome counts."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=5,
    ),
    # ------------------------------------------------------------------ 42
    RealText(
        id="en_blind42_pmsc_ev_vcd_mouse_routes_methods",
        lang="en",
        kind="animal",
        title=(
            "[[Retro-orbital|r:iv]] versus [[intraovarian delivery|r:io]] of [[placental mesenchymal stem cell|c:pl]]-derived "
            "[[small extracellular vesicles|c:ev]] in VCD-induced ovarian failure in mice"
        ),
        authors="Ekström H, Barzani D, Oyelaran K, Whitcombe J",
        journal="Journal of Extracellular Vesicles in Reproduction (litx blind set)",
        year=2025,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "Methods. Ovarian failure model. Female C57BL/6J mice (28 days old) were given "
            "4-vinylcyclohexene diepoxide (VCD, [[160 mg/kg|d:160,mg/kg,-]]) by [[intraperitoneal injection|r:ip]] "
            "daily for 15 consecutive days; vehicle controls received sesame oil. "
            "EV isolation. Human [[placental MSCs|c:pl]] ([[hPMSCs|c:pl]]) at passages 4-6 were cultured in "
            "EV-depleted medium for 48 h, and [[sEVs|c:ev]] were isolated from the conditioned medium by "
            "differential ultracentrifugation (100,000 g, 70 min, twice). Particle number was measured by "
            "nanoparticle tracking and protein by BCA; 10 µg of protein corresponded to about 1.2 × 10^{9} "
            "particles. "
            "Treatment. Thirty days after the last VCD dose, mice (n = 10 per group) were assigned to "
            "vehicle, VCD, RO-EV and IO-EV groups. The RO-EV group received [[100 µg|d:100,ug,injection#RO-EV group]] of "
            "[[hPMSC|c:pl#RO-EV group]]-[[sEVs|c:ev#RO-EV group]] per injection in [[100 µL|d:0.1,mL,-#RO-EV group]] PBS by "
            "[[retro-orbital injection into the venous sinus|r:iv#RO-EV group]], [[three times|s:3#RO-EV group]] at 3-day "
            "intervals. In the IO-EV group, [[10 µg|d:10,ug,ovary#IO-EV group]] in [[5 µL|d:0.005,mL,ovary#IO-EV group]] was "
            "[[microinjected into each ovary|r:io#IO-EV group]] through a dorsal incision, [[once|s:1#IO-EV group]]. VCD mice "
            "received PBS alone. Blood was taken [[1, 2 and 4 weeks|f:4,week]] after the last EV "
            "injection. In parallel, KGN cells were exposed to 50 µg/mL sEVs for 24 h, in three independent "
            "experiments."
        ),
        body=[
            "Results. Both EV groups had [[lower FSH|h:FSH,dec]] and [[higher AMH|h:AMH,inc]] than VCD mice at "
            "week 4 (P < 0.05). E2, however, differed by route: in the IO-EV group [[E2 rose|h:E2,inc#IO-EV group]] from "
            "the second week onward, whereas in the RO-EV group [[E2 did not increase|!h:E2,inc#RO-EV group]] (P = 0.18). "
            "Primordial and [[antral follicle counts were higher|h:AFC,inc]] after either treatment. DiR-labelled "
            "[[sEVs|c:ev]] given [[intravenously|r:iv]] accumulated mainly in the liver and spleen, and only about 3% "
            "of the signal reached the ovaries [[24 h|f:1,day]] after injection.",
        ],
        species="mouse",
        notes=(
            "Mouse VCD model, English METHODS + RESULTS shape (methods in the abstract field). The title "
            "names two routes (Retro-orbital -> intravenous, intraovarian delivery). Species "
            "mouse throughout (the hPMSC culture belongs to the experiment). Arms: 'vehicle, VCD, RO-EV and "
            "IO-EV groups' with 'n = 10 per group' (animals; a list under one head word: no arm); then 'The "
            "RO-EV group received…' and 'In the IO-EV group…' label their own regimen (cells, dose, volume, "
            "route, sessions). Doses: 100 µg per injection (per 'injection' as printed); 10 µg into each "
            "ovary (per ovary); the volumes 100 µL and 5 µL recorded as 0.1 mL and 0.005 mL (doubtful: no µL "
            "unit in the contract). Sessions: 'three times' and 'once' (arms). Follow-up: '1, 2 and 4 weeks "
            "after the last EV injection' is a list of time points (one fact, the last, no arm); '24 h after "
            "injection' in the biodistribution sentence is recorded as 1 day (doubtful: the contract has no "
            "hour unit). Results: 'Both EV groups' (no arm); E2 rose in the IO-EV group, 'did not increase' in "
            "the RO-EV group (a denied increase, negated); 'after either treatment' speaks of every treated "
            "group and ends the RO-EV label, so the DiR sentence (route intravenously, sEVs) has no arm. "
            "'antral follicle counts were higher' read as AFC increase (histology; doubtful). Traps: VCD 160 "
            "mg/kg i.p. daily for 15 consecutive days (model dose and route; the duration gives no sessions); "
            "28 days old; sesame oil vehicle; passages 4-6; 48 h culture; 100,000 g, 70 min, 'twice' "
            "(ultracentrifugation repeated: a lab step, not sessions); 10 µg ≈ 1.2 × 10^9 particles (a "
            "conversion, no dose; particles have no contract unit); 'Thirty days after the last VCD dose' is "
            "counted from the model (no follow-up); '3-day intervals' interval; 'through a dorsal incision' "
            "(surgical access, no guidance id); 'VCD mice received PBS alone' (no dose, no route); KGN cells "
            "50 µg/mL for 24 h in vitro, 'three independent experiments' lab repetitions; 'from the second "
            "week onward' time point of an onset (not marked); 'about 3% of the signal' percentage."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=5,
    ),
]
