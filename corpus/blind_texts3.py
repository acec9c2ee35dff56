"""Invented papers written for litx by an annotator who had not seen its rules (third blind batch).

These six short papers (three Chinese, three English) are invented: every name and number
is made up, nothing is copied from a paper.  They were written and annotated from
corpus/ANNOTATION.md and the contract alone, without reading litx's rules or extractor,
so they measure litx on phrasings nobody tuned for.  They are the development part of the
invented papers: studied and tuned on, unlike corpus/heldout_texts.py.
Marks ``[[words|spec]]`` follow corpus/make_papers.py (``#label`` = arm, ``@rat`` = species).
"""

from __future__ import annotations

try:
    from real_texts import RealText
except ImportError:  # pragma: no cover
    from corpus.real_texts import RealText

_LIC = "CC BY 4.0 (written for litx)"
_J = "litx blind set"

BLIND3: list[RealText] = [
    RealText(
        id="zh_blind13_oa_ucmsc_obs_ctrl",
        lang="zh", kind="clinical",
        title="[[经卵巢动脉灌注|r:oa]]人[[脐带间充质干细胞|c:uc]]治疗卵巢早衰[[64例|n:64]]临床研究",
        authors="韩立青, 邵文静, 费宇航", journal=_J, year=2024, doi="", url="", licence=_LIC,
        abstract=(
            "目的 观察[[经介入途径向卵巢动脉灌注|r:oa,ir]]人[[脐带间充质干细胞|c:uc]]（[[hUC-MSCs|c:uc]]）治疗卵巢早衰（POF）的疗效。"
            "方法 前瞻性纳入2021年3月至2023年6月在我院生殖中心就诊的POF患者[[64例|n:64]]（年龄28～39岁，间隔4周以上两次FSH>40 IU/L），"
            "按随机数字表法分为观察组与对照组，[[各32例|n:32]]。对照组予戊酸雌二醇片[[2 mg|d:2,mg,-#对照组]]/d口服，连用21 d后加用黄体酮，"
            "3个月为一疗程；观察组在DSA引导下[[超选择插管至双侧卵巢动脉|r:oa,ir#观察组]]，每侧缓慢推注[[hUC-MSCs|c:uc#观察组]] "
            "[[1×10^7个|d:1e7,cells,ovary#观察组]]，间隔3个月再灌注1次，共[[2次|s:2#观察组]]。两组均于末次治疗后1、3、[[6个月|f:6,month]]复查血清性激素及AMH，并[[随访至末次治疗后12个月|f:12,month]]。"
            "结果 [[治疗后6个月|f:6,month]]，观察组[[FSH较治疗前下降|h:FSH,dec#观察组]]，[[AMH升高|h:AMH,inc#观察组]]（P<0.05）；"
            "对照组[[FSH亦有下降|h:FSH,dec#对照组]]，但[[AMH未见明显变化|h:AMH,nc#对照组]]。观察组[[FSH下降幅度|h:FSH,dec]]大于对照组（P=0.012）。"
            "结论 [[卵巢动脉灌注|r:oa]][[hUC-MSCs|c:uc]]可能[[改善POF患者AMH|h:AMH,inc]]水平，远期疗效尚需扩大样本并延长随访观察。"
        ),
        body=[
            "1.2 细胞制备与灌注方法 [[hUC-MSCs|c:uc]]由本院干细胞制备中心提供，取第3～5代细胞，流式检测CD73、CD90、CD105阳性率均>95%，"
            "以生理盐水重悬至2×10^6个/mL。观察组患者于静脉麻醉下经右侧股动脉穿刺，置入4F导管，[[插管至卵巢动脉|r:oa,ir#观察组]]后造影确认，"
            "每侧注入细胞悬液[[5 mL|d:5,mL,ovary#观察组]]，术后平卧6 h。两组治疗期间均未加用其他促排卵药物。",
            "2.2 随访结果 全部患者均完成随访，随访时间12～18个月，中位[[14个月|f:14,month]]。观察组[[FSH由（72.6±14.3）IU/L降至|h:FSH,dec#观察组]]（45.8±11.2）IU/L，"
            "[[E2由（18.4±6.5）pg/mL升至|h:E2,inc#观察组]]（41.7±12.9）pg/mL；该组有7例恢复自然月经，其中2例于第2次灌注后7个月自然妊娠。"
            "对照组停用激素后[[FSH回升|h:FSH,inc#对照组]]至治疗前水平。两组均未出现严重不良反应。",
            ("table", "表1 两组治疗前后血清FSH、AMH比较（x±s）",
             [["组别", "时间", "FSH (IU/L)", "AMH (ng/mL)"],
              ["观察组", "治疗前", "72.6±14.3", "0.18±0.07"],
              ["观察组", "[[治疗后3个月|f:3,month#观察组]]", "53.1±12.6", "0.29±0.10"],
              ["观察组", "[[治疗后6个月|f:6,month#观察组]]", "45.8±11.2", "0.37±0.12"],
              ["对照组", "治疗前", "70.9±13.8", "0.20±0.08"],
              ["对照组", "[[治疗后6个月|f:6,month#对照组]]", "58.4±12.0", "0.19±0.07"]],
             [0.9, 1.3, 1.1, 1.1]),
        ],
        notes=(
            "Two-arm trial: 观察组 (hUC-MSC, ovarian artery under DSA) vs 对照组 (HRT). Arms labelled 观察组/对照组. "
            "Traps: FSH>40 IU/L threshold, ages 28-39, 2×10^6个/mL concentration, 第3～5代 passages, 静脉麻醉 and 股动脉穿刺 "
            "(not routes), 21 d / 3个月为一疗程 (course, not follow-up), 间隔3个月 (interval), 第2次 (counted: no fact), "
            "7个月 to pregnancy (time to event), 2例 pregnancies (outcome count). 各32例 = each_arm (no arm). "
            "Doubtful: HRT estradiol 2 mg/d annotated as a protocol-drug dose of 对照组; 'FSH回升' after stopping HRT annotated "
            "as an increase in 对照组; '治疗后6个月，观察组…' - the time clause precedes the group name (own comma clause), so that follow-up has no arm; "
            "'观察组FSH下降幅度大于对照组' is a comparison of sizes: fact without arm. "
            "'间隔3个月再灌注1次，共2次': only 共2次 marked ('再…1次' is one of the two counted sessions; doubtful). "
            "'随访时间12～18个月，中位14个月' gives the median as the fact; the range is left unmarked."
        ),
        layout={"columns": 2, "font": "serif"}, batch=3,
    ),
    RealText(
        id="en_blind14_prp_exo_retro_cohort",
        lang="en", kind="clinical",
        title="[[Intraovarian|r:io]] platelet-rich plasma versus [[umbilical cord MSC|c:uc]]-derived [[exosomes|c:ev]] in diminished ovarian reserve: a retrospective cohort study",
        authors="M. Okafor, L. Brennan, S. Varga", journal=_J, year=2025, doi="", url="", licence=_LIC,
        abstract=(
            "Research question: Do [[intraovarian|r:io]] [[exosomes|c:ev]] from [[umbilical cord mesenchymal stromal cells|c:uc]] change ovarian reserve markers "
            "differently from autologous platelet-rich plasma (PRP) in women with diminished ovarian reserve (DOR)? "
            "Design: Single-centre retrospective cohort. The records of [[118 women|n:118]] aged 33-42 years with DOR (AMH < 1.1 ng/mL or AFC < 5) "
            "treated between January 2019 and March 2023 were reviewed. The PRP group ([[n = 72|n:72#PRP group]]) had received [[a single|s:1#PRP group]] "
            "[[transvaginal ultrasound-guided intraovarian injection|r:io,tvus#PRP group]] of [[2 mL|d:2,mL,ovary#PRP group]] PRP per ovary; "
            "the [[exosome|c:ev#exosome group]] group ([[n = 46|n:46#exosome group]]) had received [[two|s:2#exosome group]] injections, 4 weeks apart, "
            "of [[100 µg|d:100,ug,ovary#exosome group]] exosomal protein into each ovary. "
            "Results: Median follow-up was [[9 months|f:9,month]] (range 6-14). At [[3 months|f:3,month]] after the last injection, AMH "
            "[[had risen|h:AMH,inc#exosome group]] in the [[exosome|c:ev#exosome group]] group (0.52 ± 0.21 versus 0.38 ± 0.17 ng/mL at baseline, P = 0.003), "
            "whereas in the PRP group [[AMH was unchanged|h:AMH,nc#PRP group]] and [[FSH did not fall|!h:FSH,dec#PRP group]] significantly. "
            "AFC [[increased more|h:AFC,inc]] after [[exosomes|c:ev]] than after PRP (adjusted difference 1.4 follicles). Eleven clinical pregnancies were recorded. "
            "Conclusions: [[Two|s:2]] [[intraovarian|r:io]] doses of cord-derived [[exosomes|c:ev]] may [[improve AMH|h:AMH,inc]] more than [[one|s:1]] PRP injection; "
            "randomised trials are needed."
        ),
        body=[
            "Procedures. [[Exosomes|c:ev]] were isolated from the conditioned medium of passage-4 [[hUC-MSCs|c:uc]] by ultracentrifugation "
            "(particles 60-140 nm; 1 × 10^11 particles/mL). Under sedation, each ovary was punctured with a 17-gauge needle and the "
            "preparation was [[injected into the ovarian cortex under transvaginal ultrasound|r:io,tvus]]. Patients were seen at 1, 3 and "
            "[[6 months|f:6,month]] after the last injection; hormones were drawn on cycle day 2-4. Women who did not attend after month 6 were "
            "[[followed up by telephone until 12 months|f:12,month]].",
            ("table", "Table 2. Reserve markers by cohort, baseline and 3 months",
             [["Cohort", "n", "AMH 0 mo", "AMH 3 mo", "AFC 3 mo"],
              ["PRP group", "[[72|n:72#PRP group]]", "0.41", "0.43", "4.1"],
              ["[[Exosome|c:ev#exosome group]] group", "[[46|n:46#exosome group]]", "0.38", "0.52", "5.6"]],
             [1.4, 0.5, 0.9, 0.9, 0.9]),
        ],
        notes=(
            "Two arms, labelled 'PRP group' and 'exosome group' (also the table rows, one label per arm). "
            "Table caption 'baseline and 3 months' left unmarked (no 'after' words; doubtful, could be a 3-month follow-up). "
            "Cell type in the name 'exosome group' marked each time. PRP volume 2 mL per ovary annotated as a dose (injected volume). "
            "Traps: AMH < 1.1 / AFC < 5 thresholds, ages, 2019-2023 period, 4 weeks apart (interval), particle size and concentration, "
            "passage 4, 17-gauge, cycle day 2-4, eleven pregnancies (outcome count), 'range 6-14' unmarked (median is the fact), "
            "'increased more ... than' is a comparison (no arm), 'FSH did not fall' is a negated decrease. "
            "Bare 'intraovarian' (research question, conclusions) marked as a route without guidance; conclusion sessions without arm. "
            "Table column heads 'AMH 3 mo' name variables: no follow-up fact."
        ),
        layout={"columns": 1, "font": "sans"}, batch=3,
    ),
    RealText(
        id="zh_blind15_rat_cisplatin_bmsc_timepoints",
        lang="zh", kind="animal", species="rat",
        title="[[骨髓间充质干细胞|c:bm]]及其[[外泌体|c:ev]]对顺铂致卵巢早衰大鼠不同时间点卵巢功能的影响",
        authors="庞晓雯, 严子昂, 符佳", journal=_J, year=2023, doi="", url="", licence=_LIC,
        abstract=(
            "目的 比较[[骨髓间充质干细胞|c:bm]]（[[BMSCs|c:bm]]）与[[BMSCs|c:bm]]来源[[外泌体|c:ev]]在不同时间点对卵巢早衰（POF）大鼠卵巢功能的修复作用。"
            "方法 8周龄雌性SD大鼠96只，随机分为正常组、模型组、[[BMSCs|c:bm#BMSCs组]]组和[[外泌体|c:ev#外泌体组]]组，每组24只。"
            "除正常组外，其余大鼠[[腹腔注射|r:ip]]顺铂[[2 mg/kg|d:2,mg/kg,-]]，连续7 d建立POF模型。造模成功后，BMSCs组"
            "[[经尾静脉注射|r:iv#BMSCs组]][[BMSCs|c:bm#BMSCs组]] [[2×10^6个|d:2e6,cells,-#BMSCs组]]（[[0.5 mL|d:0.5,mL,-#BMSCs组]]）；外泌体组[[经尾静脉注射|r:iv#外泌体组]]"
            "[[外泌体|c:ev#外泌体组]][[100 μg|d:100,ug,-#外泌体组]]；模型组注射等体积PBS。各组均于移植后7、14、[[28 d|f:28,day]]各处死8只，检测血清激素。"
            "结果 移植后[[14 d|f:14,day]]起，BMSCs组[[FSH较模型组降低|h:FSH,dec#BMSCs组]]，[[E2升高|h:E2,inc#BMSCs组]]（P<0.05）；"
            "外泌体组[[AMH升高|h:AMH,inc#外泌体组]]，但[[FSH未见明显下降|!h:FSH,dec#外泌体组]]。"
            "结论 [[BMSCs|c:bm]]及其[[外泌体|c:ev]]均可[[上调POF大鼠AMH|h:AMH,inc]]水平，且细胞作用出现较早。"
        ),
        body=[
            "1.3 细胞培养 取4周龄SD大鼠股骨骨髓，全骨髓贴壁法培养，取第3代[[BMSCs|c:bm]]以1×10^5个/孔接种。造模期间模型组大鼠动情周期紊乱，"
            "FSH明显高于正常组，提示造模成功。",
            "2.2 激素变化 移植后[[7 d|f:7,day]]，各组FSH差异无统计学意义。至[[第28天|f:28,day]]，BMSCs组[[FSH|h:FSH,dec#BMSCs组]]、"
            "[[LH|h:LH,dec#BMSCs组]]均下降，[[AMH回升|h:AMH,inc#BMSCs组]]；外泌体组[[E2|h:E2,inc#外泌体组]]与[[AMH|h:AMH,inc#外泌体组]]均升高。"
            "两治疗组之间FSH差异无统计学意义。",
            ("table", "表2 移植后[[28 d|f:28,day]]各组大鼠血清激素水平（n=8）",
             [["组别", "FSH (IU/L)", "E2 (pg/mL)", "AMH (ng/mL)"],
              ["正常组", "6.2±1.1", "32.5±5.4", "5.8±0.9"],
              ["模型组", "14.8±2.3", "15.1±3.6", "2.1±0.6"],
              ["[[BMSCs|c:bm#BMSCs组]]组", "8.9±1.7", "26.3±4.8", "4.2±0.8"],
              ["[[外泌体|c:ev#外泌体组]]组", "10.6±2.0", "24.0±4.1", "4.5±0.7"]],
             [1.1, 1.0, 1.0, 1.0]),
        ],
        notes=(
            "Rat study, species rat by default; four groups, arms BMSCs组 / 外泌体组 (model group only PBS: no facts). "
            "Cisplatin 2 mg/kg i.p. is the model dose (no arm: every group but the normal one). "
            "Traps: 8周龄 / 4周龄 ages, 每组24只 and 各处死8只 and n=8 (animals, not sample size), 连续7 d (duration of dosing, no sessions), "
            "0.5 mL after the cell dose marked as the injected volume (a dose of its own), 等体积PBS (no number), "
            "1×10^5个/孔 in vitro, 第3代, model-vs-normal FSH (model validation, no fact), '造模成功后' (time from model). "
            "Time points 7, 14, 28 d: list gives last (28 d); '移植后14 d起' and '移植后7 d' each measured outcomes: follow-up facts without arm "
            "(clause before the group / all groups). '各组FSH差异无统计学意义' and '两治疗组之间FSH差异无统计学意义' are comparisons between groups, not changes: unmarked (doubtful)."
            " BMSCs in '第3代BMSCs以1×10^5个/孔接种' (in vitro) still marked as a mention of the therapy cells."
        ),
        layout={"columns": 1, "font": "serif"}, batch=3,
    ),
    RealText(
        id="en_blind16_mensc_three_arm_dose",
        lang="en", kind="clinical",
        title="Three dose levels of [[intraovarian|r:io]] [[menstrual blood-derived stem cells|c:men]] in premature ovarian insufficiency: a randomised phase I/II dose-finding trial",
        authors="R. Castellanos, Y. Ito, H. Mbeki", journal=_J, year=2025, doi="", url="", licence=_LIC,
        abstract=(
            "Background: The dose of [[menstrual blood-derived stem cells|c:men]] ([[MenSCs|c:men]]) needed to restore ovarian activity in "
            "premature ovarian insufficiency (POI) is unknown. Methods: [[Thirty-six women|n:36]] with POI (FSH > 25 IU/L on two occasions, "
            "amenorrhoea ≥ 4 months) were randomly assigned to a low-dose ([[n = 12|n:12#low-dose]]), mid-dose ([[n = 12|n:12#mid-dose]]) or "
            "high-dose ([[n = 12|n:12#high-dose]]) arm, receiving [[1 × 10^6|d:1e6,cells,ovary#low-dose]], [[5 × 10^6|d:5e6,cells,ovary#mid-dose]] or "
            "[[1 × 10^7|d:1e7,cells,ovary#high-dose]] allogeneic [[MenSCs|c:men]] per ovary, respectively, in [[one|s:1]] session of "
            "[[transvaginal ultrasound-guided intraovarian injection|r:io,tvus]]. Visits were scheduled at [[weeks 4, 12 and 24|f:24,week]], "
            "and safety was monitored over [[48 weeks|f:48,week]]. Findings: No serious adverse events occurred. In the high-dose arm, AMH "
            "[[rose|h:AMH,inc#high-dose]] from 0.09 ± 0.05 to 0.21 ± 0.11 ng/mL by [[week 24|f:24,week#high-dose]] (P = 0.004) and FSH "
            "[[fell|h:FSH,dec#high-dose]] by a median of 21 IU/L; [[AMH did not change|h:AMH,nc#low-dose]] in the low-dose arm. "
            "Interpretation: [[MenSCs|c:men]] at [[1 × 10^7 cells|d:1e7,cells,ovary]] per ovary merit a phase III trial."
        ),
        body=[
            "Intervention. On the day of injection, cryopreserved [[MenSCs|c:men]] (passage 5, viability > 90%) were thawed and suspended in "
            "[[0.5 mL|d:0.5,mL,ovary]] saline per ovary. Under light sedation, both ovaries were [[punctured transvaginally under ultrasound guidance|r:io,tvus]] "
            "and the suspension was deposited at three to four cortical sites. Participants were asked not to take hormone therapy from "
            "4 weeks before treatment until the week-24 visit.",
            "Outcomes by arm. In the mid-dose arm, FSH [[did not decrease|!h:FSH,dec#mid-dose]] significantly (P = 0.21), although the "
            "antral follicle count [[increased|h:AFC,inc#mid-dose]] by one follicle on average at [[week 12|f:12,week#mid-dose]]. "
            "Across the three arms, the [[rise in AMH|h:AMH,inc]] was dose-dependent (P for trend = 0.02). Follow-up lasted a median of "
            "[[52 weeks|f:52,week]] (IQR 49-56); three women conceived spontaneously, all in the high-dose arm.",
            ("table", "Table 1. Assessment schedule",
             [["Visit", "Week", "FSH/E2", "AMH", "AFC"],
              ["Baseline", "-2 to 0", "x", "x", "x"],
              ["V1", "4", "x", "", "x"],
              ["V2", "12", "x", "x", "x"],
              ["V3", "24", "x", "x", "x"],
              ["Safety call", "48", "", "", ""]],
             [1.3, 1.0, 0.8, 0.7, 0.7]),
        ],
        notes=(
            "Three arms labelled 'low-dose', 'mid-dose', 'high-dose' (named before the shared head 'arm' with their counts); the doses "
            "with 'respectively' take those labels. One session for all arms: no arm. Traps: FSH > 25 IU/L on two occasions (threshold "
            "and measurement, not sessions), amenorrhoea ≥ 4 months, passage 5, viability, three to four cortical sites (not sessions), "
            "'4 weeks before treatment' (not follow-up), IQR range unmarked, three pregnancies (outcome count), 'the rise in AMH was "
            "dose-dependent' (comparison across arms: an AMH increase without arm), "
            "'1 × 10^7 cells per ovary' in the interpretation marked as a dose without arm (a new paragraph-part; doubtful: a recommendation). "
            "Table 1 (schedule of weeks) is a list of time points with no 'after treatment' words: left unmarked (doubtful)."
        ),
        layout={"columns": 1, "font": "serif"}, batch=3,
    ),
    RealText(
        id="zh_blind17_case_ucmsc_two_sessions",
        lang="zh", kind="case",
        title="[[两次|s:2]][[卵巢内注射|r:io]][[脐带间充质干细胞|c:uc]]治疗早发性卵巢功能不全[[1例|n:1]]并文献复习",
        authors="覃美玲, 卢建国", journal=_J, year=2024, doi="", url="", licence=_LIC,
        abstract=(
            "报告[[1例|n:1]]早发性卵巢功能不全（POI）患者先后接受[[2次|s:2]]人[[脐带间充质干细胞|c:uc]]（[[UC-MSCs|c:uc]]）[[卵巢内移植|r:io]]后恢复月经的诊治经过。"
            "患者34岁，停经14个月，基础FSH 86.2 IU/L，AMH<0.01 ng/mL。第1次于[[腹腔镜下行双侧卵巢皮质内注射|r:io,lap]]，"
            "每侧[[UC-MSCs|c:uc]][[1×10^7个|d:1e7,cells,ovary]]；间隔4个月后在[[经阴道超声引导下再次行卵巢内注射|r:io,tvus]]，每侧[[5×10^6个|d:5e6,cells,ovary]]。"
            "第2次移植后7个月月经来潮，[[末次移植后9个月|f:9,month]]复查[[FSH降至|h:FSH,dec]]21.4 IU/L，[[AMH升至|h:AMH,inc]]0.08 ng/mL，"
            "[[窦卵泡数增至|h:AFC,inc]]3个。目前已[[随访1年半|f:1.5,year]]，未见不良反应。"
        ),
        body=[
            "1 病例资料 患者于2021年因“停经1年余”就诊，外院两次检测FSH均>40 IU/L，诊断为POI，曾行激素替代治疗6个月，停药后仍无月经。"
            "染色体核型46,XX。经伦理委员会批准并签署知情同意后，于2022年4月行腹腔镜手术，术中以22G针[[将细胞悬液注入双侧卵巢皮质|r:io,lap]]，"
            "每侧[[1 mL|d:1,mL,ovary]]。术后[[1个月|f:1,month]]复查性激素，[[FSH未见明显变化|h:FSH,nc]]。",
            "2 讨论 既往研究中，[[UC-MSCs|c:uc]]多采用[[卵巢局部注射|r:io]]或[[经卵巢动脉|r:oa]]途径，剂量为每侧卵巢"
            "[[5×10^6～1×10^7个|d:5e6,cells,ovary,5e6,1e7]]^[3-5]；Ding等^[6]对[[14例|n:14]]患者行[[多次|s:-]]移植，"
            "[[随访6个月|f:6,month]]时[[AMH较基线升高|h:AMH,inc]]。本例第2次注射选择超声引导，创伤更小。",
        ],
        notes=(
            "Single case, two sessions stated (共2次 in abstract: '第1次', '第2次', '再次' are references to counted sessions, no fact). "
            "Routes: '腹腔镜下行双侧卵巢皮质内注射' one mark with laparoscopic guidance; '经阴道超声引导下再次行卵巢内注射' one mark (再次 = counted session). "
            "Title '两次' marked as sessions (title is a mention), '1例' in the title as sample size. "
            "Traps: age 34, 停经14个月, baseline FSH 86.2 and AMH<0.01 (baselines), FSH>40 IU/L (threshold; 两次检测 = measurements, not sessions), "
            "HRT 6个月 (course), 间隔4个月 (interval), 第2次移植后7个月月经来潮 (time to event, not follow-up), 22G needle, "
            "1×10^7 / 5×10^6 per side (每侧 = per ovary). Discussion cites a range dose (5×10^6～1×10^7, low/high) and a study of 14 patients with repeated transplants."
        ),
        layout={"columns": 2, "font": "sans"}, batch=3,
    ),
    RealText(
        id="en_blind18_review_msc_exosome_followup",
        lang="en", kind="review",
        title="[[Mesenchymal stromal cells|c:msc]] and their [[exosomes|c:ev]] for ovarian insufficiency: how much, by which route, and for how long were patients and animals followed?",
        authors="P. Lindqvist, A. Ferreira", journal=_J, year=2026, doi="", url="", licence=_LIC,
        abstract=(
            "Reports of [[mesenchymal stromal cell|c:msc]] ([[MSC|c:msc]]) therapy for premature ovarian insufficiency rarely state doses, "
            "delivery and observation times in comparable terms. We reviewed nine preclinical and four clinical studies published up to 2025 "
            "and tabulated how each gave the cells or their [[extracellular vesicles|c:ev]] ([[EVs|c:ev]]) and when outcomes were read. "
            "Animal studies usually read their outcomes within a few weeks of treatment, and clinical series rarely reported beyond a year."
        ),
        body=[
            "Preclinical data. In female C57BL/6 mice conditioned with busulfan ([[20 mg/kg|d:20,mg/kg,-@mouse]]) and cyclophosphamide "
            "([[120 mg/kg|d:120,mg/kg,-@mouse]]) given [[intraperitoneally|r:ip@mouse]], [[a single|s:1@mouse]] [[tail-vein|r:iv@mouse]] injection of "
            "[[1 × 10^6|d:1e6,cells,-@mouse]] [[hUC-MSCs|c:uc@mouse]] [[lowered FSH|h:FSH,dec@mouse]] and [[raised serum E2|h:E2,inc@mouse]] "
            "[[four weeks after transplantation|f:4,week@mouse]] [12]. Zhou and colleagues [13] gave [[BMSC|c:bm@rat]]-derived [[exosomes|c:ev@rat]] "
            "([[50 µg|d:50,ug,-@rat]], [[three|s:3@rat]] doses at 3-day intervals, [[intravenously|r:iv@rat]]) to rats treated with cisplatin "
            "([[2 mg/kg|d:2,mg/kg,-@rat]] daily for 10 days); serum [[AMH rose|h:AMH,inc@rat]] and ovaries were examined on "
            "[[days 7, 14 and 21 after the last injection|f:21,day@rat]]. Whether FSH also fell was not reported.",
            "Clinical data. Evidence in women is thinner. In a single-arm study of [[21 women|n:21]] with POI, autologous [[BMSCs|c:bm]] were "
            "delivered after [[catheterisation of the ovarian artery|r:oa,ir]] by interventional radiologists; over a mean follow-up of "
            "[[11.2 ± 3.4 months|f:11.2,month]], [[FSH decreased|h:FSH,dec]] in six patients and menses returned in four^[14]. "
            "[[Two case reports|n:2]] described [[transvaginal ultrasound-guided intraovarian injection|r:io,tvus]] of [[UC-MSCs|c:uc]] "
            "([[two|s:2]] sessions each), with AMH [[increasing|h:AMH,inc]] from undetectable levels and follow-up of [[12|f:12,month]] and "
            "[[18 months|f:18,month]], respectively^[15,16].",
            ("table", "Table 1. Delivery and follow-up in the studies cited",
             [["Ref.", "Model", "Cells", "Route", "Follow-up"],
              ["[12]", "Mouse", "[[hUC-MSC|c:uc@mouse]]", "[[Tail vein|r:iv@mouse]]", "[[4 wk|f:4,week@mouse]]"],
              ["[13]", "Rat", "[[BMSC|c:bm@rat]]-[[EV|c:ev@rat]]", "[[i.v.|r:iv@rat]]", "[[21 d|f:21,day@rat]]"],
              ["[14]", "POI, [[n=21|n:21]]", "[[BMSC|c:bm]]", "[[Ovarian a.|r:oa]]", "[[11.2 mo|f:11.2,month]]"],
              ["[15,16]", "POI, [[n=2|n:2]]", "[[UC-MSC|c:uc]]", "[[i.o.|r:io]]", "[[18 mo|f:18,month]]"]],
             [0.8, 1.1, 1.2, 1.1, 1.0]),
        ],
        notes=(
            "Review with cited studies; species per mark (mouse [12], rat [13]; clinical rows none). No arms. "
            "Traps: 'nine preclinical and four clinical studies' (studies, not sample sizes), 'up to 2025' (publication period), "
            "'3-day intervals' (interval), 'daily for 10 days' (duration of dosing: no sessions), 'six patients'/'four' (outcome subgroups), "
            "'within a few weeks of treatment' / 'beyond a year' (general statements over studies, no fact). 'Whether FSH also fell was not reported' "
            "left unmarked (an absence of report, not a denial of a change). "
            "Table: 'n=21' and 'n=2' in the Model column marked as sample sizes (cells hold facts; no arms); "
            "'Ovarian a.' and 'i.o.' marked as routes without guidance (the cells do not state it)."
        ),
        layout={"columns": 1, "font": "sans"}, batch=3,
    ),
]
