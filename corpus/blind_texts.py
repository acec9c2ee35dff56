"""Invented papers written for litx by an annotator who had not seen its rules.

Six short study reports (three Chinese, three English) on stem-cell and
exosome therapy for premature ovarian insufficiency and its rodent models,
written from the annotation guide (corpus/ANNOTATION.md), the contract and the
fact-mark syntax of corpus/make_papers.py only: the writer never read
rules/, the extractor or any other text of the corpus.  They are the
development part of the invented papers (studied and tuned on), unlike
corpus/heldout_texts.py, which stays unseen.  All names, numbers and
sentences are invented.

Marks are those of corpus/make_papers.py (``[[words|spec]]``); an arm label
comes last, after the species (``[[2次|s:2@rat#高剂量]]``).  Conventions
shared by the six texts (each entry's ``notes`` adds its own traps):

* an arm label goes on every fact that belongs to exactly one arm (dose,
  route, sessions, sample size, hormone change, follow-up and the cell type
  when only that arm receives it); facts shared by all arms carry none;
* the time after treatment at which outcomes are assessed (``移植后3个月``,
  ``At 6 months``) is a follow_up fact in patients as in animals; column
  heads of tables that only name a time point are not marked;
* hormone changes of an untreated or comparator control arm are not facts;
* ``MSC-derived exosomes`` written as one word (``hUCMSC-Exos``) is marked as
  two mentions on its two parts.
"""

from __future__ import annotations

try:
    from real_texts import RealText
except ImportError:  # imported as corpus.blind_texts
    from corpus.real_texts import RealText

_LICENCE = "CC BY 4.0 (written for litx)"
_JOURNAL = "litx blind set"

