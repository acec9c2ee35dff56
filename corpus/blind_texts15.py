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
            "[[Three|s:3]] [[tail-vein|r:iv]] doses of [[menstrual blood stem cell|c:men]]-derived [[exosomes|c:ev]] rescue "
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
            "group relative to controls, confirming the model. [[MenSCs|c:men]] at passage 4 "
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
            "Autologous platelet-rich plasma [[into the ovary|r:io]], with a second dose for non-responders: "
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
            "the 38 who attended are subsets formed afterwards: no sample-size facts. Title 'into the ovary' -> route; its 'a second dose' is an ordinal of counted sessions (no fact). Follow-up: '6 months "
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
            "still undetectable at [[3 months|f:3,month#top level]] had a [[second|s:2#top level]], booster infusion of the same dose."
        ),
        body=[
            "Follow-up visits were scheduled at [[1, 3, 6 and 12 months|f:12,month]] after the infusion, with "
            "the booster women counted from their first infusion. Table 1 shows the cohorts.",
            (
                "table",
                "Table 1. Dose cohorts and change in FSH at [[12 months|f:12,month]]",
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
            "sedation, table cell ΔFSH. 'AMH still undetectable at 3 months' is a time at which an outcome "
            "was measured -> follow-up 3 months (arm 'top level', clause names it; doubtful: it is also the "
            "booster criterion). Table title 'change in FSH at 12 months' -> follow-up 12 months (an outcome "
            "reported at that time). Visit list -> "
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
            "Aim: To test whether a repeat injection adds to a [[single|s:1]] dose of [[human umbilical cord "
            "mesenchymal stem cells|c:uc]] ([[hUC-MSCs|c:uc]]) in chemotherapy-damaged rat ovaries. "
            "Methods: Sixty female Sprague-Dawley rats (n = 60; 180-200 g) were assigned to control, model, "
            "[[single-injection|s:1]] and [[double-injection|s:2]] groups "
            "(15 per group). Ovarian failure was induced with busulfan ([[20 mg/kg|d:20,mg/kg,-]]) and "
            "cyclophosphamide ([[100 mg/kg|d:100,mg/kg,-]]) given [[once|s:1]] "
            "[[intraperitoneally|r:ip]]. One week later, [[1 × 10^{6}|d:1e6,cells,ovary]] [[hUC-MSCs|c:uc]] in 20 μL "
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
                "Table 2. Serum hormones [[8 weeks|f:8,week]] after the first injection (mean ± SD, five rats per group)",
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
            "only). Aim: 'a single dose' -> sessions 1; 'a repeat injection' left unmarked (one extra injection, neither a count of all sessions nor 'repeated injections': doubtful). Model drugs: busulfan 20 mg/kg and "
            "cyclophosphamide 100 mg/kg given once i.p. -> doses, one sessions fact (1) and one route. Dose "
            "'1 × 10^6 hUC-MSCs ... injected into each ovary' -> per ovary; 20 μL not marked (μL volume). "
            "'the same dose again 14 days after the first' -> the 2 is in the group name, the interval is "
            "no follow-up. Killing times '2, 4 and 8 weeks' (three) -> one fact (8 weeks). 'at week 8' in "
            "the AMH comparison -> follow-up without arm; 'at every time point' no value. 'in both treated groups' -> no arm. Traps: n = 60 and 15 per group (animals), "
            "weights, dorsal laparotomy (no guidance id), 'come back to control levels' (no direction), "
            "model validation. Table caption '8 weeks after the first injection' -> follow-up (the "
            "assessment time of the table)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=15,
    ),
    # ------------------------------------------------------------------ 167
    RealText(
        id="en_blind167_cohort_ucmsc_cirrhosis",
        lang="en",
        kind="clinical",
        title=(
            "[[Repeated|s:-]] [[intravenous|r:iv]] [[umbilical cord mesenchymal stem cells|c:uc]] in decompensated hepatitis B "
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
            "graft-versus-host disease: [[three cases|n:3]]"
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
            "All three cases received cells from the same two donors at passage 3, with viability above 85%, "
            "thawed at the bedside and infused over 10-15 minutes after an antihistamine. Response was graded "
            "on [[day 28|f:28,day]] after the first infusion and again at the last contact; a partial response "
            "at that point was not counted as success. None had an infusion reaction, and no patient in this "
            "series received a second course.",
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
            "passage, viability, 'two donors', infusion time 10-15 minutes. Closing paragraph: 'day 28 after the first infusion' (time of "
            "the response grading, all cases, no arm) -> follow-up; 'a second course' denied ('no patient "
            "... received a second course') is an ordinal of a course never counted: left unmarked (doubtful)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=15,
    ),
    # ------------------------------------------------------------------ 169
    RealText(
        id="zh_blind169_rct_ucmsc_artery_hrt",
        lang="zh",
        kind="clinical",
        title="[[经卵巢动脉介入|r:oa,ir]]移植[[人脐带间充质干细胞|c:uc]]联合激素替代治疗早发性卵巢功能不全的随机对照研究",
        authors="王晓岚，陈立峰，郭思远",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "【摘要】目的 探讨经卵巢动脉介入移植人脐带间充质干细胞对早发性卵巢功能不全（POI）患者卵巢功能的影响。"
            "方法 选取2020年3月至2022年12月我院收治的POI患者[[86例|n:86]]（诊断标准：40岁前出现月经稀发或停经≥4个月，"
            "间隔4周以上2次检测FSH>25 U/L），按随机数字表法分为观察组与对照组，[[各43例|n:43]]。对照组予常规激素替代治疗；"
            "观察组在此基础上于DSA引导下经股动脉[[插管至双侧卵巢动脉|r:oa,ir#观察组]]，每侧卵巢缓慢注入"
            "[[人脐带间充质干细胞|c:uc#观察组]]（[[hUC-MSCs|c:uc#观察组]]）悬液[[2 mL|d:2,mL,ovary#观察组]]"
            "（含细胞[[5×10^{6}个|d:5e6,cells,ovary#观察组]]），每月1次，[[共3次|s:3#观察组]]。"
            "两组均于治疗前及末次治疗后[[1、3、6个月|f:6,month]]检测血清FSH、LH、E2及AMH，并随访[[12个月|f:12,month]]"
            "记录月经恢复及妊娠情况。结果 观察组失访2例，对照组失访3例，最终81例完成研究。末次治疗后[[6个月|f:6,month]]，"
            "观察组[[FSH|h:FSH,dec#观察组]]、[[LH水平较治疗前明显下降|h:LH,dec#观察组]]，[[AMH|h:AMH,inc#观察组]]、"
            "[[E2水平升高|h:E2,inc#观察组]]（P均<0.05）；对照组FSH[[略有下降|h:FSH,dec#对照组]]，AMH"
            "[[无明显变化|h:AMH,nc#对照组]]。治疗后观察组FSH[[低于|h:FSH,dec#观察组]]对照组（P<0.05）。随访期间观察组"
            "月经恢复11例，妊娠2例；对照组月经恢复4例，无妊娠。两组均未发生严重不良反应。结论 "
            "[[经卵巢动脉|r:oa,ir]][[hUC-MSCs|c:uc]]移植[[3次|s:3]]可[[降低POI患者FSH水平|h:FSH,dec]]、"
            "[[升高AMH|h:AMH,inc]]，疗效可维持至[[治疗后半年|f:0.5,year]]。"
        ),
        notes=(
            "中华妇产科杂志式结构化摘要。样本：86例（总）、各43例（each_arm，无arm）；失访例数及'81例完成研究'为其子集，不标。"
            "观察组方案句以'观察组'开头，其后各分句（途径、细胞、剂量、次数）均带arm'观察组'；'两组均…'一句说的是全部组，"
            "不带arm，并终止观察组的延续。剂量：每侧卵巢悬液2 mL与细胞5×10^6个两个剂量事实，per=ovary。'每月1次'为频率，"
            "次数取'共3次'。随访：复查时点列表'1、3、6个月'→6个月一事实；'随访12个月'；结果中'末次治疗后6个月'（独立逗号分句，"
            "未带arm，存疑）；结论'治疗后半年'→0.5年。陷阱：诊断标准'间隔4周以上2次检测'（测量，不是次数）、FSH>25 U/L、"
            "停经≥4个月、40岁前、月经恢复及妊娠例数、激素替代（不是途径）、'插管至双侧卵巢动脉'按导管至靶血管计为"
            "卵巢动脉途径+介入引导（'经股动脉'为血管入路，不在span内）。'治疗后观察组FSH低于对照组'→观察组的下降。对照组FSH'略有下降'为对照组的变化（受激素替代影响，"
            "按指南计入对照组arm）。"
        ),
        layout={"columns": 2, "font": "serif"},
        batch=15,
    ),
    # ------------------------------------------------------------------ 170
    RealText(
        id="zh_blind170_rat_tripterygium_bmsc_exo",
        lang="zh",
        kind="animal",
        title="[[骨髓间充质干细胞|c:bm]]来源[[外泌体|c:ev]]对雷公藤多苷致卵巢早衰大鼠性激素水平的影响",
        authors="刘婧怡，孙浩，马春燕",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        species="rat",
        abstract=(
            "1 材料和方法 1.1 动物 SPF级雌性SD大鼠40只，8周龄，体质量（200±20）g。1.2 造模与分组 适应性喂养1周后随机取"
            "10只作为对照组，其余30只以雷公藤多苷[[50 mg/kg|d:50,mg/kg,-]]灌胃，每日1次，连续14 d，建立卵巢早衰（POF）模型；"
            "造模成功后随机分为模型组、低剂量组和高剂量组，每组10只。取第3代大鼠[[骨髓间充质干细胞|c:bm]]（[[BMSCs|c:bm]]），"
            "无外泌体血清培养48 h后超速离心提取外泌体（[[BMSC|c:bm]]-[[Exos|c:ev]]），粒径30~150 nm，蛋白浓度1 μg/μL。"
            "低剂量组和高剂量组分别经[[尾静脉|r:iv]]注射[[BMSC|c:bm]]-[[Exos|c:ev]] [[50 μg|d:50,ug,-#低剂量组]]、"
            "[[200 μg|d:200,ug,-#高剂量组]]；两组均每3天注射1次，[[共4次|s:4]]。模型组同法注射等体积PBS。"
            "1.3 取材 末次注射后[[7 d|f:7,day]]和[[28 d|f:28,day]]每组分别处死5只，ELISA法检测血清FSH、E2、AMH及LH。"
        ),
        body=[
            "2 结果 2.1 模型鉴定 造模14 d后模型组大鼠动情周期紊乱，血清FSH较对照组升高、AMH降低，提示造模成功。"
            "2.2 性激素 末次注射后[[28 d|f:28,day]]，与模型组比较，高剂量组血清[[FSH降低|h:FSH,dec#高剂量组]]，"
            "[[E2|h:E2,inc#高剂量组]]、[[AMH升高|h:AMH,inc#高剂量组]]（P<0.01）；低剂量组仅[[AMH升高|h:AMH,inc#低剂量组]]"
            "（P<0.05），FSH[[差异无统计学意义|h:FSH,nc#低剂量组]]。LH各组间[[差异无统计学意义|h:LH,nc]]。见表1。",
            (
                "table",
                "表1 各组大鼠末次注射后[[28 d|f:28,day]]血清激素水平（x±s，n=5）",
                [
                    ["组别", "FSH（IU/L）", "E2（pg/mL）", "AMH（ng/mL）"],
                    ["对照组", "4.12±0.55", "38.6±5.1", "6.02±0.71"],
                    ["模型组", "9.87±1.20", "15.3±3.4", "1.88±0.42"],
                    ["低剂量组", "8.96±1.31", "18.7±3.9", "2.91±0.50"],
                    ["高剂量组", "6.05±0.92", "27.4±4.6", "4.36±0.63"],
                ],
                [0.22, 0.26, 0.26, 0.26],
            ),
        ],
        notes=(
            "大鼠实验（资料与方法+结果，中国组织工程研究式），物种默认rat。造模：雷公藤多苷50 mg/kg灌胃，每日1次连续14 d→"
            "剂量事实；灌胃无途径id，'每日1次，连续14 d'为给药时长，不计次数。分组：'低剂量组和高剂量组分别…50 μg、200 μg'→"
            "按'分别'一一对应，arm为'低剂量组''高剂量组'；'两组均每3天注射1次，共4次'→次数4，两组共有，无arm。尾静脉途径所在"
            "分句同时说两组，未给arm。取材：'末次注射后7 d和28 d每组分别处死'→两个随访事实；结果'末次注射后28 d'再计一次。"
            "陷阱：40只/10只/每组10只/n=5（动物，非样本量）、周龄、体质量、第3代、粒径、蛋白浓度1 μg/μL、'造模14 d后'（自造模"
            "起算，非随访）、模型组较对照组FSH升高（模型鉴定，不计）。'LH各组间差异无统计学意义'按无变化计（无arm，存疑）。"
            "表1单元格无事实（首列组名行仅有数值）；表题'末次注射后28 d'为测量时点→随访。"
        ),
        layout={"columns": 1, "font": "sans"},
        batch=15,
    ),
    # ------------------------------------------------------------------ 171
    RealText(
        id="zh_blind171_cohort_prp_dor_sessions",
        lang="zh",
        kind="clinical",
        title="卵巢内注射自体富血小板血浆对卵巢储备功能减退患者卵巢储备指标的影响：一项回顾性队列研究",
        authors="赵敏，李嘉宁，黄卓然",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "目的：评价自体富血小板血浆（PRP）卵巢内注射对卵巢储备功能减退（DOR）患者的作用。方法：回顾性分析2019年1月至"
            "2022年6月在本生殖中心就诊的DOR患者[[112例|n:112]]的临床资料，其中接受PRP[[卵巢内注射|r:io]]者"
            "[[54例|n:54#PRP组]]（PRP组），同期未注射者[[58例|n:58#对照组]]（对照组）。PRP组于"
            "[[经阴道超声引导下行双侧卵巢内注射|r:io,tvus#PRP组]]，每侧卵巢注射PRP [[2 mL|d:2,mL,ovary#PRP组]]；"
            "其中[[31例|n:31#1次]]注射[[1次|s:1#1次]]，[[23例|n:23#2次]]间隔4周注射[[2次|s:2#2次]]。"
            "结果：末次注射后[[3个月|f:3,month]]，PRP组AMH由（0.62±0.21）ng/mL[[升至|h:AMH,inc#PRP组]]"
            "（0.85±0.30）ng/mL，AFC[[增加|h:AFC,inc#PRP组]]，基础FSH[[下降|h:FSH,dec#PRP组]]（P均<0.05）；"
            "对照组[[AMH|h:AMH,nc#对照组]]、[[AFC|h:AFC,nc#对照组]]及[[FSH均无明显变化|h:FSH,nc#对照组]]。"
            "[[2次|s:2]]注射者AMH升高幅度大于[[1次|s:1]]注射者（P=0.04）。全部患者随访至末次注射后[[12个月|f:12,month]]"
            "或活产，PRP组临床妊娠15例，对照组9例。结论：PRP卵巢内注射可在短期内[[提高DOR患者AMH|h:AMH,inc]]，"
            "重复注射或更有益，尚需前瞻性研究证实。"
        ),
        body=[
            "1.2 方法 PRP制备：抽取肘静脉血20 mL，经两次离心得PRP约4 mL，血小板浓度为外周血的4~6倍。DOR诊断参照"
            "博洛尼亚标准：AMH<1.1 ng/mL或AFC<5~7个，且年龄≤42岁。注射后观察30 min无不适即离院。PRP组有3例于末次注射后"
            "6个月内失访，按末次观察结果纳入分析。"
        ],
        notes=(
            "回顾性队列（生殖医学杂志式，非结构化标签'目的：…方法：…'）。PRP不是细胞类型。样本：112例；'54例（PRP组）'"
            "'58例（对照组）'——括号内组名只标该计数的arm；其后'PRP组于…'一句的途径、剂量带PRP组。次数亚组按指南'1次(11例)、"
            "2次(20例)'式以数值作arm标签：'31例注射1次''23例…注射2次'→n与s带arm'1次''2次'（亚组在治疗时即已分开，存疑是否"
            "算'事后亚组'）。'间隔4周'为间隔。'2次注射者…大于1次注射者'为组间幅度比较，次数事实不带arm。随访：'末次注射后"
            "3个月'（独立逗号分句，不带arm）、'随访至末次注射后12个月或活产'。陷阱：抽血20 mL（采集量）、PRP约4 mL（制备量，"
            "非注射量）、血小板浓度倍数、AMH<1.1 ng/mL、AFC<5~7个、年龄、观察30 min、妊娠例数、'3例于…6个月内失访'（失访，"
            "时间窗，不计）。"
        ),
        layout={"columns": 1, "font": "serif"},
        batch=15,
    ),
    # ------------------------------------------------------------------ 172
    RealText(
        id="zh_blind172_case_report_two_ucmsc",
        lang="zh",
        kind="case",
        title="[[人脐带间充质干细胞|c:uc]][[卵巢内移植|r:io]]治疗卵巢早衰[[2例|n:2]]报告",
        authors="周雨桐，程建国",
        journal=_J,
        year=2022,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "例1 女，29岁，继发闭经3年，外院3次检测FSH均>40 IU/L，AMH<0.01 ng/mL，诊断为卵巢早衰（POF）。经伦理委员会批准"
            "并签署知情同意书后，于[[腹腔镜下行双侧卵巢内注射|r:io,lap#例1]]，每侧注射[[人脐带间充质干细胞|c:uc#例1]]"
            "（[[hUC-MSCs|c:uc#例1]]）[[1×10^{7}个|d:1e7,cells,ovary#例1]]，[[单次|s:1#例1]]移植。术后[[3个月|f:3,month#例1]]"
            "复查FSH[[降至|h:FSH,dec#例1]]31.5 IU/L，AMH[[升至|h:AMH,inc#例1]]0.35 ng/mL；术后5个月月经自然来潮。"
            "例1随访[[18个月|f:18,month#例1]]，月经基本规律，未妊娠。"
            "例2 女，35岁，闭经2年，FSH 76.4 IU/L。患者拒绝腹腔镜手术，遂于[[经阴道超声引导下行卵巢内注射|r:io,tvus#例2]]，"
            "每侧[[hUC-MSCs|c:uc#例2]] [[5×10^{6}个|d:5e6,cells,ovary#例2]]，间隔1个月重复1次，[[共注射2次|s:2#例2]]。"
            "末次注射后[[半年|f:0.5,year#例2]]复查，FSH[[轻度下降|h:FSH,dec#例2]]，E2[[升高|h:E2,inc#例2]]，AMH"
            "[[无明显变化|h:AMH,nc#例2]]。例2随访[[1年半|f:1.5,year#例2]]，仍闭经。两例术中、术后均未出现感染、出血等并发症。"
        ),
        body=[
            "讨论 目前干细胞用于POF多为小样本探索。既往研究^[4]对[[15例|n:15]]POF患者行[[骨髓间充质干细胞|c:bm]]"
            "[[卵巢内注射|r:io]]，术后[[6个月|f:6,month]]FSH[[下降|h:FSH,dec]]。本文[[2例|n:2]]提示，[[单次|s:1]]与[[重复注射|s:-]]均可能"
            "[[降低FSH|h:FSH,dec]]，但仍需更长随访。"
        ],
        notes=(
            "病例报告（2例），'例1''例2'作arm，各自的途径、细胞、剂量、次数、随访、激素带该例标签；'例1随访…'以例名开头，"
            "避免'随访'开句而中断标签。标题'2例'为样本量。陷阱：'外院3次检测FSH'（测量，非次数）、FSH>40 IU/L、AMH<0.01、"
            "年龄、闭经年限、'术后5个月月经自然来潮'（至事件时间，非随访）、'间隔1个月重复1次'（不另计，次数取'共注射2次'）、"
            "'双侧'（非次数）、'半年'→0.5年、'1年半'→1.5年。讨论中'既往研究^[4]'为引用研究，其样本、细胞、途径、随访、"
            "激素变化均计。讨论中'干细胞'单独不是细胞类型（陷阱）。讨论'本文2例'为样本量的再次提及（计）；'单次与重复注射'指本文两例的方案：单次→1，重复注射→null，无arm（讨论中名称只标本句，此句未点名例1/例2）。"
        ),
        layout={"columns": 1, "font": "serif"},
        batch=15,
    ),
    # ------------------------------------------------------------------ 173
    RealText(
        id="zh_blind173_singlearm_ucmsc_lupus_nephritis",
        lang="zh",
        kind="clinical",
        title="[[静脉输注|r:iv]][[人脐带间充质干细胞|c:uc]]治疗难治性狼疮肾炎[[40例|n:40]]临床观察",
        authors="韩雪梅，邓志强，许一鸣",
        journal=_J,
        year=2022,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "1 资料与方法 1.1 一般资料 选择2018年5月—2021年4月我科收治的难治性狼疮肾炎患者[[40例|n:40]]，男3例，女37例；"
            "年龄18~52岁，平均（31.4±8.7）岁；病程（6.3±2.9）年。纳入标准：经泼尼松≥0.5 mg/（kg·d）联合环磷酰胺或吗替麦考酚酯"
            "治疗6个月以上仍未缓解，且24 h尿蛋白>1.0 g。本研究为单臂开放设计，未设对照组。"
            "1.2 治疗方法 在原有免疫抑制治疗基础上，于第1天和第8天经外周[[静脉输注|r:iv]]"
            "[[人脐带间充质干细胞|c:uc]]（[[UC-MSC|c:uc]]），每次[[1×10^{6}个/kg|d:1e6,cells/kg,injection]]，"
            "[[共2次|s:2]]。细胞为第3~5代，活率>95%，以生理盐水100 mL悬浮，30 min内输完。"
            "1.3 观察指标 于输注后[[1、3、6、12个月|f:12,month]]门诊复查24 h尿蛋白、血清白蛋白、补体C3及SLEDAI评分。"
        ),
        body=[
            "2 结果 2.1 随访情况 36例完成[[12个月|f:12,month]]随访，4例失访（迁居外地2例，拒绝复查2例）。"
            "2.2 疗效 输注后[[12个月|f:12,month]]，24 h尿蛋白由（3.21±1.08）g降至（1.12±0.76）g（P<0.01），"
            "SLEDAI评分由（14.6±3.2）分降至（6.9±2.8）分，血清白蛋白及补体C3较治疗前升高；完全缓解11例，部分缓解13例，"
            "总有效率66.7%（24/36）。2.3 不良反应 3例输注后出现一过性发热（<38.5 ℃），24 h内自行消退，未见其他不良反应。"
        ],
        notes=(
            "另一疾病（狼疮肾炎）：只标合同有值的事实（细胞、剂量、途径、次数、样本量、随访），无激素事实（尿蛋白、白蛋白、"
            "补体、SLEDAI均非合同激素）。样本：标题与正文'40例'；'男3例，女37例'为性别构成，'36例完成12个月随访'为子集，"
            "失访4例，均不计样本量。次数：'于第1天和第8天…各'为日程，取'共2次'。剂量'每次1×10^6个/kg'：指南说/kg单位per为"
            "null，但文中明写'每次'(/次)，我给了per=injection（存疑）。随访：列表'1、3、6、12个月'→12个月；'完成12个月随访'"
            "（随访时长，计）；'输注后12个月'（结果测量时点，计）。陷阱：泼尼松≥0.5 mg/（kg·d）（纳入标准，背景用药，不是剂量）、"
            "治疗6个月以上（病程/用药时长）、尿蛋白>1.0 g（阈值）、年龄、病程、第3~5代、活率、生理盐水100 mL（载体体积，未标，存疑）、"
            "'30 min内输完'、'24 h内'（时间窗）、缓解例数（结局计数）、'未设对照组'（无arm）。"
        ),
        layout={"columns": 2, "font": "serif"},
        batch=15,
    ),
    # ------------------------------------------------------------------ 174
    RealText(
        id="zh_blind174_review_endometrium_msc_exo",
        lang="zh",
        kind="review",
        title="[[间充质干细胞|c:msc]]及其[[外泌体|c:ev]]修复损伤子宫内膜的研究进展",
        authors="蒋若彤，白云飞",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "宫腔粘连（IUA）和薄型子宫内膜是反复种植失败的重要原因，宫腔镜粘连分离术后复发率可达30%~60%，大剂量雌激素辅助"
            "治疗效果有限，干细胞治疗为其提供了新思路。临床研究方面，Tan等^[12]对[[7例|n:7]]重度IUA患者行自体"
            "[[月经血干细胞|c:men]]宫腔内移植，每例移植[[3次|s:3]]，随访[[6个月|f:6,month]]，5例子宫内膜厚度增至7 mm以上，"
            "其中2例妊娠。Zhao等^[13]将胶原支架负载的[[脐带间充质干细胞|c:uc]]（每例[[1×10^{7}个|d:1e7,cells,patient]]）"
            "置入[[26例|n:26]]患者宫腔，术后[[3个月|f:3,month]]内膜厚度较术前增加，血清[[E2水平无明显变化|h:E2,nc]]，"
            "随访[[30个月|f:30,month]]共10例妊娠。Singh等^[14]经子宫动脉插管输注自体[[骨髓MSC|c:bm]]，"
            "间隔1个月[[共2次|s:2]]，[[18例|n:18]]中12例月经量增加。"
        ),
        body=[
            "动物研究方面，在无水乙醇宫腔灌注建立的大鼠子宫内膜损伤模型中，经[[尾静脉|r:iv@rat]]注射"
            "[[骨髓MSC|c:bm@rat]]来源的[[外泌体|c:ev@rat]]（[[100 μg|d:100,ug,-@rat]]，每日1次，连续3 d）可促进内膜再生，"
            "注射后[[14 d|f:14,day@rat]]腺体数目及微血管密度均增加^[15]。Li等^[16]将[[脂肪间充质干细胞|c:ad@mouse]]"
            "（[[2×10^{5}个|d:2e5,cells,-@mouse]]）经[[腹腔注射|r:ip@mouse]]给予机械损伤小鼠，[[共2次|s:2@mouse]]，"
            "分别于首次注射后[[7 d|f:7,day@mouse]]和[[21 d|f:21,day@mouse]]取材，发现损伤后第3天开始给药者纤维化面积最小。"
            "总体而言，现有临床研究样本量多不足30例、随访多不超过1年，且多数未设对照，尚需多中心随机对照研究验证。"
        ],
        notes=(
            "另一疾病（宫腔粘连/薄型子宫内膜）的综述段落，引用^[12]–^[16]。宫腔内移植、子宫动脉插管输注均无合同途径id"
            "（子宫动脉不是卵巢动脉：陷阱），不标途径。标题'间充质干细胞'按'MSC alone → msc'标msc（综述主题的泛称，存疑）；'干细胞治疗'单独不是细胞类型。"
            "剂量'每例1×10^7个'→per=patient。^[14]'间隔1个月共2次'→2。^[15]外泌体'每日1次，连续3 d'为每日给药时长，不计次数。"
            "^[16]'分别于首次注射后7 d和21 d取材'→两个随访事实（小鼠）。陷阱：复发率30%~60%、7 mm（阈值）、妊娠例数、"
            "'5例''12例'（结局计数）、'损伤后第3天'（自损伤起算）、'不足30例'（上限，不计样本量）、'不超过1年'（非某研究随访）、"
            "大剂量雌激素（无剂量、非激素变化）。^[13]'血清E2水平无明显变化'→E2无变化。"
        ),
        layout={"columns": 1, "font": "sans"},
        batch=15,
    ),
]
