"""Invented papers written for litx by an annotator who had not seen its rules (eighteenth batch).

Part of the development set of invented papers (studied and tuned on, unlike
corpus/heldout_texts.py).  Every title, name, number and sentence below is invented;
nothing is copied from any paper.  Fact marks ``[[words|spec]]`` follow
corpus/ANNOTATION.md and the markup of corpus/make_papers.py (plus ``@animal`` for an
unnamed or other animal, as in corpus/real).  This batch varies journal conventions:
structured abstracts of several houses (Background/Methods/Findings/Interpretation;
Objective/Design/Setting/Patient(s)/Intervention(s); 目的/方法/结果/结论), unstructured
single-paragraph abstracts, results given mostly in tables (time points as column heads,
directions in table cells, group rows), and discussion paragraphs that cite several other
trials with their own numbers.  Kinds: an assessor-blinded PRP trial, a 3 + 3
dose-escalation study, a randomised trial with an HRT control, a retrospective cohort with
arms told apart by their number of injections, a single-arm study, rabbit, mouse and rat
models (cisplatin, ZP3 immunisation, cisplatin, VCD), a case report and a case series, a
meta-analysis and a narrative review.  One text treats another condition (intrauterine
adhesions) and is marked only where the contract has a value.
"""

from __future__ import annotations

try:
    from real_texts import RealText
except ImportError:  # pragma: no cover - imported as corpus.blind_texts18
    from corpus.real_texts import RealText

_LIC = "CC BY 4.0 (written for litx)"
_J = "litx blind set"

