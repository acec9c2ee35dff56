"""Invented papers for litx, thirteenth batch, written by an annotator who had not seen its rules.

These are the development part of the invented papers (studied and tuned on, unlike
corpus/heldout_texts.py).  Fourteen short texts, seven English and seven Chinese, shaped like
real abstracts and methods/results passages; four of them are about cell, exosome or PRP
therapy for a condition other than ovarian insufficiency and are marked only where the
contract has a value.  The emphasis of the batch is follow-up and assessment times, numbers of
sessions and sample sizes, each said in the many ways real authors say them.  All names and
numbers are invented; the fact marks follow corpus/ANNOTATION.md.
"""

from __future__ import annotations

try:
    from real_texts import RealText
except ImportError:  # pragma: no cover - imported as corpus.blind_texts13
    from corpus.real_texts import RealText

_LICENCE = "CC BY 4.0 (written for litx)"
_JOURNAL = "litx blind set"

BLIND13: list[RealText] = [
    # ------------------------------------------------------------------ 133
    RealText(
        id="en_blind133_rct_one_vs_two_injections",
        lang="en",
        kind="clinical",
        title=(
            "Timing of the ovarian response after [[umbilical cord mesenchymal stromal cells|c:uc]] "
            "in premature ovarian insufficiency: a randomised, assessor-blinded trial"
        ),
        authors="Maren Holt, Dinh Q. Bao, Sofia Arnaud",
        journal=_JOURNAL,
        year=2025,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "Background: Cell injection into the ovary is being tried in premature ovarian insufficiency "
            "(POI), but whether a second procedure adds anything to the first is unknown.\n"
            "Methods: In this assessor-blinded trial, [[sixty-four women|n:64]] aged 26-39 years with POI "
            "(amenorrhoea for at least 4 months and FSH >25 IU/L on two occasions at least 4 weeks apart) "
            "were randomised 1:1 to a [[single-injection|s:1#single-injection arm]] arm or a "
            "[[two-injection|s:2#two-injection arm]] arm. All received [[1 × 10^7|d:1e7,cells,ovary]] "
            "[[human umbilical cord mesenchymal stromal cells|c:uc]] ([[hUC-MSCs|c:uc]]) in "
            "[[1 mL|d:1,mL,ovary]] saline per ovary by "
            "[[transvaginal ultrasound-guided intraovarian injection|r:io,tvus]]; the "
            "[[two-injection|s:2#two-injection arm]] arm received the same dose again 8 weeks later. "
            "Visits were scheduled at [[weeks 4, 12, 24 and 48|f:48,week]] after the first injection. "
            "The primary outcome was serum AMH at [[week 24|f:24,week]].\n"
            "Results: Seventy-one women were screened; [[64|n:64]] were randomised "
            "([[32 per arm|n:32]]) and 57 were analysed (single, n = 29; two-injection, n = 28), seven "
            "having withdrawn before week 24. AMH [[rose|h:AMH,inc#two-injection arm]] from 0.08 ± 0.05 "
            "to 0.21 ± 0.14 ng/mL in the [[two-injection|s:2#two-injection arm]] arm by "
            "[[week 24|f:24,week#two-injection arm]] (P = 0.003). In the "
            "[[single-injection|s:1#single-injection arm]] arm it "
            "[[did not change significantly|h:AMH,nc#single-injection arm]] (0.09 ± 0.06 vs "
            "0.11 ± 0.08 ng/mL; P = 0.31). FSH [[fell|h:FSH,dec]] in both arms, with no between-arm "
            "difference (P = 0.47), and the antral follicle count was [[unchanged|h:AFC,nc]] at "
            "[[48 weeks|f:48,week]]. Four women resumed menses and one conceived spontaneously.\n"
            "Conclusions: A second injection given 8 weeks after the first [[raised|h:AMH,inc]] AMH "
            "modestly; whether this matters for fertility needs a larger trial."
        ),
        body=[
            "Intervention. Cells (passage 4; viability above 92%) came from one GMP-certified donor "
            "line and were thawed on the morning of the procedure. Under propofol sedation a 17-gauge "
            "needle was [[guided transvaginally into each ovary|r:io,tvus]] and the suspension was "
            "spread through the cortex in three passes. Women in the "
            "[[two-injection|s:2#two-injection arm]] arm returned 8 weeks after the first procedure "
            "for an identical second injection; those in the "
            "[[single-injection|s:1#single-injection arm]] arm had a sham visit with ultrasound only. "
            "Blood for FSH, LH, oestradiol and AMH was drawn at baseline and at every scheduled visit, "
            "on days 2-4 of any bleed or at random in women who remained amenorrhoeic.",
            ("table", "Table 2. Serum AMH (ng/mL, mean ± SD) by arm, analysed population",
             [["Arm", "Baseline", "Week 12", "Week 24", "[[Week 48|f:48,week]]"],
              ["[[Single-injection|s:1#single-injection arm]] (n = 29)", "0.09 ± 0.06", "0.10 ± 0.07",
               "0.11 ± 0.08", "0.10 ± 0.09"],
              ["[[Two-injection|s:2#two-injection arm]] (n = 28)", "0.08 ± 0.05", "0.14 ± 0.10",
               "0.21 ± 0.14", "0.17 ± 0.13"]],
             [0.32, 0.17, 0.17, 0.17, 0.17]),
        ],
        notes=(
            "Arms are named by their number of injections ('single-injection arm', 'two-injection "
            "arm'); every naming of an arm carries its sessions count (guide: sessions in a group's "
            "name). Sample: 64 (words and digits, two mentions) and '32 per arm' (each_arm, no arm); "
            "'Seventy-one women were screened' is screened (no fact); 57 analysed and the per-arm "
            "analysed counts (29, 28, also in the table rows) are a subset of the stated 64 (no fact). "
            "Follow-up: the visit list gives one fact (week 48); 'primary outcome ... at week 24' and "
            "'by week 24' are times of an outcome; 'by week 24' sits in the clause naming the "
            "two-injection arm, so it carries that arm (doubtful). 'withdrawn before week 24' is a "
            "window (no fact). Traps: ages, amenorrhoea 4 months, FSH >25 IU/L and 'on two occasions' "
            "(diagnostic), '8 weeks later' (interval), 'three passes' (passes of one injection), "
            "'second injection' (ordinal of a counted session), passage 4, propofol sedation. The "
            "table's time-point heads give one fact (Week 48); its rows are arms (the n's in the "
            "rows are analysed subsets, no fact). The conclusion sentence has no arm."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=13,
    ),
    # ------------------------------------------------------------------ 134
    RealText(
        id="en_blind134_mouse_cisplatin_mensc_exosomes",
        lang="en",
        kind="animal",
        title=(
            "[[Menstrual blood stem cell|c:men]] [[exosomes|c:ev]] given [[three times|s:3]] via the "
            "[[tail vein|r:iv]] preserve the follicle pool of cisplatin-injured mice"
        ),
        authors="Lucia Ferro, Kenji Amano, Priya Ramaswamy",
        journal=_JOURNAL,
        year=2024,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "Chemotherapy with platinum agents often ends ovarian function in young women. We asked "
            "whether [[extracellular vesicles|c:ev]] from [[menstrual blood-derived stem cells|c:men]] "
            "([[MenSCs|c:men]]) protect the ovary after cisplatin. Female C57BL/6 mice (n = 48) received "
            "cisplatin [[2 mg/kg|d:2,mg/kg,-]] [[intraperitoneally|r:ip]] every day for 7 days and were "
            "then allotted to PBS or to [[MenSC|c:men]]-[[Exo|c:ev]] ([[100 μg|d:100,ug,-]] of vesicle "
            "protein in [[200 μL|d:0.2,mL,-]], [[three injections|s:3]] at 3-day intervals via the "
            "[[tail vein|r:iv]]). Ovaries and serum were collected [[2|f:2,week]] and "
            "[[4 weeks|f:4,week]] after the final injection. Compared with the PBS group, the "
            "[[exosome|c:ev#exosome group]] group had [[higher|h:AMH,inc#exosome group]] serum AMH and "
            "[[E2|h:E2,inc#exosome group]] and [[lower|h:FSH,dec#exosome group]] FSH, kept more "
            "primordial and growing follicles, and showed fewer TUNEL-positive granulosa cells. "
            "MenSC-derived vesicles may be worth testing as a fertility-sparing adjunct to chemotherapy."
        ),
        body=[
            "Model and treatment. Mice were 8 weeks old at entry. Cisplatin ([[2 mg/kg|d:2,mg/kg,-]], "
            "[[i.p.|r:ip]]) was given once daily for seven consecutive days, and vaginal smears confirmed "
            "arrested cycles. Twenty-four hours after the last cisplatin dose the mice were randomised "
            "to three groups (n = 16 each): control (saline, no cisplatin), POI + PBS and "
            "POI + Exo. [[MenSCs|c:men]] (passages 3-5) were expanded from the menstrual blood of four "
            "healthy volunteers aged 25-32 years, and [[exosomes|c:ev]] were isolated by "
            "ultracentrifugation (particles 60-140 nm). The POI + [[Exo|c:ev#exosome group]] group "
            "received [[100 μg|d:100,ug,-#exosome group]] of [[exosomes|c:ev#exosome group]] in "
            "[[200 μL|d:0.2,mL,-#exosome group]] PBS through the [[tail vein|r:iv#exosome group]] on "
            "days 1, 4 and 7; the POI + PBS group received 200 μL PBS on the same days. Eight mice per "
            "group were killed at each time point.",
            "Hormones. Serum AMH was [[higher|h:AMH,inc#exosome group]] in the "
            "[[exosome|c:ev#exosome group]] group than in the PBS group at "
            "[[week 2|f:2,week#exosome group]] (1.8-fold) and at [[week 4|f:4,week#exosome group]] "
            "(2.3-fold; both P < 0.01), and E2 [[rose|h:E2,inc#exosome group]] in step. FSH was "
            "[[lower|h:FSH,dec#exosome group]] at [[week 4|f:4,week#exosome group]] only (P = 0.02). "
            "LH [[did not differ|h:LH,nc]] between the two POI groups at either time point.",
        ],
        species="mouse",
        notes=(
            "Default species mouse. MenSC-Exo split into two cell mentions (MenSC, Exo) like "
            "'MSC-derived exosomes'. The treated arm is labelled 'exosome group' (first name), and "
            "'POI + Exo group' in the methods is the same arm. 200 μL is marked as 0.2 mL (volume of the "
            "suspension; doubt: unit conversion). Follow-up: '2 and 4 weeks after the final injection' "
            "= two killing times, two facts; 'week 2', 'week 4' attached to outcomes are follow-up. "
            "Traps: n = 48 and n = 16 each and 'Eight mice per group' (animals, no sample size); four "
            "healthy volunteers (donors, not patients); cisplatin 'every day for 7 days' / 'once daily "
            "for seven consecutive days' (daily dosing: no sessions, no follow-up); 'Twenty-four hours "
            "after the last cisplatin dose' (time from the model); 'on days 1, 4 and 7' (schedule, "
            "no fact); passages, particle size, ages; PBS vehicle not a dose; the control group versus "
            "model is not marked. LH 'did not differ between the two POI groups' is a between-group "
            "comparison, no arm."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=13,
    ),
    # ------------------------------------------------------------------ 135
    RealText(
        id="en_blind135_review_cell_rejuvenation",
        lang="en",
        kind="review",
        title="Cell-based and platelet-derived treatments for the failing ovary: a narrative review",
        authors="Hannah J. Okafor, Tomasz Wierzbicki",
        journal=_JOURNAL,
        year=2026,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "3.2 Clinical experience. Human data remain sparse. Edvardsen et al. [21] gave autologous "
            "[[bone marrow mesenchymal stromal cells|c:bm]] ([[BM-MSCs|c:bm]]) by "
            "[[intraovarian injection at laparoscopy|r:io,lap]] to [[15 women|n:15]] with POI and "
            "followed them for [[a year|f:1,year]]; FSH [[declined|h:FSH,dec]] in nine, and two became "
            "pregnant. A second group [22] used the same approach in poor responders and offered "
            "[[a second injection|s:2]] at three months to women whose AMH had not risen; of "
            "[[31 participants|n:31]], 26 attended the [[6-month|f:6,month]] visit. "
            "[[Umbilical cord MSCs|c:uc]] have been given [[intravenously|r:iv]] in a dose-escalation "
            "design ([[0.5|d:5e5,cells/kg,-]], [[1|d:1e6,cells/kg,-]] and "
            "[[2 × 10^6 cells/kg|d:2e6,cells/kg,-]], [[three patients per level|n:3]]) [23], with no "
            "serious adverse events over [[24 months|f:24,month]] of observation. "
            "[[Intraovarian injection|r:io]] of platelet-rich plasma (PRP), by contrast, has been tested "
            "far more widely: a meta-analysis of nine studies including [[702 women|n:702]] found "
            "[[higher|h:AMH,inc]] AMH and [[AFC|h:AFC,inc]] and [[lower|h:FSH,dec]] FSH after PRP [24], "
            "although most of the pooled studies were uncontrolled and measured hormones only once, "
            "[[one to three months|f:1,month]] after treatment.\n"
            "3.3 Animal models. Animal data are more uniform. In cyclophosphamide-treated rats, "
            "[[a single|s:1@rat]] dose of [[2 × 10^6|d:2e6,cells,-@rat]] "
            "[[human amniotic MSCs|c:am@rat]] given via the [[tail vein|r:iv@rat]] "
            "[[increased|h:E2,inc@rat]] E2 and [[AMH|h:AMH,inc@rat]] and [[reduced|h:FSH,dec@rat]] FSH "
            "when the animals were examined [[28 days|f:28,day@rat]] later [25]. In busulfan-conditioned "
            "mice, [[two|s:2@mouse]] [[intraovarian injections|r:io@mouse]] of "
            "[[exosomes|c:ev@mouse]] a week apart gave similar results [[four weeks|f:4,week@mouse]] "
            "later [26]. None of these animal studies followed the animals beyond two months, so the "
            "durability of the effect is unknown."
        ),
        body=[],
        notes=(
            "Review paragraphs citing [21]-[26]; facts of cited studies are facts of the document "
            "(study attribution is not marked by the fact-mark syntax). Dose-escalation levels: three "
            "values with 'three patients per level' (a count for every arm: no arm, each_arm); "
            "cells/kg keeps per = null. 'a second injection' offered to non-responders: an ordinal with "
            "no count stated, so sessions 2 (doubt: it is a subgroup of the study). 'whose AMH had not "
            "risen' defines a subgroup (no hormone fact). Sample: 15, 31, 3 per level, 702 pooled "
            "women; not: 'nine' (outcome count), 'nine studies', 26 attendees (subset of 31), 'two "
            "became pregnant'. Follow-up: 'a year', '6-month visit', '24 months of observation', "
            "'one to three months after treatment' (a range: marked with its low value, doubtful), "
            "'28 days later' (rat), 'four weeks later' (mouse). Traps: 'at three months' (time of the "
            "second injection: schedule, not follow-up), 'measured hormones only once' (measurement), "
            "'a week apart' (interval), 'beyond two months' (a bound, general statement, no fact). PRP "
            "is not a cell type; its route is marked."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=13,
    ),
]  # end of BLIND13
