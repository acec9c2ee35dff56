"""Invented papers written for litx by an annotator who had not seen its rules (fifteenth batch).

Part of the development set of invented papers (studied and tuned on, unlike
corpus/heldout_texts.py).  Every title, name, number and sentence below is invented;
nothing is copied from any paper.  Fact marks ``[[words|spec]]`` follow
corpus/ANNOTATION.md and the markup of corpus/make_papers.py.  This batch stresses
follow-up and assessment times, numbers of sessions and sample sizes, said in many
ways; four texts treat another condition with cells, exosomes or PRP and are marked
only where the contract has a value.
"""

from __future__ import annotations

try:
    from real_texts import RealText
except ImportError:  # pragma: no cover - imported as corpus.blind_texts15
    from corpus.real_texts import RealText

_LIC = "CC BY 4.0 (written for litx)"
_J = "litx blind set"

BLIND15: list[RealText] = [
    # ------------------------------------------------------------------ 161
    RealText(
        id="en_blind161_rct_ucmsc_two_injections",
        lang="en",
        kind="clinical",
        title=(
            "[[Two|s:2]] [[transvaginal intraovarian injections|r:io,tvus]] of [[umbilical cord mesenchymal "
            "stromal cells|c:uc]] versus a sham procedure in premature ovarian insufficiency: a randomised, "
            "assessor-blinded trial"
        ),
        authors="Harriet L. Okonjo, Davide Ferrante, Mei-Ling Sato",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**Background:** Women with premature ovarian insufficiency (POI; FSH > 25 IU/L on two occasions "
            "four weeks apart and amenorrhoea for at least 4 months) have few options besides donor oocytes. "
            "**Methods:** In this single-centre trial, [[sixty-four women|n:64]] aged 27-39 years were "
            "randomised 1:1 to [[umbilical cord mesenchymal stromal cells|c:uc]] ([[UC-MSCs|c:uc]]; "
            "[[1 × 10^{7} cells per ovary|d:1e7,cells,ovary]]) delivered by [[transvaginal ultrasound-guided "
            "intraovarian injection|r:io,tvus]] and repeated once after an 8-week interval "
            "([[two injections|s:2]] in total), or to a sham needle puncture of the same schedule. "
            "[[Thirty-two|n:32]] were allocated to each arm; three women in the cell arm and two in the sham "
            "arm withdrew before the final visit. Serum hormones were drawn at baseline and at "
            "[[weeks 4, 12 and 24|f:24,week]] after the second procedure, and women were followed for "
            "conception up to [[12 months|f:12,month]]. "
            "**Results:** At [[week 24|f:24,week]], FSH had [[fallen|h:FSH,dec#cell arm]] in the cell arm "
            "(68.2 ± 14.1 to 41.7 ± 12.9 IU/L; P < 0.001) and AMH [[rose|h:AMH,inc#cell arm]] modestly "
            "(0.08 ± 0.05 to 0.31 ± 0.19 ng/mL), whereas in the sham arm [[neither FSH|h:FSH,nc#sham arm]] "
            "[[nor AMH changed|h:AMH,nc#sham arm]]. E2 was [[higher|h:E2,inc#cell arm]] in the cell arm than in "
            "the sham arm at the last visit. Median duration of amenorrhoea at entry was 2.5 years in both "
            "arms. Three women in the cell arm conceived spontaneously, none in the sham arm. "
            "**Conclusions:** [[Two|s:2]] [[intraovarian|r:io]] [[UC-MSC|c:uc]] injections "
            "[[lowered FSH|h:FSH,dec]] over [[6 months|f:6,month]] of observation; larger trials are needed."
        ),
        body=[
            (
                "table",
                "Table 1. Serum FSH (IU/L) and AMH (ng/mL), mean ± SD, women with all visits",
                [
                    ["Variable", "Baseline", "Week 12", "[[Week 24|f:24,week]]"],
                    ["FSH, cell arm", "68.2 ± 14.1", "52.6 ± 13.4", "41.7 ± 12.9"],
                    ["FSH, sham arm", "66.9 ± 15.0", "65.3 ± 16.2", "67.0 ± 14.8"],
                    ["AMH, cell arm", "0.08 ± 0.05", "0.19 ± 0.12", "0.31 ± 0.19"],
                    ["AMH, sham arm", "0.09 ± 0.06", "0.08 ± 0.05", "0.09 ± 0.07"],
                ],
                [0.31, 0.23, 0.23, 0.23],
            ),
        ],
        notes=(
            "Trial abstract with a table. Arms first named in Results: 'cell arm', 'sham arm'; the methods "
            "describe the groups only by what they received, so no arm there; 'Thirty-two were allocated to "
            "each arm' is each_arm (no label). Attrition (three/two withdrew) and the women analysed are a "
            "subset of the 64: no sample-size facts. 'repeated once after an 8-week interval' is not marked "
            "(the count is in 'two injections'); the interval is no follow-up. Visit list 'weeks 4, 12 and "
            "24' -> one fact (24 weeks). Table heads Week 12 / Week 24 -> one follow-up fact (Week 24). "
            "Traps: FSH threshold, 'two occasions four weeks apart' (measurements), ages, duration of "
            "amenorrhoea, pregnancies (outcome count). 'E2 was higher in the cell arm than in the sham arm' "
            "-> the cell arm's increase. Conclusions sentence: no arm."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=15,
    ),
    # ------------------------------------------------------------------ 162
    RealText(
        id="en_blind162_mouse_cisplatin_menexo",
        lang="en",
        kind="animal",
        title=(
            "Three tail-vein doses of [[menstrual blood stem cell|c:men]]-derived [[exosomes|c:ev]] rescue "
            "ovarian function in cisplatin-treated mice"
        ),
        authors="Qiao Renfei, Anneke de Vries, Tomasz Wrona",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        species="mouse",
        abstract=(
            "Platinum chemotherapy often leaves young survivors with ovarian failure. We asked whether "
            "[[exosomes|c:ev]] released by [[menstrual blood-derived stem cells|c:men]] ([[MenSCs|c:men]]) "
            "could protect the mouse ovary. Eight-week-old C57BL/6 females were given cisplatin "
            "([[2 mg/kg|d:2,mg/kg,-]], [[i.p.|r:ip]]) daily for seven consecutive days; from the following day "
            "they received [[MenSC|c:men]]-[[Exos|c:ev]] through the [[tail vein|r:iv]] [[three times|s:3]], "
            "every third day. Ovaries and blood were collected [[14|f:14,day]] and [[28 days|f:28,day]] after "
            "the last injection. Exosome-treated mice had [[lower serum FSH|h:FSH,dec]] and "
            "[[higher AMH|h:AMH,inc]] and [[E2|h:E2,inc]] than mice given cisplatin alone, while LH "
            "[[was unchanged|h:LH,nc]]; primordial follicle counts were partly preserved. These findings "
            "support testing [[MenSC|c:men@human]]-[[Exos|c:ev@human]] in women facing gonadotoxic therapy."
        ),
        body=[
            "**Animals and treatment.** Forty mice were divided at random into four groups of ten: control "
            "(saline), POI, POI + [[Exo|c:ev]]-low and POI + [[Exo|c:ev]]-high. Cisplatin raised FSH and lowered AMH in the POI "
            "group relative to controls at day 14, confirming the model. [[MenSCs|c:men]] at passage 4 "
            "(2 × 10^{6} cells per T175 flask) were grown in exosome-depleted medium for 48 h, and vesicles of "
            "40-150 nm were pelleted and resuspended at 1 μg/μL. The POI + [[Exo|c:ev#POI + Exo-low group]]-low group received "
            "[[50 μg|d:50,ug,injection#POI + Exo-low group]] and the POI + [[Exo|c:ev#POI + Exo-high group]]-high group "
            "[[150 μg|d:150,ug,injection#POI + Exo-high group]] of protein per injection, on days 1, 4 and 7 after "
            "the last cisplatin dose.",
            "**Results.** In the POI + [[Exo|c:ev#POI + Exo-high group]]-high group, FSH [[fell|h:FSH,dec#POI + Exo-high group]] to "
            "6.1 ± 1.2 mIU/mL (POI group 11.8 ± 2.0 mIU/mL; P < 0.01) and AMH "
            "[[rose|h:AMH,inc#POI + Exo-high group]] at both time points. In the POI + [[Exo|c:ev#POI + Exo-low group]]-low group, FSH "
            "[[decreased|h:FSH,dec#POI + Exo-low group]] only at [[day 28|f:28,day#POI + Exo-low group]], "
            "and AMH [[did not differ|h:AMH,nc#POI + Exo-low group]] from the POI group. Body weight was "
            "similar across all groups."
        ],
        notes=(
            "Mouse study; every fact carries mouse except the closing clinical sentence (@human). "
            "Model drug: cisplatin 2 mg/kg i.p. daily for seven days -> dose and route facts, but no sessions "
            "fact (duration of daily dosing). 'three times, every third day' -> sessions 3. Killing times "
            "'14 and 28 days after the last injection' -> two follow-up facts. Group doses 50/150 μg 'of protein per "
            "injection' -> per=injection (the text says it). 'on days 1, 4 and 7' is the schedule of "
            "injections (no follow-up). Traps: ages, 'groups of ten' (animals), model validation (no change "
            "fact), passage, cells per flask in vitro, 1 μg/μL concentration, vesicle size. Abstract groups "
            "named only as 'exosome-treated mice': no arm. 'Exo' inside a group name is an exosome mention of "
            "that arm (marked inside the hyphenated name); in the list of four groups of ten (each_arm) "
            "without arm."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=15,
    ),
    # ------------------------------------------------------------------ 163
    RealText(
        id="en_blind163_singlearm_prp_second_dose",
        lang="en",
        kind="clinical",
        title=(
            "Autologous platelet-rich plasma into the ovary, with a second dose for non-responders: "
            "a prospective single-arm pilot in women with premature ovarian insufficiency"
        ),
        authors="Sunniva Holm, Ricardo P. Amaral, Leah Benveniste",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "We enrolled [[forty-two women|n:42]] with premature ovarian insufficiency (POI) who declined "
            "oocyte donation. Autologous platelet-rich plasma (PRP) was prepared by double centrifugation of "
            "20 mL of venous blood, giving a platelet concentration four to five times that of whole blood, "
            "and [[4 mL|d:4,mL,ovary]] was [[injected into each ovary|r:io,tvus]] by the "
            "transvaginal route under ultrasound guidance. Every woman received "
            "[[one injection|s:1]] at entry. Those whose FSH had not fallen by at least 20% after 8 weeks were "
            "offered a second injection, and 14 women therefore had [[two injections|s:2]] in all. "
            "Thirty-eight women attended the visit [[6 months after the last injection|f:6,month]]; four were "
            "lost to follow-up. Compared with entry, AMH had [[increased|h:AMH,inc]] (0.11 to 0.24 ng/mL, "
            "P = 0.003), FSH had [[declined|h:FSH,dec]] (71.4 to 49.0 IU/L, P < 0.001) and the antral follicle "
            "count had [[risen|h:AFC,inc]] by a mean of 1.6, whereas estradiol showed "
            "[[no significant change|h:E2,nc]]. The whole cohort was followed for a median of "
            "[[9 months|f:9,month]] (range 6-14 months). Five women resumed menses and two conceived, one after "
            "IVF. Mean age was 36.2 years and mean time since diagnosis 3.1 years."
        ),
        body=[
            "Hormones were measured on days 2-4 of a cycle where one occurred, or at random in amenorrhoeic "
            "women, at [[1, 3 and 6 months|f:6,month]] after the last injection. Non-responders who received "
            "the additional dose were counted from that dose. In the 14 women given [[two injections|s:2]], "
            "FSH [[fell|h:FSH,dec]] after the second as well, but AMH [[did not rise further|!h:AMH,inc]]. "
            "No infection, pelvic pain beyond 48 h or ovarian torsion was recorded."
        ],
        notes=(
            "Single-arm PRP pilot (PRP is no cell type: no cell facts). Sessions: 'one injection' (1), "
            "'two injections in all' (2) and 'two injections' in the body (2); the ordinal 'a second "
            "injection' is no fact because the document states the count of those sessions. The 14 women and "
            "the 38 who attended are subsets formed afterwards: no sample-size facts. Follow-up: '6 months "
            "after the last injection', 'a median of 9 months' (the range 6-14 months not marked as a second "
            "fact: doubtful), visit list '1, 3 and 6 months' -> 6 months. 'after 8 weeks' is the "
            "responder check (a threshold time for re-treatment, not follow-up: doubtful). Traps: 20 mL blood "
            "(harvest volume), platelet concentration, 20% FSH fall threshold, ages, time since diagnosis, "
            "pregnancies, menses. 'AMH did not rise further' -> negated increase. No arms: one arm, the "
            "non-responders are a subgroup formed afterwards."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=15,
    ),
    # ------------------------------------------------------------------ 164
    RealText(
        id="en_blind164_review_clinical_and_animal",
        lang="en",
        kind="review",
        title="Cell-based treatment of premature ovarian insufficiency: what the clinical series tell us",
        authors="Ingrid Valcárcel, Olumide Adeyemi",
        journal=_J,
        year=2026,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "Clinical experience with cell therapy for POI is still thin. In the earliest series, autologous "
            "bone marrow-derived stem cells were [[placed into the ovaries "
            "laparoscopically|r:io,lap]] in [[ten women|n:10]] [3]; two of them menstruated again within a "
            "year. Ruiz-Alonso and co-workers [4] then infused [[bone marrow mesenchymal stem "
            "cells|c:bm]] ([[BMSCs|c:bm]]) into the [[ovarian artery|r:oa,ir]] of [[eight patients|n:8]] "
            "under fluoroscopy, and reported [[lower FSH|h:FSH,dec]] at the [[3-month|f:3,month]] visit. A "
            "larger single-arm study [5] gave [[61 women|n:61]] collagen scaffolds loaded with "
            "[[umbilical cord MSCs|c:uc]] ([[1 × 10^{7} cells|d:1e7,cells,ovary]] per ovary by "
            "[[transvaginal injection|r:io,tvus]]) and followed them for [[one year|f:1,year]], during which "
            "E2 [[rose|h:E2,inc]] and FSH [[fell|h:FSH,dec]] in most. Only one randomised trial exists: "
            "[[180 infertile women|n:180]] with poor ovarian reserve were assigned to "
            "[[intraovarian|r:io]] [[MSCs|c:msc]] or to standard care [6]. Repeated delivery has been tried "
            "once, as [[three|s:3]] [[intravenous infusions|r:iv]] of [[adipose-derived stromal cells|c:ad]] "
            "given four weeks apart to [[24 women|n:24]] [7]; AMH was [[unchanged|h:AMH,nc]] at "
            "[[six months|f:6,month]]."
        ),
        body=[
            "Animal data are more abundant. In cyclophosphamide-treated rats (a loading dose of "
            "[[50 mg/kg|d:50,mg/kg,-@rat]] followed by [[8 mg/kg|d:8,mg/kg,-@rat]] daily for 14 days, "
            "[[intraperitoneally|r:ip@rat]]), a [[single|s:1@rat]] [[intraovarian|r:io@rat]] dose of "
            "[[5 × 10^{5}|d:5e5,cells,-@rat]] [[amniotic fluid stem cells|c:afsc@rat]] restored follicle counts "
            "and [[raised AMH|h:AMH,inc@rat]] [[four weeks after transplantation|f:4,week@rat]] [8]. In "
            "busulfan-treated mice, [[human amniotic epithelial cells|c:haec@mouse]] "
            "([[hAECs|c:haec@mouse]]) given by [[tail vein|r:iv@mouse]] once a week for three weeks "
            "[[lowered FSH|h:FSH,dec@mouse]] [9]. Most clinical reports enrolled fewer than 50 women, none "
            "beyond [6] had a control group, and follow-up seldom exceeded a year, so the true effect size "
            "remains unknown."
        ],
        notes=(
            "Review paragraph citing [3]-[9]; facts carry the study of their clause (assigned by the "
            "pipeline from the markers). 'bone marrow-derived stem cells' [3] is BMDSC: no cell type (trap). "
            "'infused BMSCs into the ovarian artery of eight patients under fluoroscopy': one route "
            "mention on 'ovarian artery', guidance interventional radiology from 'under fluoroscopy' "
            "(doubtful). '1 × 10^7 cells per ovary' -> per=ovary (span without 'per ovary'). 'three "
            "intravenous infusions ... four weeks apart' -> sessions 3 (interval no follow-up). 'once a week "
            "for three weeks' (hAECs, [9]) is a frequency with a duration, no stated total: no sessions fact "
            "(trap). Traps: "
            "'two of them menstruated again within a year' (outcome count, window), 'fewer than 50 women' "
            "(bound), 'seldom exceeded a year' (no study), daily cyclophosphamide for 14 days (no sessions), "
            "'[6] had a control group' (no arm). Animal facts carry rat/mouse."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=15,
    ),
    # ------------------------------------------------------------------ 165
    RealText(
        id="en_blind165_dose_escalation_bmsc_artery",
        lang="en",
        kind="clinical",
        title=(
            "Escalating doses of autologous [[bone marrow mesenchymal stromal cells|c:bm]] infused through "
            "the [[ovarian artery|r:oa,ir]] in premature ovarian insufficiency: a phase I study"
        ),
        authors="Kwame Asante-Boateng, Yulia Morozova, Chen Xiaoyu",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "OBJECTIVE: To find the highest tolerated dose of autologous [[bone marrow mesenchymal stromal "
            "cells|c:bm]] ([[BM-MSCs|c:bm]]) given by [[ovarian artery infusion|r:oa,ir]]. DESIGN: Open-label "
            "3 + 3 dose escalation. PATIENTS: [[Twelve|n:12]] women with POI (FSH ≥ 40 IU/L, age under 40). "
            "INTERVENTION: About 60 mL of marrow was aspirated from the posterior iliac crest under sedation, "
            "and cells were expanded for three to four passages. After selective "
            "[[catheterisation of both ovarian arteries|r:oa,ir]] under digital subtraction angiography, "
            "women received [[one infusion|s:1]] of [[0.5 × 10^{6}|d:5e5,cells/kg,-]], "
            "[[1 × 10^{6}|d:1e6,cells/kg,-]] or [[2 × 10^{6} cells/kg|d:2e6,cells/kg,-]]. RESULTS: [[Three "
            "women|n:3]] were treated at each of the two lower levels and [[six|n:6#top level]] at the top "
            "level. No dose-limiting toxicity occurred during [[12 months|f:12,month]] of follow-up. FSH "
            "[[decreased|h:FSH,dec#top level]] and AMH [[increased|h:AMH,inc#top level]] only in the top-level "
            "cohort; E2 [[did not change|h:E2,nc]] at any level. Two women at the top level whose AMH was "
            "still undetectable at 3 months had a [[second|s:2#top level]], booster infusion of the same dose."
        ),
        body=[
            "Follow-up visits were scheduled at [[1, 3, 6 and 12 months|f:12,month]] after the infusion, with "
            "the booster women counted from their first infusion. Table 1 shows the cohorts.",
            (
                "table",
                "Table 1. Dose cohorts and change in FSH at 12 months",
                [
                    ["Cohort", "n", "Cells/kg", "ΔFSH (IU/L)"],
                    ["Low", "[[3|n:3#Low]]", "[[0.5 × 10^{6}|d:5e5,cells/kg,-#Low]]", "−4.2 ± 6.0"],
                    ["Middle", "[[3|n:3#Middle]]", "[[1 × 10^{6}|d:1e6,cells/kg,-#Middle]]", "−6.8 ± 5.1"],
                    ["High", "[[6|n:6#top level]]", "[[2 × 10^{6}|d:2e6,cells/kg,-#top level]]", "−19.5 ± 7.7"],
                ],
                [0.25, 0.15, 0.3, 0.3],
            ),
        ],
        notes=(
            "Phase I dose escalation. The three values are listed with 'or' (no arms). 'Three women ... at each "
            "of the two lower levels' -> n 3 without arm (a count for each of those arms); 'six at the top "
            "level' -> n 6, arm 'top level' (its first label; the table row 'High' and 'top-level cohort' keep "
            "it). Table rows Low/Middle are arms 'Low'/'Middle' (doubtful: the abstract's lower levels are "
            "unnamed). FSH fall / AMH rise 'only in the top-level cohort' -> arm 'top level'; E2 'at any "
            "level' -> no arm. The booster of two top-level women carries 'top level'. Booster: 'a second, "
            "booster infusion' is an ordinal with no count of those women's sessions stated -> sessions 2. "
            "Route: 'ovarian artery infusion', 'catheterisation of both ovarian arteries' under DSA -> "
            "interventional radiology. Traps: 60 mL marrow (harvest), passages, FSH ≥ 40 IU/L, age under 40, "
            "sedation, 'at 3 months' (the booster criterion time), table cell ΔFSH, table title '12 months' "
            "(marked? no: a caption time naming the change, not a column-head list; doubtful). Visit list -> "
            "12 months. Dose per kg: per null."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=15,
    ),
    # ------------------------------------------------------------------ 166
    RealText(
        id="en_blind166_rat_ucmsc_single_vs_double",
        lang="en",
        kind="animal",
        title=(
            "[[One|s:1]] versus [[two|s:2]] [[intraovarian|r:io]] injections of [[human umbilical cord MSCs|c:uc]] in a "
            "busulfan-cyclophosphamide rat model of ovarian failure"
        ),
        authors="Liang Wenjing, Marisol Echeverría, Pieter Janssens",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        species="rat",
        abstract=(
            "Aim: To test whether a repeat injection adds to a single dose of [[human umbilical cord "
            "mesenchymal stem cells|c:uc]] ([[hUC-MSCs|c:uc]]) in chemotherapy-damaged rat ovaries. "
            "Methods: Sixty female Sprague-Dawley rats (n = 60; 180-200 g) were assigned to control, model, "
            "[[single-injection|s:1]] and [[double-injection|s:2]] groups "
            "(15 per group). Ovarian failure was induced with busulfan ([[20 mg/kg|d:20,mg/kg,-]]) and "
            "cyclophosphamide ([[100 mg/kg|d:100,mg/kg,-]]) given [[once|s:1]] "
            "[[intraperitoneally|r:ip]]. One week later, [[1 × 10^{6} hUC-MSCs|d:1e6,cells,ovary]] in 20 μL "
            "PBS were [[injected into each ovary|r:io]] through a dorsal laparotomy; the "
            "[[double-injection|s:2#double-injection group]] group received the same dose again 14 days after the first. Five rats per group were killed "
            "at [[2, 4 and 8 weeks|f:8,week]] after the first injection. "
            "Results: FSH was [[lower|h:FSH,dec]] and AMH [[higher|h:AMH,inc]] in both treated groups than "
            "in the model group at every time point. AMH at [[week 8|f:8,week]] was higher after [[two injections|s:2]] than after "
            "[[one|s:1]] (4.92 ± 0.61 vs 3.87 ± 0.55 ng/mL; P = 0.02). Conclusion: A second [[intraovarian injection|r:io]] "
            "prolongs the benefit of [[hUC-MSCs|c:uc]] in this model."
        ),
        body=[
            "In the [[single-injection|s:1#single-injection group]] group, E2 had come back to control levels by "
            "[[week 4|f:4,week#single-injection group]] but [[fell again|h:E2,dec#single-injection group]] by "
            "[[week 8|f:8,week#single-injection group]], whereas the [[double-injection|s:2#double-injection group]] group "
            "kept E2 [[above|h:E2,inc#double-injection group]] model values throughout. Model rats showed "
            "persistently raised FSH and low AMH compared with controls, confirming ovarian failure.",
            (
                "table",
                "Table 2. Serum hormones 8 weeks after the first injection (mean ± SD, five rats per group)",
                [
                    ["Group", "FSH (mIU/mL)", "AMH (ng/mL)", "E2 (pg/mL)"],
                    ["Control", "5.2 ± 0.9", "5.61 ± 0.70", "41.3 ± 6.2"],
                    ["Model", "12.7 ± 1.8", "1.42 ± 0.38", "17.9 ± 4.1"],
                    ["[[Single injection|s:1#single-injection group]]", "8.9 ± 1.3", "3.87 ± 0.55", "22.6 ± 5.0"],
                    ["[[Two injections|s:2#double-injection group]]", "7.1 ± 1.1", "4.92 ± 0.61", "33.8 ± 5.7"],
                ],
                [0.31, 0.23, 0.23, 0.23],
            ),
        ],
        notes=(
            "Rat study (default species rat). Groups named by their number of injections: every mention of "
            "'single-injection'/'double-injection' (group names, table rows) is a sessions fact of that arm "
            "(labels 'single-injection group', 'double-injection group'); in the abstract's list of four "
            "names before one head word the sessions are marked without arm. Title 'One versus two' and "
            "'after two injections than after one' (a comparison) -> sessions without arm; the conclusion's "
            "'A second intraovarian injection' is an ordinal of counted sessions (no sessions fact, route "
            "only). Model drugs: busulfan 20 mg/kg and "
            "cyclophosphamide 100 mg/kg given once i.p. -> doses, one sessions fact (1) and one route. Dose "
            "'1 × 10^6 hUC-MSCs ... injected into each ovary' -> per ovary; 20 μL not marked (μL volume). "
            "'the same dose again 14 days after the first' -> the 2 is in the group name, the interval is "
            "no follow-up. Killing times '2, 4 and 8 weeks' (three) -> one fact (8 weeks). 'at week 8' in "
            "the AMH comparison -> follow-up without arm; 'at every time point' no value. 'in both treated groups' -> no arm. Traps: n = 60 and 15 per group (animals), "
            "weights, dorsal laparotomy (no guidance id), 'come back to control levels' (no direction), "
            "model validation. Table caption '8 weeks after the first injection' not marked (doubtful: it "
            "is the assessment time of the table)."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=15,
    ),
    # ------------------------------------------------------------------ 167
    RealText(
        id="en_blind167_cohort_ucmsc_cirrhosis",
        lang="en",
        kind="clinical",
        title=(
            "Repeated intravenous [[umbilical cord mesenchymal stem cells|c:uc]] in decompensated hepatitis B "
            "cirrhosis: a propensity-matched retrospective cohort"
        ),
        authors="Zhou Haoran, Beatriz Lindqvist, Arjun Menon",
        journal=_J,
        year=2022,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "Background and aims. Cell therapy for end-stage liver disease is offered in several centres "
            "without controlled evidence. We compared outcomes of patients who had [[umbilical cord "
            "mesenchymal stem cells|c:uc]] ([[UC-MSCs|c:uc]]) with matched patients on standard medical "
            "treatment alone. Methods. From 312 screened records, we retrieved [[124 patients|n:124]] with "
            "decompensated hepatitis B cirrhosis (Child-Pugh B or C, MELD 12-25) treated between 2015 and "
            "2019; [[62|n:62#UC-MSC group]] formed the [[UC-MSC|c:uc#UC-MSC group]] group and [[62|n:62#control group]] the control "
            "group after 1:1 matching. The [[UC-MSC|c:uc#UC-MSC group]] group was given [[1 × 10^{6} cells/kg|d:1e6,cells/kg,-#UC-MSC group]] "
            "by [[peripheral intravenous infusion|r:iv#UC-MSC group]] at 4-week intervals, "
            "[[three infusions|s:3#UC-MSC group]] in total. Results. Median follow-up was "
            "[[24 months|f:24,month]] (interquartile range 18-30). At [[48 weeks|f:48,week]] the MELD score had "
            "fallen by 3.1 points in the [[UC-MSC|c:uc]] group and by 0.9 in controls (P = 0.004), and serum albumin had "
            "risen by 4.2 g/L. Overall survival did not differ (HR 0.81, 95% CI 0.47-1.39). Fever within 24 h "
            "of an infusion occurred in 9 patients. Conclusions. [[Three|s:3]] [[intravenous|r:iv]] "
            "[[UC-MSC|c:uc]] infusions improved liver function in the first year but not survival."
        ),
        body=[
            "Before each infusion the cells (passage 4-5, viability > 90%) were suspended at "
            "1 × 10^{6} cells/mL in 100 mL of saline with 1% human albumin and given over 40 min. Liver "
            "tests were repeated at [[4, 12, 24 and 48 weeks|f:48,week]] after the first infusion and then "
            "every 6 months. Four patients in the [[UC-MSC|c:uc#UC-MSC group]] group and seven controls died within the first "
            "year; two [[UC-MSC|c:uc]] patients underwent transplantation at 14 and 20 months."
        ],
        notes=(
            "Another condition (liver cirrhosis): marked only where the contract has a value (cell type, "
            "dose, route, sessions, sample, follow-up; no hormone). Sample: 124 retrieved patients, 62 per "
            "named group (each count with its group name in the clause -> arms 'UC-MSC group', 'control "
            "group'). 312 screened records: no fact. Regimen sentence names the UC-MSC group -> arm. "
            "'at 4-week intervals' (interval), 'every 6 months' (schedule) not follow-up. Median follow-up 24 "
            "months (IQR not marked). '48 weeks' as the time of the outcome -> follow-up; visit list -> 48 "
            "weeks. Traps: MELD 12-25 and Child-Pugh (thresholds), 2015-2019 (period), 1 × 10^6 cells/mL "
            "(concentration), 100 mL saline (the infusion volume: doubtful - the guide counts the injected "
            "volume of a suspension as a dose; I left it out because it is the vehicle bag of a systemic "
            "infusion), passages, fever in 9 patients and deaths (outcome counts), transplantation at 14 and "
            "20 months (time to event), 'within the first year' (window). MELD fall / albumin rise: no "
            "hormone. 'UC-MSC' inside the group name is a cell-type mention of that arm; in the 48-week "
            "comparison and the deaths sentence (both groups named) and 'two UC-MSC patients' no arm. Conclusions: no arm."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=15,
    ),
    # ------------------------------------------------------------------ 168
    RealText(
        id="en_blind168_case_series_bmmsc_gvhd",
        lang="en",
        kind="case",
        title=(
            "Weekly [[bone marrow-derived mesenchymal stromal cells|c:bm]] for steroid-refractory acute "
            "graft-versus-host disease: three cases"
        ),
        authors="Fiona McCardle, Tanaka Rei, Oskar Lindgren",
        journal=_J,
        year=2021,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "We describe [[three patients|n:3]] with grade III-IV acute graft-versus-host disease (GVHD) "
            "resistant to methylprednisolone (2 mg/kg/day for at least 7 days) after allogeneic "
            "haematopoietic stem cell transplantation. Third-party [[bone marrow-derived mesenchymal stromal "
            "cells|c:bm]] ([[BM-MSCs|c:bm]]) were given [[intravenously|r:iv]] at "
            "[[2 × 10^{6} cells/kg|d:2e6,cells/kg,-]] once weekly; the plan allowed up to four doses."
        ),
        body=[
            "Case 1, a 34-year-old man, developed gut GVHD on day +41 after transplantation. He received "
            "[[four infusions|s:4#Case 1]] and had a complete response by the third week. He remained well at "
            "[[18 months|f:18,month#Case 1]] after the last infusion. Case 2, a 52-year-old woman with skin "
            "and liver GVHD, was given [[two infusions|s:2#Case 2]] only, the second being delayed by a "
            "catheter infection; her bilirubin fell from 86 to 31 μmol/L, and she died of relapse "
            "[[7 months|f:7,month#Case 2]] after the first dose. Case 3, a 19-year-old man, received the full "
            "course of [[four|s:4#Case 3]] and was followed for [[one year|f:1,year#Case 3]] without chronic "
            "GVHD.",
            "All three cases received cells from the same two donors at passage 3, with viability above 85%. "
            "None had an infusion reaction.",
        ],
        notes=(
            "Another condition (GVHD): no hormone facts. Case series of three: 'Case 1/2/3' label what "
            "follows until the next case. 'haematopoietic stem cell transplantation' is no cell type. "
            "'once weekly' and 'up to four doses' (a plan, a bound): no sessions fact in the abstract "
            "(doubtful: 'up to four doses' could be read as the planned count). Case 2 died of relapse 7 "
            "months after the first dose: I marked it as her follow-up (the last time she was observed) - "
            "doubtful, it is also the time to an event (death). Traps: methylprednisolone 2 mg/kg/day for 7 "
            "days (a drug outside the therapy, a duration), day +41 after transplantation (time from another "
            "event), 'complete response by the third week' (time to outcome), ages, bilirubin values, "
            "passage, viability, 'two donors'."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=15,
    ),
]
