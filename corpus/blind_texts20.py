"""Invented papers written for litx by an annotator who had not seen its rules (twentieth batch).

Part of the development set of invented papers (studied and tuned on, unlike
corpus/heldout_texts.py).  Every title, name, number and sentence below is invented;
nothing is copied from any paper.  Fact marks ``[[words|spec]]`` follow
corpus/ANNOTATION.md and the markup of corpus/make_papers.py (plus ``@animal`` for an
unnamed or other animal, as in corpus/real).  This batch varies how numbers are said:
sessions at "weeks 0, 4 and 8" with the count stated elsewhere, "two-stage" with a
booster, "a course of two infusions", "injected three times", 共3次 after a monthly
frequency, an ordinal 第二次移植 with no count, and look-alikes (dose levels, injection
sites per ovary, passages, IVF cycles, repeated measurements, daily model-drug dosing);
follow-up as a median with a range, visits, "over 2 years", "until delivery", killing
times joined by "or" and listed, 术后第N周复查, table heads; samples screened versus
randomised versus analysed, per arm in words, in tables, 共纳入N例, 每组N只.  Kinds: a
sham-controlled randomised trial of bone marrow MSCs, a single-arm two-stage PRP study, a
dose-escalation of intravenous menstrual-blood MSCs, a retrospective PRP cohort before
IVF, a single- versus two-injection randomised trial of UC-MSCs, a retrospective cohort of
UC-MSCs in knee osteoarthritis (another condition, marked only where the contract has a
value), mouse, rat and rabbit models (cisplatin, 4-vinylcyclohexene diepoxide,
cyclophosphamide with busulfan, cyclophosphamide), a case series and a case report, a
meta-analysis and a narrative review.
"""

from __future__ import annotations

try:
    from real_texts import RealText
except ImportError:  # pragma: no cover - imported as corpus.blind_texts20
    from corpus.real_texts import RealText

_LIC = "CC BY 4.0 (written for litx)"
_J = "litx blind set"

