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
            "Intraovarian autologous [[bone marrow mesenchymal stem cells|c:bm]] versus platelet-rich plasma "
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
            "AMH in the BM-MSC arm had [[risen|h:AMH,inc#BM-MSC arm]] from 0.62 ± 0.21 to 0.89 ± 0.30 ng/mL (P = 0.003) and "
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
]
