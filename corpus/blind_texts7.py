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
            "[[single session|s:1#cell group]]. In all women, serum FSH, E2 and AMH and the antral follicle count (AFC) were "
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
        layout={"columns": 1, "font": "serif"},
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
            "were injected into both treated groups through the [[tail vein|r:iv]] once a week for three weeks "
            "([[three injections|s:3]] in total). Six mice per group were killed [[1 week|f:1,week]] after the "
            "last injection and the rest at [[4 weeks|f:4,week]]. Compared with POF mice, both exosome groups "
            "showed [[lower serum FSH|h:FSH,dec]] and [[higher E2|h:E2,inc]] and [[AMH|h:AMH,inc]] at both time "
            "points; the high-dose group also had [[more antral follicles|h:AFC,inc#high-dose]]. FSH in the "
            "low-dose group had drifted back towards the POF level by [[week 4|f:4,week#low-dose]]. In conclusion, these "
            "data support a dose-dependent benefit of [[hUCMSC|c:uc]] [[exosomes|c:ev]] in POF mice."
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
            "increase (doubtful in mice)."
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
    # ------------------------------------------------------------------ 58
    RealText(
        id="en_blind58_review_routes_doses",
        lang="en",
        kind="review",
        title=(
            "Routes, doses and follow-up of [[mesenchymal stem cell|c:msc]] therapy for premature ovarian "
            "insufficiency: a narrative review"
        ),
        authors="Okafor CE, Brandt J",
        journal=_JOURNAL,
        year=2026,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "We reviewed 23 clinical reports (598 women in total) and 41 animal studies of "
            "[[mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]) and their [[exosomes|c:ev]] in premature ovarian "
            "insufficiency published up to June 2025. [[Intraovarian injection|r:io]] remains the most common "
            "clinical route, usually guided by transvaginal ultrasound, whereas [[intravenous|r:iv@mouse]] delivery "
            "dominates in mice. Follow-up in clinical work rarely exceeds one year, and fewer than half of the "
            "reports give the number of women who completed it."
        ),
        body=[
            "**Clinical studies.** The first pilot study [12] gave autologous [[bone marrow MSCs|c:bm]] by "
            "[[laparoscopic injection into the ovaries|r:io,lap]] of [[ten women|n:10]], two of whom later "
            "conceived; [[FSH fell|h:FSH,dec]] and [[E2 rose|h:E2,inc]] within 3 months in most participants. A "
            "larger single-centre series [13] treated [[61 women|n:61]] with a [[single|s:1]] "
            "[[transvaginal intraovarian injection|r:io,tvus]] of [[5 \u00d7 10^{6}|d:5e6,cells,ovary]] "
            "[[UC-MSCs|c:uc]] per ovary and followed them for a median of [[14 months|f:14,month]] (range "
            "6\u201324); [[AMH improved|h:AMH,inc]] in 22 of the 61, but the [[mean AFC was unchanged|h:AFC,nc]]. "
            "In contrast, Lindgren et al. [14] infused [[1 \u00d7 10^{6} cells/kg|d:1e6,cells/kg,-]] of "
            "[[umbilical cord MSCs|c:uc]] [[intravenously|r:iv]] to [[18 patients|n:18]] as "
            "[[two infusions|s:2]] four weeks apart and found that [[FSH did not decrease|!h:FSH,dec]] over a "
            "[[6-month follow-up|f:6,month]]. Two randomised trials [15, 16], enrolling [[80|n:80]] and "
            "[[120 women|n:120]] respectively, compared [[one|s:1#one]] versus [[two|s:2#two]] "
            "[[intraovarian injections|r:io]] of [[menstrual blood\u2013derived stem cells|c:men]] "
            "([[MenSCs|c:men]]); a second injection [[raised AMH|h:AMH,inc]] further in one trial [15] but not "
            "in the other [16].",
            "**Animal studies.** In mice the [[intravenous route|r:iv@mouse]] predominates: "
            "[[tail-vein|r:iv@mouse]] doses range from [[1 \u00d7 10^{6} to 2 \u00d7 10^{6} cells|d:1e6,cells,-,1e6,2e6@mouse]] "
            "per mouse [17\u201319], and [[exosomes|c:ev@mouse]] are often given "
            "[[intraperitoneally|r:ip@mouse]] [20]. Of the 41 animal studies, 29 induced ovarian damage with "
            "cyclophosphamide, at [[50 to 200 mg/kg|d:50,mg/kg,-,50,200@mouse]] in mice [21], and most killed "
            "the animals [[2 to 4 weeks|f:2,week@mouse]] after the last injection.",
        ],
        notes=(
            "Review paragraph with bracketed citations. Sample: the cited studies' patients (ten women, 61 "
            "women, 18 patients, 80 and 120 women 'respectively' = one per trial); not samples: 23 clinical "
            "reports, 41 animal studies, 29 studies, '598 women in total' (pooled over studies, not one "
            "study's sample - doubtful), '22 of the 61' and 'two of whom' (outcome counts; the denominator is "
            "not marked). Sessions: 'single' [13], 'two infusions' [14], and 'one versus two' [15, 16] as arms "
            "labelled by value (the two trials share the design; doubtful, arms across two citations); 'a "
            "second injection' is an ordinal of counted sessions. Follow-up: 'a median of 14 months' (range "
            "not a second fact), '6-month follow-up', and in mice '2 to 4 weeks' after the last injection "
            "(follow_up has no range fields: value = low, doubtful); 'within 3 months' read as a window (no "
            "fact, doubtful); 'rarely exceeds one year' is a general statement (no fact). Hormones: 'FSH did "
            "not decrease' is a negated decrease; 'but not in the other [16]' (elliptical denial of 'raised "
            "AMH') is left unmarked (doubtful). 'transvaginal intraovarian injection' read as TVUS-guided. "
            "'per mouse' gives per = null; '/kg' keeps per = null."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=7,
    ),
    # ------------------------------------------------------------------ 59
    RealText(
        id="en_blind59_rat_cisplatin_mensc_routes",
        lang="en",
        kind="animal",
        title=(
            "[[Intraovarian|r:io]] versus [[intravenous|r:iv]] [[menstrual blood-derived stem cells|c:men]] in a "
            "cisplatin-induced rat model of ovarian insufficiency"
        ),
        authors="Sokolova E, Mbeki N, Carvalho R, Yuen TW",
        journal=_JOURNAL,
        year=2025,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "**Aim:** To compare two delivery routes of [[menstrual blood-derived stem cells|c:men]] "
            "([[MenSCs|c:men]]) in rats with cisplatin-induced ovarian damage. **Methods:** Forty Sprague-Dawley "
            "rats received cisplatin [[2 mg/kg|d:2,mg/kg,-]] [[intraperitoneally|r:ip]] for 7 consecutive days. "
            "Thirty rats with disrupted oestrous cycles were then divided into a model group (n = 10); an "
            "[[intraovarian|r:io#IO group]] (IO) group (n = 10), in which "
            "[[5 \u00d7 10^{5}|d:5e5,cells,ovary#IO group]] [[MenSCs|c:men#IO group]] were "
            "[[injected directly into each ovary|r:io#IO group]] through a dorsal incision; and an "
            "[[intravenous|r:iv#IV group]] (IV) group (n = 10), given [[2 \u00d7 10^{6}|d:2e6,cells,-#IV group]] "
            "[[MenSCs|c:men#IV group]] [[via the tail vein|r:iv#IV group]]. Each treated rat received "
            "cells [[only once|s:1]]. Serum hormones were measured 2, 4 and [[8 weeks|f:8,week]] after transplantation. "
            "**Results:** At [[week 8|f:8,week#IO group]], [[FSH was lower|h:FSH,dec#IO group]] and "
            "[[AMH higher|h:AMH,inc#IO group]] in the IO group than in the model group (both P < 0.01), whereas in "
            "the IV group [[the decrease in FSH was not significant|!h:FSH,dec#IV group]] and "
            "[[E2 was not altered|h:E2,nc#IV group]]. PKH26-labelled cells persisted in IO ovaries for up to 14 "
            "days. **Conclusion:** [[Local injection|r:io]] gave a larger and longer-lasting endocrine effect "
            "than systemic delivery of the same cells."
        ),
        body=[
            "[[MenSCs|c:men]] were isolated from the menstrual blood of three healthy donors and used at "
            "passages 3\u20135 (CD73+, CD90+, CD105+, CD45\u2212). For injection, cells were suspended at "
            "2.5 \u00d7 10^{7} cells/mL. The model was confirmed by irregular vaginal smears over 10 days.",
            ("table", "Table 1. Serum hormones (mean \u00b1 SD) 2, 4 and [[8 weeks|f:8,week]] after "
             "transplantation",
             [["Group", "Hormone", "Week 2", "Week 4", "[[Week 8|f:8,week]]"],
              ["Model", "FSH (IU/L)", "11.8 \u00b1 1.9", "12.4 \u00b1 2.1", "12.1 \u00b1 2.3"],
              ["IO", "FSH (IU/L)", "9.1 \u00b1 1.6", "8.0 \u00b1 1.4", "7.6 \u00b1 1.5"],
              ["IV", "FSH (IU/L)", "10.2 \u00b1 1.8", "10.9 \u00b1 2.0", "11.3 \u00b1 2.2"],
              ["IO", "AMH (ng/mL)", "2.1 \u00b1 0.5", "2.6 \u00b1 0.6", "2.9 \u00b1 0.6"],
              ["IV", "E2 (pg/mL)", "18.4 \u00b1 4.0", "19.0 \u00b1 4.4", "18.7 \u00b1 3.9"]],
             [0.16, 0.24, 0.2, 0.2, 0.2]),
        ],
        species="rat",
        notes=(
            "Rat study; all facts rat. Sample size: none (forty rats, thirty rats, n = 10 per group are "
            "animals). Arms: IO group and IV group named with their routes; the route word in each group's "
            "name is marked as that group's route (doubtful: a group name), and the clause after 'in which' / "
            "'given' carries the arm. 'Each rat was treated only once' speaks of every group: no arm. "
            "Follow-up: the list '2, 4 and 8 weeks after transplantation' gives one fact (8 weeks), in the "
            "abstract and in the table caption; 'At week 8' is the time of the IO group's result; the column "
            "head 'Week 8' is marked like the last of a list of time points (doubtful). Traps: cisplatin "
            "'for 7 consecutive days' (duration of daily dosing: no sessions fact), PKH26 cells 'for up to 14 "
            "days' (engraftment, not follow-up), 2.5 \u00d7 10^7 cells/mL (concentration), 10 days of smears, "
            "'the decrease in FSH was not significant' read as a denied decrease, 'systemic delivery' (no "
            "route id), 'Local injection' = intraovarian. Table cells are numbers only (no direction)."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=7,
    ),
    # ------------------------------------------------------------------ 60
    RealText(
        id="en_blind60_phase1_dose_escalation",
        lang="en",
        kind="clinical",
        title=(
            "Escalating doses of [[umbilical cord MSCs|c:uc]] "
            "[[delivered laparoscopically to the ovaries|r:io,lap]] in premature ovarian insufficiency: a "
            "phase I study"
        ),
        authors="Ferreira-Lund M, Yadav P, Koenig H",
        journal=_JOURNAL,
        year=2026,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "**Objective:** To establish the safety of three dose levels of "
            "[[human umbilical cord mesenchymal stem cells|c:uc]] ([[hUC-MSCs|c:uc]]) "
            "[[injected into the ovaries at laparoscopy|r:io,lap]]. **Design:** Open-label, 3 + 3 "
            "dose-escalation study. **Patients and intervention:** [[Nine women|n:9]] with POI (serum FSH "
            "\u2265 40 IU/L, AMH < 0.5 ng/mL) were enrolled, [[three per dose level|n:3]]: "
            "[[5 \u00d7 10^{6}|d:5e6,cells,ovary#5\u00d710^6]], [[1 \u00d7 10^{7}|d:1e7,cells,ovary#1\u00d710^7]] and "
            "[[2 \u00d7 10^{7} cells|d:2e7,cells,ovary#2\u00d710^7]] per ovary. Each patient received "
            "[[one injection|s:1]]. **Main outcome measures:** Adverse events, FSH, E2, AMH and AFC until "
            "[[week 48|f:48,week]]. **Results:** No dose-limiting toxicity occurred. Over a median follow-up of "
            "[[11 months|f:11,month]] (IQR 9\u201312), [[FSH decreased|h:FSH,dec]] in six of the nine women; "
            "[[AFC increased|h:AFC,inc#2\u00d710^7]] in the top-dose cohort only, and "
            "[[AMH remained undetectable|h:AMH,nc#5\u00d710^6]] throughout the lowest-dose cohort. One woman "
            "conceived after IVF with her own oocytes. **Conclusion:** Up to [[2 \u00d7 10^{7}|d:2e7,cells,ovary]] "
            "[[hUC-MSCs|c:uc]] per ovary were well tolerated."
        ),
        body=[
            "**Cell product and procedure.** [[hUC-MSCs|c:uc]] were expanded from the Wharton's jelly of a "
            "single donor and cryopreserved at passage 3; on the day of surgery they were thawed, washed and "
            "resuspended at 1 \u00d7 10^{7} cells/mL. Under general anaesthesia, the cell suspension "
            "([[0.5|d:0.5,mL,ovary#5\u00d710^6]], [[1|d:1,mL,ovary#1\u00d710^7]] or "
            "[[2 mL|d:2,mL,ovary#2\u00d710^7]] per ovary, according to cohort) was "
            "[[injected into the ovarian cortex|r:io,lap]] at three sites with a 22-gauge laparoscopic needle. "
            "Cohorts were treated in sequence, each after a 4-week observation window for the previous one. "
            "Visits were scheduled at weeks 1, 4, 12, 24 and [[48|f:48,week]] after surgery.",
            "**Hormones.** At [[postoperative month 6|f:6,month]], [[FSH had fallen|h:FSH,dec]] from a median "
            "of 71 to 46 IU/L and [[E2 had risen|h:E2,inc]] from 12 to 35 pg/mL; these changes were no longer "
            "significant at the final visit.",
        ],
        notes=(
            "Phase I 3 + 3 single-arm dose escalation; the three dose levels are arms labelled by value "
            "(5\u00d710^6, 1\u00d710^7, 2\u00d710^7); 'top-dose cohort' and 'lowest-dose cohort' are those arms; "
            "the volumes 0.5/1/2 mL 'according to cohort' are given one to one, so they carry the same arms. "
            "Sample: 'Nine women' and 'three per dose level' (a count for every arm: no arm); 'six of the "
            "nine women' and 'One woman conceived' are outcome counts. Follow-up: 'until week 48' (planned "
            "observation), 'a median follow-up of 11 months' (IQR not marked), the visit list gives its last "
            "point (48, marked on the number), 'postoperative month 6' (time FSH was measured). Traps: FSH "
            "\u2265 40 IU/L and AMH < 0.5 ng/mL (eligibility), 3 + 3 (design), '4-week observation window' "
            "(interval between cohorts, not follow-up), 1 \u00d7 10^7 cells/mL (concentration), passage 3, "
            "'at three sites' (not sessions), 'no longer significant at the final visit' (no value). The "
            "conclusion's dose has no arm (a statement about the range tolerated; doubtful)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=7,
    ),
    # ------------------------------------------------------------------ 61
    RealText(
        id="en_blind61_knee_oa_admsc_rct",
        lang="en",
        kind="clinical",
        title=(
            "Intra-articular [[adipose-derived mesenchymal stem cells|c:ad]] for knee osteoarthritis: a "
            "randomised, placebo-controlled trial"
        ),
        authors="Moreau L, Santos-Ibarra J, Whitfield A",
        journal=_JOURNAL,
        year=2025,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "**Background:** Autologous adipose tissue is an accessible source of stromal cells for "
            "degenerative joint disease. **Methods:** In this double-blind trial, [[96 patients|n:96]] with "
            "Kellgren\u2013Lawrence grade II\u2013III knee osteoarthritis were randomly allocated to a "
            "[[single|s:1]] intra-articular injection of autologous [[adipose-derived MSCs|c:ad]] "
            "([[AD-MSCs|c:ad]]; [[5 \u00d7 10^{7} cells|d:5e7,cells,-]] in [[3 mL|d:3,mL,-]]; "
            "[[n = 48|n:48]]) or of saline ([[n = 48|n:48]]). Pain (WOMAC, VAS) and cartilage volume on MRI "
            "were assessed at 1, 3, 6 and [[12 months|f:12,month]]. **Results:** Eighty-nine patients (93%) "
            "attended the [[12-month visit|f:12,month]]. WOMAC pain fell by 42% in the "
            "[[AD-MSC|c:ad#AD-MSC group]] group versus 15% with placebo (P < 0.001), and cartilage volume did "
            "not decline. Knee effusion, the commonest adverse event, settled within 7 days. "
            "**Conclusion:** [[One injection|s:1]] of [[AD-MSCs|c:ad]] relieved knee pain for at least a year."
        ),
        body=[
            "**Intervention and follow-up.** About 60 mL of abdominal fat was harvested under local "
            "anaesthesia, and [[AD-MSCs|c:ad]] were expanded for 3 weeks to passage 2 and suspended at "
            "1.7 \u00d7 10^{7} cells/mL. The injection was given into the suprapatellar recess under ultrasound "
            "guidance. Patients were followed for [[12 months|f:12,month]]; four patients in the "
            "[[AD-MSC|c:ad#AD-MSC group]] group and three in the placebo group withdrew. Because oestrogen "
            "deficiency has been linked to cartilage loss, serum estradiol was checked in both groups at baseline "
            "and at [[6 months|f:6,month]] in the 51 postmenopausal women; [[estradiol did not change|h:E2,nc]] in "
            "either group.",
        ],
        notes=(
            "Another disease (knee osteoarthritis): facts are marked only where the contract has a value. "
            "Intra-articular injection and ultrasound guidance into the knee have no route/guidance id: not "
            "marked; WOMAC, VAS and cartilage volume are not hormones. Sample: 96 patients and the two per-arm "
            "counts 'n = 48' (groups described only by what they received: no arm); 'Eighty-nine patients "
            "(93%) attended' (completers, a larger count is stated), withdrawals and the 51 postmenopausal "
            "women (a subgroup) are not samples. Arms: 'AD-MSC group' carries its cell type. Follow-up: visit "
            "list (12 months), the '12-month visit' attended, 'followed for 12 months', and 'at 6 months' "
            "(estradiol measured). E2 'did not change in either group' is a no_change without arm. Traps: "
            "60 mL of fat (harvest), 1.7 \u00d7 10^7 cells/mL (concentration), 'within 7 days' (adverse event "
            "window), 'for at least a year' (duration of relief, left unmarked: doubtful), KL grades, 42% and "
            "15%."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=7,
    ),
    # ------------------------------------------------------------------ 62
    RealText(
        id="en_blind62_prp_retrospective_sessions",
        lang="en",
        kind="clinical",
        title=(
            "Autologous platelet-rich plasma [[injected into the ovaries|r:io]] of women with diminished "
            "ovarian reserve: a retrospective cohort of [[112 women|n:112]]"
        ),
        authors="Giordano E, Haddad R, Kowalczyk B",
        journal=_JOURNAL,
        year=2024,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "**Objective:** To compare AMH, FSH and the antral follicle count (AFC) after [[one|s:1]] or "
            "[[two sessions|s:2]] of [[intraovarian|r:io]] platelet-rich plasma (PRP) in women with diminished "
            "ovarian reserve (DOR; AMH < 1.1 ng/mL or AFC < 5). **Methods:** We retrospectively reviewed all "
            "women given [[intraovarian|r:io]] PRP at our clinic between January 2019 and December 2023. After "
            "9 women without post-treatment hormone values had been excluded, [[112 women|n:112]] (224 ovaries) "
            "were analysed: [[71|n:71#one]] had [[one session|s:1#one]] and [[41|n:41#two]] had "
            "[[two sessions|s:2#two]] six weeks apart. At each session, women in both groups received [[4 mL|d:4,mL,ovary]] of "
            "calcium-activated PRP [[injected into each ovary under transvaginal ultrasound guidance|r:io,tvus]]. "
            "Hormones and AFC were recorded before PRP and 2, 4 and [[6 months|f:6,month]] afterwards. "
            "**Results:** Mean age was 38.6 \u00b1 3.9 years and mean baseline AMH 0.58 \u00b1 0.29 ng/mL. In the "
            "two-session group [[AMH increased|h:AMH,inc#two]] to 0.88 \u00b1 0.40 ng/mL at "
            "[[4 months|f:4,month#two]] (P = 0.01) and [[the AFC rose|h:AFC,inc#two]] by 1.7 follicles, whereas "
            "in women treated [[once|s:1#one]] [[AMH was unchanged|h:AMH,nc#one]]. [[FSH decreased|h:FSH,dec]] "
            "slightly in both groups at [[2 months|f:2,month]] and was back at baseline by "
            "[[6 months|f:6,month]]. Thirteen women conceived (nine spontaneously, four after IVF). "
            "**Conclusion:** [[Two sessions|s:2]] may be needed to [[raise AMH|h:AMH,inc]] in women with DOR."
        ),
        body=[
            "**PRP preparation and observation.** At each session 40 mL of venous blood was drawn into citrate "
            "tubes and centrifuged twice (300 g for 10 min, then 700 g for 17 min); the platelet pellet, about "
            "4.5 times the whole-blood platelet count, was activated with 10% calcium gluconate just before "
            "injection. Women were followed until a pregnancy or for at least [[6 months|f:6,month]]; the median "
            "observation period was [[7.5 months|f:7.5,month]]. In the two-session group the second session "
            "followed the first by 6 weeks.",
        ],
        notes=(
            "Retrospective cohort, PRP (not a cell type: no cell_type facts). Sample: '112 women' (title, "
            "methods) is the sample (the cohort before exclusions is not stated; '9 women ... excluded' is "
            "not a sample); '224 ovaries' is not; the two session groups are arms labelled by value ('71 had "
            "one session and 41 had two sessions' -> arms 'one' and 'two'; 'the two-session group' and "
            "'women treated once' are the same arms). The objective's 'one or two sessions' and the "
            "conclusion's 'Two sessions' carry no arm. Follow-up: time-point list (6 months), 'at 4 months' "
            "(arm two), 'at 2 months' and 'by 6 months' (both groups), 'for at least 6 months' and 'the median "
            "observation period was 7.5 months'. Traps: AMH < 1.1 ng/mL, AFC < 5 (definition), baseline AMH, "
            "age, 2019-2023, 'six weeks apart' / 'followed the first by 6 weeks' (interval), 'centrifuged "
            "twice' (not sessions), 40 mL of venous blood (harvest), 4.5 times, 10% calcium gluconate, "
            "'second session' (ordinal of counted sessions), thirteen / nine / four pregnancies (outcome "
            "counts). 'was back at baseline' gives no direction: no hormone fact."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=7,
    ),
    # ------------------------------------------------------------------ 63
    RealText(
        id="zh_blind63_rct_ucmsc_hrt",
        lang="zh",
        kind="clinical",
        title=(
            "[[经阴道超声引导下卵巢内注射|r:io,tvus]][[脐带间充质干细胞|c:uc]]联合激素替代治疗早发性卵巢功能不全的"
            "临床观察"
        ),
        authors="刘晓雯, 何建平, 宋佳宁, 冯立群",
        journal=_JOURNAL,
        year=2024,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "目的 探讨[[人脐带间充质干细胞|c:uc]]（[[hUC-MSCs|c:uc]]）[[卵巢内移植|r:io]]联合激素替代治疗（HRT）对"
            "早发性卵巢功能不全（POI）患者性激素及卵巢储备的影响。方法 选取2020年1月至2022年6月我院生殖中心收治的"
            "POI患者[[68例|n:68]]，按随机数字表法分为观察组和对照组，[[各34例|n:34]]。对照组予戊酸雌二醇片联合地屈孕酮"
            "序贯治疗3个周期；观察组在此基础上"
            "[[经阴道超声引导下向双侧卵巢内各注射|r:io,tvus#观察组]][[hUC-MSCs|c:uc#观察组]]"
            "[[1×10^{7}个|d:1e7,cells,ovary#观察组]]（[[1 mL|d:1,mL,ovary#观察组]]），[[共2次|s:2#观察组]]，"
            "间隔1个月。两组于治疗前及末次移植后1、3、[[6个月|f:6,month]]检测血清FSH、LH、E2、AMH及窦卵泡数（AFC）。"
            "结果 观察组失访3例、对照组失访2例，最终63例完成随访。末次移植后[[3个月|f:3,month]]，观察组"
            "[[FSH|h:FSH,dec#观察组]]、[[LH较治疗前明显下降|h:LH,dec#观察组]]，[[AMH|h:AMH,inc#观察组]]、"
            "[[AFC升高|h:AFC,inc#观察组]]（P<0.05）；对照组[[AMH较治疗前差异无统计学意义|h:AMH,nc#对照组]]。"
            "[[随访6个月|f:6,month]]，观察组月经恢复11例，其中妊娠2例（自然妊娠1例）。结论 [[hUC-MSCs|c:uc]]"
            "[[卵巢内注射|r:io]]可[[降低FSH水平|h:FSH,dec]]、[[提高AMH水平|h:AMH,inc]]，安全性良好。"
        ),
        body=[
            "1.2 纳入标准 ①年龄18~40岁；②停经≥4个月，间隔4周以上2次检测血清FSH>25 U/L；③染色体核型正常。排除卵巢"
            "手术史及自身免疫性疾病患者。1.3 细胞制备与移植 [[hUC-MSCs|c:uc]]由本院干细胞制备中心提供，取第3~5代"
            "细胞，活率>95%，以生理盐水配制成1×10^{7}个/mL的悬液。患者取膀胱截石位，静脉麻醉下于经阴道超声引导下"
            "以17 G取卵针穿刺卵巢皮质，[[每侧卵巢分2~3点注射|r:io,tvus]]。2.1 基线资料 两组年龄、病程及基线FSH"
            "［（62.3±14.8）vs（60.9±15.2）U/L］比较，差异均无统计学意义（P>0.05），具有可比性。",
        ],
        notes=(
            "随机对照（观察组/对照组）。Sample: 68例 (whole study) and 各34例 (a count for every arm: no arm); "
            "失访3例/2例 and 最终63例完成随访 (completers, a larger count is stated) are not samples; 月经恢复11例, "
            "妊娠2例, 自然妊娠1例 are outcome counts. Arms: the observation group's regimen (route with TVUS, "
            "cells, dose per ovary from 各注射, 1 mL, 共2次) and its hormone changes; 对照组 AMH 差异无统计学意义 is "
            "a no_change of the control arm (HRT-treated). Follow-up: 末次移植后1、3、6个月 (list: the last), "
            "末次移植后3个月 (time of the results; the sentence holds both groups, so no arm: doubtful), 随访6个月 "
            "(opens a follow-up sentence: no arm). Traps: 序贯治疗3个周期 (HRT course), 间隔1个月 (interval), "
            "停经≥4个月 and FSH>25 U/L with 2次检测 (diagnosis, not sessions), 1×10^7个/mL (concentration), "
            "第3~5代, 静脉麻醉 (anaesthesia, not a route), 2~3点 (injection points, not sessions), baseline FSH "
            "comparison 差异均无统计学意义 (no hormone change). The conclusion's changes have no arm."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=7,
    ),
    # ------------------------------------------------------------------ 64
    RealText(
        id="zh_blind64_rat_tripterygium_bmsc_exos",
        lang="zh",
        kind="animal",
        title="[[骨髓间充质干细胞|c:bm]]来源[[外泌体|c:ev]]对雷公藤多苷诱导的卵巢早衰大鼠性激素水平的影响",
        authors="周敏, 韩雪松, 李佩瑶",
        journal=_JOURNAL,
        year=2025,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "目的：观察大鼠[[骨髓间充质干细胞|c:bm]]（[[BMSCs|c:bm]]）来源[[外泌体|c:ev]]（[[BMSC|c:bm]]-[[Exos|c:ev]]）"
            "[[尾静脉注射|r:iv]]对卵巢早衰（POF）大鼠卵巢功能的影响。方法：SPF级雌性SD大鼠40只，随机取10只作为正常组，"
            "其余30只以雷公藤多苷[[50 mg/(kg·d)|d:50,mg/kg,-]]灌胃14 d建立POF模型；造模成功后随机分为模型组、"
            "低剂量组和高剂量组，每组10只。低、高剂量组分别[[经尾静脉注射|r:iv]][[BMSC|c:bm]]-[[Exos|c:ev]]"
            "[[100 μg|d:100,ug,-#低剂量组]]、[[200 μg|d:200,ug,-#高剂量组]]（溶于[[0.5 mL|d:0.5,mL,-]] PBS），"
            "每3天1次，[[共4次|s:4]]；正常组与模型组注射等体积PBS。末次注射后[[第14天|f:14,day]]处死各组大鼠，ELISA法"
            "检测血清FSH、E2、AMH水平，HE染色计数各级卵泡。结果：与模型组比较，高剂量组"
            "[[FSH显著降低|h:FSH,dec#高剂量组]]，[[E2|h:E2,inc#高剂量组]]、[[AMH显著升高|h:AMH,inc#高剂量组]]"
            "（P<0.01），[[窦卵泡数增多|h:AFC,inc#高剂量组]]；低剂量组[[E2升高|h:E2,inc#低剂量组]]（P<0.05），"
            "[[FSH虽有下降但差异无统计学意义|h:FSH,nc#低剂量组]]（P>0.05）。结论：[[BMSC|c:bm]]-[[Exos|c:ev]]"
            "可剂量依赖性地改善POF大鼠的卵巢内分泌功能。"
        ),
        body=[
            "1.3 外泌体的提取与鉴定 取第3代[[BMSCs|c:bm]]，融合度达80%时换用无血清培养基继续培养48 h，收集上清，"
            "以超速离心法提取[[外泌体|c:ev]]。透射电镜下呈杯状囊泡，粒径40~120 nm，Western blot示CD9、CD81阳性；"
            "BCA法测得蛋白浓度为2 μg/μL。",
            "2.2 各组大鼠血清性激素水平 末次注射后[[第14天|f:14,day]]检测各组血清激素：模型组FSH较正常组明显升高，E2、AMH明显降低"
            "（P<0.01），提示造模成功。高剂量组[[FSH明显低于模型组|h:FSH,dec#高剂量组]]［（18.6±3.2）vs"
            "（29.4±4.1）U/L］，[[AMH较模型组升高|h:AMH,inc#高剂量组]]约1.8倍；低剂量组"
            "[[AMH与模型组比较差异无统计学意义|h:AMH,nc#低剂量组]]。",
        ],
        species="rat",
        notes=(
            "大鼠 study; every fact rat. No sample_size (40只, 10只, 30只, 每组10只 are animals). Model: "
            "雷公藤多苷 50 mg/(kg·d) by gavage for 14 d: a model-drug dose (unit read as mg/kg; doubtful), "
            "灌胃 has no route id, 14 d is a duration of daily dosing (no sessions fact). Arms: 低、高剂量组分别 "
            "with one value each -> arms (labelled by the names first given in the group list, 低剂量组 / "
            "高剂量组); route, exosomes, 0.5 mL and 共4次 are shared by both (no arm). Follow-up: 末次注射后第14天 "
            "(sacrifice / measurement, twice). Traps: 每3天1次 (frequency), 等体积PBS (vehicle), model-vs-normal "
            "changes in 2.2 (validation of the model: no fact), 48 h culture, 40~120 nm, 2 μg/μL "
            "(concentration), 第3代 (passage). BMSC-Exos is split into two mentions (BMSC + Exos); in-vitro "
            "BMSCs as the exosome source are marked as cell mentions (doubtful). 虽有下降但差异无统计学意义 read as "
            "no_change (the English set reads 'the decrease was not significant' as a denied decrease; both "
            "doubtful). 窦卵泡数增多 (histology) read as an AFC increase (doubtful)."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=7,
    ),
    # ------------------------------------------------------------------ 65
    RealText(
        id="zh_blind65_cirrhosis_ucmsc_iv",
        lang="zh",
        kind="clinical",
        title="[[脐带间充质干细胞|c:uc]][[经外周静脉输注|r:iv]]治疗失代偿期乙型肝炎肝硬化的临床观察",
        authors="邓志刚, 罗晓燕, 孔令辉",
        journal=_JOURNAL,
        year=2023,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "【摘要】目的 评价[[脐带间充质干细胞|c:uc]]（[[UC-MSC|c:uc]]）输注治疗失代偿期乙型肝炎肝硬化的安全性和"
            "疗效。方法 回顾性分析2018年3月至2021年12月我院感染科收治的失代偿期乙肝肝硬化患者[[86例|n:86]]，其中"
            "[[42例|n:42#干细胞组]]在恩替卡韦抗病毒基础上接受[[UC-MSC|c:uc#干细胞组]]治疗（干细胞组），"
            "[[44例|n:44#对照组]]仅接受抗病毒及保肝治疗（对照组）。干细胞组[[经肘静脉输注|r:iv#干细胞组]]"
            "[[UC-MSC|c:uc#干细胞组]]，每次[[1×10^{6}个/kg|d:1e6,cells/kg,-#干细胞组]]，每4周1次，"
            "[[共4次|s:4#干细胞组]]。两组于治疗前及首次输注后4、12、24、[[48周|f:48,week]]复查肝功能、凝血功能及"
            "终末期肝病模型（MELD）评分。结果 [[随访48周|f:48,week]]，干细胞组失访5例、对照组失访3例。干细胞组血清"
            "白蛋白较治疗前升高，总胆红素及MELD评分下降（P<0.05）；对照组上述指标变化不明显。两组均未发生严重不良反应。"
            "结论 [[UC-MSC|c:uc]][[经外周静脉输注|r:iv]]安全可行，可改善失代偿期肝硬化患者的肝功能。"
        ),
        body=[
            "2.3 性激素变化 男性肝硬化患者常伴高雌激素血症。干细胞组中男性患者31例，治疗后[[24周|f:24,week#干细胞组]]"
            "血清[[雌二醇较治疗前下降|h:E2,dec#干细胞组]]［（186.4±52.7）vs（241.9±60.3）pmol/L，P=0.012］，睾酮"
            "升高；对照组男性患者[[雌二醇无明显变化|h:E2,nc#对照组]]（P=0.47）。",
            "2.4 不良反应 干细胞组2例输注后出现一过性发热（体温<38.5 ℃），均于24 h内自行缓解，未予特殊处理；"
            "无过敏反应及肝功能恶化病例。",
        ],
        notes=(
            "Another disease (decompensated hepatitis B cirrhosis): facts marked only where the contract has "
            "a value. Sample: 86例 (retrospective cohort), 42例 (干细胞组) and 44例 (对照组) with the group "
            "name in brackets after the clause; 失访5例/3例, 男性患者31例 (a subgroup) and 2例 (adverse events) "
            "are not samples. Regimen: 经肘静脉输注 = intravenous, 1×10^6个/kg (per null for /kg even with 每次), "
            "共4次 (每4周1次 is the frequency). Follow-up: the list 4、12、24、48周 (last), 随访48周, 治疗后24周 "
            "(E2 measured). Hormones: only E2 has a contract id (estradiol falls in treated men: a change after "
            "the intervention; the control arm's 无明显变化 is a no_change of that arm); albumin, bilirubin, "
            "MELD and testosterone are not contract hormones. Traps: 男性肝硬化患者常伴高雌激素血症 (the disease, "
            "no fact), 首次输注 (ordinal of counted sessions), 'UC-MSC输注' (no vessel: no route), 恩替卡韦 (no "
            "dose), 体温<38.5 ℃, 24 h内 (window)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=7,
    ),
    # ------------------------------------------------------------------ 66
    RealText(
        id="zh_blind66_review_routes_doses",
        lang="zh",
        kind="review",
        title="[[间充质干细胞|c:msc]]治疗卵巢早衰的给药途径与剂量研究进展",
        authors="黄思远, 钱雅琴",
        journal=_JOURNAL,
        year=2026,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "【摘要】卵巢早衰（POF）指女性40岁前出现闭经，伴FSH>40 U/L及雌激素水平低下。"
            "[[间充质干细胞|c:msc]]（[[MSCs|c:msc]]）移植是近年来的研究热点。本文就[[MSCs|c:msc]]的来源、给药途径"
            "（[[卵巢局部注射|r:io]]、[[卵巢动脉介入|r:oa,ir]]、[[静脉输注|r:iv]]）、剂量及疗效评价作一综述。"
        ),
        body=[
            "2.1 卵巢局部注射 陈等^{[18]}对[[15例|n:15]]POF患者在腹腔镜下将自体[[骨髓间充质干细胞|c:bm]]"
            "（[[BMSCs|c:bm]]）[[注射入双侧卵巢|r:io,lap]]，每侧[[5×10^{6}个|d:5e6,cells,ovary]]，"
            "[[术后随访1年|f:1,year]]，2例恢复月经，其中1例自然妊娠；患者[[FSH水平下降|h:FSH,dec]]，"
            "[[E2升高|h:E2,inc]]。赵等^{[19]}在经阴道超声引导下[[向每侧卵巢注入|r:io,tvus]][[脐带MSC|c:uc]]"
            "[[1×10^{7}个|d:1e7,cells,ovary]]，[[共3次|s:3]]（每次间隔1个月），[[随访半年|f:0.5,year]]，"
            "[[AMH较治疗前无明显变化|h:AMH,nc]]，但[[AFC增加|h:AFC,inc]]。",
            "2.2 卵巢动脉介入 孙等^{[20]}在DSA引导下经股动脉穿刺，[[插管至双侧卵巢动脉|r:oa,ir]]后缓慢注入"
            "[[UC-MSCs|c:uc]][[5×10^{7}个|d:5e7,cells,-]]；纳入的[[23例|n:23]]患者中19例完成"
            "[[术后6个月|f:6,month]]复查，[[FSH由（78.5±20.1）U/L降至|h:FSH,dec]]（49.3±18.6）U/L。另有研究^{[21]}"
            "比较了[[单次|s:1#单次]]与[[2次|s:2#2次]]介入移植，发现第2次移植后[[AMH进一步升高|h:AMH,inc]]。",
            "2.3 动物实验 在动物实验中，小鼠[[尾静脉注射|r:iv@mouse]][[经血干细胞|c:men@mouse]]"
            "（[[MenSCs|c:men@mouse]]）的剂量多为[[1×10^{6}个/只|d:1e6,cells,-@mouse]]^{[22,23]}，大鼠则多采用"
            "[[腹腔注射|r:ip@rat]][[外泌体|c:ev@rat]]^{[24]}。一项纳入9项研究、共312例患者的Meta分析^{[25]}显示，"
            "干细胞治疗后[[FSH降低|h:FSH,dec]]、[[AMH升高|h:AMH,inc]]，但各研究随访时间（3~24个月）差异较大，"
            "多数研究样本量不足30例。",
        ],
        notes=(
            "综述 citing ^[18]-^[25]. Sample: the cited studies' patients (15例, 23例); not samples: 2例/1例 "
            "(outcomes), 19例完成术后6个月复查 (completers of a stated larger count), 9项研究, 共312例患者 of a "
            "meta-analysis (pooled over studies, doubtful), 不足30例 (a threshold). Follow-up: 术后随访1年, "
            "随访半年 (0.5 year), 术后6个月复查 (time of measurement); 各研究随访时间（3~24个月） is a range over "
            "studies, left unmarked (doubtful). Sessions: 共3次; 单次 vs 2次 as arms labelled by value (a cited "
            "two-arm comparison); 第2次移植 is an ordinal of counted sessions; '介入移植' names no vessel (no "
            "route). Routes: 注射入双侧卵巢 with 腹腔镜下 in the same sentence, 向每侧卵巢注入 with TVUS, "
            "插管至双侧卵巢动脉 with DSA (经股动脉穿刺 is access only), the abstract's list of routes (general, "
            "卵巢动脉介入 read with interventional guidance). 每侧 gives per ovary; 个/只 per null. Traps: FSH>40 "
            "U/L and 雌激素水平低下 (definition), 每次间隔1个月 (interval), 干细胞治疗 (generic). The animal "
            "sentence's facts carry mouse / rat as written; the meta-analysis changes carry none. "
            "AMH进一步升高 after the second session is a comparison of arms (no arm; doubtful)."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=7,
    ),
]