BLIND20: list[RealText] = [
    # ------------------------------------------------------------------ 231
    RealText(
        id="en_blind231_rct_bmmsc_intraovarian_weeks_0_4_8_sham",
        lang="en",
        kind="clinical",
        title=(
            "[[Three|s:3]] [[intraovarian|r:io]] injections of autologous [[bone marrow mesenchymal stromal "
            "cells|c:bm]] versus sham puncture in poor responders: a randomised trial (MARROW-3)"
        ),
        authors="Tomasz Wierzbicki, Adaeze Okonkwo-Lindqvist, Hiroshi Tanabe-Morel",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**Background** Women who respond poorly to ovarian stimulation have few options. We asked whether "
            "autologous [[bone marrow mesenchymal stromal cells|c:bm]] ([[BM-MSCs|c:bm]]), "
            "[[placed in the ovaries|r:io]] before IVF, would enlarge the pool of antral follicles. "
            "**Methods** In this single-centre, assessor-blinded trial, women aged 35 to 43 years who met the "
            "Bologna criteria were randomly assigned (1:1) to the cell arm or the sham arm. The cell arm received "
            "[[10 million|d:1e7,cells,ovary#cell arm]] [[BM-MSCs|c:bm#cell arm]] per ovary "
            "[[by transvaginal ultrasound-guided injection|r:io,tvus#cell arm]] at weeks 0, 4 and 8; the sham "
            "arm underwent the same punctures at the same visits with nothing injected. The primary outcome was "
            "the antral follicle count (AFC) at [[week 24|f:24,week]]. "
            "**Findings** Ninety-seven women were screened and [[64|n:64]] randomised, [[thirty-two|n:32]] to each "
            "arm; 58 were analysed at [[week 24|f:24,week]]. The AFC [[rose|h:AFC,inc#cell arm]] in the cell arm from a mean of "
            "3.1 to 4.6 and [[was unchanged|h:AFC,nc#sham arm]] in the sham arm (difference 1.4, 95% CI 0.6 to "
            "2.2). FSH [[fell modestly|h:FSH,dec#cell arm]] in the cell arm. AMH [[did not change|h:AMH,nc]] in "
            "either arm. Seven women of the cell arm and three of the sham arm had a clinical pregnancy. "
            "**Interpretation** [[Three|s:3]] [[intraovarian|r:io]] injections of [[BM-MSCs|c:bm]] "
            "[[increased the AFC|h:AFC,inc]] of poor responders by about one and a half follicles, "
            "[[without a change in AMH|h:AMH,nc]]."
        ),
        body=[
            "**Participants.** Eligible women had had at least one IVF cycle with three or fewer oocytes after "
            "conventional stimulation, or an AFC below seven together with AMH below 1.1 ng/mL. Women with a "
            "previous ovarian operation, stage III–IV endometriosis or a body-mass index above 32 were excluded. "
            "Enrolment ran from March 2021 to August 2023.",
            "**Cell preparation.** Under local anaesthesia, 60 mL of marrow was aspirated from the posterior iliac "
            "crest two weeks before the first injection. [[BM-MSCs|c:bm]] were expanded in medium with 5% human "
            "platelet lysate for 14 days, harvested at passage 2, checked for CD73, CD90 and CD105 and for the "
            "absence of CD45 and HLA-DR, and suspended at 2 × 10^{7} cells/mL. Cells for the second and third "
            "injections were thawed from stock frozen at the first harvest.",
            "**Injections.** In the cell arm, a 17-gauge needle was "
            "[[guided by transvaginal ultrasound into the cortex of each ovary|r:io,tvus#cell arm]], and "
            "[[0.5 mL|d:0.5,mL,ovary#cell arm]] of suspension, that is [[1 × 10^{7} cells|d:1e7,cells,ovary#cell arm]], "
            "was deposited there at two sites. Each woman of that arm was thus injected "
            "[[three times|s:3#cell arm]], four weeks apart. In the sham arm the needle entered each ovary at the "
            "same two sites and was withdrawn without injecting anything.",
            "**Assessments.** The AFC was counted on cycle day 2–4 by two sonographers who did not know the "
            "allocation, and their counts were averaged; FSH and AMH were drawn on the same morning. Visits were "
            "at weeks [[0, 12 and 24|f:24,week]]. After week 24, a woman could start one IVF cycle with a fixed "
            "antagonist protocol; further cycles were outside the trial.",
            (
                "table",
                "Table 1. Women randomised and analysed, with baseline values, mean (SD)",
                [
                    ["Arm", "Randomised", "Analysed at week 24", "Age, years", "AFC at entry", "AMH, ng/mL"],
                    ["Cell arm", "[[32|n:32#cell arm]]", "30", "39.4 (2.3)", "3.1 (1.2)", "0.61 (0.30)"],
                    ["Sham arm", "[[32|n:32#sham arm]]", "28", "39.0 (2.6)", "3.3 (1.4)", "0.66 (0.28)"],
                ],
                [0.16, 0.15, 0.2, 0.15, 0.16, 0.18],
            ),
            (
                "table",
                "Table 2. Ovarian markers over time, mean (SD)",
                [
                    ["Arm", "Marker", "Week 0", "Week 12", "[[Week 24|f:24,week]]"],
                    ["Cell arm", "AFC", "3.1 (1.2)", "4.2 (1.6)", "4.6 (1.7)"],
                    ["Cell arm", "FSH, IU/L", "13.8 (4.1)", "12.1 (3.9)", "11.9 (3.6)"],
                    ["Cell arm", "AMH, ng/mL", "0.61 (0.30)", "0.63 (0.33)", "0.60 (0.31)"],
                    ["Sham arm", "AFC", "3.3 (1.4)", "3.2 (1.5)", "3.2 (1.3)"],
                    ["Sham arm", "FSH, IU/L", "13.5 (3.8)", "13.9 (4.0)", "13.6 (4.2)"],
                    ["Sham arm", "AMH, ng/mL", "0.66 (0.28)", "0.64 (0.30)", "0.65 (0.29)"],
                ],
                [0.2, 0.2, 0.2, 0.2, 0.2],
            ),
            "**Safety.** One woman in the cell arm had a small ovarian haematoma after the second injection, "
            "seen on ultrasound and resolved without treatment. There were no infections and no allergic "
            "reactions.",
            "**Discussion.** An earlier pilot in which [[ten women|n:10]] received [[a single|s:1]] "
            "[[intraovarian|r:io]] dose of [[BM-MSCs|c:bm]] reported that the AFC [[increased|h:AFC,inc]] by "
            "[[three months|f:3,month]] [9]. In our trial the cells [[did not raise AMH|!h:AMH,inc]], which reflects follicles "
            "somewhat larger than those the cells may recruit; longer observation will show whether the gain in "
            "antral follicles lasts.",
        ],
        notes=(
            "Two-arm sham-controlled RCT; arms 'cell arm' and 'sham arm' (table rows by first cell). Sample: 64 "
            "randomised; 'thirty-two to each arm' (each_arm: no label); 97 screened and 58/30/28 analysed are no "
            "samples; table 'Randomised' 32/32 per row with arms. Sessions: 'at weeks 0, 4 and 8' is a schedule "
            "(the count is stated elsewhere: 'Three' in title and interpretation, 'three times' in the cell "
            "arm); 'second and third injections' ordinals of counted sessions; sham punctures deliver nothing "
            "(no route/sessions); 'two sites', 'one IVF cycle', 'two sonographers' no sessions. Dose: 10 million "
            "per ovary, 0.5 mL and 1 × 10^7 cells at each ovary; 60 mL marrow aspirate (harvest) and "
            "2 × 10^7 cells/mL (concentration) no doses. Follow-up: visits 'weeks 0, 12 and 24' -> 24 weeks; "
            "Table 2 heads Week 0 | Week 12 | Week 24 -> last; 'AFC at week 24' (primary outcome) and 'analysed at "
            "week 24' are times at which outcomes were measured (24 weeks); Table 1 head 'Analysed at week 24' is "
            "one time head alone (no fact); 'After week 24' (start of IVF) no fact. Hormones: AFC rose (cell arm), unchanged (sham arm), FSH fell (cell arm), AMH no change "
            "'in either arm' (no arm); interpretation AFC inc and 'without a change in AMH' (no arm). Table 2 "
            "holds numbers only (no direction words: no facts). Discussion pilot [9]: ten women, single, io, "
            "bm, AFC increased by three months; own 'did not raise AMH' negated increase. Traps: ages 35-43, AMH < 1.1, passage 2, 14 days culture, "
            "17-gauge, cycle day 2-4."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=20,
    ),
    # ------------------------------------------------------------------ 232
    RealText(
        id="en_blind232_singlearm_prp_two_stage_booster_poi",
        lang="en",
        kind="clinical",
        title=(
            "[[Two-stage|s:2]] [[intraovarian|r:io]] platelet-rich plasma for premature ovarian insufficiency: "
            "one-year results of a prospective single-arm study"
        ),
        authors="Maren Oyelaran-Holt, Dmitri Vassilakis, Nour El-Hajjar",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "Platelet-rich plasma (PRP) concentrates growth factors that may wake dormant follicles, yet most "
            "reports give it once and stop. We offered [[forty|n:40]] women with premature ovarian "
            "insufficiency a [[two-stage|s:2]] protocol: [[4 mL|d:4,mL,ovary]] of autologous PRP "
            "[[injected into each ovary under transvaginal ultrasound|r:io,tvus]], followed by a booster of the "
            "same volume eight weeks later. Thirty-six women completed [[12 months|f:12,month]] of observation. "
            "Median FSH [[dropped|h:FSH,dec]] from 68 to 49 IU/L by the [[6-month visit|f:6,month]], AMH "
            "[[improved|h:AMH,inc]] in 15 women, and LH [[showed no change|h:LH,nc]]. Menses came back in eleven "
            "women, at a median of ten weeks after the booster, and three conceived without treatment. PRP "
            "given [[in two sittings|s:2]] was safe and was followed by [[a fall in FSH|h:FSH,dec]] that lasted "
            "to the end of follow-up; a randomised comparison with a single sitting is now under way."
        ),
        body=[
            "**Women.** Between 2021 and 2023 we screened 57 women referred with POI (amenorrhoea for at least "
            "four months and two FSH values above 25 IU/L a month apart). Seventeen were excluded, chiefly for "
            "karyotype abnormalities or poorly controlled thyroid disease, and [[40|n:40]] were enrolled. Their "
            "median age was 36 years, and they had been amenorrhoeic for a median of 19 months (range 5–71). "
            "Nine had already been through between two and five IVF cycles elsewhere.",
            "**Preparation.** From 36 mL of venous blood drawn into citrate tubes, a double-spin method gave about "
            "8 mL of PRP with a platelet count four to five times that of whole blood; it was activated with 10% "
            "calcium gluconate just before use. No leucocyte filter was used.",
            "**Procedure.** At stage 1 the PRP was [[injected under transvaginal ultrasound guidance into the "
            "subcapsular cortex of both ovaries|r:io,tvus]], [[4 mL|d:4,mL,ovary]] per ovary spread over three "
            "or four sites. The booster (stage 2) repeated the procedure eight weeks later with freshly prepared "
            "PRP, so that each woman received [[two|s:2]] treatments in all. Women took no hormone replacement "
            "during the study.",
            "**Follow-up.** Hormones were measured at baseline and [[3, 6 and 12 months|f:12,month]] after the "
            "booster; in women without cycles blood was drawn on any day, and FSH was repeated after a week "
            "whenever the two readings might straddle a cut-off. Women were followed for "
            "[[one year|f:1,year]] after the booster, or until pregnancy.",
            (
                "table",
                "Table 1. Serum hormones of the 36 completers, median (IQR)",
                [
                    ["Hormone", "Baseline", "3 months", "6 months", "[[12 months|f:12,month]]", "P (trend)"],
                    ["FSH, IU/L", "68 (55–84)", "56 (41–73)", "49 (36–70)", "47 (35–69)", "<0.001"],
                    ["LH, IU/L", "39 (30–52)", "37 (27–50)", "38 (26–49)", "38 (28–51)", "0.61"],
                    ["Oestradiol, pg/mL", "18 (10–29)", "31 (15–58)", "40 (19–77)", "46 (20–88)", "0.002"],
                    ["AMH, ng/mL", "<0.03 (<0.03–0.06)", "0.04 (<0.03–0.11)", "0.05 (<0.03–0.14)",
                     "0.05 (<0.03–0.13)", "0.04"],
                ],
                [0.2, 0.16, 0.16, 0.16, 0.16, 0.16],
            ),
            "**Results.** FSH [[decreased|h:FSH,dec]] step by step to a median of 47 IU/L at "
            "[[12 months|f:12,month]]. Oestradiol [[rose|h:E2,inc]] from 18 to 46 pg/mL, while LH "
            "[[did not move|h:LH,nc]]. AMH was undetectable in 29 women at entry; by [[one year|f:1,year]] it had "
            "[[increased|h:AMH,inc]] in 15 of the 36 and stayed undetectable in the rest. Eleven women resumed "
            "menses, at a median of ten weeks after the booster (range 3–30 weeks). Three pregnancies followed; "
            "two ended in live births and one in a first-trimester loss. Four women did not return after the "
            "6-month visit and are counted as lost.",
            "**Discussion.** One randomised study of [[60 women|n:60]] found that PRP [[given once|s:1]] "
            "[[into the ovary|r:io]] [[raised AMH|h:AMH,inc]] only for a few months [14]; we added the booster for "
            "that reason. Without a control group, part of the fall in FSH may be regression to the mean, "
            "since women were often referred at a high reading.",
        ],
        notes=(
            "Single-arm study (no arms). Sample: 'forty' / '40 were enrolled'; 57 screened, 17 excluded, 36 "
            "completers (a subset: no fact), 15 AMH responders, eleven with menses, four lost: no samples. "
            "Sessions: 'Two-stage' (title), 'two-stage protocol', 'in two sittings', 'two treatments in all'; "
            "'a booster' and 'stage 1/stage 2' are references to the counted sessions (no fact); 'three or four "
            "sites', 'two and five IVF cycles', FSH repeated after a week (a measurement) no sessions. Dose: 4 mL "
            "per ovary (twice); 36 mL of blood drawn and 8 mL yield are not given doses; platelet count 4-5 "
            "times and 10% calcium gluconate no doses. Follow-up: 12 months of observation, 6-month visit, list "
            "'3, 6 and 12 months' -> 12, 'followed for one year', table heads -> 12 months, 'at 12 months', 'by "
            "one year'; 'ten weeks after the booster' (time to menses) and 'range 3-30 weeks' no; 'after the "
            "6-month visit' (lost) left unmarked: no outcome is reported at it. Hormones: FSH dropped/decreased/'a fall "
            "in FSH', AMH improved/increased, LH no change twice, oestradiol rose; table numbers only. Cited "
            "[14]: 60 women, once, io, AMH raised. Traps: median age 36, amenorrhoea 19 months (range 5-71), "
            "eight weeks interval, 'Menses came back in eleven women'."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=20,
    ),
    # ------------------------------------------------------------------ 233
    RealText(
        id="en_blind233_phase1_menscs_intravenous_three_levels",
        lang="en",
        kind="clinical",
        title=(
            "[[Intravenous|r:iv]] [[menstrual blood-derived mesenchymal stromal cells|c:men]] in premature "
            "ovarian insufficiency: a phase I dose-escalation trial"
        ),
        authors="Giulia Ferracuti-Amsel, Babajide Oluwaseun, Linnea Kask",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**Aims** To find a tolerable dose of allogeneic [[menstrual blood-derived mesenchymal stromal "
            "cells|c:men]] ([[MenSCs|c:men]]) given [[by vein|r:iv]] to women with premature ovarian "
            "insufficiency (POI). "
            "**Methods** Women were enrolled in sequence at level 1 "
            "([[0.5 × 10^{6} cells/kg|d:5e5,cells/kg,-#level 1]]), level 2 ([[1 × 10^{6}|d:1e6,cells/kg,-#level 2]]) "
            "and level 3 ([[2 × 10^{6}|d:2e6,cells/kg,-#level 3]]), [[three women per level|n:3]], a level being "
            "expanded to six if one woman had a dose-limiting toxicity. Each woman received "
            "[[a course of two infusions|s:2]], 14 days apart. "
            "**Results** [[Twelve women|n:12]] were treated; level 3 was expanded to [[six|n:6#level 3]] after a "
            "transient rash that was later judged unrelated. No dose-limiting toxicity was confirmed. At level 3, "
            "FSH [[fell|h:FSH,dec#level 3]] and oestradiol [[rose|h:E2,inc#level 3]] by "
            "[[month 6|f:6,month#level 3]]. At levels 1 and 2, [[FSH|h:FSH,nc]] and "
            "[[oestradiol stayed flat|h:E2,nc]]. AMH [[did not change|h:AMH,nc]] at any level. Median follow-up "
            "was [[14 months|f:14,month]] (range 9–22). "
            "**Conclusions** [[Two|s:2]] [[intravenous|r:iv]] infusions of up to "
            "[[2 × 10^{6} cells/kg|d:2e6,cells/kg,-]] of [[MenSCs|c:men]] were tolerated; the top level will be "
            "taken into a randomised phase II trial."
        ),
        body=[
            "**Patients.** Women of 27–39 years were eligible if they had been amenorrhoeic for at least six "
            "months, had FSH above 40 IU/L on two samples taken four weeks apart, and had a normal karyotype. "
            "Fourteen were screened; one withdrew before treatment and one was found to carry an FMR1 "
            "premutation.",
            "**Cells.** [[MenSCs|c:men]] were isolated from menstrual blood collected on the second day of a "
            "healthy donor's period, expanded to passage 5 over about 21 days and frozen in one lot. On the "
            "day of dosing the cells were thawed, washed, suspended in [[50 mL|d:50,mL,-]] of saline with 1% "
            "albumin and [[infused over 30 minutes through a peripheral vein|r:iv]]. The second infusion used "
            "the same lot and the same dose.",
            "**Escalation.** Four dose levels had been written into the protocol, but the safety committee "
            "closed the fourth before it opened, after a venous thrombosis had been reported elsewhere with a "
            "similar product. A level was opened only when every woman of the level below had passed day 28 "
            "after her second infusion.",
            "**Follow-up.** Visits took place at months [[1, 3, 6 and 12|f:12,month]] after the second infusion, "
            "and thereafter women were called by telephone every six months.",
            (
                "table",
                "Table 1. Dose levels, women treated and hormone change at month 6",
                [
                    ["Level", "Dose, cells/kg", "Women, n", "DLT", "FSH", "Oestradiol", "AMH"],
                    ["Level 1", "[[0.5 × 10^{6}|d:5e5,cells/kg,-#level 1]]", "[[3|n:3#level 1]]", "0",
                     "[[No change|h:FSH,nc#level 1]]", "[[No change|h:E2,nc#level 1]]",
                     "[[No change|h:AMH,nc#level 1]]"],
                    ["Level 2", "[[1 × 10^{6}|d:1e6,cells/kg,-#level 2]]", "[[3|n:3#level 2]]", "0",
                     "[[No change|h:FSH,nc#level 2]]", "[[No change|h:E2,nc#level 2]]",
                     "[[No change|h:AMH,nc#level 2]]"],
                    ["Level 3", "[[2 × 10^{6}|d:2e6,cells/kg,-#level 3]]", "[[6|n:6#level 3]]", "0",
                     "[[Decreased|h:FSH,dec#level 3]]", "[[Increased|h:E2,inc#level 3]]",
                     "[[No change|h:AMH,nc#level 3]]"],
                ],
                [0.12, 0.2, 0.12, 0.08, 0.16, 0.16, 0.16],
            ),
            "**Safety.** The rash at level 3 appeared two days after the first infusion in a woman who had "
            "started an antibiotic, and cleared in a week. Two women reported tiredness on the day of an "
            "infusion. No thrombosis, infection or new autoantibody was seen.",
            "**Discussion.** In a cyclophosphamide-induced mouse model, [[MenSCs|c:men@mouse]] given "
            "[[through the tail vein|r:iv@mouse]] [[raised AMH|h:AMH,inc@mouse]] [[four weeks|f:4,week@mouse]] "
            "after transplantation [8]. That we saw [[no rise in AMH|!h:AMH,inc]] may reflect how few follicles remain in women "
            "with established POI; the hormonal response at level 3 suggests that dose matters.",
        ],
        notes=(
            "Phase I dose escalation; arms 'level 1/2/3' (named with their head word and value in the Methods, "
            "table rows by first cell). Sample: 'three women per level' is a count for every arm (each_arm: n = 3, no "
            "arm); 'Twelve women were treated' n = 12; level 3 expanded to six (arm); table counts 3/3/6; 14 "
            "screened, one withdrew, one premutation: no. Sessions: 'a course of two infusions', conclusion 'Two'; 'The "
            "second infusion', 'first infusion', 'the level below' ordinals/references; 'Four dose levels' no "
            "sessions. Doses per kg (per null), 50 mL infused volume; the unopened fourth level has no value. "
            "Follow-up: 'by month 6' (level 3), 'Median follow-up was 14 months (range 9–22)' -> 14 (the "
            "bracketed range restates its spread: no second fact), visits at months 1, 3, 6 and 12 -> 12; "
            "'day 28 after her second infusion' is an escalation rule (no outcome measured: no fact); "
            "telephone every six months is a frequency. Hormones: level 3 FSH fell, E2 rose; levels 1 and 2 "
            "(two names before one head word: no arm) FSH and oestradiol no change; AMH no change at any level "
            "(no arm); table rows per level. Discussion [8]: mouse MenSCs tail vein AMH raised four weeks after; own 'no rise in AMH' negated increase. "
            "Traps: ages 27-39, six months amenorrhoea, FSH > 40, passage 5, 21 days, 30 minutes, 'a week' (rash), "
            "day 2 of the donor's period."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=20,
    ),
    # ------------------------------------------------------------------ 234
    RealText(
        id="en_blind234_mouse_cisplatin_adsc_exosomes_tail_vein_three_times",
        lang="en",
        kind="animal",
        title=(
            "[[Exosomes|c:ev]] from [[human adipose-derived mesenchymal stem cells|c:ad]] given "
            "[[intravenously|r:iv]] [[three times|s:3]] protect the ovarian reserve of cisplatin-treated mice"
        ),
        authors="Sung-Ah Pyeon, Matthias Oberreiter, Chiamaka Eze-Whitfield",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        species="mouse",
        abstract=(
            "Cisplatin damages granulosa cells and drains the primordial follicle pool. We tested whether "
            "[[exosomes|c:ev]] secreted by [[human adipose-derived mesenchymal stem cells|c:ad]] "
            "([[hADSC|c:ad]]-[[Exos|c:ev]]) limit this loss. Female C57BL/6 mice received cisplatin "
            "[[2 mg/kg|d:2,mg/kg,-]] [[intraperitoneally|r:ip]] every day for seven days and were then allotted "
            "to group P (cisplatin plus PBS) or group E (cisplatin plus [[exosomes|c:ev#group E]]); group N "
            "received saline only. Group E was given [[100 µg|d:100,ug,-#group E]] of "
            "[[hADSC|c:ad#group E]]-[[Exos|c:ev#group E]] [[via the tail vein|r:iv#group E]] on days 1, 4 and 7 "
            "after the last cisplatin dose, [[three injections|s:3#group E]] in all. In every group, ovaries and "
            "serum were collected [[2|f:2,week]] or [[4 weeks|f:4,week]] after the last injection. Compared with "
            "group P, group E had [[lower FSH|h:FSH,dec#group E]] at both times and "
            "[[higher serum AMH|h:AMH,inc#group E]] and [[E2|h:E2,inc#group E]] at the later time, and it kept "
            "almost twice as many primordial follicles. These results support "
            "[[hADSC|c:ad@human]]-[[Exos|c:ev@human]] as a cell-free way to protect the ovaries of women who "
            "need chemotherapy."
        ),
        body=[
            "**Exosomes.** [[hADSCs|c:ad]] from the lipoaspirates of three donors were grown to passage 4, and "
            "the conditioned medium of 48 h was spun at 100,000 g for 70 min, twice. The [[exosomes|c:ev]] "
            "measured 40–160 nm, carried CD9, CD63 and TSG101, and were stored at 1 µg of protein per µL.",
            "**Model and groups.** Thirty female C57BL/6 mice, 8 weeks old, were used. Cisplatin "
            "([[2 mg/kg|d:2,mg/kg,-]] in saline) was [[injected intraperitoneally|r:ip]] once a day for 7 "
            "consecutive days into twenty of them; the other ten (group N) received saline on the same "
            "schedule. The cisplatin-treated mice were divided at random into group P and group E, ten in each.",
            "**Treatment.** Group E was [[injected through the tail vein|r:iv#group E]] with "
            "[[100 µg|d:100,ug,-#group E]] of exosomal protein in [[100 µL|d:0.1,mL,-#group E]] of PBS on days "
            "1, 4 and 7 after the last cisplatin dose. Group P received 100 µL of PBS at the same times.",
            "**Assessments.** Five mice of each group were killed at each time. Vaginal smears were read daily "
            "for the [[4 weeks|f:4,week]] after the last injection. Follicles were counted on every fifth serial "
            "section, and serum FSH, E2 and AMH were measured by ELISA in duplicate.",
            "**Results.** Cisplatin raised FSH and lowered AMH and E2 in group P relative to group N and halved "
            "the primordial pool, confirming the injury. At [[2 weeks|f:2,week#group E]], group E had "
            "[[lower FSH|h:FSH,dec#group E]] than group P, whereas its AMH [[was similar|h:AMH,nc#group E]]. By "
            "[[4 weeks|f:4,week#group E]], AMH [[was higher|h:AMH,inc#group E]] in group E, and so "
            "[[was E2|h:E2,inc#group E]]; primordial follicles numbered 41 ± 9 per ovary against 22 ± 7 in group "
            "P. Estrous cycles were regular in seven of ten mice of group E.",
            (
                "table",
                "Table 1. Serum hormones and follicles [[4 weeks|f:4,week]] after the last injection, mean ± SD "
                "(five mice per group)",
                [
                    ["Group", "FSH (mIU/mL)", "E2 (pg/mL)", "AMH (ng/mL)", "Primordial follicles"],
                    ["Group N", "4.1 ± 0.8", "38.6 ± 6.2", "6.9 ± 1.1", "55 ± 8"],
                    ["Group P", "9.7 ± 1.6", "17.3 ± 4.0", "2.8 ± 0.7", "22 ± 7"],
                    ["Group E", "5.6 ± 1.2", "29.9 ± 5.1", "4.7 ± 0.9", "41 ± 9"],
                ],
                [0.2, 0.2, 0.2, 0.2, 0.2],
            ),
            "**Discussion.** Exosomes of [[bone marrow MSCs|c:bm@rat]] [[injected into the ovaries|r:io@rat]] of "
            "cyclophosphamide-treated rats [[raised E2|h:E2,inc@rat]] in an earlier study [12], and "
            "[[adipose-derived stromal cells|c:ad@human]] have been [[injected into the ovaries|r:io@human]] of "
            "[[nine women|n:9@human]] with POI [15]. Intravenous exosomes avoid a puncture of the ovary, but "
            "most of each dose is taken up by the liver, so the dose needed in women is still unknown.",
        ],
        notes=(
            "Mouse study (species mouse by default); groups 'group N' (saline), 'group P' (cisplatin + PBS), "
            "'group E' (cisplatin + exosomes; 'exosomes' in its bracketed description is a mention with its "
            "arm). Model drug: cisplatin 2 mg/kg i.p. (twice), daily for 7 days (a duration of daily dosing: no "
            "sessions count), given to two groups (no arm). Therapy: 100 µg (per mouse: per null) in 100 µL, "
            "tail vein, 'three injections' (group E) and 'three times' (title, no arm); days 1, 4 and 7 are a "
            "schedule. Follow-up: killed '2 or 4 weeks' after the last injection (two facts, 'In every "
            "group': no arm), smears for 4 weeks after (observation), 'At 2 weeks'/'By 4 weeks' (group E "
            "sentences), table caption '4 weeks after the last injection'. Hormones: group E vs group P, FSH "
            "lower, AMH and E2 higher (arm group E); 'its AMH was similar' at 2 weeks (no_change, group E); "
            "cisplatin vs group N (model validation: no fact). Table numbers only. Discussion: [12] rat bm "
            "MSC exosomes io E2 raised; [15] nine women ad io (human). Closing clinical promise @human. Traps: "
            "30/20/10 mice, five per group, 8 weeks old, passage 4, 48 h, 100,000 g twice, 40-160 nm, 1 µg per "
            "µL (concentration), 'in duplicate', 41/22 follicles, seven of ten mice."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=20,
    ),
    # ------------------------------------------------------------------ 235
    RealText(
        id="en_blind235_rat_vcd_hamsc_intraovarian_single",
        lang="en",
        kind="animal",
        title=(
            "[[Human amniotic mesenchymal stem cells|c:am]] [[injected into the ovary|r:io]] restore follicle "
            "development in rats with 4-vinylcyclohexene diepoxide-induced ovarian insufficiency"
        ),
        authors="Yerlan Abdikarimov, Sophie Delacroix-Mbeki, Pranav Iyengar",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        species="rat",
        abstract=(
            "**Objective:** 4-Vinylcyclohexene diepoxide (VCD) destroys primordial and primary follicles "
            "selectively and models the slow exhaustion of the ovary better than alkylating drugs. We asked "
            "whether [[human amniotic mesenchymal stem cells|c:am]] ([[hAMSCs|c:am]]) placed directly in the "
            "ovary can rescue follicle growth in this model. "
            "**Methods:** Sprague–Dawley rats aged 28 days received VCD [[80 mg/kg|d:80,mg/kg,-]] "
            "[[intraperitoneally|r:ip]] on 15 consecutive days. They were then assigned to a VCD group, a "
            "vehicle group and an [[hAMSC|c:am#hAMSC group]] group, with untreated rats as a control group "
            "(eight rats in each). The [[hAMSC|c:am#hAMSC group]] group received [[a single|s:1#hAMSC group]] "
            "injection of [[2 × 10^{6}|d:2e6,cells,ovary#hAMSC group]] cells [[into each ovary|r:io#hAMSC group]]; "
            "the vehicle group received PBS in the same way. Four rats per group were killed "
            "[[14|f:14,day]] or [[28 days|f:28,day]] after the injection. "
            "**Results:** In the [[hAMSC|c:am#hAMSC group]] group, serum [[AMH|h:AMH,inc#hAMSC group]] and "
            "[[inhibin B rose|h:INHB,inc#hAMSC group]] and FSH [[declined|h:FSH,dec#hAMSC group]] relative to "
            "the VCD group by [[day 28|f:28,day#hAMSC group]], and growing follicles were more numerous. The vehicle group did not differ "
            "from the VCD group. "
            "**Conclusion:** [[Intraovarian|r:io]] [[hAMSCs|c:am]] rescue follicle development after VCD injury "
            "in rats."
        ),
        body=[
            "**Cells.** [[hAMSCs|c:am]] were isolated from the amnion of term placentas after elective caesarean "
            "delivery by collagenase digestion, expanded to passage 3 and labelled with CM-DiI on the day "
            "before use. They expressed CD44, CD73 and CD90 and lacked CD34 and HLA-DR.",
            "**Model.** VCD was dissolved in sesame oil and [[injected intraperitoneally|r:ip]] at "
            "[[80 mg/kg|d:80,mg/kg,-]] per day for 15 days. Thirty-two rats that had lost regular cycles by day "
            "30 were used.",
            "**Transplantation.** Under isoflurane, both ovaries were exposed through a dorsal incision. In the "
            "[[hAMSC|c:am#hAMSC group]] group, [[2 × 10^{6} cells|d:2e6,cells,ovary#hAMSC group]] in "
            "[[20 µL|d:0.02,mL,ovary#hAMSC group]] of PBS were [[injected beneath the capsule of each ovary|r:io#hAMSC group]] "
            "with a 30-gauge needle, divided between two sites. Cell transplantation was performed "
            "[[once|s:1#hAMSC group]].",
            "**Outcomes.** Vaginal smears were examined daily for [[28 days|f:28,day]] after the injection. "
            "Labelled cells were looked for in ovarian sections on days [[3, 7 and 14|f:14,day]] after "
            "transplantation in two extra rats each. Serum FSH, AMH and inhibin B were measured by ELISA.",
            "**Results.** Labelled cells lay in the ovarian stroma and theca, not in follicles, and few remained at "
            "the last look. In the [[hAMSC|c:am#hAMSC group]] group AMH [[was higher|h:AMH,inc#hAMSC group]] than "
            "in the VCD group at [[day 28|f:28,day#hAMSC group]]. Regular cycles returned "
            "in six of eight rats of that group. In the vehicle group, FSH [[stayed|h:FSH,nc#vehicle group]] "
            "at the level of the VCD group.",
            (
                "table",
                "Table 1. Serum AMH (ng/mL) by group, mean ± SD",
                [
                    ["Group", "Day 14", "[[Day 28|f:28,day]]"],
                    ["Control", "5.82 ± 0.91", "5.64 ± 0.88"],
                    ["VCD", "2.10 ± 0.55", "1.87 ± 0.49"],
                    ["Vehicle", "2.05 ± 0.61", "1.92 ± 0.57"],
                    ["[[hAMSC|c:am#hAMSC group]]", "2.61 ± 0.58", "3.74 ± 0.70"],
                ],
                [0.34, 0.33, 0.33],
            ),
            "**Discussion.** [[hAMSCs|c:am@mouse]] given [[intravenously|r:iv@mouse]] [[lowered FSH|h:FSH,dec@mouse]] in "
            "cyclophosphamide-treated mice [7]; we chose the intraovarian route because few infused cells reach "
            "the ovary. The cells did not persist, which suggests that they act through what they secrete.",
        ],
        notes=(
            "Rat study (species rat by default). Groups: control, VCD, vehicle and 'hAMSC group' (the cell "
            "type in its name is a mention with its arm every time, also the table row 'hAMSC'). Sample: rats "
            "only (eight in each, 32, four per group): none. Model drug: VCD 80 mg/kg i.p. (twice), on 15 "
            "consecutive days / per day for 15 days (durations of daily dosing: no sessions). Therapy: 'a "
            "single' and 'once' (hAMSC group), 2 × 10^6 cells and 20 µL into each ovary (per ovary), route "
            "intraovarian (dorsal incision: no guidance id); the vehicle's PBS 'in the same way' no fact. "
            "Follow-up: killed '14 or 28 days' after (two facts, 'Four rats per group': no arm), smears 'daily "
            "for 28 days' after, tracking 'days 3, 7 and 14' (a list: the last), 'at day 28' (hAMSC group "
            "sentence), table heads Day 14 | Day 28 -> last; 'by day 28' in the abstract results (hAMSC group: "
            "the time the change was measured); 'by day 30' of the model (a time counted from the model) no. Hormones: AMH and INHB rose, FSH "
            "declined (hAMSC group vs VCD group); 'AMH was higher ... at day 28' (hAMSC group); vehicle FSH "
            "'stayed' (no change, vehicle group); 'did not differ' with no hormone: no fact. Discussion [7] "
            "mouse: hAMSCs iv, 'lowered FSH' (species mouse). Traps: aged 28 days, passage 3, 30-gauge, two "
            "sites, six of eight rats."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=20,
    ),
    # ------------------------------------------------------------------ 236
    RealText(
        id="en_blind236_case_series_adsc_laparoscopic_three_women",
        lang="en",
        kind="case",
        title=(
            "Autologous [[adipose-derived stromal cells|c:ad]] [[injected into the ovaries at laparoscopy|r:io,lap]]: "
            "three women with premature ovarian insufficiency"
        ),
        authors="Eleanor Achterberg, Rashid Al-Mansoori, Ines Quaresma",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "We describe [[three women|n:3]] with premature ovarian insufficiency who asked for an experimental "
            "treatment after counselling. Each had autologous [[adipose-derived stromal cells|c:ad]] "
            "([[ADSCs|c:ad]]) [[placed in both ovaries during laparoscopy|r:io,lap]]. Two of the three had "
            "[[a single|s:1]] procedure and one had [[two|s:2]]. FSH [[fell|h:FSH,dec]] in one woman and the AFC "
            "[[rose|h:AFC,inc]] in another, while AMH [[stayed undetectable|h:AMH,nc]] in the third; one woman delivered a healthy child after IVF. "
            "No complication was seen over follow-up of [[12 to 24 months|f:12,month]]."
        ),
        body=[
            "**Common procedure.** Under general anaesthesia, 80–120 mL of fat was aspirated from the lower "
            "abdominal wall. The stromal vascular fraction was plated and the adherent [[ADSCs|c:ad]] expanded "
            "for 12 days to passage 1, then tested for sterility, endotoxin and CD73/CD90/CD105. At laparoscopy "
            "two weeks later, [[15 × 10^{6} cells|d:1.5e7,cells,ovary]] in [[1 mL|d:1,mL,ovary]] of Ringer's lactate "
            "were [[injected into each ovary|r:io,lap]] through a 22-gauge needle, in three or four passes "
            "through the cortex.",
            "**Case 1.** A 31-year-old woman had been amenorrhoeic for 14 months after a viral illness; her FSH "
            "was 92 IU/L, AMH undetectable and karyotype 46,XX. She had [[one|s:1#Case 1]] procedure. FSH "
            "[[fell|h:FSH,dec#Case 1]] to 31 IU/L [[three months|f:3,month#Case 1]] after it, and a first "
            "menstrual period came five months after the injection. She has been followed for "
            "[[18 months|f:18,month#Case 1]] and menstruates every 35 to 50 days.",
            "**Case 2.** A 37-year-old woman with secondary amenorrhoea of three years and FSH of 104 IU/L had "
            "no response at [[six months|f:6,month#Case 2]], and asked to be treated again. The second treatment used the frozen "
            "remainder of her first preparation, this time by "
            "[[transvaginal ultrasound-guided injection into each ovary|r:io,tvus#Case 2]], so that she had "
            "[[two|s:2#Case 2]] treatments in all. Her AMH [[remained undetectable|h:AMH,nc#Case 2]] and FSH "
            "[[did not fall|!h:FSH,dec#Case 2]] over [[2 years|f:2,year#Case 2]].",
            "**Case 3.** A 28-year-old woman with 45,X/46,XX mosaicism had an AFC of 1 and AMH of 0.04 ng/mL. "
            "After [[a single|s:1#Case 3]] procedure, her AFC [[rose|h:AFC,inc#Case 3]] to 4 at "
            "[[12 weeks|f:12,week#Case 3]]. Two IVF stimulation cycles yielded five oocytes and two embryos; "
            "the second transfer led to a singleton pregnancy, and she delivered at 38 weeks.",
            (
                "table",
                "Table 1. Hormones before and after treatment",
                [
                    ["Case", "Procedures", "FSH before / after (IU/L)", "AMH before / after (ng/mL)",
                     "AFC before / after", "Follow-up"],
                    ["Case 1", "[[1|s:1#Case 1]]", "92 / 31", "<0.03 / <0.03", "0 / 1",
                     "[[18 months|f:18,month#Case 1]]"],
                    ["Case 2", "[[2|s:2#Case 2]]", "104 / 98", "<0.03 / <0.03", "0 / 0",
                     "[[24 months|f:24,month#Case 2]]"],
                    ["Case 3", "[[1|s:1#Case 3]]", "38 / 29", "0.04 / 0.11", "1 / 4",
                     "[[12 months|f:12,month#Case 3]]"],
                ],
                [0.1, 0.13, 0.21, 0.22, 0.17, 0.17],
            ),
            "**Comment.** These three women do not show that [[ADSCs|c:ad]] work. In a larger series, "
            "[[twenty-two patients|n:22]] received [[ADSCs|c:ad]] [[into the ovary|r:io]] and FSH "
            "[[decreased|h:FSH,dec]] in about a third of them [6]. Women with some remaining follicles, like "
            "our third patient, may be the ones who stand to gain.",
        ],
        notes=(
            "Case series of three (sample 'three women'); each case named by its number is an arm ('Case 1', "
            "'Case 2', 'Case 3'), also the table rows; what all share (common procedure, abstract) has no arm. "
            "Sessions: abstract 'a single' and 'two' (no case named: no arm); Case 1 'one', Case 2 'two "
            "treatments in all' ('The second treatment' and 'her first preparation' are references), Case 3 'a "
            "single'; table Procedures 1/2/1; 'three or four passes', 'Two IVF stimulation cycles', 'the second "
            "transfer' no sessions. Dose 15 × 10^6 cells and 1 mL into each ovary; 80-120 mL fat aspirate is a "
            "harvest. Route: laparoscopic io (common), Case 2 second treatment transvaginal. Follow-up: '12 to "
            "24 months' (range: low end), Case 1 'three months after it' and 'followed for 18 months', Case 2 "
            "'over 2 years', Case 3 'at 12 weeks', table Follow-up column per case; 'five months after the "
            "injection' (time to menses), 'no response at six months' (Case 2: a time at which the outcome was reported, 6 months), 'delivered at 38 weeks' (gestation) no. Hormones: "
            "abstract FSH fell / AFC rose / AMH stayed undetectable are said of unnamed women (one, another, "
            "the third): facts with no arm. Case 1 FSH fell; Case 2 AMH no change and FSH 'did not fall' (negated decrease); Case 3 AFC rose; "
            "table before/after numbers only. Comment [6]: 22 patients, ADSCs io, FSH decreased. Traps: ages, "
            "14 months amenorrhoea, FSH 92/104, passage 1, 12 days, 22-gauge, five oocytes, two embryos."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=20,
    ),
    # ------------------------------------------------------------------ 237
    RealText(
        id="en_blind237_meta_cells_exosomes_prp_poi_dor",
        lang="en",
        kind="review",
        title=(
            "Cell, [[exosome|c:ev]] and platelet-rich plasma treatments for premature ovarian insufficiency and "
            "poor ovarian reserve: a systematic review and meta-analysis of clinical studies"
        ),
        authors="Kateryna Bondarenko-Riis, Olumide Fashola, Camille Vautrin-Lee",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**Background:** Many small studies have injected cells, cell products or platelet-rich plasma (PRP) "
            "into failing ovaries, and their results disagree. "
            "**Methods:** We searched four databases from inception to June 2024 for clinical studies of "
            "[[mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]), [[exosomes|c:ev]] or PRP in women with premature "
            "ovarian insufficiency (POI) or poor ovarian reserve that reported FSH, AMH, oestradiol or the "
            "antral follicle count (AFC) before and after treatment. Mean differences (MD) were pooled with "
            "random effects. "
            "**Results:** Twenty-one studies were eligible, 7 randomised trials and 14 single-arm or cohort "
            "studies, together treating [[1,046 women|n:1046]]. After cell therapy, FSH "
            "[[decreased|h:FSH,dec]] (MD −11.8 IU/L), AMH [[increased|h:AMH,inc]] (MD 0.21 ng/mL) and the AFC "
            "[[increased|h:AFC,inc]] (MD 1.3), while oestradiol [[did not change significantly|h:E2,nc]]. After "
            "PRP, FSH [[fell|h:FSH,dec]] by less and AMH [[rose|h:AMH,inc]] only in women with poor ovarian "
            "reserve. Follow-up ranged from [[3 to 24 months|f:3,month]]. "
            "**Conclusions:** [[Intraovarian|r:io]] treatments [[lowered FSH|h:FSH,dec]] and "
            "[[raised AMH|h:AMH,inc]] modestly, but most studies were small and uncontrolled."
        ),
        body=[
            "**Study characteristics.** Eleven studies gave cells, three gave [[exosomes|c:ev]] and seven gave "
            "PRP. The cells were [[umbilical cord MSCs|c:uc]] in five studies, [[bone marrow MSCs|c:bm]] in four "
            "and [[adipose-derived stromal cells|c:ad]] in two. [[Intraovarian injection|r:io]] was used in "
            "fifteen studies, [[transvaginal ultrasound-guided injection|r:io,tvus]] in eleven of them and "
            "[[laparoscopic injection|r:io,lap]] in four; four studies gave cells [[intravenously|r:iv]] and two "
            "[[through the ovarian artery|r:oa]]. Cell doses for the ovary ranged from "
            "[[5 × 10^{6} to 3 × 10^{7} cells per ovary|d:5e6,cells,ovary,5e6,3e7]], and intravenous doses from "
            "[[1 to 2 × 10^{6} cells/kg|d:1e6,cells/kg,-,1e6,2e6]]. Most studies gave [[a single|s:1]] "
            "treatment; six gave [[repeated|s:-]] injections.",
            "**Largest trials.** In the largest trial, [[180 women|n:180]] with poor ovarian reserve were "
            "randomised to [[umbilical cord MSCs|c:uc]] or to no injection before IVF, and AMH "
            "[[rose|h:AMH,inc#cell group]] in the cell group [15]; its outcomes were read at "
            "[[six months|f:6,month]]. An exosome trial of "
            "[[48 women|n:48]] gave [[two|s:2]] [[intraovarian|r:io]] injections of "
            "[[100 µg|d:100,ug,ovary]] per ovary and reported that the AFC [[did not change|h:AFC,nc]] [19].",
            (
                "table",
                "Table 2. Pooled changes after treatment",
                [
                    ["Outcome", "Treatment", "Studies", "MD (95% CI)", "I², %", "Direction"],
                    ["FSH, IU/L", "Cells", "10", "−11.8 (−16.0 to −7.6)", "78", "[[Decreased|h:FSH,dec]]"],
                    ["FSH, IU/L", "PRP", "6", "−5.9 (−9.4 to −2.4)", "64", "[[Decreased|h:FSH,dec]]"],
                    ["AMH, ng/mL", "Cells", "9", "0.21 (0.09 to 0.33)", "71", "[[Increased|h:AMH,inc]]"],
                    ["AMH, ng/mL", "PRP", "7", "0.12 (−0.02 to 0.26)", "58", "[[No change|h:AMH,nc]]"],
                    ["AFC", "Cells", "6", "1.3 (0.5 to 2.1)", "49", "[[Increased|h:AFC,inc]]"],
                    ["Oestradiol, pg/mL", "Cells", "8", "9.4 (−3.1 to 21.9)", "82", "[[No change|h:E2,nc]]"],
                ],
                [0.2, 0.13, 0.1, 0.27, 0.1, 0.2],
            ),
            "**Certainty.** Heterogeneity was high for most outcomes. Nine studies enrolled fewer than 30 women, "
            "and only the seven randomised trials had a control group. Removing the four studies at high risk "
            "of bias left the direction of every pooled change unchanged.",
            "**Animal evidence.** We did not pool animal studies, but note that the mouse experiments most often "
            "used cyclophosphamide at [[120 mg/kg|d:120,mg/kg,-@mouse]] with busulfan at "
            "[[30 mg/kg|d:30,mg/kg,-@mouse]], [[given once|s:1@mouse]] [[intraperitoneally|r:ip@mouse]], a far "
            "harsher injury than the slow decline seen in women.",
        ],
        notes=(
            "Meta-analysis (the review's own pooling has no groups). The cited trial [15] has two groups; "
            "'AMH rose in the cell group' carries its arm 'cell group' (in a review a name labels its own "
            "sentence only, so the next sentence's 'six months' has none). Sample: 1,046 women pooled; cited [15] 180 "
            "women, [19] 48 women; 21/7/14 studies, 'fewer than 30 women' (a bound) no. Hormones: pooled FSH "
            "dec, AMH inc, AFC inc, E2 no change; PRP FSH fell, AMH rose (poor reserve); conclusion; Table 2 "
            "Direction column (no arm). Follow-up: 'ranged from 3 to 24 months' (range: low end), cited [15] "
            "'at six months'. Doses: cell dose range per ovary, iv range per kg, [19] 100 µg per ovary; "
            "mouse model drugs 120 and 30 mg/kg, given once, i.p. (species mouse). Sessions: 'a single', "
            "'repeated' (count null), [19] 'two'. Routes: io, io tvus, io lap, iv, ovarian artery; 'Eleven "
            "studies', 'fifteen studies' no samples."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=20,
    ),
    # ------------------------------------------------------------------ 238
    RealText(
        id="zh_blind238_retro_prp_intraovarian_dor_ivf",
        lang="zh",
        kind="clinical",
        title=(
            "[[卵巢内注射|r:io]]自体富血小板血浆对卵巢储备功能减退患者体外受精结局的影响：一项回顾性队列研究"
        ),
        authors="司马静怡，顾晓澜，聂文博",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**摘要：目的** 评价[[经阴道超声引导下卵巢内注射|r:io,tvus]]自体富血小板血浆（PRP）对卵巢储备功能减退"
            "（DOR）患者体外受精（IVF）结局的影响。**方法** 回顾性分析2019年6月至2023年5月在本中心行IVF的DOR患者"
            "资料，共纳入[[186例|n:186]]，其中IVF前接受PRP注射者[[78例|n:78#PRP组]]（PRP组），未注射者"
            "[[108例|n:108#对照组]]（对照组）。PRP组于促排卵周期前行[[单次|s:1#PRP组]]注射，每侧卵巢注入PRP "
            "[[2 mL|d:2,mL,ovary#PRP组]]。比较两组注射后[[3个月|f:3,month]]的AMH、窦卵泡计数（AFC）及随后IVF周期的"
            "获卵数和临床妊娠率。**结果** PRP组注射后AMH[[升高|h:AMH,inc#PRP组]]（0.52±0.21 vs 0.71±0.30 ng/mL），"
            "AFC由4.1±1.6个[[增至|h:AFC,inc#PRP组]]5.3±2.0个（P<0.05），FSH[[无明显变化|h:FSH,nc#PRP组]]；对照组同期"
            "AMH[[未见变化|h:AMH,nc#对照组]]。PRP组获卵数多于对照组（5.6±2.4 vs 4.3±2.1个），临床妊娠率（26.9% vs "
            "19.4%）差异无统计学意义。**结论** [[单次|s:1]][[卵巢内注射|r:io]]PRP可[[提高AMH|h:AMH,inc]]和"
            "[[AFC|h:AFC,inc]]，并增加DOR患者IVF的获卵数。"
        ),
        body=[
            ("heading", "1 资料与方法"),
            "**1.1 研究对象** 纳入标准：① 年龄≤40岁；② AMH<1.1 ng/mL或AFC<7个；③ 既往至少1个IVF周期获卵数≤3个。"
            "排除卵巢手术史、子宫内膜异位症Ⅲ~Ⅳ期、血小板减少及抗凝治疗者。符合标准者共[[186例|n:186]]。",
            "**1.2 PRP制备** 抽取肘静脉血20 mL，采用二次离心法制备PRP约4 mL，血小板浓度为全血的4~6倍，注射前以"
            "10%葡萄糖酸钙激活。",
            "**1.3 注射方法** PRP组患者于月经干净后3~7 d，在静脉麻醉下，"
            "[[经阴道超声引导将PRP注入双侧卵巢皮质|r:io,tvus#PRP组]]，每侧卵巢[[2 mL|d:2,mL,ovary#PRP组]]，分3~4个点"
            "注射。注射后[[3个月|f:3,month#PRP组]]复查AMH及AFC，随后进入拮抗剂方案促排卵周期。对照组间隔约3个月"
            "重复检测AMH后直接进入IVF周期。",
            ("heading", "2 结果"),
            (
                "table",
                "表1 两组注射前后AMH及AFC比较（x̄±s）",
                [
                    ["组别", "例数", "AMH前（ng/mL）", "AMH后（ng/mL）", "AFC前（个）", "AFC后（个）"],
                    ["PRP组", "[[78|n:78#PRP组]]", "0.52±0.21", "0.71±0.30", "4.1±1.6", "5.3±2.0"],
                    ["对照组", "[[108|n:108#对照组]]", "0.55±0.24", "0.53±0.26", "4.3±1.8", "4.2±1.7"],
                ],
                [0.16, 0.12, 0.18, 0.18, 0.18, 0.18],
            ),
            "PRP组共41例获得可移植胚胎，对照组48例。PRP组AMH[[升高|h:AMH,inc#PRP组]]者52例。两组均无感染、"
            "卵巢出血等并发症。",
            ("heading", "3 讨论"),
            "PRP不含细胞成分，其作用可能来自血小板释放的生长因子。既往研究^[6]对[[24例|n:24]]POI患者"
            "[[卵巢内注射|r:io]]PRP，[[随访12个月|f:12,month]]，5例恢复月经。本研究[[未行重复注射|!s:-]]，"
            "多次注射能否进一步提高AMH尚需前瞻性研究证实。",
        ],
        notes=(
            "Retrospective cohort; arms 'PRP组' (78) and '对照组' (108), counts with bracketed names label those "
            "counts (table rows by first cell). Sample: 186 (twice), 78/108 with arms; 41/48 with embryos, 52 "
            "AMH responders, '5例恢复月经' of a cited study are outcome counts. Sessions: '单次' (PRP组; "
            "conclusion no arm); '未行重复注射' is a denied repeated injection (negated, count null); '分3~4个点', "
            "'1个IVF周期', '重复检测AMH' no sessions. Dose 2 mL per ovary (每侧卵巢); 20 mL of blood, 4 mL of PRP "
            "prepared, 4~6 times, 10% calcium gluconate no doses. Follow-up: '两组注射后3个月' (no arm), "
            "'注射后3个月复查' (PRP组 paragraph), cited '随访12个月'; '月经干净后3~7 d', '间隔约3个月' (control's "
            "interval between two measurements, not after an intervention) no. Hormones: PRP组 AMH升高, AFC增至, FSH "
            "无明显变化; 对照组 AMH未见变化; conclusion 提高AMH和AFC (no arm); 'PRP组AMH升高者52例' (a rise reported in the PRP group; 52 is an outcome count); table numbers only. English abstract: own "
            "labels 'PRP group', 'control group'. Traps: 年龄≤40, AMH<1.1, AFC<7, 获卵数≤3, P<0.05."
        ),
        layout={
            "columns": 1,
            "font": "serif",
            "en_title": (
                "Effect of [[intraovarian|r:io]] autologous platelet-rich plasma on IVF outcomes in women with "
                "diminished ovarian reserve: a retrospective cohort study"
            ),
            "en_abstract": (
                "**Abstract: Objective** To evaluate the effect of autologous platelet-rich plasma (PRP) "
                "[[injected into the ovaries under transvaginal ultrasound guidance|r:io,tvus]] on IVF outcomes "
                "in diminished ovarian reserve (DOR). **Methods** Records of [[186 women|n:186]] with DOR treated "
                "by IVF between June 2019 and May 2023 were reviewed: [[78|n:78#PRP group]] had received "
                "[[a single|s:1#PRP group]] injection of [[2 mL|d:2,mL,ovary#PRP group]] of PRP per ovary before "
                "stimulation (PRP group), and [[108|n:108#control group]] had not (control group). Outcomes were "
                "compared between the groups [[3 months|f:3,month]] after injection. **Results** In the PRP group "
                "AMH [[rose|h:AMH,inc#PRP group]] and the AFC [[increased|h:AFC,inc#PRP group]], while FSH "
                "[[was unchanged|h:FSH,nc#PRP group]]; in the control group AMH "
                "[[did not change|h:AMH,nc#control group]]. More oocytes were retrieved in the PRP group, but "
                "the clinical pregnancy rate did not differ significantly. **Conclusion** "
                "[[A single|s:1]] [[intraovarian|r:io]] PRP injection [[raises AMH|h:AMH,inc]] and "
                "[[AFC|h:AFC,inc]] and yields more oocytes in DOR."
            ),
        },
        batch=20,
    ),
    # ------------------------------------------------------------------ 239
    RealText(
        id="zh_blind239_rct_ucmsc_one_vs_two_injections_poi",
        lang="zh",
        kind="clinical",
        title=(
            "[[经阴道超声引导下卵巢注射|r:io,tvus]][[脐带间充质干细胞|c:uc]][[1次|s:1]]与[[2次|s:2]]治疗早发性卵巢"
            "功能不全的随机对照试验"
        ),
        authors="钟离雪菲，贺兰志诚，卜凤仪",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**摘要：目的** 比较[[脐带间充质干细胞|c:uc]]（[[UC-MSCs|c:uc]]）卵巢注射[[1次|s:1]]与[[2次|s:2]]对早发性"
            "卵巢功能不全（POI）患者卵巢功能的影响。**方法** 2021年3月至2023年2月共筛查POI患者97例，符合标准并签署"
            "知情同意者[[64例|n:64]]，按随机数字表法分为[[单次|s:1#单次组]]组和[[两次|s:2#两次组]]组，每组"
            "[[32例|n:32]]。两组均[[经阴道超声引导下行双侧卵巢注射|r:io,tvus]]，每侧卵巢注射[[UC-MSCs|c:uc]]"
            "[[1×10^{7}个|d:1e7,cells,ovary]]（[[1 mL|d:1,mL,ovary]]）。[[单次|s:1#单次组]]组仅注射"
            "[[1次|s:1#单次组]]；[[两次|s:2#两次组]]组于首次注射后8周按同法行第2次注射。两组均于末次注射后"
            "[[24周|f:24,week]]评估疗效。**结果** 失访3例，61例完成随访。[[两次|s:2#两次组]]组FSH"
            "[[较治疗前下降|h:FSH,dec#两次组]]，AMH[[升高|h:AMH,inc#两次组]]（均P<0.05）；[[单次|s:1#单次组]]组FSH"
            "[[无明显变化|h:FSH,nc#单次组]]，AMH[[亦无明显变化|h:AMH,nc#单次组]]。两组E2均[[升高|h:E2,inc]]。"
            "[[两次|s:2#两次组]]组月经恢复9例，[[单次|s:1#单次组]]组5例。**结论** UC-MSCs卵巢注射[[2次|s:2]]较"
            "[[1次|s:1]]更能[[降低FSH|h:FSH,dec]]、[[提高AMH|h:AMH,inc]]，且未增加不良反应。"
        ),
        body=[
            ("heading", "1 对象与方法"),
            "**1.1 研究对象** 纳入标准：① 年龄20~39岁；② 停经≥4个月；③ 间隔4周以上2次FSH>25 IU/L；④ 有生育"
            "要求。排除染色体异常、自身免疫性疾病活动期及既往卵巢手术者。患者病程（从月经稀发至就诊）中位数"
            "为2.5年。",
            "**1.2 细胞制备** [[UC-MSCs|c:uc]]由本院GMP实验室制备，取第4代细胞，活率>95%，以生理盐水配成"
            "1×10^{7}个/mL的细胞悬液，4 ℃保存，6 h内使用。",
            "**1.3 注射方法** 于月经第3~5天或任意一天（闭经者）在静脉麻醉下操作，以17G穿刺针"
            "[[经阴道超声引导刺入卵巢皮质|r:io,tvus]]，每侧卵巢分2点共注入细胞悬液[[1 mL|d:1,mL,ovary]]。"
            "[[两次|s:2#两次组]]组8周后按同法行第2次注射，两组注射后均继续激素补充治疗。",
            "**1.4 观察指标** 患者术后第[[1周|f:1,week]]复查血常规、肝肾功能及盆腔超声。治疗前及末次注射后第"
            "[[4、12、24周|f:24,week]]检测血清FSH、LH、E2、AMH，每份标本重复测定2次取均值。",
            ("heading", "2 结果"),
            "**2.1 一般情况** 随机后[[单次|s:1#单次组]]组失访2例，[[两次|s:2#两次组]]组失访1例。两组年龄、病程及"
            "基线激素水平差异均无统计学意义。",
            (
                "table",
                "表1 两组治疗前后FSH及AMH比较（x̄±s）",
                [
                    ["组别", "指标", "治疗前", "治疗后12周", "[[治疗后24周|f:24,week]]"],
                    ["[[单次|s:1#单次组]]组", "FSH（IU/L）", "78.3±16.5", "74.1±17.2", "72.6±18.0"],
                    ["[[单次|s:1#单次组]]组", "AMH（ng/mL）", "0.06±0.04", "0.07±0.05", "0.07±0.04"],
                    ["[[两次|s:2#两次组]]组", "FSH（IU/L）", "80.1±15.8", "66.4±16.3", "58.9±15.1"],
                    ["[[两次|s:2#两次组]]组", "AMH（ng/mL）", "0.05±0.03", "0.10±0.06", "0.13±0.07"],
                ],
                [0.18, 0.2, 0.2, 0.21, 0.21],
            ),
            "**2.2 不良反应** 共4例术后出现轻度下腹痛，1例穿刺点少量出血，均未处理自行缓解。",
            ("heading", "3 讨论"),
            "[[单次|s:1]]注射后细胞在卵巢内存留时间有限，这可能是[[单次|s:1#单次组]]组疗效欠佳的原因。既往研究^[11]对"
            "[[28例|n:28]]POI患者[[经卵巢动脉|r:oa]]移植[[UC-MSCs|c:uc]]，结果显示AMH[[升高|h:AMH,inc]]。本研究"
            "提示增加注射次数可能有助于改善疗效，但注射3次以上是否获益更多仍需研究。",
        ],
        notes=(
            "RCT of one versus two injections; arms '单次组' and '两次组': the number of sessions in the group's "
            "name is that group's wherever the group is named (every '单次组'/'两次组', also table rows and the "
            "dropout sentence). Title/objective/conclusion '1次与2次', '2次较1次' name no group: sessions 1 and 2 "
            "without arm. Sample: 64 randomised, '每组32例' (each_arm: no arm); 97 screened, 3 lost, 61 completers, "
            "9/5 with menses, 4 with pain: no. Sessions: '仅注射1次' (单次组); '第2次注射' and '首次注射' ordinals "
            "of counted sessions (no fact); '分2点', '重复测定2次' no; '3次以上' a bound in the discussion (no "
            "fact). Dose: 1×10^7个 and 1 mL per ovary (两组均: no arm); 1×10^7个/mL concentration. Follow-up: "
            "'末次注射后24周' (两组均), '术后第1周复查', list '第4、12、24周' -> 24, table heads -> 治疗后24周. "
            "Hormones: 两次组 FSH下降, AMH升高; 单次组 FSH and AMH no change; '两组E2均升高' (no arm); conclusion "
            "comparison (no arm). Discussion: '单次注射后' a general statement of one injection (sessions 1, no arm); cited "
            "[11] 28 patients, ovarian artery, AMH升高. Traps: ages, 停经≥4个月, FSH>25, 病程2.5年, 第4代, 6 h, "
            "月经第3~5天, 17G."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=20,
    ),
    # ------------------------------------------------------------------ 240
    RealText(
        id="zh_blind240_mouse_ctx_bus_haec_tail_vein_single",
        lang="zh",
        kind="animal",
        title="[[人羊膜上皮细胞|c:haec]][[尾静脉|r:iv]]移植对化疗所致小鼠卵巢早衰的修复作用",
        authors="覃怡然，阿依古丽·买买提，宁子墨",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        species="mouse",
        abstract=(
            "**摘要：目的** 探讨[[人羊膜上皮细胞|c:haec]]（[[hAECs|c:haec]]）对环磷酰胺联合白消安所致小鼠卵巢早衰"
            "（POF）的修复作用。**方法** 6~8周龄雌性ICR小鼠45只，随机分为正常组、模型组和[[hAEC|c:haec#hAEC组]]组，"
            "每组15只。模型组和[[hAEC|c:haec#hAEC组]]组小鼠[[单次|s:1]][[腹腔注射|r:ip]]环磷酰胺"
            "[[120 mg/kg|d:120,mg/kg,-]]和白消安[[30 mg/kg|d:30,mg/kg,-]]建立POF模型；造模后第7天，"
            "[[hAEC|c:haec#hAEC组]]组[[经尾静脉|r:iv#hAEC组]]注射[[hAECs|c:haec#hAEC组]]"
            "[[2×10^{6}个|d:2e6,cells,-#hAEC组]]，模型组注射等体积PBS。于移植后[[7、14、28 d|f:28,day]]每组各处死"
            "5只，检测血清激素水平及卵泡计数。**结果** 与模型组比较，[[hAEC|c:haec#hAEC组]]组移植后"
            "[[28 d|f:28,day#hAEC组]]血清[[E2|h:E2,inc#hAEC组]]、[[AMH升高|h:AMH,inc#hAEC组]]，"
            "[[FSH降低|h:FSH,dec#hAEC组]]，各级生长卵泡数增多，闭锁卵泡减少（P<0.05）。**结论** "
            "[[尾静脉|r:iv]]移植[[hAECs|c:haec]]可[[降低FSH|h:FSH,dec]]、[[提高E2|h:E2,inc]]和"
            "[[AMH|h:AMH,inc]]水平，改善POF小鼠的卵巢功能。"
        ),
        body=[
            ("heading", "1 材料与方法"),
            "**1.1 实验动物** SPF级雌性ICR小鼠45只，6~8周龄，体重22~25 g，适应性饲养1周后进入实验。",
            "**1.2 hAECs的分离与鉴定** 取健康产妇剖宫产足月胎盘的羊膜，经0.25%胰酶消化分离[[hAECs|c:haec]]，"
            "培养至第2代，免疫荧光检测CK19、E-cadherin阳性，Vimentin弱阳性；用PBS调整浓度为1×10^{7}个/mL。",
            "**1.3 模型制备** 环磷酰胺（[[120 mg/kg|d:120,mg/kg,-]]）与白消安（[[30 mg/kg|d:30,mg/kg,-]]）"
            "溶于DMSO后[[一次性|s:1]][[腹腔注射|r:ip]]。造模后连续7 d观察动情周期，动情周期紊乱者视为造模成功。",
            "**1.4 细胞移植** [[hAEC|c:haec#hAEC组]]组小鼠[[经尾静脉|r:iv#hAEC组]]缓慢注射细胞悬液"
            "[[0.2 mL|d:0.2,mL,-#hAEC组]]（含[[hAECs|c:haec#hAEC组]][[2×10^{6}个|d:2e6,cells,-#hAEC组]]），"
            "[[仅注射1次|s:1#hAEC组]]。模型组同法注射PBS；正常组不作处理。",
            "**1.5 标本采集** 每组于移植后第[[7、14、28天|f:28,day]]各取5只，摘眼球取血，ELISA检测血清FSH、E2、"
            "AMH，每个样本重复测定3次；取双侧卵巢行HE染色计数各级卵泡。",
            ("heading", "2 结果"),
            "模型组FSH明显高于正常组，E2和AMH明显降低，提示造模成功。移植后[[14 d|f:14,day#hAEC组]]，"
            "[[hAEC|c:haec#hAEC组]]组AMH即[[高于|h:AMH,inc#hAEC组]]模型组；至[[28 d|f:28,day#hAEC组]]，该组FSH"
            "[[低于|h:FSH,dec#hAEC组]]模型组，E2接近正常组水平。",
            (
                "table",
                "表1 移植后[[28 d|f:28,day]]各组小鼠血清激素水平（x̄±s，n=5）",
                [
                    ["组别", "FSH（mIU/mL）", "E2（pg/mL）", "AMH（ng/mL）"],
                    ["正常组", "5.2±1.1", "41.3±6.8", "7.4±1.2"],
                    ["模型组", "11.8±2.3", "19.6±4.1", "3.1±0.8"],
                    ["[[hAEC|c:haec#hAEC组]]组", "7.0±1.5", "33.5±5.7", "5.6±1.0"],
                ],
                [0.25, 0.25, 0.25, 0.25],
            ),
            ("heading", "3 讨论"),
            "[[hAECs|c:haec@human]]免疫原性低，来源丰富且不涉及伦理争议。已有临床研究^[9]将[[hAECs|c:haec@human]]"
            "[[经静脉|r:iv@human]]输注给[[5例|n:5@human]]POF患者，未见严重不良反应。本研究采用"
            "[[单次|s:1]][[尾静脉|r:iv]]移植，移植次数与剂量对疗效的影响有待进一步研究。",
        ],
        notes=(
            "Mouse study (species mouse by default); groups 正常组, 模型组, 'hAEC组' (the cell type in its name "
            "is a mention with its arm, also in the list '模型组和hAEC组' and the table row). Model drugs: "
            "cyclophosphamide 120 mg/kg and busulfan 30 mg/kg, '单次'/'一次性' i.p. (given to two groups: no arm). "
            "Therapy: tail vein, 2×10^6个 per mouse (per null) in 0.2 mL, '仅注射1次' (hAEC组), discussion "
            "'单次尾静脉移植' (own study, no arm); 1×10^7个/mL concentration. Follow-up: killing at '7、14、28 d' "
            "(list of three: the last; twice), '移植后28 d' (hAEC组 results), '移植后14 d'/'至28 d' (hAEC组), "
            "table caption '移植后28 d'. Sample: mice only (45, 每组15只, 5只): none; cited [9] 5 POF patients "
            "(human); discussion's general 'hAECs免疫原性低' carries no species (@human). Hormones: hAEC组 vs 模型组 E2/AMH up, FSH down; 14 d AMH 高于; 28 d FSH 低于; 'E2接近正常组水平' "
            "(no direction: no fact); model vs normal (validation) no fact; conclusion (no arm). Traps: 6~8周龄, "
            "22~25 g, 1周适应, 第2代, 0.25%, 造模后第7天 and 连续7 d (times counted from the model), 重复测定3次."
        ),
        layout={
            "columns": 1,
            "font": "serif",
            "en_title": (
                "Repair of chemotherapy-induced premature ovarian failure in mice by "
                "[[human amniotic epithelial cells|c:haec]] transplanted [[through the tail vein|r:iv]]"
            ),
            "en_abstract": (
                "**Abstract: Objective** To explore whether [[human amniotic epithelial cells|c:haec]] "
                "([[hAECs|c:haec]]) repair premature ovarian failure (POF) induced in mice by cyclophosphamide and "
                "busulfan. **Methods** Forty-five female ICR mice were divided into a normal group, a model group "
                "and an [[hAEC|c:haec#hAEC group]] group (15 each). POF was induced by [[a single|s:1]] "
                "[[intraperitoneal|r:ip]] injection of cyclophosphamide ([[120 mg/kg|d:120,mg/kg,-]]) and "
                "busulfan ([[30 mg/kg|d:30,mg/kg,-]]). Seven days later the [[hAEC|c:haec#hAEC group]] group "
                "received [[2 × 10^{6}|d:2e6,cells,-#hAEC group]] [[hAECs|c:haec#hAEC group]] "
                "[[via the tail vein|r:iv#hAEC group]]. Five mice per group were killed on days "
                "[[7, 14 and 28|f:28,day]] after transplantation. **Results** Compared with the model group, the "
                "[[hAEC|c:haec#hAEC group]] group had [[higher serum E2|h:E2,inc#hAEC group]] and "
                "[[AMH|h:AMH,inc#hAEC group]] and [[lower FSH|h:FSH,dec#hAEC group]] on "
                "[[day 28|f:28,day#hAEC group]], with more growing follicles. **Conclusion** [[hAECs|c:haec]] "
                "[[transplanted through the tail vein|r:iv]] improve ovarian function in POF mice."
            ),
        },
        batch=20,
    ),
    # ------------------------------------------------------------------ 241
    RealText(
        id="zh_blind241_rabbit_ctx_adsc_prp_laparoscopic",
        lang="zh",
        kind="animal",
        title=(
            "[[腹腔镜下卵巢注射|r:io,lap]]自体[[脂肪间充质干细胞|c:ad]]联合富血小板血浆对环磷酰胺致兔卵巢损伤的"
            "修复作用"
        ),
        authors="闻人晓雯，褚秋实，达瓦卓玛",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        species="animal",
        abstract=(
            "**摘要：目的** 观察自体[[脂肪间充质干细胞|c:ad]]（[[ADSCs|c:ad]]）联合富血小板血浆（PRP）"
            "[[卵巢注射|r:io]]对环磷酰胺所致兔卵巢损伤的修复效果。**方法** 雌性新西兰大白兔24只，随机分为正常"
            "对照组、模型组、[[ADSC|c:ad#ADSC组]]组和[[ADSC|c:ad#ADSC+PRP组]]+PRP组，每组6只。除正常对照组外，其余"
            "各组[[经耳缘静脉|r:iv]]注射环磷酰胺[[50 mg/kg|d:50,mg/kg,-]]，每周1次，共[[3次|s:3]]，建立卵巢损伤模型。"
            "造模成功后，[[ADSC|c:ad#ADSC组]]组[[腹腔镜下双侧卵巢注射|r:io,lap#ADSC组]]自体[[ADSCs|c:ad#ADSC组]]"
            "[[5×10^{6}个/侧|d:5e6,cells,ovary#ADSC组]]；[[ADSC|c:ad#ADSC+PRP组]]+PRP组以同样方式注射等量"
            "[[ADSCs|c:ad#ADSC+PRP组]]，另加PRP [[0.5 mL/侧|d:0.5,mL,ovary#ADSC+PRP组]]；模型组注射等体积生理盐水。"
            "注射后第[[4周|f:4,week]]和第[[8周|f:8,week]]每组各处死3只。**结果** 注射后[[8周|f:8,week]]，与模型组比较，"
            "[[ADSC|c:ad#ADSC组]]组血清[[AMH|h:AMH,inc#ADSC组]]、[[E2升高|h:E2,inc#ADSC组]]，"
            "[[FSH降低|h:FSH,dec#ADSC组]]（P<0.05）；[[ADSC|c:ad#ADSC+PRP组]]+PRP组"
            "[[AMH|h:AMH,inc#ADSC+PRP组]]、[[E2亦高于模型组|h:E2,inc#ADSC+PRP组]]，"
            "[[FSH低于模型组|h:FSH,dec#ADSC+PRP组]]。**结论** [[腹腔镜下卵巢注射|r:io,lap]]自体[[ADSCs|c:ad]]"
            "可改善环磷酰胺损伤兔的卵巢功能，联合PRP未见明显叠加效应。"
        ),
        body=[
            ("heading", "1 材料与方法"),
            "**1.1 动物与分组** 4月龄雌性新西兰大白兔24只，体重2.5~3.0 kg，单笼饲养。",
            "**1.2 ADSCs的制备** 各兔于造模前在麻醉下切取腹股沟脂肪约3 g，经Ⅰ型胶原酶消化后贴壁培养14 d，"
            "取第3代自体[[ADSCs|c:ad]]，流式细胞术检测CD29、CD44、CD90阳性，CD34、CD45阴性。",
            "**1.3 PRP的制备** 经耳中央动脉采血8 mL，两次离心制备PRP约1 mL。",
            "**1.4 模型与注射** 环磷酰胺以生理盐水溶解，[[经耳缘静脉缓慢推注|r:iv]]，[[50 mg/kg|d:50,mg/kg,-]]，"
            "每周1次，连续3周，注射[[3次|s:3]]后以血清AMH降低、FSH升高判定造模成功。随后在全麻下建立气腹，"
            "[[ADSC|c:ad#ADSC组]]组[[在腹腔镜直视下以25G针穿刺双侧卵巢注射|r:io,lap#ADSC组]]细胞悬液，每侧"
            "[[0.2 mL|d:0.2,mL,ovary#ADSC组]]，分2点注入，仅注射[[1次|s:1#ADSC组]]。",
            "**1.5 观察指标** 每组分别于注射后第[[4周|f:4,week]]和第[[8周|f:8,week]]各处死3只，取血检测FSH、E2、AMH，"
            "取卵巢行HE染色计数各级卵泡。",
            ("heading", "2 结果"),
            "[[注射后第4周|f:4,week]]各组间激素水平差异均无统计学意义。至第8周，两治疗组AMH均[[升高|h:AMH,inc]]，"
            "卵泡总数增加，而模型组AMH继续下降。",
            (
                "table",
                "表1 注射后[[8周|f:8,week]]各组兔血清激素水平（x̄±s，n=3）",
                [
                    ["组别", "FSH（IU/L）", "E2（pg/mL）", "AMH（ng/mL）"],
                    ["正常对照组", "6.3±1.2", "52.4±8.1", "3.42±0.51"],
                    ["模型组", "14.7±2.6", "21.8±5.3", "1.06±0.33"],
                    ["[[ADSC|c:ad#ADSC组]]组", "9.1±1.8", "38.9±6.6", "2.37±0.42"],
                    ["[[ADSC|c:ad#ADSC+PRP组]]+PRP组", "8.6±1.9", "40.2±7.0", "2.51±0.47"],
                ],
                [0.31, 0.23, 0.23, 0.23],
            ),
            ("heading", "3 讨论"),
            "PRP中的生长因子可能促进干细胞存活。Wang等^[5]在大鼠中[[卵巢内注射|r:io@rat]]"
            "[[骨髓MSC|c:bm@rat]]后AMH[[升高|h:AMH,inc@rat]]，与本研究结果一致。但本研究中联合PRP未带来额外获益，"
            "可能与动物数量较少有关。",
        ],
        notes=(
            "Rabbit study (species 'animal' by default; the cited rat study @rat). Groups 正常对照组, 模型组, "
            "'ADSC组', 'ADSC+PRP组' (the cell type in each name is a mention with that group's arm, every time). "
            "Model: cyclophosphamide 50 mg/kg through the ear vein (route intravenous of the model drug), '每周1次，"
            "共3次' and '注射3次' (a total stated: sessions 3; '连续3周' a duration); given to every group but the "
            "normal one ('其余各组': no arm). Therapy: ADSC组 laparoscopic io (twice), 5×10^6个/侧 (per ovary), "
            "0.2 mL per side, '仅注射1次'; ADSC+PRP组 'ADSCs' (its 'same amount' has no value: no dose) and PRP "
            "0.5 mL/侧 (per ovary); '以同样方式' names no route. Saline to the model group: no fact. Follow-up: "
            "'第4周和第8周' killed (two facts, '每组': no arm, twice), '注射后第4周' (all groups), table caption "
            "'注射后8周'; '注射后8周' in the abstract results (its own clause before the groups are named: no "
            "arm). Hormones: ADSC组 and ADSC+PRP组 vs 模型组 AMH/E2 up, FSH down (arms); "
            "'两治疗组AMH均升高' (no arm); '模型组AMH继续下降' (an untreated model group's change: model "
            "validation, no fact); conclusion 联合PRP未见明显叠加效应 (no hormone). Sample: rabbits only. Traps: "
            "4月龄, 2.5~3.0 kg, 3 g fat, 14 d culture, 第3代, 8 mL blood, 1 mL PRP yield, 25G, 分2点, n=3."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=20,
    ),
    # ------------------------------------------------------------------ 242
    RealText(
        id="zh_blind242_case_mensc_second_transplant_natural_pregnancy",
        lang="zh",
        kind="case",
        title=(
            "自体[[经血干细胞|c:men]][[卵巢局部注射|r:io]]治疗早发性卵巢功能不全后自然妊娠[[1例|n:1]]"
        ),
        authors="公孙若琳，凌嘉木",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**摘要** 报道[[1例|n:1]]早发性卵巢功能不全（POI）患者接受自体[[经血干细胞|c:men]]（[[MenSCs|c:men]]）"
            "[[经阴道超声引导下卵巢局部注射|r:io,tvus]]的经过。患者[[第二次移植|s:2]]后月经恢复，FSH"
            "由72.1 IU/L[[降至|h:FSH,dec]]12.6 IU/L，AMH[[升至|h:AMH,inc]]0.31 ng/mL，此后自然妊娠并足月分娩。"
        ),
        body=[
            ("heading", "1 病例资料"),
            "患者，33岁，G0P0，因“停经11个月”于2022年3月就诊。13岁初潮，既往月经规律，2年前开始月经稀发。查FSH "
            "68.4 IU/L、E2 15 pg/mL、AMH 0.08 ng/mL，间隔4周复查FSH 72.1 IU/L；染色体核型46,XX，FMR1基因未见异常，"
            "诊断为POI。患者拒绝激素替代治疗，要求接受干细胞治疗，经医院伦理委员会批准并签署知情同意书。",
            "收集患者月经第2天经血约5 mL，分离培养[[MenSCs|c:men]]至第3代（约18 d），流式检测CD73、CD90、CD105"
            "阳性。2022年5月在静脉麻醉下，[[经阴道超声引导以17G穿刺针向双侧卵巢皮质内注射|r:io,tvus]]"
            "[[MenSCs|c:men]]，每侧卵巢[[1×10^{7}个|d:1e7,cells,ovary]]（[[0.5 mL|d:0.5,mL,ovary]]）。移植后"
            "[[3个月|f:3,month]]复查FSH 61.2 IU/L，AMH仍未测出，月经未恢复。",
            "患者要求继续治疗，遂于2022年9月以冻存的同批细胞按同法行[[第二次移植|s:2]]，剂量不变。"
            "[[第二次移植|s:2]]后6周月经来潮，此后周期35~45 d。[[术后第4周|f:4,week]]复查FSH 23.5 IU/L，"
            "[[术后3个月|f:3,month]]复查FSH[[降至|h:FSH,dec]]12.6 IU/L，E2[[升至|h:E2,inc]]86 pg/mL，AMH"
            "[[升至|h:AMH,inc]]0.31 ng/mL，AFC 3个。2023年4月自然妊娠，孕39周剖宫产一女婴，体重3150 g。"
            "截至投稿时已[[随访20个月|f:20,month]]，母婴情况良好。",
            (
                "table",
                "表1 患者不同时间血清激素水平",
                [
                    ["指标", "2022-03", "2022-08", "2022-10", "2022-12"],
                    ["FSH（IU/L）", "68.4", "61.2", "23.5", "12.6"],
                    ["E2（pg/mL）", "15", "22", "54", "86"],
                    ["AMH（ng/mL）", "0.08", "<0.01", "0.12", "0.31"],
                ],
                [0.28, 0.18, 0.18, 0.18, 0.18],
            ),
            ("heading", "2 讨论"),
            "[[经血干细胞|c:men]]取材无创、可反复获取，适合自体应用。既往研究^[4]对[[7例|n:7]]POI患者"
            "[[多次|s:-]][[卵巢内注射|r:io]][[MenSCs|c:men]]，其中2例AMH[[升高|h:AMH,inc]]。本例移植后[[3个月|f:3,month]]"
            "未见改善，[[第二次移植|s:2]]后激素水平明显好转，提示部分患者可能需要[[重复移植|s:-]]；但不能排除POI本身的间歇性自发"
            "缓解，约5%~10%的POI患者可自然妊娠。",
        ],
        notes=(
            "Single case report (no arms; sample '1例' in title and abstract). Sessions: no count is stated "
            "anywhere, so every ordinal '第二次移植' gives 2 (abstract, body twice, discussion); '重复移植' in "
            "the discussion is a hedged suggestion of repeated transplantation (count null); '可反复获取' is "
            "harvest. The words 首次/第一次 are avoided. Cited [4] 7 patients, 多次 (count null), io, AMH升高 (2 "
            "patients: outcome count). Dose 1×10^7个 and 0.5 mL per ovary (每侧卵巢); 5 mL of menstrual blood "
            "collected is a harvest; '剂量不变' no value. Follow-up: '移植后3个月' (after the first session, body "
            "and discussion), '术后第4周', '术后3个月', '随访20个月'; '第二次移植后6周月经来潮' (time to menses) no; "
            "table heads are dates (not times after treatment). Hormones: abstract FSH降至, AMH升至; body FSH降至, "
            "E2升至, AMH升至; FSH 68.4 -> 61.2 and 23.5 without a direction word (no fact); 'AMH仍未测出', "
            "'激素水平明显好转' (unnamed) no fact. Traps: 33岁, 停经11个月, 13岁初潮, 间隔4周, 第3代, 18 d, 17G, "
            "周期35~45 d, 孕39周, 3150 g, 5%~10%."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=20,
    ),
    # ------------------------------------------------------------------ 243
    RealText(
        id="zh_blind243_retro_ucmsc_intraarticular_knee_oa",
        lang="zh",
        kind="clinical",
        title="关节腔注射[[人脐带间充质干细胞|c:uc]]治疗膝骨关节炎的回顾性分析",
        authors="上官明远，柯佳音，拓跋慧",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**摘要：目的** 分析关节腔注射[[人脐带间充质干细胞|c:uc]]（[[hUC-MSCs|c:uc]]）治疗膝骨关节炎（KOA）的"
            "疗效和安全性。**方法** 回顾性分析2020年1月至2022年6月收治的KOA患者[[112例|n:112]]，观察组"
            "[[58例|n:58#观察组]]接受[[hUC-MSCs|c:uc#观察组]]关节腔注射，每次[[5×10^{7}个|d:5e7,cells,injection#观察组]]"
            "（[[4 mL|d:4,mL,injection#观察组]]），每月1次，共[[3次|s:3#观察组]]；对照组[[54例|n:54#对照组]]注射"
            "玻璃酸钠[[2 mL|d:2,mL,injection#对照组]]/次，每周1次，共[[5次|s:5#对照组]]。两组均[[随访12个月|f:12,month]]。"
            "**结果** 治疗后[[6个月及12个月|f:12,month]]，观察组WOMAC评分和VAS评分均低于对照组"
            "（P<0.05）。观察组注射后出现一过性关节肿胀3例，均在72 h内缓解。**结论** 关节腔注射[[hUC-MSCs|c:uc]]"
            "可持续改善KOA患者的关节功能，安全性良好。"
        ),
        body=[
            ("heading", "1 资料与方法"),
            "**1.1 一般资料** 纳入标准：① 年龄50~75岁；② Kellgren-Lawrence分级Ⅱ~Ⅲ级；③ 病程≥6个月；④ 保守治疗"
            "3个月以上无效。排除膝关节手术史、类风湿关节炎及6个月内接受过关节腔注射者。符合标准者共"
            "[[112例|n:112]]，依所接受的治疗分为两组。",
            "**1.2 细胞制备** [[hUC-MSCs|c:uc]]由合作单位细胞制备中心提供，取第5代细胞，以复方电解质注射液配制为"
            "1.25×10^{7}个/mL的悬液，2~8 ℃运输，配制后8 h内使用。",
            "**1.3 治疗方法** 观察组患者取仰卧位，于超声引导下经髌上囊外侧入路穿刺，抽净关节积液后注入细胞悬液"
            "[[4 mL|d:4,mL,injection#观察组]]（含[[hUC-MSCs|c:uc#观察组]][[5×10^{7}个|d:5e7,cells,injection#观察组]]），"
            "每4周重复1次，共注射[[3次|s:3#观察组]]。对照组按同一入路注射玻璃酸钠"
            "[[2 mL|d:2,mL,injection#对照组]]，每周1次，连续[[5次|s:5#对照组]]。两组治疗期间均可按需口服塞来昔布。",
            "**1.4 评价指标** 于治疗前及末次注射后[[1、3、6、12个月|f:12,month]]采用WOMAC及VAS评分评价疗效，并"
            "记录不良反应。",
            ("heading", "2 结果"),
            "随访期间失访6例（观察组2例，对照组4例）。",
            (
                "table",
                "表1 两组治疗前后WOMAC评分比较（x̄±s，分）",
                [
                    ["组别", "例数", "治疗前", "治疗后6个月", "[[治疗后12个月|f:12,month]]"],
                    ["观察组", "[[58|n:58#观察组]]", "52.6±9.8", "31.4±8.7", "29.8±9.1"],
                    ["对照组", "[[54|n:54#对照组]]", "51.9±10.2", "38.7±9.4", "43.5±10.6"],
                ],
                [0.2, 0.14, 0.22, 0.22, 0.22],
            ),
            ("heading", "3 讨论"),
            "既往研究^[8]在[[18例|n:18]]KOA患者中关节腔注射[[脂肪间充质干细胞|c:ad]]，[[随访2年|f:2,year]]，软骨"
            "体积有所增加。本研究观察组疗效在[[12个月|f:12,month#观察组]]时仍较稳定，而对照组评分出现回升。",
        ],
        notes=(
            "Another condition (knee osteoarthritis): marked only what the contract has; intra-articular "
            "injection has no route id (no route facts), WOMAC/VAS are no hormones. Arms 观察组 (58) and 对照组 "
            "(54), table rows by first cell. Sample 112 (twice), 58/54 with arms (abstract, table), cited [8] 18; "
            "6 lost and 3 with swelling are outcome counts. Doses: 每次 5×10^7个 and 4 mL (每次 = per "
            "injection); the comparator sodium hyaluronate 2 mL/次 (per injection), a drug of the control "
            "group's own protocol; 1.25×10^7个/mL concentration. Sessions: '每月1次，共3次' / '每4周重复1次，共注射3次' "
            "(a total stated: 3, 观察组), hyaluronate '每周1次，共5次' / '连续5次' (5, 对照组); celecoxib as needed "
            "no. Follow-up: '两组均随访12个月', '治疗后6个月及12个月' (a list of assessment times: one fact, the "
            "last), list '1、3、6、12个月' -> 12, table heads -> 治疗后12个月, cited '随访2年'; '12个月时' in the "
            "discussion (a time at which 观察组's effect was reported: arm 观察组, its own sentence). Traps: "
            "50~75岁, 病程≥6个月, 保守治疗3个月以上, 6个月内, 第5代, 8 h, 72 h."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=20,
    ),
    # ------------------------------------------------------------------ 244
    RealText(
        id="zh_blind244_review_msc_exosomes_poi_progress",
        lang="zh",
        kind="review",
        title="[[间充质干细胞|c:msc]]来源[[外泌体|c:ev]]治疗早发性卵巢功能不全的研究进展",
        authors="慕容清岚，甘棠，铁木尔",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**摘要** 早发性卵巢功能不全（POI）是女性不孕的重要原因，现有激素替代治疗不能恢复卵巢功能。"
            "[[间充质干细胞|c:msc]]（[[MSCs|c:msc]]）来源的[[外泌体|c:ev]]携带蛋白质、mRNA及microRNA，可减少颗粒"
            "细胞凋亡、促进卵泡发育，且避免了细胞移植的致瘤和免疫排斥风险。本文综述[[MSC|c:msc]]-[[外泌体|c:ev]]"
            "在POI动物模型和临床研究中的进展，并讨论剂量、给药途径和给药次数等尚待解决的问题。"
        ),
        body=[
            ("heading", "1 动物实验"),
            "不同来源的[[外泌体|c:ev]]在多种POI模型中均显示出保护作用。Li等^[5]以环磷酰胺"
            "[[50 mg/kg|d:50,mg/kg,-@rat]]连续[[腹腔注射|r:ip@rat]]14 d建立大鼠POI模型，[[经尾静脉|r:iv@rat]]注射"
            "[[人脐带MSC|c:uc@rat]]来源[[外泌体|c:ev@rat]][[150 μg|d:150,ug,-@rat]]，每3 d 1次，共[[4次|s:4@rat]]，"
            "末次注射后[[2周|f:2,week@rat]]大鼠血清[[E2|h:E2,inc@rat]]、[[AMH升高|h:AMH,inc@rat]]，"
            "[[FSH下降|h:FSH,dec@rat]]。Yang等^[6]在顺铂损伤小鼠中比较了[[经尾静脉|r:iv@mouse]]与"
            "[[卵巢原位注射|r:io@mouse]][[骨髓MSC|c:bm@mouse]]-[[外泌体|c:ev@mouse]]，发现后者所需剂量仅为前者的"
            "1/10。[[经血干细胞|c:men@mouse]]来源[[外泌体|c:ev@mouse]]亦可使白消安损伤小鼠的卵泡数增加^[7]。",
            ("heading", "2 临床研究"),
            "目前[[外泌体|c:ev]]用于POI的临床报道仍很少。Chen等^[12]对[[12例|n:12]]POI患者"
            "[[经阴道超声引导卵巢内注射|r:io,tvus]][[脐带MSC|c:uc]]-[[外泌体|c:ev]]，每月1次、连续3个月，"
            "[[随访6个月|f:6,month]]，其中5例AMH[[升高|h:AMH,inc]]，3例恢复月经，未见严重不良反应。另一项纳入"
            "[[30例|n:30]]卵巢储备功能减退患者的随机研究^[13]中，[[外泌体|c:ev#外泌体组]]组[[单次|s:1#外泌体组]]"
            "[[卵巢内注射|r:io#外泌体组]][[外泌体|c:ev#外泌体组]][[100 μg|d:100,ug,ovary#外泌体组]]/侧卵巢，"
            "治疗后[[3个月|f:3,month#外泌体组]]AFC[[增加|h:AFC,inc#外泌体组]]，而FSH[[无明显变化|h:FSH,nc#外泌体组]]。"
            "与细胞移植相比，[[MSCs|c:msc]]移植已有较多临床数据：一项纳入9项研究、[[316例|n:316]]患者的荟萃分析^[15]"
            "显示，干细胞治疗后FSH[[降低|h:FSH,dec]]、AMH[[升高|h:AMH,inc]]。",
            ("heading", "3 存在的问题与展望"),
            "第一，剂量尚无统一标准，动物实验中[[外泌体|c:ev@animal]]剂量从每只[[10 μg到200 μg|d:10,ug,-,10,200@animal]]不等，且多以蛋白含量计量，"
            "难以换算为颗粒数。第二，给药途径各异，[[静脉|r:iv]]注射操作简便但多数[[外泌体|c:ev]]被肝脏摄取，"
            "[[卵巢局部注射|r:io]]靶向性好但为有创操作。第三，[[单次|s:1]]与[[多次|s:-]]给药的疗效差异尚缺乏"
            "直接比较。此外，现有临床研究样本量多不足30例，随访时间短，亟需多中心随机对照试验加以验证。",
        ],
        notes=(
            "Narrative review; cited studies keep their species (rat [5], mouse [6][7]); clinical studies "
            "human. Doses: [5] cyclophosphamide 50 mg/kg (rat; '连续腹腔注射14 d' is daily dosing over a "
            "duration: no sessions; '腹腔注射' of the model drug: route intraperitoneal, rat) and "
            "exosomes 150 μg (per rat: per null), '每3 d 1次，共4次' (a total: 4); [13] 100 μg/侧卵巢 (per ovary). "
            "'每只10 μg到200 μg不等' a range of doses across animal studies (low end 10 with low/high; "
            "per mouse -> per null; species animal, as '动物实验中' names no species). Sessions: [12] '每月1次、连续3个月' (frequency over a duration: no count), [13] '单次' "
            "(外泌体组), '单次与多次' in the outlook (1 and null). Sample: [12] 12, [13] 30, meta-analysis [15] "
            "316 (9 studies no); '不足30例' a bound; '5例', '3例' outcome counts. Follow-up: [5] '末次注射后2周' "
            "(rat), [12] '随访6个月', [13] '治疗后3个月' (外泌体组); '随访时间短' no value. Hormones: [5] E2, AMH up, "
            "FSH down (rat); [12] AMH升高; [13] AFC增加, FSH无明显变化 (外泌体组, also the cell type in its name; the study has two groups, only "
            "the exosome group is named); [15] FSH降低, AMH升高 (干细胞 generic: no cell type). Cell types: msc, "
            "ev, uc, bm, men; '干细胞' alone no; '细胞移植' no."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=20,
    ),
]
