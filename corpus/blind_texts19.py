"""Invented papers written for litx by an annotator who had not seen its rules (nineteenth batch).

Part of the development set of invented papers (studied and tuned on, unlike
corpus/heldout_texts.py).  Every title, name, number and sentence below is invented;
nothing is copied from any paper.  Fact marks ``[[words|spec]]`` follow
corpus/ANNOTATION.md and the markup of corpus/make_papers.py (plus ``@animal`` for an
unnamed or other animal, as in corpus/real).  This batch varies how numbers are said:
sessions as "monthly for three months", "a booster", "two-stage", 分2次, 每周1次共4次, an
ordinal second transplant with no count, and look-alikes (dose levels, sites per ovary,
IVF cycles, passages, embryo transfers, repeated measurements); follow-up as medians with
ranges, visits, 随访半年, 术后第N周复查, killing times, table heads; samples screened
versus randomised versus analysed, per arm, in words and only in tables.  Kinds: a
three-arm randomised trial (intravenous versus intraovarian cells), a 3 + 3 exosome
dose-escalation study, a retrospective IVF cohort, a randomised ovarian-artery trial, a
single-arm weekly-infusion study, a retrospective cohort in thin endometrium (another
condition, marked only where the contract has a value), mouse, rat and rabbit models
(cyclophosphamide with busulfan, tripterygium glycosides, cisplatin), a case series and
a case report, a meta-analysis and a narrative review.
"""

from __future__ import annotations

try:
    from real_texts import RealText
except ImportError:  # pragma: no cover - imported as corpus.blind_texts19
    from corpus.real_texts import RealText

_LIC = "CC BY 4.0 (written for litx)"
_J = "litx blind set"

