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
            "Background: Cell [[injection into the ovary|r:io]] is being tried in premature ovarian insufficiency "
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
            ("Intervention. Cells (passage 4; viability above 92%) came from one GMP-certified donor "
            "line and were thawed on the morning of the procedure. Under propofol sedation a 17-gauge "
            "needle was [[guided transvaginally into each ovary|r:io,tvus]] and the suspension was "
            "spread through the cortex in three passes. Women in the "
            "[[two-injection|s:2#two-injection arm]] arm returned 8 weeks after the first procedure "
            "for an identical second injection; those in the "
            "[[single-injection|s:1#single-injection arm]] arm had a sham visit with ultrasound only. "
            "Blood for FSH, LH, oestradiol and AMH was drawn at baseline and at every scheduled visit, "
            "on days 2-4 of any bleed or at random in women who remained amenorrhoeic."),
            ("table", "Table 2. Serum AMH (ng/mL, mean ± SD) by arm, analysed population",
             [["Arm", "Baseline", "Week 12", "Week 24", "[[Week 48|f:48,week]]"],
              ["[[Single-injection|s:1#single-injection arm]] (n = 29)", "0.09 ± 0.06", "0.10 ± 0.07",
               "0.11 ± 0.08", "0.10 ± 0.09"],
              ["[[Two-injection|s:2#two-injection arm]] (n = 28)", "0.08 ± 0.05", "0.14 ± 0.10",
               "0.21 ± 0.14", "0.17 ± 0.13"]],
             [0.32, 0.17, 0.17, 0.17, 0.17]),
        ],
        notes=(
            "The background's 'injection into the ovary' is a route mention (general statement). "
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
        layout={"columns": 1, "font": "serif"},
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
            "[[MenSC|c:men@human]]-derived [[vesicles|c:ev@human]] may be worth testing as a fertility-sparing adjunct to chemotherapy."
        ),
        body=[
            ("Model and treatment. Mice were 8 weeks old at entry. Cisplatin ([[2 mg/kg|d:2,mg/kg,-]], "
            "[[i.p.|r:ip]]) was given once daily for seven consecutive days, and vaginal smears confirmed "
            "arrested cycles. Twenty-four hours after the last cisplatin dose the mice were randomised "
            "to three groups (n = 16 each): control (saline, no cisplatin), POI + PBS and "
            "POI + [[Exo|c:ev]]. [[MenSCs|c:men]] (passages 3-5) were expanded from the menstrual blood of four "
            "healthy volunteers aged 25-32 years, and [[exosomes|c:ev]] were isolated by "
            "ultracentrifugation (particles 60-140 nm). The POI + [[Exo|c:ev#exosome group]] group "
            "received [[100 μg|d:100,ug,-#exosome group]] of [[exosomes|c:ev#exosome group]] in "
            "[[200 μL|d:0.2,mL,-#exosome group]] PBS through the [[tail vein|r:iv#exosome group]] on "
            "days 1, 4 and 7; the POI + PBS group received 200 μL PBS on the same days. Eight mice per "
            "group were killed at each time point."),
            ("Hormones. Serum AMH was [[higher|h:AMH,inc#exosome group]] in the "
            "[[exosome|c:ev#exosome group]] group than in the PBS group at "
            "[[week 2|f:2,week#exosome group]] (1.8-fold) and at [[week 4|f:4,week#exosome group]] "
            "(2.3-fold; both P < 0.01), and E2 [[rose|h:E2,inc#exosome group]] in step. FSH was "
            "[[lower|h:FSH,dec#exosome group]] at [[week 4|f:4,week#exosome group]] only (P = 0.02). "
            "LH [[did not differ|h:LH,nc]] between the two POI groups at either time point."),
        ],
        species="mouse",
        notes=(
            "Default species mouse. 'POI + Exo' in the list of three groups is a cell mention without arm "
            "(a list of groups). MenSC-Exo split into two cell mentions (MenSC, Exo) like "
            "'MSC-derived exosomes'; the closing sentence's 'MenSC-derived vesicles' is a clinical promise "
            "(@human, no species). The treated arm is labelled 'exosome group' (first name), and "
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
    # ------------------------------------------------------------------ 136
    RealText(
        id="en_blind136_cirrhosis_ucmsc_infusions",
        lang="en",
        kind="clinical",
        title=(
            "[[Repeated|s:-]] [[peripheral intravenous infusion|r:iv]] of "
            "[[umbilical cord-derived mesenchymal stem cells|c:uc]] in decompensated hepatitis B "
            "cirrhosis: a single-arm phase II study"
        ),
        authors="Wen-Jie Lao, Aurelio Benedetti, Carla M. Souza",
        journal=_JOURNAL,
        year=2025,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "Aims: To estimate the safety and the early hepatic response of [[three infusions|s:3]] of "
            "[[umbilical cord MSCs|c:uc]] in decompensated cirrhosis.\n"
            "Methods: Between March 2021 and June 2023 we enrolled [[40 adults|n:40]] with Child-Pugh B "
            "or C cirrhosis due to hepatitis B (MELD 12-21), all on entecavir for at least 12 months. "
            "Each received [[three infusions|s:3]] of [[UC-MSCs|c:uc]], "
            "[[1.0 × 10^6 cells/kg|d:1e6,cells/kg,-]] body weight, [[through a peripheral vein|r:iv]] at "
            "4-week intervals (weeks 0, 4 and 8). Patients were seen every 4 weeks until week 24 and "
            "then at [[week 48|f:48,week]]; liver tests, MELD and adverse events were recorded.\n"
            "Results: Thirty-six patients received [[all three infusions|s:3]]; two stopped after the "
            "first and two after the second. Thirty-four completed [[48 weeks|f:48,week]] of follow-up. "
            "Serum albumin rose from 28.4 ± 3.9 to 32.7 ± 4.1 g/L at [[week 24|f:24,week]] "
            "(P < 0.001), and MELD fell by a median of 2 points (IQR 0-4) at [[week 48|f:48,week]]. "
            "Four patients had transient fever within 24 h of an infusion. Median follow-up was "
            "[[50 weeks|f:50,week]] (range 12-56).\n"
            "Conclusions: [[Three monthly infusions|s:3]] were well tolerated and were followed by a modest "
            "improvement in hepatic synthetic function; a randomised comparison is under way."
        ),
        body=[
            ("Cell product and infusion. Cells from a single qualified donor bank were used at passages "
            "3-5 and released when viability exceeded 90%. The dose was calculated on the day of "
            "infusion; patients heavier than 80 kg received no more than "
            "[[8 × 10^7 cells per infusion|d:8e7,cells,injection]]. Cells were suspended in "
            "[[100 mL|d:100,mL,-]] of normal saline with 1% human albumin (about 6 × 10^5 cells/mL) and "
            "given [[intravenously|r:iv]] over 40 min through an 18-gauge cannula, with vital signs "
            "recorded every 15 min for 2 h. Patients had lived with cirrhosis for a median of 6 years "
            "(range 2-14) before entry. Nobody received cells by the hepatic artery or the portal vein."),
        ],
        notes=(
            "Other condition (liver cirrhosis): marked only where the contract has a value (cells, dose, "
            "route, sessions, sample, follow-up; no hormone). Title 'Repeated' is a sessions mention "
            "with count null (doubt: the document states three). 'all three infusions' restates the "
            "count: a mention. Sample: 40 only; 'Thirty-six' and 'Thirty-four' are completers (subsets "
            "of the stated 40); 'two stopped after the first' (ordinals of counted sessions, outcome "
            "counts). Follow-up: 'every 4 weeks until week 24 and then at week 48' gives one fact "
            "(week 48); '48 weeks of follow-up', outcome times week 24 / week 48, median 50 weeks (the "
            "range 12-56 is not marked separately). Traps: '4-week intervals' and 'weeks 0, 4 and 8' "
            "(schedule), 'entecavir for at least 12 months' (drug duration), 'cirrhosis for a median of "
            "6 years' (disease duration), 'within 24 h of an infusion' (window), 'every 15 min for 2 h' "
            "(monitoring), 80 kg (weight), 6 × 10^5 cells/mL (concentration), passages, MELD range. "
            "'8 × 10^7 cells per infusion' is a capped dose per injection; '100 mL' the volume of the "
            "suspension. 'Three monthly infusions' in the conclusion is a count (3), 'monthly' inside the span is the frequency."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=13,
    ),
    # ------------------------------------------------------------------ 137
    RealText(
        id="en_blind137_dose_escalation_bmsc_ovarian_artery",
        lang="en",
        kind="clinical",
        title=(
            "Autologous [[bone marrow MSC|c:bm]] infusion [[into the ovarian artery|r:oa]] for premature "
            "ovarian insufficiency: a 3 + 3 dose-escalation study"
        ),
        authors="Ines Valdés, Rupert K. Ashby, Mei-Lin Zhou",
        journal=_JOURNAL,
        year=2023,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "We conducted a phase I, open-label, 3 + 3 dose-escalation study of autologous "
            "[[bone marrow-derived mesenchymal stromal cells|c:bm]] ([[BM-MSCs|c:bm]]) in women with "
            "premature ovarian insufficiency. Three dose levels were planned: "
            "[[5 × 10^6|d:5e6,cells,-#level 1]] (level 1), [[1 × 10^7|d:1e7,cells,-#level 2]] "
            "(level 2) and [[2 × 10^7 cells|d:2e7,cells,-#level 3]] (level 3), each delivered as "
            "[[a single infusion|s:1]] [[into one ovarian artery|r:oa,ir]] after superselective "
            "catheterisation under fluoroscopic (DSA) guidance. [[Nine women|n:9]] were treated "
            "([[three per level|n:3]]); no dose-limiting toxicity occurred, and level 3 was taken "
            "forward as the recommended phase II dose. At a median follow-up of "
            "[[14 months|f:14,month]] (range, 9-20), FSH had [[fallen|h:FSH,dec]] below 25 IU/L in four "
            "women, three of them at level 3. AMH, undetectable in every woman at entry, "
            "[[rose|h:AMH,inc]] to measurable values in two. Oestradiol [[increased|h:E2,inc#level 3]] "
            "and LH [[decreased|h:LH,dec#level 3]] in the level 3 cohort only."
        ),
        body=[
            ("Procedures. Bone marrow (60 mL) was aspirated from the posterior iliac crest under local "
            "anaesthesia, and [[MSCs|c:msc]] were expanded for 3-4 weeks to passage 2. On the day of treatment "
            "the right femoral artery was punctured, a 4-F catheter was taken to the aorta, and a "
            "microcatheter was [[advanced into the ovarian artery|r:oa,ir]] of the larger ovary under "
            "digital subtraction angiography. The cells, suspended in [[10 mL|d:10,mL,-]] saline, were "
            "infused by hand over 10 minutes. Blood was drawn before treatment and at "
            "[[1, 3, 6 and 12 months|f:12,month]] after the infusion, and every woman was asked to attend "
            "for at least 9 months."),
            ("Response by level. At level 1 ([[n = 3|n:3#level 1]]), FSH "
            "[[did not change|h:FSH,nc#level 1]] in any woman over [[12 months|f:12,month#level 1]]. At "
            "level 2 ([[n = 3|n:3#level 2]]), one woman had a transient [[fall|h:FSH,dec#level 2]] in FSH "
            "at [[3 months|f:3,month#level 2]], back to baseline by month 6. At level 3 "
            "([[n = 3|n:3#level 3]]), FSH [[decreased|h:FSH,dec#level 3]] in all three, from a median of "
            "86 to 22 IU/L, and two of them had spontaneous menses within 5 months of the infusion. "
            "No woman received a second infusion during the study."),
        ],
        notes=(
            "Dose levels are arms named 'level 1/2/3' (each dose given with its level in brackets; the "
            "value could also serve as the label, doubt). 'three per level' is a count for every arm "
            "(no arm); the body's 'n = 3' after each named level carries that level. 'a single infusion' "
            "is for all levels (no arm). Route: 'into one ovarian artery' with fluoroscopic (DSA) "
            "guidance in the same sentence -> ovarian_artery_infusion + interventional_radiology; the "
            "catheter 'advanced into the ovarian artery ... under digital subtraction angiography' is a "
            "mention of its own. Traps: 'range, 9-20' (range of the median, not marked), 'below 25 IU/L' "
            "(threshold inside a change), 'three of them at level 3' and 'in four women' (outcome "
            "counts), marrow 60 mL (harvest volume), 'iliac crest' (harvest), 'local anaesthesia', "
            "'3-4 weeks' of expansion ('MSCs' alone there -> msc),  passage 2, femoral puncture (vascular access alone), 'over 10 "
            "minutes', 'at least 9 months' (a bound of attendance, not marked, doubt), 'back to baseline "
            "by month 6' (no direction stated by a change verb), 'within 5 months of the infusion' "
            "(time to an event), 'No woman received a second infusion' (denies an ordinal of a counted "
            "session; I did not mark it as a negated sessions fact, doubt). 'AMH ... rose to measurable "
            "values' read as an increase."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=13,
    ),
    # ------------------------------------------------------------------ 138
    RealText(
        id="en_blind138_case_series_adipose_three_women",
        lang="en",
        kind="case",
        title=(
            "Intraovarian autologous [[adipose-derived mesenchymal stem cells|c:ad]] in "
            "[[three women|n:3]] with premature ovarian insufficiency: a case series"
        ),
        authors="Beatriz Lobo, Aiko Tanabe",
        journal=_JOURNAL,
        year=2024,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "We describe [[three women|n:3]] with POI (aged 31-38 years; amenorrhoea for 14-40 months) "
            "who received autologous [[adipose-derived mesenchymal stem cells|c:ad]] "
            "([[AD-MSCs|c:ad]]), [[5 × 10^6|d:5e6,cells,ovary]] cells per ovary, by "
            "[[intraovarian injection|r:io]]. Their schedules differed: [[one injection|s:1]], "
            "[[two injections|s:2]] three months apart, and [[an injection and a booster|s:2]] at six "
            "months. Follow-up ranged from [[12 to 20 months|f:12,month]]. Menses returned in two women "
            "and one conceived after IVF. In all three, FSH [[fell|h:FSH,dec]] and E2 "
            "[[rose|h:E2,inc]], while AMH [[remained below the detection limit|h:AMH,nc]]."
        ),
        body=[
            ("Case 1, a 31-year-old nulligravida whose POI had been diagnosed at 27, underwent "
            "[[laparoscopic intraovarian injection|r:io,lap#Case 1]] of [[5 × 10^6|d:5e6,cells,ovary#Case 1]] "
            "[[AD-MSCs|c:ad#Case 1]] into each ovary in [[a single session|s:1#Case 1]]. Her FSH "
            "[[decreased|h:FSH,dec#Case 1]] from 78 to 21 IU/L by [[month 3|f:3,month#Case 1]], and "
            "spontaneous menses resumed 4 months after treatment. At the "
            "[[20-month|f:20,month#Case 1]] visit she was still cycling."),
            ("Case 2, aged 35, received [[two|s:2#Case 2]] "
            "[[transvaginal ultrasound-guided injections|r:io,tvus#Case 2]] three months apart, with "
            "[[5 × 10^6 cells per ovary|d:5e6,cells,ovary#Case 2]] each time. Her E2 "
            "[[increased|h:E2,inc#Case 2]] from <20 to 96 pg/mL after the second injection, whereas FSH "
            "[[fell|h:FSH,dec#Case 2]] only after month 6. She was seen for the last time "
            "[[12 months|f:12,month#Case 2]] after the first injection."),
            ("Case 3, aged 38, was [[injected in both ovaries under transvaginal ultrasound guidance|r:io,tvus#Case 3]]. "
            "Because her AMH was [[unchanged|h:AMH,nc#Case 3]] and her AFC [[static|h:AFC,nc#Case 3]] at "
            "[[6 months|f:6,month#Case 3]], she was given a booster of the same dose, and so was "
            "[[treated twice|s:2#Case 3]] in all. After the booster her AFC "
            "[[increased|h:AFC,inc#Case 3]] from 1 to 4 and E2 [[rose|h:E2,inc#Case 3]]; she conceived "
            "by IVF 9 months after the booster and was last seen at "
            "[[15 months|f:15,month#Case 3]]."),
        ],
        notes=(
            "Case series: each numbered case is an arm ('Case 1' ...), carried through its paragraph. "
            "In the abstract the schedules are listed without saying which case had which: no arms. "
            "'an injection and a booster' is marked as one sessions fact with count 2 (doubt: a booster "
            "could be read as a session of its own). 'Follow-up ranged from 12 to 20 months' marked "
            "with its low value (doubt). Case 3's route 'injected in both ovaries under "
            "transvaginal ultrasound guidance' is one route fact with guidance. 'AMH was unchanged and "
            "her AFC static' gives two no-change facts ('static' for no change, doubt). Traps: ages, age at diagnosis, amenorrhoea 14-40 "
            "months, 'three months apart' (interval), 'resumed 4 months after treatment' and "
            "'conceived 9 months after the booster' (time to events), 'after the second injection' "
            "(ordinal of counted sessions), 'Menses returned in two women' (outcome count), AFC 1 to 4 "
            "(values), 'only after month 6' (time of a change, not marked as follow-up, doubt)."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=13,
    ),
    # ------------------------------------------------------------------ 139
    RealText(
        id="en_blind139_rat_busulfan_testis_bmsc",
        lang="en",
        kind="animal",
        title=(
            "[[Intravenous|r:iv]] versus intratesticular [[bone marrow MSCs|c:bm]] in busulfan-treated "
            "rats: recovery of spermatogenesis and gonadotrophins"
        ),
        authors="Oliver Pryce, Natalia Sokolova, Hamid Rezaei",
        journal=_JOURNAL,
        year=2022,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "Objective: To compare two routes of delivering [[bone marrow mesenchymal stem cells|c:bm]] "
            "([[BMSCs|c:bm]]) after chemotherapy-induced azoospermia.\n"
            "Design: Forty male Sprague-Dawley rats were given busulfan [[40 mg/kg|d:40,mg/kg,-]] as "
            "[[a single|s:1]] [[intraperitoneal injection|r:ip]]; 4 weeks later the azoospermic animals "
            "were assigned to a vehicle group (n = 10), a [[BMSC|c:bm#BMSC-IV group]]-"
            "[[IV|r:iv#BMSC-IV group]] group (n = 10; [[2 × 10^6 cells|d:2e6,cells,-#BMSC-IV group]] into "
            "the [[tail vein|r:iv#BMSC-IV group]], [[twice|s:2#BMSC-IV group]], 7 days apart) or a "
            "[[BMSC|c:bm#BMSC-IT group]]-IT group (n = 10; [[5 × 10^5 cells|d:5e5,cells,-#BMSC-IT group]] "
            "injected directly into each testis, [[once|s:1#BMSC-IT group]]). Ten untreated rats served "
            "as normal controls. Animals were killed [[4|f:4,week]] or [[8 weeks|f:8,week]] after the "
            "first cell injection, five per group at each time.\n"
            "Results: Relative to vehicle, serum FSH [[fell|h:FSH,dec]] and testosterone rose in both "
            "treated groups at [[8 weeks|f:8,week]], while LH was [[unchanged|h:LH,nc]] at "
            "[[4 weeks|f:4,week]]. Epididymal sperm were found in 4/5 [[BMSC|c:bm]]-IT rats but in 1/5 "
            "[[BMSC|c:bm]]-[[IV|r:iv]] rats at [[week 8|f:8,week]].\n"
            "Conclusion: [[A single|s:1]] local injection restored spermatogenesis better than "
            "[[two|s:2]] [[intravenous|r:iv]] doses."
        ),
        body=[
            ("Cells. [[BMSCs|c:bm]] were flushed from the femurs and tibiae of 3-week-old male donor rats, "
            "expanded to passage 3 and labelled with PKH26 before use. Busulfan was dissolved in DMSO "
            "and diluted to 4 mg/mL; animals with any motile sperm 4 weeks after busulfan were excluded "
            "(n = 3) and replaced."),
            ("Gonadotrophins by group. In the [[BMSC|c:bm#BMSC-IT group]]-IT group FSH "
            "[[decreased|h:FSH,dec#BMSC-IT group]] from 6.9 ± 1.1 to 4.2 ± 0.8 mIU/mL between week 4 and "
            "[[week 8|f:8,week#BMSC-IT group]], and LH [[declined|h:LH,dec#BMSC-IT group]] slightly "
            "(P = 0.04). The [[BMSC|c:bm#BMSC-IV group]]-[[IV|r:iv#BMSC-IV group]] group showed a "
            "modest [[fall|h:FSH,dec#BMSC-IV group]] in FSH (P = 0.03) and "
            "[[no change|h:LH,nc#BMSC-IV group]] in LH. FSH did not change in the vehicle group over "
            "the same period. Testicular weight at [[8 weeks|f:8,week]] was 1.21 ± 0.10 g in normal "
            "controls, 0.74 ± 0.09 g after vehicle, 0.97 ± 0.12 g after intratesticular cells and "
            "0.86 ± 0.08 g after [[intravenous|r:iv]] cells."),
        ],
        species="rat",
        notes=(
            "Other condition (testicular injury after busulfan; male rats): marked where the contract "
            "has a value. Intratesticular injection has no route id (not marked); its dose '5 × 10^5 "
            "cells ... into each testis' has per = null (the contract has no 'testis'; doubt). Group "
            "names carry cells and, for 'BMSC-IV', the route abbreviation (doubt: a route inside a "
            "group name). FSH and LH are contract hormones; testosterone is not (no fact). Model: "
            "busulfan 40 mg/kg, 'a single intraperitoneal injection' (dose, sessions 1, route ip, rat). "
            "Follow-up: '4 or 8 weeks after the first cell injection' = two killing times; outcome "
            "times '8 weeks', '4 weeks', 'week 8'; the last passage's 'at 8 weeks' (weights of every "
            "group, no arm). Traps: forty rats, n = 10 per group, ten controls, 'five per group', "
            "'(n = 3)' excluded (animals, no sample size), '4 weeks later' and '4 weeks after busulfan' "
            "(times from the model), '7 days apart' (interval), donor rats aged 3 weeks, passage 3, "
            "4 mg/mL (concentration), 'between week 4 and week 8' (week 4 not marked, the span of the "
            "change), 4/5 and 1/5 (outcome counts; in that comparison "
            "the cells and route of 'BMSC-IV rats' carry no arm), 'FSH did not change in the "
            "vehicle group' (untreated control: no fact). 'a modest fall' and 'no change' are the IV "
            "group's own facts. The conclusion sentence carries no arm; the weights sentence lists "
            "every group ('after intravenous cells': route without arm)."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=13,
    ),
    # ------------------------------------------------------------------ 140
    RealText(
        id="zh_blind140_prp_dor_retrospective_cohort",
        lang="zh",
        kind="clinical",
        title="自体富血小板血浆[[卵巢内注射|r:io]]治疗卵巢储备功能减退的回顾性队列研究",
        authors="沈若兰, 高建平, 邱晓雯",
        journal=_JOURNAL,
        year=2024,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "目的　探讨自体富血小板血浆（PRP）[[卵巢内注射|r:io]]对卵巢储备功能减退（DOR）患者卵巢储备指标及"
            "体外受精结局的影响。\n"
            "方法　回顾性分析2020年1月至2023年6月在本院生殖中心就诊的DOR患者[[186例|n:186]]，其中接受PRP治疗者"
            "[[82例|n:82#PRP组]]为PRP组，同期未接受PRP、直接进入促排卵周期者[[104例|n:104#对照组]]为对照组。"
            "PRP组于月经第3~5天在[[经阴道超声引导下行双侧卵巢内注射|r:io,tvus#PRP组]]，"
            "[[每侧2 mL|d:2,mL,ovary#PRP组]]；其中41例在1个月后接受第2次注射。两组均于注射后（对照组于入组后）"
            "[[第1、2、3个月|f:3,month]]复查AMH、FSH及AFC，并随访至末次注射后[[12个月|f:12,month]]。\n"
            "结果　PRP组失访6例，对照组失访9例。治疗后[[3个月|f:3,month]]，PRP组AMH由（0.62±0.21）ng/mL"
            "[[升至|h:AMH,inc#PRP组]]（0.81±0.30）ng/mL（P＜0.01），[[AFC增加|h:AFC,inc#PRP组]]，"
            "FSH较治疗前[[下降|h:FSH,dec#PRP组]]；对照组AMH、FSH均无明显变化。接受[[2次|s:2]]注射的患者AMH"
            "[[上升|h:AMH,inc]]幅度大于[[单次|s:1]]注射者（P＝0.032）。PRP组临床妊娠率为23.2%（19/82），"
            "对照组为13.5%（14/104）。\n"
            "结论　PRP[[卵巢内注射|r:io]]可改善DOR患者的卵巢储备指标，[[重复|s:-]]注射可能获益更多。"
        ),
        body=[
            ("1.3　PRP制备与注射　注射当日抽取患者肘静脉血20 mL，经两次离心制得PRP约4 mL，血小板浓度约为外周血的"
            "4~5倍。患者于静脉麻醉下取膀胱截石位，以17G取卵针[[经阴道超声引导穿刺入卵巢皮质|r:io,tvus#PRP组]]，"
            "多点注入PRP，[[每侧卵巢2 mL|d:2,mL,ovary#PRP组]]。术后观察2 h无不适后离院。"),
        ],
        notes=(
            "PRP is not a cell type (no cell marks). Arms: PRP组 and 对照组 are named with their counts; the "
            "PRP组's route and volume carry its label, and the 1.3 passage, which describes only the PRP "
            "group, carries it too (doubt: a new paragraph starts with no group; I labelled it because the "
            "passage is the PRP group's procedure -- could be read as unlabelled). Sessions: '第2次注射' is an "
            "ordinal of sessions counted later ('2次'), so no fact; '2次' and '单次' describe subgroups formed "
            "afterwards (no arm); '重复注射' null count. '41例' is a subgroup (no sample). Follow-up: the "
            "visit list gives one fact (第3个月), '随访至末次注射后12个月', '治疗后3个月'. Traps: 月经第3~5天, "
            "'1个月后' (interval), 失访6例/9例, 19/82 and 14/104 (outcome counts; denominators not marked), "
            "肘静脉血20 mL (harvest), 4 mL PRP (prepared volume, not given as one dose; not marked, doubt), "
            "4~5倍, 静脉麻醉 (anaesthesia), 17G, 术后观察2 h. '对照组AMH、FSH均无明显变化' is an untreated "
            "control group (no fact). 'AMH上升幅度大于' compares sizes of change: increase without arm. "
            "Route in 1.3: '经阴道超声引导穿刺入卵巢皮质' is one span (needle into the ovarian cortex)."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=13,
    ),
    # ------------------------------------------------------------------ 141
    RealText(
        id="zh_blind141_rat_ctx_hamsc_repeated_tailvein",
        lang="zh",
        kind="animal",
        title="[[人羊膜间充质干细胞|c:am]][[尾静脉|r:iv]]移植对环磷酰胺致卵巢早衰大鼠性激素及卵泡发育的影响",
        authors="罗静怡, 付海涛, 简文博",
        journal=_JOURNAL,
        year=2023,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "目的：观察[[人羊膜间充质干细胞|c:am]]（[[hAMSCs|c:am]]）[[多次|s:-]][[尾静脉|r:iv]]移植对"
            "卵巢早衰（POF）大鼠的修复作用。方法：SD雌性大鼠60只，随机取10只为正常组，其余首日"
            "[[腹腔注射|r:ip]]环磷酰胺[[50 mg/kg|d:50,mg/kg,-]]，此后每日[[8 mg/kg|d:8,mg/kg,-]]，连续14 d"
            "建立POF模型。造模成功的40只大鼠随机分为模型组、[[单次|s:1#单次移植组]]移植组、"
            "[[3次|s:3#3次移植组]]移植组和PBS组，每组10只。[[单次|s:1#单次移植组]]移植组"
            "[[经尾静脉注射|r:iv#单次移植组]][[hAMSCs|c:am#单次移植组]][[1×10^6个|d:1e6,cells,-#单次移植组]]"
            "（悬于[[0.5 mL|d:0.5,mL,-#单次移植组]] PBS）[[1次|s:1#单次移植组]]；[[3次|s:3#3次移植组]]移植组以"
            "相同剂量每周注射1次，[[共3次|s:3#3次移植组]]。末次移植后第[[14|f:14,day]]天及第[[28天|f:28,day]]"
            "每组各处死5只，检测血清FSH、LH、E2及AMH水平并行卵巢组织学检查。结果：与模型组比较，两移植组血清"
            "[[E2|h:E2,inc]]、AMH水平[[升高|h:AMH,inc]]，FSH水平[[降低|h:FSH,dec]]（P＜0.05），"
            "[[3次|s:3#3次移植组]]移植组的变化更为明显；[[单次|s:1#单次移植组]]移植组LH水平在第"
            "[[14天|f:14,day#单次移植组]][[无明显改变|h:LH,nc#单次移植组]]。结论：[[hAMSCs|c:am]]"
            "[[尾静脉|r:iv]]移植可改善POF大鼠卵巢功能，[[多次|s:-]]移植效果优于[[单次|s:1]]。"
        ),
        body=[
            ("1.2　细胞制备　[[hAMSCs|c:am]]取自健康产妇足月剖宫产胎盘的羊膜组织，经胰酶-胶原酶两步消化法分离，取第3代细胞"
            "用于实验；流式细胞术检测CD73、CD90、CD105阳性率均＞95%，CD34、CD45阴性。体外增殖实验以"
            "1×10^4个/孔接种于96孔板，连续观察7 d。移植前以DiI标记细胞，移植后第[[3天|f:3,day]]取2只大鼠卵巢冰冻切片，"
            "可见红色荧光细胞定位于卵巢间质。"),
        ],
        species="rat",
        notes=(
            "Default species rat. Arms: 单次移植组 and 3次移植组 (each named with its own head 组): every "
            "naming carries the sessions count in its name; the regimen sentence of 单次移植组 carries its "
            "label; '每组10只' are animals. '两移植组' (both treated groups) -> hormone changes without arm; "
            "'3次移植组的变化更为明显' compares (only the name's sessions fact, no hormone). Model: CTX "
            "50 mg/kg on the first day, then 8 mg/kg daily for 14 d (two doses, ip, daily dosing gives no "
            "sessions). Follow-up: '第14天及第28天' two killing times (two facts); '第14天' attached to the "
            "single group's LH. Traps: 60/10/40/10/5只 (animals), 连续14 d (model duration), 每周注射1次 "
            "(frequency; the total 共3次 is marked), passage 3, CD percentages, 1×10^4个/孔 (in vitro), "
            "连续观察7 d (in vitro), '移植后第3天' DiI tracking in 2 rats (a time after "
            "treatment at which an outcome was seen: marked as follow-up, doubt), 健康产妇 (donor). Conclusion: "
            "'多次' null and '单次' 1, no arm."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=13,
    ),
    # ------------------------------------------------------------------ 142
    RealText(
        id="zh_blind142_ucmsc_ovarian_artery_single_arm",
        lang="zh",
        kind="clinical",
        title=(
            "[[经卵巢动脉灌注|r:oa]][[人脐带间充质干细胞|c:uc]]治疗早发性卵巢功能不全[[32例|n:32]]临床观察"
        ),
        authors="阎秋实, 孟凡宇, 戴薇",
        journal=_JOURNAL,
        year=2024,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "1　资料与方法\n"
            "1.1　研究对象　选取2021年3月—2022年12月于我院就诊的早发性卵巢功能不全（POI）患者[[32例|n:32]]，"
            "年龄24~39岁，平均（33.4±4.1）岁；闭经时间8~60个月。诊断标准：40岁前出现月经稀发或停经≥4个月，"
            "间隔＞4周两次检测FSH＞25 IU/L。\n"
            "1.2　治疗方法　患者取仰卧位，局麻下经右侧股动脉穿刺，在DSA引导下将微导管"
            "[[超选择插入双侧卵巢动脉|r:oa,ir]]，缓慢注入[[人脐带间充质干细胞|c:uc]]（[[hUC-MSCs|c:uc]]）悬液，"
            "[[每侧卵巢5×10^6个|d:5e6,cells,ovary]]细胞（共[[1×10^7个|d:1e7,cells,-]]），溶于"
            "[[5 mL|d:5,mL,-]]生理盐水。每例[[治疗1次|s:1]]；治疗后3个月AMH仍未升高者给予第2次治疗。\n"
            "1.3　观察指标及随访　治疗前及治疗后[[1、3、6、12个月|f:12,month]]检测血清FSH、LH、E2、AMH，"
            "经阴道超声计数AFC。随访截至2023年12月，中位随访时间[[15个月|f:15,month]]（9~24个月）。"
        ),
        body=[
            ("2　结果\n"
            "2.1　一般情况　[[32例|n:32]]均顺利完成治疗，随访期间失访3例，最终29例纳入分析。\n"
            "2.2　激素变化　治疗后[[3个月|f:3,month]]，FSH由（68.2±21.5）IU/L[[降至|h:FSH,dec]]"
            "（45.6±19.8）IU/L（P＜0.05），E2[[升高|h:E2,inc]]，AMH较治疗前[[无明显变化|h:AMH,nc]]；"
            "治疗后[[12个月|f:12,month]]FSH回落幅度减小，LH[[未见明显下降|!h:LH,dec]]。9例接受了"
            "[[2次|s:2]]治疗，其中4例AMH于末次治疗后[[3个月|f:3,month]][[升高|h:AMH,inc]]。\n"
            "2.3　不良反应及妊娠　2例出现穿刺部位皮下血肿，1周内自行吸收；无发热及过敏反应。随访期间自然妊娠1例，"
            "月经恢复5例。"),
        ],
        notes=(
            "Single-arm: no arms. A 资料与方法 block (put in the abstract field) and a 结果 block. Sessions: "
            "'治疗1次' (1), '2次' in the results (2, a subgroup given a second treatment); the ordinal "
            "'第2次治疗' in 1.2 is then a reference to a counted session (no fact). Route: '超选择插入双侧卵巢动脉' "
            "with DSA guidance in the same sentence (interventional_radiology); '经右侧股动脉穿刺' is vascular "
            "access (no fact); '缓慢注入' names no vessel. Doses: 5×10^6 per ovary, total 1×10^7 (per null; "
            "doubt: 共 could be per patient), 5 mL. Sample: 32 (title, 1.1, and '32例均顺利完成治疗' restating "
            "all of them, marked as a mention, doubt); 29 analysed (subset), 9 and 4 (subgroup/outcome). "
            "Follow-up: visit list -> 12个月; 中位15个月 (range not marked); '治疗后3个月', '治疗后12个月', "
            "'末次治疗后3个月'. '治疗后3个月AMH仍未升高者' defines a subgroup (no hormone, no follow-up). "
            "'LH未见明显下降' is a negated decrease; 'FSH回落幅度减小' states no direction of FSH (no fact, "
            "doubt). Traps: ages, 闭经时间, diagnostic criteria (≥4个月, ＞4周, 两次检测, FSH＞25 IU/L), 局麻, "
            "随访截至2023年12月, 1周内 (window), 失访3例, 2例血肿, 妊娠1例, 月经恢复5例."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=13,
    ),
    # ------------------------------------------------------------------ 143
    RealText(
        id="zh_blind143_review_msc_exosome_poi",
        lang="zh",
        kind="review",
        title="[[间充质干细胞|c:msc]]及其[[外泌体|c:ev]]治疗卵巢功能不全的研究进展",
        authors="钟雅琪, 闫立新",
        journal=_JOURNAL,
        year=2025,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "2　临床研究\n"
            "目前[[MSCs|c:msc]]治疗POI的临床证据主要来自小样本研究。Ding等^[31]对[[14例|n:14]]POI患者"
            "[[经阴道超声引导下卵巢内注射|r:io,tvus]]自体[[骨髓MSCs|c:bm]]，[[随访1年|f:1,year]]，其中3例FSH"
            "[[降至|h:FSH,dec]]正常范围。Yan等^[32]将胶原支架负载的[[脐带MSC|c:uc]]（[[UC-MSCs|c:uc]]）"
            "[[移植至卵巢|r:io]]，共纳入[[61例|n:61]]POF患者，术后每3个月复查，[[随访2年|f:2,year]]，AMH水平较"
            "移植前明显[[升高|h:AMH,inc]]，共有4例获得临床妊娠。另有研究^[33]采用"
            "[[经卵巢动脉介入|r:oa,ir]]途径，对[[20例|n:20]]患者分别输注[[1次|s:1#1次]]或[[2次|s:2#2次]]"
            "[[UC-MSCs|c:uc]]（[[各10例|n:10]]），观察[[6个月|f:6,month]]发现[[2次|s:2#2次]]组E2"
            "[[升高|h:E2,inc]]更为显著。值得注意的是，上述研究多数未设对照组，且样本量均不足100例^[34]。\n"
            "3　动物实验\n"
            "在环磷酰胺诱导的小鼠POF模型中，[[经血干细胞|c:men@mouse]]（[[MenSCs|c:men@mouse]]）"
            "[[经尾静脉注射|r:iv@mouse]]后[[14 d|f:14,day@mouse]]可见FSH[[下降|h:FSH,dec@mouse]]、AMH"
            "[[升高|h:AMH,inc@mouse]]^[35]；[[人胎盘MSCs|c:pl@rat]][[腹腔注射|r:ip@rat]]"
            "[[连续3次|s:3@rat]]（间隔7 d）可[[提高|h:E2,inc@rat]]大鼠血清E2水平^[36]。Liu等^[37]比较了"
            "[[BMSCs|c:bm@rat]]来源[[外泌体|c:ev@rat]]不同剂量（[[50|d:50,ug,-@rat]]、[[100|d:100,ug,-@rat]]、"
            "[[200 μg|d:200,ug,-@rat]]）[[卵巢内注射|r:io@rat]]对顺铂损伤大鼠的作用，发现中、高剂量组AMH"
            "[[升高|h:AMH,inc@rat]]，而低剂量组与模型组[[差异无统计学意义|h:AMH,nc@rat#低剂量组]]。动物实验的"
            "观察期多为2~4周，远短于临床随访。"
        ),
        body=[],
        notes=(
            "Review paragraphs citing ^[31]-^[37]; facts of the cited studies are facts of the document. "
            "^[33]: arms told apart by the number of infusions ('1次或2次', '各10例' a count for every arm: "
            "n 10 without arm), '2次组' is the 2次 arm's name; 'E2升高更为显著' compares sizes (no arm). "
            "In a review a name labels its own sentence only. ^[37]: three doses listed without 分别 and "
            "'中、高剂量组' listed before one head word -> no arms; '低剂量组与模型组差异无统计学意义' is the "
            "low-dose group's no-change (a group compared with the model group; doubt: could be read as a "
            "comparison as such). '3例FSH降至正常范围' gives a decrease (降至 states the direction). Traps: "
            "'术后每3个月复查' (visit frequency, no fact), '3例', '4例获得临床妊娠' (outcome counts), "
            "'间隔7 d' (interval), '未设对照组', '样本量均不足100例' (a bound), '观察期多为2~4周' (general "
            "statement about animal studies, no study: left unmarked, doubt), CTX and cisplatin models "
            "without doses. Species given per fact (@mouse, @rat)."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=13,
    ),
    # ------------------------------------------------------------------ 144
    RealText(
        id="zh_blind144_prp_thin_endometrium_rct",
        lang="zh",
        kind="clinical",
        title="宫腔灌注自体富血小板血浆对薄型子宫内膜冻融胚胎移植患者妊娠结局的影响：随机对照研究",
        authors="祁文静, 潘一鸣, 韦佳",
        journal=_JOURNAL,
        year=2024,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "【摘要】　目的　评价宫腔灌注自体富血小板血浆（PRP）改善薄型子宫内膜的效果。方法　前瞻性随机对照研究。"
            "2022年2月至2023年8月共入组薄型子宫内膜（移植日内膜厚度＜7 mm）且拟行冻融胚胎移植（FET）的患者"
            "[[120例|n:120]]，按随机数字表法分为PRP组和对照组，[[各60例|n:60]]。PRP组于激素替代周期第10天起"
            "行宫腔灌注PRP，[[每次1 mL|d:1,mL,injection#PRP组]]，间隔72 h，[[共2~3次|s:2#PRP组]]"
            "（内膜厚度达7 mm即停止）；对照组仅行常规激素替代。两组均口服戊酸雌二醇6 mg/d，持续12~16 d。主要结局"
            "为移植日内膜厚度，次要结局为临床妊娠率，随访至移植后[[12周|f:12,week]]。结果　PRP组脱落4例，对照组"
            "脱落5例，最终111例完成研究。PRP组移植日内膜厚度（7.4±0.6）mm，高于对照组（6.6±0.7）mm"
            "（P＜0.001）；PRP组中38例灌注[[2次|s:2#PRP组]]，18例灌注[[3次|s:3#PRP组]]。两组移植日血清E2水平"
            "[[差异无统计学意义|h:E2,nc]]，PRP组灌注前后E2[[无明显变化|h:E2,nc#PRP组]]。PRP组临床妊娠率"
            "（44.6%）高于对照组（27.3%）。结论　宫腔灌注PRP可增加薄型子宫内膜厚度、提高妊娠率，且"
            "[[不影响|h:E2,nc]]血清E2水平。"
        ),
        body=[
            ("1.2　PRP制备　灌注当日抽取肘静脉血10 mL，采用二次离心法制备PRP约1.5 mL，血小板计数为外周血的"
            "3~5倍。于经阴道超声监测下将软质导管置入宫腔，缓慢注入PRP [[1 mL|d:1,mL,-]]，患者平卧30 min。灌注期间如出现"
            "阴道流血或腹痛即停止后续灌注，本研究中无此类情况。"),
        ],
        notes=(
            "Other condition (thin endometrium, PRP by intrauterine infusion): PRP is no cell type and "
            "'宫腔灌注' has no route id, so no route (and no guidance: '经阴道超声监测下' guides a catheter into "
            "the uterus). Marked: sample (120; '各60例' a count for every arm, no arm), the PRP volume per "
            "infusion ('每次1 mL', per injection), sessions, follow-up, E2 no-change. '共2~3次' is a range of "
            "sessions: marked with its low value 2 (doubt: the contract's count is one integer); '38例灌注2次', "
            "'18例灌注3次' are subgroups formed afterwards (sessions facts with the PRP组 label, the 38/18 not "
            "samples). '随访至移植后12周' counts from the embryo transfer, not the infusion (marked as follow-up, "
            "doubt). '两组...差异无统计学意义' is a between-group statement of E2 (no arm); '不影响血清E2水平' "
            "read as no change. Traps: 内膜厚度＜7 mm and 达7 mm (thresholds), 激素替代周期第10天, 间隔72 h "
            "(interval), 戊酸雌二醇6 mg/d 持续12~16 d (hormone therapy besides the treatment: no dose, no "
            "route), 脱落4例/5例, 111例完成研究 (subset of 120), 10 mL blood (harvest), 1.5 mL PRP prepared, "
            "'PRP 1 mL' in 1.2 is marked (volume injected, per null, no arm: "
            "a new paragraph starts with no group), 30 min, 3~5倍, 44.6%/27.3%."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=13,
    ),
    # ------------------------------------------------------------------ 145
    RealText(
        id="zh_blind145_mouse_dgal_bmsc_exosome_doses",
        lang="zh",
        kind="animal",
        title="不同剂量[[骨髓间充质干细胞|c:bm]]来源[[外泌体|c:ev]]对D-半乳糖致卵巢衰老小鼠的作用",
        authors="葛慧敏, 田子墨, 汪若溪",
        journal=_JOURNAL,
        year=2025,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "1　材料与方法\n"
            "1.2　模型建立与分组　雌性ICR小鼠72只，6周龄，体质量（25.0±1.5）g。除正常组12只外，其余小鼠每日"
            "[[腹腔注射|r:ip]]D-半乳糖[[200 mg/kg|d:200,mg/kg,-]]，连续42 d，建立卵巢衰老模型。造模后随机分为"
            "模型组、低剂量组、中剂量组和高剂量组，每组12只。低、中、高剂量组分别[[腹腔注射|r:ip]]小鼠"
            "[[骨髓间充质干细胞|c:bm]]来源[[外泌体|c:ev]]（[[BMSC|c:bm]]-[[Exos|c:ev]]）"
            "[[25|d:25,ug,-#低]]、[[50|d:50,ug,-#中]]、[[100 μg|d:100,ug,-#高剂量]]（溶于"
            "[[0.2 mL|d:0.2,mL,-]] PBS），每3天1次，[[共5次|s:5]]；模型组和正常组给予等体积PBS。\n"
            "1.3　取材与检测　末次注射后第[[7天|f:7,day]]和第[[21天|f:21,day]]，每组各处死6只，摘眼球取血，"
            "ELISA法检测血清FSH、E2及AMH，卵巢组织行HE染色及卵泡计数。"
        ),
        body=[
            ("2　结果\n"
            "2.1　一般情况　实验过程中低剂量组死亡1只（第2次注射后），其余小鼠均存活至取材。\n"
            "2.2　血清激素　末次注射后[[7 d|f:7,day]]，与模型组相比，中、高剂量组[[E2|h:E2,inc]]和"
            "[[AMH水平升高|h:AMH,inc]]，FSH[[降低|h:FSH,dec]]（P＜0.05）；低剂量组FSH与模型组"
            "比较[[差异无统计学意义|h:FSH,nc#低]]（P＝0.27）。第[[21天|f:21,day]]，高剂量组AMH仍"
            "[[高于|h:AMH,inc#高剂量]]模型组（P＜0.01），中剂量组AMH[[回落|h:AMH,dec#中]]至与模型组相近水平。"
            "见表1。"),
            ("table", "表1　末次注射后[[7 d|f:7,day]]各组小鼠血清激素水平（x̄±s，n＝6）",
             [["组别", "FSH（mIU/mL）", "E2（pg/mL）", "AMH（ng/mL）"],
              ["正常组", "6.2±1.0", "41.5±5.2", "5.84±0.61"],
              ["模型组", "13.9±2.1", "18.7±3.4", "2.37±0.45"],
              ["低剂量组（[[25 μg|d:25,ug,-#低]]）", "12.6±2.4", "21.2±3.9", "2.81±0.52"],
              ["中剂量组（[[50 μg|d:50,ug,-#中]]）", "9.8±1.7", "29.6±4.1", "3.95±0.58"],
              ["高剂量组（[[100 μg|d:100,ug,-#高剂量]]）", "8.1±1.5", "33.8±4.6", "4.62±0.49"]],
             [0.34, 0.22, 0.22, 0.22]),
        ],
        species="mouse",
        notes=(
            "Default species mouse. Dose-finding arms: '低、中、高剂量组分别...25、50、100 μg' gives the doses one "
            "to one (分别), so arms labelled by each name alone: 低, 中, 高剂量 (guide's example); the same "
            "labels in the table rows and results. The cells, route, 0.2 mL and '共5次' are shared by the three "
            "groups (no arm). 'BMSC-Exos' split into two cell mentions. '中、高剂量组' (names listed before one "
            "head) -> changes without arm; the coordinated 'E2和AMH水平升高' has two facts (spans 'E2' and "
            "'AMH水平升高'). '低剂量组FSH与模型组比较差异无统计学意义' is the low group's "
            "no-change. '中剂量组AMH回落' read as a decrease (after the day-7 rise; doubt). Model: D-gal "
            "200 mg/kg ip daily for 42 d (dose, route; no sessions). Follow-up: day 7 and day 21 killing "
            "times (two facts), outcome times '7 d', '第21天', and the table caption's '7 d'. Traps: 72/12/6只 "
            "(animals), 6周龄, 体质量, 每3天1次 (frequency; total 共5次 marked), '死亡1只（第2次注射后）' "
            "(ordinal of counted sessions, no fact), 'n＝6' in the caption (animals), table values."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=13,
    ),
    # ------------------------------------------------------------------ 146
    RealText(
        id="zh_blind146_knee_oa_adsc_case_series",
        lang="zh",
        kind="case",
        title="超声引导下关节腔注射[[自体脂肪间充质干细胞|c:ad]]治疗膝骨关节炎[[12例|n:12]]报告",
        authors="郝振东, 马小玲, 尹澄",
        journal=_JOURNAL,
        year=2024,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "摘要：回顾总结2021年5月至2023年4月本科采用[[自体脂肪间充质干细胞|c:ad]]（[[ADSCs|c:ad]]）"
            "治疗的膝骨关节炎（KOA）患者[[12例|n:12]]（15膝）的临床资料。男3例，女9例；年龄52~71岁；病程2~11年；"
            "K-L分级Ⅱ级7膝、Ⅲ级8膝。于腹部抽取脂肪约50 mL，体外培养至第3代，在超声引导下向患膝关节腔注射"
            "[[ADSCs|c:ad]] [[2×10^7个|d:2e7,cells,-]]/膝（[[3 mL|d:3,mL,-]]）。首次注射后3个月WOMAC评分改善"
            "＜20%者再行第2次注射，共4例（5膝）。术后[[第1、3、6、12个月|f:12,month]]门诊复查，此后电话随访，"
            "随访时间[[12~26个月|f:12,month]]，平均[[（17.5±4.2）个月|f:17.5,month]]。"
        ),
        body=[
            ("结果：[[12例|n:12]]均获随访。末次随访时VAS评分由（6.8±1.1）分降至（3.1±1.3）分，WOMAC总分由"
            "（52.4±9.6）分降至（30.2±11.3）分（P均＜0.01）；MRI示股骨内髁软骨厚度与术前比较无明显变化。"
            "仅接受[[单次|s:1]]注射的8例中6例疗效优良，接受[[2次|s:2]]注射的4例中3例优良。例3（女，68岁，"
            "K-L Ⅲ级）于第2次注射后出现关节肿胀，持续4 d后自行消退，其余患者未见感染、发热等不良反应。"
            "典型病例：例7，男，55岁，右膝疼痛3年，[[单次|s:1#例7]]注射[[2×10^7个|d:2e7,cells,-#例7]]"
            "[[ADSCs|c:ad#例7]]，术后[[6个月|f:6,month#例7]]MRI见软骨信号改善，[[24个月|f:24,month#例7]]时"
            "仍可正常行走5 km以上。"),
        ],
        notes=(
            "Other condition (knee osteoarthritis): intra-articular injection has no route id (no route, and "
            "so no guidance for '超声引导下'); no hormones. Marked: cells, dose (2×10^7 per knee -> per null, "
            "the contract has no 'knee'; doubt), volume 3 mL, sessions, sample 12 (title, abstract, and "
            "'12例均获随访' restating all of them, marked as a mention; doubt), follow-up. Sessions: the ordinal "
            "'第2次注射' (abstract, and 例3's) refers to sessions counted later ('2次'): no fact; '单次'/'2次' "
            "describe subgroups formed by response (no arm). Case 例7 is named like a group (case of a series): "
            "its facts carry '例7'. Follow-up: visit list -> 12个月; '随访时间12~26个月' marked with its low value "
            "(doubt); mean 17.5 months; 例7's '术后6个月' and '24个月'. Traps: 15膝 (knees), 男3例/女9例 and "
            "K-L counts (subsets), ages, 病程, 50 mL fat (harvest), 第3代, '首次注射后3个月' (time of the "
            "decision for a second injection, not marked, doubt), WOMAC ＜20% (threshold), 4例（5膝）, 8例/6例/"
            "4例/3例 (subgroups, outcome counts), 持续4 d (event), 5 km, 右膝疼痛3年 (duration of disease)."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=13,
    ),
]  # end of BLIND13
