"""Invented papers written for litx by an annotator who had not seen its rules (seventh batch).

These twelve texts (eight English, four Chinese) are part of the development set of the invented
papers: they may be studied and tuned on, unlike corpus/heldout_texts.py.  Every name, number and
sentence is invented; nothing is copied from a published paper.  The fact marks ``[[words|spec]]``
follow corpus/ANNOTATION.md and the markup of corpus/make_papers.py.  This batch stresses the ways
authors state follow-up (visits, time-point lists, medians, sacrifice times, 随访/复查/处死) and
sample size (enrolled, randomised, analysed, per-group counts, counts after dropouts, 纳入/各N例),
with the traps real papers have (outcome counts, completers, animals, study counts, thresholds).
"""

from __future__ import annotations

try:
    from real_texts import RealText
except ImportError:  # pragma: no cover - imported as corpus.blind_texts7
    from corpus.real_texts import RealText

_LICENCE = "CC BY 4.0 (written for litx)"
_JOURNAL = "litx blind set"

BLIND7: list[RealText] = [
    # ------------------------------------------------------------------ 55
    RealText(
        id="en_blind55_rct_bmsc_sham",
        lang="en",
        kind="clinical",
        title=(
            "Autologous [[bone marrow mesenchymal stem cell|c:bm]] [[injection into the ovaries|r:io]] of women "
            "with premature ovarian insufficiency: a randomised, sham-controlled trial"
        ),
        authors="Halvorsen K, Oyelaran T, Marchetti G, Dubois-Ng A",
        journal=_JOURNAL,
        year=2025,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "**Background:** Premature ovarian insufficiency (POI), defined by amenorrhoea for at least 4 months "
            "before the age of 40 and an FSH above 25 IU/L on two occasions, leaves few options besides donor "
            "oocytes. **Methods:** Of 57 women screened, [[forty-two eligible women|n:42]] aged 28\u201339 years were "
            "randomised 1:1 to [[intraovarian injection|r:io#cell group]] of autologous "
            "[[bone marrow-derived MSCs|c:bm#cell group]] ([[BM-MSCs|c:bm#cell group]]; cell group, "
            "[[n = 21|n:21#cell group]]) or to a sham puncture without injection (sham group, "
            "[[n = 21|n:21#sham group]]). Each woman in the cell group received "
            "[[1 \u00d7 10^{7} cells|d:1e7,cells,ovary#cell group]] in [[1 mL|d:1,mL,ovary#cell group]] of saline, "
            "[[injected into each ovary under transvaginal ultrasound guidance|r:io,tvus#cell group]] in a "
            "[[single session|s:1#cell group]]. Serum FSH, E2 and AMH and the antral follicle count (AFC) were "
            "measured at baseline and at the 1-, 3-, 6- and [[12-month visits|f:12,month]]. **Results:** Three "
            "women in the cell group and two in the sham group withdrew before the 6-month visit; 37 were "
            "analysed. In the cell group, [[FSH fell|h:FSH,dec#cell group]] from 68.4 \u00b1 17.2 to 41.9 \u00b1 "
            "15.5 IU/L at [[3 months|f:3,month#cell group]] (P = 0.002), [[AMH rose|h:AMH,inc#cell group]] "
            "modestly and [[E2 increased|h:E2,inc#cell group]]; in the sham group "
            "[[FSH did not change|h:FSH,nc#sham group]]. The [[AFC was no different from baseline|h:AFC,nc]] in "
            "either arm. Menses resumed in 7 of 18 treated women and two spontaneous pregnancies occurred. "
            "**Conclusion:** A [[single|s:1]] [[intraovarian injection|r:io]] of [[BM-MSCs|c:bm]] "
            "[[lowered FSH|h:FSH,dec]] over [[12 months|f:12,month]] of follow-up, although the effect waned "
            "after the 6-month visit."
        ),
        body=[
            "**Participants and intervention.** Women were recruited at two reproductive centres between March "
            "2021 and August 2022. Bone marrow (60 mL) was aspirated from the posterior iliac crest under local "
            "anaesthesia, and [[BM-MSCs|c:bm]] were expanded in xeno-free medium; cells of passage 2\u20134 "
            "(viability > 90%) were released at 1 \u00d7 10^{7} cells/mL. A 17-gauge needle was guided to the "
            "ovarian cortex and the suspension was [[injected into the cortex of each ovary|r:io,tvus]] at three "
            "to four points under transvaginal ultrasound guidance; sham patients had the same puncture with no "
            "fluid. No patient received a second injection. Hormone replacement therapy was stopped 4 weeks "
            "before the procedure and withheld until the 3-month visit.",
            ("table", "Table 2. Serum hormones by visit in the analysed women (mean \u00b1 SD)",
             [["Hormone", "Group", "Baseline", "Month 3", "Month 6", "[[Month 12|f:12,month]]"],
              ["FSH (IU/L)", "Cell", "68.4 \u00b1 17.2", "41.9 \u00b1 15.5", "49.8 \u00b1 18.0", "58.1 \u00b1 19.4"],
              ["FSH (IU/L)", "Sham", "66.0 \u00b1 16.1", "64.7 \u00b1 17.3", "67.2 \u00b1 15.9", "65.5 \u00b1 16.6"],
              ["AMH (ng/mL)", "Cell", "0.04 \u00b1 0.03", "0.09 \u00b1 0.06", "0.07 \u00b1 0.05", "0.05 \u00b1 0.04"],
              ["E2 (pg/mL)", "Cell", "14.2 \u00b1 8.1", "38.5 \u00b1 21.7", "29.0 \u00b1 17.5", "18.3 \u00b1 10.2"]],
             [0.2, 0.12, 0.17, 0.17, 0.17, 0.17]),
        ],
        notes=(
            "Two-arm RCT. Sample: 'forty-two eligible women' (n in words) is the sample; 57 screened, the "
            "withdrawals (three, two), '37 were analysed' (a subset of a stated larger count) and '7 of 18 "
            "treated women' (outcome count over completers) are not sample facts; the two per-arm counts carry "
            "their arm (name and count in one bracket, the route and cells of the same clause too). Follow-up: "
            "the visit list gives one fact (the last, '12-month visits'); 'at 3 months' is the time an outcome "
            "was measured (arm of the clause); 'before the 6-month visit' (withdrawal window), 'after the "
            "6-month visit' (waning) and 'until the 3-month visit' (HRT withheld) are not follow-up; the table "
            "column head 'Month 12' is marked as the last of a list of time points (doubtful: a column head "
            "may count as naming a variable). Traps: FSH > 25 IU/L on two occasions (threshold, not sessions), "
            "bone marrow 60 mL (harvest), 1 \u00d7 10^7 cells/mL (concentration), 'No patient received a second "
            "injection' (ordinal of a counted session: no fact), ages, 4 weeks before the procedure. The body "
            "paragraph names no group, so its route has no arm. 'per ovary' is read from 'each ovary'."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=7,
    ),
    # ------------------------------------------------------------------ 56
    RealText(
        id="en_blind56_mouse_ucmsc_exosomes",
        lang="en",
        kind="animal",
        title=(
            "[[Exosomes|c:ev]] from [[human umbilical cord MSCs|c:uc]] given through the [[tail vein|r:iv]] "
            "improve ovarian function in a cyclophosphamide/busulfan mouse model of premature ovarian failure"
        ),
        authors="Tran QM, Albrecht S, Nakashima R",
        journal=_JOURNAL,
        year=2024,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "Female C57BL/6 mice (8 weeks old, n = 48) were given a [[single|s:1]] "
            "[[intraperitoneal injection|r:ip]] of cyclophosphamide ([[120 mg/kg|d:120,mg/kg,-]]) plus busulfan "
            "([[12 mg/kg|d:12,mg/kg,-]]) to induce premature ovarian failure (POF). Seven days later the animals "
            "were allocated to four groups of 12: control, POF, POF + low-dose [[exosomes|c:ev#low-dose]] "
            "([[50 \u03bcg|d:50,ug,-#low-dose]]) and POF + high-dose [[exosomes|c:ev#high-dose]] "
            "([[150 \u03bcg|d:150,ug,-#high-dose]]). [[Exosomes|c:ev]] isolated from "
            "[[hUCMSC|c:uc]]-conditioned medium by ultracentrifugation (diameter 60\u2013140 nm, CD63+/TSG101+) "
            "were injected through the [[tail vein|r:iv]] once a week for three weeks "
            "([[three injections|s:3]] in total). Six mice per group were killed [[1 week|f:1,week]] after the "
            "last injection and the rest at [[4 weeks|f:4,week]]. Compared with POF mice, both exosome groups "
            "showed [[lower serum FSH|h:FSH,dec]] and [[higher E2|h:E2,inc]] and [[AMH|h:AMH,inc]] at both time "
            "points; the high-dose group also had [[more antral follicles|h:AFC,inc#high-dose]]. FSH in the "
            "low-dose group had drifted back towards the POF level by [[week 4|f:4,week#low-dose]]. These data "
            "support a dose-dependent benefit of [[hUCMSC|c:uc@human]] [[exosomes|c:ev@human]] and their study "
            "in women with POI."
        ),
        body=[
            "**Exosome dosing and sampling.** The exosome dose was expressed as protein (BCA assay): "
            "[[50 \u03bcg|d:50,ug,-#low-dose]] or [[150 \u03bcg|d:150,ug,-#high-dose]] in "
            "[[0.2 mL|d:0.2,mL,-]] PBS per mouse, given on days 0, 7 and 14 after grouping; control and POF mice "
            "received vehicle alone. Oestrous cycles were followed by vaginal smears for 14 days before "
            "sacrifice. At each harvest (day 21 and day 42 after grouping, i.e. [[1|f:1,week]] and "
            "[[4 weeks|f:4,week]] after the third injection), blood was drawn from the orbital sinus and both "
            "ovaries were fixed for follicle counting.",
        ],
        species="mouse",
        notes=(
            "Mouse study; all facts mouse unless marked @human. Sample size: none (n = 48, groups of 12, six "
            "mice per group are animals). Model drugs: one 'single intraperitoneal injection' of both drugs "
            "(one sessions fact, one route fact, two doses). Arms: the four listed groups each carry a value in "
            "brackets (50 vs 150 \u03bcg), so low-dose/high-dose are arms labelled by their names; the body's "
            "'50 \u03bcg or 150 \u03bcg' are the same arms (same values). Follow-up: two sacrifice times (1 week "
            "and 4 weeks after the last injection) are two facts; in the body the 'day 21 / day 42 after "
            "grouping' restatement is not marked, the 'i.e. 1 and 4 weeks after the third injection' is "
            "('1' carries 1 week); 'week 4' is the time the low-dose FSH was reported. Traps: 'Seven days later' "
            "(time from the model), 'once a week for three weeks' (frequency; the total 'three injections' is "
            "the sessions fact), days 0, 7 and 14 (schedule), 14 days of smears, 60\u2013140 nm, orbital sinus "
            "(blood sampling, not a route), 'third injection' (ordinal of counted sessions), 'drifted back "
            "towards the POF level' (no direction written: no fact). 'more antral follicles' is read as an AFC "
            "increase (doubtful in mice). The closing clinical sentence carries no species."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=7,
    ),
    # ------------------------------------------------------------------ 57
    RealText(
        id="en_blind57_case_series_ovarian_artery",
        lang="en",
        kind="case",
        title=(
            "[[Ovarian artery infusion|r:oa]] of [[umbilical cord MSCs|c:uc]] in [[three women|n:3]] with "
            "idiopathic POI: a case series"
        ),
        authors="Petrov D, Lindqvist M, Ahmadi F",
        journal=_JOURNAL,
        year=2026,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "We describe [[three women|n:3]] (aged 31, 35 and 38 years) with idiopathic POI who received "
            "[[umbilical cord\u2013derived mesenchymal stromal cells|c:uc]] ([[UC-MSCs|c:uc]]) "
            "[[through the ovarian arteries|r:oa]]. Under digital subtraction angiography, a 4-F catheter was "
            "advanced from the right femoral artery and [[superselectively placed in each ovarian artery|r:oa,ir]], "
            "and [[2 \u00d7 10^{7} cells|d:2e7,cells,ovary]] in [[10 mL|d:10,mL,ovary]] saline were infused slowly "
            "per side. Case 1 was treated [[twice|s:2#Case 1]], 3 months apart; case 2 and case 3 each received "
            "a [[single|s:1]] infusion. Hormones were checked monthly for the first 6 months and every 3 months "
            "thereafter."
        ),
        body=[
            "**Case 1.** [[FSH declined|h:FSH,dec#Case 1]] from 96.2 to 34.7 IU/L by "
            "[[month 4|f:4,month#Case 1]] after the second infusion, and "
            "[[AMH became detectable|h:AMH,inc#Case 1]] (0.11 ng/mL); spontaneous menses returned 5 months after "
            "the first infusion, and she has remained under follow-up for [[18 months|f:18,month#Case 1]]. "
            "**Case 2.** [[E2 rose|h:E2,inc#Case 2]] transiently at [[month 2|f:2,month#Case 2]], but "
            "[[FSH was unchanged|h:FSH,nc#Case 2]] at the last visit, [[12 months|f:12,month#Case 2]] after "
            "treatment. **Case 3** was lost to follow-up after the [[6-month visit|f:6,month#Case 3]], at which "
            "her [[FSH had dropped|h:FSH,dec#Case 3]] to 52 IU/L. No procedure-related complication occurred in "
            "any of the [[three patients|n:3]].",
            "**Procedure.** [[UC-MSCs|c:uc]] (passage 4, viability \u2265 95%) were supplied in 20 mL bags at "
            "2 \u00d7 10^{6} cells/mL. Each procedure lasted about 40 minutes under local anaesthesia. Before "
            "treatment, all [[three patients|n:3]] had FSH > 40 IU/L on two occasions 4 weeks apart and "
            "amenorrhoea for 1\u20136 years.",
        ],
        notes=(
            "Case series of three. Sample: 'three women' (title, abstract) and the restatements 'three "
            "patients' (whole series, no arm). Arms: each numbered case labels its own clauses until the next "
            "case; 'case 2 and case 3 each received a single infusion' is left without arm (two cases, 'each'). "
            "Route: 'through the ovarian arteries' (no guidance in that sentence) and the catheter placed in "
            "each ovarian artery under DSA (interventional radiology); 'from the right femoral artery' is "
            "access only; 'infused slowly per side' names no vessel: no route. 'per side' read as per ovary. "
            "Follow-up: per case (month 4 after the second infusion, 18 months, month 2, 12 months after "
            "treatment, the 6-month visit at which FSH was measured). Traps: ages, '3 months apart' (interval), "
            "'monthly for the first 6 months and every 3 months' (schedule of checks, no fact), 'menses "
            "returned 5 months after' (time to event), 'second infusion' (ordinal of a counted session), "
            "'lost to follow-up', 2 \u00d7 10^6 cells/mL and 20 mL bags (concentration, packaging), FSH > 40 IU/L "
            "on two occasions, 1\u20136 years of amenorrhoea. 'AMH became detectable' read as an increase "
            "(doubtful)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=7,
    ),
]