BLIND19: list[RealText] = [
    # ------------------------------------------------------------------ 217
    RealText(
        id="en_blind217_rct_ucmsc_intravenous_vs_intraovarian_three_arms",
        lang="en",
        kind="clinical",
        title=(
            "[[Intravenous|r:iv]] versus [[intraovarian|r:io]] [[umbilical cord mesenchymal stromal cells|c:uc]] for "
            "premature ovarian insufficiency: a three-arm randomised trial (VIA-POI)"
        ),
        authors="Ingrid Sølvberg Haugen, Rafael Quintanilla Ortega, Mei-Ling Cheung",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**Objective** To find out whether the way [[umbilical cord mesenchymal stromal cells|c:uc]] "
            "([[UC-MSCs|c:uc]]) reach the ovary matters in premature ovarian insufficiency (POI). "
            "**Design** Open-label, three-arm randomised trial. "
            "**Setting** Two university reproductive medicine departments. "
            "**Patient(s)** [[Ninety women|n:90]] aged 24 to 39 years who had been amenorrhoeic for at least four "
            "months and had FSH above 25 IU/L on two occasions. "
            "**Intervention(s)** The IV arm received [[UC-MSCs|c:uc#IV arm]] "
            "[[intravenously|r:iv#IV arm]], [[1 × 10^{6} cells/kg|d:1e6,cells/kg,-#IV arm]], monthly for three "
            "months. The IO arm received [[one|s:1#IO arm]] "
            "[[transvaginal ultrasound-guided intraovarian injection|r:io,tvus#IO arm]] of "
            "[[5 × 10^{6} cells per ovary|d:5e6,cells,ovary#IO arm]]. The HRT arm continued hormone replacement "
            "alone, which the two cell arms also took. "
            "**Main Outcome Measure(s)** Change in serum FSH, AMH and antral follicle count (AFC) at "
            "[[12 months|f:12,month]]. "
            "**Result(s)** Eighty-four women attended the [[12-month|f:12,month]] visit. In the IO arm FSH "
            "[[fell|h:FSH,dec#IO arm]] and AMH [[rose|h:AMH,inc#IO arm]] (both P<.01). In the IV arm FSH "
            "[[did not change|h:FSH,nc#IV arm]] and AMH [[was unchanged|h:AMH,nc#IV arm]]. In the HRT arm FSH "
            "[[fell a little|h:FSH,dec#HRT arm]]. Menses returned in 9 women of the IO arm, 4 of the IV arm "
            "and 3 of the HRT arm; two women of the IO arm conceived. "
            "**Conclusion(s)** [[A single|s:1]] [[intraovarian|r:io]] injection of [[UC-MSCs|c:uc]] "
            "[[lowered FSH|h:FSH,dec]] and [[raised AMH|h:AMH,inc]]; [[three|s:3]] [[intravenous|r:iv]] "
            "infusions of many more cells gave no measurable benefit."
        ),
        body=[
            "**Randomisation.** A statistician outside the clinics produced the allocation list (blocks of six, "
            "stratified by centre). Of 141 women assessed, 51 were not eligible or declined; "
            "[[thirty|n:30]] were allocated to each arm. Outcome assessors and the laboratory staff did not "
            "know the allocation; the women and the gynaecologists did.",
            "**Cells.** [[UC-MSCs|c:uc]] were expanded from the Wharton's jelly of one donor cord under GMP, "
            "released at passage 4 with viability above 90%, and shipped at 4 °C at 2 × 10^{7} cells/mL.",
            "**Procedures.** In the IV arm, the dose of [[1 × 10^{6} cells/kg|d:1e6,cells/kg,-#IV arm]] was "
            "diluted in [[100 mL|d:100,mL,-#IV arm]] of saline and [[infused into a forearm vein|r:iv#IV arm]] "
            "over 40 minutes; [[the three infusions|s:3#IV arm]] were given on days 1, 29 and 57. In the IO arm, "
            "under intravenous propofol sedation, [[0.25 mL|d:0.25,mL,ovary#IO arm]] containing "
            "[[5 × 10^{6} cells|d:5e6,cells,ovary#IO arm]] was "
            "[[injected into the cortex of each ovary under transvaginal ultrasound guidance|r:io,tvus#IO arm]], "
            "spread over two sites per ovary. Women in all arms took cyclical oral oestradiol and "
            "dydrogesterone throughout.",
            "**Assessments.** Blood for FSH and AMH was taken, and the AFC counted, at baseline and at months "
            "[[3, 6 and 12|f:12,month]]; FSH was measured twice at each visit and averaged. Every woman was "
            "followed for [[12 months|f:12,month]] after randomisation.",
            (
                "table",
                "Table 2. Ovarian markers by arm, mean (SD), with the direction of change from baseline",
                [
                    ["Arm", "Marker", "Baseline", "Month 3", "Month 6", "[[Month 12|f:12,month]]", "Direction"],
                    ["IO arm", "FSH (IU/L)", "71.2 (18.4)", "58.0 (17.1)", "52.3 (16.6)", "50.9 (17.0)",
                     "[[Decreased|h:FSH,dec#IO arm]]"],
                    ["IO arm", "AMH (ng/mL)", "0.05 (0.03)", "0.11 (0.06)", "0.14 (0.07)", "0.13 (0.08)",
                     "[[Increased|h:AMH,inc#IO arm]]"],
                    ["IO arm", "AFC", "0.7 (0.8)", "1.4 (1.1)", "1.9 (1.3)", "1.8 (1.2)",
                     "[[Increased|h:AFC,inc#IO arm]]"],
                    ["IV arm", "FSH (IU/L)", "69.8 (19.0)", "68.1 (18.2)", "67.5 (19.4)", "66.9 (18.8)",
                     "[[No change|h:FSH,nc#IV arm]]"],
                    ["IV arm", "AMH (ng/mL)", "0.06 (0.04)", "0.06 (0.04)", "0.07 (0.05)", "0.06 (0.04)",
                     "[[No change|h:AMH,nc#IV arm]]"],
                    ["IV arm", "AFC", "0.8 (0.9)", "0.9 (0.9)", "0.9 (1.0)", "0.8 (0.9)",
                     "[[No change|h:AFC,nc#IV arm]]"],
                    ["HRT arm", "FSH (IU/L)", "70.4 (17.7)", "66.0 (18.9)", "64.2 (18.1)", "63.8 (17.5)",
                     "[[Decreased|h:FSH,dec#HRT arm]]"],
                    ["HRT arm", "AMH (ng/mL)", "0.06 (0.03)", "0.05 (0.03)", "0.06 (0.04)", "0.06 (0.03)",
                     "[[No change|h:AMH,nc#HRT arm]]"],
                    ["HRT arm", "AFC", "0.8 (0.7)", "0.8 (0.8)", "0.7 (0.8)", "0.8 (0.8)",
                     "[[No change|h:AFC,nc#HRT arm]]"],
                ],
                [0.12, 0.15, 0.14, 0.14, 0.14, 0.14, 0.17],
            ),
            "**Safety.** One woman in the IV arm had a fever of 38.4 °C for a few hours after the second "
            "infusion, and one in the IO arm had pelvic pain that settled with paracetamol. No serious adverse "
            "event occurred. Three women of the IV arm, two of the IO arm and one of the HRT arm were lost to "
            "follow-up.",
            "**Discussion.** Infused cells are largely trapped in the lungs, which may explain why the IV arm "
            "gained nothing although each of its women received well over ten times as many cells as a woman of "
            "the IO arm. Our IO result agrees with a Korean series in which [[24 women|n:24]] had "
            "[[bone marrow-derived MSCs|c:bm]] [[injected into both ovaries at laparoscopy|r:io,lap]] and AMH "
            "[[was higher|h:AMH,inc]] [[six months|f:6,month]] after the injections [17]. A longer course of infusions might still "
            "help, but it should be tested against the same local control.",
        ],
        notes=(
            "Three-arm RCT; arms 'IV arm', 'IO arm', 'HRT arm' (the HRT arm is treated: its changes are facts "
            "with its arm; all arms also took HRT). Sample: 90 randomised ('Ninety women'); 141 assessed (screened: "
            "no); 'thirty were allocated to each arm' (each_arm, no label); 84 who attended the 12-month visit "
            "are completers (subset of 90: no sample fact); menses/conception/lost-to-follow-up counts are "
            "outcomes. Sessions: 'monthly for three months' is a frequency over a duration (count inferred: no "
            "fact); 'the three infusions' (IV arm) and 'three intravenous infusions' in the conclusion (no arm) "
            "state the count; 'one ... injection' (IO arm); 'A single' (conclusion); 'the second infusion' is an "
            "ordinal of counted sessions (no fact); 'measured twice', 'on two occasions', 'two sites per ovary' "
            "no sessions. Doses: 1 × 10^6 cells/kg (per null), 100 mL infused volume (IV arm), 5 × 10^6 cells per "
            "ovary and 0.25 mL per ovary; 2 × 10^7 cells/mL is a concentration. Follow-up: 'at 12 months', "
            "'12-month visit', list 'months 3, 6 and 12' -> 12, 'followed for 12 months', table heads "
            "Baseline..Month 12 -> last; discussion 'six months after the injections' of a cited series (a time after "
            "treatment at which AMH was reported). Conclusion compares arms: no arm labels there. Cited [17]: 24 "
            "women, bm MSCs, io laparoscopic, AMH rose. Traps: ages 24-39, 'four months' amenorrhoea, FSH > 25, "
            "days 1, 29, 57 (schedule), passage 4, propofol sedation, 38.4 °C, 'ten times as many cells'."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=19,
    ),
    # ------------------------------------------------------------------ 218
    RealText(
        id="en_blind218_dose_escalation_ucmsc_small_evs_three_cohorts",
        lang="en",
        kind="clinical",
        title=(
            "[[Intraovarian|r:io]] [[small extracellular vesicles|c:ev]] from [[umbilical cord mesenchymal stromal "
            "cells|c:uc]] in women with poor ovarian reserve: a 3 + 3 dose-escalation study"
        ),
        authors="Anneliese Vorderbrügge, Kofi Mensah-Attah, Lucía Barrenechea Soto",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "[[Extracellular vesicles|c:ev]] released by [[umbilical cord mesenchymal stromal cells|c:uc]] may carry much of the cells' "
            "benefit to a damaged ovary without the cells themselves. We escalated the dose of "
            "[[UC-MSC|c:uc]]-derived [[small extracellular vesicles|c:ev]] ([[sEVs|c:ev]]) in women with poor "
            "ovarian reserve who wished to conceive. Three ascending cohorts were planned. Cohort 1 received "
            "[[25 µg|d:25,ug,ovary#cohort 1]] of protein per ovary; cohort 2 received "
            "[[50 µg|d:50,ug,ovary#cohort 2]] per ovary; cohort 3 received [[100 µg|d:100,ug,ovary#cohort 3]] per "
            "ovary. Every woman had [[two injections|s:2]], four weeks apart, "
            "[[into both ovaries under transvaginal ultrasound|r:io,tvus]]. [[Fifteen women|n:15]] were treated. "
            "One dose-limiting toxicity (pelvic pain needing admission) occurred in cohort 2, which was expanded "
            "to [[six women|n:6#cohort 2]]; none occurred in cohort 3, so the highest level was taken forward. Over "
            "[[24 weeks|f:24,week]] of follow-up, AMH [[rose|h:AMH,inc#cohort 3]] in cohort 3, with four women "
            "gaining at least 30%, while FSH [[did not change|h:FSH,nc]] in any cohort. "
            "[[Two|s:2]] [[intraovarian|r:io]] injections of up to [[100 µg|d:100,ug,ovary]] of [[sEVs|c:ev]] per "
            "ovary were tolerated and deserve a randomised test."
        ),
        body=[
            "**Production.** [[UC-MSCs|c:uc]] at passages 3 to 5 were grown in serum-free medium for 48 h, and "
            "[[sEVs|c:ev]] were isolated from the medium by tangential-flow filtration and size-exclusion "
            "chromatography. They measured 60–140 nm, carried CD63, CD81 and TSG101, and lacked calnexin; one "
            "microgram of protein held about 4 × 10^{8} particles. Lots were released at 200 µg/mL.",
            "**Patients.** Women of 30–41 years with AMH below 0.8 ng/mL or an AFC below six, and a history of "
            "at least two IVF cycles with three or fewer oocytes, were eligible. Twenty-one were screened and "
            "[[fifteen|n:15]] treated; screening failures were mostly due to a high body-mass index.",
            "**Procedure and escalation.** Under light sedation, the [[sEV|c:ev]] suspension was "
            "[[injected under transvaginal ultrasound guidance into the cortex of each ovary|r:io,tvus]] at three "
            "sites through a 19-gauge needle, [[0.5 mL|d:0.5,mL,ovary]] per ovary at every dose level. The second "
            "injection followed at week 4. Dose-limiting toxicity was judged over the eight weeks after the "
            "first injection, and a cohort of three was expanded to six if one woman had one. Each woman was "
            "followed for [[24 weeks|f:24,week]] after the second injection.",
            (
                "table",
                "Table 1. Dose levels and patients treated",
                [
                    ["Cohort", "Protein per ovary", "Volume per ovary", "Women treated, n", "DLT, n"],
                    ["Cohort 1", "[[25 µg|d:25,ug,ovary#cohort 1]]", "[[0.5 mL|d:0.5,mL,ovary#cohort 1]]",
                     "[[3|n:3#cohort 1]]", "0"],
                    ["Cohort 2", "[[50 µg|d:50,ug,ovary#cohort 2]]", "[[0.5 mL|d:0.5,mL,ovary#cohort 2]]",
                     "[[6|n:6#cohort 2]]", "1"],
                    ["Cohort 3", "[[100 µg|d:100,ug,ovary#cohort 3]]", "[[0.5 mL|d:0.5,mL,ovary#cohort 3]]",
                     "[[6|n:6#cohort 3]]", "0"],
                ],
                [0.16, 0.26, 0.2, 0.22, 0.16],
            ),
            "**Results.** In cohort 1, AMH [[was unchanged|h:AMH,nc#cohort 1]] at every visit. In cohort 2, the median AMH "
            "[[did not change|h:AMH,nc#cohort 2]] either. In "
            "cohort 3, the AFC [[increased|h:AFC,inc#cohort 3]] from a median of 3 to 5 by "
            "[[week 12|f:12,week#cohort 3]]. Oestradiol on cycle day 3 was not analysed because half of the "
            "women took oral contraceptives between visits.",
            (
                "table",
                "Table 2. AMH (ng/mL) by cohort, median (range)",
                [
                    ["Cohort", "Baseline", "Week 12", "[[Week 24|f:24,week]]", "Change"],
                    ["Cohort 1", "0.42 (0.30–0.61)", "0.40 (0.28–0.66)", "0.44 (0.31–0.58)",
                     "[[None|h:AMH,nc#cohort 1]]"],
                    ["Cohort 2", "0.37 (0.12–0.70)", "0.41 (0.10–0.79)", "0.39 (0.11–0.83)",
                     "[[None|h:AMH,nc#cohort 2]]"],
                    ["Cohort 3", "0.29 (0.09–0.65)", "0.43 (0.15–0.90)", "0.47 (0.18–0.88)",
                     "[[Increased|h:AMH,inc#cohort 3]]"],
                ],
                [0.16, 0.21, 0.21, 0.21, 0.21],
            ),
            "**Comment.** Animal studies have used doses that differ a hundredfold, and the three "
            "dose levels here were chosen from the lower part of that span. Two women conceived, one after IVF "
            "and one naturally, and both pregnancies are ongoing.",
        ],
        notes=(
            "3 + 3 dose escalation; arms 'cohort 1/2/3' (each named with its head word; table rows by first "
            "cell). Doses per ovary in µg of vesicle protein (25, 50, 100) and 0.5 mL per ovary (every level: no "
            "arm in the procedure sentence, arm in the table rows); '100 µg ... per ovary' in the last abstract "
            "sentence is a statement about the whole study (no arm). "
            "200 µg/mL concentration, 4 × 10^8 particles per µg, 60–140 nm are no doses. "
            "Sessions: 'two injections' (all cohorts), 'Two ... injections' (conclusion); 'The second injection' "
            "ordinal of counted sessions; 'three dose levels', 'three sites', 'two IVF cycles' no sessions. "
            "Sample: 'Fifteen women' and 'fifteen treated' (21 screened: no), cohort 2 expanded to six, table counts 3/6/6 with arms; "
            "'four women gaining at least 30%' responders (no). Follow-up: 'Over 24 weeks of follow-up', 'followed for 24 "
            "weeks', 'by week 12' (cohort 3), Table 2 heads Baseline | Week 12 | Week 24 -> last. Hormones: AMH "
            "rose (cohort 3), FSH no change 'in any cohort' (no arm), AMH unchanged (cohort 1, also "
            "in Table 2), median AMH 'did not change either' in cohort 2 (its table row 'None'); AFC increased (cohort 3); oestradiol not "
            "analysed (no fact)."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=19,
    ),
    # ------------------------------------------------------------------ 219
    RealText(
        id="en_blind219_retro_cohort_bmsc_laparoscopic_before_ivf",
        lang="en",
        kind="clinical",
        title=(
            "Autologous [[bone marrow mesenchymal stem cells|c:bm]] [[injected into the ovaries at laparoscopy|r:io,lap]] "
            "before IVF: a retrospective cohort of women with poor ovarian reserve"
        ),
        authors="Devika Raghunathan, Owen Fitzmaurice, Hatice Yıldırımoğlu",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**STUDY QUESTION** Do women with poor ovarian reserve who chose to have autologous "
            "[[bone marrow mesenchymal stem cells|c:bm]] ([[BM-MSCs|c:bm]]) placed in their ovaries before IVF "
            "obtain more oocytes than women who did not? "
            "**SUMMARY ANSWER** Slightly more: one oocyte more per retrieval, with a "
            "[[rise in AMH|h:AMH,inc]] over the first months. "
            "**STUDY DESIGN, SIZE, DURATION** Single-centre retrospective cohort. The files of all 212 women with "
            "poor ovarian reserve who started IVF between January 2017 and December 2022 were read, and "
            "[[155|n:155]] met the inclusion criteria. [[Fifty-eight|n:58#MSC cohort]] had chosen the cell "
            "procedure (the [[MSC|c:msc#MSC cohort]] cohort) and [[97|n:97#comparison cohort]] had declined it or could not afford it "
            "(the comparison cohort). "
            "**PARTICIPANTS/MATERIALS, SETTING, METHODS** In the [[MSC|c:msc#MSC cohort]] cohort, marrow was aspirated from the "
            "iliac crest, and after 14 days of culture [[10 million cells|d:1e7,cells,ovary#MSC cohort]] were "
            "[[injected into each ovary during diagnostic laparoscopy|r:io,lap#MSC cohort]] in "
            "[[a single procedure|s:1#MSC cohort]]. Both cohorts then had up to three antagonist IVF cycles. The "
            "median follow-up was [[14 months|f:14,month]] (range 6–31). "
            "**MAIN RESULTS AND THE ROLE OF CHANCE** In the [[MSC|c:msc#MSC cohort]] cohort, AMH "
            "[[rose|h:AMH,inc#MSC cohort]] from a median of 0.41 to 0.63 ng/mL "
            "[[three months|f:3,month#MSC cohort]] after the injection and the AFC "
            "[[increased|h:AFC,inc#MSC cohort]], while FSH [[stayed where it was|h:FSH,nc#MSC cohort]]. The median "
            "number of oocytes per retrieval was 4 in the [[MSC|c:msc#MSC cohort]] cohort and 3 in the comparison cohort "
            "(adjusted rate ratio 1.27, 95% CI 1.05–1.53). Twenty-one and 18 women had a live birth. "
            "**LIMITATIONS, REASONS FOR CAUTION** Women paid for the procedure themselves, so the cohorts differ "
            "in income and perhaps in motivation; adjustment for age, AMH and the number of earlier cycles cannot "
            "remove this."
        ),
        body=[
            "**Inclusion.** Women were included if they were 30–43 years old, met the Bologna criteria and had "
            "at least one retrieval in the study window. The two cohorts had been infertile for a median of 4.5 "
            "and 4.0 years and had had a median of two earlier IVF cycles each.",
            "**Cell procedure.** In the [[MSC|c:msc#MSC cohort]] cohort, 60 mL of marrow was aspirated under local anaesthesia and "
            "the adherent cells were expanded for 14 days to passage 2 in a licensed laboratory. On the day of "
            "laparoscopy, [[10 million cells|d:1e7,cells,ovary#MSC cohort]] in "
            "[[0.4 mL|d:0.4,mL,ovary#MSC cohort]] of Ringer's lactate were "
            "[[injected into the cortex of each ovary under laparoscopic view|r:io,lap#MSC cohort]] at four "
            "points. IVF started two to three months later.",
            "**Follow-up.** Women were followed from the first retrieval in the study window to a live birth, "
            "the end of 2023 or their last contact. AMH was measured in the [[MSC|c:msc#MSC cohort]] cohort before the procedure and "
            "at the visit before stimulation.",
            (
                "table",
                "Table 2. Ovarian reserve markers in the [[MSC|c:msc#MSC cohort]] cohort before and [[three months|f:3,month#MSC cohort]] "
                "after the injection",
                [
                    ["Marker", "Before", "After", "Direction"],
                    ["AMH (ng/mL), median", "0.41", "0.63", "[[Increased|h:AMH,inc#MSC cohort]]"],
                    ["AFC, median", "3", "5", "[[Increased|h:AFC,inc#MSC cohort]]"],
                    ["Inhibin B (pg/mL), median", "19", "27", "[[Increased|h:INHB,inc#MSC cohort]]"],
                    ["FSH (IU/L), median", "14.8", "14.5", "[[Unchanged|h:FSH,nc#MSC cohort]]"],
                ],
                [0.4, 0.18, 0.18, 0.24],
            ),
            (
                "table",
                "Table 3. IVF outcomes by cohort",
                [
                    ["Outcome", "[[MSC|c:msc#MSC cohort]] cohort", "Comparison cohort"],
                    ["IVF cycles started", "131", "236"],
                    ["Oocytes per retrieval, median (IQR)", "4 (2–6)", "3 (1–5)"],
                    ["Women with a live birth, n (%)", "21 (36)", "18 (19)"],
                ],
                [0.46, 0.27, 0.27],
            ),
            "**Discussion.** In the comparison cohort AMH drifted down over the same period, as expected with "
            "age. A small randomised study from Chennai [24] gave [[two|s:2]] [[intraovarian|r:io]] injections "
            "of [[BM-MSCs|c:bm]] to [[20 women|n:20]] with poor response and found AFC "
            "[[higher|h:AFC,inc]] after [[three months|f:3,month]], much as we did with one.",
        ],
        notes=(
            "Retrospective cohort; arms 'MSC cohort' and 'comparison cohort' (the cell type in the group's name, 'MSC' of 'MSC cohort', is a msc mention of that arm wherever the cohort is named, also in Table 3's column head) (the latter untreated: its AMH "
            "drift in the discussion is a change in an untreated control, no fact). Sample: 155 included (212 "
            "files read = screened, no), 58 (MSC cohort), 97 (comparison cohort); 21 and 18 live births and "
            "131/236 cycles are outcome counts. Dose 10 million cells per ovary (twice), 0.4 mL per ovary; 60 mL "
            "marrow is a harvest volume. Sessions: 'a single procedure' (MSC cohort); 'up to three IVF cycles', "
            "'two earlier IVF cycles', 'four points' no sessions. Follow-up: 'median follow-up was 14 months "
            "(range 6–31)' -> the median only: the bracketed range describes the same follow-up (one mention; "
            "doubtful whether a reviewer marks the range's low end too); 'three months after the injection' "
            "(MSC cohort) in text and in the caption of Table 2. Summary answer 'rise in AMH' (no group named: no "
            "arm). Table 2 (MSC cohort, named in its caption): AMH, AFC, INHB increased (INHB only in the "
            "table), FSH unchanged. Cited [24]: two io injections, BM-MSCs, 20 women, AFC higher after three "
            "months. Traps: 14 days of culture, passage 2, ages 30–43, 4.5/4.0 years infertile, 'two to three "
            "months later' (start of IVF), rate ratio, CI."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=19,
    ),
    # ------------------------------------------------------------------ 220
    RealText(
        id="en_blind220_mouse_cy_busulfan_bmsc_single_vs_booster",
        lang="en",
        kind="animal",
        title=(
            "A booster injection of [[bone marrow mesenchymal stem cells|c:bm]] prolongs the recovery of mouse "
            "ovaries damaged by cyclophosphamide and busulfan"
        ),
        authors="Yuki Harada-Lindqvist, Sebastián Arriagada, Nomvula Dlamini",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        species="mouse",
        abstract=(
            "**Background** [[Mesenchymal stem cells|c:msc@human]] are being tried in women with premature ovarian "
            "insufficiency, but how long their effect on the ovary lasts is not known. "
            "**Methods** Female C57BL/6 mice aged 8 weeks were given [[a single|s:1]] "
            "[[intraperitoneal injection|r:ip]] of cyclophosphamide ([[120 mg/kg|d:120,mg/kg,-]]) together with "
            "busulfan ([[30 mg/kg|d:30,mg/kg,-]]). A week later they were divided into a model group, a "
            "single-dose group and a booster group, with 12 mice in each. The single-dose group received "
            "[[1 × 10^{6}|d:1e6,cells,-#single-dose group]] [[BMSCs|c:bm#single-dose group]] "
            "[[through the tail vein|r:iv#single-dose group]] [[once|s:1#single-dose group]]. The booster group "
            "received [[1 × 10^{6}|d:1e6,cells,-#booster group]] [[BMSCs|c:bm#booster group]] "
            "[[intravenously|r:iv#booster group]] on day 0 and a booster of the same size on day 14 "
            "([[two injections|s:2#booster group]] in all). Six mice of each group were killed "
            "[[2|f:2,week]] and six [[6 weeks|f:6,week]] after the first cell injection. "
            "**Results** At [[2 weeks|f:2,week]], estradiol [[was higher|h:E2,inc]] in both "
            "[[BMSC|c:bm]] groups than in the model group. At [[6 weeks|f:6,week]], serum AMH "
            "[[was higher|h:AMH,inc#booster group]] and FSH [[lower|h:FSH,dec#booster group]] in the booster group "
            "than in the model group, whereas in the single-dose group AMH "
            "[[no longer differed|h:AMH,nc#single-dose group]] from the model group. "
            "**Conclusions** A booster of [[BMSCs|c:bm]] two weeks after the first injection kept the ovaries "
            "working for longer than one injection alone."
        ),
        body=[
            "**Introduction.** Small clinical series have reported that [[autologous BMSCs|c:bm@human]] "
            "[[injected into the ovaries|r:io@human]] of women with ovarian failure "
            "[[lowered FSH|h:FSH,dec@human]] [4, 5]. In mice, most groups have looked at the ovaries only "
            "within the first month.",
            "**Cells.** [[BMSCs|c:bm]] were flushed from the femurs and tibiae of 4-week-old female C57BL/6 mice, "
            "grown to passage 3–5 and checked for CD29, CD44 and Sca-1 and for the absence of CD45 and CD11b. "
            "They were suspended in PBS at 5 × 10^{6} cells/mL, and each injection was "
            "[[0.2 mL|d:0.2,mL,-]] given [[into a lateral tail vein|r:iv]] over one minute.",
            "**Model.** Cyclophosphamide ([[120 mg/kg|d:120,mg/kg,-]]) and busulfan "
            "([[30 mg/kg|d:30,mg/kg,-]]) were dissolved separately and "
            "[[injected intraperitoneally|r:ip]] on the same morning. The normal group (12 mice) received the "
            "vehicles. Vaginal smears were read on 12 consecutive days before killing, and two observers counted "
            "follicles on every fifth section of each ovary.",
            (
                "table",
                "Table 1. Serum hormones [[6 weeks|f:6,week]] after the first cell injection, mean ± SD "
                "(six mice per group)",
                [
                    ["Group", "FSH (mIU/mL)", "E2 (pg/mL)", "AMH (ng/mL)"],
                    ["Normal group", "3.2 ± 0.7", "41.6 ± 6.2", "7.9 ± 1.3"],
                    ["Model group", "9.8 ± 1.9", "17.3 ± 4.1", "2.1 ± 0.8"],
                    ["Single-dose group", "8.9 ± 2.2", "22.0 ± 5.0", "2.6 ± 0.9 ([[not different|h:AMH,nc#single-dose group]])"],
                    ["Booster group", "5.1 ± 1.4 ([[lower|h:FSH,dec#booster group]])",
                     "31.7 ± 5.8 ([[higher|h:E2,inc#booster group]])", "4.8 ± 1.1 ([[higher|h:AMH,inc#booster group]])"],
                ],
                [0.25, 0.25, 0.25, 0.25],
            ),
            "Comparisons in Table 1 are with the model group (Dunnett's test). At the earlier time point the "
            "two treated groups did not yet differ, because the booster had only just been given.",
            "**Discussion.** The extra injection doubled the number of cells each mouse received, so dose and "
            "timing are confounded here; a group given the double number of "
            "[[BMSCs|c:bm]] at once would separate them and is planned.",
        ],
        notes=(
            "Mouse study (default species mouse). Arms: model group, single-dose group, booster group (named with "
            "their head word; table rows by first cell); 12 mice per group and six per killing are animals (no "
            "sample). Model drugs: a single i.p. injection (s:1, no arm) of cyclophosphamide 120 mg/kg and "
            "busulfan 30 mg/kg (doses in abstract and Model paragraph, route 'intraperitoneal injection' and "
            "'injected intraperitoneally'). Cells: 1 × 10^6 per group (per null), 0.2 mL each injection (both "
            "groups: no arm); 5 × 10^6 cells/mL concentration. Sessions: 'once' (single-dose), 'two injections' "
            "(booster group); 'a booster' and 'the first injection' are not counts (no fact). Follow-up: killed 2 and 6 weeks after the first cell "
            "injection (two facts), 'At 2 weeks', 'At 6 weeks', table caption '6 weeks'; 'within a month' (general, intro) "
            "no. Hormones: E2 higher in 'both BMSC groups' (no arm); booster AMH higher, FSH lower; single-dose "
            "AMH no longer differed (nc); table cells (booster lower/higher/higher; single-dose not different). "
            "Discussion: 'the double number of BMSCs' (no value: no dose). Introduction: clinical series [4, 5] (species human: autologous BMSCs, "
            "injected into the ovaries, lowered FSH); 'Mesenchymal stem cells' in the background (human). "
            "Traps: 8-week-old, 4-week-old donors, passage 3–5, 12 consecutive days of smears, every fifth "
            "section, Dunnett's test."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=19,
    ),
    # ------------------------------------------------------------------ 221
    RealText(
        id="en_blind221_rat_tripterygium_placental_msc_evs_intraperitoneal",
        lang="en",
        kind="animal",
        title=(
            "[[Intraperitoneal|r:ip]] [[extracellular vesicles|c:ev]] from [[placental mesenchymal stem cells|c:pl]] "
            "in rats with ovarian insufficiency induced by tripterygium glycosides"
        ),
        authors="Gulnara Seitkali, Matteo Brambilla, Chidinma Okonkwo-Reyes",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        species="rat",
        abstract=(
            "Tripterygium glycosides, taken for lupus and rheumatoid arthritis, frequently stop menstruation in "
            "young women. We reproduced this injury in Sprague-Dawley rats, which received tripterygium "
            "glycosides at [[50 mg/kg|d:50,mg/kg,-]] by gavage every day for 14 days, and then asked whether "
            "[[extracellular vesicles|c:ev]] from [[placental mesenchymal stem cells|c:pl]] ([[pMSC|c:pl]]-[[EVs|c:ev]]) "
            "[[given into the peritoneal cavity|r:ip]] could repair it. The low-dose group received "
            "[[100 µg|d:100,ug,-#low-dose group]] of [[pMSC|c:pl#low-dose group]]-[[EVs|c:ev#low-dose group]] "
            "and the high-dose group [[200 µg|d:200,ug,-#high-dose group]], "
            "[[injected intraperitoneally|r:ip]] every third day, [[four doses|s:4]] in all; model rats received "
            "PBS. Rats were killed [[two weeks|f:2,week]] after the last injection. In the high-dose group, serum "
            "FSH [[fell|h:FSH,dec#high-dose group]], and estradiol [[rose|h:E2,inc#high-dose group]], as did AMH "
            "([[increased|h:AMH,inc#high-dose group]]). In the low-dose group only AMH "
            "[[increased|h:AMH,inc#low-dose group]], and FSH [[was not different|h:FSH,nc#low-dose group]] from "
            "that of model rats. Granulosa-cell apoptosis was halved in both treated groups. "
            "[[pMSC|c:pl]]-[[EVs|c:ev]] repaired the ovary in a dose-dependent way without any cells being "
            "transplanted."
        ),
        body=[
            "**Animals.** Forty female Sprague-Dawley rats weighing 200–220 g were split into four groups of "
            "ten: control, model, low-dose and high-dose. The control group received the vehicle by gavage. "
            "Oestrous cycles were followed by daily vaginal smears for the last 10 days of the gavage period, "
            "and only rats whose cycles had become irregular went on to treatment (two were replaced).",
            "**[[EV|c:ev]] preparation.** [[Placental MSCs|c:pl]] were grown from the chorionic villi of term placentas donated "
            "after caesarean delivery and used at passage 4. Conditioned medium collected over 48 h was "
            "ultracentrifuged at 100 000 g for 70 min twice; the pellet was resuspended in PBS at 1 mg of "
            "protein per mL. The particles measured 80–150 nm by nanoparticle tracking and expressed CD9 and "
            "CD63.",
            "**Treatment.** Beginning the day after the last gavage, rats received "
            "[[pMSC|c:pl]]-[[EVs|c:ev]] [[into the peritoneal cavity|r:ip]] on days 1, 4, 7 and 10, in a "
            "volume of [[0.2 mL|d:0.2,mL,-#high-dose group]] for the high-dose group and "
            "[[0.1 mL|d:0.1,mL,-#low-dose group]] for the low-dose group.",
            (
                "table",
                "Table 1. Serum hormones and follicles in rats killed [[two weeks|f:2,week]] after the last "
                "injection, mean ± SD (ten rats per group)",
                [
                    ["Group", "FSH (IU/L)", "E2 (pg/mL)", "AMH (ng/mL)", "Primordial follicles"],
                    ["Control", "6.8 ± 1.1", "38.9 ± 5.4", "6.1 ± 0.9", "41 ± 7"],
                    ["Model", "15.2 ± 2.6", "16.4 ± 3.9", "2.2 ± 0.6", "17 ± 5"],
                    ["Low-dose", "13.9 ± 2.8", "19.0 ± 4.4", "3.4 ± 0.7*", "24 ± 6*"],
                    ["High-dose", "9.6 ± 2.0*", "28.7 ± 5.1*", "4.9 ± 0.8*", "33 ± 6*"],
                ],
                [0.2, 0.2, 0.2, 0.2, 0.2],
            ),
            "*P < 0.05 versus the model group.",
            "**Discussion.** [[Intraperitoneal delivery|r:ip]] spares the animal an operation and, in our hands, brought "
            "labelled [[EVs|c:ev]] to the ovary within a day. In a mouse study, "
            "[[150 µg|d:150,ug,-@mouse]] of [[umbilical cord MSC|c:uc@mouse]]-derived "
            "[[exosomes|c:ev@mouse]] given [[through the tail vein|r:iv@mouse]] [[raised AMH|h:AMH,inc@mouse]] "
            "[15]. Whether this would work as well in women, whose peritoneal cavity is far larger, is open.",
        ],
        notes=(
            "Rat study (default species rat). Arms 'low-dose group' and 'high-dose group', each named with its "
            "head word and its own dose (abstract) and volume (Treatment); the model and control groups have "
            "no facts. Table 1 holds numbers and asterisks only: no hormone facts in its cells (no direction "
            "written); its caption repeats the killing time. Model drug: tripterygium glycosides 50 mg/kg (dose; "
            "by gavage: no route id; 'every day for 14 days' is daily dosing: no sessions). Sessions: 'every "
            "third day, four doses in all' -> 4 (a total stated), no arm (both treated groups); days 1, 4, 7 "
            "and 10 is the schedule (no fact). Doses 100 µg / 200 µg (per null), 0.1 mL / 0.2 mL by arm; 1 mg/mL "
            "a concentration; 80–150 nm a size; 100 000 g, 70 min, 'twice' (ultracentrifugation) no sessions. "
            "Cell names: 'pMSC-EVs' marked as pMSC (placenta_msc) + EVs (extracellular_vesicle), as the corpus "
            "does for hUCMSC-Exos. Follow-up: 'killed two weeks after the last injection' (text and caption). "
            "Hormones: high-dose FSH fell, E2 rose, AMH increased; low-dose AMH increased, FSH not different "
            "from model (nc). Animals: 40 rats, ten per group (no sample). 'brought labelled EVs to the "
            "ovary within a day' is a time to an event (no follow-up). Discussion: 'Intraperitoneal delivery' (own "
            "study, rat); cited mouse study [15]: 150 µg, umbilical cord MSC, exosomes, through the tail vein, "
            "AMH raised; 'in women' a hedged question naming no fact."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=19,
    ),
    # ------------------------------------------------------------------ 222
    RealText(
        id="en_blind222_case_series_gcsf_mobilised_pbsc_three_women",
        lang="en",
        kind="case",
        title=(
            "Autologous mobilised [[peripheral blood stem cells|c:pb]] [[injected into the ovaries|r:io]] of three "
            "women with premature ovarian insufficiency: a case series"
        ),
        authors="Roisín Ní Bhriain, Tariq Al-Saadi, Paulina Wróblewska",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "We describe [[three women|n:3]] with premature ovarian insufficiency who had their own "
            "[[peripheral blood stem cells|c:pb]] ([[PBSCs|c:pb]]), mobilised with granulocyte colony-stimulating "
            "factor (G-CSF) and collected by apheresis, [[injected into both ovaries|r:io]]. One woman had her "
            "periods back within three months and later conceived; one responded only after a second course; one "
            "did not respond at all. The cells are easy to obtain and need no culture, and a randomised trial is "
            "justified."
        ),
        body=[
            "**Common procedure.** Each woman received G-CSF [[300 µg|d:300,ug,-]] "
            "[[subcutaneously|r:sc]] once a day for five days. On the fifth day, a single apheresis of two blood "
            "volumes yielded a product from which CD34+ cells were enriched by immunomagnetic selection. The "
            "same afternoon, [[2 × 10^{6}|d:2e6,cells,ovary]] CD34+ [[PBSCs|c:pb]] in [[1 mL|d:1,mL,ovary]] of "
            "saline were [[injected into each ovary|r:io]] through a 17-gauge needle, at three sites per ovary.",
            "**Case 1.** A 29-year-old woman had been amenorrhoeic for 14 months after six cycles of ABVD for "
            "Hodgkin lymphoma; her FSH was 84 IU/L and AMH undetectable. She had [[one|s:1#Case 1]] "
            "[[transvaginal ultrasound-guided injection|r:io,tvus#Case 1]]. Her periods returned 11 weeks later. "
            "At the [[6-month visit|f:6,month#Case 1]], FSH had [[fallen|h:FSH,dec#Case 1]] to 17 IU/L and AMH "
            "had [[risen|h:AMH,inc#Case 1]] to 0.35 ng/mL. She conceived without treatment in the ninth month and "
            "delivered a healthy girl. Case 1 was followed for [[18 months|f:18,month#Case 1]].",
            "**Case 2.** A 35-year-old woman with idiopathic POI and two years of amenorrhoea had the cells "
            "[[injected into both ovaries under transvaginal ultrasound guidance|r:io,tvus#Case 2]] in the same way. Her AMH [[had not changed|h:AMH,nc#Case 2]] "
            "[[three months|f:3,month#Case 2]] later, so she chose a second course: G-CSF, apheresis and injection "
            "were repeated five months after the first, making [[two injections|s:2#Case 2]] in all. After the "
            "second, estradiol [[increased|h:E2,inc#Case 2]] from 14 to 96 pg/mL and AMH "
            "[[rose|h:AMH,inc#Case 2]] to 0.09 ng/mL, and she had two spontaneous bleeds. Her last visit was "
            "[[12 months|f:12,month#Case 2]] after the first injection.",
            "**Case 3.** A 38-year-old woman with 45,X/46,XX mosaicism had the cells "
            "[[injected into her ovaries at laparoscopy|r:io,lap#Case 3]], which was done at the same time to look for endometriosis. Her FSH "
            "[[remained|h:FSH,nc#Case 3]] above 100 IU/L and the antral follicle count "
            "[[stayed at zero|h:AFC,nc#Case 3]] throughout [[10 months|f:10,month#Case 3]] of follow-up.",
            (
                "table",
                "Table 1. The three cases at a glance",
                [
                    ["Case", "Age (years)", "Cause", "Injections, n", "AMH", "Follow-up"],
                    ["Case 1", "29", "Chemotherapy", "[[1|s:1#Case 1]]", "[[Increased|h:AMH,inc#Case 1]]",
                     "[[18 months|f:18,month#Case 1]]"],
                    ["Case 2", "35", "Idiopathic", "[[2|s:2#Case 2]]", "[[Increased|h:AMH,inc#Case 2]]",
                     "[[12 months|f:12,month#Case 2]]"],
                    ["Case 3", "38", "Turner mosaic", "[[1|s:1#Case 3]]", "Undetectable throughout",
                     "[[10 months|f:10,month#Case 3]]"],
                ],
                [0.12, 0.14, 0.2, 0.16, 0.2, 0.18],
            ),
            "**Discussion.** G-CSF caused bone pain in two women and nothing worse. The second course in Case 2 "
            "raises the question of whether more than one injection should be planned from the start. In a "
            "series of [[15 women|n:15]] with poor ovarian response, [[mobilised PBSCs|c:pb]] were "
            "[[infused through the ovarian artery|r:oa]], and the AFC [[rose|h:AFC,inc]] in most of them [9]. "
            "Our three cases are too few to tell whether the cause of POI predicts the response.",
        ],
        notes=(
            "Case series of three (n 3); arms Case 1/2/3 (each named by number: its following clauses carry it; "
            "Table 1 rows by first cell). Common procedure (all cases, no arm): G-CSF 300 µg subcutaneously (a "
            "drug of the protocol: dose and route; 'once a day for five days' is daily dosing: no sessions), "
            "2 × 10^6 CD34+ PBSCs and 1 mL per ovary, 'injected into each ovary' (io, no guidance: the approach "
            "differs by case); 'three sites per ovary', 'single apheresis', 'two blood volumes' no sessions. "
            "Case 1: one transvaginal injection, 6-month visit, FSH fallen, AMH risen, followed 18 months; '14 "
            "months' amenorrhoea, 'six cycles of ABVD', '11 weeks later' (time to event), 'ninth month' (event) "
            "no. Case 2: transvaginal injection, AMH unchanged at three months, 'two injections in all' (the 'second "
            "course' ordinals refer to counted sessions), E2 increased, AMH rose, last visit 12 months after "
            "the first injection; 'two spontaneous bleeds' menses. Case 3: laparoscopy, FSH remained (nc), AFC "
            "stayed at zero (nc), 10 months of follow-up. Table 1: sessions, AMH direction, follow-up per case "
            "('Undetectable throughout' no direction). Abstract: 'three women', 'a second course' (an ordinal, "
            "count stated in the body: no fact), 'within three months' (time to event). Discussion: 'The "
            "second course in Case 2' (reference), 'more than one injection' (no count), cited [9]: 15 women, "
            "mobilised PBSCs, ovarian artery, AFC rose."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=19,
    ),
    # ------------------------------------------------------------------ 223
    RealText(
        id="en_blind223_meta_analysis_msc_poi_hormones_eight_studies",
        lang="en",
        kind="review",
        title=(
            "[[Mesenchymal stem cells|c:msc]] for premature ovarian insufficiency: a systematic review and "
            "meta-analysis of hormonal outcomes"
        ),
        authors="Svetlana Korolenko, Jean-Baptiste Ndayishimiye, Aroha Te Rangi",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**Background** Clinical reports of [[mesenchymal stem cell|c:msc]] ([[MSC|c:msc]]) therapy for "
            "premature ovarian insufficiency (POI) have multiplied, but they differ in cell source, route and "
            "number of injections. "
            "**Methods** We searched MEDLINE, Embase, CENTRAL and two Chinese databases to March 2025 for "
            "clinical studies that gave [[MSCs|c:msc]] to women with POI and reported FSH, AMH, estradiol or antral "
            "follicle count (AFC) before and after treatment. Random-effects models pooled mean differences "
            "(MD) and standardised mean differences (SMD). "
            "**Results** Of 1,146 records, eight studies with [[318 women|n:318]] were included: four randomised "
            "trials and four single-arm studies. After [[MSC|c:msc]] therapy FSH [[fell|h:FSH,dec]] (MD −11.8 IU/L, 95% "
            "CI −16.2 to −7.4), AMH [[rose|h:AMH,inc]] (SMD 0.52, 0.21 to 0.83) and estradiol "
            "[[rose|h:E2,inc]] (SMD 0.41, 0.12 to 0.70), whereas the AFC [[did not change significantly|h:AFC,nc]]. "
            "Follow-up ranged from [[3 to 24 months|f:3,month]]. The FSH [[decrease|h:FSH,dec]] was larger in "
            "studies that used [[intraovarian injection|r:io]] than in those using "
            "[[intravenous infusion|r:iv]] (P for interaction 0.03). "
            "**Conclusions** [[MSC|c:msc]] therapy is followed by modest hormonal improvement, but the evidence is of low "
            "certainty and rests on small studies."
        ),
        body=[
            "**Eligibility.** Randomised, non-randomised and single-arm studies of at least ten women were "
            "eligible; case reports, animal studies and studies of platelet-rich plasma alone were not. Studies "
            "of unexpanded bone marrow cells were excluded.",
            (
                "table",
                "Table 1. Characteristics of the included studies",
                [
                    ["Study", "Design", "Women, n", "Cells", "Route", "Dose", "Injections", "Follow-up"],
                    ["Ahn 2019 [12]", "RCT", "[[40|n:40]]", "[[UC-MSC|c:uc]]", "[[Intraovarian|r:io]]",
                     "[[1 × 10^{7} per ovary|d:1e7,cells,ovary]]", "[[2|s:2]]", "[[12 months|f:12,month]]"],
                    ["Borisova 2020 [13]", "Single-arm", "[[18|n:18]]", "[[BM-MSC|c:bm]]",
                     "[[Ovarian artery|r:oa]]", "[[5 × 10^{6}|d:5e6,cells,-]]", "[[1|s:1]]",
                     "[[6 months|f:6,month]]"],
                    ["Chua 2020 [14]", "Single-arm", "[[26|n:26]]", "[[UC-MSC|c:uc]]", "[[Intravenous|r:iv]]",
                     "[[1 × 10^{6}/kg|d:1e6,cells/kg,-]]", "[[3|s:3]]", "[[6 months|f:6,month]]"],
                    ["Dossou 2021 [15]", "RCT", "[[60|n:60]]", "[[UC-MSC|c:uc]]", "[[Intraovarian|r:io]]",
                     "[[5 × 10^{6} per ovary|d:5e6,cells,ovary]]", "[[1|s:1]]", "[[12 months|f:12,month]]"],
                    ["Estrela 2022 [16]", "Single-arm", "[[12|n:12]]", "[[MenSC|c:men]]", "[[Intraovarian|r:io]]",
                     "[[2 × 10^{6} per ovary|d:2e6,cells,ovary]]", "[[2|s:2]]", "[[3 months|f:3,month]]"],
                    ["Farahani 2022 [17]", "RCT", "[[80|n:80]]", "[[BM-MSC|c:bm]]", "[[Intraovarian|r:io]]",
                     "[[1 × 10^{7} per ovary|d:1e7,cells,ovary]]", "[[1|s:1]]", "[[24 months|f:24,month]]"],
                    ["Gao 2023 [18]", "Single-arm", "[[22|n:22]]", "[[ADSC|c:ad]]", "[[Intraovarian|r:io]]",
                     "[[3 × 10^{6} per ovary|d:3e6,cells,ovary]]", "[[1|s:1]]", "[[6 months|f:6,month]]"],
                    ["Holm 2024 [19]", "RCT", "[[60|n:60]]", "[[UC-MSC|c:uc]]", "[[Intravenous|r:iv]]",
                     "[[1 × 10^{6}/kg|d:1e6,cells/kg,-]]", "[[4|s:4]]", "[[12 months|f:12,month]]"],
                ],
                [0.16, 0.11, 0.09, 0.11, 0.13, 0.18, 0.1, 0.12],
                7.5,
            ),
            "RCT, randomised controlled trial (in the RCTs the control arm received hormone replacement or "
            "nothing; only the cell arm is described). [[UC-MSC|c:uc]], [[umbilical cord MSC|c:uc]]; [[BM-MSC|c:bm]], "
            "[[bone marrow MSC|c:bm]]; [[MenSC|c:men]], [[menstrual blood-derived stem cell|c:men]]; [[ADSC|c:ad]], "
            "[[adipose-derived stem cell|c:ad]].",
            (
                "table",
                "Table 2. Pooled hormonal outcomes (random effects)",
                [
                    ["Outcome", "Studies", "Effect (95% CI)", "I², %", "Direction"],
                    ["FSH (IU/L)", "8", "MD −11.8 (−16.2 to −7.4)", "71", "[[Decrease|h:FSH,dec]]"],
                    ["AMH", "7", "SMD 0.52 (0.21 to 0.83)", "58", "[[Increase|h:AMH,inc]]"],
                    ["Estradiol", "6", "SMD 0.41 (0.12 to 0.70)", "44", "[[Increase|h:E2,inc]]"],
                    ["AFC", "4", "MD 0.6 (−0.1 to 1.3)", "62", "[[No significant change|h:AFC,nc]]"],
                ],
                [0.2, 0.13, 0.33, 0.12, 0.22],
            ),
            "**Route and number of injections.** The two [[intravenous|r:iv]] studies gave [[three|s:3]] or "
            "[[four infusions|s:4]], while the [[intraovarian|r:io]] studies gave [[one|s:1]] or [[two|s:2]]. No randomised "
            "study has compared different numbers of injections of the same cells, and dose was reported in so "
            "many ways that a dose–response analysis was impossible. The only [[ovarian artery|r:oa]] study [13] "
            "was small.",
            "**Certainty.** Four of the single-arm studies were at high risk of bias. Small studies showed larger "
            "FSH effects (Egger's test P = 0.04), and we rated the certainty of every hormonal outcome as low.",
        ],
        notes=(
            "Meta-analysis. Sample: '318 women' pooled (the 8 studies and 1,146 records are not samples); Table 1 "
            "column 'Women, n' gives each study's sample; 'at least ten women' is a bound (no). Table 1 rows are "
            "studies (no arms): cells, routes, doses (per ovary where written; '/kg' per null; 5 × 10^6 per "
            "null), injections (sessions), follow-up per study. The footnote spells out the abbreviations (cell "
            "mentions). 'MSC therapy', 'MSCs' in the abstract are mentions of the therapy (msc). Pooled "
            "changes: FSH fell, AMH rose, E2 rose, AFC did not change significantly (nc), in the abstract and in "
            "Table 2's Direction column; 'The FSH decrease was larger in ... intraovarian ... than ... "
            "intravenous' compares subgroups: the FSH decrease and both routes are marked, no arm. Follow-up: "
            "'ranged from 3 to 24 months' -> the low end (a range). Route paragraph: 'intravenous studies', 'intraovarian studies', 'ovarian artery study' name routes; sessions: 'three or "
            "four infusions' (two facts), 'one or two' (two facts); 'different numbers of injections' no count. "
            "'unexpanded bone marrow cells' no cell type; 'the control arm received hormone replacement or "
            "nothing' (no facts). Traps: I², MD/SMD, CIs, Egger P, 'Four of the single-arm studies', Table 2 "
            "'Studies' counts."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=19,
    ),
    # ------------------------------------------------------------------ 224
    RealText(
        id="zh_blind224_rct_ucmsc_ovarian_artery_two_sessions",
        lang="zh",
        kind="clinical",
        title=(
            "[[经卵巢动脉介入|r:oa,ir]]移植[[人脐带间充质干细胞|c:uc]]治疗卵巢早衰的随机对照研究"
        ),
        authors="欧阳晓岚，蒋承恩，廖佩琪，范志远",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**摘要：目的** 探讨[[经卵巢动脉|r:oa]]移植[[人脐带间充质干细胞|c:uc]]（[[hUC-MSCs|c:uc]]）治疗卵巢早衰"
            "（POF）的疗效及安全性。**方法** 选取2020年1月至2022年12月在本院就诊的POF患者[[72例|n:72]]，按随机数字表法"
            "分为介入组和对照组，每组[[36例|n:36]]。对照组给予激素补充治疗（HRT）；介入组在HRT基础上于DSA引导下"
            "[[超选择插管至双侧卵巢动脉|r:oa,ir#介入组]]，每侧卵巢动脉缓慢注入[[hUC-MSCs|c:uc#介入组]]"
            "[[2×10^{7}个|d:2e7,cells,ovary#介入组]]，[[分2次|s:2#介入组]]进行，间隔3个月。两组均[[随访12个月|f:12,month]]。"
            "**结果** 介入组完成[[2次|s:2#介入组]]治疗者34例。治疗后[[12个月|f:12,month]]，介入组FSH"
            "[[较治疗前降低|h:FSH,dec#介入组]]，[[E2|h:E2,inc#介入组]]、[[AMH升高|h:AMH,inc#介入组]]（均P<0.05）；对照组FSH"
            "[[略有下降|h:FSH,dec#对照组]]，AMH[[未见明显变化|h:AMH,nc#对照组]]。介入组月经恢复15例，自然妊娠3例。"
            "术后2例出现穿刺点血肿，均自行吸收。**结论** [[经卵巢动脉介入|r:oa,ir]]移植[[hUC-MSCs|c:uc]]可"
            "[[降低FSH|h:FSH,dec]]、[[提高AMH|h:AMH,inc]]水平，安全性良好。"
        ),
        body=[
            ("heading", "1 资料与方法"),
            "**1.1 一般资料** 纳入标准：① 年龄25~39岁；② 闭经≥6个月；③ 间隔1个月以上2次FSH>40 IU/L；④ 自愿参加并"
            "签署知情同意书。排除染色体核型异常、既往卵巢手术史及凝血功能障碍者。介入组病程（3.1±1.6）年，对照组"
            "（2.9±1.4）年。",
            "**1.2 细胞来源** [[hUC-MSCs|c:uc]]由省级干细胞库制备，取第3~5代，流式检测CD73、CD90、CD105阳性，"
            "CD34、CD45阴性，以生理盐水配制成2×10^{6}个/mL的细胞悬液。",
            "**1.3 介入方法** 介入组患者局部麻醉下经右侧股动脉穿刺，置入5F导管鞘，在DSA引导下以微导管"
            "[[超选择插入左、右卵巢动脉|r:oa,ir#介入组]]，经微导管缓慢推注细胞悬液，每侧"
            "[[10 mL|d:10,mL,ovary#介入组]]（含细胞[[2×10^{7}个|d:2e7,cells,ovary#介入组]]），推注时间约20 min。术后"
            "穿刺侧下肢制动6 h，卧床24 h。3个月后按同法行第2次治疗。",
            "**1.4 观察指标** 介入组患者术后第[[4周|f:4,week#介入组]]复查血常规及肝肾功能。两组均于治疗前及第1次"
            "治疗后[[3、6、12个月|f:12,month]]检测血清FSH、LH、E2、AMH，每次均于月经第2~4天或闭经者任意一天抽血。",
            ("heading", "2 结果"),
            (
                "table",
                "表1 两组治疗前后血清激素水平比较（x̄±s）",
                [
                    ["组别", "指标", "治疗前", "治疗后3个月", "治疗后6个月", "[[治疗后12个月|f:12,month]]"],
                    ["介入组", "FSH（IU/L）", "82.6±17.3", "63.5±15.9", "55.2±14.8", "51.7±15.1"],
                    ["介入组", "E2（pg/mL）", "18.4±6.2", "32.7±9.8", "39.6±11.4", "41.3±12.0"],
                    ["介入组", "AMH（ng/mL）", "0.05±0.03", "0.12±0.06", "0.16±0.08", "0.15±0.08"],
                    ["对照组", "FSH（IU/L）", "80.9±18.1", "72.4±16.7", "70.8±17.2", "71.6±16.9"],
                    ["对照组", "E2（pg/mL）", "19.1±5.8", "27.3±8.6", "28.0±9.1", "27.5±8.8"],
                    ["对照组", "AMH（ng/mL）", "0.06±0.03", "0.06±0.04", "0.05±0.03", "0.06±0.04"],
                ],
                [0.12, 0.16, 0.18, 0.18, 0.18, 0.18],
            ),
            "介入组共2例失访，对照组3例失访。介入组有12例于第1次治疗后出现月经复潮，另3例于第2次治疗后复潮。",
            ("heading", "3 讨论"),
            "[[经卵巢动脉|r:oa]]途径可使细胞直接到达卵巢门部，避免[[经静脉输注|r:iv]]时大量细胞滞留于肺部。既往研究^[6]对"
            "[[20例|n:20]]POF患者[[经卵巢动脉|r:oa]][[单次|s:1]]注入[[骨髓间充质干细胞|c:bm]]，随访"
            "[[6个月|f:6,month]]，AMH[[升高|h:AMH,inc]]。本研究[[分2次|s:2]]移植，第2次治疗后E2进一步"
            "[[升高|h:E2,inc]]，提示[[重复移植|s:-]]可能延长疗效。",
        ],
        notes=(
            "RCT with an HRT control (the control group is treated with HRT: its changes are facts with its "
            "arm). Arms 介入组/对照组 (zh), 'intervention group'/'control group' (en). Sample 72 / 'Seventy-two', "
            "每组36例 / '36 each' (each_arm, no label); 34例 completed both sessions (subset), 失访 and 月经恢复/妊娠 "
            "counts are outcomes. Sessions: 分2次 (介入组), 完成2次治疗 (介入组), discussion 单次 (cited [6]) and 分2次 "
            "(own study, no group named: no arm); 第2次治疗 ordinals of counted sessions; '2次FSH>40' a measurement. "
            "Route: 超选择插管至双侧卵巢动脉 / 超选择插入左、右卵巢动脉 with DSA guidance in the same sentence -> oa + "
            "interventional_radiology; 经股动脉穿刺 is vascular access (not marked); 经卵巢动脉介入 in title and conclusion (介入 -> ir), "
            "经卵巢动脉 in objective and discussion (no guidance); the discussion's first sentence names the "
            "routes in general (经卵巢动脉途径 oa, 经静脉输注 iv: marked as route mentions, no arm); en 'Ovarian "
            "artery ... transplantation' in the conclusion. Doses: 每侧卵巢动脉 2×10^7个 (per ovary: one artery per "
            "ovary), 每侧10 mL; 2×10^6个/mL concentration. Follow-up: 随访12个月, 治疗后12个月, 术后第4周复查 (介入组: "
            "a time after the procedure when outcomes were checked), list 3、6、12个月 -> 12, table heads -> last. "
            "Table 1 numbers only: no hormone facts in cells. Hormones: 介入组 FSH dec, E2 and AMH inc; 对照组 FSH dec, "
            "AMH nc; conclusion FSH dec, AMH inc (no arm); discussion: [6] AMH升高, own E2进一步升高 (no arm); 重复移植 (count null, hedged). "
            "Traps: 年龄, 闭经≥6个月, FSH>40, 病程, 第3~5代, 20 min, 6 h, 24 h, 月经第2~4天."
        ),
        layout={
            "columns": 1,
            "font": "serif",
            "en_title": (
                "[[Transplantation of human umbilical cord mesenchymal stem cells|c:uc]] "
                "[[through the ovarian artery|r:oa]] for premature ovarian failure: a randomized controlled trial"
            ),
            "en_abstract": (
                "**Abstract: Objective** To assess the efficacy and safety of [[human umbilical cord mesenchymal "
                "stem cells|c:uc]] ([[hUC-MSCs|c:uc]]) [[delivered through the ovarian artery|r:oa]] in premature "
                "ovarian failure (POF). **Methods** [[Seventy-two patients|n:72]] were randomized to an "
                "intervention group and a control group ([[36 each|n:36]]). The control group received hormone "
                "replacement therapy (HRT). The intervention group additionally underwent "
                "[[superselective catheterization of both ovarian arteries under DSA guidance|r:oa,ir#intervention group]] "
                "and received [[2 × 10^{7}|d:2e7,cells,ovary#intervention group]] [[hUC-MSCs|c:uc#intervention group]] "
                "per side [[in two sessions|s:2#intervention group]] 3 months apart. All patients were followed for "
                "[[12 months|f:12,month]]. **Results** At [[12 months|f:12,month]], FSH "
                "[[decreased|h:FSH,dec#intervention group]] and [[E2|h:E2,inc#intervention group]] and "
                "[[AMH increased|h:AMH,inc#intervention group]] in the intervention group; in the control group FSH "
                "[[fell slightly|h:FSH,dec#control group]] and AMH [[was unchanged|h:AMH,nc#control group]]. "
                "**Conclusion** [[Ovarian artery|r:oa]] [[hUC-MSC|c:uc]] transplantation [[lowers FSH|h:FSH,dec]] and "
                "[[raises AMH|h:AMH,inc]] in POF."
            ),
        },
        batch=19,
    ),
    # ------------------------------------------------------------------ 225
    RealText(
        id="zh_blind225_singlearm_placenta_msc_iv_weekly_four",
        lang="zh",
        kind="clinical",
        title=(
            "[[静脉输注|r:iv]][[人胎盘间充质干细胞|c:pl]]治疗早发性卵巢功能不全[[20例|n:20]]临床观察"
        ),
        authors="司马静怡，黄柏林，龚晓彤",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**[摘要] 目的** 观察[[静脉输注|r:iv]][[人胎盘间充质干细胞|c:pl]]（[[hP-MSCs|c:pl]]）治疗早发性卵巢功能"
            "不全（POI）的临床效果及安全性。**方法** 采用单臂前瞻性设计。2021年5月至2023年2月共纳入POI患者"
            "[[20例|n:20]]，均按[[1×10^{6}个/kg|d:1e6,cells/kg,-]]给予[[hP-MSCs|c:pl]][[经肘静脉输注|r:iv]]，每周1次，"
            "[[共4次|s:4]]。治疗前及治疗后1、3、6个月检测血清激素及窦卵泡数（AFC）。**结果** 18例完成全部"
            "[[4次|s:4]]输注并[[随访满半年|f:0.5,year]]，2例失访。治疗后[[6个月|f:6,month]]，FSH"
            "[[较治疗前下降|h:FSH,dec]]（P=0.008），E2[[升高|h:E2,inc]]（P=0.021），AMH[[未见明显变化|h:AMH,nc]]，AFC"
            "[[亦无明显改变|h:AFC,nc]]。6例恢复月经，其中4例为规律月经。**结论** [[静脉输注|r:iv]]"
            "[[hP-MSCs|c:pl]]可[[降低FSH|h:FSH,dec]]、[[提高E2|h:E2,inc]]水平，但AMH[[未见明显变化|h:AMH,nc]]，"
            "对卵巢储备的作用有待大样本研究证实。"
        ),
        body=[
            ("heading", "1 对象与方法"),
            "**1.1 研究对象** 纳入标准：① 年龄18~40岁；② 停经或月经稀发≥4个月；③ 间隔4周以上2次血清FSH>25 IU/L；"
            "④ 无生育禁忌。20例患者年龄22~39岁，平均（33.4±4.8）岁；闭经时间6~48个月，中位数15个月。",
            "**1.2 细胞制备** 胎盘取自足月剖宫产健康产妇，分离绒毛膜板来源的[[hP-MSCs|c:pl]]，第4代细胞活率>92%，"
            "内毒素及支原体检测阴性。每次按体重计算细胞数，以[[100 mL|d:100,mL,-]]生理盐水稀释。",
            "**1.3 输注方法** 患者取平卧位，[[经肘正中静脉滴注|r:iv]]，前15 min滴速20滴/min，无不适后调至40滴/min，"
            "约45 min滴完。每次输注间隔7 d，输注后留观2 h。",
            "**1.4 观察指标** 于治疗前及治疗后[[1、3、6个月|f:6,month]]月经第2~4天（闭经者任意一天）抽血检测FSH、LH、E2"
            "及AMH，同日经阴道超声计数AFC。末次输注后第[[2周|f:2,week]]复查血常规及肝肾功能。",
            ("heading", "2 结果"),
            (
                "table",
                "表1 18例患者治疗前后激素及AFC变化（x̄±s）",
                [
                    ["指标", "治疗前", "治疗后1个月", "治疗后3个月", "[[治疗后6个月|f:6,month]]", "变化趋势"],
                    ["FSH（IU/L）", "68.2±14.5", "57.9±13.8", "52.4±15.0", "50.1±14.2", "[[下降|h:FSH,dec]]"],
                    ["LH（IU/L）", "39.6±10.2", "34.0±9.7", "31.8±9.9", "30.7±10.4", "[[下降|h:LH,dec]]"],
                    ["E2（pg/mL）", "21.3±7.9", "30.6±10.1", "34.2±11.5", "35.8±12.3", "[[升高|h:E2,inc]]"],
                    ["AMH（ng/mL）", "0.08±0.05", "0.09±0.05", "0.09±0.06", "0.10±0.06", "[[无明显变化|h:AMH,nc]]"],
                    ["AFC（个）", "1.1±0.9", "1.3±1.0", "1.4±1.1", "1.3±1.0", "[[无明显变化|h:AFC,nc]]"],
                ],
                [0.16, 0.15, 0.17, 0.17, 0.17, 0.18],
            ),
            "不良反应：1例于第2次输注时出现一过性发热（37.9 ℃），2例输注后头晕，均于24 h内自行缓解，无严重不良事件。",
            ("heading", "3 讨论"),
            "与[[卵巢局部注射|r:io]]相比，[[静脉|r:iv]]途径无需穿刺，患者更易接受。林等^[7]对[[15例|n:15]]POI患者[[静脉输注|r:iv]]"
            "[[脐带间充质干细胞|c:uc]][[1×10^{6}个/kg|d:1e6,cells/kg,-]]，仅[[单次|s:1]]输注，随访"
            "[[3个月|f:3,month]]时FSH[[无明显变化|h:FSH,nc]]。本组采用每周1次、连续4周的方案，FSH[[下降|h:FSH,dec]]较为明显，提示"
            "[[多次|s:-]]输注可能有助于维持疗效。",
        ],
        notes=(
            "Single-arm study: no arms. Sample: 20例 (title and methods); 18例 completed (subset: no), 2例失访, "
            "6例/4例 menses (outcomes); table caption '18例患者' is the completers (no). Sessions: 每周1次，共4次 -> "
            "共4次 (a total stated), 全部4次输注 (a restatement: marked), 第2次输注 ordinal of counted sessions; "
            "discussion 单次 ([7]), 多次输注 (count null, hedged); '每周1次、连续4周的方案' is a frequency over a "
            "duration (no count stated in it: no fact); '2次血清FSH' a measurement; 每次输注间隔7 d an interval. "
            "Dose 1×10^6个/kg (per null; also [7]), 100 mL saline volume; 20/40滴/min, 45 min no. Route: 静脉输注, "
            "经肘静脉输注, 经肘正中静脉滴注 (iv); discussion: 卵巢局部注射 (io) and 静脉途径 (span 静脉, iv) compared in "
            "general, [7] 静脉输注. Follow-up: 随访满半年 (0.5 year), 治疗后6个月, list 1、3、6个月 -> 6, 末次输注后第2周"
            "复查 (2 weeks), table heads -> last, [7] 随访3个月. Hormones: FSH dec, E2 inc, AMH nc, AFC nc "
            "(abstract, conclusion, table); LH dec only in the table; discussion '本组…FSH下降较为明显' (own "
            "study, a size of change: FSH decrease marked). Traps: 年龄, "
            "闭经时间, 中位数15个月, FSH>25, 第4代, 活率, 37.9 ℃, 24 h, 2 h."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=19,
    ),
    # ------------------------------------------------------------------ 226
    RealText(
        id="zh_blind226_mouse_ctx_haec_tail_vein_three_injections",
        lang="zh",
        kind="animal",
        title=(
            "[[人羊膜上皮细胞|c:haec]][[尾静脉|r:iv]]移植对环磷酰胺致小鼠卵巢早衰的修复作用"
        ),
        authors="褚梦瑶，钱立舟，卜晓雯，甘建伟",
        journal=_J,
        year=2022,
        doi="",
        url="",
        licence=_LIC,
        species="mouse",
        abstract=(
            "**摘要：目的** 探讨[[人羊膜上皮细胞|c:haec]]（[[hAECs|c:haec]]）经[[尾静脉|r:iv]]移植对环磷酰胺（CTX）"
            "所致小鼠卵巢早衰（POF）的修复作用。**方法** 6~8周龄雌性ICR小鼠60只，随机分为对照组、模型组和"
            "[[hAEC|c:haec#hAEC组]]组，每组20只。模型组和[[hAEC|c:haec#hAEC组]]组[[腹腔注射|r:ip]]CTX，首剂"
            "[[50 mg/kg|d:50,mg/kg,-]]，随后每日[[8 mg/kg|d:8,mg/kg,-]]，连续14 d，对照组注射等量生理盐水。造模成功后，"
            "[[hAEC|c:haec#hAEC组]]组经[[尾静脉|r:iv#hAEC组]]注射[[hAECs|c:haec#hAEC组]]"
            "[[2×10^{6}个|d:2e6,cells,-#hAEC组]]，每周1次，[[共3次|s:3#hAEC组]]；模型组注射等体积PBS。于末次移植后"
            "[[2周|f:2,week]]和[[4周|f:4,week]]每组各处死10只小鼠，检测血清激素并行卵巢组织学检查。**结果** 模型组"
            "FSH显著高于对照组，E2、AMH显著低于对照组（P<0.01）。与模型组相比，[[hAEC|c:haec#hAEC组]]组血清E2"
            "[[升高|h:E2,inc#hAEC组]]、FSH[[降低|h:FSH,dec#hAEC组]]，AMH[[升高|h:AMH,inc#hAEC组]]，各级生长卵泡数增加，"
            "闭锁卵泡减少（P<0.05）。**结论** [[hAECs|c:haec]][[尾静脉|r:iv]]移植可[[降低|h:FSH,dec]]POF小鼠FSH、"
            "[[提高E2|h:E2,inc]]水平，促进卵泡发育。"
        ),
        body=[
            ("heading", "1 材料与方法"),
            "**1.1 实验动物** SPF级雌性ICR小鼠60只，6~8周龄，体重22~25 g，适应性饲养1周后实验。",
            "**1.2 [[hAECs|c:haec]]的分离与鉴定** 取健康产妇剖宫产胎盘，钝性分离羊膜，以0.25%胰酶37 ℃消化2次，每次30 min，"
            "收集细胞后以含10%胎牛血清的培养基培养。流式细胞术检测CK19、EpCAM阳性率>90%。移植前以PBS重悬至"
            "1×10^{7}个/mL。",
            "**1.3 模型制备与分组** 模型组和[[hAEC|c:haec#hAEC组]]组小鼠首日[[腹腔注射|r:ip]]CTX "
            "[[50 mg/kg|d:50,mg/kg,-]]，第2~15天每日[[8 mg/kg|d:8,mg/kg,-]]。自第16天起连续10 d行阴道涂片，动情周期"
            "紊乱者视为造模成功。",
            "**1.4 细胞移植** [[hAEC|c:haec#hAEC组]]组于造模成功后第1、8、15天分别经[[尾静脉|r:iv#hAEC组]]缓慢注射"
            "细胞悬液[[0.2 mL|d:0.2,mL,-#hAEC组]]（含[[hAECs|c:haec#hAEC组]][[2×10^{6}个|d:2e6,cells,-#hAEC组]]），"
            "模型组同法注射等体积PBS。",
            ("heading", "2 结果"),
            "末次移植后[[2周|f:2,week]]，[[hAEC|c:haec#hAEC组]]组FSH[[已开始下降|h:FSH,dec#hAEC组]]，但E2与模型组"
            "比较[[差异尚无统计学意义|h:E2,nc#hAEC组]]；至[[4周|f:4,week#hAEC组]]时E2[[明显升高|h:E2,inc#hAEC组]]。",
            (
                "table",
                "表1 末次移植后[[4周|f:4,week]]各组小鼠血清激素水平（x̄±s，每组10只）",
                [
                    ["组别", "E2（pg/mL）", "FSH（mIU/mL）", "AMH（ng/mL）"],
                    ["对照组", "46.2±7.1", "4.3±0.9", "8.6±1.2"],
                    ["模型组", "18.7±4.6^{a}", "12.9±2.4^{a}", "2.4±0.7^{a}"],
                    ["[[hAEC|c:haec#hAEC组]]组", "33.5±6.2^{b}", "7.1±1.6^{b}", "5.3±1.1^{b}"],
                ],
                [0.25, 0.25, 0.25, 0.25],
            ),
            "注：与对照组比较，^{a}P<0.01；与模型组比较，^{b}P<0.05。",
            ("heading", "3 讨论"),
            (
                "para",
                "[[hAECs|c:haec]]免疫原性低，不表达HLA-DR，临床应用前景较好。已有研究^[12]对[[6例|n:6]]POF患者"
                "[[卵巢内注射|r:io]][[hAECs|c:haec]]，随访[[12个月|f:12,month]]，其中部分患者FSH"
                "[[下降|h:FSH,dec]]。",
                "human",
            ),
            "本实验中[[hAECs|c:haec]][[经静脉给药|r:iv]]仍能改善卵巢功能，可能与其旁分泌作用有关，而非直接分化为卵泡细胞。",
        ],
        notes=(
            "Mouse study (default species mouse). Arms: 对照组, 模型组, hAEC组 (each named with 组; en: control, "
            "model, hAEC group); 每组20只 / 每组各处死10只 animals (no sample, no arm). The cell type in the group "
            "name 'hAEC组' is a mention each time, with its arm (also in the table row). Model drug CTX: i.p., 50 "
            "mg/kg first dose and 8 mg/kg daily (doses, no arm: two groups received it); '连续14 d' / '第2~15天每日' "
            "daily dosing: no sessions. Cells: 2×10^6个 (per mouse: per null), 0.2 mL; 1×10^7个/mL concentration. "
            "Sessions 每周1次，共3次 -> 共3次 (hAEC组); days 1, 8, 15 a schedule; 消化2次 a lab step (no). Follow-up: "
            "末次移植后2周和4周 killed (two facts), results '末次移植后2周' (its own clause before the group: no arm), "
            "'至4周时' (in the hAEC组 clause chain: arm), table caption 4周. Hormones: hAEC组 E2 up, FSH down, AMH "
            "up (vs model: the treated group's facts); 2 weeks FSH 已开始下降 and E2 not yet different from the model group (nc, as the corpus marks 'did not differ from the model group'), 4 weeks E2 明显升高 (hAEC组); "
            "model-vs-control FSH higher/E2, AMH lower validates the model (no facts); table cells numbers only. "
            "Conclusion: FSH down, E2 up (no arm). Discussion first paragraph: cited clinical study [12] (species "
            "human via a para): 6例, 卵巢内注射, hAECs, 随访12个月, FSH下降. Last paragraph: 经静脉给药 (route of this "
            "study, mouse), hAECs. Traps: 6~8周龄, 22~25 g, 37 ℃, 30 min, 10%, >90%, 连续10 d smears, 第16天."
        ),
        layout={
            "columns": 1,
            "font": "serif",
            "en_title": (
                "Repair of cyclophosphamide-induced premature ovarian failure in mice by "
                "[[human amniotic epithelial cells|c:haec]] [[transplanted via the tail vein|r:iv]]"
            ),
            "en_abstract": (
                "**Abstract: Objective** To explore whether [[human amniotic epithelial cells|c:haec]] "
                "([[hAECs|c:haec]]) [[given through the tail vein|r:iv]] repair cyclophosphamide (CTX)-induced "
                "premature ovarian failure (POF) in mice. **Methods** Sixty female ICR mice were divided into a "
                "control group, a model group and an [[hAEC|c:haec#hAEC group]] group (20 mice each). CTX was "
                "[[injected intraperitoneally|r:ip]] ([[50 mg/kg|d:50,mg/kg,-]] on day 1, then "
                "[[8 mg/kg|d:8,mg/kg,-]] daily for 14 days). The [[hAEC|c:haec#hAEC group]] group then received "
                "[[2 × 10^{6}|d:2e6,cells,-#hAEC group]] [[hAECs|c:haec#hAEC group]] "
                "[[intravenously|r:iv#hAEC group]] once a week, [[three times|s:3#hAEC group]] in total. Ten mice "
                "per group were killed [[2|f:2,week]] and [[4 weeks|f:4,week]] after the last transplantation. "
                "**Results** Compared with the model group, the [[hAEC|c:haec#hAEC group]] group had "
                "[[higher E2|h:E2,inc#hAEC group]], [[lower FSH|h:FSH,dec#hAEC group]] and "
                "[[higher AMH|h:AMH,inc#hAEC group]], with more growing follicles. **Conclusion** "
                "[[Tail-vein|r:iv]] [[hAECs|c:haec]] [[lower FSH|h:FSH,dec]] and [[raise E2|h:E2,inc]] in POF mice."
            ),
        },
        batch=19,
    ),
    # ------------------------------------------------------------------ 227
    RealText(
        id="zh_blind227_rabbit_cisplatin_bmsc_exosome_three_doses_laparoscopic",
        lang="zh",
        kind="animal",
        title=(
            "不同剂量[[骨髓间充质干细胞|c:bm]][[外泌体|c:ev]][[卵巢内注射|r:io]]对顺铂损伤兔卵巢功能的影响"
        ),
        authors="阎思远，诸葛文静，包海鹰",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        species="animal",
        abstract=(
            "**摘要：目的** 比较不同剂量[[骨髓间充质干细胞|c:bm]]来源[[外泌体|c:ev]]（[[BMSC|c:bm]]-[[Exo|c:ev]]）"
            "[[卵巢内注射|r:io]]对顺铂所致兔卵巢损伤的修复效果。**方法** 雌性新西兰大白兔30只，其中24只"
            "[[经耳缘静脉|r:iv]]注射顺铂[[1.5 mg/kg|d:1.5,mg/kg,-]]，每周1次，[[连续3次|s:3]]，建立卵巢损伤模型，其余"
            "6只作为正常对照。造模成功后将24只兔随机分为模型组及低、中、高剂量组，每组6只。低、中、高剂量组于"
            "[[腹腔镜下向双侧卵巢内|r:io,lap]]分别注射[[BMSC|c:bm]]-[[Exo|c:ev]][[50|d:50,ug,ovary#低]]、"
            "[[100|d:100,ug,ovary#中]]、[[200 μg|d:200,ug,ovary#高剂量]]（每侧卵巢），均为[[单次|s:1]]注射；模型组注射"
            "等体积PBS。注射后第[[4周|f:4,week]]和第[[8周|f:8,week]]每组各处死3只，检测血清FSH、E2、AMH，计数各级卵泡。"
            "**结果** 注射后[[8周|f:8,week]]，与模型组相比，高剂量组血清AMH[[升高|h:AMH,inc#高剂量]]、"
            "E2[[升高|h:E2,inc#高剂量]]，FSH[[降低|h:FSH,dec#高剂量]]（均P<0.05）；中剂量组仅AMH"
            "[[升高|h:AMH,inc#中]]（P<0.05）；低剂量组各项指标与模型组比较差异均无统计学意义。**结论** "
            "[[卵巢内注射|r:io]][[BMSC|c:bm]]-[[Exo|c:ev]]可呈剂量依赖性地[[提高AMH|h:AMH,inc]]水平，以每侧卵巢"
            "[[200 μg|d:200,ug,ovary]]效果最佳。"
        ),
        body=[
            ("heading", "1 材料与方法"),
            "**1.1 实验动物** 清洁级雌性新西兰大白兔30只，4~5月龄，体重2.5~3.0 kg，单笼饲养，自由进食饮水。",
            "**1.2 [[外泌体|c:ev]]制备** 取兔股骨骨髓，贴壁法分离培养[[BMSCs|c:bm]]，取第3代细胞换无血清培养基培养48 h，"
            "收集上清，经差速离心及100 000×g超速离心2次提取[[外泌体|c:ev]]。透射电镜下呈杯状，粒径30~150 nm，"
            "表达CD63、TSG101。BCA法定量后以PBS稀释至1 μg/μL。",
            "**1.3 造模与注射** 顺铂按[[1.5 mg/kg|d:1.5,mg/kg,-]][[经耳缘静脉|r:iv]]缓慢推注，第1、8、15天各1次。末次"
            "给药后1周，麻醉下建立气腹，置入5 mm腹腔镜，以无损伤钳固定卵巢，用微量注射器[[于每侧卵巢皮质分3点注射|r:io,lap]]。"
            "低、中、高剂量组每侧卵巢注射体积分别为[[0.05|d:0.05,mL,ovary#低]]、[[0.1|d:0.1,mL,ovary#中]]、"
            "[[0.2 mL|d:0.2,mL,ovary#高剂量]]。",
            ("heading", "2 结果"),
            "注射后[[4周|f:4,week]]，高剂量组AMH已[[高于|h:AMH,inc#高剂量]]模型组，其余指标组间差异尚不明显。",
            (
                "table",
                "表1 注射后[[8周|f:8,week]]各组兔血清激素水平（x̄±s，每组3只）",
                [
                    ["组别", "FSH（IU/L）", "E2（pg/mL）", "AMH（ng/mL）", "AMH变化"],
                    ["正常对照组", "5.2±0.8", "52.6±6.9", "3.8±0.5", "—"],
                    ["模型组", "11.7±1.9", "21.4±4.2", "1.1±0.3", "—"],
                    ["低剂量组", "11.0±2.1", "23.0±4.8", "1.3±0.4", "[[无明显变化|h:AMH,nc#低]]"],
                    ["中剂量组", "10.2±1.8", "27.1±5.0", "1.9±0.4", "[[升高|h:AMH,inc#中]]"],
                    ["高剂量组", "7.4±1.5", "36.8±5.7", "2.7±0.5", "[[升高|h:AMH,inc#高剂量]]"],
                ],
                [0.2, 0.2, 0.2, 0.2, 0.2],
            ),
            ("heading", "3 讨论"),
            "兔卵巢体积明显大于啮齿类，可在[[腹腔镜直视下注射|r:io,lap]]，更接近临床操作。本研究中每侧卵巢"
            "[[200 μg|d:200,ug,ovary#高剂量]]组效果最佳，但仅观察至[[8周|f:8,week]]，更长期效果及[[重复注射|s:-]]的必要性"
            "尚需进一步研究。",
        ],
        notes=(
            "Rabbit study (species animal by default). Arms: 'the 低、中、高剂量组' with 分别 and values one to one -> "
            "labels 低, 中, 高剂量 (ANNOTATION: each name alone); later 低剂量组 / 中剂量组 keep 低 / 中 (first label), "
            "高剂量组 is 高剂量; table rows by first cell, same labels. The route, 单次 and 每组6只/每组3只 speak of all "
            "treated groups (no arm); 30/24/6 rabbits are animals. Model drug cisplatin: ear vein (iv), 1.5 mg/kg "
            "(abstract and methods), 每周1次，连续3次 -> 3 sessions (a total); days 1, 8, 15 schedule. Route in 1.3: 于每侧卵巢皮质分3点注射 with the laparoscope of the same sentence (io + lap, all treated groups: no arm). Doses: 50 / "
            "100 / 200 μg per ovary (每侧卵巢) by arm; volumes 0.05 / 0.1 / 0.2 mL per ovary by arm; conclusion "
            "'以每侧卵巢200 μg效果最佳' (a dose, no group named: no arm); discussion '每侧卵巢200 μg组' names the "
            "high-dose group by its value with 组 (the same arm as 高剂量: labelled 高剂量). "
            "1 μg/μL concentration, 30~150 nm, 100 000×g, '超速离心2次' (lab step), 3点 no. Follow-up: killed 4 and 8 "
            "weeks after injection (two facts), '注射后8周' (results opening clause, no arm), '注射后4周' (own clause: "
            "no arm), table caption 8周, discussion 仅观察至8周. Hormones: 高剂量 AMH/E2 up, FSH down; 中 AMH up; 4 "
            "weeks 高剂量 AMH 高于 model (inc); '低剂量组各项指标…无统计学意义' names no hormone (no fact); table: AMH "
            "nc (低, only in the table), inc (中, 高剂量). Conclusion AMH up (no arm). Discussion 重复注射 (count null, "
            "hedged)."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=19,
    ),
    # ------------------------------------------------------------------ 228
    RealText(
        id="zh_blind228_retro_intrauterine_ucmsc_thin_endometrium_fet",
        lang="zh",
        kind="clinical",
        title=(
            "宫腔灌注[[脐带间充质干细胞|c:uc]]对薄型子宫内膜患者冻融胚胎移植结局的影响：一项回顾性队列研究"
        ),
        authors="宇文慧敏，潘建彬，萧若琳",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**摘要：目的** 分析宫腔灌注[[脐带间充质干细胞|c:uc]]（[[UC-MSCs|c:uc]]）对薄型子宫内膜患者冻融胚胎移植"
            "（FET）妊娠结局的影响。**方法** 回顾性分析2019年6月至2023年5月在本中心行FET的薄型子宫内膜（移植日内膜"
            "厚度<7 mm）患者[[105例|n:105]]，其中宫腔灌注[[UC-MSCs|c:uc]]者[[45例|n:45#细胞组]]（细胞组），未灌注者"
            "[[60例|n:60#对照组]]（对照组）。细胞组于内膜准备周期月经第10天和第13天经宫腔灌注"
            "[[UC-MSCs|c:uc#细胞组]]，每次[[1×10^{7}个|d:1e7,cells,injection#细胞组]]，[[分2次|s:2#细胞组]]完成。比较两组"
            "移植日内膜厚度及妊娠结局。**结果** 细胞组移植日内膜厚度（7.4±0.9）mm，高于对照组的（6.3±0.7）mm"
            "（P<0.001）；细胞组临床妊娠率44.4%（20/45），高于对照组的26.7%（16/60）（P=0.048），两组流产率差异无统计学"
            "意义。**结论** 宫腔灌注[[UC-MSCs|c:uc]]可增加薄型子宫内膜患者的内膜厚度，提高FET临床妊娠率。"
        ),
        body=[
            ("heading", "1 资料与方法"),
            "**1.1 研究对象** 纳入标准：① 年龄20~40岁；② 既往≥2次FET周期移植日内膜厚度<7 mm；③ 本次为激素替代"
            "周期FET。排除中重度宫腔粘连未经手术治疗、子宫畸形及子宫腺肌病者。细胞组中有宫腔粘连分离术史者19例，对照组"
            "24例。",
            "**1.2 细胞制备与灌注** [[UC-MSCs|c:uc]]由本院干细胞制备中心提供，取第4代细胞，活率>95%。细胞组每次以"
            "[[2 mL|d:2,mL,injection#细胞组]]生理盐水重悬[[1×10^{7}个|d:1e7,cells,injection#细胞组]]细胞，于经腹超声监测下"
            "以胚胎移植管缓慢注入宫腔，术后平卧30 min。第2次灌注后第5天行FET，每次移植1~2枚胚胎。",
            "**1.3 随访** 细胞组患者于第2次灌注后[[3个月|f:3,month#细胞组]]电话随访有无发热、腹痛及阴道异常分泌物等不良"
            "反应。所有患者均随访至妊娠12周或确认移植失败。",
            ("heading", "2 结果"),
            (
                "table",
                "表1 两组患者临床结局比较",
                [
                    ["指标", "细胞组（[[n=45|n:45]]）", "对照组（[[n=60|n:60]]）", "P值"],
                    ["移植日内膜厚度（mm）", "7.4±0.9", "6.3±0.7", "<0.001"],
                    ["移植胚胎数（枚）", "1.6±0.5", "1.7±0.5", "0.41"],
                    ["临床妊娠[例（%）]", "20（44.4）", "16（26.7）", "0.048"],
                    ["早期流产[例（%）]", "3（15.0）", "3（18.8）", "0.76"],
                ],
                [0.34, 0.24, 0.24, 0.18],
            ),
            "细胞组患者均完成[[2次|s:2#细胞组]]灌注，无一例出现严重不良反应。对照组中有18例为第二次移植，"
            "细胞组中有11例于本次研究前已有第二次移植失败史。",
            ("heading", "3 讨论"),
            "薄型子宫内膜是FET失败的重要原因之一。既往研究^[9]对[[26例|n:26]]反复移植失败患者宫腔内注入"
            "[[骨髓间充质干细胞|c:bm]]，[[单次|s:1]]注射后内膜厚度增加。本研究[[分2次|s:2]]灌注，可能使细胞在内膜中"
            "停留更久。[[UC-MSCs|c:uc]]来源广泛，无需骨髓穿刺，更便于临床推广。",
        ],
        notes=(
            "Another condition (thin endometrium, FET): only the contract's facts are marked. Intrauterine "
            "perfusion (宫腔灌注, 注入宫腔) has no route id (not marked); endometrial thickness and pregnancy rates "
            "are no contract facts; no hormone facts. Arms: 细胞组 / 对照组 (retrospective groups; names in "
            "brackets after counts label those counts: 45例（细胞组）, 60例（对照组）); the UC-MSCs of '宫腔灌注UC-MSCs者45例' "
            "has no arm (the bracketed name labels the count only). Sample: 105 (total), 45, 60; table column "
            "heads n=45, n=60 restate counts (marked, no arm, as earlier batches); 20/45, 16/60, 19例/24例 "
            "(adhesion history), 18例/11例 are subgroups or outcomes; '细胞组患者均完成2次灌注' restates the "
            "group's 2次 (s:2). Sessions: 分2次 "
            "(细胞组), 完成2次灌注 (细胞组), discussion 单次 ([9]) and 本研究分2次 (no group named: no arm); 第2次灌注 "
            "ordinals of counted sessions; '第二次移植' are embryo transfers (no sessions); '≥2次FET周期' previous "
            "cycles; 1~2枚胚胎. Doses: 每次1×10^7个 (per injection), 2 mL per injection. Follow-up: 第2次灌注后3个月 "
            "telephone follow-up (细胞组); '随访至妊娠12周或确认移植失败' is follow-up until an event (no fact). "
            "Cited [9]: 26例, 骨髓间充质干细胞, 单次; 宫腔内注入 no route id. Traps: <7 mm, 年龄20~40岁, 第4代, >95%, "
            "30 min, 第10天和第13天 (schedule), 经腹超声监测 (guidance without a route id: not marked)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=19,
    ),
    # ------------------------------------------------------------------ 229
    RealText(
        id="zh_blind229_case_adsc_second_transplant_pregnancy",
        lang="zh",
        kind="case",
        title=(
            "自体[[脂肪间充质干细胞|c:ad]][[卵巢内移植|r:io]]治疗卵巢早衰后自然妊娠[[1例|n:1]]"
        ),
        authors="时雨菲，郑凯文",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**摘要** 本文报道[[1例|n:1]]卵巢早衰患者，经[[经阴道超声引导下卵巢内注射|r:io,tvus]]自体"
            "[[脂肪间充质干细胞|c:ad]]（[[ADSCs|c:ad]]）后恢复月经并自然妊娠、足月分娩。患者移植后[[3个月|f:3,month]]无明显反应，"
            "间隔7个月行[[第二次移植|s:2]]后FSH[[下降|h:FSH,dec]]，[[AMH|h:AMH,inc]]、[[E2升高|h:E2,inc]]，月经恢复。"
        ),
        body=[
            "**1 病例资料** 患者31岁，G0P0，因“停经2年，未避孕未孕1年”于2021年3月就诊。26岁起月经稀发，29岁停经。"
            "查FSH 86.4 IU/L，间隔1个月复查为91.2 IU/L，E2<18 pg/mL，AMH<0.01 ng/mL，经阴道超声双侧卵巢未见窦卵泡；"
            "染色体核型46,XX，FMR1基因检测阴性，抗卵巢抗体阴性，诊断为卵巢早衰。曾口服雌孕激素序贯治疗1年余，停药后"
            "仍无月经。",
            "**2 治疗经过** 2021年5月局麻下经脐周抽吸脂肪约30 mL，分离培养[[ADSCs|c:ad]]，培养约3周至第3代，"
            "流式鉴定CD73、CD90、CD105阳性。静脉麻醉下于[[经阴道超声引导下行双侧卵巢穿刺注射|r:io,tvus]]，每侧卵巢"
            "注射细胞约[[500万个|d:5e6,cells,ovary]]，悬于[[0.5 mL|d:0.5,mL,ovary]]生理盐水中，分2~3点注入卵巢皮质。"
            "移植后[[3个月|f:3,month]]复查，FSH 79.5 IU/L，AMH[[无变化|h:AMH,nc]]，仍无月经。",
            "经充分沟通，患者于2021年12月行[[第二次移植|s:2]]，脂肪取自对侧腹壁，细胞数及注射方法同前。"
            "[[第二次移植|s:2]]后第[[6周|f:6,week]]复查FSH[[降至|h:FSH,dec]]32.7 IU/L，E2[[升至|h:E2,inc]]86 pg/mL；"
            "术后5个月月经来潮，此后月经周期35~45天。[[第二次移植|s:2]]后[[6个月|f:6,month]]AMH[[升至|h:AMH,inc]]"
            "0.21 ng/mL，超声见左侧卵巢窦卵泡2个。2022年9月自然妊娠，孕期经过顺利，2023年6月足月剖宫产一女婴，"
            "体重3 150 g。[[第二次移植|s:2]]后共随访[[20个月|f:20,month]]，未发现注射部位异常。",
            "**3 讨论** 卵巢早衰患者病程越长，残存卵泡越少，干细胞治疗的效果越难预料。Mashayekhi等^[5]对"
            "[[9例|n:9]]卵巢早衰患者[[卵巢内注射|r:io]]自体[[ADSCs|c:ad]]，随访[[1年|f:1,year]]，部分患者FSH"
            "[[下降|h:FSH,dec]]。本例在[[第二次移植|s:2]]后才出现激素变化，可能与细胞在卵巢内的作用需要"
            "累积有关，也可能是残存卵泡的自然波动所致，因此单个病例难以得出因果结论。",
        ],
        notes=(
            "Single case report (n 1 in the title and abstract; no arms). Sessions: the document never states "
            "a count of transplantations; '第二次移植' (an ordinal) therefore gives 2 at each mention, in the "
            "abstract, the case and the discussion (ANNOTATION: an ordinal is a sessions fact only when no count "
            "is stated); the text avoids naming the first transplant by an ordinal. Dose 500万个 per ovary "
            "(每侧卵巢), 0.5 mL per ovary; 30 mL fat is a harvest volume; 2~3点 sites; '细胞数及注射方法同前' no "
            "value. Route: 经阴道超声引导下卵巢内注射 / 行双侧卵巢穿刺注射 (io + tvus), title 卵巢内移植 (io). "
            "Follow-up: 移植后3个月复查 (abstract and case), 第二次移植后第6周复查, 第二次移植后6个月 (AMH), 共随访20个月; "
            "'术后5个月月经来潮' time to an event; 间隔7个月 an interval; 停经2年, 1年余, 3周 culture no. Hormones: "
            "after the first transplant AMH 无变化 (nc); after the second FSH 降至, E2 升至, AMH 升至; abstract FSH 下降, "
            "AMH and E2 升高; FSH 79.5 after the first (numbers only: no fact); FSH 86.4 / 91.2 diagnosis. Cited "
            "[5]: 9例, 卵巢内注射, ADSCs, 随访1年, FSH下降. Traps: 31岁, 26/29岁, 35~45天, 3 150 g, 静脉麻醉, "
            "'间隔1个月复查' (a diagnostic measurement)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=19,
    ),
    # ------------------------------------------------------------------ 230
    RealText(
        id="zh_blind230_review_msc_exosomes_prp_poi",
        lang="zh",
        kind="review",
        title=(
            "[[间充质干细胞|c:msc]]来源[[外泌体|c:ev]]及富血小板血浆治疗早发性卵巢功能不全的研究进展"
        ),
        authors="慕容晓彤，卫东海，阮思涵",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**摘要：** 早发性卵巢功能不全（POI）缺乏能够恢复卵巢功能的治疗手段。[[间充质干细胞|c:msc]]（[[MSC|c:msc]]）"
            "来源的[[外泌体|c:ev]]具有与母细胞相似的旁分泌作用，且免疫原性低、便于储存；富血小板血浆（PRP）则取材方便、"
            "成本低。动物实验表明[[外泌体|c:ev@animal]]可[[降低FSH|h:FSH,dec@animal]]、[[提高AMH|h:AMH,inc@animal]]水平，"
            "但临床研究多为小样本单臂研究。本文就两者的作用机制、给药途径、剂量及临床证据进行综述。"
        ),
        body=[
            ("heading", "1 [[外泌体|c:ev]]的来源与特征"),
            "[[外泌体|c:ev]]是直径30~150 nm的膜性囊泡。用于POI研究的[[外泌体|c:ev]]主要来源于[[人脐带间充质干细胞|c:uc]]、"
            "[[骨髓间充质干细胞|c:bm]]、[[经血干细胞|c:men]]和[[羊膜间充质干细胞|c:am]]，其中以[[脐带MSC|c:uc]]来源者最多。"
            "与细胞移植相比，[[外泌体|c:ev]]不存在致瘤和栓塞风险，可于-80 ℃长期保存。",
            ("heading", "2 动物实验"),
            "Liu等^[11]在环磷酰胺诱导的小鼠POI模型中，经[[尾静脉|r:iv@mouse]]注射[[hUCMSC|c:uc@mouse]]-"
            "[[Exos|c:ev@mouse]][[150 μg|d:150,ug,-@mouse]]，每3天1次，[[连续3次|s:3@mouse]]，末次注射后[[2周|f:2,week@mouse]]"
            "FSH[[降低|h:FSH,dec@mouse]]，AMH[[升高|h:AMH,inc@mouse]]。Zhang等^[12]在顺铂诱导的大鼠模型中"
            "[[卵巢内注射|r:io@rat]][[骨髓MSC|c:bm@rat]]来源[[外泌体|c:ev@rat]]，每侧卵巢[[20 μg|d:20,ug,ovary@rat]]，"
            "注射后[[4周|f:4,week@rat]]E2[[升高|h:E2,inc@rat]]，而FSH[[无明显变化|h:FSH,nc@rat]]。另有研究^[13]在同一小鼠"
            "模型中比较了[[腹腔注射|r:ip@mouse]]与[[尾静脉注射|r:iv@mouse]]两种途径，发现两者改善卵泡数的效果相近。",
            ("heading", "3 临床研究"),
            "[[外泌体|c:ev]]用于POI的临床研究仍较少。Wu等^[15]开展的Ⅰ期试验纳入[[12例|n:12]]POI患者，"
            "[[经阴道超声引导下卵巢内注射|r:io,tvus]][[脐带MSC|c:uc]]来源[[外泌体|c:ev]]，每月1次，[[共3次|s:3]]，随访"
            "[[6个月|f:6,month]]，其中5例AMH[[升高|h:AMH,inc]]，未见严重不良反应。一项纳入9项研究、[[312例|n:312]]患者的"
            "荟萃分析^[16]显示，干细胞治疗后FSH[[下降|h:FSH,dec]]，但纳入研究的细胞类型和给药途径差异较大。",
            "PRP方面，Sills等^[18]回顾性分析[[182例|n:182]]卵巢储备功能低下患者，[[卵巢内注射|r:io]]PRP后AMH"
            "[[无显著变化|h:AMH,nc]]，但部分患者FSH[[下降|h:FSH,dec]]；而一项随机对照试验^[19]将[[96例|n:96]]患者分为PRP"
            "组和对照组，PRP组[[分2次|s:2#PRP组]]注射，间隔1个月，结果显示AFC[[增加|h:AFC,inc#PRP组]]，临床妊娠率差异无统计学意义。",
            ("heading", "4 存在的问题与展望"),
            "目前研究存在以下问题：① 临床研究样本量多不足30例，缺乏对照；② [[外泌体|c:ev]]剂量不统一，现有临床研究中每侧卵巢"
            "[[10~200 μg|d:10,ug,ovary,10,200]]不等，且缺乏按颗粒数计量的标准；③ 给药次数从[[单次|s:1]]到[[多次|s:-]]"
            "不等；④ 随访时间多为[[3~6个月|f:3,month]]，远期安全性不明。今后应开展多中心随机对照试验，统一制备和质控"
            "标准，并比较[[卵巢内注射|r:io]]与[[静脉输注|r:iv]]等不同途径的疗效。",
        ],
        notes=(
            "Narrative review: facts of cited studies (with their species in animal studies). Abstract: animal "
            "experiments in general ('动物实验表明外泌体可降低FSH、提高AMH' -> species animal: the text names no "
            "species). Section 1 lists cell sources (each a cell mention); every 外泌体 of "
            "the review is marked (the therapy it reviews), also in definitions and in section 4; '细胞移植' no "
            "cell type. [11] mouse: 尾静脉, hUCMSC-Exos (two "
            "mentions), 150 μg, 每3天1次 连续3次 -> 3, 末次注射后2周, FSH down, AMH up. [12] rat: 卵巢内注射, 骨髓MSC, "
            "外泌体, 20 μg per ovary, 4周, E2 up, FSH nc. [13] mouse: 腹腔注射 and 尾静脉注射. [15] clinical: 12例, "
            "io + tvus, 脐带MSC, 外泌体, 每月1次 共3次 -> 3, 随访6个月, '5例AMH升高' (AMH increase; 5例 an outcome "
            "count). [16] meta-analysis: 312例 (9项研究 no), '干细胞' no cell type, FSH down. [18] PRP: 182例, io, AMH "
            "nc, FSH down. [19] RCT: 96例 (whole trial, no arm), 'PRP组分2次注射…AFC增加': PRP组 "
            "names the group in that clause and labels it and the following clauses of its sentence (分2次 and "
            "AFC increase with arm PRP组; doubtful whether the AFC result is the group's or a comparison). Section 4: bound '不足30例' no; dose range 10~200 μg per ovary (low with "
            "low/high); 单次 (1) and 多次 (null); follow-up range 3~6个月 -> 3; routes 卵巢内注射, 静脉输注 (a "
            "proposal: route mentions)."
        ),
        layout={
            "columns": 2,
            "font": "serif",
            "en_title": (
                "Progress in [[mesenchymal stem cell|c:msc]]-derived [[exosomes|c:ev]] and platelet-rich plasma "
                "for premature ovarian insufficiency"
            ),
            "en_abstract": (
                "**Abstract:** Premature ovarian insufficiency (POI) has no treatment that restores ovarian "
                "function. [[Exosomes|c:ev]] derived from [[mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]) share "
                "the paracrine actions of their parent cells, are weakly immunogenic and are easy to store, while "
                "platelet-rich plasma (PRP) is cheap and easy to obtain. In animal models, "
                "[[exosomes|c:ev@animal]] [[lower FSH|h:FSH,dec@animal]] and [[raise AMH|h:AMH,inc@animal]], but "
                "clinical studies are mostly small and single-arm. This review summarises their mechanisms, "
                "routes of administration, doses and clinical evidence."
            ),
        },
        batch=19,
    ),
]
