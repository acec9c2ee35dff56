"""Invented papers written for litx by an annotator who had not seen its rules (twelfth batch).

Fourteen short texts (nine English, five Chinese) shaped like real abstracts and
methods/results passages: randomised and single-arm trials, a dose-escalation
study, case reports and series, mouse and rat studies, review paragraphs, and
four texts on cell, exosome or PRP therapy for other conditions (liver
cirrhosis, knee osteoarthritis, lung fibrosis, intrauterine adhesions), marked
only where the contract has a value.  The batch leans on follow-up and
assessment times, numbers of sessions and sample sizes, said in many ways.
All names and numbers are invented; nothing is copied from any paper.  Part of
the development set of invented papers (studied and tuned on), unlike
corpus/heldout_texts.py.  Annotated by corpus/ANNOTATION.md with the fact marks
of corpus/make_papers.py.
"""

from __future__ import annotations

try:
    from real_texts import RealText
except ImportError:  # run from the repository root
    from corpus.real_texts import RealText

_LIC = "CC BY 4.0 (written for litx)"
_J = "litx blind set"

BLIND12: list[RealText] = [
    # ------------------------------------------------------------------ 119
    RealText(
        id="en_blind119_ucmsc_rct_booster",
        lang="en",
        kind="clinical",
        title=(
            "[[Intraovarian|r:io]] [[umbilical cord mesenchymal stromal cells|c:uc]] plus hormone "
            "replacement versus hormone replacement alone in premature ovarian insufficiency: "
            "an open-label randomised trial"
        ),
        authors="Maren Ilves, Tobias Rantanen, Keiko Amsel, Dario Pessoa",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "Background: Hormone replacement therapy (HRT) relieves the symptoms of premature "
            "ovarian insufficiency (POI) but does not restore follicle growth. We tested whether "
            "[[umbilical cord-derived mesenchymal stromal cells|c:uc]] ([[UC-MSCs|c:uc]]) added to "
            "HRT improve ovarian reserve.\n"
            "Methods: Between March 2021 and May 2023, 143 women aged 24-39 years were screened at "
            "two centres and [[sixty-four|n:64]] with POI (oligo/amenorrhoea for at least 4 months and "
            "FSH > 25 IU/L twice, 4 weeks apart) were randomly assigned 1:1 to the "
            "[[UC-MSC|c:uc#UC-MSC group]] group ([[n = 32|n:32#UC-MSC group]]) or the HRT group "
            "([[n = 32|n:32#HRT group]]). Women in the [[UC-MSC|c:uc#UC-MSC group]] group received [[a single|s:1#UC-MSC group]] "
            "[[transvaginal ultrasound-guided intraovarian injection|r:io,tvus#UC-MSC group]] of "
            "[[1 \u00d7 10^{7} cells|d:1e7,cells,ovary#UC-MSC group]] per ovary in "
            "[[1 mL|d:1,mL,ovary#UC-MSC group]] of saline; those whose AMH had not risen by month 3 were "
            "offered [[a second injection|s:2#UC-MSC group]] at the same dose. Hormones and antral "
            "follicle count (AFC) were measured at baseline and [[1, 3, 6 and 12 months|f:12,month]] "
            "after the injection (or the matched visit in the HRT group). The primary outcome was "
            "the change in AMH at [[month 6|f:6,month]].\n"
            "Results: Of the [[64 women|n:64]] randomised, 59 attended the "
            "[[12-month visit|f:12,month]] (29 and 30). Eleven women had the second injection. "
            "[[At 6 months|f:6,month]], [[AMH had risen|h:AMH,inc#UC-MSC group]] in the "
            "[[UC-MSC|c:uc#UC-MSC group]] group from 0.21 \u00b1 0.10 to 0.48 \u00b1 0.22 ng/mL (P < 0.001) and "
            "[[FSH had fallen|h:FSH,dec#UC-MSC group]] from 71.4 \u00b1 18.2 to 44.9 \u00b1 20.6 IU/L; "
            "in the HRT group [[AMH did not change|h:AMH,nc#HRT group]] (0.19 vs 0.20 ng/mL). "
            "[[AFC|h:AFC,inc#UC-MSC group]] and [[serum oestradiol increased|h:E2,inc#UC-MSC group]] "
            "only with cells. Menses resumed in 9 of 32 cell-treated women after a median of 2.5 "
            "months, and three conceived. No serious adverse event occurred.\n"
            "Conclusions: [[A single|s:1]] [[intraovarian injection|r:io]] of [[UC-MSCs|c:uc]] "
            "[[raised AMH|h:AMH,inc]] and [[lowered FSH|h:FSH,dec]] over "
            "[[6 months|f:6,month]] in women with POI; whether the benefit lasts beyond "
            "one year is unknown."
        ),
        notes=(
            "Two-arm RCT, arms 'UC-MSC group' and 'HRT group' (the cell type in the group's "
            "name is marked for that arm). The booster 'a second injection' for non-responders is "
            "marked s:2 in the UC-MSC group beside 'a single' s:1 (doubt: an ordinal for a "
            "subgroup formed afterwards; no total is stated for those women). 'Eleven women had the "
            "second injection' is a subgroup (no sample, no sessions). Traps: 143 screened, aged "
            "24-39 years, FSH > 25 IU/L twice 4 weeks apart (threshold and an interval of "
            "measurement), 59 attended (subset of 64), '(29 and 30)' attrition per arm, 'after a "
            "median of 2.5 months' (time to an event), three conceived (outcome count), baseline "
            "values. Follow-up: the list '1, 3, 6 and 12 months' gives one fact (12, the last); "
            "'month 6', '12-month visit', 'At 6 months' each a fact ('At 6 months,' is cut from the "
            "group's clause by its comma: no arm, doubtful). 'AFC ... increased' gives AFC "
            "(span 'AFC') and E2 (span 'serum oestradiol increased'), both in the UC-MSC group "
            "('only with cells' names no group; the paragraph's last named group was the HRT group, "
            "doubtful - I read 'with cells' as the UC-MSC group). 'beyond one year' in the "
            "conclusion is a bound of what is unknown, not an observation period (unmarked)."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=12,
    ),
    # ------------------------------------------------------------------ 120
    RealText(
        id="en_blind120_mensc_exosome_mouse_dose",
        lang="en",
        kind="animal",
        title=(
            "Dose-dependent protection of ovarian reserve by [[menstrual blood stem cell|c:men]]-derived "
            "[[exosomes|c:ev]] in busulfan/cyclophosphamide-treated mice"
        ),
        authors="Lin Qiaoyu, Hamid Sadeghi, Petra Voronova",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        species="mouse",
        abstract=(
            "Chemotherapy destroys the primordial follicle pool, and cell-free products are an "
            "attractive alternative to living cells. Here we asked how much "
            "[[exosome|c:ev]] protein is needed to protect the ovary. Female C57BL/6 mice (6-8 weeks) "
            "received [[a single|s:1]] [[intraperitoneal injection|r:ip]] of busulfan "
            "([[20 mg/kg|d:20,mg/kg,-]]) and cyclophosphamide ([[120 mg/kg|d:120,mg/kg,-]]). "
            "[[Exosomes|c:ev]] purified from human [[menstrual blood-derived stem cells|c:men]] "
            "([[MenSCs|c:men]]) by ultracentrifugation (mean diameter 96 nm; CD63, TSG101 positive) "
            "were injected [[via the tail vein|r:iv]] at [[25 \u03bcg|d:25,ug,-#low-dose group]] "
            "(low-dose group), [[50 \u03bcg|d:50,ug,-#mid-dose group]] (mid-dose group) or "
            "[[100 \u03bcg|d:100,ug,-#high-dose group]] (high-dose group) per mouse, "
            "[[three times|s:3]] at 3-day intervals, beginning 7 days after chemotherapy; the POI "
            "group received PBS. Ovaries and serum were collected [[14 days|f:14,day]] or "
            "[[28 days|f:28,day]] after the final injection (four mice per group and time point). "
            "[[Serum AMH|h:AMH,inc]] and [[E2|h:E2,inc]] rose and [[FSH fell|h:FSH,dec]] with "
            "increasing dose, and follicle loss was halved in the high-dose group. These data "
            "support [[exosomes|c:ev@human]] as a cell-free option for chemotherapy-induced POI."
        ),
        body=[
            "2.4 Grouping and treatment. Forty C57BL/6 mice were divided into control, POI, "
            "low-dose, mid-dose and high-dose groups (n = 8 each). [[Exosome|c:ev]] protein was measured by "
            "BCA assay and diluted to 0.25, 0.5 or 1.0 \u03bcg/\u03bcL, so that every mouse received "
            "[[100 \u03bcL|d:0.1,mL,-]]. The control group received saline only.",
            "3.2 Endocrine changes. [[Fourteen days after the last injection|f:14,day]], "
            "[[FSH was lower|h:FSH,dec#high-dose group]] and [[AMH higher|h:AMH,inc#high-dose group]] "
            "in the high-dose group than in the POI group (both P < 0.01), while in the low-dose "
            "group [[FSH showed no significant change|h:FSH,nc#low-dose group]] (P = 0.21). "
            "[[At day 28|f:28,day#mid-dose group]] the mid-dose group also had "
            "[[higher E2|h:E2,inc#mid-dose group]] (38.6 \u00b1 6.1 vs 24.9 \u00b1 5.3 pg/mL), and "
            "the differences between [[exosome|c:ev]] groups had widened. Compared with the control group, "
            "POI mice had markedly raised FSH and reduced AMH, confirming the model.",
        ],
        notes=(
            "Mouse study; entry species mouse. Dose groups named with their head word in brackets "
            "after each value ('25 \u03bcg (low-dose group)'), so each dose carries that arm. "
            "'three times' covers every exosome group (no arm). 'At day 28 the mid-dose group' labels the time point (no comma); 'Fourteen days after the last injection,' stands apart from the group by its comma (no arm, doubtful). Model: a single i.p. injection of "
            "busulfan + cyclophosphamide = one sessions fact, one route, two doses. Two harvest "
            "times joined by 'or' (separate animals) = two follow-up facts. Traps: 6-8 weeks (age), "
            "96 nm (size), 3-day intervals, '7 days after chemotherapy' (time from the model), "
            "'n = 8 each' / 'four mice per group' (animals), 0.25-1.0 \u03bcg/\u03bcL "
            "(concentrations), the 100 \u03bcL each exosome-treated mouse received is the injected volume of the "
            "suspension: a dose of 0.1 mL, per null (converted from \u03bcL, doubtful unit), "
            "model validation (POI vs control, no fact). The "
            "abstract's dose-response sentence names no group (no arm). The last abstract sentence "
            "is a general clinical statement: exosomes @human."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=12,
    ),
    # ------------------------------------------------------------------ 121
    RealText(
        id="en_blind121_bmsc_ovarian_artery_case_series",
        lang="en",
        kind="case",
        title=(
            "Autologous [[bone marrow mesenchymal stem cells|c:bm]] [[infused into the ovarian "
            "artery|r:oa]] in [[three women|n:3]] with premature ovarian failure: a case series"
        ),
        authors="Ana Lucia Ferreira, Jonas Bergkvist, Ruth Abebe",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "We report [[three women|n:3]] aged 29, 33 and 36 years with premature ovarian failure "
            "(POF) of 2-6 years' duration (amenorrhoea \u2265 4 months, FSH > 40 IU/L) who were treated "
            "with autologous [[bone marrow-derived mesenchymal stem cells|c:bm]] ([[BM-MSCs|c:bm]]). "
            "Marrow (60 mL) was aspirated from the posterior iliac crest under local anaesthesia and "
            "the cells were expanded to passage 3 over about 3 weeks. Under digital subtraction "
            "angiography a 2.7-Fr microcatheter was advanced from the right femoral artery into "
            "[[each ovarian artery|r:oa,ir]], and [[5 \u00d7 10^{6}|d:5e6,cells,ovary]] cells in "
            "[[2 mL|d:2,mL,ovary]] of saline were infused slowly per side.\n"
            "Case 1 received [[a single infusion|s:1#Case 1]]. Her [[FSH fell|h:FSH,dec#Case 1]] from "
            "68 to 21 IU/L by [[week 12|f:12,week#Case 1]] and menses returned 4 months after "
            "treatment; she was followed for [[18 months|f:18,month#Case 1]].\n"
            "Case 2 had [[two infusions|s:2#Case 2]] three months apart. "
            "[[AMH rose|h:AMH,inc#Case 2]] from 0.05 to 0.31 ng/mL "
            "[[six months after the second infusion|f:6,month#Case 2]], whereas "
            "[[FSH did not fall|!h:FSH,dec#Case 2]] below 40 IU/L.\n"
            "Case 3 was given [[three infusions|s:3#Case 3]] at monthly intervals; "
            "[[no change in FSH|h:FSH,nc#Case 3]], [[E2|h:E2,nc#Case 3]] or [[AMH|h:AMH,nc#Case 3]] "
            "was seen over [[12 months of follow-up|f:12,month#Case 3]], and she later conceived with "
            "donor oocytes.\n"
            "Follow-up lasted a median of [[14 months|f:14,month]] (range 12-18). No puncture-site "
            "haematoma, fever or ovarian torsion occurred. [[Ovarian artery delivery|r:oa]] of "
            "[[BM-MSCs|c:bm]] appears feasible, but benefit was seen in only one of the three women."
        ),
        body=[
            ("table", "Table 1. Treatment and follow-up of the three women",
             [["Case", "Age (years)", "Infusions (n)", "Follow-up (months)"],
              ["Case 1", "33", "[[1|s:1#Case 1]]", "[[18|f:18,month#Case 1]]"],
              ["Case 2", "29", "[[2|s:2#Case 2]]", "[[14|f:14,month#Case 2]]"],
              ["Case 3", "36", "[[3|s:3#Case 3]]", "[[12|f:12,month#Case 3]]"]],
             [0.25, 0.25, 0.25, 0.25]),
        ],
        notes=(
            "Case series of three; each 'Case N' labels its own clauses (arm = 'Case N'). The "
            "catheter placed into each ovarian artery under DSA states the route with "
            "interventional-radiology guidance; 'infused slowly per side' does not name the vessel "
            "again (no second route mark). Dose 5e6 cells and 2 mL per ovary ('per side'). Traps: "
            "ages, POF duration 2-6 years, thresholds, 60 mL marrow (harvest), passage 3, 'about 3 "
            "weeks' of expansion, 2.7-Fr, 'three months apart' / 'at monthly intervals' (intervals), "
            "'menses returned 4 months after treatment' (time to event), 'the second infusion' "
            "(ordinal of counted sessions, no fact), baseline/final values, 'one of the three women' "
            "(outcome count). 'FSH did not fall' = negated decrease; 'no change in FSH, E2 or AMH' "
            "= three no_change facts. The median follow-up has no arm; its range '12-18' is left "
            "unmarked (doubt: it restates the cases' own follow-ups). Table rows are cases: their "
            "sessions and follow-up cells carry the case. 'Ovarian artery delivery of BM-MSCs' in "
            "the closing sentence is a route mention (no guidance)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=12,
    ),
    # ------------------------------------------------------------------ 122
    RealText(
        id="en_blind122_mensc_iv_dose_escalation",
        lang="en",
        kind="clinical",
        title=(
            "[[Intravenous infusion|r:iv]] of allogeneic [[menstrual blood-derived stromal cells|c:men]] "
            "in women with diminished ovarian reserve: a phase I dose-escalation study"
        ),
        authors="Sunniva Dahl, Rafael Quintero, Mei-Ling Tsao, Kwame Owusu",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "Objective: To establish the safety and a tolerable dose of "
            "[[menstrual blood-derived stromal cells|c:men]] ([[MenSCs|c:men]]) given "
            "[[intravenously|r:iv]] to women with diminished ovarian reserve (DOR).\n"
            "Design: Single-centre, open-label, 3 + 3 dose escalation.\n"
            "Participants: [[Twelve women|n:12]] aged 35-42 years with DOR (AMH < 1.1 ng/mL or AFC < 5 "
            "on two cycles) who had failed at least two IVF cycles.\n"
            "Interventions: Cohort A ([[n = 3|n:3#Cohort A]]) received "
            "[[0.5 \u00d7 10^{6} cells/kg|d:5e5,cells/kg,-#Cohort A]], cohort B "
            "([[n = 3|n:3#Cohort B]]) [[1.0 \u00d7 10^{6} cells/kg|d:1e6,cells/kg,-#Cohort B]] and "
            "cohort C ([[n = 6|n:6#Cohort C]]) [[2.0 \u00d7 10^{6} cells/kg|d:2e6,cells/kg,-#Cohort C]] at "
            "each infusion, given over 30 min [[through a peripheral vein|r:iv]]. Every participant "
            "was scheduled for [[two infusions|s:2]] 4 weeks apart; in cohort C a "
            "[[booster (third) infusion|s:3#Cohort C]] was added at week 8.\n"
            "Main outcome measures: Dose-limiting toxicity (DLT) within 4 weeks of each infusion; "
            "serum FSH, AMH, E2 and AFC at weeks [[4, 8, 12 and 24|f:24,week]].\n"
            "Results: One woman in cohort B withdrew after the first infusion for reasons unrelated "
            "to treatment, and 11 completed [[24 weeks of observation|f:24,week]]. No DLT was recorded; "
            "transient headache occurred after 3 of 27 infusions. In cohort C the "
            "[[AFC increased|h:AFC,inc#Cohort C]] from 3.2 \u00b1 1.1 to 5.0 \u00b1 1.6 "
            "(P = 0.03). [[FSH|h:FSH,nc]] and [[AMH were unchanged|h:AMH,nc]] in all cohorts at "
            "[[week 24|f:24,week]], and [[E2 did not rise|!h:E2,inc]] at any dose.\n"
            "Conclusions: Up to [[three|s:3]] [[intravenous|r:iv]] doses of "
            "[[2.0 \u00d7 10^{6}|d:2e6,cells/kg,-]] [[MenSCs|c:men]]/kg were well tolerated over "
            "[[six months|f:6,month]] after the first infusion. The higher dose deserves a "
            "controlled trial with ovarian reserve as its end point."
        ),
        notes=(
            "Dose-escalation with cohorts A, B, C (labels 'Cohort A' etc. as first printed). "
            "'two infusions' is scheduled for every participant (no arm); cohort C's booster makes "
            "three (an ordinal 'third' for a cohort whose total is not otherwise stated: s:3 with "
            "the arm, doubtful). 'Up to three intravenous doses' in the conclusion: s:3 without arm "
            "(the conclusion opens anew). 'MenSCs/kg' read as cells/kg. Traps: ages 35-42, AMH < 1.1 "
            "ng/mL and AFC < 5 (thresholds), 'two cycles' / 'two IVF cycles' (not sessions), 3 + 3 "
            "(design), 'over 30 min', '4 weeks apart', 'within 4 weeks of each infusion' (a DLT "
            "window, not follow-up), 'at week 8' (schedule), 'One woman ... withdrew' and '11 "
            "completed' (attrition / subset of 12), '3 of 27 infusions' (outcome count; 27 is a "
            "total of administrations across women, not a sessions fact), baseline values. 'FSH and "
            "AMH were unchanged in all cohorts' = two no_change facts without arm; 'E2 did not rise' "
            "= negated increase. 'six months after the first infusion' in the conclusion restates "
            "the 24 weeks (a follow-up fact of its own)."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=12,
    ),
    # ------------------------------------------------------------------ 123
    RealText(
        id="en_blind123_review_msc_poi_clinical",
        lang="en",
        kind="review",
        title="[[Mesenchymal stem cells|c:msc]] for premature ovarian insufficiency: how far has the clinic come?",
        authors="Helena Marchetti, Obinna Eze",
        journal=_J,
        year=2026,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "Clinical experience with [[mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]) in premature "
            "ovarian insufficiency (POI) is still thin. In the earliest pilot report [12], "
            "[[two women|n:2]] received autologous [[bone marrow MSCs|c:bm]] by "
            "[[laparoscopic injection into the ovaries|r:io,lap]] and were followed for "
            "[[one year|f:1,year]]; one of them resumed menstruation at week 10. Nakashima et al. [13] "
            "treated [[17 poor responders|n:17]] with mobilised [[peripheral blood stem cells|c:pb]] "
            "collected by apheresis after five days of G-CSF and delivered by [[catheterisation of "
            "the ovarian artery|r:oa]]; the [[AFC improved|h:AFC,inc]] in 14 of them within "
            "two weeks. A randomised trial [14] allocated [[61 women|n:61]] to "
            "[[one|s:1#cell arm]] [[intraovarian injection|r:io#cell arm]] of "
            "[[1 \u00d7 10^{7}|d:1e7,cells,ovary#cell arm]] [[UC-MSCs|c:uc#cell arm]] per ovary "
            "(cell arm, [[n = 30|n:30#cell arm]]) or to a sham puncture (sham arm, "
            "[[n = 31|n:31#sham arm]]); [[AMH increased|h:AMH,inc#cell arm]] and "
            "[[FSH decreased|h:FSH,dec#cell arm]] in the cell arm at "
            "[[3 and 6 months|f:6,month#cell arm]], but [[neither AMH|h:AMH,nc#sham arm]] nor "
            "[[FSH moved|h:FSH,nc#sham arm]] in the sham arm."
        ),
        body=[
            "By contrast, a series of [[five patients|n:5]] [15] given [[two|s:2]] "
            "[[intravenous|r:iv]] infusions of [[1 \u00d7 10^{6} cells/kg|d:1e6,cells/kg,-]] "
            "[[umbilical cord MSCs|c:uc]], one month apart, found [[no change in FSH|h:FSH,nc]] during "
            "[[6 months of observation|f:6,month]]. Cell-free products remain preclinical: in "
            "cisplatin-treated rats, [[three|s:3@rat]] [[intraperitoneal|r:ip@rat]] injections of "
            "[[100 \u03bcg|d:100,ug,-@rat]] [[amniotic MSC|c:am@rat]]-derived "
            "[[exosomes|c:ev@rat]] [[raised E2|h:E2,inc@rat]] and [[AMH|h:AMH,inc@rat]] and "
            "[[reduced FSH|h:FSH,dec@rat]] [[21 days after the last dose|f:21,day@rat]] [16, 17]. "
            "A pooled analysis [18] of 7 studies with [[214 women|n:214]] suggested that "
            "[[AMH rises|h:AMH,inc]] after cell therapy, but the trials were small (none had more "
            "than 70 participants), only two were controlled, and follow-up rarely exceeded "
            "12 months.",
        ],
        notes=(
            "Review paragraphs citing [12]-[18]; every fact is a cited study's (study markers are "
            "not part of the mark syntax). Trial [14]: arms named in brackets with their counts "
            "('cell arm, n = 30'; 'sham arm, n = 31'); in a review a name labels its own sentence "
            "only, so the cell arm's regimen, AMH/FSH changes and time points carry 'cell arm', "
            "and 'neither AMH nor FSH moved in the sham arm' = two no_change facts of the sham arm. "
            "'3 and 6 months' = one follow-up fact (the last). Rats [16, 17]: '100 \u03bcg' per "
            "injection is not said (per null); amniotic MSC-derived exosomes = two mentions. Traps: "
            "'one of them resumed menstruation at week 10' (time to an event), 'five days of G-CSF' "
            "(duration of a priming drug), '14 of them within two weeks' (outcome count and a "
            "window), 'one month apart' (interval), '7 studies' (studies), 'none had more than 70 "
            "participants' (a bound), 'only two were controlled', 'follow-up rarely exceeded 12 "
            "months' (a statement about the literature, left unmarked; doubtful). Route of [13]: "
            "catheterisation of the ovarian artery, no guidance stated in the sentence."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=12,
    ),
    # ------------------------------------------------------------------ 124
    RealText(
        id="en_blind124_bmsc_rat_cisplatin_io_vs_iv",
        lang="en",
        kind="animal",
        title=(
            "[[Intraovarian|r:io]] versus [[tail-vein|r:iv]] delivery of "
            "[[bone marrow mesenchymal stem cells|c:bm]] in a rat model of cisplatin-induced "
            "ovarian insufficiency"
        ),
        authors="Dmitri Kovalenko, Aisha Rahman, Jun-ho Baek",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        species="rat",
        abstract=(
            "We compared two ways of delivering [[bone marrow mesenchymal stem cells|c:bm]] "
            "([[BMSCs|c:bm]]) to rats with cisplatin-induced premature ovarian insufficiency (POI). "
            "[[A single dose|s:1]] was given either [[directly into the ovaries|r:io]] or "
            "[[intravenously|r:iv]], and the animals were studied for up to [[8 weeks|f:8,week]]. "
            "Both routes [[lowered FSH|h:FSH,dec]] and [[raised AMH|h:AMH,inc]], but only "
            "[[intraovarian injection|r:io]] [[kept FSH down|h:FSH,dec]] to the end of the study."
        ),
        body=[
            "2.2 Model and groups. Forty female Sprague-Dawley rats (8 weeks old, 200-220 g) were "
            "allocated to control, POI, IO and IV groups (n = 10 each). POI was induced with "
            "cisplatin, [[2 mg/kg|d:2,mg/kg,-]] [[i.p.|r:ip]] daily for 7 days; controls received "
            "saline. Rat [[BMSCs|c:bm]] were isolated from femurs of 4-week-old donors and used at "
            "passage 3 (CD29+, CD90+, CD45-).",
            "2.3 Transplantation. Transplantation was performed [[once|s:1]], 24 h after the last "
            "cisplatin dose. In the IO group, [[1 \u00d7 10^{6}|d:1e6,cells,ovary#IO group]] [[BMSCs|c:bm#IO group]] "
            "suspended in [[20 \u03bcL|d:0.02,mL,ovary#IO group]] of PBS were "
            "[[injected into each ovary|r:io#IO group]] through a dorsal incision under a "
            "dissecting microscope. The IV group was given "
            "[[2 \u00d7 10^{6} cells|d:2e6,cells,-#IV group]] in [[0.5 mL|d:0.5,mL,-#IV group]] "
            "[[via the lateral tail vein|r:iv#IV group]]. Five rats per group were killed on "
            "[[day 28|f:28,day]] and the remaining five on [[day 56|f:56,day]] after "
            "transplantation; vaginal smears were read daily throughout.",
            "3.1 Hormones. [[On day 28|f:28,day]], [[serum E2|h:E2,inc]] and [[AMH were "
            "higher|h:AMH,inc]] and [[FSH lower|h:FSH,dec]] in both [[BMSC|c:bm]] groups than in "
            "the POI group (all P < 0.05), and [[AMH rose more|h:AMH,inc]] after [[intraovarian|r:io]] than "
            "after [[intravenous delivery|r:iv]] (P = 0.04). [[By day 56|f:56,day#IV group]], "
            "[[FSH|h:FSH,nc#IV group]] in the IV group no longer differed from the POI group, whereas "
            "the IO group [[kept a lower FSH|h:FSH,dec#IO group]] (31.2 \u00b1 4.7 vs 45.8 \u00b1 6.3 "
            "IU/L). [[LH did not change|h:LH,nc]] in either transplanted group. Regular cycles "
            "returned in 7 of 10 IO rats within 3 weeks.",
        ],
        notes=(
            "Rat study; entry species rat. Groups IO and IV (labels 'IO group', 'IV group'); the "
            "animals per group are not samples. The model: cisplatin 2 mg/kg i.p. daily for 7 days "
            "(dose and route; no sessions fact: daily dosing, count inferred). 'once' covers both "
            "transplanted groups (no arm). '20 \u03bcL' of the IO suspension = 0.02 mL per ovary "
            "(converted, doubtful unit handling). Two kill days for separate animals = two "
            "follow-up facts; 'By day 56' in the IV group's clause carries that arm. 'in both BMSC "
            "groups' (every treated group) and 'AMH rose more after intraovarian than after "
            "intravenous delivery' (a comparison of changes) have no arm; the routes named in that "
            "comparison are route mentions without arm. Traps: 8 weeks old, "
            "200-220 g, 4-week-old donors, passage 3, daily for 7 days, '24 h after the last "
            "cisplatin dose' (time from the model), 'n = 10 each', 'Five rats per group', '7 of 10 "
            "IO rats within 3 weeks' (outcome count and a window), final values in brackets, "
            "saline to controls. Abstract: 'only intraovarian injection kept FSH down' = a route and "
            "a decrease with no arm (a group described by what it received)."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=12,
    ),
    # ------------------------------------------------------------------ 125
    RealText(
        id="en_blind125_ucmsc_cirrhosis_rct",
        lang="en",
        kind="clinical",
        title=(
            "[[Repeated|s:-]] [[intravenous|r:iv]] [[umbilical cord mesenchymal stem cells|c:uc]] for "
            "hepatitis B-related decompensated cirrhosis: a randomised controlled trial"
        ),
        authors="Tran Minh Chau, Elisabeth Vogler, Gareth Pryce",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "BACKGROUND & AIMS: Apart from transplantation, little changes the course of "
            "decompensated cirrhosis. We asked whether [[repeated|s:-]] infusions of "
            "[[umbilical cord mesenchymal stem cells|c:uc]] ([[UC-MSCs|c:uc]]) improve liver "
            "function.\n"
            "METHODS: This multicentre, open-label trial screened 212 patients and randomised "
            "[[108|n:108]] with hepatitis B-related decompensated cirrhosis (Child-Pugh B or C, "
            "MELD 10-25, median duration of cirrhosis 6.3 years) to standard medical therapy plus "
            "[[UC-MSCs|c:uc#UC-MSC group]] ([[UC-MSC|c:uc#UC-MSC group]] group, "
            "[[n = 54|n:54#UC-MSC group]]) or standard therapy alone (control group, "
            "[[n = 54|n:54#control group]]). In the [[UC-MSC|c:uc#UC-MSC group]] group, "
            "[[1.0 \u00d7 10^{6} cells/kg|d:1e6,cells/kg,-#UC-MSC group]] in "
            "[[100 mL|d:100,mL,-#UC-MSC group]] of saline were given by "
            "[[peripheral intravenous infusion|r:iv#UC-MSC group]] "
            "[[three times|s:3#UC-MSC group]] at 4-week intervals. All patients continued their "
            "antiviral drugs and were seen at weeks 4, 8, 12, 24 and [[48|f:48,week]] after "
            "randomisation; survival was tracked to [[week 72|f:72,week]]. The primary end point "
            "was the change in the Model for End-Stage Liver Disease (MELD) score at "
            "[[week 48|f:48,week]].\n"
            "RESULTS: Ninety-nine patients (50 vs 49) completed the "
            "[[48-week visit|f:48,week]]. MELD fell by 3.1 \u00b1 2.4 points with cells and by "
            "0.9 \u00b1 2.8 points in the control group (P < 0.001), and albumin rose by 4.2 vs "
            "1.1 g/L. Ascites resolved in 19 and 9 patients, respectively. Cumulative survival "
            "[[at week 72|f:72,week]] was 92.6% and 87.0% (P = 0.31). Transient fever followed 7 of "
            "158 infusions; no infusion-related serious adverse event occurred.\n"
            "CONCLUSIONS: [[Three|s:3]] [[intravenous|r:iv]] infusions of [[UC-MSCs|c:uc]] "
            "improved liver function over [[48 weeks|f:48,week]] in decompensated cirrhosis; a "
            "survival benefit remains unproven."
        ),
        notes=(
            "Another condition (liver cirrhosis): only contract values are marked (cells, cells/kg "
            "dose and the 100 mL infused volume, intravenous route, sessions, sample, follow-up; no "
            "hormones). Arms 'UC-MSC group' and 'control group', each named in brackets before its "
            "count; the regimen sentence names the UC-MSC group again so its facts carry it (the "
            "last group named before it was the control group). The visit list 'weeks 4, 8, 12, 24 "
            "and 48' is one fact marked on its last number '48'. Traps: 212 screened, Child-Pugh / "
            "MELD 10-25 (thresholds), 'median duration of cirrhosis 6.3 years', '4-week intervals', 'Repeated' (title) and 'repeated infusions' (aims) = sessions with "
            "count null beside the stated three, "
            "'Ninety-nine patients (50 vs 49) completed' (subset of 108), outcome counts (19 and 9, "
            "7 of 158 infusions: a total of administrations, not sessions), albumin and MELD "
            "changes (not contract hormones), percentages."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=12,
    ),
    # ------------------------------------------------------------------ 126
    RealText(
        id="en_blind126_prp_knee_oa_one_vs_three",
        lang="en",
        kind="clinical",
        title=(
            "[[One|s:1]] versus [[three|s:3]] intra-articular injections of platelet-rich plasma for knee "
            "osteoarthritis: a randomised trial with an exercise-only arm"
        ),
        authors="Lucas Moreau-Diallo, Ingrid Halvorsen, Pranav Iyer",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "Background: The number of platelet-rich plasma (PRP) injections needed for knee "
            "osteoarthritis (OA) is debated.\n"
            "Purpose: To compare [[a single|s:1]] PRP injection, a [[three-injection|s:3]] course and exercise "
            "alone.\n"
            "Study Design: Randomised controlled trial; Level of evidence, 1.\n"
            "Methods: A total of [[120|n:120]] patients aged 45-70 years with Kellgren-Lawrence "
            "grade II-III OA and pain for at least 6 months were randomised into three groups of "
            "[[40|n:40]]. Group S received [[a single|s:1#group S]] intra-articular injection of "
            "[[5 mL|d:5,mL,-#group S]] of leukocyte-poor PRP; group T received "
            "[[three|s:3#group T]] injections of [[5 mL|d:5,mL,-#group T]] at weekly intervals; "
            "group E followed a home exercise programme only. PRP was prepared from 30 mL of venous "
            "blood by a double-spin method (centrifuged twice) and held a mean of 3.1 times the "
            "baseline platelet count. WOMAC and VAS scores were recorded at 6 weeks and at 3, 6 "
            "and [[12 months|f:12,month]] after the last injection (after randomisation in group "
            "E).\n"
            "Results: Of the [[120|n:120]] randomised, 108 (90%) were assessed at "
            "[[12 months|f:12,month]]; four in group S, three in group T and five in group E were "
            "lost. WOMAC improved in both PRP groups from [[6 weeks|f:6,week]] onward, and at "
            "[[6 months|f:6,month]] the gain was larger after [[three|s:3]] injections than after [[one|s:1]] "
            "(\u221218.4 vs \u221212.9 points, P = 0.02). By [[12 months|f:12,month]] the two PRP "
            "groups no longer differed (P = 0.18), while both remained better than group E. "
            "Effusion after an injection occurred in 6 of 160 injections.\n"
            "Conclusion: [[Three|s:3]] PRP injections gave a faster and larger early response "
            "than [[one|s:1]], but by [[1 year|f:1,year]] the advantage had disappeared."
        ),
        notes=(
            "Another condition (knee OA) treated with PRP: PRP is not a cell type and "
            "intra-articular injection has no route id, so neither is marked; the PRP volume 5 mL "
            "is a dose (mL). Arms 'group S' and 'group T' (group E received no injection; no facts "
            "of its own). 'three groups of 40' is a count for every arm (no arm). The visit list "
            "'6 weeks and at 3, 6 and 12 months' = one fact on '12 months'. Traps: aged 45-70, KL "
            "grade II-III, 'pain for at least 6 months' (disease duration), 'weekly intervals', 30 "
            "mL of blood (harvest), 'centrifuged twice' (preparation, not sessions), '3.1 times', "
            "'108 (90%) were assessed' (subset), lost counts per group (attrition), 'after three "
            "injections than after one' (a comparison of changes naming sessions: s:3 and s:1 "
            "without arm, doubtful; so are the title's and the purpose's counts), '6 of 160 injections' (outcome count). The "
            "conclusion's 'Three' and 'one' are sessions facts without arm."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=12,
    ),
    # ------------------------------------------------------------------ 127
    RealText(
        id="en_blind127_adsc_exosome_lung_fibrosis_mouse",
        lang="en",
        kind="animal",
        title=(
            "[[Adipose-derived mesenchymal stem cell|c:ad]] [[exosomes|c:ev]] attenuate "
            "bleomycin-induced pulmonary fibrosis in mice"
        ),
        authors="Yusuf Demir, Clara Ostrowska, Wen Jiahui",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        species="mouse",
        abstract=(
            "Idiopathic pulmonary fibrosis has no cure, and [[exosomes|c:ev@human]] from "
            "[[mesenchymal stem cells|c:msc@human]] are being considered for it. We treated "
            "bleomycin-injured mice with [[exosomes|c:ev]] from human "
            "[[adipose-derived mesenchymal stem cells|c:ad]] ([[ADSC|c:ad]]-[[Exos|c:ev]]) and "
            "studied the lungs [[1 week|f:1,week]] or [[4 weeks|f:4,week]] after the last dose. "
            "[[ADSC|c:ad]]-[[Exos|c:ev]] reduced collagen deposition and the Ashcroft score and "
            "lowered TGF-\u03b21 in lavage fluid."
        ),
        body=[
            "Methods. Male C57BL/6 mice (8-10 weeks, 22-25 g) were anaesthetised with "
            "pentobarbital (50 mg/kg, i.p.) and given bleomycin "
            "([[3 U/kg|d:3,U/kg,-]]) intratracheally [[once|s:1]] on day 0; sham mice received "
            "saline. [[Exos|c:ev]] (40-160 nm by nanoparticle tracking; 2.4 \u00d7 10^{11} "
            "particles/mL) were [[injected into the tail vein|r:iv]] at [[10 \u03bcg|d:10,ug,-]] "
            "on days 7, 10 and 14, [[three doses|s:3]] in all. Lungs were harvested on day 21, "
            "that is [[7 days|f:7,day]] after the final [[exosome|c:ev]] dose (n = 8 per group), and in a "
            "second set of animals on day 42, [[28 days after the last injection|f:28,day]] "
            "(n = 6 per group).",
            "Results. Compared with the bleomycin group, hydroxyproline fell by 38% and the "
            "Ashcroft score by 2.1 points in [[Exo|c:ev]]-treated mice at the first harvest; both "
            "remained lower at the second. Two of the 16 bleomycin-only mice died before day 21, "
            "none after [[exosome|c:ev]] treatment. Body weight also recovered faster in the "
            "[[exosome|c:ev#exosome group]] group (P = 0.03), and no mouse showed signs of distress "
            "after an injection.",
        ],
        notes=(
            "Another condition (lung fibrosis) in mice: entry species mouse; only contract values "
            "are marked. Model drug bleomycin 3 U/kg given once = dose and sessions with species "
            "(intratracheal: no route id). Exosome schedule 'on days 7, 10 and 14' is counted from "
            "the injury (not follow-up); 'three doses in all' is the sessions fact. Harvest 'day "
            "21' and 'day 42' count from bleomycin (not follow-up); the restatements '7 days after "
            "the final exosome dose' and '28 days after the last injection' are the follow-up "
            "facts; the abstract's '1 week or 4 weeks after the last dose' gives two facts (two "
            "harvests of separate animals). Traps: "
            "pentobarbital 50 mg/kg i.p. (anaesthesia: no dose, no route), ages and weights, "
            "40-160 nm (size), particles/mL (concentration), n per group (animals), 'Two of the 16 "
            "... died before day 21' (outcome count, window), percentages. The first abstract "
            "sentence is general (human, no species)."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=12,
    ),
    # ------------------------------------------------------------------ 128
    RealText(
        id="zh_blind128_ucmsc_retrospective_cohort",
        lang="zh",
        kind="clinical",
        title=(
            "[[经阴道超声引导下卵巢内注射|r:io,tvus]][[脐带间充质干细胞|c:uc]]治疗早发性卵巢功能不全的"
            "回顾性队列研究"
        ),
        authors="周婉清, 林思远, 贺明轩, 杜晓岚",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "【摘要】目的 探讨[[脐带间充质干细胞|c:uc]]（[[UC-MSCs|c:uc]]）[[卵巢内移植|r:io]]对早发性卵巢"
            "功能不全（POI）患者卵巢储备功能的影响。方法 回顾性分析2019年1月至2022年6月在本院生殖"
            "中心就诊的POI患者[[86例|n:86]]，按治疗方式分为观察组（[[44例|n:44#观察组]]）和对照组"
            "（[[42例|n:42#对照组]]）。对照组单纯给予激素替代治疗（HRT）；观察组在HRT基础上"
            "[[经阴道超声引导下行双侧卵巢内注射|r:io,tvus#观察组]][[UC-MSCs|c:uc#观察组]]，每侧"
            "[[1×10^{7}个|d:1e7,cells,ovary#观察组]]，1个月后以相同剂量再注射1次，"
            "[[共注射2次|s:2#观察组]]。两组于治疗前及治疗后[[1、3、6个月|f:6,month]]复查血清性激素、"
            "AMH及窦卵泡计数（AFC），[[随访12个月|f:12,month]]。结果 观察组失访3例，对照组失访2例。"
            "[[治疗后6个月|f:6,month]]，观察组[[FSH|h:FSH,dec#观察组]]、[[LH水平较治疗前下降|"
            "h:LH,dec#观察组]]，[[AMH|h:AMH,inc#观察组]]、[[E2水平|h:E2,inc#观察组]]及"
            "[[AFC较治疗前升高|h:AFC,inc#观察组]]，差异有统计学意义（P<0.05）；对照组"
            "[[AMH|h:AMH,nc#对照组]]及[[AFC较治疗前无明显变化|h:AFC,nc#对照组]]（P>0.05）。"
            "随访期间观察组自然妊娠4例，对照组1例。结论 [[UC-MSCs|c:uc]][[卵巢内注射|r:io]]可"
            "[[降低POI患者FSH水平|h:FSH,dec]]、[[提高AMH水平|h:AMH,inc]]，近期安全性良好，远期疗效"
            "有待延长随访观察。"
        ),
        body=[
            "1 资料与方法",
            "1.1 研究对象 纳入标准：①年龄<40岁；②停经≥4个月；③间隔4周以上2次检测FSH>25 U/L。"
            "共筛查132例，最终纳入[[86例|n:86]]，年龄28～39岁，病程1～7年。",
            "1.2 细胞制备与移植 [[UC-MSCs|c:uc]]由本院干细胞实验室制备，取第3～5代细胞，"
            "CD73、CD90、CD105阳性率>95%，移植前以生理盐水重悬至1×10^{7}个/mL。观察组患者于"
            "静脉麻醉下[[经阴道超声引导行卵巢内注射|r:io,tvus#观察组]]：以17G取卵针穿刺双侧卵巢，于"
            "皮质内多点注入细胞悬液，每侧[[1 mL|d:1,mL,ovary#观察组]]。首次注射后1个月行第2次注射。",
            "1.3 观察指标 于治疗前及治疗后[[1、3、6个月|f:6,month]]月经第2～4天（闭经者随机）抽血"
            "检测FSH、LH、E2及AMH，同时经阴道超声计数AFC。末次随访时间为2023年6月。",
        ],
        notes=(
            "回顾性队列，两组：'观察组'与'对照组'（各自的例数带组名）。观察组的细胞、剂量、途径、次数带"
            "'观察组'；'两组于治疗前及治疗后1、3、6个月复查'与'随访12个月'属全研究（无组）。列举的时间点"
            "'1、3、6个月'记一个随访事实（末项6个月）；'治疗后6个月，'以逗号与组名隔开，不带组（存疑）。"
            "'1个月后以相同剂量再注射1次'未标（总数'共注射2次'已给出；'再注射1次'是追加的次数，存疑）；"
            "'首次注射后1个月行第2次注射'中的序数指已计数的注射，不标。陷阱：年龄<40岁、停经≥4个月、"
            "FSH>25 U/L、间隔4周以上2次检测（诊断标准与测量次数）、筛查132例、失访3例/2例、妊娠4例/1例"
            "（结局计数）、第3～5代、阳性率、1×10^7个/mL（浓度）、静脉麻醉（非途径）、经阴道超声计数"
            "AFC（测量，非途径）、月经第2～4天、末次随访日期、病程1～7年。1.2段中'每侧1 mL'为注射体积，"
            "带'观察组'（该段以观察组开头）。"
        ),
        layout={"columns": 2, "font": "serif"},
        batch=12,
    ),
    # ------------------------------------------------------------------ 129
    RealText(
        id="zh_blind129_hamsc_rat_tripterygium_dose",
        lang="zh",
        kind="animal",
        title=(
            "[[人羊膜间充质干细胞|c:am]][[尾静脉移植|r:iv]]对雷公藤多苷致卵巢早衰大鼠性激素及卵泡发育"
            "的影响"
        ),
        authors="韩雪梅, 骆一帆, 秦子衡",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        species="rat",
        abstract=(
            "背景：雷公藤多苷（TG）是临床常用的免疫抑制剂，长期服用可致卵巢功能损伤，目前尚缺乏有效的"
            "干预手段。目的：观察不同剂量[[人羊膜间充质干细胞|c:am]]（[[hAMSCs|c:am]]）移植对卵巢早衰"
            "大鼠性激素水平及卵泡发育的影响。方法：8周龄SPF级雌性SD大鼠50只，体质量180～220 g，随机取"
            "10只为正常对照组，其余以TG [[50 mg/kg|d:50,mg/kg,-]]每日灌胃，连续14 d建立卵巢早衰模型。"
            "造模成功的36只随机分为模型组、低剂量组、高剂量组，每组12只。低、高剂量组分别"
            "[[经尾静脉注射|r:iv]]第3代[[hAMSCs|c:am]] [[1×10^{6}|d:1e6,cells,-#低]]、"
            "[[4×10^{6}个|d:4e6,cells,-#高剂量]]（以[[1 mL|d:1,mL,-]] PBS重悬），每周1次，"
            "[[共3次|s:3]]；模型组注射等体积PBS。[[末次移植后4周|f:4,week]]检测血清激素，取卵巢行HE"
            "染色计数各级卵泡。结果：与正常对照组比较，模型组FSH升高、AMH降低（P<0.01），提示造模成功。"
            "与模型组比较，高剂量组大鼠血清[[FSH|h:FSH,dec#高剂量]]、[[LH水平降低|h:LH,dec#高剂量]]，"
            "[[E2|h:E2,inc#高剂量]]、[[AMH水平升高|h:AMH,inc#高剂量]]，原始卵泡及窦卵泡数增加，闭锁卵泡"
            "减少（P<0.05）；低剂量组[[E2升高|h:E2,inc#低]]（P<0.05），而[[FSH差异无统计学意义|"
            "h:FSH,nc#低]]（P>0.05）。结论：[[hAMSCs|c:am]][[尾静脉移植|r:iv]]可剂量依赖性地改善TG致卵巢"
            "早衰大鼠的卵巢功能，[[4×10^{6}个|d:4e6,cells,-]]/只的效果优于[[1×10^{6}个|d:1e6,cells,-]]/只。"
        ),
        body=[
            "2.3 动情周期 移植后第1周起每日上午9时行阴道脱落细胞涂片。模型组动情周期持续紊乱；高剂量组"
            "12只中9只于移植后第3周恢复规律动情周期，低剂量组为5只。各组大鼠于[[末次移植后28 d|f:28,day]]"
            "禁食12 h后腹主动脉取血并取双侧卵巢。"
        ],
        notes=(
            "大鼠研究，条目物种rat。'低、高剂量组分别'给出两个剂量，按指南标为'低'与'高剂量'；"
            "此后'高剂量组''低剂量组'沿用首次标签。hAMSCs、'1 mL' PBS重悬体积、'共3次'属两个治疗组"
            "（无组）。模型药TG 50 mg/kg为剂量（灌胃无途径id；'每日灌胃，连续14 d'为给药持续时间，无次数）。"
            "'每周1次'为频率，总数见'共3次'。结论中'4×10^6个/只'与'1×10^6个/只'是两组的比较（无组），"
            "'/只'按指南per为null。模型组与正常对照组比较为造模验证（无事实）。陷阱：8周龄、180～220 g、"
            "50只/10只/36只/每组12只（动物）、第3代、'移植后第1周起'（开始时间）、'12只中9只'与'5只'"
            "（结局计数）、'移植后第3周恢复规律动情周期'（事件发生的时间，不标随访）、'禁食12 h'。"
            "'末次移植后28 d'取材为随访（与摘要'末次移植后4周'同一时点的另一次提及）。"
        ),
        layout={"columns": 2, "font": "sans"},
        batch=12,
    ),
    # ------------------------------------------------------------------ 130
    RealText(
        id="zh_blind130_adsc_case_report_two_routes",
        lang="zh",
        kind="case",
        title="[[自体脂肪间充质干细胞|c:ad]][[卵巢内注射|r:io]]治疗卵巢早衰[[1例|n:1]]报告并文献复习",
        authors="钟雅琴, 马立诚",
        journal=_J,
        year=2022,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "【摘要】报道[[1例|n:1]]卵巢早衰患者接受自体[[脂肪间充质干细胞|c:ad]]（[[ADSCs|c:ad]]）"
            "[[卵巢内注射|r:io]][[2次|s:2]]后[[FSH下降|h:FSH,dec]]、[[AMH升高|h:AMH,inc]]并自然妊娠的"
            "诊治经过，并复习相关文献。"
        ),
        body=[
            "1 病例资料 患者，女，32岁，因“停经3年，要求生育”于2021年3月就诊。患者28岁起月经稀发，渐"
            "至停经。外院2次测定FSH分别为86.4、92.1 IU/L（间隔6周），AMH<0.01 ng/mL，染色体核型46,XX，"
            "诊断为卵巢早衰（POF）。经医院伦理委员会批准并签署知情同意书后，于腹部抽吸脂肪组织约30 mL，"
            "分离培养[[脂肪间充质干细胞|c:ad]]（[[ADSCs|c:ad]]），取第3代细胞。2021年5月在全身麻醉下"
            "[[经腹腔镜行双侧卵巢内注射|r:io,lap]]，每侧卵巢注入[[ADSCs|c:ad]] "
            "[[5×10^{6}个|d:5e6,cells,ovary]]（[[0.5 mL|d:0.5,mL,ovary]]）；术后2个月于"
            "[[经阴道超声引导下再次行卵巢内注射|r:io,tvus]]，剂量同前，[[共2次|s:2]]。术后"
            "[[第4、8、12周|f:12,week]]复查：[[FSH降至|h:FSH,dec]]38.6 IU/L，[[AMH升至|h:AMH,inc]]"
            "0.11 ng/mL，[[E2未见明显变化|h:E2,nc]]。第2次注射后3个月月经来潮。[[随访1年半|f:1.5,year]]，"
            "共月经来潮5次，于首次注射后14个月自然妊娠，现孕24周，胎儿发育未见异常。",
            "2 讨论 目前关于[[ADSCs|c:ad]]治疗POF的报道较少。Kessler等^[6]对[[9例|n:9]]患者行[[单次|s:1]]"
            "[[卵巢内注射|r:io]]，[[随访6个月|f:6,month]]，仅2例[[AMH升高|h:AMH,inc]]。本例采用腹腔镜与"
            "经阴道超声两种方式[[先后注射2次|s:2]]，[[FSH下降|h:FSH,dec]]较为明显，提示[[重复注射|s:-]]可能有助于"
            "卵巢功能改善，但个案结果不足以推断疗效。",
        ],
        notes=(
            "单例病例报告（无组）；题目与摘要中的'1例'各记样本量1（同一患者的两次提及，逐处标注）。"
            "两次注射途径不同：第1次腹腔镜下（laparoscopic），"
            "第2次经阴道超声引导（transvaginal_ultrasound），各记一个途径事实。'共2次''先后注射2次'"
            "为次数；'再次''第2次注射后''首次注射后'为序数/参照（不标）；'重复注射'记次数null（含推测语气）。"
            "随访：'第4、8、12周'为时间点列表，记末项12周；'随访1年半'记1.5年。陷阱：32岁、停经3年、"
            "28岁起、2次测定FSH（测量次数）及其数值、间隔6周、AMH<0.01、脂肪约30 mL（取材量）、第3代、"
            "全身麻醉、'术后2个月'（两次注射间隔）、'第2次注射后3个月月经来潮'与'首次注射后14个月自然妊娠'"
            "（事件时间）、月经来潮5次（非次数）、孕24周；文献Kessler等^[6]：9例、单次、随访6个月、"
            "'仅2例AMH升高'（2例为结局计数，AMH升高为变化事实）。"
        ),
        layout={"columns": 1, "font": "serif"},
        batch=12,
    ),
    # ------------------------------------------------------------------ 131
    RealText(
        id="zh_blind131_review_msc_exosome_prp_poi",
        lang="zh",
        kind="review",
        title="[[间充质干细胞|c:msc]]及其[[外泌体|c:ev]]治疗早发性卵巢功能不全的研究进展",
        authors="魏清和, 邵丹",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "【摘要】早发性卵巢功能不全（POI）以40岁前卵巢功能衰退为特征，诊断标准为停经≥4个月且间隔"
            ">4周2次FSH>25 U/L。[[间充质干细胞|c:msc]]（[[MSCs|c:msc]]）及其[[外泌体|c:ev]]可通过旁分泌"
            "作用改善卵巢微环境，[[降低FSH|h:FSH,dec]]、[[升高AMH|h:AMH,inc]]。本文就其临床与基础研究"
            "进展作一综述。"
        ),
        body=[
            "3 临床研究进展 近年来多项临床研究评估了不同来源[[MSCs|c:msc]]治疗POI的安全性及有效性。"
            "陈立等^[21]对[[15例|n:15]]POI患者[[经卵巢动脉介入注射|r:oa,ir]][[脐带MSCs|c:uc]]，每侧"
            "[[1×10^{7}个|d:1e7,cells,ovary]]，[[随访6个月|f:6,month]]，[[FSH平均下降|h:FSH,dec]]约30%，"
            "4例恢复月经。一项多中心随机对照研究^[22]纳入[[120例|n:120]]患者，分为[[单次|s:1#单次组]]组"
            "（[[60例|n:60#单次组]]）与[[2次|s:2#2次组]]组（[[60例|n:60#2次组]]），两组均接受"
            "[[经阴道超声引导下卵巢内注射|r:io,tvus]]，[[2次|s:2#2次组]]组[[两次|s:2#2次组]]注射间隔3个月；结果显示"
            "[[2次|s:2#2次组]]组[[AMH升高|h:AMH,inc]]幅度大于[[单次|s:1#单次组]]组（P=0.02），而"
            "[[随访12个月|f:12,month]]时两组妊娠率差异无统计学意义。此外，Park等^[23]报道"
            "[[8例|n:8]]患者接受[[经血干细胞|c:men]]（[[MenSCs|c:men]]）"
            "[[静脉输注|r:iv]][[3次|s:3]]，[[中位随访8个月|f:8,month]]（3～14个月），观察期内"
            "[[E2无明显变化|h:E2,nc]]。",
            "4 动物实验 Zhao等^[24]以顺铂[[2 mg/kg|d:2,mg/kg,-@rat]][[腹腔注射|r:ip@rat]]连续7 d"
            "建立大鼠POI模型，[[尾静脉|r:iv@rat]]注射[[骨髓MSCs|c:bm@rat]]来源[[外泌体|c:ev@rat]]"
            "[[100 μg|d:100,ug,-@rat]]，隔日1次，[[共5次|s:5@rat]]，[[末次注射后2周|f:2,week@rat]]检测"
            "发现[[FSH降低|h:FSH,dec@rat]]、[[E2升高|h:E2,inc@rat]]。一项Meta分析^[25]共纳入9项研究、"
            "[[412例|n:412]]患者，显示[[MSCs|c:msc]]治疗后[[AMH升高|h:AMH,inc]]、[[FSH降低|h:FSH,dec]]，但纳入"
            "研究样本量多不足50例，随访时间多为3～12个月。富血小板血浆（PRP）"
            "[[卵巢内注射|r:io]]^[26]亦有报道，[[30例|n:30]]患者注射后[[3个月|f:3,month]]"
            "[[AMH轻度升高|h:AMH,inc]]，但[[FSH未见下降|!h:FSH,dec]]。",
        ],
        notes=(
            "综述段落，事实均属被引研究（研究标记不在标注语法中）。研究^[22]的两组以次数命名：'单次组'"
            "与'2次组'，组名中的次数按指南标为该组的sessions（每次提及都标）；'2次组AMH升高幅度大于单次组'"
            "为组间比较（AMH升高无组）；'2次组两次注射间隔3个月'中的'两次'为该组次数的再次提及（标，带组），间隔不标；'两组均接受'途径无组；'随访12个月时两组'无组。综述中组名只标其"
            "所在句。陷阱：诊断标准（40岁前、停经≥4个月、间隔>4周2次FSH>25 U/L）、'约30%'、'4例恢复月经'"
            "（结局计数）、'两次注射间隔3个月'、'连续7 d'（造模持续时间，无次数）、'隔日1次'（频率，总数"
            "见'共5次'）、'9项研究'（研究数）、'样本量多不足50例'（上限，非样本量）、'随访时间多为3～12个月'"
            "（文献概况，未标，存疑）、Park等^[23]'中位随访8个月（3～14个月）'只标中位数（范围未标，存疑）。PRP不是细胞类型，但其卵巢内注射途径照标。'FSH未见下降'为否定的下降。"
            "摘要中'降低FSH、升高AMH'为对MSCs作用的一般（预期）陈述，按'hedged/expected'记事实。"
        ),
        layout={"columns": 2, "font": "serif"},
        batch=12,
    ),
    # ------------------------------------------------------------------ 132
    RealText(
        id="zh_blind132_ucmsc_scaffold_asherman",
        lang="zh",
        kind="clinical",
        title="胶原支架负载[[脐带间充质干细胞|c:uc]]治疗重度宫腔粘连的临床观察",
        authors="乔晓峰, 苏蔓, 叶承泽",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "为观察胶原支架负载[[脐带间充质干细胞|c:uc]]（[[UC-MSCs|c:uc]]）对重度宫腔粘连的疗效，选取"
            "2020年3月至2022年12月于我院行宫腔镜下宫腔粘连分离术的重度宫腔粘连（AFS评分≥9分）患者"
            "[[30例|n:30]]，年龄25～38岁，粘连病程6个月～4年。术中分离粘连后，将负载"
            "[[UC-MSCs|c:uc]]的胶原支架置入宫腔，每次[[1×10^{7}个|d:1e7,cells,injection]]；术后1个月行"
            "二次宫腔镜探查，并同法再次移植，[[共移植2次|s:2]]。术后给予戊酸雌二醇4 mg/d口服21 d。术后"
            "[[3、6个月|f:6,month]]经阴道超声测量子宫内膜厚度，[[随访12个月|f:12,month]]观察月经及妊娠"
            "情况。结果显示，2例失访，28例完成随访；[[术后6个月|f:6,month]]子宫内膜厚度由（4.1±0.8）mm"
            "增至（6.9±1.2）mm（P<0.01），AFS评分由（10.2±1.1）分降至（4.3±1.8）分。血清"
            "[[E2|h:E2,nc]]、[[FSH水平治疗前后差异无统计学意义|h:FSH,nc]]（P>0.05）。随访期内自然妊娠"
            "9例，其中活产5例；未见免疫排斥及感染等不良反应。提示[[UC-MSCs|c:uc]]复合胶原支架"
            "[[2次|s:2]]宫腔内移植可促进重度宫腔粘连患者子宫内膜修复，安全性良好。"
        ),
        body=[
            "1.3 细胞与支架 [[UC-MSCs|c:uc]]取自健康足月剖宫产新生儿脐带，经组织块贴壁法培养，取第4代"
            "细胞；可降解胶原支架（直径约1.5 cm）于移植前与细胞悬液（5×10^{6}个/mL，2 mL）共孵育2 h。"
            "对照为同期行宫腔粘连分离术、仅放置宫内节育器的患者（历史对照，未纳入统计）。"
        ],
        notes=(
            "另一疾病（宫腔粘连），单臂：只标合同有值的事实（细胞、细胞剂量、次数、样本量、随访、激素无"
            "变化）；宫腔内放置无途径id，不标。'每次1×10^7个'按'/次'记per injection。'共移植2次'与结尾"
            "'2次宫腔内移植'为次数；'二次宫腔镜探查'是诊断性检查（非次数）；'同法再次移植'为序数参照（已"
            "有总数）。随访：'术后3、6个月'列表记末项6个月；'随访12个月'；'术后6个月'。'经阴道超声测量'"
            "是测量（非途径）。E2、FSH治疗前后无差异记两个no_change事实。陷阱：AFS评分≥9分（阈值）、年龄、"
            "粘连病程、'术后1个月'（两次移植间隔）、戊酸雌二醇4 mg/d口服21 d（辅助激素治疗，不标剂量，存疑）、"
            "'2例失访，28例完成随访'（失访及30例的子集）、妊娠9例与活产5例（结局计数）、内膜厚度与AFS评分"
            "（非合同激素）、第4代、5×10^6个/mL（浓度）、2 mL（孵育用悬液体积，非给予量）、直径1.5 cm、"
            "共孵育2 h、历史对照（本研究未设对照组，无组）。"
        ),
        layout={"columns": 1, "font": "sans"},
        batch=12,
    ),
]
