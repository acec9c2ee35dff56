"""Held-out papers: invented study reports written for litx, with fact marks.

Ten short papers (five Chinese, five English) on stem-cell, exosome and related
therapy for premature ovarian insufficiency, diminished ovarian reserve and their
animal models.  They were written and annotated by an annotator who had not seen
litx's rules, extractor or other corpus texts, only ``corpus/ANNOTATION.md``, the
contract and the mark syntax of ``corpus/make_papers.py``; every name, number and
sentence is invented.  The set is used only to measure extraction on phrasings
nobody tuned for: never tune rules or code on it.

Markup as in :mod:`real_texts` (``[[words|spec]]`` fact marks, ``^{..}``
superscripts); each entry's ``notes`` give its conventions and traps.
"""

from __future__ import annotations

try:
    from real_texts import RealText
except ImportError:  # imported as corpus.heldout_texts
    from corpus.real_texts import RealText

LICENCE = "CC BY 4.0 (written for litx)"
JOURNAL = "litx held-out set"

HELDOUT: list[RealText] = [
    # ------------------------------------------------------------------ zh01
    RealText(
        id="zh_heldout01_trial_ucmsc",
        lang="zh",
        kind="clinical",
        title=(
            "[[经阴道超声引导下卵巢内注射|r:io,tvus]][[人脐带间充质干细胞|c:uc]]治疗早发性卵巢功能不全"
            "[[24例|n:24]]临床观察"
        ),
        authors="周静怡, 韩立伟, 孟晓岚",
        journal=JOURNAL,
        year=2024,
        doi="",
        url="",
        licence=LICENCE,
        abstract=(
            "目的　探讨[[经阴道超声引导下卵巢内注射|r:io,tvus]][[人脐带间充质干细胞|c:uc]]（[[hUC-MSCs|c:uc]]）"
            "治疗早发性卵巢功能不全（POI）的安全性及初步疗效。"
            "方法　选取2021年3月至2023年6月在本院生殖医学中心就诊的POI患者[[24例|n:24]]，年龄（33.6±4.2）岁。"
            "于经阴道超声引导下将[[hUC-MSCs|c:uc]][[注入双侧卵巢|r:io,tvus]]，每侧卵巢[[1×10^{7}个细胞|d:1e7,cells,ovary]]，"
            "间隔3个月重复注射1次，共注射[[2次|s:2]]；末次注射后随访[[12个月|f:12,month]]，观察血清FSH、E2、AMH、"
            "窦卵泡数（AFC）及不良反应。"
            "结果　全部患者均完成[[2次|s:2]]注射，无失访。末次注射后12个月内7例（29.2%）恢复自发月经，"
            "其中2例自然妊娠。与治疗前比较，治疗后血清[[FSH水平明显下降|h:FSH,dec]]，[[AMH|h:AMH,inc]]和"
            "[[AFC均升高|h:AFC,inc]]（均P<0.05），[[E2水平差异无统计学意义|h:E2,nc]]（P=0.121）。"
            "未发生严重不良反应。"
            "结论　[[卵巢内注射|r:io]][[hUC-MSCs|c:uc]]安全可行，可能有助于[[降低FSH|h:FSH,dec]]、"
            "[[提高AMH水平|h:AMH,inc]]，部分改善POI患者的卵巢功能。"
        ),
        body=[
            ("heading", "1　资料与方法"),
            (
                "1.1　研究对象　纳入标准：①年龄<40岁；②停经≥4个月；③间隔4周以上两次检测血清"
                "FSH>25 IU/L；④染色体核型正常。排除卵巢手术史及放化疗史者。"
                "共筛查41例，符合条件并签署知情同意书者[[24例|n:24]]。"
            ),
            (
                "1.2　细胞制备与注射　[[hUC-MSCs|c:uc]]由本院干细胞GMP实验室制备：取健康足月剖宫产新生儿脐带，"
                "组织块贴壁法分离培养，传至第3~5代（P3~P5）使用，CD73、CD90、CD105阳性率均>95%。"
                "注射前将细胞以生理盐水重悬至1×10^{7}个/mL。患者静脉麻醉后取膀胱截石位，"
                "[[经阴道超声引导下行双侧卵巢内注射|r:io,tvus]]（17G穿刺针），每侧卵巢注入细胞悬液"
                "[[1 mL|d:1,mL,ovary]]（含[[1×10^{7}个细胞|d:1e7,cells,ovary]]）。首次注射后3个月行第2次注射，"
                "方法同前。末次注射后第1、3、6、[[12个月|f:12,month]]复查性激素、AMH及经阴道超声AFC。"
            ),
            (
                "table",
                "表1　[[24例|n:24]]患者治疗前后性激素及AFC比较（x̄±s）",
                [
                    ["指标", "治疗前", "治疗后", "P值"],
                    ["FSH（IU/L）", "68.4±21.7", "41.2±18.5", "0.003"],
                    ["E2（pg/mL）", "21.5±9.8", "27.3±14.6", "0.121"],
                    ["AMH（ng/mL）", "0.08±0.05", "0.19±0.11", "0.008"],
                    ["AFC（个）", "0.6±0.7", "1.8±1.2", "0.012"],
                ],
                [1.4, 1.0, 1.0, 0.7],
            ),
        ],
        notes=(
            "Invented single-arm trial, Chinese with an English abstract (both annotated). Conventions: "
            "a route mark takes the guidance words when they are in the same phrase (经阴道超声引导下卵巢内注射); "
            "in '于经阴道超声引导下将hUC-MSCs注入双侧卵巢' the cell name sits between guidance and verb, so the "
            "route mark is 注入双侧卵巢 with guidance tvus (same sentence). Coordinated hormones: one mark per "
            "hormone name, the last one taking the verb (AMH和AFC均升高). 'E2水平差异无统计学意义' is a no_change "
            "fact. '每侧卵巢注入细胞悬液1 mL（含1×10^7个细胞）': both doses per ovary (每侧卵巢 governs). "
            "Traps (no fact): 间隔3个月重复注射1次 (the repeat; the total 共注射2次 is stated, and the interval "
            "is not a follow-up), 第2次注射 (ordinal of counted sessions), FSH>25 IU/L and 两次检测 (threshold, "
            "measurement), 停经≥4个月, age 33.6±4.2岁, 筛查41例 (screened), 7例/2例 (outcome counts), P3~P5, "
            "1×10^7个/mL (concentration), 静脉麻醉 (anaesthesia), table cells (values, no direction words). "
            "'末次注射后第1、3、6、12个月' gives one follow-up fact on the last time point. "
            "Doubtful: '末次注射后12个月内7例恢复自发月经' left unmarked (time window of an outcome, the "
            "follow-up itself being marked in 方法)."
        ),
        layout={
            "columns": 2,
            "font": "serif",
            "en_title": (
                "[[Transvaginal ultrasound-guided intraovarian injection|r:io,tvus]] of "
                "[[human umbilical cord mesenchymal stem cells|c:uc]] for premature ovarian insufficiency: "
                "a clinical observation of [[24 cases|n:24]]"
            ),
            "en_abstract": (
                "Objective: To evaluate the safety and preliminary efficacy of "
                "[[human umbilical cord mesenchymal stem cells|c:uc]] ([[hUC-MSCs|c:uc]]) in premature ovarian "
                "insufficiency (POI). Methods: [[Twenty-four patients|n:24]] with POI received "
                "[[1×10^{7}|d:1e7,cells,ovary]] [[hUC-MSCs|c:uc]] per ovary by "
                "[[transvaginal ultrasound-guided intraovarian injection|r:io,tvus]], "
                "[[twice|s:2]] at an interval of 3 months, and were followed up for [[12 months|f:12,month]] "
                "after the last injection. Results: Seven patients resumed spontaneous menses and two conceived "
                "naturally. After treatment, [[FSH decreased|h:FSH,dec]] while [[AMH|h:AMH,inc]] and "
                "[[AFC increased|h:AFC,inc]] (all P<0.05); [[E2 did not change significantly|h:E2,nc]]. "
                "Conclusion: [[Intraovarian|r:io]] [[hUC-MSCs|c:uc]] appear safe and may partly restore ovarian function in POI."
            ),
        },
        batch=1,
    ),
    # ------------------------------------------------------------------ en06
    RealText(
        id="en_heldout06_rct_bmsc_sessions",
        lang="en",
        kind="clinical",
        title=(
            "[[One|s:1#single-injection]] versus [[two|s:2#two-injection]] [[intraovarian injections|r:io]] of "
            "autologous [[bone marrow-derived mesenchymal stem cells|c:bm]] in premature ovarian insufficiency: "
            "a randomised pilot trial"
        ),
        authors="Marta Lindqvist, Owen Achterberg, Priya Raman",
        journal=JOURNAL,
        year=2023,
        doi="",
        url="",
        licence=LICENCE,
        abstract=(
            "Background: Autologous [[bone marrow-derived mesenchymal stem cells|c:bm]] ([[BMSCs|c:bm]]) have been "
            "[[injected into the ovaries|r:io]] of women with premature ovarian insufficiency (POI), but whether a "
            "second injection adds anything is unknown. "
            "Methods: In this open-label pilot trial, [[forty women|n:40]] aged 28–39 years were randomly assigned "
            "to a [[single|s:1#single-injection]] [[intraovarian injection|r:io]] ([[n = 20|n:20#single-injection]]) "
            "or to [[two injections|s:2#two-injection]] given 12 weeks apart ([[n = 20|n:20#two-injection]]). "
            "Each ovary received [[10 million|d:1e7,cells,ovary]] [[BMSCs|c:bm]] in [[1 mL|d:1,mL,ovary]] of saline. "
            "The primary outcome was the change in serum anti-Müllerian hormone (AMH) over "
            "[[12 months|f:12,month]]. "
            "Results: All women completed follow-up. [[AMH rose|h:AMH,inc]] in both arms, from 0.12 ± 0.08 to "
            "0.21 ± 0.13 ng/mL after a [[single injection|s:1#single-injection]] and from 0.11 ± 0.07 to "
            "0.34 ± 0.19 ng/mL after [[two|s:2#two-injection]] (between-arm P = 0.018). "
            "[[FSH fell|h:FSH,dec#two-injection]] from 71.5 ± 18.3 to 52.8 ± 20.1 IU/L in the two-injection arm, "
            "whereas it [[did not decrease significantly|!h:FSH,dec#single-injection]] in the single-injection arm; "
            "[[serum E2 was unchanged|h:E2,nc]] in both. Two spontaneous pregnancies occurred, both after "
            "repeat treatment. No serious adverse events were recorded. "
            "Conclusion: A second dose of [[BMSCs|c:bm]] may further [[raise AMH|h:AMH,inc]] and "
            "[[lower FSH|h:FSH,dec]]; a larger trial is warranted."
        ),
        body=[
            ("heading", "2. Methods"),
            (
                "Women younger than 40 years with at least 4 months of amenorrhoea and FSH > 25 IU/L on two "
                "occasions 4 or more weeks apart were eligible. Of 63 women screened, [[40|n:40]] were randomised "
                "1:1 by a computer-generated sequence. Bone marrow (60 mL) was aspirated from the posterior iliac "
                "crest under local anaesthesia; [[BMSCs|c:bm]] were expanded for 14–18 days and used at passage 2 "
                "or 3 with viability above 90%. Cells were resuspended in saline at 1 × 10^{7} cells/mL, and "
                "[[1 mL|d:1,mL,ovary]] (containing [[1 × 10^{7} cells|d:1e7,cells,ovary]]) was "
                "[[injected into each ovary under transvaginal ultrasound guidance|r:io,tvus]] through a "
                "17-gauge needle. In the two-injection arm the procedure was repeated 12 weeks later with "
                "cells cryopreserved at passage 2. FSH, LH, E2 and AMH were measured at baseline and 1, 3, 6 "
                "and [[12 months|f:12,month]] after the first injection."
            ),
            (
                "table",
                "Table 2. Change from baseline to [[12 months|f:12,month]] by arm (mean ± SD or n)",
                [
                    ["Outcome", "[[Single injection|s:1#single-injection]] ([[n = 20|n:20#single-injection]])",
                     "[[Two injections|s:2#two-injection]] ([[n = 20|n:20#two-injection]])", "P"],
                    ["ΔAMH (ng/mL)", "0.09 ± 0.10", "0.23 ± 0.15", "0.018"],
                    ["ΔFSH (IU/L)", "−6.1 ± 15.2", "−18.7 ± 17.9", "0.027"],
                    ["ΔE2 (pg/mL)", "3.2 ± 12.4", "5.8 ± 14.1", "0.54"],
                    ["Resumed menses, n (%)", "4 (20)", "7 (35)", "0.48"],
                    ["Pregnancies, n", "0", "2", "–"],
                ],
                [1.5, 1.2, 1.2, 0.5],
            ),
        ],
        notes=(
            "Invented two-arm randomised pilot (single vs two intraovarian BMSC injections). Arms labelled "
            "'single-injection' and 'two-injection' as the text prints them; arm labels go on the sessions and "
            "arm sizes and on hormone facts stated for one arm only; facts common to both arms carry none. "
            "'Each ovary received 10 million BMSCs in 1 mL': two doses per ovary (10 million = 1e7 cells, "
            "written in words). The table header cells name the arms with their sessions and n (marked). "
            "'it did not decrease significantly' is a negated FSH decrease (pronoun 'it' = FSH, span without "
            "the hormone name). Traps (no fact): 'a second injection'/'a second dose' and 'the procedure was "
            "repeated' (references to the counted second session), 'repeat treatment', '12 weeks apart/later' "
            "(interval), FSH > 25 IU/L, 'on two occasions', 63 screened, ages 28–39, 60 mL marrow aspirate "
            "(harvest), 14–18 days of expansion, passage 2/3, 1 × 10^7 cells/mL (concentration), pregnancies "
            "and menses counts, table Δ cells (no direction words). 'between-arm P' comparison not a fact. The caption's 'to 12 months' is a follow-up mention. "
            "Doubtful: 'after two' (AMH sentence) marked as a sessions mention of the two-injection arm."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=1,
    ),
    # ------------------------------------------------------------------ zh02
    RealText(
        id="zh_heldout02_rat_cisplatin_exosomes",
        lang="zh",
        kind="animal",
        title="[[骨髓间充质干细胞|c:bm]]来源[[外泌体|c:ev]]对顺铂诱导的大鼠卵巢早衰的修复作用",
        authors="黎思远, 郑可欣, 卜文涛, 方瑶",
        journal=JOURNAL,
        year=2022,
        doi="",
        url="",
        licence=LICENCE,
        abstract=(
            "目的　观察大鼠[[骨髓间充质干细胞|c:bm]]（[[BMSCs|c:bm]]）来源[[外泌体|c:ev]]"
            "（[[BMSC|c:bm]]-[[Exos|c:ev]]）对顺铂诱导的卵巢早衰（POF）大鼠卵巢功能的影响。"
            "方法　SD雌性大鼠40只，随机分为对照组、模型组、低剂量组和高剂量组，每组10只。除对照组外，"
            "各组[[腹腔注射|r:ip]]顺铂[[2 mg/kg|d:2,mg/kg,-]]，每日1次，连续7 d建立POF模型。"
            "造模结束后，低、高剂量组分别[[经尾静脉注射|r:iv]][[BMSC|c:bm]]-[[Exos|c:ev]]"
            "[[50 μg|d:50,ug,-#低剂量组]]和[[200 μg|d:200,ug,-#高剂量组]]（以蛋白量计），每周1次，共[[3次|s:3]]；"
            "模型组注射等体积PBS。末次注射后[[14 d|f:14,day]]检测血清激素并观察卵巢组织形态。"
            "结果　模型组血清FSH升高，E2、AMH降低，提示造模成功。与模型组比较，高剂量组血清"
            "[[FSH水平显著降低|h:FSH,dec#高剂量组]]，[[E2|h:E2,inc#高剂量组]]、[[AMH水平显著升高|h:AMH,inc#高剂量组]]"
            "（P<0.01），各级生长卵泡数增加，闭锁卵泡减少；低剂量组[[FSH有所下降|h:FSH,dec#低剂量组]]，"
            "但[[AMH未见明显升高|!h:AMH,inc#低剂量组]]（P>0.05）。"
            "结论　[[BMSC|c:bm]]-[[Exos|c:ev]]可剂量依赖性地改善顺铂所致的大鼠卵巢功能损伤，"
            "其机制可能与抑制颗粒细胞凋亡有关。"
        ),
        body=[
            ("heading", "1.2　外泌体的提取与鉴定"),
            (
                "取第3代大鼠[[BMSCs|c:bm]]，细胞融合度达80%时换用无血清培养基继续培养48 h，收集上清液，"
                "经超速离心（100 000×g）提取[[外泌体|c:ev]]。透射电镜下可见典型杯状结构，"
                "纳米颗粒跟踪分析显示粒径为（112±23）nm，Western blot检测CD63、TSG101阳性。BCA法测定蛋白浓度后，"
                "以PBS稀释至1 μg/μL备用。体外实验中，人颗粒细胞系KGN以5×10^{4}个/孔接种于24孔板，"
                "加入顺铂（10 μmol/L）和[[外泌体|c:ev]]（20 μg/mL）共培养24 h。"
            ),
            (
                "table",
                "表1　各组大鼠血清激素水平比较（x̄±s，n=10）",
                [
                    ["组别", "FSH（IU/L）", "E2（pg/mL）", "AMH（ng/mL）"],
                    ["对照组", "6.82±1.37", "31.6±5.2", "5.41±0.86"],
                    ["模型组", "15.47±2.93", "14.9±3.8", "2.07±0.54"],
                    ["低剂量组", "12.10±2.65", "19.3±4.4", "2.48±0.61"],
                    ["高剂量组", "8.95±2.12", "26.7±4.9", "4.16±0.72"],
                ],
                [0.9, 1.0, 1.0, 1.1],
                7.0,
            ),
            (
                "2.2　血清激素　末次注射后[[14 d|f:14,day]]，模型组FSH较对照组升高约1.3倍（P<0.01）。"
                "[[BMSC|c:bm]]-[[Exos|c:ev]]干预后，高剂量组[[FSH降至|h:FSH,dec#高剂量组]]（8.95±2.12）IU/L，"
                "[[E2|h:E2,inc#高剂量组]]和[[AMH分别回升|h:AMH,inc#高剂量组]]至（26.7±4.9）pg/mL和"
                "（4.16±0.72）ng/mL，与模型组比较差异均有统计学意义（P<0.01）；两剂量组间"
                "E2差异亦有统计学意义（P<0.05）。"
            ),
        ],
        species="rat",
        notes=(
            "Invented rat study (cisplatin POF model, BMSC-derived exosomes by tail vein, two dose arms "
            "labelled 低剂量组/高剂量组 as printed). Species rat for every fact (entry default). "
            "Conventions: 'BMSC-Exos' is two mentions, split at the hyphen ([[BMSC]]-[[Exos]]), like "
            "'MSC-derived exosomes'; 外泌体 in the in-vitro sentence is marked (a mention of the therapy, rat "
            "default kept). Doses in µg of protein, per null. Coordinated hormones: one mark per hormone. "
            "'AMH未见明显升高' is a negated increase. Traps (no fact): 每日1次，连续7 d (daily dosing, not "
            "sessions), 每周1次 is a frequency but 共3次 states the total (sessions 3), 40只/每组10只/n=10 "
            "(animals), model-versus-control rises and falls (model validation), 48 h, 100 000×g, (112±23) nm, "
            "1 μg/μL and 20 μg/mL and 10 μmol/L (concentrations), 5×10^4个/孔 (cells in vitro), 共培养24 h, "
            "第3代, 两剂量组间E2差异 (no direction), table cells. "
            "Doubtful: 'FSH降至…' and 'AMH分别回升' marked as decrease/increase (direction fixed by the verb)."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=1,
    ),
    # ------------------------------------------------------------------ en07
    RealText(
        id="en_heldout07_mouse_ctx_bu_ucmsc",
        lang="en",
        kind="animal",
        title=(
            "[[Human umbilical cord mesenchymal stromal cells|c:uc]] delivered [[through the tail vein|r:iv]] "
            "rescue folliculogenesis in mice with chemotherapy-induced ovarian insufficiency"
        ),
        authors="Hannah Okafor, Daniel Brandt, Mei Tanaka",
        journal=JOURNAL,
        year=2021,
        doi="",
        url="",
        licence=LICENCE,
        abstract=(
            "Alkylating chemotherapy often leaves young women with premature ovarian insufficiency (POI). We asked "
            "whether [[human umbilical cord mesenchymal stromal cells|c:uc]] ([[hUC-MSCs|c:uc]]) rescue ovarian "
            "function after such injury. Female C57BL/6 mice received [[intraperitoneal|r:ip]] cyclophosphamide "
            "([[120 mg/kg|d:120,mg/kg,-]]) and busulfan ([[30 mg/kg|d:30,mg/kg,-]]); one week later, a "
            "[[single|s:1]] dose of [[1 × 10^{6}|d:1e6,cells,-]] [[hUC-MSCs|c:uc]] in [[0.2 mL|d:0.2,mL,-]] of "
            "PBS, or PBS alone, was [[infused via the tail vein|r:iv]]. Serum and ovaries were collected "
            "[[14 days|f:14,day]] or [[28 days|f:28,day]] after transplantation. Compared with PBS-treated POI mice, "
            "[[hUC-MSC|c:uc]]-treated mice had [[lower serum FSH|h:FSH,dec]], higher [[estradiol (E2)|h:E2,inc]] "
            "and [[anti-Müllerian hormone (AMH)|h:AMH,inc]] concentrations and more primordial and primary "
            "follicles, whereas [[LH was not affected|h:LH,nc]]. These data support the clinical potential of "
            "[[hUC-MSCs|c:uc@human]] for chemotherapy-related POI."
        ),
        body=[
            ("heading", "2. Materials and methods"),
            (
                "Female C57BL/6 mice aged 7–8 weeks (18–20 g) with regular oestrous cycles over 10 days of vaginal "
                "smears were assigned to control (n = 12), POI + PBS (n = 18) and POI + [[hUC-MSC|c:uc]] "
                "(n = 18) groups. POI was induced by [[intraperitoneal injection|r:ip]] of cyclophosphamide "
                "([[120 mg/kg|d:120,mg/kg,-]]) and busulfan ([[30 mg/kg|d:30,mg/kg,-]]) in DMSO; controls received "
                "vehicle. [[hUC-MSCs|c:uc]] (passage 4) were characterised by flow cytometry and trilineage "
                "differentiation; in vitro, 2 × 10^{5} cells per well were used for the migration assay. Seven days "
                "after chemotherapy, each mouse received [[1 × 10^{6} cells|d:1e6,cells,-]] by "
                "[[tail-vein injection|r:iv]]. Six mice per group were killed at each time point."
            ),
            (
                "table",
                "Table 1. Serum hormones [[28 days|f:28,day]] after transplantation (mean ± SD, n = 6 per group)",
                [
                    ["Group", "FSH (mIU/mL)", "E2 (pg/mL)", "AMH (ng/mL)", "LH (mIU/mL)"],
                    ["Control", "4.1 ± 1.2", "38.6 ± 7.4", "6.9 ± 1.3", "3.2 ± 0.9"],
                    ["POI + PBS", "11.8 ± 2.6", "17.2 ± 5.1", "2.4 ± 0.8", "3.9 ± 1.1"],
                    ["POI + [[hUC-MSC|c:uc]]", "6.3 ± 1.9", "29.5 ± 6.8", "4.7 ± 1.1", "3.5 ± 1.0"],
                ],
                [1.3, 1.0, 1.0, 1.0, 1.0],
            ),
            (
                "Chemotherapy more than doubled serum FSH and depleted primordial follicles in PBS-treated mice. "
                "[[hUC-MSC|c:uc]] transplantation [[reduced FSH|h:FSH,dec]] by 47% and [[raised E2|h:E2,inc]] and "
                "[[AMH|h:AMH,inc]] at [[day 28|f:28,day]] (Table 1); [[inhibin B (INHB) also rose|h:INHB,inc]] (38.2 ± 6.1 vs "
                "21.7 ± 5.4 pg/mL, P < 0.01). At [[day 14|f:14,day]] the differences were smaller and significant only for "
                "FSH. [[LH did not differ|h:LH,nc]] between the two POI groups at either time point."
            ),
        ],
        species="mouse",
        notes=(
            "Invented mouse study (cyclophosphamide + busulfan model, one tail-vein infusion of hUC-MSCs). "
            "Species mouse for every fact except the closing clinical-potential sentence (@human). "
            "Conventions: 'estradiol (E2)' and 'anti-Müllerian hormone (AMH)' are one fact each (restatement in "
            "parentheses); in 'higher estradiol (E2) and anti-Müllerian hormone (AMH) concentrations' each hormone "
            "is marked, the direction word 'higher' left outside the first mark. '14 days or 28 days after "
            "transplantation' gives two follow-up facts (separate kill points, like 'either 7 or 21 days'). "
            "The table caption's '28 days after transplantation' is a follow-up mention. 'single dose' is "
            "sessions 1 (the word 'dose' carries no value). 0.2 mL of PBS is the injected volume (dose, mL). "
            "'hUC-MSC-treated' is split: the cell name marked, '-treated' outside. 'raised E2 and AMH' is two facts. "
            "'LH was not affected' / 'LH did not differ' are no_change facts (treated vs untreated). "
            "Traps (no fact): n = 12/18/6 (animals), 7–8 weeks, 18–20 g, 10 days of smears, passage 4, "
            "2 × 10^5 cells per well (in vitro), 'one week later'/'Seven days after chemotherapy' (interval "
            "before treatment), 'Chemotherapy more than doubled serum FSH' (model validation), 'At day 14 the "
            "differences were smaller and significant only for FSH' (no direction word), '47%'. "
            "'at day 28' and 'At day 14' in the results are follow-up mentions (time after treatment at which "
            "outcomes are assessed). 'reduced FSH by 47%' is marked without the percentage. "
            "Doubtful: 'single dose' as a sessions fact."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=1,
    ),
    # ------------------------------------------------------------------ zh03
    RealText(
        id="zh_heldout03_review_msc_routes",
        lang="zh",
        kind="review",
        title="[[间充质干细胞|c:msc]]及其[[外泌体|c:ev]]治疗早发性卵巢功能不全的研究进展",
        authors="唐嘉宁, 许明哲",
        journal=JOURNAL,
        year=2023,
        doi="",
        url="",
        licence=LICENCE,
        abstract=(
            "早发性卵巢功能不全（POI）指女性40岁以前出现卵巢功能衰退，以月经异常伴FSH>25 IU/L为主要特征^{[1]}。"
            "激素替代治疗可缓解低雌激素症状，但不能恢复卵巢功能。近年来，[[间充质干细胞|c:msc]]（[[MSCs|c:msc]]）"
            "及其来源的[[外泌体|c:ev]]在动物实验和早期临床研究中显示出修复卵巢功能的潜力。本文就不同来源"
            "[[MSCs|c:msc]]的移植途径、剂量及疗效作一综述。"
        ),
        body=[
            ("heading", "1　动物实验"),
            (
                "王等^{[8]}在环磷酰胺诱导的小鼠POI模型中经[[尾静脉|r:iv@mouse]]移植人[[经血干细胞|c:men@mouse]]"
                "（[[MenSCs|c:men@mouse]]），每只[[2×10^{6}个|d:2e6,cells,-@mouse]]，移植后[[4周|f:4,week@mouse]]"
                "小鼠血清[[AMH升高|h:AMH,inc@mouse]]、[[FSH下降|h:FSH,dec@mouse]]，各级卵泡数亦增加。"
                "李等^{[9]}比较了[[卵巢内注射|r:io@rat]]与[[静脉注射|r:iv@rat]]两种途径移植人[[羊膜上皮细胞|c:haec@rat]]"
                "（[[hAECs|c:haec@rat]]）对顺铂损伤大鼠的作用，发现前者的卵巢归巢效率更高，但两组"
                "[[E2水平升高|h:E2,inc@rat]]的幅度差异无统计学意义。在大鼠模型中^{[10, 11]}，"
                "[[脐带MSC|c:uc@rat]]来源的[[外泌体|c:ev@rat]]可转运miR-21抑制颗粒细胞凋亡，"
                "连续[[3次|s:3@rat]][[尾静脉注射|r:iv@rat]]后大鼠动情周期恢复。"
            ),
            ("heading", "2　临床研究"),
            (
                "陈等^{[15]}对[[38例|n:38]]POI患者行[[经阴道超声引导下卵巢内注射|r:io,tvus]]自体"
                "[[骨髓间充质干细胞|c:bm]]，每侧卵巢[[5×10^{6}个|d:5e6,cells,ovary]]，随访[[6个月|f:6,month]]，"
                "12例（31.6%）[[AMH升高|h:AMH,inc]]，2例妊娠。Tanaka等^{[16]}则经[[卵巢动脉介入灌注|r:oa,ir]]"
                "[[脐带MSC|c:uc]]，认为该途径可同时作用于双侧卵巢且无需穿刺卵巢皮质。"
                "一项随机对照研究^{[18]}纳入[[120例|n:120]]卵巢储备功能减退患者，试验组（[[n=60|n:60#试验组]]）"
                "接受[[多次|s:-#试验组]][[卵巢内注射|r:io]][[脐带MSC|c:uc]]，对照组（[[n=60|n:60#对照组]]）"
                "仅行激素替代治疗；治疗后试验组[[AFC增加|h:AFC,inc#试验组]]，但[[FSH未见明显下降|!h:FSH,dec#试验组]]。"
                "一项纳入12项研究的荟萃分析^{[21]}显示，干细胞治疗后[[AMH|h:AMH,inc]]与[[AFC均有所改善|h:AFC,inc]]。"
                "值得注意的是，现有临床研究样本量多为10~40例，且随访时间多不超过1年^{[22]}，"
                "[[MSCs|c:msc]]的最佳剂量和移植次数仍有待明确。"
            ),
        ],
        notes=(
            "Invented Chinese review passage with superscript citations ^{[n]}. No entry species: cited animal "
            "facts carry @mouse/@rat one by one (小鼠POI模型, 顺铂损伤大鼠, 在大鼠模型中). Conventions: one mark per "
            "hormone in coordination ('AMH与AFC均有所改善', 改善 = increase for AMH/AFC); '两组E2水平升高的幅度差异"
            "无统计学意义' states an E2 increase (the no-difference is between routes), so an increase, not "
            "no_change. 多次 → sessions null; 每只 → per null; 每侧卵巢 → per ovary. Arms of the RCT ^[18] "
            "labelled 试验组/对照组 as printed. Traps (no fact): FSH>25 IU/L and 40岁 (definition), 低雌激素症状, "
            "环磷酰胺/顺铂 named without doses, 12例（31.6%）and 2例妊娠 (outcome counts), 12项研究 (studies), "
            "'样本量多为10~40例' and '随访时间多不超过1年' (general statements about the literature, no one study), "
            "干细胞 alone (generic), 激素替代治疗, 自体 (outside the cell mark), 归巢效率. "
            "Doubtful: '卵巢动脉介入灌注' taken as ovarian_artery_infusion with guidance interventional_radiology "
            "(介入 in the same phrase)."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=1,
    ),
    # ------------------------------------------------------------------ en08
    RealText(
        id="en_heldout08_case_series_adsc",
        lang="en",
        kind="case",
        title=(
            "[[Laparoscopic intraovarian injection|r:io,lap]] of autologous [[adipose-derived stromal cells|c:ad]] "
            "in [[three women|n:3]] with premature ovarian insufficiency: a case series"
        ),
        authors="Sofia Castellanos, Ilan Weiss",
        journal=JOURNAL,
        year=2020,
        doi="",
        url="",
        licence=LICENCE,
        abstract=(
            "Background: Fat is an accessible source of autologous stromal cells, yet reports of their use in "
            "premature ovarian insufficiency (POI) are scarce. "
            "Cases: [[Three women|n:3]] aged 29, 34 and 37 years with POI (amenorrhoea for 14–40 months; FSH "
            "62–97 IU/L) underwent liposuction of 80–100 mL of abdominal fat. "
            "[[Adipose-derived stromal cells|c:ad]] ([[ADSCs|c:ad]]) were isolated enzymatically, expanded to "
            "passage 2, and [[1.5 × 10^{7} cells|d:1.5e7,cells,ovary]] were "
            "[[injected into each ovary under laparoscopic guidance|r:io,lap]] in a [[single procedure|s:1]]. "
            "The women were followed for [[9 months|f:9,month]]. "
            "Results: Menses resumed in two women, 3 and 5 months after injection. "
            "In Case 2, [[AMH rose|h:AMH,inc]] from undetectable (<0.01 ng/mL) to 0.28 ng/mL and "
            "[[the AFC increased|h:AFC,inc]] from 0 to 3; she conceived spontaneously in month 7. "
            "[[FSH fell|h:FSH,dec]] below 20 IU/L in Cases 1 and 2 but [[did not decrease|!h:FSH,dec]] in Case 3. "
            "There were no complications. "
            "Conclusion: A [[single|s:1]] laparoscopic injection of autologous [[ADSCs|c:ad]] was feasible and was "
            "followed by signs of ovarian activity in two of three women."
        ),
        body=[
            (
                "Case 1 was a 29-year-old nulligravida with secondary amenorrhoea for 14 months, who had taken "
                "oestradiol valerate 2 mg daily for 1 year; hormone replacement was stopped 4 weeks before "
                "surgery. Case 2 (34 years) had a 46,XX karyotype and negative adrenal antibodies. Case 3 (37 "
                "years) had been amenorrhoeic for 40 months and had had two IVF cycles with no oocyte "
                "retrieved. In each woman, lipoaspirate was digested with 0.1% collagenase; the stromal "
                "vascular fraction yielded 2.1–3.4 × 10^{7} nucleated cells, of which the [[ADSCs|c:ad]] were "
                "expanded for 12 days. On the day of surgery, [[1.5 × 10^{7}|d:1.5e7,cells,ovary]] [[ADSCs|c:ad]] "
                "suspended in [[0.5 mL|d:0.5,mL,ovary]] of saline were [[injected into the cortex|r:io,lap]] of "
                "each ovary at three sites under laparoscopic vision. Visits were scheduled monthly."
            ),
            (
                "table",
                "Table 1. Baseline and last-visit values of the [[three cases|n:3]]",
                [
                    ["Case", "Age (y)", "FSH (IU/L)", "AMH (ng/mL)", "AFC", "Menses", "Pregnancy"],
                    ["1", "29", "97 → 18", "<0.01 → 0.04", "0 → 1", "Month 5", "No"],
                    ["2", "34", "62 → 11", "<0.01 → 0.28", "0 → 3", "Month 3", "Yes"],
                    ["3", "37", "84 → 79", "<0.01 → <0.01", "0 → 0", "No", "No"],
                ],
                [0.6, 0.7, 1.1, 1.4, 0.7, 0.9, 0.9],
            ),
        ],
        notes=(
            "Invented case series (3 women, laparoscopic intraovarian ADSCs). Conventions: 'the AFC increased' and "
            "'AMH rose' are facts of one case (no arms in a case series); the negated FSH decrease of Case 3 is "
            "marked on 'did not decrease' (the hormone named earlier in the sentence). 'injected into the cortex "
            "of each ovary ... under laparoscopic vision': route io, guidance laparoscopic (same sentence). "
            "Traps (no fact): ages 29/34/37, amenorrhoea 14–40 months, FSH 62–97 IU/L (baselines), 80–100 mL "
            "of fat (harvest), passage 2, 'Menses resumed ... 3 and 5 months after injection' and 'conceived in "
            "month 7' (time to outcome), 'below 20 IU/L' (threshold), oestradiol valerate 2 mg daily for 1 year "
            "(earlier hormone replacement, not the protocol; its duration not a follow-up), 4 weeks before "
            "surgery, 'two IVF cycles' (not sessions of the therapy), 0.1% collagenase, 2.1–3.4 × 10^7 "
            "nucleated cells (yield in vitro), 12 days of expansion, 'at three sites' (injection sites, one "
            "session), 'Visits were scheduled monthly', 'two of three women' (outcome count). "
            "Table arrows (→) give values, no direction words: no facts in cells. "
            "Doubtful: in the conclusion 'A single laparoscopic injection' the count is marked (sessions 1, a "
            "restated count like 'single procedure'), the route is not (the ovary is not named there)."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=1,
    ),
    # ------------------------------------------------------------------ zh04
    RealText(
        id="zh_heldout04_case_bmsc_laparoscopy",
        lang="zh",
        kind="case",
        title=(
            "[[腹腔镜下卵巢内注射|r:io,lap]]自体[[骨髓间充质干细胞|c:bm]]治疗卵巢早衰[[2例|n:2]]报告并文献复习"
        ),
        authors="梁雨桐, 史国栋, 阮晓慧",
        journal=JOURNAL,
        year=2021,
        doi="",
        url="",
        licence=LICENCE,
        abstract=(
            "报告[[2例|n:2]]卵巢早衰（POF）患者接受自体[[骨髓间充质干细胞|c:bm]]（[[BMSCs|c:bm]]）"
            "[[卵巢内移植|r:io]]的临床经过。例1[[单次|s:1]]移植后3个月月经复潮，术后7个月自然妊娠；"
            "例2共移植[[2次|s:2]]，[[FSH未见明显下降|!h:FSH,dec]]，至今仍闭经。"
        ),
        body=[
            ("heading", "1　病例资料"),
            (
                "例1　32岁，G0P0，因“停经2年”就诊。曾口服戊酸雌二醇片2 mg/d、地屈孕酮10 mg/d序贯治疗1年余，"
                "停药后仍无月经来潮。查血清FSH 86.3 IU/L，E2<18.4 pg/mL，AMH 0.02 ng/mL，"
                "经阴道超声双侧卵巢未见窦卵泡；染色体核型46,XX。于全身麻醉下抽取髂后上棘骨髓50 mL，"
                "分离培养[[BMSCs|c:bm]]至第3代，细胞活率96%。随后[[腹腔镜下行双侧卵巢内注射|r:io,lap]]，"
                "每侧卵巢注入[[BMSCs|c:bm]][[1×10^{7}个|d:1e7,cells,ovary]]（溶于[[0.5 mL|d:0.5,mL,ovary]]"
                "生理盐水），分3~4点注入卵巢皮质。术后3个月月经来潮，复查[[FSH降至|h:FSH,dec]]21.4 IU/L，"
                "[[AMH升至|h:AMH,inc]]0.35 ng/mL，[[窦卵泡数由0枚增加至2枚|h:AFC,inc]]；术后7个月自然妊娠，"
                "足月剖宫产1活婴。截至术后[[18个月|f:18,month]]，患者月经规律。"
            ),
            (
                "例2　38岁，停经11个月，FSH 54.7 IU/L。骨髓采集及细胞制备同例1，共移植[[2次|s:2]]："
                "首次于[[腹腔镜下卵巢内注射|r:io,lap]]，第2次于首次移植后4个月在"
                "[[经阴道超声引导下卵巢穿刺注射|r:io,tvus]]，每次每侧卵巢[[1×10^{7}个|d:1e7,cells,ovary]]细胞。"
                "随访[[12个月|f:12,month]]，FSH波动于48~65 IU/L，[[E2无明显变化|h:E2,nc]]，未妊娠。"
            ),
            ("heading", "2　讨论"),
            (
                "[[间充质干细胞|c:msc]]可通过旁分泌作用减少颗粒细胞凋亡、促进卵巢血管新生^{[3-5]}。"
                "既往报道中[[卵巢内注射|r:io]]多在腹腔镜或经阴道超声引导下完成^{[6]}。本组[[2例|n:2]]疗效差异较大，"
                "可能与年龄、停经时间及残存卵泡数量有关，[[BMSCs|c:bm]]的疗效仍需大样本研究证实。"
            ),
        ],
        notes=(
            "Invented Chinese case report of two women (no arms: the two cases are not pre-specified arms, so "
            "their sessions and hormone facts carry no arm label). Conventions: 'FSH降至21.4 IU/L' and "
            "'AMH升至0.35 ng/mL' are a decrease and an increase fixed by the verb (降至/升至); "
            "'窦卵泡数由0枚增加至2枚' is an AFC increase; 'FSH未见明显下降' a negated decrease; 'E2无明显变化' "
            "no_change. '截至术后18个月' is the follow-up of case 1. Case 2 mixes two routes (laparoscopic, then "
            "transvaginal ultrasound) - two route facts with different guidance. '每次每侧卵巢1×10^7个' per ovary. "
            "Traps (no fact): 戊酸雌二醇片2 mg/d and 地屈孕酮10 mg/d (earlier hormone replacement, not the "
            "therapy) and its 1年余, 停经2年/11个月, baseline FSH 86.3/54.7 IU/L, E2<18.4 pg/mL, AMH 0.02, "
            "全身麻醉, 骨髓50 mL (harvest), 第3代, 96%, 分3~4点 (injection sites, one session), "
            "'术后3个月月经来潮'/'术后7个月自然妊娠' (time to outcome), 第2次 and 首次 (ordinals of counted "
            "sessions), 首次移植后4个月 (interval), 'FSH波动于48~65 IU/L' (no direction), 1活婴. "
            "The discussion's '卵巢内注射多在腹腔镜或经阴道超声引导下完成^[6]' names two guidances alternatively: "
            "marked as a route without guidance. Doubtful: that last decision; the title's 2例 as a sample size."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=1,
    ),
    # ------------------------------------------------------------------ en09
    RealText(
        id="en_heldout09_review_ev_cells",
        lang="en",
        kind="review",
        title=(
            "Cell-free or cell-based? [[Extracellular vesicles|c:ev]] and [[mesenchymal stromal cells|c:msc]] "
            "for ovarian insufficiency: a narrative review"
        ),
        authors="Rafael Quintero, Aylin Demir, Jonas Petrov",
        journal=JOURNAL,
        year=2024,
        doi="",
        url="",
        licence=LICENCE,
        abstract=(
            "[[Mesenchymal stromal cells|c:msc]] ([[MSCs|c:msc]]) act largely through paracrine signals, many "
            "carried by [[extracellular vesicles|c:ev]] ([[EVs|c:ev]]). We summarise preclinical and early "
            "clinical work on both for premature ovarian insufficiency (POI) and diminished ovarian reserve, "
            "with attention to route, dose and the hormonal end points reported."
        ),
        body=[
            ("heading", "3. Preclinical evidence"),
            (
                "[[Exosomes|c:ev@rat]] from [[human umbilical cord MSCs|c:uc@rat]] "
                "([[hUCMSC|c:uc@rat]]-[[Exos|c:ev@rat]]) protected cisplatin-injured rats when given "
                "[[intravenously|r:iv@rat]] at [[150 µg|d:150,ug,-@rat]] per rat for 3 consecutive days, "
                "[[raising serum E2|h:E2,inc@rat]] and [[lowering FSH|h:FSH,dec@rat]] [12]. Comparable benefits "
                "were reported for [[EVs|c:ev@mouse]] from [[menstrual blood-derived stem cells|c:men@mouse]] in "
                "mice [13, 14]. Zhang et al. [15] found that [[placenta-derived MSCs|c:pl@mouse]] "
                "[[injected directly into the ovaries|r:io@mouse#intraovarian]] of aged mice "
                "[[increased AMH|h:AMH,inc@mouse#intraovarian]] and follicle numbers, whereas "
                "[[intravenous delivery|r:iv@mouse#intravenous]] [[failed to raise AMH|!h:AMH,inc@mouse#intravenous]]. "
                "Whether the ovary or the circulation is the better route therefore remains open."
            ),
            ("heading", "4. Clinical studies"),
            (
                "In a phase I dose-escalation study [19], [[nine women|n:9]] with POI received "
                "[[5 × 10^{6}|d:5e6,cells,ovary#5 × 10^6]], [[1 × 10^{7}|d:1e7,cells,ovary#1 × 10^7]] or "
                "[[2 × 10^{7}|d:2e7,cells,ovary#2 × 10^7]] [[hUC-MSCs|c:uc]] per ovary by "
                "[[ultrasound-guided transvaginal injection|r:io,tvus]]; there was no dose-limiting toxicity, and "
                "[[AMH rose|h:AMH,inc#2 × 10^7]] only in the highest-dose cohort. "
                "[[Interventional ovarian artery infusion|r:oa,ir]] of [[hUC-MSCs|c:uc]] was tested in "
                "[[21 women|n:21]] [20]: after [[two infusions|s:2]] three months apart, [[FSH decreased|h:FSH,dec]] "
                "modestly and [[antral follicle counts improved|h:AFC,inc]] during [[6 months|f:6,month]] of "
                "follow-up. No trial has yet given [[EVs|c:ev]] to women, and platelet-rich plasma, which is not a "
                "cell therapy, is reviewed elsewhere [23]."
            ),
            (
                "table",
                "Table 2. Clinical studies of [[MSC|c:msc]] therapy cited in this review",
                [
                    ["Ref.", "Cells", "Route", "Dose", "Patients"],
                    ["[19]", "[[hUC-MSCs|c:uc]]", "[[Intraovarian (TVUS)|r:io,tvus]]",
                     "[[5 × 10^{6}–2 × 10^{7}/ovary|d:5e6,cells,ovary,5e6,2e7]]", "[[9|n:9]]"],
                    ["[20]", "[[hUC-MSCs|c:uc]]", "[[Ovarian artery (IR)|r:oa,ir]]", "[[1 × 10^{7}|d:1e7,cells,-]]",
                     "[[21|n:21]]"],
                    ["[21]", "[[BM-MSCs|c:bm]]", "[[Intraovarian (lap.)|r:io,lap]]", "Not stated", "[[12|n:12]]"],
                ],
                [0.5, 1.0, 1.3, 1.8, 0.8],
            ),
        ],
        notes=(
            "Invented English review passage with bracketed citations [n]. No entry species: cited animal facts "
            "carry @rat/@mouse. Arms: the route arms of Zhang et al. [15] (#intraovarian/#intravenous) and the "
            "dose cohorts of [19] (labels '5 × 10^6', '1 × 10^7', '2 × 10^7' as printed); only facts that tell "
            "arms apart carry labels. Conventions: 'hUCMSC-Exos' is two mentions split at the hyphen; 'failed to "
            "raise AMH' is a negated increase; 'antral follicle counts improved' an AFC increase; the table's "
            "route cells take their guidance from the abbreviation beside them (TVUS, IR, lap.; marked with it), the dose range "
            "is one fact (low 5e6, high 2e7). 'per rat' → per null. "
            "Traps (no fact): 'for 3 consecutive days' (daily dosing, not sessions), 'three months apart' "
            "(interval), 'aged mice', 'follicle numbers', 'the highest-dose cohort' (no value), 'Not stated', "
            "'No trial has yet given EVs to women' (EVs is a plain cell mention; nothing of a study denied), "
            "platelet-rich plasma (not a cell therapy), 'Ref.'/'Patients' column heads, the [19] [20] cells. "
            "Doubtful: the table's [20] dose '1 × 10^7' has no per (none printed); 'MSC therapy' in the caption "
            "is marked msc (the abbreviation used for the therapy)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=1,
    ),
    # ------------------------------------------------------------------ zh05
    RealText(
        id="zh_heldout05_rct_ovarian_artery_ucmsc",
        lang="zh",
        kind="clinical",
        title=(
            "[[卵巢动脉介入灌注|r:oa,ir]][[人脐带间充质干细胞|c:uc]]治疗卵巢储备功能减退的随机对照研究"
        ),
        authors="欧阳澜, 田振宇, 葛佩琳, 袁卓",
        journal=JOURNAL,
        year=2023,
        doi="",
        url="",
        licence=LICENCE,
        abstract=(
            "目的　评价[[卵巢动脉介入灌注|r:oa,ir]][[人脐带间充质干细胞|c:uc]]（[[hUC-MSCs|c:uc]]）"
            "对卵巢储备功能减退（DOR）患者的疗效。"
            "方法　将2020年1月至2022年12月收治的DOR患者[[80例|n:80]]按随机数字表法分为观察组和对照组，"
            "各[[40例|n:40]]。观察组在数字减影血管造影（DSA）引导下经[[双侧卵巢动脉灌注|r:oa,ir]]"
            "[[hUC-MSCs|c:uc]]，每例[[5×10^{7}个|d:5e7,cells,patient]]，[[单次|s:1#观察组]]治疗；"
            "对照组仅予期待观察及生活方式指导。两组均随访[[6个月|f:6,month]]。"
            "结果　观察组、对照组各脱落1例，最终78例完成随访。观察组治疗后[[AMH|h:AMH,inc#观察组]]及"
            "[[AFC较治疗前升高|h:AFC,inc#观察组]]，[[FSH降低|h:FSH,dec#观察组]]（均P<0.05），"
            "[[E2无明显变化|h:E2,nc#观察组]]；对照组各指标治疗前后差异均无统计学意义。随访期间观察组自然妊娠5例，"
            "对照组1例。观察组1例出现穿刺部位血肿，未发生其他不良反应。"
            "结论　[[经卵巢动脉灌注|r:oa]][[hUC-MSCs|c:uc]]可[[提高DOR患者AMH水平|h:AMH,inc]]，安全性良好。"
        ),
        body=[
            ("heading", "1　资料与方法"),
            (
                "1.1　纳入标准　①年龄30~40岁；②AMH<1.1 ng/mL和（或）AFC<5~7个；③基础FSH 10~25 IU/L；"
                "④近3个月未使用激素类药物。"
            ),
            (
                "1.2　细胞灌注　[[hUC-MSCs|c:uc]]由具备资质的细胞制备中心提供，第4代，活率>95%，"
                "[[5×10^{7}个|d:5e7,cells,-]]细胞悬浮于[[20 mL|d:20,mL,-]]生理盐水中。患者局部麻醉后经右股动脉穿刺，"
                "以Seldinger技术置入导管，[[DSA下超选择插管至双侧卵巢动脉|r:oa,ir]]，各缓慢灌注细胞悬液"
                "[[10 mL|d:10,mL,ovary]]（约30 min）。术后平卧24 h。于治疗后第1、3、[[6个月|f:6,month]]复查"
                "性激素、AMH及AFC。"
            ),
            (
                "table",
                "表2　两组治疗前后AMH及FSH比较（x̄±s）",
                [
                    ["组别", "例数", "AMH治疗前", "AMH治疗后", "FSH治疗前", "FSH治疗后"],
                    ["观察组", "39", "0.62±0.24", "0.91±0.33", "14.8±3.6", "11.2±3.1"],
                    ["对照组", "39", "0.60±0.27", "0.57±0.25", "15.1±3.9", "15.6±4.2"],
                ],
                [0.8, 0.6, 1.0, 1.0, 1.0, 1.0],
                7.0,
            ),
        ],
        notes=(
            "Invented Chinese randomised trial (hUC-MSC ovarian artery infusion vs expectant management) with an "
            "English abstract (both annotated). Arms 观察组/对照组 (English: cell group / control group) as "
            "printed; arm labels on facts that tell the arms apart (the single session of the cell arm, its "
            "hormone changes). '各40例' states both arm sizes with one number: one n:40 fact with no arm label. "
            "Conventions: '每例5×10^7个' per patient; in 1.2 the same dose without 每例 → per null; "
            "'各缓慢灌注细胞悬液10 mL' → per ovary (各 = each ovarian artery); 20 mL is the infused volume "
            "(dose). DSA引导/介入 → guidance interventional_radiology; 'DSA下超选择插管至双侧卵巢动脉' is a route "
            "mention. AMH及AFC较治疗前升高: one mark per hormone. The conclusion's '经卵巢动脉灌注' has no "
            "guidance words (route without guidance). "
            "Traps (no fact): 对照组各指标治疗前后差异均无统计学意义 (untreated control), 脱落1例 and 最终78例 and "
            "the table's 39/39 (completers: a subset of the randomised patients), 5例/1例 pregnancies, 1例血肿 "
            "(outcome counts), thresholds AMH<1.1 ng/mL, AFC<5~7个, FSH 10~25 IU/L, 年龄30~40岁, 近3个月, "
            "局部麻醉, 经右股动脉穿刺 (vascular access), 约30 min, 平卧24 h, 第4代, >95%, table cells. "
            "'治疗后第1、3、6个月' gives one follow-up fact (6个月). "
            "Doubtful: '各40例' (one fact or two arm facts); 'Seldinger' access sentence split from the route."
        ),
        layout={
            "columns": 2,
            "font": "sans",
            "en_title": (
                "[[Ovarian artery infusion|r:oa,ir]] of [[human umbilical cord mesenchymal stem cells|c:uc]] for "
                "diminished ovarian reserve: a randomised controlled study"
            ),
            "en_abstract": (
                "Objective: To evaluate [[interventional ovarian artery infusion|r:oa,ir]] of "
                "[[hUC-MSCs|c:uc]] in diminished ovarian reserve (DOR). Methods: [[Eighty patients|n:80]] were "
                "randomised to a cell group ([[n = 40|n:40#观察组]]), given [[5×10^{7}|d:5e7,cells,patient]] "
                "[[hUC-MSCs|c:uc]] per patient in a [[single|s:1#观察组]] DSA-guided infusion, or a control group "
                "([[n = 40|n:40#对照组]]) managed expectantly, and followed for [[6 months|f:6,month]]. "
                "Results: In the cell group, [[AMH|h:AMH,inc#观察组]] and [[AFC rose|h:AFC,inc#观察组]] and "
                "[[FSH fell|h:FSH,dec#观察组]] (all P<0.05), with [[E2 unchanged|h:E2,nc#观察组]]; nothing changed "
                "in the control group. Conclusion: The infusion is safe and may [[increase AMH|h:AMH,inc]] in DOR."
            ),
        },
        batch=1,
    ),
    # ------------------------------------------------------------------ en10
    RealText(
        id="en_heldout10_trial_mensc_dor",
        lang="en",
        kind="clinical",
        title=(
            "Autologous [[menstrual blood-derived stromal cells|c:men]] [[injected into the ovaries|r:io]] of "
            "poor responders: a prospective single-arm pilot study"
        ),
        authors="Elena Marchetti, Kwame Asante, Lucie Fournier",
        journal=JOURNAL,
        year=2022,
        doi="",
        url="",
        licence=LICENCE,
        abstract=(
            "Objective: To assess whether [[intraovarian|r:io]] autologous "
            "[[menstrual blood-derived stromal cells|c:men]] ([[MenSCs|c:men]]) improve ovarian reserve markers "
            "in women with diminished ovarian reserve (DOR) and a previous poor response. "
            "Design: Prospective single-arm pilot study. "
            "Patients: [[Thirty-one women|n:31]] aged 35–42 years meeting the Bologna criteria (AFC < 5–7 or "
            "AMH < 0.5–1.1 ng/mL, and ≤3 oocytes in a previous conventional stimulation). "
            "Intervention: Menstrual blood (5–10 mL) was collected on cycle day 2 in a silicone cup; "
            "[[MenSCs|c:men]] were expanded to passage 3, and [[5 × 10^{6} cells|d:5e6,cells,ovary]] in "
            "[[0.3 mL|d:0.3,mL,ovary]] were [[injected into each ovary under transvaginal ultrasound "
            "guidance|r:io,tvus]], [[once|s:1]]. "
            "Main outcome measures: AMH and AFC [[3 months|f:3,month]] after injection; oocytes retrieved in "
            "the next ICSI cycle. "
            "Results: Of the [[31 women|n:31]], 29 completed the [[3-month|f:3,month]] assessment. "
            "[[Mean AMH increased|h:AMH,inc]] from 0.48 ± 0.21 to 0.63 ± 0.30 ng/mL (P = 0.02) and "
            "[[AFC|h:AFC,inc]] from 3.1 ± 1.2 to 4.4 ± 1.8 (P = 0.004). Basal FSH (11.9 ± 3.4 vs "
            "11.2 ± 3.9 IU/L) [[did not decrease significantly|!h:FSH,dec]], and [[LH was stable|h:LH,nc]]. "
            "The mean number of oocytes retrieved rose from 1.9 to 3.2, and four clinical pregnancies followed. "
            "Conclusions: [[Intraovarian|r:io]] [[MenSCs|c:men]] appear safe and may modestly "
            "[[raise AMH|h:AMH,inc]] and [[AFC|h:AFC,inc]] in poor responders; randomised trials are needed."
        ),
        body=[
            ("heading", "Materials and methods"),
            (
                "Cells were isolated by density-gradient centrifugation and seeded at 2 × 10^{4} cells/cm^{2}; "
                "they expressed CD29, CD44, CD73 and CD90 and lacked CD34 and CD45. Release criteria were "
                "viability ≥ 90%, sterility and endotoxin < 0.5 EU/mL. Injection was performed in the "
                "follicular phase, without anaesthesia, with a 20-gauge needle; the cells were "
                "[[not given intravenously|!r:iv]]. Controlled ovarian stimulation started in the second cycle after injection with "
                "[[300 IU|d:300,IU,-]] of recombinant FSH daily in an antagonist protocol, and ovulation was "
                "triggered with [[10 000 IU|d:10000,IU,-]] of hCG. Blood was drawn at baseline and at 4, 8 and "
                "[[12 weeks|f:12,week]] after injection, and AFC was counted by one sonographer blinded to the "
                "time point."
            ),
        ],
        notes=(
            "Invented single-arm pilot (31 poor responders, intraovarian MenSCs, once). Conventions: 'AMH "
            "increased from … and AFC from …' gives an AFC increase (the verb is gapped); 'Basal FSH (…) did not "
            "decrease significantly' a negated decrease marked on the verb phrase; 'LH was stable' no_change; "
            "'Of the 31 women' restates the whole sample (marked), '29 completed' is a subset (not marked). "
            "'the 3-month assessment' and 'AMH and AFC 3 months after injection' are follow-up mentions, as is "
            "'at baseline and at 4, 8 and 12 weeks after injection' (one fact, last time point). The stimulation "
            "drugs of the study's ICSI cycle (300 IU recombinant FSH, 10 000 IU hCG) are marked as doses of "
            "drugs of the protocol (ANNOTATION: 'the drugs of the protocol'), per null ('daily' is a "
            "frequency). 'the cells were not given intravenously' is a negated intravenous route. "
            "Traps (no fact): Bologna thresholds (AFC < 5–7, AMH < 0.5–1.1 ng/mL, ≤3 oocytes), ages 35–42, "
            "menstrual blood 5–10 mL (harvest), cycle day 2, passage 3, 2 × 10^4 cells/cm^2 (seeding), ≥ 90%, "
            "0.5 EU/mL, 'second cycle' (not sessions), 20-gauge, oocytes 1.9→3.2, four pregnancies. "
            "Doubtful: the IVF stimulation doses (an annotator could hold they are not the therapy's protocol); "
            "'recombinant FSH' is a drug, not a hormone change."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=1,
    ),
]
