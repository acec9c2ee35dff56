"""Invented papers written for litx by an annotator who had not seen its rules (batch 14).

These texts are the development part of the invented papers: they are studied and
tuned on (unlike corpus/heldout_texts.py). Every name, number and sentence is invented;
nothing is copied from any paper. Eight English and six Chinese texts, with the
emphasis on follow-up and assessment times, numbers of sessions and sample sizes;
four of them (152, 153, 158, 159) report cell, exosome or PRP therapy for another
condition and are marked only where the contract has a value for the fact.
Marks follow corpus/ANNOTATION.md (markup of corpus/make_papers.py).
"""

from __future__ import annotations

try:
    from real_texts import RealText
except ImportError:  # pragma: no cover - run from the repository root
    from corpus.real_texts import RealText

_LIC = "CC BY 4.0 (written for litx)"
_J = "litx blind set"

BLIND14: list[RealText] = [
    # ------------------------------------------------------------------ 147
    RealText(
        id="en_blind147_bmmsc_sham_rct",
        lang="en",
        kind="clinical",
        title=(
            "Autologous [[bone marrow mesenchymal stromal cells|c:bm]] [[injected into the ovary|r:io]] "
            "for premature ovarian insufficiency: a randomised, sham-controlled trial"
        ),
        authors="Halvorsen K, Mbeki T, Ortiz-Lluch R",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "Background: Whether autologous [[bone marrow-derived mesenchymal stromal cells|c:bm]] "
            "([[BM-MSCs|c:bm]]) can revive follicular activity in premature ovarian insufficiency (POI) "
            "is unsettled, and no sham-controlled data exist. "
            "Methods: Women aged 24-39 years with POI (amenorrhoea of at least 4 months and two FSH "
            "values above 25 IU/L taken 4 weeks apart) were screened at two centres; [[forty-four|n:44]] "
            "were randomised 1:1 and allocated [[22 per group|n:22]]. The [[BM-MSC|c:bm#BM-MSC group]] group received "
            "a [[single|s:1#BM-MSC group]] [[transvaginal ultrasound-guided intraovarian injection|r:io,tvus#BM-MSC group]] of "
            "[[1 × 10^{7} cells|d:1e7,cells,ovary#BM-MSC group]] suspended in [[1 mL|d:1,mL,ovary#BM-MSC group]] into each ovary; "
            "the sham group underwent bone marrow aspiration and ovarian puncture without cell delivery. "
            "Serum AMH (primary outcome), FSH and estradiol and the antral follicle count were measured "
            "at baseline and at [[1, 3 and 6 months|f:6,month]] after the procedure. "
            "Results: Three women (two sham, one cell) missed the final visit, leaving 41 in the "
            "per-protocol analysis. AMH [[rose|h:AMH,inc#BM-MSC group]] in the [[BM-MSC|c:bm#BM-MSC group]] group from 0.19 ± 0.08 to "
            "0.37 ± 0.15 ng/mL, whereas it [[did not change|h:AMH,nc#sham group]] in the sham group "
            "(between-group P = 0.004). FSH [[fell|h:FSH,dec]] by a mean of 21.6 IU/L more in the cell arm "
            "than in the sham arm (P = 0.02); estradiol and AFC did not differ between arms. "
            "Conclusions: [[One|s:1]] [[intraovarian|r:io]] dose of autologous [[BM-MSCs|c:bm]] modestly increased "
            "AMH over [[half a year|f:0.5,year]]; larger trials with longer observation are warranted."
        ),
        body=[
            (
                "Outcome assessment. Visits were fixed at [[4, 12 and 26 weeks|f:26,week]] after "
                "the injection (windows of ± 5 days), and women who conceived left the schedule at "
                "the positive test. Two of the 22 women given [[BM-MSCs|c:bm]] conceived, both after "
                "the third month; one pregnancy ended in a first-trimester loss. At "
                "[[week 26|f:26,week]], AFC [[was unchanged|h:AFC,nc]] in both arms (median 1 vs 1)."
            ),
            (
                "table",
                "Table 1. Serum AMH (ng/mL), mean ± SD, per arm and visit",
                [
                    ["Arm", "Baseline", "Month 3", "[[Month 6|f:6,month]]"],
                    ["[[BM-MSC|c:bm#BM-MSC group]]", "0.19 ± 0.08", "0.31 ± 0.12", "0.37 ± 0.15"],
                    ["Sham", "0.21 ± 0.09", "0.22 ± 0.10", "0.20 ± 0.09"],
                ],
                [0.28, 0.24, 0.24, 0.24],
            ),
        ],
        notes=(
            "Randomised two-arm trial. The cell type inside the group name ('BM-MSC group') is marked "
            "as that group's cell_type mention each time. Arms: 'BM-MSC group' (first named with its head word; the "
            "table row 'BM-MSC' and 'cell arm' are the same arm) and 'sham group'. Traps: ages 24-39, "
            "diagnostic thresholds (4 months, 25 IU/L, 4 weeks apart), 'two centres', '22 per group' "
            "is each_arm (no arm), attrition 'Three women' and '41 in the per-protocol analysis' (a "
            "subset of the 44: no sample fact), 'Two of the 22 women' (outcome count; the 22 restates "
            "the arm size inside an outcome statement, not marked), pregnancies, 'visit windows of ± 5 "
            "days', 'after the third month' (time to an event). Follow-up: the list '1, 3 and 6 months' "
            "gives its last point; 'over half a year' in the conclusion is marked as a follow-up of 0.5 year "
            "(the length of observation restated; doubt); the table heads Baseline/Month 3/Month 6 give "
            "one fact (Month 6). 'FSH fell ... more in the cell arm than in the sham arm' compares the "
            "sizes of two changes: no arm. The dose is marked per ovary because the sentence says "
            "'into each ovary'. 'One intraovarian dose' in the conclusion gives sessions 1 and a route (per mention; "
            "the conclusion carries no arm). A list of assessment times is marked as a whole "
            "phrase ('1, 3 and 6 months') with the value of its last point (convention of this batch)."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=14,
    ),
    # ------------------------------------------------------------------ 148
    RealText(
        id="en_blind148_ucexo_ctx_mice",
        lang="en",
        kind="animal",
        title=(
            "[[Repeated|s:-]] [[tail-vein|r:iv]] delivery of [[exosomes|c:ev]] from "
            "[[umbilical cord mesenchymal stem cells|c:uc]] rescues follicles in cyclophosphamide-injured mice"
        ),
        authors="Quan Y, Petrov AD, Salonen E",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "Chemotherapy leaves many young survivors with ovarian failure, and cell-free products are "
            "attractive because they avoid engraftment concerns. We tested [[exosomes|c:ev]] released by "
            "[[human umbilical cord mesenchymal stem cells|c:uc]] ([[hUCMSC-Exos|c:ev]]) in a "
            "chemotherapy model. Sixty female C57BL/6 mice, 7-8 weeks old, were given "
            "cyclophosphamide (CTX) [[once|s:1]] [[intraperitoneally|r:ip]] at [[120 mg/kg|d:120,mg/kg,-]]; "
            "controls received saline. One week later the CTX mice were divided into a model group "
            "(PBS) and an [[Exo|c:ev#Exo group]] group, which received [[150 μg|d:150,ug,injection#Exo group]] of vesicle "
            "protein per injection [[through the tail vein|r:iv#Exo group]], [[three injections|s:3#Exo group]] "
            "given 72 h apart. Mice were killed [[2 weeks|f:2,week]] or [[4 weeks|f:4,week]] after the final "
            "injection. Relative to the model group, the [[Exo|c:ev#Exo group]] group had [[higher serum AMH|h:AMH,inc#Exo group]] "
            "and [[E2|h:E2,inc#Exo group]] and [[lower FSH|h:FSH,dec#Exo group]], more primordial and "
            "growing follicles, and fewer TUNEL-positive granulosa cells. [[Repeated|s:-]] [[hUCMSC-Exos|c:ev]] "
            "may therefore protect the chemotherapy-damaged ovary."
        ),
        body=[
            (
                "Vesicle preparation and dosing. [[hUCMSCs|c:uc]] at passages 3-5 were cultured in "
                "exosome-depleted medium for 48 h, and vesicles were isolated by differential "
                "ultracentrifugation (100,000 × g, 70 min). Particles measured 60-140 nm and carried "
                "CD63 and TSG101. For the in vitro arm, KGN cells were exposed to 50 μg/mL "
                "vesicles for 24 h after 4-hydroperoxycyclophosphamide. In vivo, each mouse of the "
                "[[Exo|c:ev#Exo group]] group received [[100 μL|d:0.1,mL,-#Exo group]] containing [[150 μg|d:150,ug,-#Exo group]] on days 7, 10 "
                "and 13 after CTX; model mice received the same volume of PBS on the same days."
            ),
            (
                "Hormones and follicles. Ten mice per group were sampled at each time point. At "
                "[[4 weeks|f:4,week]], serum AMH in the [[Exo|c:ev#Exo group]] group [[was 1.9-fold higher|h:AMH,inc#Exo group]] than "
                "in model mice (P < 0.01) and FSH [[was lower|h:FSH,dec#Exo group]] (P < 0.05), whereas "
                "LH [[did not change|h:LH,nc#Exo group]] with treatment. In the model group, FSH stayed "
                "elevated and AMH low at both time points, as expected for CTX injury."
            ),
        ],
        species="mouse",
        notes=(
            "Mouse study; species mouse by default. Arm 'Exo group'; 'Exo' in the group's name is "
            "marked as its cell_type (extracellular_vesicle) each time (the model group's PBS has no "
            "fact). 'Mice were killed 2 weeks or 4 weeks after the final injection' is read as a "
            "statement about the whole study (no arm; doubt: the Exo group was the last group named). Traps: 'Sixty female C57BL/6 mice' and 'Ten mice per group' (animals, not a "
            "sample), ages 7-8 weeks, 'One week later' (time from the model), '72 h apart' (an "
            "interval), passages 3-5, 48 h culture, 100,000 × g, 60-140 nm (size), 50 μg/mL for "
            "24 h in vitro (concentration, culture time), '100 μL' is the injected volume of the "
            "suspension, a dose by the guide, written as 0.1 mL (doubt: µL is not a contract unit), "
            "per null (per mouse); the body's 150 μg has no 'per injection' so per null, 'days 7, 10 and 13 after "
            "CTX' (a schedule of repeated treatments counted from the model: no follow-up, no "
            "sessions count). 'killed 2 weeks or 4 weeks after' gives two facts. The model group's "
            "own FSH/AMH (model-versus-control validation) gives no fact. 'was 1.9-fold higher' is "
            "an increase. CTX 'once' is a sessions fact of the model drug (count 1)."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=14,
    ),
    # ------------------------------------------------------------------ 149
    RealText(
        id="en_blind149_prp_three_cases",
        lang="en",
        kind="case",
        title=(
            "[[Intraovarian|r:io]] platelet-rich plasma, [[repeated|s:-]] in non-responders: "
            "[[three cases|n:3]] of premature ovarian insufficiency"
        ),
        authors="Adeyemi F, Lindqvist M",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "We describe [[three women|n:3]] with premature ovarian insufficiency treated with "
            "autologous platelet-rich plasma (PRP). In each, about [[4 mL|d:4,mL,ovary]] of PRP was "
            "placed into every ovary [[under transvaginal sonographic guidance|r:io,tvus]]. A woman "
            "whose FSH had not fallen below 20 IU/L by eight weeks was offered a further injection. "
            "Follow-up was counted from the last injection."
        ),
        body=[
            (
                "Case 1, aged 33, had been amenorrhoeic for 14 months with FSH of 88 IU/L and "
                "undetectable AMH. After a [[single|s:1#Case 1]] injection her FSH "
                "[[dropped|h:FSH,dec#Case 1]] to 17 IU/L at [[eight weeks|f:8,week#Case 1]], a dominant follicle appeared, "
                "and menses returned at 11 weeks. She was followed for [[nine months|f:9,month#Case 1]] "
                "without recurrence of amenorrhoea."
            ),
            (
                "Case 2, aged 37, had FSH of 64 IU/L. [[Eight weeks|f:8,week#Case 2]] after the first injection FSH "
                "[[was unchanged|h:FSH,nc#Case 2]] at 59 IU/L, so she received a [[second|s:2#Case 2]] injection. "
                "[[Three months|f:3,month#Case 2]] later her estradiol [[had risen|h:E2,inc#Case 2]] from 18 to 96 pg/mL and AMH "
                "[[remained|h:AMH,nc#Case 2]] below 0.05 ng/mL; she has been observed for "
                "[[6 months|f:6,month#Case 2]] since the second injection."
            ),
            (
                "Case 3, aged 29, with Turner mosaicism, did not respond to the first "
                "injection or to a [[second|s:2#Case 3]] one given eight weeks later: her FSH "
                "[[did not fall|!h:FSH,dec#Case 3]], staying above 70 IU/L through [[half a year|f:0.5,year#Case 3]] of observation. None of the three "
                "has yet conceived."
            ),
        ],
        notes=(
            "Case series of three; each case is an arm labelled as printed ('Case 1' ...). PRP is not a "
            "cell type. Sessions: no total is stated for any case, so the ordinal 'second' gives 2 "
            "(guide: an ordinal gives the count it implies when no count is stated); the 'first "
            "injection' mentions are not marked (the same sessions). Title 'repeated' → count null "
            "(doubt: it is said of the non-responders). Traps: ages, 14 months of amenorrhoea (disease "
            "duration), baseline FSH values, the 20 IU/L response threshold, 'by eight weeks' in the "
            "abstract (a decision threshold, not follow-up); 'at eight weeks' (case 1), 'Eight weeks after "
            "the first injection' and 'Three months later' (case 2) are times at which an outcome was "
            "measured after treatment, so follow-up facts by the guide's Decision; 'menses returned at "
            "11 weeks' (time to an event), 'eight weeks later' in case 3 (an interval between "
            "injections: not marked). "
            "'did not respond' alone names no hormone (no fact); 'her FSH did not fall' is a negated decrease. "
            "'None of the three has yet conceived' restates the series: no fact."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=14,
    ),
    # ------------------------------------------------------------------ 150
    RealText(
        id="en_blind150_review_howlong_howoften",
        lang="en",
        kind="review",
        title=(
            "How long, how often and in how many women? A narrative review of cell-based treatment "
            "for premature ovarian insufficiency"
        ),
        authors="Moreau-Sato L, Kiptoo J",
        journal=_J,
        year=2026,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "Clinical reports of cell therapy for premature ovarian insufficiency (POI) differ less in "
            "the cells they use than in how often the cells are given and how long women are watched "
            "afterwards. We summarise what the published series say about the number of sessions, the "
            "size of the samples and the length of follow-up, and argue that a 12-month minimum of "
            "observation should become standard."
        ),
        body=[
            (
                "The first clinical series were small. Autologous [[bone marrow-derived MSCs|c:bm]] were "
                "[[injected laparoscopically into both ovaries|r:io,lap]] of [[ten women|n:10]] [11]; FSH "
                "[[declined|h:FSH,dec]] in four of them by [[the third month|f:3,month]], and two resumed "
                "menses. A later series [12] gave [[umbilical cord MSCs|c:uc]] "
                "([[5 × 10^{6} cells|d:5e6,cells,ovary]] per ovary) by [[ultrasound-guided transvaginal "
                "puncture|r:io,tvus]] to [[61 women|n:61]]; roughly one third, those without a follicle "
                "on scan, received a [[second injection|s:2]] three months after the first, and "
                "observation extended to a median of [[20 months|f:20,month]] (range 8-34)."
            ),
            (
                "[[Intravenous|r:iv]] delivery has rarely been tested. In the only randomised trial we "
                "found [13], [[38 women|n:38]] were allocated to [[three|s:3]] monthly [[infusions|r:iv]] of "
                "[[menstrual blood-derived stem cells|c:men]] ([[1 × 10^{6} cells/kg|d:1e6,cells/kg,-]]) "
                "or to cyclic hormone replacement; AMH [[increased|h:AMH,inc]] and E2 "
                "[[rose|h:E2,inc]] after cells, but FSH [[did not fall|!h:FSH,dec]] significantly at "
                "the [[12-month|f:12,month]] visit. Animal work has explored schedules that trials have "
                "not: in cisplatin-treated rats, [[two|s:2@rat]] [[tail-vein|r:iv@rat]] doses of "
                "[[BMSC|c:bm@rat]]-derived [[exosomes|c:ev@rat]] a week apart outperformed [[one dose|s:1@rat]] [14], "
                "and in busulfan-conditioned mice [[amniotic epithelial cells|c:haec@mouse]] kept "
                "[[AMH higher|h:AMH,inc@mouse]] than saline for [[eight weeks|f:8,week@mouse]] after grafting [15]."
            ),
            (
                "Pooled estimates remain imprecise. One meta-analysis [16] combined nine studies with "
                "[[312 women|n:312]] and found that [[AMH improved|h:AMH,inc]] on average, but most "
                "included trials had fewer than 40 participants and stopped observing at six months. "
                "Reporting the number of injections per woman, the time of each assessment counted from "
                "the last injection, and every loss to follow-up would make such series comparable."
            ),
        ],
        notes=(
            "Review paragraphs citing [11]-[16]; facts of cited studies are facts of the document (the "
            "`study` attribution is left to the coordinator's tools: the marks carry no study field). "
            "Traps: 'a 12-month minimum of observation should become standard' (a recommendation, no "
            "study: not follow-up), 'in four of them', 'two resumed menses' (outcome counts), 'roughly "
            "one third' (a subgroup), 'three months after the first' (an interval / schedule), 'range "
            "8-34' (only the median is marked; doubt whether a range of follow-up should give a fact), "
            "'monthly' (a frequency; the total 'three' is stated), 'a week apart' (interval), 'one dose' "
            "in the comparison ('outperformed one dose' names the comparator regimen of [14]: sessions 1, "
            "rat), 'nine studies' (studies are not samples; 312 women is), 'fewer than 40 "
            "participants' (a bound), 'stopped observing at six months' (said of most trials, no "
            "single study: left unmarked, doubt), 'the last injection' (general advice). The 'second "
            "injection' of [12] is an ordinal with no count stated for that study → sessions 2. "
            "Species on the cited rat [14] and mouse [15] facts. 'FSH did not fall' negated decrease."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=14,
    ),
    # ------------------------------------------------------------------ 151
    RealText(
        id="en_blind151_mensc_dose_escalation",
        lang="en",
        kind="clinical",
        title=(
            "Escalating doses of [[intravenous|r:iv]] [[menstrual blood-derived stromal cells|c:men]] in "
            "premature ovarian insufficiency: a phase I, 3 + 3 study"
        ),
        authors="Ferreira-Nunes P, Oyelaran B, Wang H",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "Objective: To find a tolerable dose of allogeneic [[menstrual blood-derived stromal "
            "cells|c:men]] ([[MenSCs|c:men]]) for POI. Design: Open-label, 3 + 3 dose escalation at one "
            "centre. Participants: [[Nine women|n:9]] aged 21-38 with POI (FSH above 40 IU/L on two "
            "occasions), [[three per cohort|n:3]]. Interventions: [[MenSCs|c:men]] were given as "
            "[[two|s:2]] [[intravenous infusions|r:iv]] 28 days apart at "
            "[[1 × 10^{6}|d:1e6,cells/kg,-#Cohort 1]] (Cohort 1), [[3 × 10^{6}|d:3e6,cells/kg,-#Cohort 2]] "
            "(Cohort 2) or [[5 × 10^{6} cells/kg|d:5e6,cells/kg,-#Cohort 3]] (Cohort 3). Main outcome "
            "measures: dose-limiting toxicity (DLT) within 28 days of the first infusion; FSH, AMH and "
            "estradiol at [[weeks 4, 12 and 24|f:24,week]] after the second infusion. Results: No DLT "
            "occurred, and all nine women received both infusions. Two women in Cohort 3 had a "
            "transient fever. In Cohort 3, AMH [[rose|h:AMH,inc#Cohort 3]] from a median of 0.06 to "
            "0.29 ng/mL and FSH [[fell|h:FSH,dec#Cohort 3]] in two of the three women; in Cohorts 1 and "
            "2 no hormone moved. Conclusion: [[Two|s:2]] infusions of up to "
            "[[5 × 10^{6} MenSCs/kg|d:5e6,cells/kg,-]] were tolerated; the top dose will be tested "
            "against placebo."
        ),
        body=[
            (
                "Preparation and infusion. [[MenSCs|c:men]] from a single screened donor were expanded "
                "to passage 4, cryopreserved, thawed at the bedside and diluted in saline with 1% "
                "albumin to a final volume of [[100 mL|d:100,mL,-]], which ran over 30 minutes "
                "[[through a peripheral vein|r:iv]]. Premedication was intravenous chlorphenamine 10 "
                "mg. Women stayed in the unit for 24 hours after each infusion, were called on day 7, "
                "and returned for blood tests at [[weeks 4, 12 and 24|f:24,week]]; no visit was missed."
            ),
            (
                "table",
                "Table 2. Dose levels, infusions and safety",
                [
                    ["Cohort", "Cells/kg", "Infusions", "Fever", "DLT"],
                    ["Cohort 1", "[[1 × 10^{6}|d:1e6,cells/kg,-#Cohort 1]]", "[[2|s:2#Cohort 1]]", "0", "0"],
                    ["Cohort 2", "[[3 × 10^{6}|d:3e6,cells/kg,-#Cohort 2]]", "[[2|s:2#Cohort 2]]", "0", "0"],
                    ["Cohort 3", "[[5 × 10^{6}|d:5e6,cells/kg,-#Cohort 3]]", "[[2|s:2#Cohort 3]]", "2", "0"],
                ],
                [0.22, 0.26, 0.2, 0.16, 0.16],
            ),
        ],
        notes=(
            "Phase I dose escalation; arms are the cohorts as printed ('Cohort 1' ...), given their "
            "doses one to one. 'three per cohort' is a count for every arm (each_arm, no arm). Traps: "
            "ages, FSH threshold 'on two occasions' (a measurement, not sessions), '28 days apart' "
            "(interval), 'within 28 days of the first infusion' (a DLT window, not follow-up), "
            "'all nine women received both infusions' (restates the sample and the sessions: no fact; "
            "doubt for 'both infusions'), 'Two women in Cohort 3 had a transient fever' and 'in two of "
            "the three women' (outcome counts), 'no hormone moved' (unnamed hormones: no fact), passage "
            "4, 1% albumin, 30 minutes, intravenous chlorphenamine 10 mg (premedication: neither route "
            "nor dose), 24 hours in the unit and the call on day 7 (not the follow-up; the last visit "
            "of the list 'weeks 4, 12 and 24' is). The infusion volume 100 mL is marked as a dose "
            "(the injected volume of the suspension; doubt). The conclusion's 'Two infusions' and "
            "'5 × 10^6 MenSCs/kg' speak of the whole study (no arm). Table rows are labelled by "
            "their first cell; the 'Infusions' column gives sessions 2 per row (doubt: a bare digit)."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=14,
    ),
    # ------------------------------------------------------------------ 152
    RealText(
        id="en_blind152_adsc_knee_oa",
        lang="en",
        kind="clinical",
        title=(
            "[[Single|s:1]] intra-articular injection of [[adipose-derived mesenchymal stem cells|c:ad]] for knee "
            "osteoarthritis: a placebo-controlled trial with [[two-year|f:2,year]] follow-up"
        ),
        authors="Kowalczyk A, Iyer S, Bergmann T",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "Purpose: To test whether autologous [[adipose-derived mesenchymal stem cells|c:ad]] "
            "([[AD-MSCs|c:ad]]) relieve pain and preserve cartilage in knee osteoarthritis (OA). "
            "Methods: In this double-blind trial, [[96 patients|n:96]] aged 45-70 years with "
            "Kellgren-Lawrence grade 2-3 OA and pain for at least 6 months were randomised to a "
            "low-dose group ([[1 × 10^{7}|d:1e7,cells,-#low-dose group]] [[AD-MSCs|c:ad#low-dose group]], "
            "[[n = 32|n:32#low-dose group]]), a high-dose group ([[5 × 10^{7}|d:5e7,cells,-#high-dose group]] "
            "[[AD-MSCs|c:ad#high-dose group]], [[n = 31|n:31#high-dose group]]) or a placebo group (saline, "
            "[[n = 33|n:33#placebo group]]). Every patient had a [[single|s:1]] injection of [[3 mL|d:3,mL,-]] into the "
            "knee after liposuction of 50-100 mL of abdominal fat. WOMAC, pain VAS and MRI "
            "cartilage volume were recorded at [[3, 6, 12 and 24 months|f:24,month]]. "
            "Results: Eighty-nine patients (93%) attended the [[24-month|f:24,month]] visit. At "
            "[[6 months|f:6,month]], WOMAC had improved by 21.4 points in the high-dose group and "
            "by 9.8 points with placebo (P = 0.01); the low-dose group did not differ from placebo. "
            "The advantage narrowed after the first year. Knee effusion occurred in seven patients. "
            "Conclusion: [[One injection|s:1]] of [[5 × 10^{7} cells|d:5e7,cells,-]] eased pain for about a year without slowing "
            "cartilage loss."
        ),
        body=[
            (
                "Booster. Patients of the high-dose group who still reported a pain VAS of 40 mm or "
                "more at month 12 were offered a [[second|s:2#high-dose group]], booster injection of the "
                "same dose from cryopreserved cells; eleven accepted it. Their outcomes were analysed "
                "with their randomised group, and the booster's effect was read "
                "[[12 weeks|f:12,week#high-dose group]] after it, when VAS had fallen by a further 8 mm."
            ),
        ],
        notes=(
            "Other condition (knee OA), marked only where the contract has a value: the intra-articular "
            "route has no id (unmarked), no hormone. Arms: 'low-dose group', 'high-dose group', "
            "'placebo group', each named with its head word and its count. Traps: ages, 'pain for at "
            "least 6 months' (disease duration), KL grade, '3 mL into the knee' (the injected volume "
            "of every patient: a dose without arm, though the route has no id - doubt), 50-100 mL of fat (a harvest volume), 'Eighty-nine patients (93%)' (a "
            "subset of the 96: no fact), 'after the first year', 'about a year' (vague durations of an "
            "effect, not follow-up), 'seven patients' (an outcome count), the conclusion's 'One "
            "injection of 5 × 10^7 cells' is marked per mention without arm (a conclusion), "
            "'month 12' in the booster passage (a decision time), 'eleven accepted it' (a subgroup "
            "formed afterwards). The booster is an ordinal 'second' with no stated total for those "
            "patients → sessions 2 for the high-dose group (doubt: only a subgroup received it). "
            "'At 6 months' is a comma clause before the groups are named: no arm. The outcome list "
            "'3, 6, 12 and 24 months' gives its last point."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=14,
    ),
    # ------------------------------------------------------------------ 153
    RealText(
        id="en_blind153_bmsc_exo_liver_fibrosis_rats",
        lang="en",
        kind="animal",
        title=(
            "[[Exosomes|c:ev]] from [[bone marrow mesenchymal stem cells|c:bm]] against "
            "thioacetamide-induced liver fibrosis in rats: [[four weekly doses|s:4]] versus [[one|s:1]]"
        ),
        authors="Barros-Lima C, Tanaka R, Okafor U",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "Aim: To compare a single with a repeated schedule of [[BMSC|c:bm]]-derived "
            "[[exosomes|c:ev]] ([[BMSC-Exos|c:ev]]) in established liver fibrosis. Methods: Male "
            "Sprague-Dawley rats (n = 48) were given thioacetamide (TAA, [[200 mg/kg|d:200,mg/kg,-]]) "
            "[[intraperitoneally|r:ip]] twice a week for 8 weeks; 12 further rats received olive oil. "
            "From week 5 the TAA rats were assigned, 12 to each, to a TAA group (PBS), a "
            "[[single-dose|s:1#single-dose group]] group ([[one|s:1#single-dose group]] "
            "[[tail-vein|r:iv#single-dose group]] injection of [[100 μg|d:100,ug,-#single-dose group]] "
            "[[BMSC-Exos|c:ev#single-dose group]]) or a weekly group ([[four|s:4#weekly group]] "
            "injections of [[100 μg|d:100,ug,-#weekly group]], one per week, by the same route). All "
            "rats were killed at the end of week 10, that is [[2 weeks|f:2,week]] after the last "
            "weekly injection. Results: Compared with the TAA group, hepatic hydroxyproline fell by "
            "38% in the weekly group and by 17% in the [[single-dose|s:1#single-dose group]] group, and the Sirius red area "
            "shrank accordingly; serum ALT normalised only with weekly dosing. Conclusion: [[Four doses|s:4]] "
            "of [[BMSC-Exos|c:ev]] a week apart reverse more fibrosis than [[one|s:1]]."
        ),
        body=[
            (
                "Exosome preparation. [[BMSCs|c:bm]] were flushed from the femurs of 4-week-old donor "
                "rats, expanded to passage 3 and kept in serum-free medium for 48 h before the "
                "supernatant was ultracentrifuged. Vesicles (80-150 nm; CD9+, CD81+) were quantified "
                "by BCA assay, and each dose of [[100 μg|d:100,ug,-]] protein was brought to "
                "[[0.5 mL|d:0.5,mL,-]] with PBS and given slowly [[into a lateral tail vein|r:iv]]. "
                "Primary hepatic stellate cells were treated in vitro with 20 μg/mL BMSC-Exos for 24 h."
            ),
        ],
        species="rat",
        notes=(
            "Other condition (liver fibrosis, rats): no hormone; species rat by default. Arms: "
            "'single-dose group' (its name carries sessions 1, marked as that group's wherever it is "
            "named) and 'weekly group'; the TAA group (PBS) has no fact. The title's and the "
            "conclusion's 'four (weekly) doses' and 'one' are sessions facts without arm (doubt: "
            "'than one' is elliptic for one dose). Traps: 'n = 48' and '12 to each' (animals), twice a week for 8 weeks (a "
            "frequency and a duration of the model drug: no sessions), 'From week 5' and 'the end of "
            "week 10' (times counted from the model: not follow-up), 'one per week' (frequency; the "
            "total 'four' is stated), percentages, donor age 4 weeks, passage 3, 48 h, 80-150 nm, "
            "20 μg/mL for 24 h (in vitro concentration). '2 weeks after the last weekly injection' is "
            "the follow-up (the single-dose group was killed at the same calendar time, i.e. later "
            "after its one injection - a doubt the text leaves open, so no arm). The BCA 100 μg and "
            "0.5 mL in the body are the dose and injected volume (no arm: said of every dose)."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=14,
    ),
    # ------------------------------------------------------------------ 154
    RealText(
        id="en_blind154_ucmsc_ovarian_artery_cohort",
        lang="en",
        kind="clinical",
        title=(
            "[[Umbilical cord MSCs|c:uc]] infused [[through the ovarian arteries|r:oa]] or hormone "
            "replacement alone in premature ovarian insufficiency: a retrospective cohort study"
        ),
        authors="Lindgren O, Abubakar H, Chen Yiting",
        journal=_J,
        year=2026,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "Patients and methods. We reviewed the charts of every woman with POI seen at our "
            "reproductive unit between January 2019 and June 2023. Of 73 women screened, "
            "[[58|n:58]] met the inclusion criteria: the MSC cohort ([[n = 31|n:31#MSC cohort]]) had "
            "chosen [[umbilical cord mesenchymal stem cells|c:uc#MSC cohort]] ([[UC-MSCs|c:uc#MSC cohort]]) "
            "and the HRT cohort ([[n = 27|n:27#HRT cohort]]) cyclic oestrogen-progestogen therapy only. "
            "In the MSC cohort a 4F catheter was introduced from the right femoral artery and "
            "[[advanced superselectively into each ovarian artery|r:oa,ir#MSC cohort]] under digital "
            "subtraction angiography, and [[2 × 10^{7} cells|d:2e7,cells,ovary#MSC cohort]] in "
            "[[10 mL|d:10,mL,ovary#MSC cohort]] were infused per side. Every woman of this cohort had "
            "[[two|s:2#MSC cohort]] procedures, 4 weeks apart; none received a third."
        ),
        body=[
            (
                "Results. Median follow-up was [[22 months|f:22,month#MSC cohort]] (interquartile range "
                "14-31) in the MSC cohort and [[19 months|f:19,month#HRT cohort]] in the HRT cohort; "
                "three women of the MSC cohort were lost after their 6-month visit. [[Six months|f:6,month#MSC cohort]] after the "
                "second infusion, FSH in the MSC cohort had [[decreased|h:FSH,dec#MSC cohort]] from 71.2 "
                "(58.4-90.0) to 38.5 (22.1-61.3) IU/L (P < 0.001) and estradiol had "
                "[[increased|h:E2,inc#MSC cohort]] from 15 to 64 pg/mL, while AMH stayed undetectable "
                "in 24 of 31 women and [[did not change|h:AMH,nc#MSC cohort]] overall. Menses returned in "
                "nine of them a median of 4 months after the first infusion, and two conceived with "
                "their own oocytes. In the HRT cohort, FSH measured after a 4-week pause of treatment "
                "[[did not change|h:FSH,nc#HRT cohort]] from baseline at [[12 months|f:12,month#HRT cohort]]."
            ),
        ],
        notes=(
            "Retrospective two-cohort study. Arms 'MSC cohort' and 'HRT cohort' (names with head "
            "word; the counts follow each name in brackets). Traps: calendar period 2019-2023 "
            "(not follow-up), '73 women screened' (screened: no sample), femoral-artery access "
            "(vascular access alone: no route), the ovarian-artery catheterisation is the route with "
            "interventional guidance (DSA), 'per side' = per ovary, '4 weeks apart' (interval), "
            "'none received a third' (a denied ordinal; doubt whether it is a negated sessions fact "
            "- left unmarked because the count two is stated), IQR 14-31 (only the median is marked), "
            "'three women ... lost after their 6-month visit' (attrition; the 6-month visit here "
            "dates the loss, not marked - doubt), 'Six months after the second infusion' is a time "
            "at which outcomes were measured: a follow-up fact, labelled MSC cohort (the group named in "
            "the sentence before goes on labelling), 'in 24 of 31 women' "
            "(outcome count), 'nine of them', 'a median of 4 months after the first infusion' "
            "(time to an event), 'two conceived', 'a 4-week pause of treatment' (a washout). "
            "HRT drugs carry no route or dose. The changes of the HRT comparator arm are written as "
            "its own arm's facts (an arm like any other)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=14,
    ),
    # ------------------------------------------------------------------ 155
    RealText(
        id="zh_blind155_hucmsc_tvus_rct",
        lang="zh",
        kind="clinical",
        title=(
            "[[经阴道超声引导下卵巢内注射|r:io,tvus]][[脐带间充质干细胞|c:uc]]治疗早发性卵巢功能不全的"
            "随机对照研究"
        ),
        authors="周晓岚, 韩振宇, 陆佳",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "【摘要】 目的 探讨[[经阴道超声引导下卵巢内注射|r:io,tvus]][[人脐带间充质干细胞|c:uc]]"
            "（[[hUC-MSC|c:uc]]）治疗早发性卵巢功能不全（POI）的有效性及安全性。 方法 前瞻性选取"
            "2021年3月至2023年2月于本院生殖中心就诊的POI患者[[80例|n:80]]（年龄22~39岁，间隔4周以上"
            "2次FSH>25 IU/L），按随机数字表法分为观察组和对照组，[[各40例|n:40]]。两组均给予激素替代"
            "治疗（HRT）；观察组在此基础上于[[经阴道超声引导下行双侧卵巢内注射|r:io,tvus#观察组]]"
            "[[hUC-MSC|c:uc#观察组]]，每侧[[1×10^{7}个|d:1e7,cells,ovary#观察组]]（悬浮于"
            "[[0.5 mL|d:0.5,mL,ovary#观察组]]生理盐水），间隔4周重复1次，共注射[[2次|s:2#观察组]]。"
            "两组均于治疗后第[[1、3、6个月|f:6,month]]复查血清FSH、LH、E2、AMH及窦卵泡计数（AFC）。 "
            "结果 观察组失访3例，对照组失访2例，最终75例完成随访。治疗后[[6个月|f:6,month]]，观察组"
            "[[FSH|h:FSH,dec#观察组]]、[[LH较治疗前降低|h:LH,dec#观察组]]，[[AMH|h:AMH,inc#观察组]]、"
            "[[AFC升高|h:AFC,inc#观察组]]（P<0.05）；对照组[[AMH|h:AMH,nc#对照组]]、"
            "[[AFC较治疗前无明显变化|h:AFC,nc#对照组]]（P>0.05）。观察组有4例恢复自发月经，其中1例自然"
            "妊娠。两组均未发生严重不良反应。 结论 [[经阴道超声引导下卵巢内注射|r:io,tvus]]"
            "[[hUC-MSC|c:uc]]可[[降低|h:FSH,dec]]POI患者FSH水平、[[提高AMH|h:AMH,inc]]水平，"
            "短期安全性良好。"
        ),
        body=[],
        notes=(
            "Structured Chinese RCT abstract. Arms 观察组 / 对照组 (HRT only). Traps: 年龄22~39岁, "
            "the diagnostic threshold (间隔4周以上2次FSH>25 IU/L: a measurement twice, not sessions), "
            "各40例 (each_arm, no arm), 间隔4周重复1次 (an interval and a repeat count, not the total: "
            "the total 共注射2次 is the sessions fact), 两组均于治疗后第1、3、6个月复查 (both groups, "
            "no arm; the list gives its last point), 失访3例/2例 and 75例完成随访 (attrition and a "
            "subset of the 80: no sample fact), 4例恢复月经 and 1例妊娠 (outcome counts). "
            "'治疗后6个月，' is a clause of its own before the group is named: no arm. Coordinated "
            "hormones are marked one per hormone (the first hormone alone, the second with the verb). "
            "The conclusion's '降低…FSH水平' is marked on the verb (doubt on the span). The 0.5 mL "
            "follows 每侧 so per ovary."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=14,
    ),
    # ------------------------------------------------------------------ 156
    RealText(
        id="zh_blind156_bmsc_dose_cisplatin_rats",
        lang="zh",
        kind="animal",
        title=(
            "不同剂量[[骨髓间充质干细胞|c:bm]][[尾静脉|r:iv]]移植对顺铂致卵巢早衰大鼠卵巢功能的影响"
        ),
        authors="钱立新, 马若琳, 郑涛",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "1 材料和方法 1.1 动物与分组 SPF级雌性SD大鼠60只，8周龄，体质量180~220 g。适应性喂养1周后"
            "随机取12只作为正常对照组，其余48只[[腹腔注射|r:ip]]顺铂[[2 mg/kg|d:2,mg/kg,-]]，每日1次，"
            "连续7 d，建立卵巢早衰模型，以动情周期紊乱、血清FSH升高为成模标准。成模大鼠按随机数字表法"
            "分为模型组、低剂量组、中剂量组和高剂量组，每组12只。"
        ),
        body=[
            (
                "1.2 [[BMSCs|c:bm]]的制备与移植 取4周龄SD大鼠股骨及胫骨骨髓，以全骨髓贴壁法培养"
                "[[骨髓间充质干细胞|c:bm]]（[[BMSCs|c:bm]]），流式细胞术鉴定CD29、CD90阳性，取第3代细胞"
                "用于移植。造模结束后第3天，低、中、高剂量组分别经[[尾静脉注射|r:iv]][[BMSCs|c:bm]] "
                "[[1×10^{6}|d:1e6,cells,-#低剂量组]]、[[5×10^{6}|d:5e6,cells,-#中剂量组]]、"
                "[[1×10^{7}个|d:1e7,cells,-#高剂量组]]（均以[[1 mL|d:1,mL,-]] PBS重悬），模型组和正常对照组"
                "注射等体积PBS，各组均仅注射[[1次|s:1]]。1.3 取材 移植后[[2周|f:2,week]]和[[4周|f:4,week]]"
                "每组各处死6只大鼠，腹主动脉取血，ELISA法检测血清FSH、E2及AMH，取双侧卵巢行HE染色并"
                "计数各级卵泡。"
            ),
            (
                "2 结果 移植后[[4周|f:4,week]]，与模型组比较，各剂量组血清[[FSH均降低|h:FSH,dec]]，"
                "[[AMH均升高|h:AMH,inc]]（P<0.05）；中、高剂量组[[E2升高|h:E2,inc]]（P<0.05），低剂量组"
                "[[E2|h:E2,nc#低剂量组]]与模型组比较差异无统计学意义（P>0.05）。与正常对照组比较，模型组"
                "FSH升高，E2及AMH降低（P<0.01）。移植后[[2周|f:2,week]]各组变化趋势相同，但幅度较小。"
                "各剂量组闭锁卵泡数减少，以高剂量组最为明显。"
            ),
            (
                "table",
                "表1 移植后[[4周|f:4,week]]各组大鼠血清激素水平（x±s，n=6）",
                [
                    ["组别", "FSH（IU/L）", "E2（pg/mL）", "AMH（ng/mL）"],
                    ["正常对照组", "4.8±0.9", "38.6±5.2", "6.1±0.8"],
                    ["模型组", "13.9±2.1", "17.2±3.4", "2.3±0.5"],
                    ["低剂量组", "11.6±1.8", "19.8±3.9", "3.0±0.6"],
                    ["中剂量组", "9.4±1.5", "25.1±4.0", "3.9±0.7"],
                    ["高剂量组", "7.2±1.3", "30.7±4.6", "4.8±0.7"],
                ],
                [0.28, 0.24, 0.24, 0.24],
            ),
        ],
        species="rat",
        notes=(
            "Rat cisplatin model, written as 材料和方法 plus 结果 (the 'abstract' field holds 1.1). "
            "Species rat by default. Arms: 低剂量组, 中剂量组, 高剂量组 (first named with their head "
            "word in 1.1; in 1.2 the list 低、中、高剂量组分别 gives each its dose one to one, labels "
            "kept as first given). The route 尾静脉注射, the cells and the 1 mL are said of the three "
            "listed groups (no arm); 各组均仅注射1次 is every group (no arm). Traps: 60只/48只/12只/"
            "每组12只/各处死6只/n=6 (animals), 8周龄 and 4周龄, 180~220 g, 每日1次连续7 d (a "
            "frequency and a duration of the model drug: no sessions), 造模结束后第3天 (time from the "
            "model), 成模标准 FSH升高 (model validation), 第3代, CD29/CD90, 模型组 vs 正常对照组 "
            "(no fact), 中、高剂量组E2升高 (a list before one head word without values: no arm), "
            "'以高剂量组最为明显' (size comparison; follicles, no hormone). 低剂量组E2 差异无统计学意义 "
            "vs 模型组 is a no_change of that group. The table's caption carries 移植后4周; its cells "
            "hold values only (no column heads of times)."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=14,
    ),
    # ------------------------------------------------------------------ 157
    RealText(
        id="zh_blind157_bmsc_case_two_injections",
        lang="zh",
        kind="case",
        title=(
            "[[腹腔镜下卵巢内注射|r:io,lap]][[自体骨髓间充质干细胞|c:bm]]治疗卵巢早衰[[1例|n:1]]"
            "并文献复习"
        ),
        authors="沈一鸣, 杜雅琴",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "1 病例资料 患者，女，31岁，因“停经2年余”于2022年5月就诊。患者26岁起月经稀发，2年前完全"
            "闭经。间隔6周2次测血清FSH分别为78.6、92.3 IU/L，AMH<0.01 ng/mL，染色体核型46,XX，诊断"
            "为卵巢早衰（POF）。外院人工周期治疗1年，停药后无自发月经。患者有强烈生育要求，经本院"
            "伦理委员会批准并签署知情同意书后行干细胞治疗。"
        ),
        body=[
            (
                "治疗经过：局部麻醉下于髂后上棘抽取骨髓60 mL，分离培养[[骨髓间充质干细胞|c:bm]]"
                "（[[BMSC|c:bm]]），扩增至第3代。2022年7月于全身麻醉[[腹腔镜下行双侧卵巢内注射|r:io,lap]]，"
                "每侧注射[[BMSC|c:bm]] [[5×10^{6}个|d:5e6,cells,ovary]]（[[0.8 mL|d:0.8,mL,ovary]]）。"
                "[[术后3个月|f:3,month]]复查FSH[[降至|h:FSH,dec]]41.2 IU/L，E2[[升至|h:E2,inc]]86 pg/mL，"
                "但AMH[[仍低于检测下限|h:AMH,nc]]，遂于首次术后4个月在[[经阴道超声引导下行第2次卵巢内"
                "注射|r:io,tvus]]，剂量同前。至此共治疗[[2次|s:2]]。"
            ),
            (
                "随访：第2次注射后[[随访14个月|f:14,month]]。患者于第2次注射后第5个月恢复月经，此后月经"
                "周期32~45 d；末次随访时FSH 12.7 IU/L，AMH[[升至|h:AMH,inc]]0.26 ng/mL，经阴道超声见"
                "左侧卵巢窦卵泡2枚。患者于第2次注射后11个月自然妊娠，现孕20周，产前检查未见异常。"
            ),
            (
                "2 讨论 既往报道多采用单次注射，随访多在6个月以内。本例首次注射后[[FSH虽有下降|h:FSH,dec]]，但[[AMH无"
                "改善|!h:AMH,inc]]，提示单次治疗可能不足；第2次注射后卵巢储备指标进一步好转，支持对反应不佳者重复治疗。"
            ),
        ],
        notes=(
            "Single case report (no arms). Traps: 31岁, 26岁, 停经2年余 and 2年前 (disease "
            "duration), the two FSH values and AMH<0.01 (baseline and diagnostic), 人工周期1年 (a "
            "previous course: not follow-up), 骨髓60 mL (harvest volume), 第3代, 全身麻醉 (anaesthesia), "
            "首次术后4个月 (a decision time, the interval before the second session), 第2次 (an "
            "ordinal with the count 共治疗2次 stated: no sessions fact; it sits inside the route span), "
            "剂量同前, 第2次注射后第5个月恢复月经 and 11个月自然妊娠 (times to events), 周期32~45 d, "
            "窦卵泡2枚, 孕20周. 末次随访时FSH 12.7 IU/L has no verb of change (no fact). 'AMH仍低于"
            "检测下限' is marked no_change (doubt). The discussion: 既往报道多采用单次注射 and 随访多在6个月"
            "以内 speak of unnamed earlier reports without values of one study (doubt; left unmarked: "
            "'单次' there could be read as a cited sessions fact), 'FSH虽有下降' restates the case's "
            "fall and is marked per mention (decrease); 'AMH无改善' is a denied improvement (negated "
            "increase, like 'failed to'); 单次治疗/重复治疗 are general (no fact)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=14,
    ),
    # ------------------------------------------------------------------ 158
    RealText(
        id="zh_blind158_prp_thin_endometrium_fet",
        lang="zh",
        kind="clinical",
        title="自体富血小板血浆宫腔灌注对薄型子宫内膜患者冻融胚胎移植结局的影响",
        authors="贺秋云, 林子涵, 巴特尔",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "摘要：目的 探讨自体富血小板血浆（PRP）宫腔灌注对薄型子宫内膜患者冻融胚胎移植（FET）"
            "结局的影响。方法 回顾性分析2020年1月至2022年12月在本中心行激素替代周期FET、移植日内膜"
            "厚度<7 mm且既往≥2次因内膜薄取消移植的患者[[124例|n:124]]，其中于内膜准备期接受PRP宫腔"
            "灌注者[[62例|n:62#PRP组]]（PRP组），未灌注者[[62例|n:62#对照组]]（对照组）。PRP组于口服"
            "戊酸雌二醇第10天和第12天各宫腔灌注PRP [[1 mL|d:1,mL,-#PRP组]]，共[[2次|s:2#PRP组]]；"
            "第14天内膜仍<7 mm者追加灌注1次。两组均随访至移植后[[12周|f:12,week]]。结果 PRP组中追加"
            "灌注者17例。PRP组移植日内膜厚度较灌注前增加［（6.1±0.5）mm比（5.4±0.6）mm，P<0.001］，"
            "临床妊娠率高于对照组（41.9%比24.2%，P=0.037），两组流产率差异无统计学意义（P=0.62）。"
            "多因素logistic回归显示，PRP灌注是临床妊娠的独立影响因素（OR=2.31）。结论 PRP宫腔灌注"
            "可增加薄型子宫内膜厚度并改善FET妊娠结局，追加灌注的价值有待前瞻性研究证实。"
        ),
        body=[],
        notes=(
            "Other condition (thin endometrium; PRP is not a cell type; the intrauterine route has "
            "no contract id, so unmarked; 雌二醇 here is the drug of the cycle, not a hormone change; "
            "endometrial thickness is not a contract hormone). Arms PRP组 / 对照组: the names in "
            "brackets after the counts label those counts; PRP组 then labels its regimen sentence. "
            "Traps: 2020-2022 period, <7 mm (threshold), ≥2次因内膜薄取消移植 (a history count, not "
            "sessions), 第10天和第12天 (days of the oestradiol cycle: schedule), 第14天 (decision "
            "day), 追加灌注1次 (an extra session for a subgroup; no total stated for it: doubt, left "
            "unmarked; one could read sessions 3 for the 17 women), 追加灌注者17例 (a subgroup formed "
            "afterwards), percentages, OR. 两组均随访至移植后12周 is the follow-up of both groups (no "
            "arm; counted from the embryo transfer, which follows the PRP by days - doubt)."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=14,
    ),
    # ------------------------------------------------------------------ 159
    RealText(
        id="zh_blind159_ucmsc_iv_cirrhosis",
        lang="zh",
        kind="clinical",
        title=(
            "[[脐带间充质干细胞|c:uc]][[多次|s:-]][[静脉输注|r:iv]]治疗乙型肝炎肝硬化失代偿期的临床观察"
        ),
        authors="蒋宏伟, 阿依古丽, 宋博",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "1 资料与方法 1.1 一般资料 选取2020年6月至2022年6月我院感染科收治的乙型肝炎肝硬化失代偿期"
            "患者[[56例|n:56]]，采用随机数字表法分为干细胞组和对照组，[[各28例|n:28]]。干细胞组男19例、"
            "女9例，年龄（52.3±8.1）岁，病程（6.2±2.7）年；对照组男18例、女10例，年龄（53.0±7.6）岁，"
            "病程（5.9±3.1）年。两组一般资料比较差异无统计学意义（P>0.05）。 1.2 治疗方法 两组均常规"
            "口服恩替卡韦抗病毒，并给予保肝、利尿及补充白蛋白等内科综合治疗。干细胞组在此基础上经外周"
            "[[静脉输注|r:iv#干细胞组]][[人脐带间充质干细胞|c:uc#干细胞组]]（[[hUC-MSCs|c:uc#干细胞组]]），"
            "每次[[1×10^{6}个/kg|d:1e6,cells/kg,-#干细胞组]]，溶于[[100 mL|d:100,mL,-#干细胞组]]生理盐水，"
            "30 min内输完，每4周1次，共[[3次|s:3#干细胞组]]。"
        ),
        body=[
            (
                "1.3 观察指标 于治疗前及首次输注后第[[12、24、48周|f:48,week]]检测血清白蛋白（ALB）、"
                "总胆红素（TBil）、凝血酶原时间（PT），计算终末期肝病模型（MELD）评分，记录不良反应。"
            ),
            (
                "2 结果 2.1 失访与死亡 干细胞组1例于第24周后失访；对照组2例分别于第31、40周死于上消化道"
                "出血，最终53例纳入分析。2.2 肝功能 干细胞组治疗后第[[24、48周|f:48,week#干细胞组]]ALB较"
                "治疗前升高，MELD评分下降（P<0.05）；对照组各指标变化不明显。干细胞组3例输注后出现一过性"
                "发热（<38.5 ℃），未经处理24 h内缓解。"
            ),
            (
                "table",
                "表2 两组治疗前后ALB水平（g/L，x±s）",
                [
                    ["组别", "治疗前", "第12周", "第24周", "[[第48周|f:48,week]]"],
                    ["干细胞组", "28.4±3.1", "30.2±3.4", "32.6±3.0", "33.9±3.5"],
                    ["对照组", "28.9±2.8", "29.1±3.3", "29.6±3.6", "29.0±3.9"],
                ],
                [0.24, 0.19, 0.19, 0.19, 0.19],
            ),
        ],
        notes=(
            "Other condition (decompensated hepatitis B cirrhosis), marked only where the contract "
            "has a value (no hormone). Arms 干细胞组 / 对照组; '干细胞组' carries no cell type (干细胞 "
            "alone is generic). Traps: 2020-2022 period, 各28例 (each_arm), 男19例、女9例 (sex "
            "counts within an arm: no sample), 年龄/病程 (ages, disease duration), 恩替卡韦 (oral "
            "background drug: no route, no dose given), 30 min (infusion time), 每4周1次 (frequency; "
            "the total 共3次 is the sessions fact), the assessment list 第12、24、48周 counted from the "
            "first infusion gives its last point (new paragraph: no arm), 失访1例, deaths at weeks 31 "
            "and 40 (times to events), 53例纳入分析 (subset), 3例发热 (outcome count), <38.5 ℃, 24 h. "
            "每次1×10^6个/kg: a /kg unit keeps per null (每次 = per infusion, doubt whether per "
            "injection should be set). The result clause names 干细胞组, so its time list is that "
            "arm's. The table's time heads (治疗前 | 第12周 | 第24周 | 第48周) give one fact, 第48周; "
            "the title's 多次 is sessions null."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=14,
    ),
    # ------------------------------------------------------------------ 160
    RealText(
        id="zh_blind160_review_msc_exo_poi",
        lang="zh",
        kind="review",
        title="[[间充质干细胞|c:msc]]及其[[外泌体|c:ev]]治疗早发性卵巢功能不全的研究进展",
        authors="刘思远, 潘晓彤",
        journal=_J,
        year=2026,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "3 临床研究现状 目前干细胞治疗POI的临床研究多为小样本单臂研究。Zhao等^[21]对[[9例|n:9]]"
            "POI患者经[[腹腔镜下卵巢内注射|r:io,lap]]自体[[骨髓MSC|c:bm]]，随访[[1年|f:1,year]]，3例"
            "恢复月经，血清[[FSH下降|h:FSH,dec]]。一项纳入[[36例|n:36]]患者的研究^[22]将[[脐带MSC|c:uc]]"
            "复合胶原支架后行[[卵巢内注射|r:io]]，每例[[1×10^{7}个|d:1e7,cells,patient]]，于术后"
            "[[3、6、12个月|f:12,month]]复查，AMH[[升高|h:AMH,inc]]者和AFC[[增加|h:AFC,inc]]者分别为11例"
            "和14例，共获得4例临床妊娠。Li等^[23]将[[48例|n:48]]患者随机分为[[单次|s:1#单次移植组]]"
            "移植组（[[24例|n:24#单次移植组]]）和[[3次|s:3#3次移植组]]移植组（[[24例|n:24#3次移植组]]，"
            "每月1次），随访[[6个月|f:6,month]]时3次移植组[[FSH下降|h:FSH,dec]]幅度大于单次移植组。"
        ),
        body=[
            (
                "4 动物实验 动物研究在给药次数和途径上探索更多。[[经血干细胞|c:men@mouse]]来源的"
                "[[外泌体|c:ev@mouse]]经[[尾静脉|r:iv@mouse]]注射[[3次|s:3@mouse]]可使环磷酰胺诱导的POI"
                "小鼠[[血清AMH升高|h:AMH,inc@mouse]]、[[FSH降低|h:FSH,dec@mouse]]^[24]。Wang等^[25]以雷公藤"
                "多苷[[50 mg/kg|d:50,mg/kg,-@rat]]灌胃14 d诱导大鼠卵巢损伤，随后[[腹腔注射|r:ip@rat]]"
                "[[脂肪间充质干细胞|c:ad@rat]] [[2×10^{6}个|d:2e6,cells,-@rat]]，移植后[[4周|f:4,week@rat]]"
                "[[E2|h:E2,inc@rat]]、[[AMH水平回升|h:AMH,inc@rat]]，而[[LH未见明显变化|h:LH,nc@rat]]。"
                "一项Meta分析^[26]纳入12项研究共[[486例|n:486]]患者，提示MSC治疗可[[改善AMH|h:AMH,inc]]，"
                "但纳入研究的样本量多不足30例，随访时间多不超过12个月，且均未报告失访情况。"
            ),
        ],
        notes=(
            "Review section (综述) citing ^[21]-^[26]; cited facts are document facts (study "
            "attribution left to the tools). Arms: Li等^[23] names 单次移植组 and 3次移植组 with their "
            "counts, and the sessions in each name are that group's; in a review a name labels its own "
            "sentence only, and the follow-up/FSH clause compares the two groups (size of change): "
            "no arm. Traps: 多为小样本单臂研究 (no value), 3例恢复月经, 11例/14例 (outcome counts with "
            "分别 - not arms: outcomes), 4例临床妊娠, 每月1次 (frequency; the total 3次 is in the "
            "name), 灌胃14 d (gavage: no route id; a duration of dosing, no sessions), 12项研究 "
            "(studies, not a sample), 不足30例 and 不超过12个月 (bounds), 未报告失访. Species on the "
            "cited mouse [24] and rat [25] facts; the 3次 of [24] is a sessions fact of the exosomes "
            "(mouse). 经血干细胞来源的外泌体 gives two mentions (menstrual_blood_msc, "
            "extracellular_vesicle). The title's 间充质干细胞 → msc. 每例1×10^7个 is per patient "
            "(the text says 每例; doubt, the guide's examples of per are ovary/injection)."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=14,
    ),
]
