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
            "[[At 6 months|f:6,month#UC-MSC group]], [[AMH had risen|h:AMH,inc#UC-MSC group]] in the "
            "[[UC-MSC|c:uc#UC-MSC group]] group from 0.21 \u00b1 0.10 to 0.48 \u00b1 0.22 ng/mL (P < 0.001) and "
            "[[FSH had fallen|h:FSH,dec#UC-MSC group]] from 71.4 \u00b1 18.2 to 44.9 \u00b1 20.6 IU/L; "
            "in the HRT group [[AMH did not change|h:AMH,nc#HRT group]] (0.19 vs 0.20 ng/mL). "
            "[[AFC|h:AFC,inc#UC-MSC group]] and [[serum oestradiol increased|h:E2,inc#UC-MSC group]] "
            "only with cells. Menses resumed in 9 of 32 cell-treated women after a median of 2.5 "
            "months, and three conceived. No serious adverse event occurred.\n"
            "Conclusions: [[A single|s:1]] [[intraovarian injection|r:io]] of [[UC-MSCs|c:uc]] "
            "[[raised AMH|h:AMH,inc]] and [[lowered FSH|h:FSH,dec]] over "
            "[[6 months|f:6,month]] in women with POI; whether the benefit lasts beyond "
            "[[one year|f:1,year]] is unknown."
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
            "'month 6', '12-month visit', 'At 6 months' each a fact. 'AFC ... increased' gives AFC "
            "(span 'AFC') and E2 (span 'serum oestradiol increased'), both in the UC-MSC group "
            "('only with cells' names no group; the paragraph's last named group was the HRT group, "
            "doubtful - I read 'with cells' as the UC-MSC group). 'beyond one year' in the "
            "conclusion is hedged and marked f:1,year (doubtful: a wish rather than an observation)."
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
            "100 \u03bcL. The control group received saline only.",
            "3.2 Endocrine changes. [[Fourteen days after the last injection|f:14,day]], "
            "[[FSH was lower|h:FSH,dec#high-dose group]] and [[AMH higher|h:AMH,inc#high-dose group]] "
            "in the high-dose group than in the POI group (both P < 0.01), while in the low-dose "
            "group [[FSH showed no significant change|h:FSH,nc#low-dose group]] (P = 0.21). "
            "[[At day 28|f:28,day]] the mid-dose group also had "
            "[[higher E2|h:E2,inc#mid-dose group]] (38.6 \u00b1 6.1 vs 24.9 \u00b1 5.3 pg/mL), and "
            "the differences between [[exosome|c:ev]] groups had widened. Compared with the control group, "
            "POI mice had markedly raised FSH and reduced AMH, confirming the model.",
        ],
        notes=(
            "Mouse study; entry species mouse. Dose groups named with their head word in brackets "
            "after each value ('25 \u03bcg (low-dose group)'), so each dose carries that arm. "
            "'three times' covers every exosome group (no arm). Model: a single i.p. injection of "
            "busulfan + cyclophosphamide = one sessions fact, one route, two doses. Two harvest "
            "times joined by 'or' (separate animals) = two follow-up facts. Traps: 6-8 weeks (age), "
            "96 nm (size), 3-day intervals, '7 days after chemotherapy' (time from the model), "
            "'n = 8 each' / 'four mice per group' (animals), 0.25-1.0 \u03bcg/\u03bcL "
            "(concentrations), 100 \u03bcL of the dilution (methods: volume given to every mouse incl. "
            "controls, left unmarked - doubt, it is the injected volume), "
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
            "haematoma, fever or ovarian torsion occurred. Ovarian artery delivery of "
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
            "sessions and follow-up cells carry the case."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=12,
    ),
]