BLIND: list[RealText] = [
    # ------------------------------------------------------------------
    RealText(
        id="zh_blind01_trial_ucmsc",
        lang="zh",
        kind="clinical",
        title="[[经阴道超声引导下卵巢内注射|r:io,tvus]][[人脐带间充质干细胞|c:uc]]治疗早发性卵巢功能不全的单臂临床研究",
        authors="陈思远, 梁雅琴, 韦志刚",
        journal=_JOURNAL,
        year=2024,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "目的 探讨[[人脐带间充质干细胞|c:uc]]（[[hUC-MSCs|c:uc]]）[[卵巢内移植|r:io]]治疗早发性卵巢功能不全"
            "（POI）的安全性及初步疗效。方法 前瞻性招募2021年3月至2023年6月就诊于本院生殖医学中心的POI患者"
            "（诊断标准：40岁前出现月经稀发或停经≥4个月，且间隔4周以上两次检测FSH>25 IU/L），共纳入[[24例|n:24]]，"
            "年龄（33.6±4.1）岁，病程（2.7±1.5）年。[[经阴道超声引导下向双侧卵巢各注射|r:io,tvus]]"
            "[[hUC-MSCs|c:uc]] [[1×10^7个|d:1e7,cells,ovary]]，间隔4周重复1次，共移植[[2次|s:2]]。"
            "末次移植后[[随访6个月|f:6,month]]，观察血清FSH、LH、E2、抗苗勒管激素（AMH）及窦卵泡数（AFC）。"
            "结果 全部患者均完成[[2次|s:2]]移植，未发生严重不良事件。[[移植后3个月|f:3,month]]，"
            "[[FSH由（78.4±19.6）IU/L降至|h:FSH,dec]]（52.1±17.3）IU/L（P<0.01），[[E2明显升高|h:E2,inc]]（P<0.05）；"
            "[[AMH略有上升|h:AMH,inc]]，但差异无统计学意义（P=0.21）；[[LH未见明显变化|h:LH,nc]]。"
            "随访期间5例恢复自发月经，1例自然妊娠。结论 [[hUC-MSCs|c:uc]][[卵巢内注射|r:io]]安全可行，"
            "可能[[降低POI患者FSH水平|h:FSH,dec]]、改善卵巢内分泌功能。"
        ),
        body=[
            ("1.2 细胞制备与移植 [[hUC-MSCs|c:uc]]由本院GMP细胞制备中心提供：取健康足月剖宫产新生儿脐带，"
            "以组织块贴壁法分离培养，取第3~5代细胞用于移植；流式细胞术检测CD73、CD90、CD105阳性率均>95%。"
            "移植当日以生理盐水将细胞重悬至1×10^7个/mL。患者取膀胱截石位，"
            "静脉麻醉后，在经阴道超声引导下以17G取卵针将细胞悬液缓慢[[注入双侧卵巢皮质|r:io,tvus]]，"
            "每侧[[1 mL|d:1,mL,ovary]]（含[[1×10^7个|d:1e7,cells,ovary]]细胞），分3~4个点注射。"
            "首次移植后4周以相同方法行第2次移植。"),
            ("2.2 激素及卵巢储备指标变化 与移植前相比，[[移植后3个月|f:3,month]][[FSH显著下降|h:FSH,dec]]、"
            "[[E2显著升高|h:E2,inc]]（均P<0.05），[[AFC增加|h:AFC,inc]]（1.6±1.2 vs 0.9±0.8个，P=0.04）；"
            "至[[移植后6个月|f:6,month]]，[[FSH仍低于基线水平|h:FSH,dec]]（P<0.05），而[[AMH|h:AMH,nc]]、"
            "[[LH与基线相比差异均无统计学意义|h:LH,nc]]（表1）。亚组分析显示，基线AMH可测（≥0.01 ng/mL）的9例患者"
            "[[FSH下降|h:FSH,dec]]更明显。"),
            ("table", "表1 [[24例|n:24]]患者移植前后血清激素及AFC变化（x̄±s）",
             [["指标", "移植前", "移植后3个月", "移植后6个月", "P值"],
              ["FSH（IU/L）", "78.4±19.6", "52.1±17.3", "58.7±20.2", "<0.01"],
              ["LH（IU/L）", "41.2±12.5", "38.9±11.8", "40.3±13.1", "0.62"],
              ["E2（pg/mL）", "18.6±9.4", "39.5±21.7", "33.2±18.8", "<0.05"],
              ["AMH（ng/mL）", "0.08±0.05", "0.12±0.09", "0.11±0.08", "0.21"],
              ["AFC（个）", "0.9±0.8", "1.6±1.2", "1.4±1.1", "0.04"]],
             [0.24, 0.19, 0.19, 0.19, 0.19]),
        ],
        notes=(
            "Single-arm trial, no arms. Traps: diagnostic thresholds (FSH>25 IU/L, 停经≥4个月, 两次检测), "
            "age and disease duration, 间隔4周 (interval), 重复1次 (a repeat, not a count: the total 共移植2次 "
            "is stated) and 第2次移植 (ordinal of a counted session), 分3~4个点注射 (sites, one session), "
            "1×10^7个/mL (concentration), 第3~5代 (passages), 静脉麻醉 (anaesthesia, not a route), "
            "5例恢复月经/1例妊娠/9例亚组 (outcome counts and a subgroup formed afterwards, not samples), "
            "≥0.01 ng/mL (threshold). 双侧卵巢各注射 / 每侧 give per ovary. AMH略有上升 with P=0.21 is "
            "still a stated rise; 差异无统计学意义 is read as no_change. 经阴道超声引导 of the body "
            "sentence is the guidance of 注入双侧卵巢皮质 (same sentence). Table column heads "
            "(移植后3个月 ...) are not marked; the caption's 24例 is a mention."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=1,
    ),
    # ------------------------------------------------------------------
    RealText(
        id="en_blind02_rct_bmsc",
        lang="en",
        kind="clinical",
        title=("[[Bone marrow mesenchymal stem cells|c:bm#BMSC]] [[injected laparoscopically into the ovaries|r:io,lap#BMSC]] "
               "versus hormone replacement therapy for premature ovarian insufficiency: a randomised controlled trial"),
        authors="Hannah Verhoeven, Tomasz Krawiec, Aiko Morishita, Delphine Roux",
        journal=_JOURNAL,
        year=2023,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "Background: Premature ovarian insufficiency (POI) affects roughly 1% of women before the age of 40. "
            "We compared [[intraovarian|r:io#BMSC]] autologous [[BMSC|c:bm#BMSC]] transplantation with standard "
            "hormone replacement therapy (HRT). Methods: In this open-label trial, "
            "[[sixty women|n:60]] aged 24-39 years with POI (amenorrhoea for at least 4 months and FSH > 40 IU/L on "
            "two occasions) were randomised 1:1 to the [[BMSC|c:bm#BMSC]] arm ([[n = 30|n:30#BMSC]]) or the HRT arm "
            "([[n = 30|n:30#HRT]]). Bone marrow (60 mL) was aspirated from the posterior iliac crest, and after "
            "expansion to passage 2, [[5 × 10^6 cells|d:5e6,cells,ovary#BMSC]] in [[0.5 mL|d:0.5,mL,ovary#BMSC]] were "
            "[[injected into each ovary under laparoscopic guidance|r:io,lap#BMSC]]. Treatment consisted of "
            "[[a single injection|s:1#BMSC]]; no patient was [[treated intravenously|!r:iv]]. All women were "
            "[[followed for 12 months|f:12,month]]. Results: [[At 6 months|f:6,month]], serum "
            "[[FSH fell|h:FSH,dec#BMSC]] from 68.2 ± 15.1 to 44.7 ± 13.9 IU/L in the [[BMSC|c:bm#BMSC]] arm "
            "(P = 0.002) but did not decrease in the HRT arm (P = 0.41). [[AMH rose|h:AMH,inc#BMSC]] modestly after "
            "[[BMSC|c:bm#BMSC]] injection (0.11 ± 0.06 vs 0.19 ± 0.10 ng/mL; P = 0.03), and "
            "[[the antral follicle count improved|h:AFC,inc#BMSC]] in 11 of 30 women. "
            "[[Estradiol levels were unchanged|h:E2,nc#BMSC]] from baseline in the [[BMSC|c:bm#BMSC]] arm. Three "
            "spontaneous pregnancies occurred after [[BMSC|c:bm#BMSC]] treatment and none in the HRT arm. "
            "Conclusions: [[Intraovarian injection|r:io#BMSC]] of autologous [[BMSCs|c:bm#BMSC]], "
            "[[given once|s:1#BMSC]], may [[lower FSH|h:FSH,dec#BMSC]] and [[raise AMH|h:AMH,inc#BMSC]] in women "
            "with POI; a larger trial is needed."
        ),
        body=[
            ("Intervention. In the [[BMSC|c:bm#BMSC]] arm, 60 mL of bone marrow was aspirated under local "
            "anaesthesia 3 weeks before surgery. Cells were expanded for 14-18 days and used at "
            "passage 2 (>95% CD73+/CD90+/CD105+, <2% CD34+/CD45+). On the day of surgery, "
            "[[1 × 10^7 cells|d:1e7,cells,-#BMSC]] were resuspended in [[1 mL|d:1,mL,-#BMSC]] of saline, and "
            "[[0.5 mL|d:0.5,mL,ovary#BMSC]] ([[5 × 10^6 cells|d:5e6,cells,ovary#BMSC]]) was "
            "[[injected under laparoscopic vision into the cortex of each ovary|r:io,lap#BMSC]] at three sites with "
            "a 22-gauge needle. Women in the HRT arm took oral estradiol valerate [[2 mg|d:2,mg,-#HRT]] daily for "
            "21 days, with dydrogesterone [[10 mg|d:10,mg,-#HRT]] daily added for the last 10 days of each 28-day "
            "cycle. Serum FSH, LH, E2 and AMH were measured at baseline and at "
            "[[1, 3, 6 and 12 months after treatment|f:12,month]]; AFC was counted by transvaginal "
            "ultrasound."),
            ("Outcomes. Baseline age (33.1 ± 4.2 vs 32.6 ± 4.8 years) and amenorrhoea (26 ± 14 vs "
            "29 ± 17 months) were balanced. Two women in the HRT arm withdrew before the 6-month visit. No serious "
            "adverse events were recorded; one woman had transient pelvic pain after laparoscopy. Table 2 shows the "
            "hormonal outcomes [[at 6 months|f:6,month]]. [[The fall in FSH|h:FSH,dec#BMSC]] in the "
            "[[BMSC|c:bm#BMSC]] arm was already evident [[at 3 months|f:3,month]] and persisted "
            "[[at 12 months|f:12,month]] (52.0 ± 16.1 IU/L), although it was smaller than at 6 months. "
            "[[LH did not change|h:LH,nc]] in either arm."),
            ("table", "Table 2. Hormonal outcomes at baseline and [[6 months after treatment|f:6,month]] (mean ± SD)",
             [["Outcome", "Arm", "Baseline", "6 months", "P"],
              ["FSH (IU/L)", "[[BMSC|c:bm#BMSC]]", "68.2 ± 15.1", "44.7 ± 13.9", "0.002"],
              ["", "HRT", "66.9 ± 16.4", "63.5 ± 17.0", "0.41"],
              ["AMH (ng/mL)", "[[BMSC|c:bm#BMSC]]", "0.11 ± 0.06", "0.19 ± 0.10", "0.03"],
              ["", "HRT", "0.12 ± 0.07", "0.10 ± 0.06", "0.38"],
              ["E2 (pg/mL)", "[[BMSC|c:bm#BMSC]]", "21.4 ± 10.2", "24.9 ± 12.6", "0.27"],
              ["", "HRT", "20.8 ± 9.7", "88.5 ± 35.2", "<0.001"],
              ["AFC", "[[BMSC|c:bm#BMSC]]", "0.8 ± 0.9", "1.5 ± 1.3", "0.02"],
              ["", "HRT", "0.9 ± 1.0", "0.8 ± 0.9", "0.71"]],
             [0.26, 0.14, 0.22, 0.22, 0.16]),
        ],
        notes=(
            "Two-arm RCT; arms 'BMSC' and 'HRT'. Every fact of the cell arm carries #BMSC (cell type too: only "
            "that arm gets cells); the HRT arm has its sample size and its drug doses (estradiol valerate 2 mg, "
            "dydrogesterone 10 mg: doses of the protocol drugs, doubtful whether litx wants comparator drugs). "
            "Traps: FSH > 40 IU/L and 'on two occasions' (threshold, measurement), ages, amenorrhoea duration, "
            "bone marrow 60 mL (harvest), passage 2, 'three sites' (one session), 'daily for 21 days' and "
            "'28-day cycle' (dosing), 'did not decrease in the HRT arm' and the E2 rise in the HRT table row "
            "(changes of the comparator arm: not facts), '11 of 30 women', 'Two women ... withdrew', 'Three "
            "spontaneous pregnancies' (outcome counts), 'the 6-month visit' (a visit, not marked), "
            "'transvaginal ultrasound' used to count AFC (not a guidance), 'transient pelvic pain after "
            "laparoscopy' (no route). '0.5 mL (5 × 10^6 cells)' is two doses (volume and cells). "
            "'LH did not change in either arm' is one no_change fact without an arm."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=1,
    ),
    # ------------------------------------------------------------------
    RealText(
        id="zh_blind03_rat_cisplatin_exosomes",
        lang="zh",
        kind="animal",
        title="[[人脐带间充质干细胞|c:uc]]来源[[外泌体|c:ev]]对顺铂诱导大鼠卵巢早衰的修复作用",
        authors="黄可欣, 邓立伟, 鲁晓彤, 欧阳杰",
        journal=_JOURNAL,
        year=2022,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "目的 观察[[人脐带间充质干细胞|c:uc]]来源[[外泌体|c:ev]]（[[hUCMSC|c:uc]]-[[Exos|c:ev]]）对顺铂所致"
            "卵巢早衰（POF）大鼠卵巢功能的影响。方法 40只SPF级雌性SD大鼠（8周龄，体重180~220 g）随机分为"
            "正常对照组、模型组、低剂量[[外泌体|c:ev]]组和高剂量[[外泌体|c:ev]]组，每组10只。除对照组外，其余大鼠"
            "连续7 d[[腹腔注射|r:ip]]顺铂[[2 mg/kg|d:2,mg/kg,-]]建立POF模型。造模成功后，低、高剂量组分别"
            "[[经尾静脉注射|r:iv]][[外泌体|c:ev]][[50 μg|d:50,ug,-#低剂量]]和[[200 μg|d:200,ug,-#高剂量]]"
            "（溶于[[0.2 mL|d:0.2,mL,-]] PBS），每3天1次，共[[3次|s:3]]；对照组及模型组注射等体积PBS。"
            "末次注射后[[14 d|f:14,day]]和[[28 d|f:28,day]]各处死5只大鼠，ELISA法检测血清FSH、E2及AMH，"
            "HE染色计数各级卵泡。结果 与对照组相比，模型组FSH显著升高，E2及AMH显著降低（P<0.01），提示造模成功。"
            "与模型组相比，高剂量组[[FSH下降|h:FSH,dec#高剂量]]，[[E2|h:E2,inc#高剂量]]和[[AMH升高|h:AMH,inc#高剂量]]"
            "（P<0.05）；低剂量组仅[[E2升高|h:E2,inc#低剂量]]（P<0.05），[[FSH无明显变化|h:FSH,nc#低剂量]]。"
            "结论 [[hUCMSC|c:uc]]-[[Exos|c:ev]]可改善顺铂损伤大鼠的卵巢功能，并呈一定的剂量依赖性。"
        ),
        body=[
            ("1.3 外泌体的提取与鉴定 取第4代[[hUCMSCs|c:uc]]，以5×10^5个/孔接种于6孔板，细胞融合度达80%时"
            "换用无血清培养基继续培养48 h，收集上清，经差速离心及超速离心（100 000×g，70 min）提取"
            "[[外泌体|c:ev]]。透射电镜下可见典型杯状结构，纳米颗粒跟踪分析显示粒径主要分布于80~150 nm，"
            "Western blot检测CD63、TSG101阳性，Calnexin阴性。BCA法测得蛋白浓度为1.2 μg/μL。"
            "为观察体内分布，将DiR标记的[[外泌体|c:ev]][[经尾静脉注入|r:iv]]模型大鼠，24 h后活体成像显示"
            "荧光主要聚集于肝脏、脾脏和卵巢。"),
            ("2.3 卵巢组织学及血清激素 末次注射后[[28 d|f:28,day]]，模型组卵巢萎缩、闭锁卵泡增多；高剂量组"
            "卵巢湿重增加，生长卵泡数目增多、闭锁卵泡减少（P<0.05）。血清激素结果见表1：与模型组相比，高剂量组"
            "[[血清FSH水平降低|h:FSH,dec#高剂量]]，[[E2|h:E2,inc#高剂量]]、[[AMH水平升高|h:AMH,inc#高剂量]]；"
            "低剂量组[[E2水平有所升高|h:E2,inc#低剂量]]，但[[FSH|h:FSH,nc#低剂量]]、"
            "[[AMH与模型组比较差异无统计学意义|h:AMH,nc#低剂量]]。末次注射后[[14 d|f:14,day]]时，"
            "两个剂量组的激素水平与模型组比较均无统计学差异。"),
            ("table", "表1 末次注射后[[28 d|f:28,day]]各组大鼠血清激素水平（x̄±s，n=5）",
             [["组别", "FSH（mIU/mL）", "E2（pg/mL）", "AMH（ng/mL）"],
              ["对照组", "5.12±0.84", "38.6±5.2", "6.84±1.02"],
              ["模型组", "11.37±1.65", "17.9±3.8", "2.95±0.71"],
              ["低剂量组", "10.21±1.58", "26.4±4.6", "3.41±0.83"],
              ["高剂量组", "7.06±1.12", "31.8±5.1", "5.12±0.94"]],
             [0.28, 0.24, 0.24, 0.24]),
        ],
        species="rat",
        notes=(
            "Rat study (entry species rat: every fact, title included, is a rat fact). Arms '低剂量' and "
            "'高剂量' (the two exosome doses and the changes of each group); route, sessions, vehicle volume "
            "and follow-up are shared. hUCMSC-Exos is marked as two mentions (hUCMSC = umbilical_cord_msc, "
            "Exos = extracellular_vesicle). Cisplatin 2 mg/kg and 腹腔注射 are model-drug facts; 连续7 d "
            "is a dosing duration (no sessions); 每3天1次 a frequency (共3次 is the count). Traps: 40只/每组"
            "10只/各处死5只/n=5 (animals, not samples), 8周龄 and 180~220 g (age, weight), model-versus-"
            "control changes (提示造模成功: not facts), 5×10^5个/孔 (cells in vitro), 48 h, 100 000×g, "
            "80~150 nm, 1.2 μg/μL (culture, size, concentration), DiR tracing 24 h后 (an hour time point of a "
            "tracking image: not follow-up), 卵巢湿重/生长卵泡/闭锁卵泡 (not hormones), 14 d时 hormones "
            "without a named hormone (only the follow-up). 14 d and 28 d are two kill cohorts: two facts."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=1,
    ),
    # ------------------------------------------------------------------
    RealText(
        id="en_blind04_mouse_menscs_route",
        lang="en",
        kind="animal",
        title=("[[Menstrual blood-derived stem cells|c:men]] delivered [[intravenously|r:iv#tail vein]] or "
               "[[intraovarially|r:io#intraovarian]] in a cyclophosphamide/busulfan mouse model of premature "
               "ovarian insufficiency"),
        authors="Rafael Quintero, Mei-Ling Cho, Oluwaseun Adeyemi",
        journal=_JOURNAL,
        year=2025,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "Chemotherapy-induced premature ovarian insufficiency (POI) remains a major concern for young women "
            "who survive cancer. We asked whether the route of delivery changes the benefit of "
            "[[menstrual blood-derived stem cells|c:men]] ([[MenSCs|c:men]]). Female C57BL/6 mice aged 6-8 weeks "
            "were [[injected intraperitoneally|r:ip]] with cyclophosphamide ([[120 mg/kg|d:120,mg/kg,-]]) and "
            "busulfan ([[30 mg/kg|d:30,mg/kg,-]]); control mice received the vehicle alone. Seven days later, POI "
            "mice were given [[MenSCs|c:men]] either [[through the tail vein|r:iv#tail vein]] "
            "([[2 × 10^6 cells|d:2e6,cells,-#tail vein]]) or by [[direct injection into both ovaries|r:io#intraovarian]] "
            "([[5 × 10^5 cells per ovary|d:5e5,cells,ovary#intraovarian]]), [[once|s:1]]. Serum and ovaries were "
            "collected [[2 weeks|f:2,week]] and [[4 weeks|f:4,week]] after transplantation (n = 8 mice per group at "
            "each time point). Compared with vehicle-treated POI mice, both [[MenSC|c:men]] groups showed "
            "[[lower serum FSH|h:FSH,dec]] and [[higher AMH|h:AMH,inc]] [[at 4 weeks|f:4,week]], whereas "
            "[[E2 increased|h:E2,inc#intraovarian]] only in the [[intraovarian|r:io#intraovarian]] group. Primordial "
            "follicle numbers did not differ between the two routes. DiR-labelled [[MenSCs|c:men]] were retained in "
            "the ovary after [[intraovarian injection|r:io#intraovarian]] but were scarcely detected there after "
            "[[tail-vein infusion|r:iv#tail vein]]. [[Intraovarian delivery|r:io#intraovarian]] of "
            "[[MenSCs|c:men]] may therefore be at least as effective as [[intravenous infusion|r:iv#tail vein]], "
            "which could inform the design of trials in women with POI."
        ),
        body=[
            ("Cell preparation and transplantation. [[MenSCs|c:men]] were isolated from the menstrual blood of three "
            "healthy donors aged 25-32 years, expanded in DMEM/F12 containing 10% fetal bovine serum and used "
            "between passages 3 and 5; more than 95% of the cells expressed CD29, CD73 and CD90. Cells were "
            "resuspended in PBS at 1 × 10^7 cells/mL immediately before use. In the [[tail-vein|r:iv#tail vein]] "
            "group, each mouse received [[2 × 10^6|d:2e6,cells,-#tail vein]] [[MenSCs|c:men]] "
            "[[through the lateral tail vein|r:iv#tail vein]] over 1 min. In the [[intraovarian|r:io#intraovarian]] "
            "group, both ovaries were exposed through a dorsal incision under isoflurane anaesthesia, and "
            "[[5 × 10^5|d:5e5,cells,ovary#intraovarian]] [[MenSCs|c:men]] were "
            "[[injected into each ovary|r:io#intraovarian]] with a 33-gauge Hamilton syringe. Vehicle-treated POI "
            "mice received PBS only. Oestrous cycles were monitored by daily vaginal smears."),
            ("Endocrine and ovarian outcomes. [[Four weeks after transplantation|f:4,week]], "
            "[[serum FSH was reduced|h:FSH,dec]] in both [[MenSC|c:men]] groups relative to vehicle-treated POI "
            "mice ([[tail vein|r:iv#tail vein]], 28.4 ± 6.2; [[intraovarian|r:io#intraovarian]], 24.9 ± 5.8; "
            "vehicle, 46.3 ± 8.1 mIU/mL; both P < 0.01), and [[AMH was higher|h:AMH,inc]] (Table 1). "
            "[[E2 rose|h:E2,inc#intraovarian]] in the [[intraovarian|r:io#intraovarian]] group (P = 0.02), whereas "
            "in the [[tail-vein|r:iv#tail vein]] group it [[did not increase|!h:E2,inc#tail vein]] (P = 0.27). "
            "[[At 2 weeks|f:2,week]], none of the hormones differed from vehicle-treated mice. Ovarian weight and "
            "the number of growing follicles increased in both treated groups, and TUNEL-positive granulosa cells "
            "fell by roughly half."),
            ("table", "Table 1. Serum hormones [[4 weeks after transplantation|f:4,week]] (mean ± SD; n = 8 mice per group)",
             [["Group", "FSH (mIU/mL)", "E2 (pg/mL)", "AMH (ng/mL)"],
              ["Control", "12.6 ± 3.1", "41.8 ± 7.5", "7.92 ± 1.34"],
              ["POI + vehicle", "46.3 ± 8.1", "18.2 ± 4.9", "2.41 ± 0.66"],
              ["POI + [[MenSCs|c:men]] ([[tail vein|r:iv#tail vein]])", "28.4 ± 6.2", "22.7 ± 5.6", "4.86 ± 0.97"],
              ["POI + [[MenSCs|c:men]] ([[intraovarian|r:io#intraovarian]])", "24.9 ± 5.8", "30.5 ± 6.3", "5.33 ± 1.05"]],
             [0.37, 0.21, 0.21, 0.21]),
        ],
        species="mouse",
        notes=(
            "Mouse study (entry species mouse). Two arms by route: 'tail vein' and 'intraovarian'; group names "
            "('the intraovarian group', 'tail vein' in the parenthesised results and the table) are route "
            "mentions of their arm. The cell type, the model drugs, 'once' and the follow-up are shared. "
            "'did not increase' (E2, tail-vein arm) is a negated increase whose hormone is the subject of the "
            "earlier clause ('it'). 'Intraovarian delivery ... as effective as intravenous infusion' is the "
            "authors' reading of their mouse data (mouse). Traps: 6-8 weeks and 'aged 25-32 years' (ages), "
            "'three healthy donors' (donors, not patients), 'n = 8 mice' (animals), 'Seven days later' "
            "(interval before treatment), 1 × 10^7 cells/mL (concentration), passages 3 and 5, 'over 1 min', "
            "isoflurane anaesthesia, 'daily vaginal smears' (no follow-up length), primordial/growing follicles, "
            "ovarian weight and TUNEL (not hormones), 'At 2 weeks, none of the hormones differed' (no named "
            "hormone: only the follow-up), control versus POI + vehicle rows of the table (model validation)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=1,
    ),
    # ------------------------------------------------------------------
    RealText(
        id="zh_blind05_case_bmsc_artery",
        lang="zh",
        kind="case",
        title="[[经卵巢动脉介入移植|r:oa,ir]]自体[[骨髓间充质干细胞|c:bm]]治疗卵巢早衰[[2例|n:2]]报告",
        authors="孙敏华, 郭嘉宁, 杜春来",
        journal=_JOURNAL,
        year=2023,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "报告[[2例|n:2]]卵巢早衰（POF）患者接受自体[[骨髓间充质干细胞|c:bm]]（[[BMSCs|c:bm]]）"
            "[[卵巢动脉介入移植|r:oa,ir]]的治疗经过及随访结果。例1，31岁，继发闭经3年，FSH 96.5 IU/L；例2，36岁，"
            "闭经18个月，FSH 72.0 IU/L，AMH低于检测下限。患者均于局麻下抽取髂后上棘骨髓约80 mL，体外扩增至"
            "第3代后，在数字减影血管造影（DSA）引导下经股动脉[[插管至双侧卵巢动脉|r:oa,ir]]，每侧缓慢推注"
            "[[BMSCs|c:bm]] [[2.5×10^7个|d:2.5e7,cells,ovary]]（[[5 mL|d:5,mL,ovary]]）。例1共接受[[2次|s:2#例1]]"
            "移植，间隔3个月；例2仅接受[[1次|s:1#例2]]。术后分别[[随访18个月|f:18,month#例1]]和"
            "[[12个月|f:12,month#例2]]。例1第2次移植后[[FSH降至|h:FSH,dec#例1]]31.2 IU/L，"
            "[[E2升至|h:E2,inc#例1]]156 pg/mL，并于移植后第7个月恢复月经；例2 [[FSH|h:FSH,nc#例2]]、"
            "[[E2均未见明显变化|h:E2,nc#例2]]，[[AMH未升高|!h:AMH,inc#例2]]。[[两例|n:2]]均无严重并发症。"
            "[[BMSCs|c:bm]][[卵巢动脉移植|r:oa]]可能改善部分POF患者的卵巢功能，但疗效存在个体差异，尚需扩大样本验证。"
        ),
        body=[
            ("2 治疗方法 例1于2022年4月行首次移植。患者平卧，静脉麻醉下行右股动脉穿刺，置入5F导管鞘，在DSA透视下"
            "以微导管分别[[超选左、右卵巢动脉|r:oa,ir]]，确认无明显侧支后，每侧于10 min内缓慢灌注[[BMSCs|c:bm]]悬液"
            "[[5 mL|d:5,mL,ovary]]（含[[2.5×10^7个|d:2.5e7,cells,ovary]]细胞），术毕压迫止血。3个月后以相同方法行"
            "第2次移植。例2于2022年9月以同样方法移植，因个人原因未行第2次移植。术后均予抗感染治疗3 d，未使用"
            "激素替代治疗。"),
            ("3 随访结果 例1首次移植后3个月复查FSH 54.3 IU/L，E2 48 pg/mL；第2次移植后[[FSH进一步下降|h:FSH,dec#例1]]，"
            "[[AMH由<0.01 ng/mL升至|h:AMH,inc#例1]]0.06 ng/mL，经阴道超声示[[右侧卵巢体积增大|h:ovarian_volume,inc#例1]]，"
            "可见2枚窦卵泡。移植后第7个月月经来潮，此后月经周期35~50 d；末次随访时（[[术后18个月|f:18,month#例1]]）"
            "尚未妊娠。例2移植后每月复查性激素，[[随访12个月|f:12,month#例2]]内FSH波动于65~80 IU/L，"
            "[[未见下降|!h:FSH,dec#例2]]，仍闭经。两例激素变化见表1。"),
            ("table", "表1 两例患者移植前后血清激素水平",
             [["项目", "例1 移植前", "例1 末次移植后6个月", "例2 移植前", "例2 移植后6个月"],
              ["FSH（IU/L）", "96.5", "31.2", "72.0", "69.4"],
              ["LH（IU/L）", "48.7", "19.6", "39.2", "41.0"],
              ["E2（pg/mL）", "<20", "156", "26", "22"],
              ["AMH（ng/mL）", "<0.01", "0.06", "<0.01", "<0.01"]],
             [0.2, 0.2, 0.2, 0.2, 0.2]),
        ],
        notes=(
            "Case series of two women; each case is an arm ('例1', '例2') for what differs (sessions, follow-up, "
            "hormone changes); cells, dose, route are shared. 每侧 is read as per ovary (one ovarian artery per "
            "side). Route: 插管至/超选 ... 卵巢动脉 with DSA guidance in the same sentence (interventional "
            "radiology); 介入 in 卵巢动脉介入移植 gives the guidance; 卵巢动脉移植 alone has none. Traps: "
            "ages, 闭经3年 and 闭经18个月 (durations; 18个月 recurs as follow-up of 例1), baseline FSH and "
            "'AMH低于检测下限', 骨髓约80 mL (harvest), 第3代, 静脉麻醉 and 右股动脉穿刺 (anaesthesia, vascular "
            "access), 10 min, 间隔3个月/3个月后 (interval), 第2次移植 and 未行第2次移植 (ordinals of counted "
            "sessions, not facts), 移植后第7个月恢复月经 (time to an outcome), 抗感染治疗3 d, 首次移植后3个月复查 "
            "FSH 54.3 (a value without a written direction: no hormone fact; the time point is not marked "
            "either, as it is the interval before the second session), 2枚窦卵泡 (a count, not a change), 经阴道超声 "
            "(imaging, not guidance), 每月复查 (frequency), table heads. 两例均无严重并发症 is read as a "
            "mention of the two cases (doubtful); the caption's 两例患者 is not marked (a reference to the cases)."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=1,
    ),
    # ------------------------------------------------------------------
    RealText(
        id="en_blind06_review_routes",
        lang="en",
        kind="review",
        title=("Delivery routes, doses and schedules of [[mesenchymal stem cell|c:msc]] therapy for premature "
               "ovarian insufficiency: a narrative review"),
        authors="Ingrid Solberg, Karthik Raman",
        journal=_JOURNAL,
        year=2025,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "[[Mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]) and their [[extracellular vesicles|c:ev]] "
            "([[EVs|c:ev]]) have been tested in rodents and, increasingly, in women with premature ovarian "
            "insufficiency (POI). This review summarises how they were delivered, how much was given and how often, "
            "and which endocrine outcomes changed. Most clinical reports used "
            "[[intraovarian injection under transvaginal ultrasound|r:io,tvus]] or [[laparoscopy|r:io,lap]], whereas "
            "mouse studies relied mainly on [[tail-vein infusion|r:iv@mouse]]. Across studies, "
            "[[FSH tended to decline|h:FSH,dec]] and [[AMH to rise|h:AMH,inc]], but follow-up rarely exceeded one "
            "year and few trials were randomised."
        ),
        body=[
            ("Clinical studies. In the first clinical series, Lindqvist et al. [12] treated [[10 women|n:10]] with "
            "POI using autologous [[bone marrow-derived MSCs|c:bm]] ([[BMSCs|c:bm]]), which were "
            "[[injected laparoscopically into both ovaries|r:io,lap]]; during [[6 months of follow-up|f:6,month]], "
            "[[FSH decreased|h:FSH,dec]] in four of them and two conceived. Using [[umbilical cord MSCs|c:uc]] "
            "([[UC-MSCs|c:uc]]), Okafor and colleagues [15] treated [[36 patients|n:36]] with "
            "[[1 × 10^7 cells|d:1e7,cells,ovary]] [[injected into each ovary under transvaginal ultrasound guidance|r:io,tvus]], "
            "repeated once after 3 months ([[two injections|s:2]] in total); [[serum AMH rose|h:AMH,inc]] and "
            "[[E2 increased|h:E2,inc]] over [[12 months of follow-up|f:12,month]]. [[Intravenous infusion|r:iv]] "
            "has been used less often: a phase I study [18] gave "
            "[[1–2 × 10^6 cells/kg|d:1e6,cells/kg,-,1e6,2e6]] of [[UC-MSCs|c:uc]] "
            "[[through a peripheral vein|r:iv]] to [[14 women|n:14]] and reported [[no change in FSH|h:FSH,nc]] but "
            "an [[improvement in AFC|h:AFC,inc]] [[24 weeks after infusion|f:24,week]]. [[BMSCs|c:bm]] delivered by "
            "[[ovarian artery infusion under interventional radiology|r:oa,ir]] have so far been described only in "
            "case reports ^[20, 21]."),
            ("Animal studies. Most animal work uses chemotherapy models. In mice, cyclophosphamide "
            "([[120 mg/kg|d:120,mg/kg,-@mouse]]) with busulfan ([[12 mg/kg|d:12,mg/kg,-@mouse]]) given "
            "[[intraperitoneally|r:ip@mouse]] induces POI within two weeks [23]; in rats, cisplatin is "
            "[[injected intraperitoneally|r:ip@rat]] at [[1.5–2 mg/kg|d:1.5,mg/kg,-,1.5,2@rat]] daily for "
            "7–10 days [25]. [[Exosomes|c:ev@rat]] from human [[UC-MSCs|c:uc@rat]], [[150 μg|d:150,ug,-@rat]] given "
            "by [[tail vein|r:iv@rat]] [[three times|s:3@rat]] at 3-day intervals, [[lowered FSH|h:FSH,dec@rat]] and "
            "[[raised E2|h:E2,inc@rat]] and [[AMH|h:AMH,inc@rat]] in cisplatin-treated rats "
            "[[four weeks after the last injection|f:4,week@rat]] [27]. In a cyclophosphamide mouse model, "
            "Sun et al.^[29] gave [[menstrual blood-derived stem cells|c:men@mouse]] [[intravenously|r:iv@mouse]] "
            "[[once|s:1@mouse#once]] or [[twice|s:2@mouse#twice]] "
            "([[1 × 10^6 cells per injection|d:1e6,cells,injection@mouse]]) and found that "
            "[[two injections|s:2@mouse#twice]] [[lowered FSH|h:FSH,dec@mouse#twice]] more than "
            "[[a single one|s:1@mouse#once]]. Whether these schedules translate to women remains uncertain."),
            ("table", "Table 1. Regimens of selected studies (NR, not reported; TVUS, transvaginal ultrasound)",
             [["Ref.", "Population", "Cells", "Dose", "Route", "Sessions", "Follow-up"],
              ["[12]", "[[10 women|n:10]]", "[[BMSCs|c:bm]]", "NR", "[[Intraovarian, laparoscopic|r:io,lap]]",
               "[[1|s:1]]", "[[6 months|f:6,month]]"],
              ["[15]", "[[36 women|n:36]]", "[[UC-MSCs|c:uc]]", "[[1 × 10^7 cells/ovary|d:1e7,cells,ovary]]",
               "[[Intraovarian, TVUS-guided|r:io,tvus]]", "[[2|s:2]]", "[[12 months|f:12,month]]"],
              ["[18]", "[[14 women|n:14]]", "[[UC-MSCs|c:uc]]", "[[1–2 × 10^6 cells/kg|d:1e6,cells/kg,-,1e6,2e6]]",
               "[[Peripheral vein|r:iv]]", "[[1|s:1]]", "[[24 weeks|f:24,week]]"],
              ["[27]", "Rats, cisplatin", "[[UC-MSC|c:uc@rat]] [[exosomes|c:ev@rat]]", "[[150 μg|d:150,ug,-@rat]]",
               "[[Tail vein|r:iv@rat]]", "[[3|s:3@rat]]", "[[4 weeks|f:4,week@rat]]"],
              ["[29]", "Mice, cyclophosphamide", "[[MenSCs|c:men@mouse]]",
               "[[1 × 10^6 cells/injection|d:1e6,cells,injection@mouse]]", "[[Intravenous|r:iv@mouse]]",
               "[[1|s:1@mouse#once]] or [[2|s:2@mouse#twice]]", "NR"]],
             [0.08, 0.17, 0.15, 0.18, 0.18, 0.11, 0.13], 7.5),
        ],
        notes=(
            "Review citing five studies ([12], [15], [18], [27], ^[29]; case reports ^[20, 21]); facts of "
            "cited animal studies carry their species (mouse, rat), clinical ones none. Arms only in Sun et "
            "al.^[29] ('once', 'twice'); the per-injection dose is shared. 'intraovarian injection under "
            "transvaginal ultrasound or laparoscopy' is two route facts (the second, 'laparoscopy', borrows "
            "'intraovarian injection'). Table cells hold facts (a bare '1' under Sessions is a count; 'NR' "
            "none); the [27] exosome dose row is rat. Traps: 'follow-up rarely exceeded one year' (a general "
            "bound, not a study's follow-up: not marked, doubtful), 'four of them', 'two conceived' (outcome "
            "counts), 'repeated once after 3 months' (an interval; the count is 'two injections'), 'at 3-day "
            "intervals', 'daily for 7–10 days', 'within two weeks' (model onset), 'case reports' without a "
            "number, 'rodents'/'animal work' (no fact), 'lowered FSH more than a single one' marked only for "
            "the twice arm."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=1,
    ),
]