BLIND18: list[RealText] = [
    # ------------------------------------------------------------------ 203
    RealText(
        id="en_blind203_rct_prp_poor_responders_ivf",
        lang="en",
        kind="clinical",
        title=(
            "[[Intraovarian|r:io]] platelet-rich plasma before IVF in women with poor ovarian reserve (OVAPLAS): "
            "an assessor-blinded, randomised controlled trial"
        ),
        authors="Larissa Teixeira Beltrame, Joaquim Antunes Rocha, Helena Vasconcelos Prado",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**Background** Autologous platelet-rich plasma (PRP) is now sold by many fertility clinics to women "
            "with a poor ovarian reserve, largely on the strength of uncontrolled series. We asked whether "
            "[[two|s:2]] [[intraovarian|r:io]] PRP injections before IVF increase the number of mature oocytes "
            "retrieved. "
            "**Methods** OVAPLAS was an assessor-blinded, parallel-group trial at two university fertility units "
            "in southern Brazil. Women aged 35–42 years who met POSEIDON group 3 or 4 criteria and had had at "
            "least one cancelled or poor-response cycle were randomly assigned (1:1, permuted blocks of four, "
            "stratified by centre) to the PRP group or the control group. The PRP group had "
            "[[2 mL|d:2,mL,ovary#PRP group]] of PRP "
            "[[injected into each ovary under transvaginal ultrasound guidance|r:io,tvus#PRP group]] at "
            "[[two sessions|s:2#PRP group]] four weeks apart; the control group had no procedure. All women began "
            "an antagonist IVF cycle eight weeks after randomisation. The primary outcome was the number of "
            "metaphase II (MII) oocytes at the first retrieval, analysed by intention to treat. The trial is "
            "registered with ReBEC, RBR-7q2k5d. "
            "**Findings** Between June 2021 and October 2023, 377 women were screened and [[164|n:164]] were "
            "randomised, [[82|n:82]] to each group. The median number of MII oocytes was 3 (IQR 1–5) in the PRP "
            "group and 2 (1–4) in the control group (rate ratio 1·19, 95% CI 0·92–1·54; p=0·18). In the PRP "
            "group the antral follicle count [[rose|h:AFC,inc#PRP group]] by a mean of 1·2 follicles at "
            "[[week 12|f:12,week#PRP group]], whereas AMH [[did not change|h:AMH,nc#PRP group]]. Cumulative live "
            "birth within 12 months was 16% and 13%. No serious adverse event was attributed to the injections. "
            "**Interpretation** [[Two|s:2]] [[intraovarian|r:io]] injections of PRP did not increase the oocyte "
            "yield of women with poor ovarian reserve. The small [[rise in antral follicle count|h:AFC,inc]] did "
            "not translate into more oocytes, and the treatment should not be offered outside trials. "
            "**Funding** Fundação de Amparo à Pesquisa do Estado do Rio Grande do Sul."
        ),
        body=[
            "**Participants.** POSEIDON groups 3 and 4 comprise women with an AMH below 1·2 ng/mL or an AFC "
            "below five; we also required a day 2–4 FSH of at least 10 IU/L. Women with a single ovary, an "
            "endometrioma larger than 3 cm or a platelet count below 150 × 10^{9}/L were excluded. Of the 213 "
            "screened women who were not randomised, 141 did not meet the criteria and 72 declined.",
            "**Procedures.** In the PRP group, 20 mL of venous blood was drawn into sodium citrate tubes at each "
            "session and centrifuged twice (400 g for 10 min, then 800 g for 10 min), which gave about 5 mL of "
            "plasma with a platelet concentration 4·5 times that of whole blood. Under propofol sedation, "
            "[[2 mL|d:2,mL,ovary#PRP group]] was "
            "[[injected under transvaginal ultrasound guidance into the cortex of each ovary|r:io,tvus#PRP group]] "
            "at three or four sites through a 17-gauge needle. The second session followed four weeks later; one "
            "woman declined it. Women in the control group attended the same visits but had no blood drawn, and "
            "the sonographers who counted follicles and the embryologists did not know the allocation. "
            "Stimulation used each centre's maximum gonadotropin dose in a GnRH-antagonist regimen. Only the first "
            "IVF cycle counted for the primary outcome, although women could start up to three cycles, and all "
            "women were followed for [[12 months|f:12,month]] after randomisation.",
            (
                "table",
                "Table 2. Ovarian reserve markers by group, mean (SD)",
                [
                    ["Group", "Marker", "Baseline", "Week 8", "[[Week 12|f:12,week]]"],
                    ["PRP group", "AMH (ng/mL)", "0·58 (0·31)", "0·61 (0·35)", "0·60 (0·33)"],
                    ["PRP group", "AFC", "3·9 (1·8)", "4·6 (2·0)", "5·1 (2·2)"],
                    ["PRP group", "FSH (IU/L)", "13·8 (4·1)", "13·1 (4·4)", "13·5 (4·0)"],
                    ["Control group", "AMH (ng/mL)", "0·61 (0·29)", "0·59 (0·30)", "0·58 (0·31)"],
                    ["Control group", "AFC", "4·0 (1·7)", "4·1 (1·9)", "4·2 (1·8)"],
                    ["Control group", "FSH (IU/L)", "13·2 (3·9)", "13·6 (4·2)", "13·4 (4·1)"],
                ],
                [0.24, 0.2, 0.18, 0.19, 0.19],
            ),
            (
                "table",
                "Table 3. IVF outcomes (intention to treat)",
                [
                    ["Outcome", "PRP group", "Control group"],
                    ["Women who started stimulation", "76", "79"],
                    ["Cycles cancelled before retrieval", "9", "11"],
                    ["MII oocytes, median (IQR)", "3 (1–5)", "2 (1–4)"],
                    ["Women with at least one euploid blastocyst", "17", "14"],
                    ["Live birth within 12 months, n (%)", "13 (16)", "11 (13)"],
                ],
                [0.5, 0.25, 0.25],
            ),
            "**Comparison with other trials.** Our result sits closer to the neutral trials than to the "
            "enthusiastic series. Mirzaei and colleagues [21] randomised [[120 women|n:120]] with poor ovarian "
            "reserve to [[one|s:1]] [[intraovarian|r:io]] PRP injection or none and found AMH [[higher|h:AMH,inc]] "
            "at [[two months|f:2,month]] but no more oocytes. A Greek trial of [[78 women|n:78]] [22] reported that "
            "the AFC [[increased|h:AFC,inc]] while FSH [[stayed the same|h:FSH,nc]] after [[4 mL|d:4,mL,-]] of PRP "
            "shared between the ovaries. In the largest trial so far, [[230 Danish women|n:230]] had PRP or saline "
            "[[three times|s:3]] at monthly intervals [23], and AMH [[was unchanged|h:AMH,nc]] "
            "[[six months|f:6,month]] after the last injection. None of these trials, nor ours, used a sham "
            "ovarian puncture, and placebo-controlled trials of cell products such as "
            "[[mesenchymal stromal cells|c:msc]] will meet the same difficulty.",
        ],
        notes=(
            "Assessor-blinded RCT of PRP (PRP is not a cell type: no cell marks for it). Arms 'PRP group' and "
            "'control group' (named in Methods); the control group had no procedure and its table rows hold "
            "numbers only, so no hormone facts for it (an untreated control: the guide excludes its changes). "
            "Sample: 377 screened (no fact), 164 randomised, '82 to each group' (each_arm, no arm label). Sessions: "
            "'two' in Background and Interpretation (no arm), 'two sessions' in the PRP group; 'The second "
            "session' is an ordinal of counted sessions (no fact); 'up to three cycles' of IVF and 'centrifuged "
            "twice' are no sessions. Dose: 2 mL per ovary (injected volume); 20 mL of blood drawn and 5 mL "
            "prepared are harvest/product volumes, not doses; platelet count threshold no dose. Follow-up: "
            "'week 12' in the PRP group's sentence (arm), 'followed for 12 months'; 'live birth within 12 months' "
            "is a window (no fact, also in Table 3); Table 2 heads Baseline | Week 8 | Week 12 -> the last head. "
            "Table 3 counts (women who started stimulation, cancelled cycles) are outcome counts, not samples. "
            "Discussion (cited trials, each sentence its own): [21] 120 women, one intraovarian injection, AMH "
            "higher at two months; [22] 78 women, AFC increased, FSH stayed the same, 4 mL (total, per null); "
            "[23] 230 women, three times, AMH unchanged six months; 'mesenchymal stromal cells' msc. Traps: ages "
            "35–42, AMH/AFC/FSH thresholds, 'eight weeks after randomisation' (start of IVF: a schedule), "
            "'four weeks apart', three or four sites, 17-gauge, propofol sedation, rate ratio, percentages."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=18,
    ),
    # ------------------------------------------------------------------ 204
    RealText(
        id="en_blind204_rabbit_cisplatin_adsc_laparoscopic_vs_ear_vein",
        lang="en",
        kind="animal",
        title=(
            "Autologous [[adipose-derived stromal cells|c:ad]] [[injected into cisplatin-damaged rabbit ovaries at "
            "laparoscopy|r:io,lap]] or [[infused through the ear vein|r:iv]]"
        ),
        authors="Tomasz Wierzbicki, Aurélie Fontanet, Kwame Boateng",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        species="animal",
        abstract=(
            "Rodent ovaries are too small to be punctured with clinical instruments, which limits what mouse and "
            "rat studies can say about direct delivery. We therefore worked in rabbits. Thirty New Zealand White "
            "does received [[three|s:3]] weekly [[intravenous|r:iv]] doses of cisplatin ([[2 mg/kg|d:2,mg/kg,-]] "
            "each). Subcutaneous fat was taken from the groin of each doe, and its stromal cells were expanded "
            "for 12 days and returned to the same animal one week after the last cisplatin dose: ten does (the "
            "[[ADSC|c:ad#ADSC group]] group) received [[2 × 10^{6}|d:2e6,cells,ovary#ADSC group]] autologous "
            "[[adipose-derived stromal cells|c:ad#ADSC group]] ([[ADSCs|c:ad#ADSC group]]) "
            "[[into each ovary at laparoscopy|r:io,lap#ADSC group]], ten (the ear-vein group) received "
            "[[4 × 10^{6}|d:4e6,cells,-#ear-vein group]] [[ADSCs|c:ad#ear-vein group]] "
            "[[through the marginal ear vein|r:iv#ear-vein group]], and ten were given saline (the cisplatin "
            "group). Half of each group was killed [[four|f:4,week]] and half [[eight weeks|f:8,week]] after "
            "the cells. At [[eight weeks|f:8,week#ADSC group]], serum AMH [[was higher|h:AMH,inc#ADSC group]] in "
            "the [[ADSC|c:ad#ADSC group]] group than in the cisplatin group and estradiol [[had risen|h:E2,inc#ADSC group]] to "
            "two-thirds of the value in healthy does, whereas in the ear-vein group neither "
            "[[AMH|h:AMH,nc#ear-vein group]] nor [[estradiol|h:E2,nc#ear-vein group]] differed from the cisplatin "
            "group. PKH26-labelled cells remained in the ovarian cortex [[eight weeks|f:8,week]] after "
            "[[intraovarian|r:io]] injection but were not found after [[intravenous|r:iv]] delivery. In a "
            "large-animal model, then, only direct delivery kept the cells where they were needed."
        ),
        body=[
            "**Animals and model.** Thirty-five female New Zealand White rabbits, five to six months old and "
            "weighing 3.2–3.8 kg, were housed singly on a 12-h light cycle. Thirty were given cisplatin "
            "[[into the marginal ear vein|r:iv]] at [[2 mg/kg|d:2,mg/kg,-]] on days 1, 8 and 15; five were left "
            "untreated as healthy references. Two does that lost more than 15% of their weight were replaced "
            "before randomisation.",
            "**Cells.** Under ketamine–xylazine anaesthesia, about 3 g of inguinal fat was excised through a "
            "2-cm incision, minced and digested with 0.1% collagenase for 45 min. Adherent cells were expanded "
            "for 12 days and used at passage 3; they were CD44- and CD90-positive and CD45-negative, and they "
            "formed fat and bone in differentiation medium. On the day of use they were labelled with PKH26.",
            "**Delivery.** In the [[ADSC|c:ad#ADSC group]] group, a 5-mm laparoscope was introduced at the umbilicus and each ovary "
            "was steadied with atraumatic forceps while [[0.2 mL|d:0.2,mL,ovary#ADSC group]] of suspension was "
            "[[injected into it through a 25-gauge needle|r:io,lap#ADSC group]]. The ear-vein group received the "
            "cells in [[1 mL|d:1,mL,-#ear-vein group]] of saline [[through the marginal ear vein|r:iv#ear-vein group]] "
            "over two minutes, and the cisplatin group received saline alone. Every animal was treated "
            "[[once|s:1]].",
            (
                "table",
                "Table 1. Outcomes [[eight weeks|f:8,week]] after treatment (five does per group; mean ± SD)",
                [
                    ["Group", "Cells", "Route", "AMH (ng/mL)", "Estradiol (pg/mL)", "Follicles"],
                    ["Healthy", "—", "—", "2.05 ± 0.41", "47.2 ± 9.3", "11.9 ± 2.6"],
                    ["Cisplatin", "—", "—", "0.62 ± 0.19", "21.4 ± 5.2", "3.1 ± 1.4"],
                    ["[[ADSC|c:ad#ADSC group]]", "[[2 × 10^{6} per ovary|d:2e6,cells,ovary#ADSC group]]",
                     "[[Intraovarian (laparoscopy)|r:io,lap#ADSC group]]", "1.48 ± 0.33", "31.9 ± 7.1",
                     "7.8 ± 2.0"],
                    ["Ear vein", "[[4 × 10^{6}|d:4e6,cells,-#ear-vein group]]",
                     "[[Intravenous|r:iv#ear-vein group]]", "0.71 ± 0.24", "24.9 ± 6.6", "3.6 ± 1.7"],
                ],
                [0.1, 0.22, 0.25, 0.14, 0.16, 0.13],
            ),
            "**Findings.** At [[four weeks|f:4,week]] only the follicle counts separated the groups. By "
            "[[eight weeks|f:8,week]], AMH in the [[ADSC|c:ad#ADSC group]] group [[had risen|h:AMH,inc#ADSC group]] to more than "
            "twice the cisplatin-group value, and primordial follicles were 2.5 times as numerous. Red "
            "fluorescence was seen in the cortex of every [[ADSC|c:ad#ADSC group]]-group ovary; in the ear-vein group it was found "
            "in the lungs and spleen but in no ovary.",
            "**Discussion.** Small-animal work has mostly used the vein: in mice, [[bone marrow mesenchymal stem "
            "cells|c:bm@mouse]] given [[through the tail vein|r:iv@mouse]] after cyclophosphamide "
            "([[120 mg/kg|d:120,mg/kg,-@mouse]]) [[lowered FSH|h:FSH,dec@mouse]] in one study [11], and rat "
            "studies report similar results [12]. Only one other large-animal study exists: in ewes, "
            "[[1 × 10^{7}|d:1e7,cells,-]] [[amniotic mesenchymal stem cells|c:am]] injected "
            "[[into the ovarian artery|r:oa]] [[raised AMH|h:AMH,inc]] [[three months|f:3,month]] later [13].",
        ],
        notes=(
            "Rabbit study: species 'animal' for every fact (rabbits are not a named species of the markup); the "
            "cited mouse study keeps @mouse, the ewe study stays 'animal' (default). Arms 'ADSC group' (its name holds a cell mention at every naming) and "
            "'ear-vein group' (named with counts of does, which are animals: no sample facts anywhere). Model drug: "
            "cisplatin 2 mg/kg iv, 'three weekly ... doses' is a stated count (sessions 3); 'days 1, 8 and 15' a "
            "schedule (no fact). Dose in the abstract: 2 × 10^6 into each ovary (per ovary). 'Half of each group "
            "was killed four and eight weeks after the cells' -> two follow-up facts, no arm ('each group'); "
            "'At eight weeks' in the ADSC group's clause -> arm. The ear-vein sentence: 'neither AMH nor "
            "estradiol differed from the cisplatin group' -> two no_change facts of that group. 'Every animal was "
            "treated once' -> sessions 1 (all groups, no arm). Table 1: rows by first cell; 'ADSC' is the ADSC "
            "group (a cell mention); 'Ear vein' = ear-vein group; caption 'eight weeks' follow-up. 'At four "
            "weeks only the follicle counts separated the groups' -> follow-up only. Traps: 12 days of culture, "
            "one week after the last cisplatin dose (from the model), ages, weights, 15% weight, 3 g fat, 0.1% "
            "collagenase, passage 3, 'Subcutaneous fat' (a harvest site, not a route), ketamine–xylazine "
            "anaesthesia, saline to the cisplatin group, 'two-thirds', 'twice the value', 2.5 times."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=18,
    ),
    # ------------------------------------------------------------------ 205
    RealText(
        id="en_blind205_phase1_amniotic_msc_three_dose_levels",
        lang="en",
        kind="clinical",
        title=(
            "Escalating doses of [[human amniotic mesenchymal stromal cells|c:am]] "
            "[[injected into the ovaries|r:io]] of women with premature ovarian insufficiency: a 3 + 3 phase 1 "
            "study"
        ),
        authors="Nadia Abou-Khalil, Pieter van Rensburg, Song Yiting",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**Objective:** To find the highest tolerated dose of [[human amniotic mesenchymal stromal "
            "cells|c:am]] ([[hAMSCs|c:am]]) given by [[intraovarian injection|r:io]] in premature ovarian "
            "insufficiency (POI). "
            "**Design:** Open-label 3 + 3 dose-escalation study. "
            "**Setting:** Reproductive medicine unit of a university hospital. "
            "**Patient(s):** [[Twelve women|n:12]] aged 28–39 years in whom POI had been diagnosed at least one "
            "year earlier. "
            "**Intervention(s):** [[hAMSCs|c:am]] were [[injected into both ovaries under transvaginal ultrasound "
            "guidance|r:io,tvus]] at three dose levels, [[1 × 10^{6}|d:1e6,cells,ovary#level 1]] (level 1), "
            "[[5 × 10^{6}|d:5e6,cells,ovary#level 2]] (level 2) and "
            "[[1 × 10^{7} cells per ovary|d:1e7,cells,ovary#level 3]] (level 3); every woman had [[two|s:2]] "
            "injections, the second identical to the first and given 12 weeks later. "
            "**Main Outcome Measure(s):** Dose-limiting toxicity (DLT) within four weeks of either injection; "
            "serum FSH and AMH; return of menses. "
            "**Result(s):** Levels 1 and 2 each enrolled [[three women|n:3]] without a DLT. One of the first "
            "three women at level 3 developed a tubo-ovarian abscess after her second injection, and level 3 was "
            "expanded to [[six women|n:6#level 3]] with no further DLT. Over a median follow-up of "
            "[[14 months|f:14,month]] (range 9–20), FSH [[fell|h:FSH,dec]] by more than 30% in seven women, AMH "
            "[[rose|h:AMH,inc]] above the detection limit in four, three of whom had received level 3, and menses "
            "returned in five. "
            "**Conclusion(s):** Up to [[1 × 10^{7}|d:1e7,cells,ovary]] [[hAMSCs|c:am]] per ovary, given "
            "[[twice|s:2]], was tolerated; level 3 will be the dose of the phase 2 trial. "
            "**Clinical Trial Registration Number:** ChiCTR2200061187."
        ),
        body=[
            "**Cells.** Amnion was peeled from the placentas of two healthy donors delivered by elective "
            "caesarean section. [[hAMSCs|c:am]] were released by sequential trypsin and collagenase digestion, "
            "banked at passage 3 and used at passage 5; every lot was CD73-, CD90- and CD105-positive, HLA-DR- "
            "negative and free of mycoplasma and endotoxin. On the morning of injection a vial was thawed, washed "
            "and suspended at 1 × 10^{7} cells/mL in saline, and [[0.1|d:0.1,mL,ovary#level 1]], "
            "[[0.5|d:0.5,mL,ovary#level 2]] or [[1 mL|d:1,mL,ovary#level 3]] was injected per ovary at levels 1, "
            "2 and 3, respectively, spread over two or three sites.",
            "**Escalation and visits.** Three women were treated at a level; if none had a DLT the next three "
            "received the next level, and if one had a DLT three more were added at the same level. The decision "
            "to escalate was taken once the third woman of a level had completed her DLT window. Women were seen "
            "[[at weeks 1, 4, 12, 13, 16 and 24|f:24,week]] after the first injection and every three months "
            "thereafter, until their last visit in December 2024. Twenty-nine women were screened; nine had "
            "ovarian volumes too small to puncture safely, five had autoimmune thyroid disease needing treatment, "
            "and three declined.",
            (
                "table",
                "Table 2. Dose levels, safety and response",
                [
                    ["Dose level", "Cells per ovary", "Women treated", "DLT", "FSH fall > 30%", "AMH detectable",
                     "Menses returned"],
                    ["Level 1", "[[1 × 10^{6}|d:1e6,cells,ovary#level 1]]", "[[3|n:3#level 1]]", "0", "1", "0", "1"],
                    ["Level 2", "[[5 × 10^{6}|d:5e6,cells,ovary#level 2]]", "[[3|n:3#level 2]]", "0", "2", "1", "1"],
                    ["Level 3", "[[1 × 10^{7}|d:1e7,cells,ovary#level 3]]", "[[6|n:6#level 3]]", "1", "4", "3", "3"],
                    ["All", "—", "[[12|n:12]]", "1", "7", "4", "5"],
                ],
                [0.14, 0.17, 0.14, 0.09, 0.16, 0.15, 0.15],
            ),
            "**Safety.** Apart from the abscess, which resolved with intravenous antibiotics, adverse events were "
            "pelvic pain lasting less than two days (nine women) and vaginal spotting (four). No woman developed "
            "anti-HLA antibodies by [[week 24|f:24,week]].",
            "**Discussion.** Two other groups have escalated cell doses in POI. Ferreira et al. [24] infused "
            "[[bone marrow MSCs|c:bm]] [[into the ovarian artery|r:oa]] of [[nine women|n:9]] at "
            "[[2.5 × 10^{6} to 1 × 10^{7} cells|d:2.5e6,cells,-,2.5e6,1e7]] and saw no toxicity at any level; FSH "
            "[[decreased|h:FSH,dec]] in six of them at [[six months|f:6,month]]. A Chinese study escalated "
            "[[umbilical cord MSCs|c:uc]] given [[intravenously|r:iv]] from "
            "[[0.5 to 2 × 10^{6} cells/kg|d:5e5,cells/kg,-,5e5,2e6]] in [[18 women|n:18]] [25] and found AMH "
            "[[unchanged|h:AMH,nc]] [[one year|f:1,year]] later. Neither study gave a second dose, so ours is the "
            "first to show that [[two|s:2]] [[intraovarian|r:io]] injections of the same product are safe.",
        ],
        notes=(
            "3 + 3 dose escalation, Fertility and Sterility-style structured abstract. Arms are the dose levels "
            "('level 1', 'level 2', 'level 3', named '(level 1)' after each value; table rows 'Level 1' … are the "
            "same arms). Sample: 'Twelve women' and the table's 'All' 12 (no arm); 'Levels 1 and 2 each enrolled "
            "three women' (each_arm, no label); 'six women' at level 3; the table's 3/3/6 with arms. Screened 29 "
            "and the exclusions are no samples; 'seven women', 'four', 'five' are responders. Sessions: 'two "
            "injections', 'twice', 'two intraovarian injections' (no arm, every level); 'the second' and 'either "
            "injection' are no counts; 'three dose levels' no sessions; 'two or three sites' no sessions. Dose "
            "volumes 0.1/0.5/1 mL per ovary 'respectively' -> arms; 1 × 10^7 cells/mL is a concentration. The "
            "conclusion's 'Up to 1 × 10^7 ... per ovary' -> one dose fact, no arm. Follow-up: median 14 months "
            "(the range 9–20 in brackets restates its spread: not a second fact); the visit list weeks 1 … 24 -> "
            "week 24 (the 'every three months thereafter' is a frequency); 'by week 24' (anti-HLA). Table heads "
            "such as 'FSH fall > 30%' only name variables (no hormone facts). Discussion: [24] bone marrow MSCs, "
            "ovarian artery, nine women, range 2.5 × 10^6–1 × 10^7 cells, FSH decreased, six months; [25] UC-MSCs "
            "iv, 0.5–2 × 10^6 cells/kg range, 18 women, AMH unchanged, one year. Traps: ages, 'at least one year "
            "earlier', DLT window 'within four weeks', 12 weeks later (interval), passage 3/5, 'completed her DLT window', intravenous antibiotics (not the therapy), pain < 2 days."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=18,
    ),
    # ------------------------------------------------------------------ 206
    RealText(
        id="en_blind206_case_adsc_two_stage_booster_lymphoma",
        lang="en",
        kind="case",
        title=(
            "Spontaneous pregnancy after [[two|s:2]] [[intraovarian|r:io]] injections of autologous "
            "[[adipose-derived mesenchymal stem cells|c:ad]] in chemotherapy-induced ovarian insufficiency: a "
            "case report"
        ),
        authors="Ioana Mărgineanu, Felix Oyelaran-Brandt",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**Background:** Escalated alkylating chemotherapy leaves many young survivors of Hodgkin lymphoma "
            "with ovarian insufficiency. We present [[a single case|n:1]] in which autologous cells were delivered "
            "in a two-stage procedure and again, as a booster, six months later. "
            "**Case presentation:** A 31-year-old nulliparous woman, treated at 24 with six cycles of escalated "
            "BEACOPP, had been amenorrhoeic for 26 months, with an FSH of 92 IU/L and an undetectable AMH. At the "
            "first stage, fat was aspirated from her abdomen; 16 days later, at laparoscopy, "
            "[[3 × 10^{7}|d:3e7,cells,-]] culture-expanded [[adipose-derived mesenchymal stem cells|c:ad]] "
            "([[AD-MSCs|c:ad]]) were [[injected into the two ovaries under laparoscopic view|r:io,lap]], half "
            "into each. A booster of [[1 × 10^{7} cells per ovary|d:1e7,cells,ovary]] was "
            "[[injected into each ovary through the vagina under ultrasound guidance|r:io,tvus]]. FSH "
            "[[fell|h:FSH,dec]] to 38 IU/L [[three months|f:3,month]] after the first injection, menses returned "
            "after five months, and AMH [[rose|h:AMH,inc]] to 0.21 ng/mL. She conceived spontaneously eleven "
            "months after the booster and gave birth to a healthy boy at 38 weeks. "
            "**Conclusions:** In this woman [[intraovarian|r:io]] [[AD-MSCs|c:ad]] were followed by ovarian "
            "function good enough for a natural conception; whether the booster was needed cannot be known from "
            "one case."
        ),
        body=[
            "**History.** Hodgkin lymphoma, nodular sclerosis stage IIB, was diagnosed when the patient was 24. "
            "She declined oocyte cryopreservation because treatment could not be delayed. After six cycles of "
            "escalated BEACOPP and consolidation radiotherapy she remained in complete remission, but her periods "
            "stopped during the fourth cycle and did not return. Two FSH measurements six weeks apart were 88 and "
            "92 IU/L, and her karyotype was 46,XX.",
            "**Treatment.** The first stage was a liposuction under general anaesthesia, in which 120 mL of "
            "lipoaspirate was taken from the lower abdomen. The stromal vascular fraction was plated, and the "
            "cells were expanded for 14 days to passage 2 in a GMP laboratory; they expressed CD73, CD90 and "
            "CD105 and lacked CD34 and CD45. At the second stage, 16 days after the first, "
            "[[1.5 × 10^{7}|d:1.5e7,cells,ovary]] cells in [[1 mL|d:1,mL,ovary]] of saline were "
            "[[injected laparoscopically into each ovary|r:io,lap]] at four points of the cortex. Because FSH "
            "was still 61 IU/L at the [[sixth month|f:6,month]], a booster of [[1 × 10^{7} cells|d:1e7,cells,ovary]] "
            "per ovary from the same culture, cryopreserved at passage 2, was "
            "[[given transvaginally into both ovaries with ultrasound guidance|r:io,tvus]] under sedation. In "
            "all she received [[two|s:2]] cell injections; the liposuction is not counted as one.",
            (
                "table",
                "Table 1. Hormone values before and after the first cell injection",
                [
                    ["Marker", "Before", "Month 3", "Month 6 (booster)", "Month 9", "[[Month 22|f:22,month]]"],
                    ["FSH (IU/L)", "92", "38", "61", "29", "17"],
                    ["LH (IU/L)", "54", "27", "40", "19", "11"],
                    ["Estradiol (pg/mL)", "< 15", "41", "22", "96", "133"],
                    ["AMH (ng/mL)", "< 0.01", "< 0.01", "0.04", "0.21", "0.35"],
                ],
                [0.22, 0.13, 0.13, 0.18, 0.13, 0.21],
            ),
            "**Outcome.** After the booster FSH [[fell|h:FSH,dec]] a second time, LH [[fell with it|h:LH,dec]] and "
            "estradiol [[increased|h:E2,inc]], and her cycles became regular at intervals of 27 to 33 days. She "
            "conceived without treatment and had an uneventful pregnancy. She was followed for "
            "[[22 months|f:22,month]] after the first injection.",
            "**Discussion.** Adipose tissue yields many cells at little cost to the patient, which suits a "
            "two-stage plan. A Turkish report [8] described [[two women|n:2]] given [[AD-MSCs|c:ad]] "
            "[[into the ovaries|r:io]] after chemotherapy, neither of whom conceived. In a series of "
            "[[eleven women|n:11]] with POI [9], autologous bone marrow-derived stem cells infused "
            "[[into the ovarian artery|r:oa]] were followed by [[higher AMH|h:AMH,inc]] in four, but the effect "
            "had faded by [[one year|f:1,year]]. That FSH in our patient was back at 61 IU/L by the "
            "[[sixth month|f:6,month]] suggests that the effect of the first injection was waning.",
        ],
        notes=(
            "Single case report: no arms; 'a single case' is the sample (n 1; the 31-year-old woman is not a "
            "count). Sessions: title 'two', body 'In all she received two cell injections'; 'two-stage "
            "procedure', 'the first stage', 'the second stage', 'a booster', 'the first injection' are no counts "
            "(the booster and the stages are not counted words; the stated count is two); six cycles of BEACOPP, "
            "'the fourth cycle' and 'Two FSH measurements' are no sessions. Doses: 3 × 10^7 total (per null), "
            "1.5 × 10^7 and 1 mL into each ovary, booster 1 × 10^7 per ovary (twice). Routes: laparoscopic "
            "intraovarian (first injection), transvaginal ultrasound-guided intraovarian (booster). Follow-up: "
            "'three months after the first injection' (FSH measured), table heads Before | Month 3 | … | Month "
            "22 -> Month 22, 'followed for 22 months'. Hormones: FSH fell, AMH rose (abstract); after the booster "
            "FSH fell, LH fell, estradiol increased. 'FSH was still 61 IU/L at the sixth month' and 'back at 61 IU/L "
            "by the sixth month' are values, not stated changes (no hormone "
            "fact), but 'the sixth month' is a time after treatment at which FSH was measured (follow-up, "
            "twice). "
            "Discussion: [8] two women, AD-MSCs into the ovaries; [9] eleven women, ovarian artery, higher AMH, "
            "one year; 'bone marrow-derived stem cells' is BMDSC (unfractionated: no cell type). Traps: ages 31 "
            "and 24, 26 months amenorrhoea, FSH 92, 120 mL lipoaspirate (harvest), 14 days culture, passage 2, "
            "16 days (interval), 'menses returned after five months', 'conceived eleven months after the "
            "booster' (times to events), 38 weeks of gestation, cycle intervals 27–33 days."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=18,
    ),
    # ------------------------------------------------------------------ 207
    RealText(
        id="en_blind207_meta_analysis_intraovarian_prp_thirteen_studies",
        lang="en",
        kind="review",
        title=(
            "[[Intraovarian|r:io]] platelet-rich plasma for poor ovarian reserve and premature ovarian "
            "insufficiency: a systematic review and meta-analysis"
        ),
        authors="Siobhán Kavanagh, Arjun Raghunathan, Elif Demirtaş",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**Purpose** To summarise the effect of [[intraovarian|r:io]] platelet-rich plasma (PRP) on markers "
            "of ovarian reserve. "
            "**Methods** MEDLINE, Embase, CENTRAL, CNKI and Wanfang were searched to March 2025 for randomised, "
            "cohort and before–after studies of PRP [[injected into the ovaries|r:io]] of women with poor ovarian "
            "reserve (POR) or premature ovarian insufficiency (POI) that reported AMH, FSH or the antral follicle "
            "count (AFC) at least one month after injection. Mean differences (MD) were pooled with random-effects "
            "models, and risk of bias was judged with RoB 2 and ROBINS-I. "
            "**Results** Thirteen studies (four randomised trials and nine cohort or before–after studies) with "
            "[[1,106 women|n:1106]] were included. After PRP, AMH [[increased|h:AMH,inc]] (MD 0.21 ng/mL, 95% CI "
            "0.09 to 0.33; I² = 71%), FSH [[decreased|h:FSH,dec]] (MD −4.6 IU/L, −7.9 to −1.3) and the AFC "
            "[[rose|h:AFC,inc]] (MD 1.1, 0.5 to 1.7). In the four randomised trials ([[512 women|n:512]]), only "
            "the AFC [[improved|h:AFC,inc]] relative to controls, and no trial found more live births. "
            "**Conclusions** The changes after PRP are small and rest mainly on uncontrolled studies; the "
            "randomised evidence does not support routine use."
        ),
        body=[
            "**Eligibility.** We accepted studies of women of any age with POR (Bologna or POSEIDON criteria) or "
            "POI (ESHRE criteria) who received autologous PRP by any ovarian route and had at least one reserve "
            "marker measured before and after. We excluded studies that combined PRP with growth hormone, with "
            "cells or with ovarian tissue activation, and reports with fewer than ten women.",
            (
                "table",
                "Table 1. Characteristics of the seven largest included studies",
                [
                    ["Study", "Design", "Population", "Women", "PRP per ovary", "Injections", "Follow-up",
                     "Reported change"],
                    ["Aksoy 2021 [9]", "Before–after", "POI", "[[62|n:62]]", "[[2 mL|d:2,mL,ovary]]", "[[1|s:1]]",
                     "[[3 months|f:3,month]]", "[[AMH increased|h:AMH,inc]]"],
                    ["Sharma 2022 [10]", "Cohort", "POR", "[[148|n:148]]", "[[4 mL|d:4,mL,ovary]]", "[[2|s:2]]",
                     "[[6 months|f:6,month]]", "[[AFC rose|h:AFC,inc]]; [[AMH unchanged|h:AMH,nc]]"],
                    ["Li 2022 [11]", "RCT", "POR", "[[120|n:120]]", "[[1 mL|d:1,mL,ovary]]", "[[1|s:1]]",
                     "[[2 months|f:2,month]]", "[[AMH increased|h:AMH,inc]]"],
                    ["Papadakis 2023 [12]", "RCT", "POR", "[[78|n:78]]", "[[2 mL|d:2,mL,ovary]]", "[[1|s:1]]",
                     "[[3 months|f:3,month]]", "[[AFC increased|h:AFC,inc]]; [[FSH unchanged|h:FSH,nc]]"],
                    ["Moreno 2023 [13]", "Before–after", "POI", "[[41|n:41]]", "[[3–5 mL|d:3,mL,ovary,3,5]]",
                     "[[2|s:2]]", "[[12 months|f:12,month]]", "[[FSH decreased|h:FSH,dec]]"],
                    ["Okafor 2024 [14]", "Cohort", "POR", "[[96|n:96]]", "[[2 mL|d:2,mL,ovary]]", "[[3|s:3]]",
                     "[[6 months|f:6,month]]", "[[AMH increased|h:AMH,inc]]; [[FSH decreased|h:FSH,dec]]"],
                    ["Nielsen 2024 [15]", "RCT", "POR", "[[230|n:230]]", "[[2 mL|d:2,mL,ovary]]", "[[3|s:3]]",
                     "[[6 months|f:6,month]]", "[[AMH unchanged|h:AMH,nc]]"],
                ],
                [0.17, 0.12, 0.09, 0.07, 0.1, 0.08, 0.1, 0.27],
                7.0,
            ),
            (
                "table",
                "Table 2. Pooled changes after PRP (random effects)",
                [
                    ["Outcome", "Studies", "MD (95% CI)", "I² (%)", "Direction"],
                    ["AMH (ng/mL)", "12", "0.21 (0.09 to 0.33)", "71", "[[Increase|h:AMH,inc]]"],
                    ["FSH (IU/L)", "10", "−4.6 (−7.9 to −1.3)", "83", "[[Decrease|h:FSH,dec]]"],
                    ["AFC", "9", "1.1 (0.5 to 1.7)", "64", "[[Increase|h:AFC,inc]]"],
                    ["Estradiol (pg/mL)", "5", "3.2 (−6.0 to 12.4)", "58", "[[No change|h:E2,nc]]"],
                ],
                [0.24, 0.14, 0.26, 0.14, 0.22],
            ),
            "**Subgroups.** The AMH rise was confined to the POR studies; in the four POI studies AMH "
            "[[did not increase|!h:AMH,inc]] (MD 0.03 ng/mL, −0.02 to 0.08). Studies that gave more than one "
            "injection did not report larger changes than those that gave [[one|s:1]], and volumes ranged from "
            "[[1 to 5 mL|d:1,mL,ovary,1,5]] per ovary. Most studies measured hormones only once after treatment, "
            "and none had a sham-injected control group.",
            "**Discussion.** Cell-based products have been meta-analysed separately and look different. A 2024 "
            "review of [[mesenchymal stem cells|c:msc]] in POI pooled nine studies with [[287 women|n:287]] and "
            "found FSH [[lower|h:FSH,dec]] and menses restored in about a third, with the largest effects after "
            "[[ovarian artery infusion|r:oa]] of [[bone marrow MSCs|c:bm]] [31]. An earlier pooled analysis of "
            "[[exosome|c:ev@animal]] studies in rodents found AMH [[higher|h:AMH,inc@animal]] in treated animals in 14 of "
            "16 experiments [32]. Set beside these, the PRP effect on AMH is about a tenth of a standard "
            "deviation, and the only trial powered for live birth [15] found none.",
        ],
        notes=(
            "Meta-analysis; results mostly in tables. Sample: the women the review pools (1,106; the 512 women "
            "of the four randomised trials, a pooled sub-total: marked, doubtful); 'Thirteen studies', 'four "
            "randomised trials', 'nine studies', 'Studies' column counts, '14 of 16 experiments' are studies, not "
            "samples; 'fewer than ten women' is a bound (no fact). Table 1: each row a cited study (no arms; "
            "study attribution by the markers in the first cell): Women -> sample sizes, PRP per ovary -> doses "
            "(3–5 mL range -> low 3), Injections -> sessions, Follow-up -> follow-up, Reported change -> hormone "
            "facts. Table 2 Direction cells -> pooled changes (E2 no change). Subgroups: 'AMH did not increase' "
            "-> negated increase; 'more than one injection' no count (no fact); 'those that gave one' -> sessions "
            "1; volumes 1 to 5 mL per ovary (range, low 1). 'at least one month after injection' is an eligibility "
            "bound (no follow-up); 'measured hormones only once' is a measurement (no sessions). Discussion: [31] "
            "msc, 287 women pooled, FSH lower, ovarian artery infusion, bone marrow MSCs; [32] exosomes, AMH "
            "higher and the exosome mention in rodents (species 'animal': rodents named without species). Traps: MD values, I², "
            "'a tenth of a standard deviation', 'a third', 'at least one ... marker'."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=18,
    ),
    # ------------------------------------------------------------------ 208
    RealText(
        id="en_blind208_mouse_zp3_ucmsc_ev_one_vs_three_injections",
        lang="en",
        kind="animal",
        title=(
            "[[Three|s:3]] weekly [[tail-vein|r:iv]] injections of [[umbilical cord MSC|c:uc]]-derived "
            "[[extracellular vesicles|c:ev]] outperform [[one|s:1]] in a zona pellucida 3 model of autoimmune "
            "ovarian insufficiency"
        ),
        authors="Mirela Kostadinova, Yusuf Adebayo-Clarke, Tan Weijie",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        species="mouse",
        abstract=(
            "**Background** Autoimmune oophoritis accounts for part of premature ovarian insufficiency, and "
            "[[extracellular vesicles|c:ev@human]] released by [[mesenchymal stem cells|c:msc@human]] damp T-cell responses. Whether one dose "
            "is enough has not been tested. "
            "**Methods** Female C57BL/6 mice aged 6 weeks were immunised [[twice|s:2]], 10 days apart, with "
            "[[50 μg|d:50,ug,-]] of ZP3 peptide (residues 330–342) in adjuvant [[under the skin|r:sc]]; controls "
            "received adjuvant alone. [[Extracellular vesicles|c:ev]] ([[EVs|c:ev]]) were isolated from "
            "[[human umbilical cord MSCs|c:uc]] by ultracentrifugation. Immunised mice were then given PBS (ZP3 "
            "group) or [[30 μg|d:30,ug,injection]] of [[EVs|c:ev]] per injection [[into the tail vein|r:iv]], "
            "either [[once|s:1#single-injection group]] (the [[single-injection|s:1#single-injection group]] "
            "group) or [[three times|s:3#three-injection group]], a week apart (the "
            "[[three-injection|s:3#three-injection group]] group); eight mice per group were killed at each of "
            "[[one|f:1,week]] and [[four weeks|f:4,week]] after the last injection. "
            "**Results** At [[four weeks|f:4,week]], serum FSH [[was lower|h:FSH,dec#three-injection group]] and "
            "[[AMH|h:AMH,inc#three-injection group]] and [[inhibin B higher|h:INHB,inc#three-injection group]] in "
            "the [[three-injection|s:3#three-injection group]] group than in the ZP3 group, and anti-ZP3 titres had halved. In the "
            "[[single-injection|s:1#single-injection group]] group FSH [[fell|h:FSH,dec#single-injection group]] at "
            "[[one week|f:1,week#single-injection group]] but had returned to ZP3-group values by "
            "[[four weeks|f:4,week#single-injection group]]. Estradiol [[did not differ|h:E2,nc]] from the ZP3 "
            "group in either treated group. "
            "**Conclusions** A course of [[three|s:3]] [[EV|c:ev]] injections gave a lasting effect in this model "
            "that a [[single|s:1]] injection did not."
        ),
        body=[
            "**[[EV|c:ev]] preparation.** [[Cord MSCs|c:uc]] from one donor were grown to passage 4, and [[EVs|c:ev]] were collected from 48-h "
            "serum-free medium by differential ultracentrifugation. Nanoparticle tracking gave a modal diameter "
            "of 112 nm (range 80–160 nm) and 3.2 × 10^{9} particles per microgram of protein; the [[EVs|c:ev]] carried "
            "CD9, CD81 and TSG101 and no calnexin. Each injection was [[30 μg|d:30,ug,injection]] of protein in "
            "[[100 μL|d:0.1,mL,-]] of PBS.",
            (
                "table",
                "Table 1. Groups",
                [
                    ["Group", "Immunisation", "EVs per injection", "Injections", "Mice"],
                    ["Control", "Adjuvant only", "—", "—", "16"],
                    ["ZP3", "ZP3 peptide", "PBS", "—", "16"],
                    ["[[Single-injection|s:1#single-injection group]]", "ZP3 peptide",
                     "[[30 μg|d:30,ug,injection#single-injection group]]", "[[1|s:1#single-injection group]]", "16"],
                    ["[[Three-injection|s:3#three-injection group]]", "ZP3 peptide",
                     "[[30 μg|d:30,ug,injection#three-injection group]]", "[[3|s:3#three-injection group]]", "16"],
                ],
                [0.24, 0.2, 0.2, 0.16, 0.1],
            ),
            (
                "table",
                "Table 2. Serum hormones [[four weeks|f:4,week]] after the last injection (mean ± SD, n = 8 mice)",
                [
                    ["Group", "FSH (mIU/mL)", "AMH (ng/mL)", "INHB (pg/mL)", "E2 (pg/mL)", "Versus ZP3 group"],
                    ["Control", "5.2 ± 0.9", "6.4 ± 1.0", "58.3 ± 9.7", "38.1 ± 6.0", "—"],
                    ["ZP3", "12.7 ± 2.2", "2.3 ± 0.6", "22.9 ± 6.4", "24.6 ± 5.3", "—"],
                    ["[[Single-injection|s:1#single-injection group]]", "11.9 ± 2.5", "2.6 ± 0.7", "25.1 ± 7.0",
                     "25.9 ± 5.8", "No difference"],
                    ["[[Three-injection|s:3#three-injection group]]", "7.1 ± 1.4", "4.2 ± 0.8", "41.5 ± 8.8",
                     "27.3 ± 6.1",
                     "[[FSH lower|h:FSH,dec#three-injection group]], [[AMH higher|h:AMH,inc#three-injection group]], "
                     "[[INHB higher|h:INHB,inc#three-injection group]]"],
                ],
                [0.2, 0.13, 0.13, 0.13, 0.12, 0.29],
            ),
            "**Histology.** Lymphocytic infiltrates around growing follicles were scored blind. In the "
            "[[three-injection|s:3#three-injection group]] group the score fell by 60%, and secondary and antral follicles were twice as "
            "numerous as in ZP3 mice; the [[single-injection|s:1#single-injection group]] group differed from ZP3 "
            "mice only at the [[one-week|f:1,week#single-injection group]] point.",
            "**Discussion.** Earlier work in this model gave cells rather than [[EVs|c:ev]]. "
            "[[Bone marrow MSCs|c:bm]] [[injected intravenously|r:iv]] [[once|s:1]] [[lowered FSH|h:FSH,dec]] in "
            "ZP3-immunised mice [18], and [[human amniotic epithelial cells|c:haec]] given "
            "[[twice|s:2]] [[intraperitoneally|r:ip]] [[raised estradiol|h:E2,inc]] [[two weeks|f:2,week]] after "
            "the second dose [19]. In women, a pilot study of [[EVs|c:ev@human]] from "
            "[[umbilical cord MSCs|c:uc@human]] [[given intravenously|r:iv@human]] to [[ten women|n:10@human]] "
            "with autoimmune POI is under way [20].",
        ],
        notes=(
            "Mouse study (default species mouse; the general opening statement about MSC vesicles ('extracellular vesicles' @human) and the "
            "clinical pilot in the discussion carry @human). Model: ZP3 peptide 50 μg under the skin (subcutaneous "
            "route of a model agent, with its count 'twice'). Arms: 'single-injection group' and "
            "'three-injection group' (named in Methods; the number of injections in a group's name is a sessions "
            "fact of that group at every naming with its own head word, in Results and Histology too, and so are the table rows "
            "'Single-injection' / 'Three-injection'). "
            "Marked: title 'Three' and 'one' (compared, no arm), Conclusions 'three' and 'single' (no arm). The "
            "30 μg 'per injection' is said for both groups (no arm) in Methods and EV preparation; the table's 30 μg "
            "cells carry the rows' arms. 100 μL = 0.1 mL injected volume. Follow-up: killed at one and four weeks "
            "(two facts, 'each group' no arm); 'At four weeks' before the three-injection clause (its own comma "
            "clause: no arm); one and four weeks in the single-injection sentence (arm); Table 2 caption 'four "
            "weeks'. 'had returned to ZP3-group values' has no direction (no fact). Estradiol 'did not differ ... "
            "in either treated group' (no arm). Table 2 'No difference' for single-injection names no hormone (no "
            "fact); n = 8 mice is not a sample. Discussion cited: [18] BMSCs iv once, FSH lowered; [19] hAECs "
            "twice ip, E2 raised, two weeks after the second dose (follow-up); [20] ten women. Traps: age 6 weeks, "
            "10 days apart, residues 330–342, passage 4, 48 h, 112 nm, particles per microgram, 60%, 'twice as "
            "numerous', 'anti-ZP3 titres had halved'. 'the one-week point' is a time at which the "
            "single-injection group was assessed (follow-up 1 week, its arm)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=18,
    ),
    # ------------------------------------------------------------------ 209
    RealText(
        id="en_blind209_cohort_ucmsc_collagen_scaffold_adhesions",
        lang="en",
        kind="clinical",
        title=(
            "Collagen scaffolds loaded with [[umbilical cord mesenchymal stromal cells|c:uc]] after adhesiolysis "
            "for severe intrauterine adhesions: a retrospective matched cohort study"
        ),
        authors="Beatriz Almeida Costa, Guo Xiaoming, Hamid Rezaeian",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "Severe intrauterine adhesions recur in about half of women after hysteroscopic adhesiolysis, and "
            "a thin endometrium often persists when they do not. We reviewed the records of the "
            "[[58 women|n:58]] with severe adhesions (American Fertility Society score of 9 or more) who had a "
            "degradable collagen scaffold placed in the uterine cavity after adhesiolysis at our hospital between "
            "2019 and 2023: [[29|n:29#cell group]] whose scaffold carried cells (cell group) and "
            "[[29|n:29#scaffold group]] matched on age and adhesion score whose scaffold did not (scaffold "
            "group). In the cell group each scaffold was loaded with [[1 × 10^{7}|d:1e7,cells,-#cell group]] "
            "[[umbilical cord mesenchymal stromal cells|c:uc#cell group]] ([[UC-MSCs|c:uc#cell group]]) and "
            "placed [[once|s:1#cell group]], at the end of the operation. Outcomes are given in Table 2: at the "
            "second-look hysteroscopy [[three months|f:3,month]] after surgery, adhesions had re-formed in 7 "
            "women of the cell group and 14 of the scaffold group, and the endometrium was thicker in the cell "
            "group. Women were followed for [[two years|f:2,year]] for pregnancy. Loading the scaffold with "
            "[[UC-MSCs|c:uc]] halved the recurrence of severe adhesions."
        ),
        body=[
            "**Patients and procedure.** All women had hypomenorrhoea or amenorrhoea and infertility; the median "
            "duration of amenorrhoea or hypomenorrhoea was 14 months. Adhesions were divided with cold scissors "
            "under general anaesthesia. The scaffold, a 3 × 4 cm collagen membrane, was folded and placed in the "
            "cavity through the cervix. In the cell group the membrane had been seeded 24 h earlier in the cell "
            "laboratory with [[UC-MSCs|c:uc#cell group]] at passage 4. Both groups then took "
            "estradiol valerate and dydrogesterone in sequence for three cycles, and a second-look hysteroscopy "
            "was done in the early proliferative phase of the third month.",
            (
                "table",
                "Table 1. Baseline characteristics",
                [
                    ["Characteristic", "Cell group", "Scaffold group"],
                    ["Women", "[[29|n:29#cell group]]", "[[29|n:29#scaffold group]]"],
                    ["Age, years, median (IQR)", "32 (29–35)", "32 (29–36)"],
                    ["AFS score, median (IQR)", "10 (9–11)", "10 (9–11)"],
                    ["Earlier adhesiolyses, median (range)", "2 (1–4)", "2 (1–5)"],
                    ["Endometrial thickness, mm, mean (SD)", "4.6 (0.9)", "4.7 (1.0)"],
                ],
                [0.46, 0.27, 0.27],
            ),
            (
                "table",
                "Table 2. Outcomes",
                [
                    ["Outcome", "Cell group", "Scaffold group", "P"],
                    ["Recurrent adhesions at second look, n", "7", "14", "0.049"],
                    ["Endometrial thickness at [[3 months|f:3,month]], mm, mean (SD)", "7.1 (1.3)", "6.0 (1.4)",
                     "0.003"],
                    ["Menstrual volume increased, n", "21", "13", "0.03"],
                    ["Clinical pregnancy within 2 years, n", "11", "6", "0.14"],
                    ["Live birth, n", "8", "4", "0.19"],
                ],
                [0.5, 0.17, 0.17, 0.16],
            ),
            "**Hormones.** Serum estradiol, measured on cycle day 12 to exclude a hormonal explanation for the "
            "thicker endometrium, [[did not change|h:E2,nc]] in either group, and [[neither did FSH|h:FSH,nc]].",
            "**Discussion.** Other cells have been tried in this setting. Autologous "
            "[[bone marrow mesenchymal stem cells|c:bm]] on collagen were given to [[16 women|n:16]] in one "
            "series [21], and [[menstrual blood-derived stem cells|c:men]] were placed in the cavity of "
            "[[seven women|n:7]] with thin endometrium [22], five of whom conceived. Unlike those studies and unlike "
            "[[intravenous|r:iv]] infusions of [[MSCs|c:msc]] used for graft-versus-host disease [23], our product "
            "stays at the site of injury for about two weeks, the time the collagen takes to dissolve.",
        ],
        notes=(
            "Another condition (intrauterine adhesions): only what the contract has. The uterine route has no "
            "contract id (no route marks for 'placed in the uterine cavity', 'through the cervix'). Arms 'cell "
            "group' and 'scaffold group' (the names in brackets follow their counts; later 'In the cell group' "
            "labels its sentence). Sample 58 and 29/29 (also Table 1 'Women' row, under the group columns -> "
            "arms). Dose 1 × 10^7 cells (per null)."
            " Sessions 'once' (cell group). Follow-up: 'three "
            "months after surgery' (second look), 'followed for two years'; 'Clinical pregnancy within 2 years' "
            "is a window (no fact); Table 2 '3 months' in a row head (the time of the measurement: marked). "
            "Hormones: 'estradiol did not change in either group' (no arm); 'and neither did FSH' -> FSH no change "
            "(elliptical, no arm). Discussion: [21] bone marrow MSCs, 16 women; [22] "
            "menstrual blood-derived stem cells, seven women; [23] intravenous MSCs for GVHD (route of a cited "
            "therapy). Traps: 'second-look hysteroscopy' (an ordinal of a procedure, not a cell session), 'third "
            "month', three cycles of HRT (course), 14 months of amenorrhoea, 24 h seeding, passage 4, 3 × 4 cm, "
            "AFS score 9, earlier adhesiolyses, pregnancy and recurrence counts, 'about two weeks' (dissolution)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=18,
    ),
    # ------------------------------------------------------------------ 210
    RealText(
        id="zh_blind210_rct_ucmsc_intraovarian_plus_hrt",
        lang="zh",
        kind="clinical",
        title=(
            "[[经阴道超声引导卵巢内注射|r:io,tvus]][[人脐带间充质干细胞|c:uc]]联合激素补充治疗早发性卵巢功能不全的"
            "随机对照研究"
        ),
        authors="邵雨桐，付家宁，韦明珠，郝立新",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**摘要：目的** 评价[[卵巢内注射|r:io]][[人脐带间充质干细胞|c:uc]]（[[hUC-MSCs|c:uc]]）联合激素补充治疗"
            "（HRT）对早发性卵巢功能不全（POI）患者卵巢功能的影响。**方法** 2021年3月至2023年6月于本院生殖中心共筛查"
            "POI患者134例，符合纳入标准并签署知情同意者[[96例|n:96]]，按随机数字表法分为观察组和对照组，"
            "[[各48例|n:48]]。对照组给予常规HRT；观察组在此基础上于[[经阴道超声引导下向双侧卵巢注射|r:io,tvus#观察组]]"
            "[[hUC-MSCs|c:uc#观察组]]，每侧卵巢[[1×10^{7}个|d:1e7,cells,ovary#观察组]]，[[共2次|s:2#观察组]]，间隔4周。"
            "两组均[[随访6个月|f:6,month]]。**结果** 观察组脱落3例、对照组脱落2例，最终91例完成随访。治疗后"
            "[[6个月|f:6,month]]，观察组FSH[[较治疗前下降|h:FSH,dec#观察组]]，[[AMH|h:AMH,inc#观察组]]、"
            "[[AFC升高|h:AFC,inc#观察组]]（均P<0.05）；对照组FSH[[亦下降|h:FSH,dec#对照组]]，而AMH"
            "[[无明显变化|h:AMH,nc#对照组]]（P>0.05）。观察组FSH[[下降|h:FSH,dec]]幅度大于对照组（P=0.012）。观察组"
            "月经恢复12例，妊娠2例。**结论** [[卵巢内注射|r:io]][[hUC-MSCs|c:uc]]联合HRT可[[降低FSH|h:FSH,dec]]、"
            "[[提高AMH|h:AMH,inc]]水平，近期安全性良好。"
        ),
        body=[
            ("heading", "1 资料与方法"),
            "**1.1 研究对象** 纳入标准：① 年龄18~39岁；② 月经稀发或闭经≥4个月；③ 间隔4周以上2次检测FSH>25 IU/L；"
            "④ 有生育要求。排除染色体异常、卵巢手术史及自身免疫性疾病活动期患者。观察组年龄（33.1±4.2）岁，病程"
            "（2.6±1.3）年；对照组年龄（32.7±4.6）岁，病程（2.4±1.5）年，两组基线资料差异无统计学意义。",
            "**1.2 细胞制备** [[hUC-MSCs|c:uc]]由本院干细胞GMP实验室提供，取第4代细胞，活率>95%，以生理盐水重悬至"
            "1×10^{7}个/mL。",
            "**1.3 治疗方法** 观察组患者取膀胱截石位，静脉麻醉下[[经阴道超声引导穿刺双侧卵巢|r:io,tvus#观察组]]，于"
            "每侧卵巢皮质内分3~4点注射细胞悬液[[1 mL|d:1,mL,ovary#观察组]]（含细胞[[1×10^{7}个|d:1e7,cells,ovary#观察组]]）。"
            "首次注射后4周行第2次注射。两组均口服戊酸雌二醇/地屈孕酮序贯治疗，连续6个周期。",
            "**1.4 观察指标** 于治疗前及[[治疗后1、3、6个月|f:6,month]]检测血清FSH、LH、E2及AMH，并经阴道超声计数AFC。",
            ("heading", "2 结果"),
            "两组治疗前后卵巢功能指标见表2。两组E2均[[升高|h:E2,inc]]；观察组LH[[下降|h:LH,dec#观察组]]，对照组LH"
            "[[无明显变化|h:LH,nc#对照组]]。",
            (
                "table",
                "表2 两组治疗前后性激素及AFC比较（x̄±s）",
                [
                    ["组别", "指标", "治疗前", "治疗后3个月", "[[治疗后6个月|f:6,month]]", "变化"],
                    ["观察组", "FSH（IU/L）", "78.4±15.2", "61.3±14.8", "52.6±13.1", "[[下降|h:FSH,dec#观察组]]"],
                    ["观察组", "AMH（ng/mL）", "0.06±0.03", "0.13±0.07", "0.17±0.08", "[[升高|h:AMH,inc#观察组]]"],
                    ["观察组", "AFC（个）", "0.8±0.6", "1.7±1.0", "2.1±1.2", "[[增加|h:AFC,inc#观察组]]"],
                    ["对照组", "FSH（IU/L）", "76.9±16.0", "66.2±15.5", "63.8±14.9", "[[下降|h:FSH,dec#对照组]]"],
                    ["对照组", "AMH（ng/mL）", "0.07±0.04", "0.07±0.04", "0.08±0.04", "[[无明显变化|h:AMH,nc#对照组]]"],
                    ["对照组", "AFC（个）", "0.9±0.7", "1.0±0.8", "1.0±0.7", "[[无明显变化|h:AFC,nc#对照组]]"],
                ],
                [0.12, 0.18, 0.16, 0.17, 0.17, 0.2],
            ),
            ("heading", "3 讨论"),
            "既往研究结果不尽一致。丁等^[8]对[[23例|n:23]]POI患者[[卵巢内注射|r:io]][[脐带MSC|c:uc]]，随访"
            "[[12个月|f:12,month]]，FSH[[下降|h:FSH,dec]]者占61%；陈等^[9]对[[40例|n:40]]患者[[经卵巢动脉|r:oa]]输注"
            "[[骨髓间充质干细胞|c:bm]][[5×10^{6}个|d:5e6,cells,-]]，仅AFC[[增加|h:AFC,inc]]，AMH[[无明显变化|h:AMH,nc]]。"
            "在环磷酰胺诱导的小鼠模型中^[11]，[[尾静脉|r:iv@mouse]]注射[[hUC-MSCs|c:uc@mouse]]后"
            "[[AMH升高|h:AMH,inc@mouse]]。由于两组均接受HRT，本研究的组间差异可归因于细胞治疗本身。",
        ],
        notes=(
            "RCT with an HRT control (the control group is treated: its changes under HRT are facts with its arm). "
            "Arms 观察组/对照组 (zh) and 'observation group'/'control group' (en abstract). Sample: 96 (134 screened "
            "no), 各48例 / '48 each' (each_arm, no label); 脱落3例/2例 and 91例完成随访 are dropouts/completers. "
            "Sessions 共2次 / 'twice' (观察组); '第2次注射' ordinal of counted sessions; 2次检测FSH is a measurement; "
            "连续6个周期 HRT (course). Doses per ovary 1×10^7 and 1 mL; 1×10^7个/mL concentration. Follow-up: "
            "随访6个月, 治疗后6个月 (own comma clause before the group: no arm), list 1、3、6个月 -> 6, table heads "
            "治疗前|治疗后3个月|治疗后6个月 -> last. '观察组FSH下降幅度大于对照组' compares sizes -> FSH decrease, no "
            "arm. '两组E2均升高' no arm. "
            "Cited: [8] 23例, io, 脐带MSC, 12个月, FSH下降; [9] 40例, 卵巢动脉, 骨髓MSC, 5×10^6 (per null), AFC增加, AMH "
            "无变化; [11] mouse: 尾静脉, hUC-MSCs, AMH升高. Traps: 年龄, 病程, 闭经≥4个月, FSH>25 IU/L, 间隔4周, "
            "3~4点, 静脉麻醉, 口服 (no route id), 第4代, 活率, 61%, 月经恢复12例, 妊娠2例."
        ),
        layout={
            "columns": 1,
            "font": "serif",
            "en_title": (
                "[[Transvaginal ultrasound-guided intraovarian injection|r:io,tvus]] of "
                "[[human umbilical cord mesenchymal stem cells|c:uc]] combined with hormone replacement therapy for "
                "premature ovarian insufficiency: a randomized controlled trial"
            ),
            "en_abstract": (
                "**Abstract: Objective** To evaluate [[intraovarian|r:io]] [[human umbilical cord mesenchymal stem "
                "cells|c:uc]] ([[hUC-MSCs|c:uc]]) added to hormone replacement therapy (HRT) in premature ovarian "
                "insufficiency (POI). **Methods** [[Ninety-six patients|n:96]] were randomized to an observation "
                "group and a control group ([[48 each|n:48]]). The control group received HRT alone; the "
                "observation group additionally received "
                "[[transvaginal ultrasound-guided intraovarian injections|r:io,tvus#observation group]] of "
                "[[hUC-MSCs|c:uc#observation group]] ([[1 × 10^{7} per ovary|d:1e7,cells,ovary#observation group]]) "
                "[[twice|s:2#observation group]], 4 weeks apart. Both groups were followed for "
                "[[6 months|f:6,month]]. **Results** At [[6 months|f:6,month]], FSH "
                "[[decreased|h:FSH,dec#observation group]] and [[AMH|h:AMH,inc#observation group]] and "
                "[[AFC increased|h:AFC,inc#observation group]] in the observation group; in the control group FSH "
                "[[decreased|h:FSH,dec#control group]] but AMH [[did not change|h:AMH,nc#control group]]. "
                "**Conclusion** [[Intraovarian|r:io]] [[hUC-MSCs|c:uc]] plus HRT [[lower FSH|h:FSH,dec]] and "
                "[[raise AMH|h:AMH,inc]] in POI."
            ),
        },
        batch=18,
    ),
    # ------------------------------------------------------------------ 211
    RealText(
        id="zh_blind211_mouse_cisplatin_haec_tail_vein_three_doses",
        lang="zh",
        kind="animal",
        title="[[人羊膜上皮细胞|c:haec]][[尾静脉|r:iv]]移植对顺铂诱导小鼠卵巢早衰的修复作用",
        authors="蒋慧敏，欧阳帆，龙晓梅",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        species="mouse",
        abstract=(
            "**摘要：目的** 探讨[[人羊膜上皮细胞|c:haec]]（[[hAECs|c:haec]]）及其条件培养液（CM）对顺铂诱导的卵巢早衰"
            "（POF）小鼠卵巢功能的影响。**方法** 6~8周龄雌性ICR小鼠48只，随机分为正常对照组、模型组、"
            "[[hAECs|c:haec#hAECs组]]组和CM组，每组12只。除正常对照组外，其余各组[[腹腔注射|r:ip]]顺铂"
            "[[2 mg/kg|d:2,mg/kg,-]]，每天1次，连续7 d建立POF模型。造模后，[[hAECs|c:haec#hAECs组]]组"
            "[[经尾静脉|r:iv#hAECs组]]注射[[hAECs|c:haec#hAECs组]][[1×10^{6}个|d:1e6,cells,-#hAECs组]]/只，CM组"
            "[[经尾静脉|r:iv#CM组]]注射等体积CM，模型组注射PBS，均每周1次，[[共3次|s:3]]。末次注射后"
            "[[第7、14和28天|f:28,day]]每组各处死4只，检测血清激素并观察卵巢组织学。**结果** 模型组FSH较正常对照组明显"
            "升高，AMH明显降低，提示造模成功。与模型组比较，[[hAECs|c:haec#hAECs组]]组血清FSH"
            "[[降低|h:FSH,dec#hAECs组]]，[[E2|h:E2,inc#hAECs组]]、[[AMH水平升高|h:AMH,inc#hAECs组]]（P<0.05）；CM组FSH"
            "[[亦降低|h:FSH,dec#CM组]]，但AMH[[未见明显升高|!h:AMH,inc#CM组]]。**结论** [[hAECs|c:haec]]"
            "[[尾静脉|r:iv]]移植可使POF小鼠FSH[[下降|h:FSH,dec]]、[[AMH升高|h:AMH,inc]]，其作用部分经旁分泌实现。"
        ),
        body=[
            ("heading", "1 材料与方法"),
            "**1.1 实验动物** SPF级雌性ICR小鼠48只，6~8周龄，体质量（25±2）g，适应性饲养1周后进行实验。连续阴道涂片"
            "观察动情周期10 d，剔除周期紊乱者。",
            "**1.2 [[hAECs|c:haec]]的分离与鉴定** 取剖宫产足月胎盘，钝性分离羊膜，经0.25%胰蛋白酶消化获得[[hAECs|c:haec]]，"
            "培养至第2代，CK19阳性率>95%。收集第2代细胞无血清培养48 h的上清液，0.22 μm滤膜过滤后即为CM。",
            "**1.3 给药方法** 细胞以PBS重悬，每只小鼠经[[尾静脉|r:iv#hAECs组]]缓慢注入"
            "[[0.2 mL|d:0.2,mL,-#hAECs组]]（含[[1×10^{6}个|d:1e6,cells,-#hAECs组]]细胞），此为[[hAECs|c:haec#hAECs组]]组；CM组每只注射"
            "CM [[0.2 mL|d:0.2,mL,-#CM组]]。两组每次间隔7 d，第2、3次注射方法同前。",
            (
                "table",
                "表1 末次注射后[[28 d|f:28,day]]各组小鼠血清激素水平（x̄±s，n=4）",
                [
                    ["组别", "FSH（mIU/mL）", "E2（pg/mL）", "AMH（ng/mL）"],
                    ["正常对照组", "5.8±0.9", "41.6±5.7", "5.92±0.74"],
                    ["模型组", "14.1±2.3", "17.9±3.8", "1.64±0.41"],
                    ["[[hAECs|c:haec#hAECs组]]组", "8.2±1.6", "31.5±4.9", "3.87±0.66"],
                    ["CM组", "10.6±1.9", "23.4±4.4", "2.05±0.52"],
                ],
                [0.28, 0.24, 0.24, 0.24],
            ),
            ("heading", "2 讨论"),
            "[[羊膜上皮细胞|c:haec@human]]免疫原性低，来源广泛。Zhang等^[12]在白消安诱导的大鼠模型中[[腹腔注射|r:ip@rat]]"
            "[[hAECs|c:haec@rat]]，[[2周|f:2,week@rat]]后FSH[[降低|h:FSH,dec@rat]]。临床方面，已有研究对"
            "[[13例|n:13@human]]POI患者[[静脉输注|r:iv@human]][[hAECs|c:haec@human]]^[14]，随访"
            "[[12个月|f:12,month@human]]，部分患者AMH[[升高|h:AMH,inc@human]]。本研究中CM组亦有一定疗效，提示旁分泌作用"
            "参与其中，但效果弱于细胞本身。",
        ],
        notes=(
            "Mouse study (default mouse; the cited rat study @rat, the cited clinical study @human). Arms: 'hAECs组' "
            "(a cell mention in its name, each naming; the body's '此为hAECs组' labels the sentence before it) and "
            "'CM组' (conditioned medium: no cell type, but its route, volume and hormone changes are that group's). "
            "Model: cisplatin 2 mg/kg ip 每天1次连续7 d (daily dosing: no sessions). '均每周1次，共3次' -> sessions "
            "3 for both treated groups (均: no arm); '第2、3次注射' ordinals of counted sessions. Doses per mouse "
            "(per null): 1×10^6个/只, 0.2 mL. Follow-up: killing list 第7、14和28天 -> one fact, 28 d; table caption "
            "'末次注射后28 d'. Model validation (模型组FSH较正常对照组升高…) no fact. CM组 'AMH未见明显升高' -> negated "
            "increase. Every mouse count (48只, 每组12只, 4只, n=4) is animals. English abstract labels 'hAEC group' "
            "and 'CM group'. Traps: 周龄, 体质量, 1周, 动情周期10 d, 0.25%, 第2代, 48 h, 0.22 μm, 间隔7 d."
        ),
        layout={
            "columns": 1,
            "font": "serif",
            "en_title": (
                "Repair of cisplatin-induced premature ovarian failure in mice by [[human amniotic epithelial "
                "cells|c:haec]] transplanted [[through the tail vein|r:iv]]"
            ),
            "en_abstract": (
                "**Abstract: Objective** To study the effect of [[human amniotic epithelial cells|c:haec]] "
                "([[hAECs|c:haec]]) and their conditioned medium (CM) on ovarian function in mice with "
                "cisplatin-induced premature ovarian failure (POF). **Methods** Forty-eight ICR mice were divided "
                "into a normal control group, a model group, an [[hAEC|c:haec#hAEC group]] group and a CM group. Cisplatin "
                "([[2 mg/kg|d:2,mg/kg,-]]) was given [[intraperitoneally|r:ip]] daily for 7 days. The [[hAEC|c:haec#hAEC group]] group "
                "then received [[1 × 10^{6}|d:1e6,cells,-#hAEC group]] [[hAECs|c:haec#hAEC group]] "
                "[[via the tail vein|r:iv#hAEC group]] and the CM group an equal volume of CM, once a week for "
                "[[three injections|s:3]]; mice were killed [[7, 14 and 28 days|f:28,day]] after the last "
                "injection. **Results** Compared with the model group, the [[hAEC|c:haec#hAEC group]] group had "
                "[[lower FSH|h:FSH,dec#hAEC group]] and [[higher E2|h:E2,inc#hAEC group]] and "
                "[[AMH|h:AMH,inc#hAEC group]]; in the CM group only FSH [[fell|h:FSH,dec#CM group]]. "
                "**Conclusion** [[hAECs|c:haec]] given [[intravenously|r:iv]] [[lower FSH|h:FSH,dec]] and "
                "[[raise AMH|h:AMH,inc]] in POF mice, partly through paracrine action."
            ),
        },
        batch=18,
    ),
    # ------------------------------------------------------------------ 212
    RealText(
        id="zh_blind212_rat_vcd_adsc_exosome_two_routes",
        lang="zh",
        kind="animal",
        title=(
            "[[卵巢内注射|r:io]]与[[尾静脉注射|r:iv]][[脂肪间充质干细胞|c:ad]]来源[[外泌体|c:ev]]对VCD诱导大鼠卵巢储备"
            "功能减退的疗效比较"
        ),
        authors="侯嘉怡，单志强，陆婉清",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        species="rat",
        abstract=(
            "**摘要：目的** 比较不同给药途径下[[脂肪间充质干细胞|c:ad]]（[[ADSCs|c:ad]]）来源[[外泌体|c:ev]]"
            "（[[ADSC|c:ad]]-[[Exos|c:ev]]）对4-乙烯基环己烯二环氧化物（VCD）诱导的大鼠卵巢储备功能减退的作用。"
            "**方法** 雌性SD大鼠36只，其中30只[[腹腔注射|r:ip]]VCD [[80 mg/kg|d:80,mg/kg,-]]，每日1次，连续15 d，"
            "其余6只作为正常对照。造模成功后将大鼠随机分为模型组、A组和B组，每组10只。A组于开腹直视下"
            "[[向双侧卵巢内注射|r:io#A组]][[ADSC|c:ad#A组]]-[[Exos|c:ev#A组]]，每侧[[50 μg|d:50,ug,ovary#A组]]"
            "（[[20 μL|d:0.02,mL,ovary#A组]]）；B组[[经尾静脉注射|r:iv#B组]]等总量[[外泌体|c:ev#B组]]"
            "[[100 μg|d:100,ug,-#B组]]（[[0.5 mL|d:0.5,mL,-#B组]]）；模型组注射等体积PBS。各组均[[单次|s:1]]给药，"
            "给药后[[2周|f:2,week]]和[[4周|f:4,week]]每组各处死5只。**结果** 给药后[[4周|f:4,week]]，A组血清AMH"
            "[[较模型组升高|h:AMH,inc#A组]]、FSH[[降低|h:FSH,dec#A组]]，窦卵泡数增多；B组FSH[[降低|h:FSH,dec#B组]]，AMH"
            "[[无明显变化|h:AMH,nc#B组]]。A组AMH[[升高|h:AMH,inc]]幅度大于B组（P=0.02）。PKH67标记显示，[[卵巢内注射|r:io]]后"
            "[[7 d|f:7,day]]卵巢中仍可见大量[[外泌体|c:ev]]荧光。**结论** [[卵巢内注射|r:io]][[ADSC|c:ad]]-[[Exos|c:ev]]改善"
            "卵巢储备的效果优于[[尾静脉注射|r:iv]]，且所需剂量更小。"
        ),
        body=[
            ("heading", "1 材料与方法"),
            "**1.1 [[外泌体|c:ev]]制备** 人[[ADSCs|c:ad]]购自商业细胞库，培养至第3~5代，换无血清培养基培养48 h后收集上清，"
            "经差速超速离心提取[[外泌体|c:ev]]。透射电镜下呈杯状，粒径30~150 nm，CD63、TSG101阳性；BCA法测定蛋白浓度"
            "为2.5 μg/μL。",
            "**1.2 造模** VCD以芝麻油溶解，按[[80 mg/kg|d:80,mg/kg,-]]每日[[腹腔注射|r:ip]]，连续15 d；末次注射后"
            "阴道涂片连续观察10 d，动情周期紊乱者视为造模成功（30只均成功）。",
            "**1.3 给药** A组大鼠经2%戊巴比妥钠腹腔麻醉后，下腹正中切口暴露双侧卵巢，以30 G针头"
            "[[向每侧卵巢内注射|r:io#A组]][[外泌体|c:ev#A组]]悬液[[20 μL|d:0.02,mL,ovary#A组]]；B组大鼠"
            "[[经尾静脉|r:iv#B组]]缓慢推注。",
            (
                "table",
                "表1 各组大鼠血清AMH及FSH水平（x̄±s，n=5）",
                [
                    ["组别", "指标", "给药后2周", "[[给药后4周|f:4,week]]"],
                    ["正常对照组", "AMH（ng/mL）", "7.21±0.86", "7.05±0.91"],
                    ["模型组", "AMH（ng/mL）", "2.14±0.47", "2.09±0.52"],
                    ["A组", "AMH（ng/mL）", "3.36±0.61", "4.58±0.73"],
                    ["B组", "AMH（ng/mL）", "2.31±0.55", "2.40±0.60"],
                    ["正常对照组", "FSH（mIU/mL）", "4.6±0.8", "4.8±0.7"],
                    ["模型组", "FSH（mIU/mL）", "11.9±1.8", "12.3±2.0"],
                    ["A组", "FSH（mIU/mL）", "9.4±1.5", "7.2±1.3"],
                    ["B组", "FSH（mIU/mL）", "10.1±1.7", "9.0±1.6"],
                ],
                [0.26, 0.26, 0.24, 0.24],
            ),
            ("heading", "2 讨论"),
            "既往研究多采用[[尾静脉途径|r:iv]]。凌等^[14]以[[人脐带MSC|c:uc@mouse]]来源[[外泌体|c:ev@mouse]]"
            "[[150 μg|d:150,ug,-@mouse]][[经尾静脉|r:iv@mouse]]注射环磷酰胺诱导的POI小鼠，[[连续3次|s:3@mouse]]，FSH"
            "[[下降|h:FSH,dec@mouse]]。临床方面，一项纳入[[28例|n:28@human]]卵巢储备功能减退患者的研究^[16]"
            "[[卵巢内注射|r:io@human]][[经血干细胞|c:men@human]]来源[[外泌体|c:ev@human]]，[[随访6个月|f:6,month@human]]，"
            "AFC[[增加|h:AFC,inc@human]]。本研究提示，局部给药可使[[外泌体|c:ev]]在卵巢内滞留，同等疗效所需剂量约为[[静脉给药|r:iv]]的一半。",
        ],
        notes=(
            "Rat study (default rat; the cited mouse study @mouse, the cited clinical study @human). Arms 'A组' "
            "(intraovarian) and 'B组' (tail vein); the ADSC-Exos name is two mentions (ADSC adipose_msc + Exos "
            "EV, as 'hPMSC-Exos' in batch 17). Model: VCD 80 mg/kg ip daily for 15 d (daily: no sessions), twice "
            "stated. Doses: A组 50 μg and 20 μL (= 0.02 mL) per side (每侧 -> per ovary), B组 100 μg and 0.5 mL "
            "(per rat: null). '各组均单次给药' -> sessions 1, no arm. Follow-up: killed 2周和4周 (two facts, "
            "each group); '给药后4周' in the Results before the A组 clause (own comma clause: no arm); PKH67 '7 d' "
            "after intraovarian injection (a time at which retention was seen); table heads 给药后2周 | 给药后4周 -> "
            "the last. 'A组AMH升高幅度大于B组' compares sizes (AMH increase, no arm). Traps: 36只, 30只, 6只, "
            "每组10只, 5只, n=5 (animals), 第3~5代, 48 h, 30~150 nm, 2.5 μg/μL (concentration), 2% pentobarbital "
            "腹腔麻醉 (anaesthesia: no route), 开腹 (no guidance id), 30 G, 10 d smears, '一半'."
        ),
        layout={
            "columns": 1,
            "font": "sans",
            "en_title": (
                "[[Intraovarian|r:io]] versus [[tail-vein|r:iv]] injection of [[adipose-derived mesenchymal stem "
                "cell|c:ad]]-derived [[exosomes|c:ev]] in rats with VCD-induced diminished ovarian reserve"
            ),
        },
        batch=18,
    ),
    # ------------------------------------------------------------------ 213
    RealText(
        id="zh_blind213_case_series_ucmsc_three_routes",
        lang="zh",
        kind="case",
        title="[[人脐带间充质干细胞|c:uc]]经3种途径治疗早发性卵巢功能不全[[3例|n:3]]报告并文献复习",
        authors="钱书瑶，邝建华",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**摘要** 本文报告[[3例|n:3]]早发性卵巢功能不全（POI）患者接受[[人脐带间充质干细胞|c:uc]]"
            "（[[hUC-MSCs|c:uc]]）治疗的经过。例1[[经卵巢动脉介入输注|r:oa,ir#例1]]，[[单次|s:1#例1]]，剂量"
            "[[2×10^{7}个|d:2e7,cells,-#例1]]；例2在[[腹腔镜下卵巢内注射|r:io,lap#例2]]，每侧"
            "[[1×10^{7}个|d:1e7,cells,ovary#例2]]，3个月后于[[经阴道超声引导下卵巢内注射|r:io,tvus#例2]]"
            "[[第二次|s:2#例2]]；例3[[静脉输注|r:iv#例3]][[1×10^{6}个/kg|d:1e6,cells/kg,-#例3]]，每周1次"
            "[[共4次|s:4#例3]]。例1随访[[18个月|f:18,month#例1]]，FSH[[明显下降|h:FSH,dec#例1]]并恢复月经；例2随访"
            "[[一年半|f:1.5,year#例2]]，AMH[[升高|h:AMH,inc#例2]]，并自然妊娠；例3随访[[半年|f:0.5,year#例3]]，"
            "[[FSH|h:FSH,nc#例3]]、[[AMH均无明显变化|h:AMH,nc#例3]]。全部患者均未出现严重不良反应。"
        ),
        body=[
            ("heading", "1 病例资料"),
            "**例1** 29岁，G0P0，闭经2年，FSH 86.2 IU/L，AMH<0.01 ng/mL，染色体46,XX。2021年5月在DSA引导下经右股"
            "动脉穿刺，[[超选择插管至双侧卵巢动脉|r:oa,ir#例1]]，每侧缓慢注入细胞悬液[[5 mL|d:5,mL,ovary#例1]]（含"
            "[[1×10^{7}个|d:1e7,cells,ovary#例1]]）。[[术后3个月|f:3,month#例1]]FSH[[降至|h:FSH,dec#例1]]52.3 IU/L，"
            "术后5个月月经来潮，此后周期35~50 d。",
            "**例2** 34岁，G1P0，继发于卵巢囊肿剥除术后，闭经14个月。2022年3月在全麻腹腔镜下行双侧"
            "[[卵巢内注射|r:io,lap#例2]]，每侧[[1×10^{7}个|d:1e7,cells,ovary#例2]]（[[0.5 mL|d:0.5,mL,ovary#例2]]）。"
            "3个月后AMH仍低于检测下限，遂在经阴道超声引导下行[[第二次|s:2#例2]][[卵巢内注射|r:io,tvus#例2]]，剂量同前。"
            "再次注射后[[6个月|f:6,month#例2]]，AMH[[升至|h:AMH,inc#例2]]0.32 ng/mL，AFC[[增加|h:AFC,inc#例2]]至3个，"
            "于再次注射后11个月自然妊娠。",
            "**例3** 37岁，G2P1，自身免疫性甲状腺炎病史，闭经3年。因拒绝卵巢穿刺，2023年2月起"
            "[[静脉输注|r:iv#例3]][[hUC-MSCs|c:uc#例3]] [[1×10^{6}个/kg|d:1e6,cells/kg,-#例3]]，每周1次，[[共4次|s:4#例3]]。末次输注"
            "后[[半年|f:0.5,year#例3]]复查，[[FSH|h:FSH,nc#例3]]、[[AMH均无明显变化|h:AMH,nc#例3]]，仍闭经。",
            (
                "table",
                "表1 [[3例|n:3]]患者治疗方式及激素变化",
                [
                    ["病例", "途径", "次数", "末次随访", "FSH", "AMH"],
                    ["例1", "[[卵巢动脉|r:oa#例1]]", "[[1|s:1#例1]]", "[[18个月|f:18,month#例1]]",
                     "[[下降|h:FSH,dec#例1]]", "[[无变化|h:AMH,nc#例1]]"],
                    ["例2", "[[卵巢内|r:io#例2]]", "[[2|s:2#例2]]", "[[18个月|f:18,month#例2]]", "[[下降|h:FSH,dec#例2]]",
                     "[[升高|h:AMH,inc#例2]]"],
                    ["例3", "[[静脉|r:iv#例3]]", "[[4|s:4#例3]]", "[[6个月|f:6,month#例3]]", "[[无变化|h:FSH,nc#例3]]",
                     "[[无变化|h:AMH,nc#例3]]"],
                ],
                [0.12, 0.2, 0.12, 0.2, 0.18, 0.18],
            ),
            ("heading", "2 讨论"),
            "[[卵巢动脉|r:oa]]与[[卵巢内注射|r:io]]均为局部给药。高等^[5]报道[[17例|n:17]]患者经[[卵巢动脉|r:oa]]输注自体骨髓干细胞，"
            "随访[[6个月|f:6,month]]，AFC[[增加|h:AFC,inc]]；一项纳入[[61例|n:61]]患者的研究^[6]采用"
            "[[卵巢内注射|r:io]][[脐带MSC|c:uc]]，[[1年|f:1,year]]时FSH[[降低|h:FSH,dec]]者占44%。[[静脉途径|r:iv]]创伤小。例3"
            "的结果提示其疗效可能有限。动物实验亦显示，[[静脉注射|r:iv@animal]]的细胞多滞留于肺^[7]。",
        ],
        notes=(
            "Case series of three: the cases '例1', '例2', '例3' are arms (contract v1.1 decision); '3例' (title, "
            "abstract) no arm; '全部患者' no count. Sessions: 例1 单次 and table 1; 例2 has no stated count, so its "
            "ordinal '第二次' gives 2 (abstract, body '行第二次卵巢内注射', and the table '2'; "
            "'再次注射后' is no count); 例3 '每周1次，共4次' -> 4 (the frequency alone would not count). Routes: "
            "例1 ovarian artery with DSA/介入 (interventional_radiology), 例2 laparoscopic then transvaginal "
            "ultrasound (its second injection: '经阴道超声引导下' names the guidance of the intraovarian injection "
            "of that sentence, marked as the route mention), 例3 iv. Doses: 例1 2×10^7 total (abstract), 1×10^7 and "
            "5 mL per side; 例2 1×10^7 and 0.5 mL per side; 例3 1×10^6/kg. Follow-up: 18个月 (例1), 一年半 -> 1.5 "
            "year (例2), 半年 -> 0.5 year (例3); 术后3个月 (例1, FSH measured), 再次注射后6个月 (例2, AMH measured); "
            "table column '末次随访' values (例2 18 months = one and a half years). Hormones per case; table: "
            "例1 AMH 无变化 only in the table. Discussion: '卵巢动脉', '卵巢内注射', '静脉途径' general route mentions (no arm; '例3的结果…' names no fact). Cited: [5] 17例, 卵巢动脉, 自体骨髓干细胞 (unfractionated "
            "bone marrow stem cells: no cell type), 6个月, AFC增加; [6] 61例, io, 脐带MSC, 1年, FSH降低; [7] "
            "animal experiments (unnamed species -> animal) iv. Traps: 年龄, 闭经2年/14个月/3年, 右股动脉穿刺 "
            "(access), 术后5个月月经来潮 and 11个月自然妊娠 (times to events), 周期35~50 d, 44%, 3个 (AFC value)."
        ),
        layout={"columns": 2, "font": "serif", "en_title": (
            "Three women with premature ovarian insufficiency treated with [[human umbilical cord mesenchymal "
            "stem cells|c:uc]] by three routes: case reports and review of the literature"
        )},
        batch=18,
    ),
    # ------------------------------------------------------------------ 214
    RealText(
        id="zh_blind214_retro_prp_once_vs_twice_dor_ivf",
        lang="zh",
        kind="clinical",
        title=(
            "[[卵巢内注射|r:io]]自体富血小板血浆[[1次|s:1#1次]]与[[2次|s:2#2次]]对卵巢储备功能减退患者IVF结局的影响："
            "回顾性队列研究"
        ),
        authors="柯雅琴，段文博，聂晓岚",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**摘要：目的** 比较[[卵巢内注射|r:io]]自体富血小板血浆（PRP）[[1次|s:1#1次]]与[[2次|s:2#2次]]对卵巢储备"
            "功能减退（DOR）患者卵巢储备指标及体外受精（IVF）结局的影响。**方法** 回顾性分析2020年1月至2023年12月在本"
            "中心接受PRP[[卵巢内注射|r:io]]的DOR患者[[83例|n:83]]，其中注射[[1次|s:1#1次]]（[[38例|n:38#1次]]）、"
            "[[2次|s:2#2次]]（[[45例|n:45#2次]]，间隔1个月）。每次均于[[经阴道超声引导下向每侧卵巢注射|r:io,tvus]]PRP "
            "[[2 mL|d:2,mL,ovary]]，末次注射后2~3个月内启动IVF/ICSI周期。患者注射后[[随访6~12个月|f:6,month]]。"
            "**结果** [[2次|s:2#2次]]组注射后[[3个月|f:3,month#2次]]AMH[[较注射前升高|h:AMH,inc#2次]]（0.52±0.21 vs "
            "0.71±0.30 ng/mL，P=0.008），AFC[[增加|h:AFC,inc#2次]]；[[1次|s:1#1次]]组AMH[[无明显变化|h:AMH,nc#1次]]"
            "（P=0.41）。两组FSH均[[下降|h:FSH,dec]]。两组共完成IVF/ICSI周期121个，[[2次|s:2#2次]]组平均获卵数多于"
            "[[1次|s:1#1次]]组（4.1 vs 3.0，P=0.03），临床妊娠率分别为26.7%和18.4%（P=0.37）。**结论** 对DOR患者，"
            "[[2次|s:2]]PRP[[卵巢内注射|r:io]]可[[提高AMH|h:AMH,inc]]并增加获卵数，但对妊娠率的影响尚需前瞻性研究证实。"
        ),
        body=[
            ("heading", "1 对象与方法"),
            "**1.1 研究对象** 纳入标准：① 年龄≤42岁；② 符合博洛尼亚标准的DOR，即AMH<1.1 ng/mL或AFC<7个；③ 既往"
            "至少1个IVF周期获卵数≤3个。排除卵巢手术史、子宫内膜异位囊肿及血小板减少者。注射次数由患者在知情后自行选择。",
            "**1.2 PRP制备与注射** 每次抽取肘静脉血20 mL，两次离心法制备PRP约4 mL，血小板浓度为全血的4~5倍。于月经第"
            "3~5天，静脉麻醉下以17 G取卵针[[经阴道超声引导穿刺卵巢|r:io,tvus]]，于皮质内多点注射，每侧"
            "[[2 mL|d:2,mL,ovary]]。[[2次|s:2#2次]]组第2次注射于首次注射后1个月进行，方法同前。",
            (
                "table",
                "表1 两组基线资料比较",
                [
                    ["项目", "[[1次|s:1#1次]]组（[[n=38|n:38]]）", "[[2次|s:2#2次]]组（[[n=45|n:45]]）", "P"],
                    ["年龄（岁）", "38.6±2.9", "38.1±3.2", "0.46"],
                    ["不孕年限（年）", "4.3±2.1", "4.6±2.4", "0.55"],
                    ["既往IVF周期数（个）", "2.2±0.9", "2.4±1.1", "0.37"],
                    ["基础FSH（IU/L）", "11.8±3.6", "12.1±3.9", "0.72"],
                ],
                [0.34, 0.24, 0.24, 0.18],
            ),
            (
                "table",
                "表2 两组注射前后卵巢储备指标比较（x̄±s）",
                [
                    ["组别", "指标", "注射前", "注射后1个月", "[[注射后3个月|f:3,month]]"],
                    ["[[1次|s:1#1次]]组", "AMH（ng/mL）", "0.49±0.20", "0.53±0.24", "0.51±0.22"],
                    ["[[1次|s:1#1次]]组", "AFC（个）", "4.2±1.6", "4.6±1.8", "4.5±1.7"],
                    ["[[1次|s:1#1次]]组", "FSH（IU/L）", "11.8±3.6", "10.9±3.4", "10.6±3.3"],
                    ["[[2次|s:2#2次]]组", "AMH（ng/mL）", "0.52±0.21", "0.63±0.27", "0.71±0.30"],
                    ["[[2次|s:2#2次]]组", "AFC（个）", "4.0±1.5", "4.9±1.9", "5.6±2.0"],
                    ["[[2次|s:2#2次]]组", "FSH（IU/L）", "12.1±3.9", "10.8±3.5", "10.2±3.1"],
                ],
                [0.18, 0.22, 0.2, 0.2, 0.2],
            ),
            ("heading", "2 讨论"),
            "PRP富含多种生长因子。国外一项纳入[[311例|n:311]]DOR患者的多中心研究^[12]采用[[单次|s:1]][[卵巢内注射|r:io]]，"
            "注射后[[2个月|f:2,month]]AMH[[升高|h:AMH,inc]]者仅占23%；而另一项研究^[13]对[[52例|n:52]]患者每月注射1次、"
            "[[共3次|s:3]]，AFC[[增加|h:AFC,inc]]更为明显。结合本研究结果，PRP的作用可能具有剂量累积效应，注射次数"
            "不宜少于2次。",
        ],
        notes=(
            "Retrospective cohort, arms told apart only by the number of injections: labels '1次' and '2次' (the "
            "guide's own example '1次(11例)、2次(20例)'); '1次组'/'2次组' (with head word) keep the first label, and "
            "the count in each naming is a sessions fact of that arm (title, abstract, tables: header cells and "
            "row heads). Sample 83, 38 (1次), 45 (2次); table 1 column heads '（n=38）', '（n=45）' restate them "
            "(marked without arm, as the guide says of counts in column heads; the '1次组'/'2次组' in the same "
            "heads keep their arms)."
            " Route/dose said for every woman (no arm): 经阴道超声引导 io, 2 mL "
            "per side. Follow-up: 随访6~12个月 -> low end 6; 注射后3个月 in the 2次 clause (arm); table heads "
            "注射前|注射后1个月|注射后3个月 -> the last. '两组FSH均下降' no arm. Conclusion '2次PRP' no arm. "
            "English title: 'One'/'two' labelled as printed (its own words). Discussion: [12] 311例, 单次, io, 2个月, AMH升高; [13] 52例, 每月1次 + 共3次 -> 3 (a total is stated), "
            "AFC增加; '不宜少于2次' is a bound (no fact). Traps: 两次离心法, 20 mL blood, 4 mL PRP, 4~5倍, 月经第3~5天, "
            "17 G, 多点, '第2次注射' (ordinal of counted sessions), IVF/ICSI周期121个, 既往IVF周期数, 获卵数, 年龄, "
            "不孕年限, AMH<1.1, AFC<7, ≤3个, 2~3个月内 (a window before IVF), 23%, rates."
        ),
        layout={"columns": 1, "font": "serif", "en_title": (
            "[[One|s:1#One]] versus [[two|s:2#two]] [[intraovarian|r:io]] injections of autologous platelet-rich "
            "plasma in women with diminished ovarian reserve undergoing IVF: a retrospective cohort study"
        )},
        batch=18,
    ),
    # ------------------------------------------------------------------ 215
    RealText(
        id="zh_blind215_review_cell_therapy_poi_route_dose_course",
        lang="zh",
        kind="review",
        title="干细胞治疗早发性卵巢功能不全的给药途径、剂量与疗程研究进展",
        authors="房静怡，牛国栋",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**摘要** [[间充质干细胞|c:msc]]（[[MSC|c:msc]]）及其[[外泌体|c:ev]]治疗早发性卵巢功能不全（POI）已从动物实验进入早期临床研究，"
            "但各研究在给药途径、细胞剂量和治疗次数上差异很大。本文综述近10年相关研究，比较[[卵巢内注射|r:io]]、"
            "[[卵巢动脉介入输注|r:oa,ir]]及[[静脉输注|r:iv]]三种途径的优缺点，归纳动物实验与临床研究中常用的剂量和疗程，"
            "并讨论现有研究样本量小、随访时间短等不足。"
        ),
        body=[
            ("heading", "1 给药途径"),
            ("heading", "1.1 [[卵巢内注射|r:io]]"),
            "[[卵巢内注射|r:io]]可使细胞直达卵巢皮质。王等^[6]对[[19例|n:19]]POI患者[[在腹腔镜下行卵巢内注射|r:io,lap]]自体"
            "[[骨髓间充质干细胞|c:bm]]，每侧[[5×10^{6}个|d:5e6,cells,ovary]]，随访[[1年|f:1,year]]，其中5例月经恢复。"
            "唐等^[7]采用[[经阴道超声引导下卵巢内注射|r:io,tvus]][[脐带间充质干细胞|c:uc]]，[[分2次|s:2]]进行，间隔3个月，"
            "[[28例|n:28]]患者中AMH[[升高|h:AMH,inc]]者9例。",
            ("heading", "1.2 [[卵巢动脉介入输注|r:oa,ir]]"),
            "该途径在DSA下完成，无需穿刺卵巢。欧等^[9]报道[[10例|n:10]]患者经股动脉入路[[超选择插管至卵巢动脉|r:oa,ir]]，"
            "每侧注入[[脐带MSC|c:uc]][[1×10^{7}个|d:1e7,cells,ovary]]，术后[[3个月|f:3,month]]FSH[[下降|h:FSH,dec]]，"
            "但AMH[[未见升高|!h:AMH,inc]]。",
            ("heading", "1.3 [[静脉输注|r:iv]]"),
            "[[静脉途径|r:iv]]操作简便，但细胞多滞留于肺。陆等^[11]对[[36例|n:36]]患者[[静脉输注|r:iv]][[脐带MSC|c:uc]]"
            "[[1×10^{6}~2×10^{6}个/kg|d:1e6,cells/kg,-,1e6,2e6]]，随访[[半年|f:0.5,year]]，FSH[[无明显变化|h:FSH,nc]]。"
            "在小鼠模型中^[12]，[[尾静脉|r:iv@mouse]]注射的[[经血干细胞|c:men@mouse]]仅少量到达卵巢，但血清AMH仍"
            "[[升高|h:AMH,inc@mouse]]，提示其作用主要通过旁分泌实现。",
            ("heading", "2 剂量"),
            "动物实验中，小鼠多为每只[[1×10^{6}个|d:1e6,cells,-@mouse]]，大鼠为每只[[2×10^{6}个|d:2e6,cells,-@rat]]^[13-14]。"
            "环磷酰胺[[120 mg/kg|d:120,mg/kg,-@mouse]]联合白消安[[30 mg/kg|d:30,mg/kg,-@mouse]][[单次|s:1@mouse]]"
            "[[腹腔注射|r:ip@mouse]]是最常用的小鼠造模方法^[15]。临床研究中单侧卵巢剂量多为"
            "[[5×10^{6}~2×10^{7}个|d:5e6,cells,ovary,5e6,2e7]]，尚无研究比较不同剂量的疗效；[[外泌体|c:ev]]的剂量则多以"
            "蛋白量表示，动物实验中为每只[[50~200 μg|d:50,ug,-,50,200@animal]]^[16]。",
            ("heading", "3 疗程"),
            "多数临床研究采用[[单次|s:1]]给药，也有研究[[多次移植|s:-]]。徐等^[17]比较了[[单次|s:1#单次]]"
            "（[[12例|n:12#单次]]）与[[3次|s:3#3次]]（[[12例|n:12#3次]]）[[卵巢内注射|r:io]]，[[3次|s:3#3次]]组AFC"
            "[[增加|h:AFC,inc#3次]]更明显。部分研究以3个月为一疗程，疗程间隔与是否需要维持治疗尚无共识。",
            (
                "table",
                "表1 干细胞治疗POI的主要临床研究",
                [
                    ["文献", "例数", "细胞类型", "途径", "单侧剂量", "次数", "随访"],
                    ["王等^[6]", "[[19|n:19]]", "[[骨髓MSC|c:bm]]", "[[卵巢内（腹腔镜）|r:io,lap]]",
                     "[[5×10^{6}|d:5e6,cells,ovary]]", "[[1|s:1]]", "[[12个月|f:12,month]]"],
                    ["唐等^[7]", "[[28|n:28]]", "[[脐带MSC|c:uc]]", "[[卵巢内（超声）|r:io,tvus]]",
                     "[[1×10^{7}|d:1e7,cells,ovary]]", "[[2|s:2]]", "[[6个月|f:6,month]]"],
                    ["欧等^[9]", "[[10|n:10]]", "[[脐带MSC|c:uc]]", "[[卵巢动脉|r:oa,ir]]",
                     "[[1×10^{7}|d:1e7,cells,ovary]]", "[[1|s:1]]", "[[3个月|f:3,month]]"],
                    ["陆等^[11]", "[[36|n:36]]", "[[脐带MSC|c:uc]]", "[[静脉|r:iv]]", "—", "[[4|s:4]]",
                     "[[6个月|f:6,month]]"],
                ],
                [0.14, 0.09, 0.15, 0.2, 0.16, 0.1, 0.16],
            ),
            ("heading", "4 小结"),
            "现有研究样本量多不足30例，随访时间多短于1年，且大多未设对照组。今后需要开展设计严谨的随机对照试验，"
            "明确最佳途径、剂量与治疗次数。",
        ],
        notes=(
            "Narrative review: every fact is of a cited study (markers), no arms except the two arms of [17] "
            "('单次' and '3次', labelled by their values; '3次组' keeps '3次'). Headings hold route facts (1.1, "
            "1.2, 1.3). Samples: 19, 28, 10, 36 (text and table), 12/12 of [17]; '5例月经恢复', 'AMH升高者9例' "
            "are outcome counts; '不足30例' a bound. Cell types: '间充质干细胞（MSC）' in the abstract -> two msc "
            "mentions (name and abbreviation); route words opening the sections ('卵巢内注射可使…', '静脉途径…') "
            "are general route mentions."
            " Doses: ranges low values (1×10^6~2×10^6/kg, "
            "5×10^6~2×10^7 per side, 50~200 μg per animal, species 'animal': mice and rats together); per-mouse and "
            "per-rat counts per null; model drugs cyclophosphamide 120 mg/kg + busulfan 30 mg/kg, single ip (mouse). "
            "Sessions: 分2次 (2), 单次, 多次移植 (null), [17] arms, the table's 次数 column; 陆等 '4' only in the "
            "table; '3个月为一疗程' is a course (no fact); '治疗次数' no count. Follow-up: 1年, 3个月, 半年 -> 0.5 "
            "year, table 随访 column (12个月 restates 1年); '随访时间多短于1年' a bound; '间隔3个月' interval. "
            "'AMH未见升高' -> negated increase. Traps: 近10年, DSA, 股动脉入路 (access), '仅少量到达卵巢'."
        ),
        layout={"columns": 1, "font": "serif", "en_title": (
            "Routes, doses and number of administrations of stem cell therapy for premature ovarian "
            "insufficiency: a review"
        )},
        batch=18,
    ),
    # ------------------------------------------------------------------ 216
    RealText(
        id="zh_blind216_singlearm_autologous_mensc_dor",
        lang="zh",
        kind="clinical",
        title="自体[[经血干细胞|c:men]][[卵巢内注射|r:io]]治疗卵巢储备功能减退的单臂临床研究",
        authors="阎诗涵，濮振宇，桂芳",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**摘要：目的** 观察自体[[经血干细胞|c:men]]（[[MenSCs|c:men]]）[[卵巢内注射|r:io]]治疗卵巢储备功能减退"
            "（DOR）的安全性和有效性。**方法** 前瞻性纳入2022年1月至2023年8月就诊的DOR患者[[28例|n:28]]。于月经第2天"
            "收集经血约5 mL，分离培养[[MenSCs|c:men]]，扩增21 d至第3代。[[经阴道超声引导下双侧卵巢注射|r:io,tvus]]"
            "[[MenSCs|c:men]]，每侧[[5×10^{6}个|d:5e6,cells,ovary]]，[[分2次|s:2]]进行，间隔8周。术后第[[4周|f:4,week]]"
            "复查血常规及盆腔超声，[[随访12个月|f:12,month]]。**结果** 4例失访，24例完成随访。术后[[3个月|f:3,month]]，"
            "AMH[[升高|h:AMH,inc]]（0.41±0.18 vs 0.63±0.25 ng/mL，P<0.01），AFC[[增加|h:AFC,inc]]，FSH"
            "[[下降|h:FSH,dec]]，E2[[无明显变化|h:E2,nc]]。12个月内自然妊娠3例，IVF妊娠4例。未发生感染、出血等严重"
            "不良事件。**结论** 自体[[MenSCs|c:men]][[卵巢内注射|r:io]]可[[改善AMH|h:AMH,inc]]及[[AFC|h:AFC,inc]]，取材无创，值得进一步开展"
            "随机对照研究。"
        ),
        body=[
            ("heading", "1 对象与方法"),
            "**1.1 研究对象** 纳入标准：年龄25~40岁；AMH<1.1 ng/mL和/或AFC<5个；月经规律或稀发。排除POI（FSH>25 "
            "IU/L）、卵巢手术史、子宫内膜异位症及传染病。本研究经医院伦理委员会批准，患者均签署知情同意书。",
            "**1.2 细胞制备** 每例患者于月经第2天以无菌月经杯收集经血，4 h内送GMP实验室，经密度梯度离心及贴壁培养获得"
            "[[MenSCs|c:men]]，培养21 d，第3代细胞CD73、CD90、CD105阳性率均>95%。细胞以生理盐水重悬至5×10^{6}个/mL。",
            "**1.3 注射方法** 于月经干净后3~7天，静脉麻醉下[[经阴道超声引导穿刺卵巢|r:io,tvus]]，每侧注射细胞悬液"
            "[[1 mL|d:1,mL,ovary]]，分布于3~4个点。首次注射后第8周行第2次注射，[[两次注射|s:2]]均于日间病房完成。",
            (
                "table",
                "表1 治疗前后卵巢储备指标变化（n=24，x̄±s）",
                [
                    ["指标", "治疗前", "术后1个月", "术后3个月", "术后6个月", "[[术后12个月|f:12,month]]", "变化"],
                    ["AMH（ng/mL）", "0.41±0.18", "0.55±0.22", "0.63±0.25", "0.60±0.27", "0.52±0.24",
                     "[[升高|h:AMH,inc]]"],
                    ["AFC（个）", "3.1±1.2", "4.0±1.5", "4.6±1.7", "4.4±1.6", "4.1±1.6", "[[增加|h:AFC,inc]]"],
                    ["FSH（IU/L）", "13.9±3.7", "12.1±3.5", "11.4±3.2", "11.8±3.6", "12.5±3.8", "[[下降|h:FSH,dec]]"],
                    ["LH（IU/L）", "7.2±2.4", "7.0±2.2", "6.9±2.5", "7.1±2.3", "7.3±2.6", "[[无明显变化|h:LH,nc]]"],
                    ["E2（pg/mL）", "48.6±16.1", "50.2±17.4", "51.0±15.9", "49.3±16.8", "47.9±15.2",
                     "[[无明显变化|h:E2,nc]]"],
                ],
                [0.16, 0.13, 0.13, 0.13, 0.13, 0.15, 0.17],
            ),
            ("heading", "2 讨论"),
            "[[经血干细胞|c:men]]取材无创、可反复获取。Liu等^[9]对[[16例|n:16]]POI患者[[卵巢内注射|r:io]]自体[[MenSCs|c:men]]，"
            "随访[[6个月|f:6,month]]，仅4例AMH[[升高|h:AMH,inc]]；而在DOR人群中，Tanaka等^[10]报道[[33例|n:33]]患者"
            "[[卵巢内注射|r:io]][[脂肪来源干细胞|c:ad]]后AFC[[增加|h:AFC,inc]]。本研究[[术后12个月|f:12,month]]时AMH"
            "[[仍高于治疗前|h:AMH,inc]]，但已低于术后3个月的峰值，是否需要追加注射有待研究。",
        ],
        notes=(
            "Single-arm study (no arms). Sample 28 (enrolled); '4例失访', '24例完成随访' and the table caption 'n=24' "
            "are dropouts/completers of the stated 28 (no fact); pregnancies 3/4 outcome counts. Sessions: 分2次, "
            "两次注射 (a count restated); '第2次注射' ordinal of counted sessions. Dose 5×10^6 per side (每侧) and "
            "1 mL per side; 5×10^6个/mL concentration; 经血约5 mL is harvest. Follow-up: 术后第4周复查 (a check "
            "after treatment: 4 weeks), 随访12个月, 术后3个月 (AMH measured), table heads 治疗前 … 术后12个月 -> "
            "the last; '12个月内自然妊娠' a window; '术后12个月有所回落' in the discussion: '术后12个月时AMH仍高于治疗前' -> follow-up 12 months and AMH "
            "increase (the fall from the 3-month peak is a comparison of values, no fact)."
            " Hormone directions in the table's 变化 column (no arm). "
            "'改善AMH' -> AMH increase (improve = increase); 'AFC' after '及' in the conclusion shares the verb "
            "'改善' -> a second fact (AFC increase), and so in the English conclusion."
            " Discussion: [9] 16例, io, MenSCs, 6个月, AMH升高; [10] 33例, io, "
            "脂肪来源干细胞 -> adipose_msc (adipose-derived stem cells read as ADSCs), AFC增加. Traps: 年龄, AMH<1.1, "
            "AFC<5, FSH>25, 月经第2天, 4 h, 21 d, 第3代, 3~7天, 3~4个点, 间隔8周, 第8周 (schedule), 静脉麻醉."
        ),
        layout={
            "columns": 1,
            "font": "sans",
            "en_title": (
                "[[Intraovarian injection|r:io]] of autologous [[menstrual blood-derived stem cells|c:men]] for "
                "diminished ovarian reserve: a single-arm clinical study"
            ),
            "en_abstract": (
                "**Abstract: Objective** To assess the safety and efficacy of autologous [[menstrual blood-derived "
                "stem cells|c:men]] ([[MenSCs|c:men]]) [[injected into the ovaries|r:io]] in diminished ovarian "
                "reserve (DOR). **Methods** [[Twenty-eight women|n:28]] with DOR were enrolled. [[MenSCs|c:men]] were grown "
                "from 5 mL of menstrual blood and [[injected into both ovaries under transvaginal ultrasound "
                "guidance|r:io,tvus]] ([[5 × 10^{6} cells per ovary|d:5e6,cells,ovary]]) on "
                "[[two occasions|s:2]] eight weeks apart. Women were followed for [[12 months|f:12,month]]. "
                "**Results** Twenty-four women completed follow-up. [[Three months|f:3,month]] after treatment AMH "
                "[[rose|h:AMH,inc]] and AFC [[increased|h:AFC,inc]], FSH [[fell|h:FSH,dec]] and E2 "
                "[[was unchanged|h:E2,nc]]. Seven women conceived. **Conclusion** [[Intraovarian|r:io]] [[MenSCs|c:men]] "
                "[[improve AMH|h:AMH,inc]] and [[AFC|h:AFC,inc]] in DOR."
            ),
        },
        batch=18,
    ),
]
