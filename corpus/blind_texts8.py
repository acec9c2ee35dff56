"""Invented papers written for litx by an annotator who had not seen its rules (eighth batch).

These texts are the development part of the invented papers (studied and tuned on,
unlike corpus/heldout_texts.py).  Every name, number and sentence is invented; no
text is copied from any paper.  The fact marks ``[[words|spec]]`` follow
corpus/ANNOTATION.md (markup of corpus/make_papers.py).  This batch stresses arms and
regimens: groups named in many ways, values set against each other, per-group
outcomes and comparisons.  Six texts are English and six Chinese; two of them treat
another condition (knee osteoarthritis, thin endometrium) and are marked only where
the contract has a value.
"""

from __future__ import annotations

try:
    from real_texts import RealText
except ImportError:  # pragma: no cover - imported as corpus.blind_texts8
    from corpus.real_texts import RealText

_LICENCE = "CC BY 4.0 (written for litx)"
_JOURNAL = "litx blind set"

BLIND8: list[RealText] = [
    # ------------------------------------------------------------------ 67
    RealText(
        id="en_blind67_io_one_vs_two_rct",
        lang="en",
        kind="clinical",
        title=(
            "[[One|s:1#One]] versus [[two|s:2#two]] [[intraovarian injections|r:io]] of "
            "[[umbilical cord mesenchymal stromal cells|c:uc]] for premature ovarian insufficiency: "
            "a randomised three-arm trial"
        ),
        authors="Marta Ellison, Kofi Adjei, Ruth Lindqvist",
        journal=_JOURNAL,
        year=2025,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "Background: Whether a second dose adds anything to a [[single|s:1]] [[intraovarian|r:io]] dose of "
            "[[umbilical cord mesenchymal stromal cells|c:uc]] ([[UC-MSCs|c:uc]]) in premature ovarian "
            "insufficiency (POI) is not known. Methods: Women aged 28-39 years with POI (FSH > 25 IU/L on two "
            "occasions at least four weeks apart) were randomised 1:1:1 to [[one|s:1#One]] "
            "[[transvaginal ultrasound-guided intraovarian injection|r:io,tvus#One]] of "
            "[[1 × 10^{7}|d:1e7,cells,ovary#One]] [[UC-MSCs|c:uc#One]] per ovary "
            "([[single-injection|s:1#One]] arm), the same injection given [[twice|s:2#two]], eight weeks "
            "apart ([[two-injection|s:2#two]] arm), or a sham puncture without cells (control arm). Serum FSH "
            "and AMH were measured at [[months 1, 3, 6 and 12|f:12,month]]. Results: "
            "[[Sixty-six women|n:66]] were randomised, [[22 per arm|n:22]]; 61 completed the "
            "[[12-month follow-up|f:12,month]]. In the [[two-injection|s:2#two]] arm "
            "[[AMH rose|h:AMH,inc#two]] from 0.08 ± 0.05 to 0.31 ± 0.22 ng/mL at "
            "[[month 12|f:12,month#two]] (P = 0.002) and [[FSH fell|h:FSH,dec#two]] from 68.4 ± 17.1 to "
            "41.2 ± 20.6 IU/L. In the [[single-injection|s:1#One]] arm [[FSH fell|h:FSH,dec#One]] only "
            "transiently, at [[month 3|f:3,month#One]], and [[AMH did not differ from baseline|h:AMH,nc#One]] "
            "at [[month 12|f:12,month#One]]. In the control arm [[FSH|h:FSH,nc#control arm]] and "
            "[[AMH were unchanged|h:AMH,nc#control arm]]. Menses returned in 7, 3 and 0 women, respectively. "
            "Conclusions: A second injection eight weeks after the first gave larger and longer-lasting "
            "[[rises in AMH|h:AMH,inc]] than a [[single injection|s:1]]."
        ),
        body=[
            (
                "Intervention. UC-MSCs (passage 4, viability above 92%) came from one GMP facility and were "
                "suspended at 1 × 10^{7} cells/mL on the morning of treatment. Under light sedation each ovary "
                "was punctured with a 17-gauge oocyte-retrieval needle under transvaginal sonographic guidance, "
                "and [[1 mL|d:1,mL,ovary]], the full cell dose, was [[injected into the ovarian stroma|r:io,tvus]]. Women "
                "allocated to [[two injections|s:2#two]] returned at week 8 for a second identical procedure. "
                "The sham procedure reproduced the needle passage through the vaginal fornix but "
                "[[no cells were injected into the ovaries|!r:io]]. Hormone replacement was stopped four "
                "weeks before each blood draw."
            ),
            (
                "table",
                "Table 2. Serum AMH (ng/mL, mean ± SD) by arm",
                [
                    ["Arm", "n", "Baseline", "Month 3", "[[Month 12|f:12,month]]"],
                    ["[[Single injection|s:1#One]]", "[[22|n:22#One]]", "0.09 ± 0.06", "0.17 ± 0.12",
                     "0.10 ± 0.09"],
                    ["[[Two injections|s:2#two]]", "[[22|n:22#two]]", "0.08 ± 0.05", "0.21 ± 0.15",
                     "0.31 ± 0.22"],
                    ["Control (sham)", "[[22|n:22#control arm]]", "0.10 ± 0.07", "0.09 ± 0.08",
                     "0.08 ± 0.06"],
                ],
                [0.28, 0.1, 0.2, 0.2, 0.22],
            ),
        ],
        notes=(
            "Arms: 'One' (single-injection arm, label first given in the title), 'two' (two-injection arm), "
            "'control arm'. The title sets One versus two as values: labelled by the value. The sessions "
            "number inside a group's name ('single-injection arm', 'Two injections' row) is marked as a "
            "sessions mention of that arm (by analogy with a cell type in a group's name) - doubtful. "
            "'the same injection given twice' gives the two arm its sessions; its dose/route are not restated. "
            "'22 per arm' is an each-arm count (no arm); table rows restate it per arm (row = arm). "
            "'61 completed' is a subset of 66: not marked. 'months 1, 3, 6 and 12' one fact (last point). "
            "Traps: FSH > 25 IU/L threshold, 'on two occasions' (measurement), 'four months' style durations, "
            "concentration 1 × 10^7 cells/mL, 'week 8' (interval/schedule, not follow-up), "
            "'four weeks before each blood draw', menses counts 7, 3 and 0 respectively (outcome counts, "
            "not arms' samples), ordinals 'second' (count 'twice' stated -> no fact). "
            "Column heads Baseline/Month 3/Month 12: the last head is one follow-up fact, no arm. Negated route: sham 'no cells were injected into the ovaries'. "
            "'In the control arm FSH and AMH were unchanged': two no_change facts of the control arm. "
            "Conclusion comparison 'larger rises in AMH than a single injection': no arm."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=8,
    ),
    # ------------------------------------------------------------------ 68
    RealText(
        id="en_blind68_bmmsc_dose_escalation",
        lang="en",
        kind="clinical",
        title=(
            "[[Laparoscopic intraovarian delivery|r:io,lap]] of autologous [[bone marrow mesenchymal stromal cells|c:bm]] "
            "at three dose levels in premature ovarian insufficiency: a 3 + 3 dose-escalation study"
        ),
        authors="Hana Kobayashi-Reyes, Pieter Vos, Amira Saleh",
        journal=_JOURNAL,
        year=2024,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "Objective: To find the highest tolerated [[intraovarian|r:io]] dose of autologous bone marrow-derived "
            "[[mesenchymal stromal cells|c:bm]] ([[BM-MSCs|c:bm]]) in women with POI. Design: Open-label, "
            "single-centre 3 + 3 escalation. Patients and methods: [[Ten women|n:10]] aged 31 to 40 years, "
            "amenorrhoeic for at least 12 months with FSH above 40 IU/L, received [[BM-MSCs|c:bm]] "
            "[[injected into both ovaries at laparoscopy|r:io,lap]] in ascending cohorts of "
            "[[5 × 10^{6}|d:5e6,cells,ovary#5 × 10^6]], [[10 × 10^{6}|d:1e7,cells,ovary#10 × 10^6]] and "
            "[[20 × 10^{6}|d:2e7,cells,ovary#20 × 10^6]] cells per ovary ([[n = 3|n:3#5 × 10^6]], "
            "[[3|n:3#10 × 10^6]] and [[4|n:4#20 × 10^6]], respectively). Every woman was treated "
            "[[once|s:1]] and seen monthly for [[six months|f:6,month]]. Results: No dose-limiting event "
            "occurred; one woman in the [[10 × 10^{6}|d:1e7,cells,-#10 × 10^6]] cohort had shoulder-tip pain "
            "for two days. In the [[20 × 10^{6}|d:2e7,cells,-#20 × 10^6]] cohort "
            "[[AMH became detectable|h:AMH,inc#20 × 10^6]] in three of four women and mean "
            "[[FSH declined|h:FSH,dec#20 × 10^6]] from 71 to 44 IU/L by [[month 6|f:6,month#20 × 10^6]]. "
            "The lowest cohort showed [[no change in AMH|h:AMH,nc#5 × 10^6]] or "
            "[[FSH|h:FSH,nc#5 × 10^6]]. [[Oestradiol increased|h:E2,inc]] in all three cohorts. One woman "
            "given [[10 × 10^{6}|d:1e7,cells,ovary#10 × 10^6]] cells per ovary conceived spontaneously five months after surgery. "
            "Conclusion: Up to [[2 × 10^{7}|d:2e7,cells,ovary]] [[BM-MSCs|c:bm]] per ovary were tolerated; the "
            "endocrine response appeared dose-dependent."
        ),
        body=[
            (
                "Cell product. Sixty millilitres of marrow were aspirated from the posterior iliac crest under "
                "local anaesthesia three weeks before surgery. Adherent cells were expanded to passage 3 and "
                "released when at least 95% expressed CD73, CD90 and CD105. The dose of each cohort was "
                "suspended in [[0.5 mL|d:0.5,mL,ovary]] of saline per ovary and injected at three sites "
                "through a 22-gauge laparoscopic needle. Escalation to the next cohort required 28 days "
                "without a dose-limiting event in the previous one; a fourth woman was added to the top "
                "cohort after a withdrawal from the second was replaced. Serum FSH, E2 and AMH were drawn "
                "at baseline and at [[1, 3 and 6 months|f:6,month]]."
            ),
            (
                "table",
                "Table 1. Cohorts and hormones at month 6 (median)",
                [
                    ["Cohort", "Cells per ovary", "n", "FSH, IU/L (0 → 6 mo)", "AMH, ng/mL (0 → 6 mo)"],
                    ["1", "[[5 × 10^{6}|d:5e6,cells,ovary#5 × 10^6]]", "[[3|n:3#5 × 10^6]]", "66 → 64",
                     "< 0.01 → < 0.01"],
                    ["2", "[[1 × 10^{7}|d:1e7,cells,ovary#10 × 10^6]]", "[[3|n:3#10 × 10^6]]", "74 → 58",
                     "< 0.01 → 0.04"],
                    ["3", "[[2 × 10^{7}|d:2e7,cells,ovary#20 × 10^6]]", "[[4|n:4#20 × 10^6]]", "71 → 44",
                     "< 0.01 → 0.12"],
                ],
                [0.12, 0.24, 0.1, 0.27, 0.27],
            ),
        ],
        notes=(
            "Arms are labelled by their dose value ('5 × 10^6', '10 × 10^6', '20 × 10^6'), first given in "
            "the list with 'respectively'. 'the 10 × 10^6 cohort', 'the 20 × 10^6 cohort': dose named in the "
            "group's name, marked as a dose of that arm with per = null (the name does not say per ovary). "
            "'The lowest cohort' = 5 × 10^6 arm (named without its value; doubtful whether a grader gives "
            "it an arm). 'One woman given 10 × 10^6 cells per ovary conceived ... five months after surgery': "
            "time to an event and an outcome count -> no follow-up, no sample; its dose is marked per "
            "mention with the arm '10 × 10^6' (doubt: a description of one patient's outcome). Table: rows are cohorts "
            "numbered 1-3 whose cells hold the doses; I gave rows the dose labels (an arm labelled by its "
            "value and a table row with that value). Table cells '66 → 64' are values, not changes. "
            "Conclusion 'Up to 2 × 10^7 ... per ovary': dose without arm (a bound of the study). "
            "'Oestradiol increased in all three cohorts': every group -> no arm. Traps: FSH above 40 IU/L "
            "(threshold), amenorrhoeic 12 months, 60 mL of marrow (harvest), passage 3, 95%, 28 days "
            "(escalation interval), shoulder-tip pain two days, 'three weeks before surgery', 'three sites'. "
            "'AMH became detectable' read as an AMH increase (doubt)."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=8,
    ),
    # ------------------------------------------------------------------ 69
    RealText(
        id="en_blind69_mouse_cells_vs_exosomes_routes",
        lang="en",
        kind="animal",
        title=(
            "[[Umbilical cord MSCs|c:uc]] or their [[exosomes|c:ev]], given [[intravenously|r:iv]] or "
            "[[into the ovary|r:io]], in mice with chemotherapy-induced ovarian failure"
        ),
        authors="Lucia Ferraro, Dmitri Volkov, Yusuf Demir",
        journal=_JOURNAL,
        year=2023,
        doi="",
        url="",
        licence=_LICENCE,
        species="mouse",
        abstract=(
            "[[Exosomes|c:ev@human]] may carry much of the benefit attributed to [[mesenchymal stem cells|c:msc@human]] in "
            "ovarian failure, but cells and vesicles have rarely been compared at matched routes. Female "
            "C57BL/6 mice (8 weeks, n = 40) received cyclophosphamide [[120 mg/kg|d:120,mg/kg,-]] and busulfan "
            "[[30 mg/kg|d:30,mg/kg,-]] by a [[single|s:1]] [[intraperitoneal injection|r:ip]]. Seven days later they were divided "
            "into five groups of eight: control (no chemotherapy), POI (saline), "
            "POI + [[hUC-MSC|c:uc#POI + hUC-MSC]]-IV ([[1 × 10^{6}|d:1e6,cells,-#POI + hUC-MSC]] cells by "
            "[[tail vein|r:iv#POI + hUC-MSC]]), POI + [[Exo|c:ev#POI + Exo]]-IV "
            "([[150 μg|d:150,ug,-#POI + Exo]] of exosomal protein [[intravenously|r:iv#POI + Exo]]) and "
            "POI + [[Exo|c:ev#POI + Exo-IO]]-IO ([[10 μg|d:10,ug,ovary#POI + Exo-IO]] per ovary by "
            "[[direct intraovarian injection|r:io#POI + Exo-IO]]). Ovaries and serum were collected "
            "[[four weeks after treatment|f:4,week]]. Compared with the POI group, "
            "[[FSH was lower|h:FSH,dec#POI + hUC-MSC]] and [[AMH higher|h:AMH,inc#POI + hUC-MSC]] in the "
            "POI + [[hUC-MSC|c:uc#POI + hUC-MSC]]-IV group; the POI + [[Exo|c:ev#POI + Exo]]-IV group showed a modest "
            "[[fall in FSH|h:FSH,dec#POI + Exo]] (P = 0.03 versus POI) and [[no significant change in AMH|h:AMH,nc#POI + Exo]]. "
            "[[Intraovarian|r:io#POI + Exo-IO]] [[exosomes|c:ev#POI + Exo-IO]] [[raised E2|h:E2,inc#POI + Exo-IO]] "
            "and [[AMH|h:AMH,inc#POI + Exo-IO]] to levels close to those of the cell-treated mice, at one fifteenth of the protein "
            "dose. Local delivery may spare [[exosome|c:ev@human]] yield in future clinical use."
        ),
        body=[
            (
                "Methods. [[hUC-MSCs|c:uc]] (passage 5) were expanded in serum-free medium; [[exosomes|c:ev]] were "
                "isolated from 48-h conditioned medium by ultracentrifugation (100,000 g, 70 min) and "
                "quantified by BCA assay (particle size 60-140 nm). For [[intraovarian delivery|r:io]] the ovaries "
                "were exposed through a dorsal incision under isoflurane and 5 μL "
                "was [[injected into each|r:io]] with a 33-gauge Hamilton needle. The POI and control groups received "
                "0.2 mL saline through the tail vein. Every treatment was given "
                "[[once|s:1]]. Estrous cycles were monitored by vaginal smears for the 14 days "
                "before sacrifice."
            ),
            (
                "Results. Serum FSH (mIU/mL) on [[day 28|f:28,day]] was 6.1 ± 1.2 in the control group, "
                "14.8 ± 2.6 in the POI group and 8.2 ± 1.9, 11.9 ± 2.4 and 8.7 ± 2.0 in the three treated "
                "groups. AMH fell by about 60% in POI mice relative "
                "to controls, confirming the model. In the POI + [[Exo|c:ev#POI + Exo-IO]]-IO group, primordial "
                "follicle counts were 2.1-fold those of the POI group and "
                "[[estradiol rose|h:E2,inc#POI + Exo-IO]] from 9.8 ± 2.2 to 18.6 ± 3.9 pg/mL; E2 did not "
                "differ between the POI + [[hUC-MSC|c:uc]]-IV and POI + [[Exo|c:ev]]-IV groups."
            ),
        ],
        notes=(
            "Species default mouse; the general opening sentence about MSCs carries @human (no species). "
            "Arms: 'POI + hUC-MSC' (IV cells), 'POI + Exo' (IV exosomes; label = name without the route "
            "suffix '-IV' - doubt, the printed name is 'POI + Exo-IV'; label chosen so that the POI + hUC-MSC "
            "and POI + Exo labels read the same way), 'POI + Exo-IO'. Control and POI groups get no facts "
            "with arm (no doses of their own except the saline, see below). Cell types inside group names "
            "marked per mention ('hUC-MSC' in 'POI + hUC-MSC-IV', 'Exo' in 'POI + Exo-IO') with the group's arm. "
            "Model drugs: cyclophosphamide 120 mg/kg and busulfan 30 mg/kg, a single intraperitoneal "
            "injection: doses, sessions 1 and route ip of the model (mouse, no arm). "
            "'five groups of eight': animals, no sample size. '0.2 mL saline' through the tail vein for the "
            "POI and control groups: a vehicle, not a therapy or protocol drug -> not marked (doubt). "
            "'5 μL' per ovary: μL is not a contract unit -> not marked. 'For intraovarian delivery', "
            "'injected into each': routes of the Exo-IO arm but no group is named in that paragraph -> no arm "
            "(doubt). 'Every treatment was given once' -> sessions 1, all groups, no arm. "
            "'four weeks after treatment' and 'day 28' follow-up (no arm, all groups). "
            "'Seven days later' is counted from the model -> no follow-up. '14 days before sacrifice' not "
            "follow-up. 'AMH fell by about 60% in POI mice relative to controls' = model validation -> no "
            "fact. 'E2 did not differ between the POI + hUC-MSC-IV and POI + Exo-IV groups' = comparison "
            "between groups -> no hormone fact; the cell types in the listed names (one head 'groups') no arm. "
            "'to levels close to those of the cell-treated mice' no fact. "
            "FSH values per group on day 28 are values, not changes. Concentrations, particle size, "
            "100,000 g, passage 5, 48-h, 33-gauge: traps."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=8,
    ),
    # ------------------------------------------------------------------ 70
    RealText(
        id="en_blind70_admsc_three_cases",
        lang="en",
        kind="case",
        title=(
            "[[Intraovarian|r:io]] autologous [[adipose-derived mesenchymal stem cells|c:ad]] in "
            "[[three women|n:3]] with premature ovarian insufficiency: a case series"
        ),
        authors="Noor Haddad, Camille Renaud, Tomás Quiroga",
        journal=_JOURNAL,
        year=2022,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "Introduction: Fat is an accessible source of autologous stromal cells. We describe "
            "[[three women|n:3]] with POI treated with autologous [[adipose-derived mesenchymal stem cells|c:ad]] "
            "([[AD-MSCs|c:ad]]) [[injected into the ovaries under transvaginal ultrasound guidance|r:io,tvus]], "
            "each receiving a different number of treatments. Cases: Case 1, aged 34 and amenorrhoeic for two "
            "years (FSH 82 IU/L), received a [[single injection|s:1#Case 1]] of "
            "[[5 × 10^{6}|d:5e6,cells,ovary#Case 1]] [[AD-MSCs|c:ad#Case 1]] [[into each ovary|r:io#Case 1]]. "
            "Her [[FSH fell|h:FSH,dec#Case 1]] to 31 IU/L [[three months later|f:3,month#Case 1]] and stayed "
            "below 40 IU/L until her last visit at [[12 months|f:12,month#Case 1]], while "
            "[[AMH remained undetectable|h:AMH,nc#Case 1]]. Case 2, a 29-year-old with 45,X/46,XX mosaicism, "
            "had [[two injections|s:2#Case 2]] ten weeks apart, [[5 × 10^{6}|d:5e6,cells,ovary#Case 2]] "
            "cells per ovary each time; [[AMH rose|h:AMH,inc#Case 2]] from 0.02 to 0.19 ng/mL and "
            "[[oestradiol increased|h:E2,inc#Case 2]] to 96 pg/mL. She has been "
            "[[followed for nine months|f:9,month#Case 2]]. Case 3, 38 years old, was given "
            "[[three injections|s:3#Case 3]] at 8-week intervals of "
            "[[2.5 × 10^{6} to 5 × 10^{6}|d:2.5e6,cells,ovary,2.5e6,5e6#Case 3]] cells per ovary; "
            "[[FSH|h:FSH,nc#Case 3]] and [[AMH did not change|h:AMH,nc#Case 3]] over the "
            "[[six months|f:6,month#Case 3]] after her third injection. Conclusion: A response, when it came, "
            "was partial; whether more injections help cannot be judged from three cases."
        ),
        body=[
            (
                "Cell preparation. About 50 mL of lipoaspirate was taken from the lower abdomen under local "
                "anaesthesia. The stromal vascular fraction was plated, and [[AD-MSCs|c:ad]] were used at "
                "passage 2 or 3 after flow cytometry (CD44+, CD73+, CD90+, CD31−, CD45−). Each dose was "
                "suspended in [[0.4 mL|d:0.4,mL,ovary]] of Ringer's lactate per ovary. In Case 2 the second "
                "injection was [[placed into the left ovary at laparoscopy|r:io,lap#Case 2]], performed for "
                "pelvic pain; [[the right ovary was not reinjected|!r:io#Case 2]]. No case had fever, bleeding or infection. "
                "Case 1 reported hot flushes again from [[month 8|f:8,month#Case 1]], when her FSH was 47 IU/L."
            ),
            (
                "table",
                "Table 1. The three cases",
                [
                    ["", "Injections", "Cells per ovary", "FSH, IU/L (before/last)",
                     "AMH, ng/mL (before/last)", "Follow-up, months"],
                    ["Case 1", "[[1|s:1#Case 1]]", "[[5 × 10^{6}|d:5e6,cells,ovary#Case 1]]", "82 / 47",
                     "< 0.01 / < 0.01", "[[12|f:12,month#Case 1]]"],
                    ["Case 2", "[[2|s:2#Case 2]]", "[[5 × 10^{6}|d:5e6,cells,ovary#Case 2]]", "64 / 38",
                     "0.02 / 0.19", "[[9|f:9,month#Case 2]]"],
                    ["Case 3", "[[3|s:3#Case 3]]",
                     "[[2.5-5 × 10^{6}|d:2.5e6,cells,ovary,2.5e6,5e6#Case 3]]", "91 / 88",
                     "< 0.01 / < 0.01", "[[6|f:6,month#Case 3]]"],
                ],
                [0.1, 0.12, 0.18, 0.2, 0.22, 0.18],
            ),
        ],
        notes=(
            "Case series: each 'Case N' is an arm labelled 'Case 1', 'Case 2', 'Case 3'; clauses after a case "
            "carry it until the next case or 'Conclusion'. 'three women' (title, abstract) is the series' "
            "sample, no arm. Case 1 'three months later' and 'last visit at 12 months' are both times after "
            "the treatment at which outcomes were reported -> two follow-up facts of Case 1. 'AMH remained "
            "undetectable' = no_change (doubt). Case 3 '2.5 × 10^6 to 5 × 10^6' a range (value = low). "
            "'third injection' ordinal with the count stated -> no fact; body 'second injection' likewise. "
            "Body: 'AD-MSCs' and '0.4 mL per ovary' are the whole series' (no arm; the paragraph names no "
            "case before 'In Case 2'). 'placed into the left ovary at laparoscopy' route io with laparoscopic guidance for Case 2 only. "
            "'the right ovary was not reinjected': a denied intraovarian injection of Case 2 -> negated route "
            "(doubt). 'Case 1 reported hot flushes again from month 8, when her FSH was 47 IU/L': FSH measured "
            "at month 8 -> follow-up of Case 1 (doubt: could be read as the time to an event); FSH 47 has no "
            "direction verb -> no hormone fact. 'whether more injections help' in the conclusion: a general "
            "question -> not a sessions fact (doubt: 'more injections' ~ repeated, count null). Table: rows are cases (first cell) -> sessions, doses and follow-up per case; "
            "FSH/AMH pairs are values. Traps: ages 34/29/38, amenorrhoea two years, FSH 82 IU/L baseline, "
            "below 40 IU/L, 50 mL lipoaspirate (harvest), passage 2 or 3, 'ten weeks apart', '8-week "
            "intervals', 96 pg/mL, 45,X/46,XX."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=8,
    ),
    # ------------------------------------------------------------------ 71
    RealText(
        id="en_blind71_review_regimen_arms",
        lang="en",
        kind="review",
        title=(
            "Dose, route and number of sessions in [[mesenchymal stem cell|c:msc]] therapy for premature "
            "ovarian insufficiency: what head-to-head comparisons show"
        ),
        authors="Ingrid Solberg, Wei-Ling Chua",
        journal=_JOURNAL,
        year=2026,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "Most clinical reports of [[mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]) in POI test one "
            "regimen against no treatment. We summarise the few studies, clinical and animal, that allocated "
            "participants to different doses, routes or numbers of sessions, and we ask which differences "
            "were large enough to guide the design of future trials."
        ),
        body=[
            (
                "Comparisons of regimens. Ahmadi et al. [14] randomised [[48 women|n:48]] with POI to "
                "[[intraovarian injection|r:io]] of [[5 × 10^{6}|d:5e6,cells,ovary#low-dose group]] "
                "(low-dose group) or [[1 × 10^{7}|d:1e7,cells,ovary#high-dose group]] (high-dose group) "
                "[[bone marrow MSCs|c:bm]] per ovary, [[24 in each|n:24]], and found that "
                "[[AMH increased|h:AMH,inc#high-dose group]] only in the high-dose group at "
                "[[6 months|f:6,month#high-dose group]]. In the trial of Lindgren and colleagues [17], "
                "[[36 women|n:36]] received [[umbilical cord MSCs|c:uc]] either "
                "[[through the ovarian artery after selective catheterisation|r:oa,ir#interventional group]] "
                "(interventional group, [[n = 18|n:18#interventional group]]) or "
                "[[transvaginally into the ovarian cortex|r:io,tvus#ultrasound group]] (ultrasound group, "
                "[[n = 18|n:18#ultrasound group]]); [[FSH declined|h:FSH,dec]] in both groups over "
                "[[12 months|f:12,month]], with no difference between routes. The number of sessions was "
                "examined in a retrospective cohort of [[62 patients|n:62]] [21]: women given "
                "[[three|s:3#three]] monthly infusions of [[menstrual blood-derived stem cells|c:men#three]] "
                "([[n = 29|n:29#three]]) had [[lower FSH|h:FSH,dec#three]] at [[6 months|f:6,month#three]] "
                "than those given [[one|s:1#one]] ([[n = 33|n:33#one]]), whereas "
                "[[E2 did not change|h:E2,nc]] in either."
            ),
            (
                "Animal data point the same way. In cisplatin-treated rats, [[exosomes|c:ev@rat]] from "
                "[[adipose MSCs|c:ad@rat]] given by [[tail vein|r:iv@rat]] at [[50|d:50,ug,-@rat]], "
                "[[100|d:100,ug,-@rat]] or [[200 μg|d:200,ug,-@rat]] per rat restored estrous cycles in a "
                "dose-dependent way but [[increased AMH|h:AMH,inc@rat#200]] only at "
                "[[200 μg|d:200,ug,-@rat#200]] [25]. In busulfan-treated mice, a [[second|s:2@mouse]] "
                "[[intravenous|r:iv@mouse]] dose of [[2 × 10^{6}|d:2e6,cells,-@mouse]] "
                "[[UC-MSCs|c:uc@mouse]] one week after the first produced "
                "[[no further fall in FSH|!h:FSH,dec@mouse]] [28]. Across these studies follow-up rarely "
                "exceeded 12 months, trials of fewer than 50 women predominated, and none reported live "
                "births by arm."
            ),
        ],
        notes=(
            "Review: names label their own sentence only. [14]: arms 'low-dose group' / 'high-dose group' "
            "(names in brackets after their values); '24 in each' is an each-arm count (no arm); 'AMH "
            "increased only in the high-dose group at 6 months' -> AMH increase and follow-up of the "
            "high-dose group. Route and cell type shared by both arms -> no arm. [17]: arms 'interventional "
            "group' and 'ultrasound group' (names in brackets after the route description with counts); "
            "'FSH declined in both groups over 12 months' -> no arm. [21]: arms told apart only by values with "
            "one count each: 'three' and 'one' (sessions); 'had lower FSH at 6 months than those given one' "
            "-> the FSH decrease and follow-up belong to 'three' (the group compared with is no subject); "
            "'E2 did not change in either' no arm. 'monthly' is a frequency, the count 'three' is stated. "
            "'infusions' names no route id -> no route. [25] rats: 50, 100 or 200 μg per rat is a list without "
            "counts or 'respectively' -> no arms; 'only at 200 μg' -> AMH increase and dose with arm '200' "
            "(doubt: a group named by its value once). Cisplatin has no dose. [28] mice: ordinal 'second' "
            "with no count stated -> sessions 2; 'no further fall in FSH' -> negated decrease. "
            "Traps: 'rarely exceeded 12 months' and 'fewer than 50 women' (bounds), 'one week after the "
            "first' (interval), 'restored estrous cycles' (no hormone), live births."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=8,
    ),
    # ------------------------------------------------------------------ 72
    RealText(
        id="en_blind72_knee_oa_admsc_doses",
        lang="en",
        kind="clinical",
        title=(
            "Three doses of intra-articular autologous [[adipose-derived mesenchymal stromal cells|c:ad]] "
            "for knee osteoarthritis: a randomised, placebo-controlled phase II trial"
        ),
        authors="Julian Marsh, Sun-Hee Park, Oksana Melnyk",
        journal=_JOURNAL,
        year=2024,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "Objective: To compare three doses of autologous [[adipose-derived mesenchymal stromal cells|c:ad]] "
            "([[AD-MSCs|c:ad]]) with placebo in symptomatic knee osteoarthritis (OA). Methods: "
            "[[Eighty-four patients|n:84]] aged 45-70 years with Kellgren-Lawrence grade 2-3 OA were "
            "randomised to a low-dose group (group L; [[1 × 10^{7}|d:1e7,cells,-#low-dose group]] cells; "
            "[[n = 21|n:21#low-dose group]]), a medium-dose group (group M; "
            "[[2.5 × 10^{7}|d:2.5e7,cells,-#medium-dose group]] cells; [[n = 22|n:22#medium-dose group]]), "
            "a high-dose group (group H; [[5 × 10^{7}|d:5e7,cells,-#high-dose group]] cells; "
            "[[n = 20|n:20#high-dose group]]) or a placebo group (saline; [[n = 21|n:21#placebo group]]). "
            "All patients received a [[single|s:1]] intra-articular injection under ultrasound guidance and "
            "were [[followed for 48 weeks|f:48,week]]. Results: At [[week 24|f:24,week#high-dose group]], "
            "the WOMAC pain score had fallen by 42% in group H (P < 0.001 versus placebo) and by 31% in "
            "group M; group L did not differ from placebo. The gain in group H persisted to "
            "[[week 48|f:48,week#high-dose group]], when MRI cartilage volume of the medial tibial plateau was "
            "also larger than at baseline. Four patients in group H had a transient effusion. Conclusion: "
            "A [[single injection|s:1]] of [[5 × 10^{7}|d:5e7,cells,-]] [[AD-MSCs|c:ad]] relieved pain for at least "
            "48 weeks."
        ),
        body=[
            (
                "Procedures. Adipose tissue (60-120 mL) was harvested by liposuction from the flank, and the "
                "cells were expanded for two passages in medium containing 5% platelet lysate. Each dose was "
                "suspended in [[3 mL|d:3,mL,-]] of saline; the placebo group received 3 mL of saline alone. "
                "A sonographer blinded to allocation placed the needle through the suprapatellar recess. "
                "Rescue paracetamol up to 3 g/day was allowed. Patients were seen at weeks 4, 12, 24 and "
                "[[48|f:48,week]]; 79 of 84 attended the last visit."
            ),
            (
                "table",
                "Table 2. WOMAC pain (0-100) by group, mean ± SD",
                [
                    ["Group", "Cells per injection", "n", "Baseline", "Week 24", "[[Week 48|f:48,week]]"],
                    ["L", "[[1 × 10^{7}|d:1e7,cells,injection#low-dose group]]", "[[21|n:21#low-dose group]]",
                     "58 ± 12", "49 ± 15", "52 ± 16"],
                    ["M", "[[2.5 × 10^{7}|d:2.5e7,cells,injection#medium-dose group]]",
                     "[[22|n:22#medium-dose group]]", "60 ± 11", "41 ± 14", "45 ± 15"],
                    ["H", "[[5 × 10^{7}|d:5e7,cells,injection#high-dose group]]",
                     "[[20|n:20#high-dose group]]", "59 ± 13", "34 ± 12", "36 ± 14"],
                    ["Placebo", "-", "[[21|n:21#placebo group]]", "57 ± 12", "50 ± 14", "53 ± 15"],
                ],
                [0.14, 0.24, 0.1, 0.17, 0.17, 0.18],
            ),
        ],
        notes=(
            "Another condition (knee OA): marked only where the contract has a value. Intra-articular "
            "injection has no route id -> no route and no guidance ('under ultrasound guidance'). No "
            "hormones. WOMAC, MRI cartilage volume are not contract facts. Arms: 'low-dose group' (alias "
            "'group L', table row 'L'), 'medium-dose group' (group M, 'M'), 'high-dose group' (group H, 'H'), "
            "'placebo group'. Doses in the abstract: per = null (no 'per' written); table head 'Cells per "
            "injection' gives per = injection (doubt: the per comes from the column head). 'At week 24, the "
            "WOMAC pain score had fallen by 42% in group H': the follow-up time belongs to the clause naming "
            "group H (doubt: the same clause also speaks of group M after 'and'; I gave week 24 to group H). "
            "'week 48' in 'The gain in group H persisted to week 48' -> group H. 'followed for 48 weeks' and "
            "the visit list 'weeks 4, 12, 24 and 48' are study-wide (one fact, last point). 'A single "
            "injection' in the conclusion and '5 × 10^7 AD-MSCs' there: no arm (conclusion stops group "
            "labels; doubt for the dose, which is group H's). Table column heads Baseline/Week 24/Week 48 "
            "are time points -> 'Week 48' one follow-up fact, no arm (though the outcome is WOMAC). '3 mL' of saline carrying each dose: volume of "
            "a suspension (all cell groups, no arm); the placebo's 3 mL saline not a dose. Traps: ages, "
            "grades 2-3, 60-120 mL of fat (harvest), 5% platelet lysate, paracetamol 3 g/day (not a "
            "therapy of the protocol? marked nothing; g is not a contract unit), 79 of 84 (completers "
            "subset), 'Four patients' (outcome count), 42%/31%."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=8,
    ),
    # ------------------------------------------------------------------ 73
    RealText(
        id="zh_blind73_hucmsc_hrt_rct",
        lang="zh",
        kind="clinical",
        title=(
            "[[经阴道超声引导下卵巢内注射|r:io,tvus]][[人脐带间充质干细胞|c:uc]]联合激素替代治疗早发性卵巢功能不全的"
            "随机对照研究"
        ),
        authors="周敏慧, 贺立新, 邝雅文",
        journal=_JOURNAL,
        year=2024,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "目的 探讨[[经阴道超声引导下卵巢内注射|r:io,tvus]][[人脐带间充质干细胞|c:uc]]（[[hUC-MSCs|c:uc]]）"
            "联合激素替代治疗（HRT）对早发性卵巢功能不全（POI）患者卵巢功能的影响。方法 选取2021年3月至2023年6月"
            "于我院生殖中心就诊的POI患者[[72例|n:72]]，按随机数字表法分为观察组和对照组，[[各36例|n:36]]。两组均予"
            "HRT（戊酸雌二醇[[2 mg|d:2,mg,-]]/d，周期第12天起加用地屈孕酮[[10 mg|d:10,mg,-]]/d）；对照组仅予HRT，"
            "观察组在此基础上[[经阴道超声引导下行双侧卵巢内注射|r:io,tvus#观察组]][[hUC-MSCs|c:uc#观察组]]，"
            "每侧卵巢[[1×10^{7}个|d:1e7,cells,ovary#观察组]]，间隔4周[[共注射2次|s:2#观察组]]。"
            "两组均[[随访6个月|f:6,month]]。结果 观察组3例、对照组2例失访，最终67例完成研究。"
            "[[治疗后6个月|f:6,month]]，观察组[[血清FSH由（72.6±15.3）U/L降至|h:FSH,dec#观察组]]"
            "（45.2±18.7）U/L，[[AMH由（0.06±0.04）ng/mL升至|h:AMH,inc#观察组]]（0.21±0.15）ng/mL，"
            "[[AFC增加|h:AFC,inc#观察组]]，差异均有统计学意义（P<0.05）；对照组[[FSH有所下降|h:FSH,dec#对照组]]，"
            "但[[AMH|h:AMH,nc#对照组]]及[[AFC较治疗前无明显变化|h:AFC,nc#对照组]]（P>0.05）。"
            "观察组[[FSH下降|h:FSH,dec]]幅度大于对照组（P<0.01）。观察组5例恢复自然月经，其中2例自然妊娠。"
            "结论 [[hUC-MSCs|c:uc]][[卵巢内注射|r:io]]联合HRT可[[降低POI患者FSH|h:FSH,dec]]水平、"
            "[[提高AMH|h:AMH,inc]]，改善卵巢储备，其远期疗效有待扩大样本验证。"
        ),
        body=[
            (
                "1.1 诊断与纳入标准 POI诊断参照ESHRE 2016年指南：年龄<40岁，月经稀发或停经≥4个月，"
                "间隔>4周两次检测FSH>25 U/L。排除染色体核型异常、卵巢手术史及自身免疫性疾病患者。"
                "1.2 细胞制备与注射 [[hUC-MSCs|c:uc]]由本院干细胞库提供，取第3~5代细胞，活率>95%，"
                "以生理盐水重悬至5×10^{6}个/mL。于月经周期或撤退性出血第5~7天，静脉麻醉下以17G取卵针"
                "经阴道穿刺双侧卵巢，在超声实时监视下[[向每侧卵巢皮质多点注射|r:io,tvus]]细胞悬液"
                "[[2 mL|d:2,mL,ovary]]。第2次注射于首次注射后4周进行，方法同前。对照组于相同时间点行"
                "经阴道超声检查，[[不行卵巢穿刺注射|!r:io#对照组]]。"
            ),
        ],
        notes=(
            "Arms: 观察组, 对照组. '各36例' is an each-arm count (n = 36, no arm). HRT doses (戊酸雌二醇 2 mg/d, "
            "地屈孕酮 10 mg/d) stated for both groups ('两组均予') -> doses of the protocol, no arm, per null "
            "(/d is a frequency; doubt whether HRT drugs count as 'drugs of the protocol'). '间隔4周' interval. "
            "'治疗后6个月' is in its own clause before '观察组' -> no arm (doubt). Hormone spans run from the "
            "hormone to the verb across the baseline number (doubt on span). '观察组FSH下降幅度大于对照组' "
            "compares sizes of changes -> FSH decrease without arm. 结论 facts: no arm. Traps: 失访 3 and 2 "
            "(not samples), 67例完成研究 (subset of 72), 5例恢复月经/2例妊娠 (outcome counts), ESHRE criteria "
            "(<40岁, ≥4个月, FSH>25 U/L, 两次检测), 5×10^6个/mL concentration, 第3~5代, 活率>95%, 第5~7天, "
            "静脉麻醉 (anaesthesia, not a route), 17G. '在超声实时监视下向每侧卵巢皮质多点注射': route io with "
            "tvus guidance in the same sentence (the puncture '经阴道穿刺双侧卵巢' is access, left unmarked - doubt); no group named in 1.2 -> no arm. '第2次注射' ordinal with "
            "the count stated in the abstract -> no fact. '对照组…不行卵巢穿刺注射' -> negated route of 对照组."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=8,
    ),
    # ------------------------------------------------------------------ 74
    RealText(
        id="zh_blind74_rat_cisplatin_bmsc_doses_exo",
        lang="zh",
        kind="animal",
        title=(
            "不同剂量[[骨髓间充质干细胞|c:bm]]及其[[外泌体|c:ev]]对顺铂致卵巢早衰大鼠卵巢功能的影响"
        ),
        authors="韩子墨, 阮静怡, 欧阳成",
        journal=_JOURNAL,
        year=2023,
        doi="",
        url="",
        licence=_LICENCE,
        species="rat",
        abstract=(
            "目的 比较不同剂量[[骨髓间充质干细胞|c:bm]]（[[BMSCs|c:bm]]）及[[BMSCs|c:bm]]来源[[外泌体|c:ev]]"
            "（[[BMSC-Exo|c:ev]]）对顺铂诱导的卵巢早衰（POF）大鼠的修复作用。方法 SD雌性大鼠60只，随机分为"
            "正常对照组、模型组、[[BMSCs|c:bm]]低、中、高剂量组及[[外泌体|c:ev#外泌体组]]组，每组10只。除正常对照组外，其余各组"
            "[[腹腔注射|r:ip]]顺铂[[2 mg/kg|d:2,mg/kg,-]]，每天1次，连续7 d建立POF模型。造模成功后，"
            "低、中、高剂量组分别[[经尾静脉注射|r:iv]][[BMSCs|c:bm]] [[2×10^{6}|d:2e6,cells/kg,-#低]]、"
            "[[5×10^{6}|d:5e6,cells/kg,-#中]]、[[1×10^{7}个/kg|d:1e7,cells/kg,-#高剂量]]，"
            "[[外泌体|c:ev#外泌体组]]组[[尾静脉注射|r:iv#外泌体组]][[BMSC-Exo|c:ev#外泌体组]] [[200 μg|d:200,ug,-#外泌体组]]，"
            "模型组注射等体积PBS，均[[注射1次|s:1]]。[[移植后4周|f:4,week]]检测血清激素并取卵巢行HE染色。"
            "结果 与模型组比较，各治疗组[[FSH|h:FSH,dec]]、[[LH均降低|h:LH,dec]]，"
            "[[E2|h:E2,inc]]、[[AMH均升高|h:AMH,inc]]（P<0.05），其中高剂量组改善最为明显；"
            "[[外泌体|c:ev#外泌体组]]组[[E2升高|h:E2,inc#外泌体组]]程度与中剂量组相当，"
            "但[[AMH|h:AMH,nc#外泌体组]]与模型组比较差异无统计学意义（P>0.05）。"
            "低剂量组[[LH较模型组无明显变化|h:LH,nc#低]]。结论 [[BMSCs|c:bm]]可剂量依赖性地改善顺铂致POF大鼠的"
            "卵巢内分泌功能，[[单次|s:1]][[外泌体|c:ev]]治疗效果弱于高剂量细胞。"
        ),
        body=[
            (
                "table",
                "表2 各组大鼠[[移植后4周|f:4,week]]血清激素水平（x̄±s，n=10）",
                [
                    ["组别", "FSH（IU/L）", "LH（IU/L）", "E2（pg/mL）", "AMH（ng/mL）"],
                    ["正常对照组", "5.12±0.84", "4.36±0.71", "38.6±6.2", "6.84±1.02"],
                    ["模型组", "14.75±2.31", "9.82±1.64", "15.3±3.8", "2.11±0.56"],
                    ["[[BMSCs|c:bm#低]]低剂量组", "11.36±1.97", "9.05±1.52", "21.4±4.1", "3.02±0.61"],
                    ["[[BMSCs|c:bm#中]]中剂量组", "8.94±1.58", "7.21±1.33", "27.9±4.6", "4.05±0.72"],
                    ["[[BMSCs|c:bm#高剂量]]高剂量组", "6.47±1.12", "5.64±0.98", "33.7±5.3", "5.46±0.88"],
                    ["[[外泌体|c:ev#外泌体组]]组", "10.21±1.76", "7.95±1.41", "28.3±5.0", "2.54±0.63"],
                ],
                [0.28, 0.18, 0.18, 0.18, 0.18],
            ),
        ],
        notes=(
            "Species default rat. Arms: '低', '中', '高剂量' (names listed before one head 组 with values given "
            "one to one by 分别: each name alone; later '高剂量组', '中剂量组' and table rows '低剂量组' etc. keep "
            "those labels), '外泌体组'. The list '正常对照组、模型组、BMSCs低、中、高剂量组及外泌体组，每组10只' "
            "names groups with an each-group count of animals (no sample size). Model: 顺铂 2 mg/kg 腹腔注射 "
            "每天1次连续7 d -> dose and route ip (rat), no sessions (daily dosing, count inferred). "
            "'经尾静脉注射' after '低、中、高剂量组分别' is shared by the three dose groups -> no arm (doubt). "
            "'均注射1次' = every group -> sessions 1, no arm. '移植后4周' follow-up, all groups. '与模型组比较，"
            "各治疗组FSH、LH均降低…' = every treated group -> no arm; '高剂量组改善最为明显' (下降最为明显-type) "
            "no fact. '外泌体组E2升高程度与中剂量组相当' -> E2 increase of 外泌体组 (doubt: it is also a "
            "comparison of sizes). 'AMH与模型组比较差异无统计学意义' -> AMH no_change of 外泌体组 "
            "(treated vs untreated model: a change of the arm). '低剂量组LH较模型组无明显变化' -> LH no_change "
            "of 低. 结论: '改善内分泌功能' names no hormone -> no fact; '单次外泌体治疗' -> sessions 1 and "
            "exosome, no arm (a conclusion stops group labels; doubt). Cell types in group names "
            "('外泌体组', 'BMSCs低…剂量组' shared head -> no arm) marked per mention. "
            "Table: rows are groups; the cell type in a row's name is that arm's; values are not changes; "
            "caption '移植后4周' is a follow-up mention (no arm). 'BMSCs来源外泌体' two mentions (bm, ev). Traps: "
            "60只/每组10只 (animals), PBS 等体积, 造模成功后 (time from the model), HE染色, n=10 in the caption."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=8,
    ),
    # ------------------------------------------------------------------ 75
    RealText(
        id="zh_blind75_ucmsc_artery_vs_tvus",
        lang="zh",
        kind="clinical",
        title=(
            "[[经卵巢动脉介入|r:oa,ir#A组]]与[[经阴道超声引导卵巢内注射|r:io,tvus#B组]]"
            "[[脐带间充质干细胞|c:uc]]治疗卵巢早衰的疗效比较"
        ),
        authors="沈嘉禾, 杜若兰, 雷振宇",
        journal=_JOURNAL,
        year=2023,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "1 资料与方法 1.1 一般资料 回顾性分析2020年1月至2022年12月在我院接受[[脐带间充质干细胞|c:uc]]"
            "（[[UC-MSCs|c:uc]]）移植的卵巢早衰（POF）患者[[39例|n:39]]，按患者意愿分为两组：A组"
            "[[18例|n:18#A组]]，[[经卵巢动脉介入移植|r:oa,ir#A组]]；B组[[21例|n:21#B组]]，"
            "[[经阴道超声引导下卵巢内注射|r:io,tvus#B组]]。两组年龄、病程及基础FSH比较差异无统计学意义（P>0.05），"
            "具有可比性。1.2 移植方法 两组细胞均来源于同一GMP实验室，取第4代，每例移植总量为"
            "[[2×10^{7}个|d:2e7,cells,patient]]。A组：局麻下经右侧股动脉穿刺，"
            "[[在DSA引导下以微导管超选择插入双侧卵巢动脉|r:oa,ir#A组]]，每侧缓慢推注[[UC-MSCs|c:uc#A组]]悬液"
            "[[5 mL|d:5,mL,ovary#A组]]（含[[1×10^{7}个|d:1e7,cells,ovary#A组]]细胞），推注时间约10 min。"
            "B组：[[于经阴道超声引导下行双侧卵巢内注射|r:io,tvus#B组]]（16G穿刺针），每侧注入细胞悬液"
            "[[1 mL|d:1,mL,ovary#B组]]（含[[1×10^{7}个|d:1e7,cells,ovary#B组]]细胞）。两组均仅"
            "[[移植1次|s:1]]，[[术后1、3、6个月|f:6,month]]复查性激素及AFC。"
        ),
        body=[
            (
                "2 结果 2.1 激素变化 A组[[术后3个月|f:3,month#A组]][[FSH由（68.2±14.5）IU/L降至|h:FSH,dec#A组]]"
                "（42.7±16.1）IU/L（P<0.01），[[E2升高|h:E2,inc#A组]]（P<0.05），至[[术后6个月|f:6,month#A组]]"
                "[[FSH仍低于术前|h:FSH,dec#A组]]（P<0.05）。B组术后各时间点[[FSH|h:FSH,nc#B组]]、"
                "[[AMH|h:AMH,nc#B组]]、[[E2与术前比较差异均无统计学意义|h:E2,nc#B组]]（P>0.05）。"
                "组间比较，[[术后3个月|f:3,month]]A组[[FSH低于B组|h:FSH,dec]]（P=0.032）。"
                "2.2 妊娠及不良反应 A组2例自然妊娠，其中1例于孕11周稽留流产；B组无妊娠。A组1例出现穿刺侧"
                "腹股沟血肿，B组1例术后出现盆腔少量积液，均自行吸收。"
            ),
            (
                "table",
                "表1 两组患者移植前后血清FSH比较（IU/L，x̄±s）",
                [
                    ["组别", "例数", "术前", "术后1个月", "术后3个月", "[[术后6个月|f:6,month]]"],
                    ["A组", "[[18|n:18#A组]]", "68.2±14.5", "51.4±15.9", "42.7±16.1", "55.8±17.4"],
                    ["B组", "[[21|n:21#B组]]", "66.9±15.1", "63.2±16.6", "60.5±17.0", "64.1±16.2"],
                ],
                [0.16, 0.12, 0.18, 0.18, 0.18, 0.18],
            ),
        ],
        notes=(
            "Shape: 资料与方法 passage (in the abstract field) + 结果 passage + table. Arms A组 (ovarian artery, "
            "DSA) and B组 (transvaginal intraovarian). The title sets the two routes against each other: I gave "
            "them the arms' labels A组/B组 (the labels first printed are the route phrases; the grouping is "
            "the same - doubt). '按患者意愿分为两组：A组18例，经卵巢动脉介入移植；B组21例…': counts and routes "
            "per group. '经右侧股动脉穿刺' vascular access (not a route); '局麻' anaesthesia. "
            "'在DSA引导下以微导管超选择插入双侧卵巢动脉' -> ovarian_artery_infusion with "
            "interventional_radiology. '每例移植总量为2×10^7个' per patient, both groups -> no arm. Per-ovary "
            "doses via '每侧'. '两组均仅移植1次' -> sessions 1, no arm; '术后1、3、6个月复查' one follow-up "
            "fact (last point). 'A组术后3个月FSH…降至' -> A组's follow-up and decrease; '至术后6个月FSH仍低于术前' "
            "-> A组 decrease and follow-up (the rebound from 42.7 to 55.8 is only in the table: no fact). "
            "B组 three no_change facts. '组间比较，术后3个月A组FSH低于B组' -> a comparison between groups as "
            "such: no arm for its facts (FSH decrease, 3 months) - doubt whether the lower-than-B statement "
            "is a hormone change at all. Table: rows A组/B组 with counts; head '术后6个月' one follow-up fact "
            "among time heads. Traps: 基础FSH (baseline), 第4代, 10 min, 16G, 2例妊娠/孕11周/1例血肿/1例积液 "
            "(outcome counts), 2020-2022 (period)."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=8,
    ),
    # ------------------------------------------------------------------ 76
    RealText(
        id="zh_blind76_prp_dor_three_cases",
        lang="zh",
        kind="case",
        title="自体富血小板血浆[[卵巢内注射|r:io]]治疗卵巢储备功能减退[[3例|n:3]]",
        authors="林书瑶, 郝振东",
        journal=_JOURNAL,
        year=2025,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "报道[[3例|n:3]]卵巢储备功能减退（DOR）患者接受自体富血小板血浆（PRP）[[卵巢内注射|r:io]]的治疗经过。"
            "例1，36岁，AMH 0.31 ng/mL，[[于经阴道超声引导下每侧卵巢注射|r:io,tvus#例1]]PRP "
            "[[2 mL|d:2,mL,ovary#例1]]，[[单次|s:1#例1]]治疗，[[术后2个月|f:2,month#例1]]"
            "[[AMH升至|h:AMH,inc#例1]]0.58 ng/mL，[[AFC由3个增至|h:AFC,inc#例1]]6个，"
            "[[随访8个月|f:8,month#例1]]。例2，39岁，FSH 18.6 IU/L，先后接受[[3次|s:3#例2]]注射（每月1次），"
            "每次每侧卵巢[[1.5 mL|d:1.5,mL,ovary#例2]]，[[第3次注射后1个月|f:1,month#例2]]"
            "[[FSH降至|h:FSH,dec#例2]]9.8 IU/L，[[E2无明显变化|h:E2,nc#例2]]；第2次注射后自然妊娠，孕9周流产。"
            "例3，41岁，接受[[2次|s:2#例3]]注射，间隔6周，[[FSH|h:FSH,nc#例3]]、"
            "[[AMH较治疗前均无明显改变|h:AMH,nc#例3]]，[[随访6个月|f:6,month#例3]]后改行卵母细胞捐赠。"
            "[[3例|n:3]]均未出现感染、出血等并发症。"
        ),
        body=[
            (
                "PRP制备与注射：注射当日抽取患者肘静脉血20 mL，枸橼酸钠抗凝，两次离心（首次1 200 r/min、10 min，"
                "第二次3 000 r/min、10 min），取下层约4 mL即为PRP，血小板浓度为外周血的4~5倍。注射前加入10%"
                "氯化钙激活。患者取膀胱截石位，静脉麻醉后，[[在阴道超声引导下以17G穿刺针刺入卵巢皮质下注射|r:io,tvus]]，"
                "每侧分2~3个点。讨论：PRP富含多种生长因子，既往报道其可[[提高AMH|h:AMH,inc]]、"
                "[[降低FSH|h:FSH,dec]]，但多为单臂观察，注射次数与剂量尚无共识。本组[[3例|n:3]]中仅例1"
                "[[AMH|h:AMH,inc#例1]]与[[AFC均增加|h:AFC,inc#例1]]，例3无反应可能与年龄偏大有关。"
            ),
        ],
        notes=(
            "Case series of three: arms 例1, 例2, 例3 (each case's clauses until the next case). PRP is not a "
            "cell type (no c mark); its volumes are doses ('每侧卵巢…2 mL', '每次每侧卵巢1.5 mL' -> per ovary). "
            "'3例' in title and abstract = the series' sample (no arm). '随访8个月' is a clause inside 例1's "
            "sentence -> 例1 (doubt: the guide stops group labels at a sentence opening the follow-up; this "
            "one is a clause). '每月1次' frequency; count 3次 stated. '第3次注射后1个月' -> follow-up of 例2 "
            "(time after the last injection at which FSH was measured); '第2次注射后自然妊娠' event, ordinal "
            "with count stated -> nothing; '孕9周' not follow-up. 例3 '随访6个月后改行卵母细胞捐赠': follow-up "
            "length (doubt: could be read as time to an event). Body: blood 20 mL (harvest), 两次离心 (not "
            "sessions), 4 mL PRP prepared (not the injected dose, doubt), 4~5倍, 10%氯化钙, 静脉麻醉 (not a "
            "route), route io with tvus in the same sentence (all cases, no arm). 讨论 '既往报道其可提高AMH、降低"
            "FSH' cited, hedged, no arm. '本组3例中仅例1 AMH与AFC均增加' -> 例1 (in a discussion, the name labels "
            "its own sentence). '3例均未出现…并发症' and '本组3例' restate the whole sample -> n = 3 "
            "per mention (doubt: an outcome sentence). Traps: ages 36/39/41, AMH 0.31 and FSH 18.6 baselines, 间隔6周."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=8,
    ),
    # ------------------------------------------------------------------ 77
    RealText(
        id="zh_blind77_mouse_gtw_three_sources",
        lang="zh",
        kind="animal",
        title="3种来源[[间充质干细胞|c:msc]]移植对雷公藤多苷致卵巢功能不全小鼠的疗效比较",
        authors="苏芷晴, 魏鸿钧, 方静",
        journal=_JOURNAL,
        year=2022,
        doi="",
        url="",
        licence=_LICENCE,
        species="mouse",
        abstract=(
            "背景：[[间充质干细胞|c:msc@human]]（[[MSCs|c:msc@human]]）可改善化疗所致卵巢损伤，但不同组织来源"
            "[[MSCs|c:msc@human]]的疗效是否存在差异尚不清楚。目的：比较[[经血干细胞|c:men]]、[[人脐带间充质干细胞|c:uc]]与"
            "[[骨髓间充质干细胞|c:bm]]对雷公藤多苷（GTW）诱导的卵巢功能不全小鼠的治疗效果。方法：6周龄雌性ICR小鼠"
            "40只，随机分为5组，每组8只。除空白组外，其余4组以GTW [[50 mg/kg|d:50,mg/kg,-]]灌胃，每日1次，连续14 d"
            "建立模型。造模结束次日，[[经血干细胞|c:men#经血干细胞组]]组（[[MenSCs|c:men#经血干细胞组]]组）、"
            "[[脐带MSC|c:uc#脐带MSC组]]组（[[UC-MSCs|c:uc#脐带MSC组]]组）与[[骨髓MSC|c:bm#骨髓MSC组]]组（[[BMSCs|c:bm#骨髓MSC组]]组）分别[[经尾静脉注射|r:iv]]相应细胞"
            "[[1×10^{6}个|d:1e6,cells,-]]（[[0.2 mL|d:0.2,mL,-]]），模型组注射等量PBS。于细胞"
            "[[移植后第7、14、28天|f:28,day]]检测动情周期，[[第28天|f:28,day]]处死取材，ELISA检测血清FSH、E2、AMH。"
            "结果与结论：①与模型组比较，3个细胞组血清[[FSH均下降|h:FSH,dec]]，[[E2|h:E2,inc]]、"
            "[[AMH均升高|h:AMH,inc]]（P<0.05）；②[[MenSCs|c:men#经血干细胞组]]组[[AMH升高|h:AMH,inc]]最为明显，"
            "与[[BMSCs|c:bm#骨髓MSC组]]组比较差异有统计学意义（P<0.05）；③[[UC-MSCs|c:uc#脐带MSC组]]组与"
            "[[BMSCs|c:bm#骨髓MSC组]]组之间FSH差异无统计学意义；④[[BMSCs|c:bm#骨髓MSC组]]组"
            "[[E2与模型组比较差异无统计学意义|h:E2,nc#骨髓MSC组]]。结果提示3种来源[[MSCs|c:msc]]"
            "[[经尾静脉|r:iv]][[单次|s:1]]移植均可改善GTW致卵巢功能不全小鼠的卵巢内分泌功能，其中经血来源者效果较优。"
        ),
        body=[
            (
                "BACKGROUND: [[Mesenchymal stem cells|c:msc@human]] from several tissues are candidates for "
                "ovarian insufficiency, yet their sources have seldom been compared in one model. METHODS: Forty "
                "female ICR mice were divided into five groups (n = 8). Four groups received tripterygium "
                "glycosides (GTW) [[50 mg/kg|d:50,mg/kg,-]] by gavage daily for 14 days. The [[MenSC|c:men]], [[UC-MSC|c:uc]] and "
                "[[BMSC|c:bm]] groups were then given [[1 × 10^{6}|d:1e6,cells,-]] of the corresponding cells "
                "[[via the tail vein|r:iv]]; ovaries and serum were collected on "
                "[[day 28 after transplantation|f:28,day]]. RESULTS AND CONCLUSION: Compared with the model "
                "group, [[FSH decreased|h:FSH,dec]] and [[E2|h:E2,inc]] and [[AMH increased|h:AMH,inc]] in all "
                "three cell groups (P < 0.05); the [[rise in AMH|h:AMH,inc]] was greatest in the "
                "[[MenSC|c:men#MenSC group]] group. E2 in the [[BMSC|c:bm#BMSC group]] group "
                "[[did not differ significantly from that in the model group|h:E2,nc#BMSC group]]. "
                "[[Menstrual blood-derived stem cells|c:men@human]] may be the preferable source."
            ),
        ],
        notes=(
            "Species default mouse; the background sentences (general statements) carry @human. Arms: "
            "经血干细胞组 (alias MenSCs组), 脐带MSC组 (UC-MSCs组), 骨髓MSC组 (BMSCs组); English: 'MenSC group', "
            "'BMSC group' (labels of the English abstract are its own). Group names: the cell type inside a "
            "name with its own head word is that group's (经血干细胞组, MenSCs组 in the bracket). Each of the three "
            "groups in the 方法 sentence is named with its own head word 组 -> its cell type (and the alias in "
            "brackets) carries its arm. "
            "'分别经尾静脉注射相应细胞1×10^6个（0.2 mL）': one value for three groups -> no arm (分别 with a "
            "single shared value). Model GTW 50 mg/kg 灌胃 每日1次连续14 d: dose (mouse); gavage no route; "
            "daily dosing no sessions. '移植后第7、14、28天' one follow-up (last); '第28天处死取材' another "
            "mention. ① every cell group -> no arm. ② 'AMH升高最为明显' size comparison -> AMH increase, no arm; "
            "cell types in the group names keep their arms. ③ between-group FSH comparison -> no hormone fact. "
            "④ BMSCs组 E2 vs model not significant -> E2 no_change of 骨髓MSC组 (doubt: treated vs model). "
            "English abstract: 'The MenSC, UC-MSC and BMSC groups' share one plural head -> a list, cell types "
            "without arm; 'in all three cell groups' no arm; 'greatest in the MenSC group' size comparison -> "
            "AMH increase without arm, cell type with the MenSC group. 'Menstrual blood-derived stem cells may be the preferable source' is a general statement -> "
            "@human (doubt: it is the conclusion of the mouse experiment). Traps: 6周龄, 40只/每组8只 (animals), "
            "造模结束次日 (time from the model), PBS, n = 8, ELISA, 14 days of gavage."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=8,
    ),
    # ------------------------------------------------------------------ 78
    RealText(
        id="zh_blind78_prp_thin_endometrium_sessions",
        lang="zh",
        kind="clinical",
        title="宫腔灌注自体富血小板血浆次数对薄型子宫内膜患者冻融胚胎移植结局的影响",
        authors="钟雨桐, 潘德明, 柯敏",
        journal=_JOURNAL,
        year=2024,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "【摘要】目的 探讨宫腔灌注自体富血小板血浆（PRP）的次数对薄型子宫内膜患者子宫内膜厚度及冻融胚胎移植"
            "（FET）妊娠结局的影响。方法 回顾性分析2021年1月至2023年12月因薄型子宫内膜（转化日内膜厚度<7 mm）"
            "在本中心行激素替代周期FET的患者[[86例|n:86]]，根据宫腔灌注PRP次数分为"
            "[[1次|s:1#1次]]（[[28例|n:28#1次]]）、[[2次|s:2#2次]]（[[31例|n:31#2次]]）及"
            "[[3次|s:3#3次]]（[[27例|n:27#3次]]）。所有患者自月经第3天起口服戊酸雌二醇[[6 mg|d:6,mg,-]]/d，"
            "自第10天起每隔72 h宫腔灌注PRP [[1 mL|d:1,mL,injection]]/次，直至内膜转化。"
            "[[随访至移植后第12周|f:12,week]]。结果 [[1次|s:1#1次]]、[[2次|s:2#2次]]、[[3次|s:3#3次]]组内膜"
            "厚度分别增加（0.9±0.4）、（1.6±0.5）、（1.8±0.6）mm，临床妊娠率分别为32.1%、48.4%、51.9%；"
            "[[2次|s:2#2次]]组与[[3次|s:3#3次]]组间差异无统计学意义（P>0.05），但均高于[[1次|s:1#1次]]组"
            "（P<0.05）。各组转化日血清E2水平差异无统计学意义。结论 对薄型子宫内膜患者，宫腔灌注PRP"
            "[[2次|s:2]]即可获得较好的内膜及妊娠结局，增加至[[3次|s:3]]未见进一步获益。"
        ),
        body=[
            (
                "1 引言 薄型子宫内膜是FET失败的常见原因。既往研究显示，宫腔内移植[[骨髓间充质干细胞|c:bm]]^[5]"
                "或负载[[脐带间充质干细胞|c:uc]]的胶原支架^[6]可促进受损内膜再生；PRP因制备简便、无免疫排斥，"
                "近年用于薄型内膜^[7-9]，但灌注次数尚无统一方案。2 PRP制备 每次灌注前抽取患者静脉血10 mL，"
                "经两次离心制得PRP约1.2 mL，其中[[1 mL|d:1,mL,-]]以细软管缓慢注入宫腔，平卧30 min。内膜厚度于"
                "每次灌注前及转化日以阴道超声测量。移植后14 d测血hCG，28 d超声见孕囊者为临床妊娠。3例于灌注后"
                "出现少量阴道流血，未予处理。"
            ),
        ],
        notes=(
            "Another condition (thin endometrium, FET): marked only where the contract has a value. Intrauterine "
            "infusion (宫腔灌注, 注入宫腔) has no route id -> no route; no ovarian hormone change (E2 on the "
            "transformation day compared between groups -> no fact). Arms labelled by their values with one "
            "count each: '1次' (28例), '2次' (31例), '3次' (27例); later '1次、2次、3次组' and '2次组与3次组' "
            "restate the arms: the sessions value in each name marked with its arm (doubt: in '1次、2次、3次组内膜"
            "厚度分别增加' the names share one head 组 but are given values one to one by 分别 -> arms; in "
            "'2次组与3次组间差异无统计学意义，但均高于1次组' a comparison between groups - I kept the names' "
            "sessions marks with their arms since each name has its value, doubt). 结论 '2次' and '3次': no arm "
            "(a conclusion). Doses: 戊酸雌二醇 6 mg/d (a protocol drug of every patient, per null; doubt), "
            "PRP 1 mL/次 -> per injection; body '其中1 mL…注入宫腔' per null (all patients). '每隔72 h' "
            "interval (not sessions, and the count is given per arm). '随访至移植后第12周' follow-up. Traps: "
            "<7 mm threshold, 月经第3天/第10天, 10 mL blood (harvest), 两次离心, 1.2 mL prepared, 30 min, "
            "移植后14 d/28 d (times of a test and of an event definition: not marked, doubt for '移植后14 d测血"
            "hCG' which is a time of a measured outcome but not a contract hormone), 3例流血 (outcome count), "
            "pregnancy rates. Intro citations ^[5] ^[6]: cell types of cited studies (no species, no arm)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=8,
    ),
]
