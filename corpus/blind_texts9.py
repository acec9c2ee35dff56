"""Invented papers written for litx by an annotator who had not seen its rules (ninth batch).

These fourteen texts (ten English, four Chinese) are invented from start to end: names,
numbers, journals and findings are made up, and nothing is copied from any paper.  They
were written from corpus/ANNOTATION.md, CONTRACT.md and the mark syntax of
corpus/make_papers.py only, without reading litx's rules, extractor or other texts, so
that they measure litx on phrasings nobody tuned for.  They are the development part of
the invented papers (studied and tuned on), unlike corpus/heldout_texts.py.

This batch stresses routes (verbs, nouns, adjectives, abbreviations, material between the
verb and the target, guidance, routes compared between arms, routes of model drugs,
anaesthesia or other drugs as traps), follow-up (visits, medians, sacrifice times, table
heads, with ages, dosing durations, intervals and times to events as traps) and sample
size (enrolled/randomised/analysed counts, words, per-group counts, exclusions and
dropouts, with animals, studies and outcome counts as traps).  Three texts treat another
condition (lupus, thin endometrium, intrauterine adhesions) and are marked only where the
contract has a value.
"""

from __future__ import annotations

try:
    from real_texts import RealText
except ImportError:  # pragma: no cover - run from the repository root
    from corpus.real_texts import RealText

LICENCE = "CC BY 4.0 (written for litx)"
JOURNAL = "litx blind set"

BLIND9: list[RealText] = [
    RealText(
        id="en_blind79_bmsc_laparoscopic_single_arm",
        lang="en",
        kind="clinical",
        title=("[[Laparoscopic intraovarian transplantation|r:io,lap]] of [[autologous bone "
               "marrow-derived mesenchymal stem cells|c:bm]] in premature ovarian insufficiency: "
               "a single-arm phase II study"),
        authors="Harriet J. Okonkwo-Lind, Marek Sobczyk, Priya Venkataraman, Tomasz Ruel",
        journal=JOURNAL,
        year=2025,
        doi="",
        url="",
        licence=LICENCE,
        abstract=(
            "**Background:** Premature ovarian insufficiency (POI) is defined by at least 4 months "
            "of oligo/amenorrhoea before the age of 40 and an FSH above 25 IU/L measured on two "
            "occasions 4 weeks apart. We asked whether [[bone marrow-derived mesenchymal stem "
            "cells|c:bm]] ([[BMSCs|c:bm]]) [[placed directly in the ovary|r:io]] can revive its endocrine "
            "function. "
            "**Methods:** Forty-one women were screened and [[twenty-six were enrolled|n:26]] "
            "(median age 34 years, range 27-39). Bone marrow (60 mL) was aspirated from the "
            "posterior iliac crest and [[BMSCs|c:bm]] were expanded to passage 3. In a "
            "[[single|s:1]] procedure, [[5 × 10^6 cells|d:5e6,cells,ovary]] in "
            "[[0.5 mL|d:0.5,mL,ovary]] of saline per ovary were [[injected, under direct "
            "laparoscopic vision, into the cortex of both ovaries|r:io,lap]]. Women who were "
            "taking oral or transdermal hormone replacement stopped it 8 weeks beforehand. "
            "**Results:** Twenty-three women attended the [[12-month visit|f:12,month]]; three "
            "were lost to follow-up. Compared with baseline, serum [[AMH rose|h:AMH,inc]] "
            "from 0.07 ± 0.05 to 0.19 ± 0.13 ng/mL (P = 0.004) and [[FSH fell|h:FSH,dec]] "
            "from 81.2 ± 22.4 to 55.6 ± 27.0 IU/L (P = 0.01), while [[LH did not change|h:LH,nc]] "
            "(P = 0.42). Menses returned in seven women after a median of 3.5 months, and two "
            "conceived spontaneously. "
            "**Conclusion:** One laparoscopic [[intraovarian injection|r:io,lap]] of autologous "
            "[[BMSCs|c:bm]] was safe and was followed by a modest, durable [[rise in AMH|h:AMH,inc]]."
        ),
        body=[
            ("**Procedure and follow-up.** Under general anaesthesia with intravenous propofol, a "
             "three-port laparoscopy was performed. The cell suspension was drawn into a 1-mL "
             "syringe with a 22-G needle, and each ovary was punctured at four points along its "
             "long axis; no cells were [[given intravenously|!r:iv]] or into the ovarian vessels. Women "
             "were [[followed for 12 months|f:12,month]], with blood sampled on days 2-4 of a "
             "cycle (or at random in amenorrhoeic women) at [[months 1, 3, 6 and 12|f:12,month]]. "
             "A second injection had been planned for non-responders at month 6 but was not "
             "performed because the ethics committee asked for the 12-month safety data first."),
            ("**Outcomes.** In the per-protocol set (n = 23), [[E2 increased|h:E2,inc]] from "
             "18.3 to 41.7 pg/mL (P = 0.03) and the [[antral follicle count improved|h:AFC,inc]] "
             "in 9 women. [[AMH was higher|h:AMH,inc]] than at baseline [[12 months after the "
             "transplantation|f:12,month]] in 15 of 23 women. No serious adverse event was related "
             "to the cells; one woman had a port-site haematoma."),
            ("table", "Table 2. Serum hormones (mean ± SD, n = 23)",
             [["", "Baseline", "Month 3", "Month 6", "[[Month 12|f:12,month]]"],
              ["FSH (IU/L)", "81.2 ± 22.4", "66.0 ± 25.1", "60.3 ± 26.9", "55.6 ± 27.0"],
              ["AMH (ng/mL)", "0.07 ± 0.05", "0.12 ± 0.09", "0.16 ± 0.11", "0.19 ± 0.13"],
              ["E2 (pg/mL)", "18.3 ± 9.6", "30.2 ± 17.4", "35.8 ± 20.0", "41.7 ± 24.3"]],
             [0.28, 0.18, 0.18, 0.18, 0.18]),
        ],
        notes=("Single-arm trial, no arms. Traps: FSH > 25 IU/L and 'two occasions 4 weeks apart' "
               "(threshold, measurement, interval: no facts); 'Forty-one women were screened' (not a "
               "sample); 23 who attended the 12-month visit and 'per-protocol set (n = 23)' are "
               "subsets of the 26 enrolled (no fact); marrow 60 mL (harvest volume); passage 3; "
               "oral/transdermal HRT stopped 8 weeks before (route of another drug, not marked); "
               "intravenous propofol (anaesthesia, not a route); 'no cells were given intravenously' is a "
               "denied route (negated intravenous); 'into the ovarian vessels' left unmarked (vessels, "
               "not the artery named); 'second "
               "injection had been planned ... not performed' (no sessions fact); menses after a "
               "median of 3.5 months (time to event); 'improved in 9 women' AFC increase marked. "
               "The route span in the abstract runs from verb to target over the guidance phrase. "
               "Dose per ovary: 'per ovary' stated. 'placed directly in the ovary' (the aim) is a route mention."),
        layout={"columns": 2, "font": "serif"},
        batch=9,
    ),
    RealText(
        id="en_blind80_ucmsc_intraarterial_vs_intraovarian_rct",
        lang="en",
        kind="clinical",
        title=("[[Ovarian intra-arterial|r:oa,ir]] versus [[transvaginal intraovarian|r:io,tvus]] "
               "delivery of [[umbilical cord mesenchymal stromal cells|c:uc]] for premature ovarian "
               "insufficiency: a randomised, open-label trial"),
        authors="Lucía Ferreyra, Daniel K. Asante, Ingrid Holmqvist, Samir Haddad",
        journal=JOURNAL,
        year=2026,
        doi="",
        url="",
        licence=LICENCE,
        abstract=(
            "Which route brings transplanted cells to the follicle pool best is unsettled. We "
            "[[randomised 60 women|n:60]] with POI (FSH ≥ 40 IU/L, age 25-39 years) to receive "
            "[[human umbilical cord MSCs|c:uc]] ([[hUC-MSCs|c:uc]]) either [[through the ovarian "
            "arteries|r:oa#IA group]] (IA group, [[n = 30|n:30#IA group]]) or [[by direct puncture of the ovaries|r:io#IO group]] "
            "(IO group, [[n = 30|n:30#IO group]]). Every woman received [[1 × 10^7 cells|d:1e7,cells,-]] "
            "[[once|s:1]]. Two women in the IA group and three in the IO group withdrew before "
            "the 3-month visit, leaving 55 in the analysis. [[FSH fell|h:FSH,dec]] in both groups "
            "by [[month 6|f:6,month]]. In the IA group, [[AMH rose|h:AMH,inc#IA group]] from "
            "0.11 to 0.29 ng/mL (P = 0.002) and the [[AFC increased|h:AFC,inc#IA group]]; in the "
            "IO group, [[AMH did not change significantly|h:AMH,nc#IO group]] (0.10 vs 0.14 ng/mL, "
            "P = 0.21). [[Infusion into the ovarian artery|r:oa]] may therefore reach more of the "
            "cortex than [[puncture of the ovary|r:io]], although the trial was not powered for pregnancy."
        ),
        body=[
            ("**Interventions.** In the IA group, a 4-F catheter was introduced through the right "
             "femoral artery and, under digital subtraction angiography, [[advanced into each "
             "ovarian artery|r:oa,ir#IA group]]; [[5 × 10^6|d:5e6,cells,-#IA group]] [[hUC-MSCs|c:uc#IA group]] "
             "in [[10 mL|d:10,mL,-#IA group]] of saline were [[infused slowly into the left and then the right ovarian "
             "artery|r:oa,ir#IA group]] over 15 minutes each. In the IO group, the same number of "
             "cells was [[injected, through a 17-G oocyte-retrieval needle guided by transvaginal "
             "ultrasound, into the cortex of each ovary|r:io,tvus#IO group]] at 3-4 sites. "
             "Anaesthesia was local (IA) or by intravenous sedation (IO). The IA procedure took "
             "longer (median 48 vs 14 minutes)."),
            ("**Follow-up and analysis.** Women were [[followed up for 6 months|f:6,month]] after "
             "the cells, with clinic visits at months 1, 3 and 6; those whose periods returned "
             "were asked to keep a diary. The sample size assumed a difference in AMH change of "
             "0.15 ng/mL (SD 0.2) with 80% power, which needed 26 per arm; 30 per arm allowed for "
             "loss. Seven IA and three IO women resumed menses, at a median of 9 weeks after the "
             "procedure."),
            ("table", "Table 3. Change from baseline (median, IQR), per protocol",
             [["", "Month 1", "Month 3", "[[Month 6|f:6,month]]"],
              ["FSH, IA (n = 28)", "-9.4 (-20.1, 2.3)", "-16.0 (-28.5, -3.1)", "-19.2 (-31.0, -5.5)"],
              ["FSH, IO (n = 27)", "-5.1 (-14.8, 4.0)", "-10.7 (-22.3, 1.9)", "-12.5 (-24.2, 0.8)"],
              ["AMH, IA (ng/mL)", "0.05 (0.00, 0.11)", "0.12 (0.03, 0.24)", "0.18 (0.06, 0.30)"],
              ["AMH, IO (ng/mL)", "0.01 (-0.02, 0.06)", "0.03 (-0.01, 0.09)", "0.04 (0.00, 0.10)"]],
             [0.28, 0.24, 0.24, 0.24]),
        ],
        notes=("Two-arm RCT; arms 'IA group' and 'IO group' (named with head word; the abstract's "
               "route phrases sit in the clause that names each group, so they carry its arm; the "
               "title compares both and has no arm; the route letters in the labels IA/IO are not marked as routes). 'Every woman ... 1 × 10^7 cells once' is a fact "
               "of all arms (no arm); 'FSH fell in both groups' (no arm). The IA infusion gives "
               "5 × 10^6 cells and 10 mL into each artery without the word 'per' (per null). Traps: "
               "FSH ≥ 40 IU/L threshold; ages; 'Two ... and three ... withdrew', '55 in the "
               "analysis' (subset of 60); femoral artery access (not a route); intravenous "
               "sedation (anaesthesia); '26 per arm', '30 per arm' (power calculation, not marked); "
               "'the same number of cells' (no value); visits 'at months 1, 3 and 6' (restated "
               "by 'followed up for 6 months' in the same sentence; the list left unmarked - "
               "doubtful) and table heads Month 1/3/6 (last head marked); menses at a median of "
               "9 weeks (time to event); table row counts (n = 28, n = 27) restate subsets."),
        layout={"columns": 1, "font": "sans"},
        batch=9,
    ),
    RealText(
        id="en_blind81_exosome_tail_vein_vs_ip_mouse",
        lang="en",
        kind="animal",
        title=("[[Tail-vein|r:iv]] or [[intraperitoneal|r:ip]] [[exosomes|c:ev]] from "
               "[[umbilical cord mesenchymal stem cells|c:uc]] in mice with cyclophosphamide-induced "
               "ovarian insufficiency"),
        authors="Wen-Hsin Lo, Akosua Mensah, Felix Baumgartner",
        journal=JOURNAL,
        year=2024,
        doi="",
        url="",
        licence=LICENCE,
        abstract=(
            "[[Small extracellular vesicles|c:ev@human]] are easier to store and dose than cells, but how they "
            "should be given is rarely tested. Female C57BL/6 mice (8 weeks old) received "
            "cyclophosphamide (CTX) [[i.p.|r:ip]], a loading dose of [[75 mg/kg|d:75,mg/kg,-]] "
            "followed by [[8 mg/kg|d:8,mg/kg,-]] daily for 14 days. [[Exosomes|c:ev]] isolated from "
            "[[hUCMSCs|c:uc]] by ultracentrifugation ([[hUCMSC|c:uc]]-[[Exos|c:ev]]; 90-160 nm) were "
            "then given [[three times|s:3]] at 3-day intervals, [[150 μg|d:150,ug,-]] protein per "
            "mouse, either [[intravenously via the tail vein|r:iv#IV group]] (IV group) or "
            "[[intraperitoneally|r:ip#IP group]] (IP group). Mice were killed "
            "[[2|f:2,week]] or [[4 weeks after the last injection|f:4,week]]. In both "
            "[[exosome|c:ev]] groups, serum [[AMH|h:AMH,inc]] and [[E2 were higher|h:E2,inc]] and [[FSH lower|h:FSH,dec]] "
            "than in untreated POI mice at [[4 weeks|f:4,week]], and primordial follicles were spared. The gain "
            "in [[AMH was larger|h:AMH,inc]] after [[tail-vein|r:iv]] than after [[intraperitoneal dosing|r:ip]] "
            "(P = 0.03), and labelled [[vesicles|c:ev]] reached the ovary only after [[i.v.|r:iv]] injection."
        ),
        body=[
            ("**Design.** Forty mice were allocated to four groups (n = 10 each): control (saline "
             "i.p. instead of CTX), POI (CTX, then PBS), IV and IP. Mice were anaesthetised "
             "with 2.5% tribromoethanol i.p. for blood collection. Half of each group was "
             "sacrificed at each time point. DiR-labelled [[vesicles|c:ev]] (one dose) were traced by "
             "whole-body imaging in three extra mice per route."),
            ("**Results.** CTX raised FSH (42.6 ± 6.1 vs 11.8 ± 2.4 mIU/mL) and lowered AMH in the "
             "POI group relative to controls, confirming the model. In the IV group, "
             "[[FSH decreased|h:FSH,dec#IV group]] to 19.5 ± 4.0 mIU/mL and "
             "[[E2 increased|h:E2,inc#IV group]] to 38.9 ± 6.7 pg/mL at [[week 4|f:4,week#IV group]]; "
             "in the IP group, [[FSH was lower|h:FSH,dec#IP group]] (27.3 ± 5.2 mIU/mL) "
             "but [[E2 did not differ|h:E2,nc#IP group]] from the POI group. At [[2 weeks|f:2,week]] the "
             "hormone values were not yet distinguishable between the [[exosome|c:ev]] groups."),
        ],
        species="mouse",
        notes=("Mouse study, species mouse by default. Arms 'IV group' and 'IP group' "
               "(named in brackets after each route; their route carries the arm; the route letters in the group names are not marked as routes - the guide extends only cell types and sessions in group names). 'hUCMSC-Exos' is two mentions (uc, ev) like 'MSC-derived exosomes'. 'week 4' in the IV-group clause carries that arm. 'In both "
               "exosome groups ... AMH and E2 were higher and FSH lower' is a fact of every "
               "treated group (no arm), coordinated hormones one fact each. Sessions 'three "
               "times' is shared (no arm). 'The gain in AMH was larger after tail-vein than after "
               "intraperitoneal dosing' compares two groups' changes: one AMH increase and two "
               "route mentions, no arm. Traps: CTX 75 mg/kg + 8 mg/kg daily for 14 days (model "
               "doses and route marked; 'daily for 14 days' is a duration: no sessions); 'at 3-day "
               "intervals'; 8 weeks old (age); 90-160 nm (size); 'Forty mice', n = 10 each "
               "(animals); saline i.p. in controls (vehicle, not a drug) and tribromoethanol i.p. "
               "(anaesthesia) not routes; model-vs-control FSH/AMH (model validation, no fact); "
               "'one dose' of DiR tracer in extra mice (not marked); 'At 2 weeks ... not yet "
               "distinguishable' gives the time point but no change fact; 150 μg 'protein per "
               "mouse' (per null)."),
        layout={"columns": 2, "font": "sans"},
        batch=9,
    ),
    RealText(
        id="en_blind82_bmsc_orthotopic_vs_systemic_rat_cisplatin",
        lang="en",
        kind="animal",
        title=("Orthotopic or systemic? [[Bone marrow MSC|c:bm]] transplantation routes in a rat model of "
               "cisplatin-induced premature ovarian failure"),
        authors="Oluwaseun Adeyemi-Hart, Katarzyna Wilk, Jun-ho Baek",
        journal=JOURNAL,
        year=2023,
        doi="",
        url="",
        licence=LICENCE,
        abstract=(
            "**Objective:** To compare [[intraovarian|r:io]] with [[intravenous|r:iv]] "
            "transplantation of [[bone marrow mesenchymal stem cells|c:bm]] ([[BMSCs|c:bm]]) in "
            "rats with premature ovarian failure (POF). "
            "**Methods:** Forty-eight female Sprague-Dawley rats were divided into four groups of "
            "twelve: A (sham), B (POF), C and D. POF was induced in groups B-D with cisplatin, "
            "[[2 mg/kg|d:2,mg/kg,-]] [[intraperitoneally|r:ip]] once a day for 7 days. One week "
            "later, group C received [[1 × 10^6|d:1e6,cells,ovary#group C]] "
            "[[GFP-labelled BMSCs|c:bm#group C]] per ovary, [[injected through a dorsal incision "
            "into both ovaries|r:io#group C]], and group D received "
            "[[2 × 10^6|d:2e6,cells,-#group D]] [[BMSCs|c:bm#group D]] in [[0.5 mL|d:0.5,mL,-#group D]] "
            "of PBS [[through the lateral tail vein|r:iv#group D]]; each was treated "
            "[[once|s:1]]. Six rats per group were killed on [[day 14|f:14,day]] and six on "
            "[[day 28 after transplantation|f:28,day]]. "
            "**Results:** On [[day 28|f:28,day#group C]], [[FSH was lower|h:FSH,dec#group C]] and [[AMH|h:AMH,inc#group C]] "
            "and [[INHB higher|h:INHB,inc#group C]] in group C than in group B; in group D, "
            "[[FSH decreased|h:FSH,dec#group D]] but [[AMH did not rise|!h:AMH,inc#group D]]. "
            "[[LH was unchanged|h:LH,nc]] by either treatment. GFP-positive cells were found in the "
            "ovarian interstitium only after local injection. "
            "**Conclusion:** Orthotopic delivery restores ovarian endocrine function in cisplatin-"
            "treated rats more effectively than systemic infusion."
        ),
        body=[
            ("**Transplantation.** Rats were anaesthetised with sodium pentobarbital (40 mg/kg, "
             "i.p.) and placed prone. In group C, each ovary was exteriorised through a 1.5-cm "
             "dorsal incision and [[1 × 10^6 cells per ovary|d:1e6,cells,ovary#group C]], suspended "
             "in PBS, were [[injected slowly beneath the ovarian capsule|r:io#group C]] with a "
             "30-G needle. In group D the same anaesthesia was used, the skin was incised and "
             "closed without touching the ovaries, and the cells were [[infused into the tail "
             "vein|r:iv#group D]] over 2 minutes. Groups A and B had the sham operation and PBS. "
             "Body weight was recorded twice weekly and vaginal smears were read daily."),
            ("table", "Table 1. Serum hormones on day 28 (mean ± SD, six rats per group)",
             [["Group", "FSH (mIU/mL)", "AMH (ng/mL)", "INHB (pg/mL)"],
              ["A, sham", "5.9 ± 1.1", "6.8 ± 0.9", "88.4 ± 10.3"],
              ["B, POF", "17.6 ± 2.7", "2.1 ± 0.6", "41.2 ± 8.8"],
              ["C, [[intraovarian|r:io#group C]] [[BMSCs|c:bm#group C]]", "9.3 ± 1.9", "4.7 ± 0.8",
               "70.5 ± 9.6"],
              ["D, [[tail-vein|r:iv#group D]] [[BMSCs|c:bm#group D]]", "12.8 ± 2.2", "2.6 ± 0.7",
               "52.0 ± 9.1"]],
             [0.34, 0.22, 0.22, 0.22]),
        ],
        species="rat",
        notes=("Rat study, species rat by default. Arms 'group C' (intraovarian) and 'group D' "
               "(tail vein); group A/B untreated (no facts of theirs here). Labels are the letter "
               "groups as printed ('group C'; the table rows 'C, ...' are the same arm). 'Forty-eight "
               "female Sprague-Dawley rats', 'four groups of twelve', 'Six rats per group', 'six "
               "rats per group' (animals: no sample). Cisplatin 2 mg/kg i.p. once a day for 7 days: "
               "dose and route marked, no sessions (daily dosing). 'each was treated once' is both "
               "arms (no arm). 'On day 28' sits in the group-C clause and so carries its arm "
               "(strict reading of the guide; doubtful). 'AMH did not rise' in group D is a negated "
               "increase. 'LH was unchanged by either treatment' no arm. Traps: pentobarbital 40 "
               "mg/kg i.p. (anaesthesia, neither dose nor route); 'One week later' (time from the "
               "model, not follow-up); 'twice weekly', 'daily' (frequencies); title/conclusion "
               "'orthotopic' and 'systemic infusion' name no exact route id (unmarked); 'local "
               "injection' in the GFP sentence left unmarked (no target named; doubtful); "
               "'sham operation and PBS' no route; 'Table 1 ... on day 28' caption: a time point "
               "restated in a caption, left unmarked (doubtful)."),
        layout={"columns": 1, "font": "serif"},
        batch=9,
    ),
    RealText(
        id="en_blind83_prp_intraovarian_case_report",
        lang="en",
        kind="case",
        title=("Autologous platelet-rich plasma [[instilled into both ovaries|r:io]] of a woman with "
               "premature ovarian insufficiency: a case report with [[18 months of "
               "follow-up|f:18,month]]"),
        authors="Maren Løvaas, Chidinma Eze, Rafael Quintero-Bosch",
        journal=JOURNAL,
        year=2025,
        doi="",
        url="",
        licence=LICENCE,
        abstract=(
            "A 34-year-old nulligravida had been amenorrhoeic for 26 months; FSH was 92 and 87 "
            "IU/L on two tests a month apart and AMH was undetectable (< 0.01 ng/mL). Hormone "
            "therapy (estradiol valerate and dydrogesterone by mouth) was stopped one month before "
            "treatment. Platelet-rich plasma (PRP) was prepared from 40 mL of her venous blood by "
            "double centrifugation. Under transvaginal ultrasound guidance, [[4 mL|d:4,mL,ovary]] "
            "of PRP was [[instilled into each ovary|r:io,tvus]] through a 17-G needle; she had "
            "[[two instillations|s:2]] 8 weeks apart. [[Three months after the second instillation|f:3,month]] "
            "[[FSH had fallen|h:FSH,dec]] to 34 IU/L and [[estradiol had risen|h:E2,inc]] to "
            "96 pg/mL, and at the [[12-month visit|f:12,month]] [[AMH was measurable|h:AMH,inc]] "
            "(0.28 ng/mL) with three antral follicles. She conceived 11 months after the first "
            "instillation and was still pregnant at the last contact."
        ),
        body=[
            ("**Procedure.** After a paracervical block with lidocaine and intravenous "
             "paracetamol, the ovaries were punctured transvaginally and the PRP (platelets "
             "4.6-fold above whole blood) was [[deposited, in small aliquots fanning out from a "
             "single entry point, within the cortex of each ovary|r:io,tvus]]. The sonographer "
             "confirmed each deposit as a transient hypoechoic area. Nothing was given "
             "intra-arterially."),
            ("**Course.** Hormones were measured at [[1, 3, 6, 12 and 18 months|f:18,month]] "
             "after the first session. Menses returned 10 weeks after it and recurred every 34-52 "
             "days. Because a spontaneous pregnancy seemed unlikely, one stimulation cycle with "
             "gonadotropins injected subcutaneously was begun in month 9; a single oocyte was "
             "retrieved and did not fertilise. The pregnancy in month 11 was spontaneous. Over "
             "[[18 months|f:18,month]] the [[AFC rose|h:AFC,inc]] from 0 to 3, while "
             "[[LH stayed|h:LH,nc]] between 18 and 24 IU/L."),
        ],
        notes=("Single case report: no arms, no sample-size mark (the text never counts its "
               "patient as a number; 'A 34-year-old nulligravida' is not a count) - doubtful, see "
               "report. PRP is not a cell type (no cell_type fact); its injected volume 4 mL into "
               "each ovary is a dose per ovary. Traps: FSH 92 and 87 IU/L 'on two tests' (baseline, "
               "measurements), AMH < 0.01 (baseline); oral hormone therapy 'by mouth' (no id, other "
               "drug); 40 mL venous blood (harvest); '8 weeks apart' (interval); 'Three months after "
               "the second instillation' is an outcome time after treatment (follow-up, 3 months, "
               "marked by the guide's decision); 'conceived 11 months after', 'Menses "
               "returned 10 weeks after it' (times to events); 'every 34-52 days' (cycle length); "
               "lidocaine block and intravenous paracetamol (analgesia, not a route); gonadotropins "
               "'injected subcutaneously' (route of another drug, not marked); 'a single oocyte' "
               "(outcome count); 'Nothing was given intra-arterially' (a denied route with no exact "
               "id: 'intra-arterially' unmarked). 'AMH was measurable' from undetectable = "
               "increase. 'LH stayed between' = no change. 'the second instillation', 'the first "
               "session' are ordinals of counted sessions (no fact)."),
        layout={"columns": 1, "font": "serif"},
        batch=9,
    ),
    RealText(
        id="en_blind84_admsc_three_case_series",
        lang="en",
        kind="case",
        title=("[[Autologous adipose-derived mesenchymal stromal cells|c:ad]] given by two routes "
               "for ovarian insufficiency: a series of [[three cases|n:3]]"),
        authors="Beatriz Salgueiro, Emeka Nwosu, Lotte Vandenbroucke",
        journal=JOURNAL,
        year=2024,
        doi="",
        url="",
        licence=LICENCE,
        abstract=(
            "We describe [[three women|n:3]] (31, 37 and 38 years old) with premature ovarian "
            "insufficiency or a severely diminished reserve (AMH < 0.5 ng/mL) who were treated "
            "with [[autologous adipose-derived mesenchymal stromal cells|c:ad]] "
            "([[AD-MSCs|c:ad]]) under a compassionate-use protocol. About 100 mL of abdominal "
            "fat was aspirated under local anaesthesia and the cells were used at passage 2. Two "
            "women had the cells [[put straight into the ovaries|r:io]] and one had them "
            "[[infused through the ovarian artery|r:oa]]. All three showed some endocrine response, but only one conceived."
        ),
        body=[
            ("**Case 1.** A 31-year-old with POI for 3 years received "
             "[[10 × 10^6|d:1e7,cells,-#Case 1]] [[AD-MSCs|c:ad#Case 1]], [[injected "
             "transvaginally into the right and the left ovary under ultrasound "
             "control|r:io,tvus#Case 1]], on a [[single|s:1#Case 1]] occasion. [[FSH fell|h:FSH,dec#Case 1]] "
             "from 68 to 29 IU/L within 3 months. She was [[followed for 14 months|f:14,month#Case 1]] "
             "without a pregnancy. "
             "**Case 2.** A 37-year-old with an AMH of 0.21 ng/mL had [[two injections|s:2#Case 2]] "
             "of [[8 × 10^6 cells|d:8e6,cells,injection#Case 2]] per injection, 3 months apart, "
             "by the same [[transvaginal intraovarian|r:io,tvus#Case 2]] technique; the second "
             "[[went into the left ovary|r:io#Case 2]] only, as the right could not be reached safely. "
             "[[AMH rose|h:AMH,inc#Case 2]] to 0.63 ng/mL, but the [[AFC did not improve|!h:AFC,inc#Case 2]]. "
             "She was seen [[until week 40 after the first injection|f:40,week#Case 2]] and "
             "conceived after IVF in week 31. "
             "**Case 3.** In a 38-year-old with POI, [[2 × 10^7|d:2e7,cells,-#Case 3]] cells were "
             "[[delivered through a microcatheter placed, under fluoroscopy, in the right ovarian "
             "artery|r:oa,ir#Case 3]] after the left could not be catheterised. "
             "[[Estradiol increased|h:E2,inc#Case 3]] from 12 to 58 pg/mL, and [[FSH decreased|h:FSH,dec#Case 3]] "
             "slightly; she was lost to follow-up after the [[6-month visit|f:6,month#Case 3]]."),
            ("table", "Table 1. Regimens and outcomes",
             [["Case", "Dose, route", "Injections", "Last visit", "FSH before → after (IU/L)"],
              ["1", "[[1 × 10^7|d:1e7,cells,-#Case 1]], [[intraovarian (TVUS)|r:io,tvus#Case 1]]",
               "[[one|s:1#Case 1]]", "[[month 14|f:14,month#Case 1]]", "68 → 29"],
              ["2", "[[8 × 10^6|d:8e6,cells,injection#Case 2]] per injection, [[intraovarian (TVUS)|r:io,tvus#Case 2]]",
               "[[two|s:2#Case 2]]", "[[week 40|f:40,week#Case 2]]", "74 → 52"],
              ["3", "[[2 × 10^7|d:2e7,cells,-#Case 3]], [[ovarian artery (DSA)|r:oa,ir#Case 3]]",
               "[[one|s:1#Case 3]]", "[[month 6|f:6,month#Case 3]]", "81 → 66"]],
             [0.08, 0.42, 0.14, 0.14, 0.22]),
        ],
        notes=("Case series of three: each 'Case N' is an arm labelled as printed ('Case 1'...; "
               "the table's rows '1', '2', '3' are the same cases, given the printed case label). "
               "The abstract speaks of all three: no arms there; its 'Two women had the cells put "
               "straight into the ovaries and one had them infused through the ovarian artery' "
               "are routes of subgroups without a case name: marked, no arm. Case 2's "
               "dose says 'per injection'; 'the second went into the left ovary' is a route mention of Case 2 (no guidance in its clause). Case 3's 'under fluoroscopy' with a catheter in the "
               "ovarian artery = interventional radiology; table 'DSA' the same. Traps: ages; "
               "AMH < 0.5 ng/mL (threshold), AMH 0.21 (baseline); 100 mL fat (harvest); passage 2; "
               "'within 3 months' (time to a change; left unmarked as a window - doubtful); "
               "'3 months apart' (interval); 'the second' (ordinal of counted sessions); 'in week "
               "31' (time to pregnancy); 'after the left could not be catheterised' (a failed "
               "route attempt, not marked); IVF not a route; 'only one conceived' (outcome count). "
               "'AFC did not improve' = negated increase; FSH 'decreased slightly' kept as decrease."),
        layout={"columns": 1, "font": "sans"},
        batch=9,
    ),
    RealText(
        id="en_blind85_review_delivery_routes",
        lang="en",
        kind="review",
        title="Getting cells to the follicles: a review of delivery routes for stem cell therapy in ovarian insufficiency",
        authors="Siobhán Kearney, Arvid Lindqvist",
        journal=JOURNAL,
        year=2026,
        doi="",
        url="",
        licence=LICENCE,
        abstract=(
            "Of the 31 reports we identified, 12 were clinical; together they treated "
            "[[287 women|n:287]], most in single-arm series of fewer than 30 patients. This "
            "review compares the three routes these studies used - direct [[intraovarian "
            "injection|r:io]], [[infusion into the ovarian artery|r:oa]] and [[intravenous "
            "administration|r:iv]] - and what each did to FSH, AMH and follicle counts."
        ),
        body=[
            ("**Intraovarian injection.** Most groups [[inject the ovary itself|r:io]], either at "
             "laparoscopy or transvaginally. Haugland et al. [14] [[injected "
             "laparoscopically|r:io,lap]] [[5 × 10^6|d:5e6,cells,ovary]] "
             "[[autologous BMSCs|c:bm]] per ovary in [[ten women|n:10]] and reported that "
             "[[FSH declined|h:FSH,dec]] over [[one year|f:1,year]]; two of them later conceived. "
             "With the needle [[guided by transvaginal sonography|r:io,tvus]], a Chinese series "
             "of [[n = 42|n:42]] [18] gave [[hUC-MSCs|c:uc]] [[twice|s:2]] and found "
             "[[AMH higher|h:AMH,inc]] at [[6 months|f:6,month]], whereas a smaller study [19] saw "
             "[[no change in AMH|h:AMH,nc]] after a [[single|s:1]] injection of "
             "[[menstrual blood-derived stem cells|c:men]]."),
            ("**Vascular routes.** [[Ovarian artery infusion|r:oa,ir]] under angiographic control "
             "was used in [[61 patients|n:61]] by Teodoro and colleagues [21], who gave "
             "[[1 × 10^7|d:1e7,cells,-]] [[umbilical cord MSCs|c:uc]] to each woman "
             "and [[followed them for 24 months|f:24,month]]; [[E2 increased|h:E2,inc]] in about a "
             "third. Whether [[intravenous|r:iv]] cells reach the ovary is less certain. In mice, "
             "[[tail-vein injection|r:iv@mouse]] of [[amniotic MSCs|c:am@mouse]] "
             "[[lowered FSH|h:FSH,dec@mouse]] [23], but labelled cells were trapped in the lungs within "
             "24 hours [24], and rats given cells [[intraperitoneally|r:ip@rat]] fared no better "
             "[25]. A registered trial (NCT0000000X) plans to give "
             "[[2 × 10^6 cells/kg|d:2e6,cells/kg,-]] [[i.v.|r:iv]] to [[40 women|n:40]]; it had not "
             "reported when we searched, and it excludes women already on gonadotropin injections "
             "or transdermal oestrogen."),
            ("table", "Table 2. Clinical studies by route (selected)",
             [["Study", "Cells", "Route", "Patients", "Follow-up"],
              ["[14]", "[[BMSC|c:bm]]", "[[Intraovarian, laparoscopic|r:io,lap]]", "[[10|n:10]]",
               "[[12 mo|f:12,month]]"],
              ["[18]", "[[hUC-MSC|c:uc]]", "[[Intraovarian, TVUS|r:io,tvus]]", "[[42|n:42]]",
               "[[6 mo|f:6,month]]"],
              ["[21]", "[[UC-MSC|c:uc]]", "[[Ovarian artery, DSA|r:oa,ir]]", "[[61|n:61]]",
               "[[24 mo|f:24,month]]"]],
             [0.12, 0.18, 0.34, 0.16, 0.2]),
        ],
        notes=("Review; facts of cited studies are facts of the document (no study mark in the "
               "mark syntax). No arms. 'Most groups inject the ovary itself, either at laparoscopy or transvaginally' is a route with two alternative guidances: marked without guidance. Traps: '31 reports', '12 were clinical' (studies); 'fewer "
               "than 30 patients' (bound); 'two of them later conceived' (outcome); 'within 24 "
               "hours' (time to an event in cited mice - not follow-up); the registered trial's "
               "planned 40 women, dose and route are marked as expected facts (doubtful: planned, "
               "not done); "
               "gonadotropin injections and transdermal oestrogen (routes of other drugs, exclusion "
               "criteria: not marked). 'a smaller study [19] saw no change in AMH after a single "
               "injection' - no_change AMH and sessions 1. Mouse and rat facts carry @mouse/@rat "
               "(cited animal work in a review; the review has no default species). 'Ovarian artery "
               "infusion under angiographic control' has interventional-radiology guidance."),
        layout={"columns": 1, "font": "serif"},
        batch=9,
    ),
    RealText(
        id="en_blind86_ucmsc_iv_dose_escalation_phase1",
        lang="en",
        kind="clinical",
        title=("[[Intravenous|r:iv]] [[umbilical cord-derived mesenchymal stem cells|c:uc]] in "
               "premature ovarian insufficiency: a phase I dose-escalation study"),
        authors="Nomvula Dlamini, Pieter-Jan Claes, Yasmin Rahimi, Conor Feeney",
        journal=JOURNAL,
        year=2025,
        doi="",
        url="",
        licence=LICENCE,
        abstract=(
            "**Aims:** To find a tolerable dose of systemically given [[UC-MSCs|c:uc]] before a "
            "randomised trial. "
            "**Methods:** Ten women were screened and one was excluded (hepatitis B surface antigen); "
            "[[nine|n:9]], aged 24-38 years with POI, were enrolled in three cohorts of three. "
            "Cohort 1 received [[0.5 × 10^6 cells/kg|d:5e5,cells/kg,-#cohort 1]], cohort 2 "
            "[[1 × 10^6 cells/kg|d:1e6,cells/kg,-#cohort 2]] and cohort 3 "
            "[[2 × 10^6 cells/kg|d:2e6,cells/kg,-#cohort 3]], each as [[two|s:2]] "
            "[[intravenous infusions|r:iv]] 4 weeks apart. A cohort was opened only when the one "
            "below had completed 4 weeks without a dose-limiting toxicity. "
            "**Results:** No dose-limiting toxicity occurred; two women had transient fever after "
            "infusion. In cohort 3, [[FSH decreased|h:FSH,dec#cohort 3]] from 71.0 to 38.5 IU/L and "
            "[[AMH increased|h:AMH,inc#cohort 3]] in two of three women by [[week 24|f:24,week#cohort 3]], "
            "whereas [[FSH did not change|h:FSH,nc]] in cohorts 1 and 2. Over a [[median of 14 "
            "months|f:14,month]] (range 9-20) no tumour or autoimmune disease emerged."
        ),
        body=[
            ("**Infusion.** Cells thawed at the bedside were diluted in 100 mL of saline with 1% "
             "human albumin and [[infused through a peripheral (antecubital) vein|r:iv]] over 30-40 "
             "minutes, after oral antihistamine premedication. Vital signs were checked every 15 "
             "minutes for 2 hours. The second infusion was withheld in one woman of cohort 3 "
             "because of fever, so cohort 3 received five infusions in all. No cells were "
             "[[delivered to the ovaries directly|!r:io]], and none of the women received gonadotropins "
             "during the study."),
            ("**Assessments.** Safety was assessed [[until week 24|f:24,week]], and the women "
             "were then contacted every 3 months. Hormones were drawn in the early follicular "
             "phase when cycles were present."),
            ("table", "Table 2. FSH (IU/L), median (range), by cohort",
             [["Cohort", "Week 0", "Week 4", "Week 12", "[[Week 24|f:24,week]]"],
              ["1 ([[0.5 × 10^6/kg|d:5e5,cells/kg,-#cohort 1]])", "66 (52-80)", "70 (49-85)", "64 (50-79)", "68 (55-81)"],
              ["2 ([[1 × 10^6/kg|d:1e6,cells/kg,-#cohort 2]])", "74 (61-93)", "69 (58-90)", "71 (57-88)", "70 (54-91)"],
              ["3 ([[2 × 10^6/kg|d:2e6,cells/kg,-#cohort 3]])", "71 (59-88)", "57 (41-80)", "44 (30-71)", "38.5 (27-66)"]],
             [0.28, 0.18, 0.18, 0.18, 0.18]),
        ],
        notes=("Dose-escalation phase I; arms 'cohort 1', 'cohort 2', 'cohort 3' (each named with "
               "its dose; table rows by first cell '1 (...)' etc. are the same cohorts). 'three "
               "cohorts of three' = each arm (no arm). 'each as two intravenous infusions' is every "
               "cohort (no arm). 'in cohorts 1 and 2' = names before one plural head (no arm). "
               "'by week 24' in cohort 3's clause carries its arm. Traps: 'Ten women were "
               "screened', 'one was excluded' (not samples); ages; '4 weeks apart' (interval); "
               "'completed 4 weeks without a dose-limiting toxicity' (escalation window, not "
               "follow-up); 100 mL saline (diluent for an infusion: a volume given, but the "
               "guide's volume example is a cell suspension per ovary; left unmarked, doubtful); "
               "'two women had transient fever' (outcome count); 'every 15 minutes for 2 hours', "
               "'every 3 months' (frequencies); 'five infusions in all' in cohort 3 - a total "
               "of a cohort's infusions over three women, not a per-woman count: left unmarked "
               "(doubtful); 'The second infusion was withheld' (ordinal of a counted session, "
               "no fact); 'No cells were delivered to the ovaries directly' is a denied "
               "intraovarian route (negated); oral premedication, gonadotropins (other drugs). "
               "cells/kg doses keep per null."),
        layout={"columns": 1, "font": "sans"},
        batch=9,
    ),
    RealText(
        id="en_blind87_ucmsc_lupus_nephritis_ovarian_reserve",
        lang="en",
        kind="clinical",
        title=("[[Umbilical cord mesenchymal stem cell|c:uc]] infusions added to standard therapy "
               "for lupus nephritis: renal response and ovarian reserve in an open, controlled trial"),
        authors="Mei-Ling Tsao, Babajide Olatunji, Henrike Vogt",
        journal=JOURNAL,
        year=2024,
        doi="",
        url="",
        licence=LICENCE,
        abstract=(
            "**Background:** Women with lupus nephritis often have a reduced ovarian reserve "
            "after cyclophosphamide. [[Mesenchymal stem cells|c:msc]] modulate immunity and have protected "
            "the ovary in animal models. "
            "**Methods:** [[Thirty-four women|n:34]] (18-40 years) with active class III/IV lupus "
            "nephritis were allocated to standard therapy plus [[UC-MSCs|c:uc#MSC group]] ([[MSC|c:msc#MSC group]] group, "
            "[[n = 18|n:18#MSC group]]) or standard therapy alone (control group, "
            "[[n = 16|n:16#control group]]). In the [[MSC|c:msc#MSC group]] group, "
            "[[1 × 10^6 cells/kg|d:1e6,cells/kg,-#MSC group]] were [[given i.v.|r:iv#MSC group]] "
            "on days 1 and 8. All women took prednisone and mycophenolate by mouth; those who had "
            "earlier received intravenous cyclophosphamide were eligible if the last pulse was "
            "more than 6 months before entry. Ovarian reserve was measured at baseline and at "
            "[[6 and 12 months|f:12,month]]. "
            "**Results:** Complete renal response at [[12 months|f:12,month]] was reached by 9 of 18 and 4 of 16 "
            "women (P = 0.12). In the [[MSC|c:msc#MSC group]] group, [[AMH remained stable|h:AMH,nc#MSC group]] "
            "(1.42 vs 1.38 ng/mL) and, among the seven women with a raised FSH at entry, "
            "[[FSH fell|h:FSH,dec#MSC group]] from 14.2 to 9.8 IU/L; in the control group AMH "
            "declined by 0.31 ng/mL. "
            "**Conclusion:** [[Two infusions|s:2]] of [[UC-MSCs|c:uc]] were safe and may help "
            "[[preserve AMH|h:AMH,nc]] in women with lupus nephritis."
        ),
        body=[
            ("**Cell product and administration.** [[Human umbilical cord MSCs|c:uc]] from one "
             "donor bank (passage 4, > 95% CD73+/CD90+/CD105+) were suspended in 100 mL of "
             "saline and [[run into a forearm vein|r:iv]] over 40 minutes on day 1 and again on "
             "day 8. No cells were placed into the kidney artery, as in some earlier reports. "
             "Two women of the control group withdrew consent before month 6 and one woman of the "
             "[[MSC|c:msc#MSC group]] group moved away after month 9; the 31 who remained completed the [[12-month "
             "observation period|f:12,month]], and the analysis followed intention to treat."),
        ],
        notes=("Another condition (lupus nephritis): only contract values marked (no renal "
               "outcomes). Arms 'MSC group' and 'control group'; 'MSC' in the group's name is a cell-type mention of that arm at each naming (guide: the cell type in a group's name), and the UC-MSCs of the allocation clause carry the arm named in its bracket. The control group's AMH decline "
               "is a change in an untreated control (no fact); 'Complete renal response ... 9 of "
               "18 and 4 of 16' are outcome counts. 'on days 1 and 8' is the schedule (sessions "
               "counted from 'Two infusions' in the conclusion, no arm there as a conclusion opens; "
               "the schedule itself is not a count - doubtful whether 'day 1 and again on day 8' "
               "should give s:2). 'preserve AMH' taken as no change (hedged) - doubtful. Traps: "
               "ages; 'class III/IV'; prednisone and mycophenolate 'by mouth' (other drugs, no "
               "id); earlier 'intravenous cyclophosphamide' (route of an earlier drug, not this "
               "study's protocol: not marked) and 'more than 6 months before entry' (window); 100 mL "
               "saline (diluent); passage 4; 'kidney artery' (route not used, no id); dropouts (2 "
               "and 1, 'the 31 who remained' = subset of 34); 'at 12 months' renal response "
               "(a time after treatment at which an outcome is reported: follow-up by the guide's "
               "decision, marked); 'the 12-month observation period' marked."),
        layout={"columns": 2, "font": "serif"},
        batch=9,
    ),
    RealText(
        id="en_blind88_prp_thin_endometrium_rct",
        lang="en",
        kind="clinical",
        title=("Intrauterine autologous platelet-rich plasma for a persistently thin endometrium in "
               "frozen embryo transfer cycles: a randomised controlled trial"),
        authors="Ana-Maria Dobrescu, Kwabena Owusu-Ansah, Elin Sandvik",
        journal=JOURNAL,
        year=2026,
        doi="",
        url="",
        licence=LICENCE,
        abstract=(
            "**Objective:** A thin endometrium (≤ 6.5 mm despite estradiol) limits embryo "
            "transfer. Cell therapies such as bone marrow-derived stem cells [8] and "
            "[[umbilical cord MSCs|c:uc]] on a collagen scaffold [9] are costly; platelet-rich "
            "plasma (PRP) is simpler. "
            "**Design:** Of 131 women screened, [[96 were randomised|n:96]]: PRP group "
            "([[n = 49|n:49#PRP group]]) or control group ([[n = 47|n:47#control group]]), the "
            "latter receiving a mock catheter passage. "
            "**Intervention:** In the PRP group, [[0.5-1 mL|d:0.5,mL,-,0.5,1#PRP group]] of PRP "
            "was instilled through an embryo-transfer catheter into the uterine cavity on cycle "
            "day 10 and again 48 hours later ([[two instillations|s:2#PRP group]]). "
            "**Results:** Endometrial thickness [[3 days after the second instillation|f:3,day]] "
            "was 7.4 ± 0.9 vs 6.2 ± 0.8 mm (P < 0.001); clinical pregnancy rates were 36.7% (18/49) "
            "and 21.3% (10/47). PRP [[did not change serum E2|h:E2,nc]] or [[LH|h:LH,nc]], which "
            "had been suggested as a mechanism. Women were followed until 12 weeks of gestation."
        ),
        body=[
            ("**Endometrial preparation.** All women took oral estradiol valerate in rising "
             "doses from cycle day 2; progesterone was given vaginally once the endometrium was "
             "judged ready, and embryos were transferred on the sixth day of progesterone. "
             "Women who ovulated spontaneously had an hCG trigger injected subcutaneously "
             "instead. No PRP was injected into the subendometrial layer or "
             "[[into the ovaries|!r:io]], and none was [[given intravenously|!r:iv]]."),
            ("**Hormones.** Serum E2, LH and progesterone were drawn on cycle day 10 and on the "
             "day of transfer. In the PRP group, [[E2 did not change|h:E2,nc#PRP group]] from "
             "cycle day 10 to the day of transfer (P = 0.48); FSH was not measured."),
        ],
        notes=("Another condition (thin endometrium): PRP is not a cell type; intrauterine "
               "instillation has no route id (not marked); endometrial thickness and pregnancy "
               "are not contract facts. Arms 'PRP group' and 'control group'. Marked: the sample "
               "(96 randomised, per-arm counts), the PRP volume range (0.5-1 mL, per null), two "
               "instillations, the hormone no-changes and the time of the thickness measurement (3 "
               "days after the second instillation). Traps: 'Of 131 women screened'; ≤ 6.5 mm "
               "(threshold); 18/49 and 10/47 (outcome counts); 'cycle day 10', '48 hours later' "
               "(schedule, interval); 'followed until 12 weeks of gestation' (time to an event "
               "in pregnancy, counted from conception: not marked - doubtful); oral estradiol, "
               "vaginal progesterone, hCG 'injected subcutaneously' (other drugs: not marked); "
               "'bone marrow-derived stem cells [8]' (unfractionated, no canonical id: not "
               "marked); denied routes 'into the subendometrial layer' (no id), 'into the "
               "ovaries' and 'given intravenously' are marked negated (io, iv); 'FSH was not "
               "measured' denies a measurement, not a change (no fact); 'Serum E2, LH and "
               "progesterone were drawn' (list of measured hormones, no fact)."),
        layout={"columns": 2, "font": "sans"},
        batch=9,
    ),
    RealText(
        id="zh_blind89_prp_dor_retrospective_cohort",
        lang="zh",
        kind="clinical",
        title="[[经阴道超声引导下卵巢内注射|r:io,tvus]]自体富血小板血浆治疗卵巢储备功能减退的回顾性队列研究",
        authors="韦思琪, 蔺佳慧, 欧阳靖",
        journal=JOURNAL,
        year=2025,
        doi="",
        url="",
        licence=LICENCE,
        abstract=(
            "【摘要】目的 评价[[卵巢内注射|r:io]]自体富血小板血浆（PRP）对卵巢储备功能减退（DOR）患者内分泌指标的影响。"
            "方法 回顾性分析2021年1月至2023年6月在本中心就诊的DOR患者[[112例|n:112]]（年龄28~42岁），"
            "按是否接受PRP治疗分为PRP组（[[58例|n:58#PRP组]]）和对照组（[[54例|n:54#对照组]]）。"
            "PRP组于月经干净后3~7 d在经阴道超声引导下用17 G取卵针将PRP [[2 mL|d:2,mL,ovary#PRP组]]/侧"
            "[[注入双侧卵巢皮质|r:io,tvus#PRP组]]，间隔4周重复1次，[[共2次|s:2#PRP组]]；对照组仅予期待治疗。"
            "两组均[[随访6个月|f:6,month]]。结果 PRP组[[末次注射后3个月|f:3,month#PRP组]][[AMH较治疗前升高|h:AMH,inc#PRP组]]"
            "〔（0.62±0.21）ng/mL比（0.41±0.18）ng/mL，P<0.01〕，[[基础FSH下降|h:FSH,dec#PRP组]]，"
            "[[窦卵泡数（AFC）增加|h:AFC,inc#PRP组]]；对照组上述指标治疗前后差异无统计学意义。"
            "与对照组比较，PRP组[[AMH较高|h:AMH,inc#PRP组]]（P<0.05）。结论 [[卵巢内注射|r:io]]PRP可能[[改善DOR患者AMH水平|h:AMH,inc]]。"
        ),
        body=[
            ("1 资料与方法 1.1 研究对象 纳入标准：符合博洛尼亚标准，AMH<1.1 ng/mL或AFC<5~7个；"
             "排除卵巢手术史及染色体异常者。同期共检索到DOR病例146例，排除资料不全者34例，最终纳入[[112例|n:112]]。"
             "1.2 PRP制备与注射 抽取患者肘静脉血20 mL，两次离心制得PRP约4 mL。术前静脉麻醉，"
             "患者取膀胱截石位，在阴道超声实时监视下进针，[[于每侧卵巢皮质下多点注射|r:io,tvus]]，每侧[[2 mL|d:2,mL,ovary]]。"
             "注射后观察2 h无不适即离院。有生育要求者于注射后第3个月起行拮抗剂方案促排卵，促性腺激素（Gn）"
             "皮下注射，起始剂量按年龄及AFC调整。"),
            ("2 结果 PRP组失访3例，55例完成[[6个月随访|f:6,month#PRP组]]。[[治疗后第3个月|f:3,month#PRP组]]"
             "PRP组[[E2升高|h:E2,inc#PRP组]]，[[LH无明显变化|h:LH,nc#PRP组]]；"
             "[[第6个月|f:6,month#PRP组]]时AMH较第3个月略有回落，但[[仍高于治疗前|h:AMH,inc#PRP组]]。随访期间PRP组自然妊娠4例，对照组1例。"),
        ],
        notes=("Retrospective two-arm cohort; arms 'PRP组' and '对照组' (untreated: its count only; "
               "its no-change is an untreated control's and gives no fact). PRP is not a cell type. "
               "'2 mL/侧' and '每侧2 mL' = per ovary. '间隔4周重复1次，共2次': '重复1次' is not a count "
               "of sessions (the total is '共2次'). Section 1.2 names no group (new paragraph): no "
               "arm there. '与对照组比较，PRP组AMH较高' = the PRP group's increase. Traps: 年龄28~42岁; "
               "博洛尼亚标准 AMH<1.1, AFC<5~7 (thresholds); 146例 retrieved, 34 excluded (not samples; '最终纳入112例' restates the sample: a mention); "
               "肘静脉血20 mL, PRP约4 mL (harvest/prepared volume); 静脉麻醉 (anaesthesia); "
               "'月经干净后3~7 d' (timing); '观察2 h' (safety watch right after: not marked, doubtful); "
               "'注射后第3个月起行拮抗剂方案' (start of another treatment, not follow-up); Gn 皮下注射 "
               "(route of another drug); 失访3例, 55例完成6个月随访 (subset: no sample; its '6个月随访' "
               "is a follow-up of the PRP group); '第6个月时AMH较第3个月略有回落' - a fall between two "
               "post-treatment time points, not a change from treatment: left unmarked (doubtful); "
               "'仍高于治疗前' = increase from baseline; pregnancies 4例/1例 (outcome counts); "
               "conclusion '可能改善...AMH' hedged increase, no arm (conclusion)."),
        layout={"columns": 2, "font": "serif"},
        batch=9,
    ),
    RealText(
        id="zh_blind90_hamsc_tail_vein_tgp_rat",
        lang="zh",
        kind="animal",
        title="不同剂量[[人羊膜间充质干细胞|c:am]][[尾静脉移植|r:iv]]对雷公藤多苷致卵巢早衰大鼠性激素的影响",
        authors="覃晓岚, 司马若晨, 龚立新",
        journal=JOURNAL,
        year=2024,
        doi="",
        url="",
        licence=LICENCE,
        abstract=(
            "目的：观察[[人羊膜间充质干细胞|c:am]]（[[hAMSCs|c:am]]）经[[尾静脉|r:iv]]移植对雷公藤多苷（TGP）"
            "所致卵巢早衰（POF）大鼠的剂量效应。方法：SPF级雌性SD大鼠50只，随机取10只为正常组，其余以TGP "
            "[[50 mg/kg|d:50,mg/kg,-]]灌胃，连续14 d建立POF模型。造模成功的36只随机分为模型组、"
            "低剂量组和高剂量组，每组12只。低、高剂量组分别[[经尾静脉注射|r:iv]][[hAMSCs|c:am]] "
            "[[1×10^6个|d:1e6,cells,-#低剂量组]]、[[5×10^6个|d:5e6,cells,-#高剂量组]]（溶于0.5 mL PBS），"
            "每周1次，[[共2次|s:2]]；模型组注射等体积PBS。[[末次移植后2周|f:2,week]]、[[4周|f:4,week]]"
            "各处死6只，ELISA检测血清FSH、LH、E2及AMH。结果：与模型组比较，高剂量组[[血清E2|h:E2,inc#高剂量组]]、"
            "[[AMH水平升高|h:AMH,inc#高剂量组]]，[[FSH|h:FSH,dec#高剂量组]]、[[LH水平降低|h:LH,dec#高剂量组]]"
            "（P<0.05）；低剂量组仅[[FSH降低|h:FSH,dec#低剂量组]]，[[E2|!h:E2,inc#低剂量组]]、[[AMH未见明显升高|!h:AMH,inc#低剂量组]]（P>0.05）。"
            "结论：[[hAMSCs|c:am]][[尾静脉移植|r:iv]]可改善POF大鼠卵巢内分泌功能，且存在剂量依赖性。"
        ),
        body=[
            ("1.3 细胞移植 取第3~5代[[hAMSCs|c:am]]，用胰酶消化后以PBS重悬，调整浓度为2×10^6个/mL（低剂量）或"
             "1×10^7个/mL（高剂量）。大鼠以3%戊巴比妥钠（30 mg/kg）腹腔注射麻醉后固定，75%乙醇擦拭鼠尾使"
             "静脉充盈，用1 mL注射器自[[尾静脉缓慢推注|r:iv]]细胞悬液[[0.5 mL|d:0.5,mL,-]]，推注时间约1 min。"
             "第1次移植后7 d行第2次移植。本实验未设[[腹腔注射|!r:ip]]及[[卵巢原位注射|!r:io]]组。"),
            ("2.2 血清激素 [[移植后4周|f:4,week]]，高剂量组[[FSH降至|h:FSH,dec#高剂量组]]（21.4±4.7）IU/L"
             "（模型组为38.6±5.2 IU/L），[[E2较模型组升高|h:E2,inc#高剂量组]]约1.8倍；低剂量组[[LH与模型组比较差异无统计学意义|h:LH,nc#低剂量组]]。"
             "[[移植后2周|f:2,week]]各组激素水平差异均无统计学意义。"),
        ],
        species="rat",
        notes=("Rat study, species rat by default. Arms '低剂量组', '高剂量组' (values given one to "
               "one with 分别); '模型组' untreated (its PBS injection not a route of the therapy). "
               "'低、高剂量组分别经尾静脉注射' - the route is shared (names before one head word = no "
               "arm), the doses get arms by 分别. '每周1次，共2次' - the total is stated (s:2, both "
               "groups, no arm). Traps: 50只, 10只, 36只, 每组12只, 各处死6只 (animals); TGP 50 mg/kg "
               "灌胃 连续14 d (model dose marked; gavage has no route id; daily dosing gives no "
               "sessions); 2×10^6个/mL and 1×10^7个/mL (concentrations); 第3~5代 (passages); 戊巴比妥钠 "
               "30 mg/kg 腹腔注射麻醉 (anaesthesia: neither dose nor route); 'PBS 0.5 mL' in the abstract "
               "bracket (溶于0.5 mL PBS: the solvent volume of the suspension - left unmarked there, "
               "marked in 1.3 where the suspension volume is given; doubtful); '推注时间约1 min'; "
               "'第1次移植后7 d行第2次移植' (interval, ordinals of counted sessions); '本实验未设腹腔注射及"
               "卵巢原位注射组' - routes not used, marked negated (ip, io; doubtful: they name groups "
               "the study does not have); model-vs-normal not "
               "present; 'E2、AMH未见明显升高' = negated increase of E2 and of AMH; '与模型组比较差异无统计学意义' (LH) = no change; '移植后2周各组激素"
               "水平差异均无统计学意义' compares groups: no change fact, time point marked."),
        layout={"columns": 2, "font": "sans"},
        batch=9,
    ),
    RealText(
        id="zh_blind91_ucmsc_ovarian_artery_single_arm",
        lang="zh",
        kind="clinical",
        title="[[经卵巢动脉介入|r:oa,ir]]移植[[脐带间充质干细胞|c:uc]]治疗早发性卵巢功能不全[[20例|n:20]]临床观察",
        authors="宁海燕, 卓一凡, 庞志刚",
        journal=JOURNAL,
        year=2026,
        doi="",
        url="",
        licence=LICENCE,
        abstract=(
            "摘要：选取2022年3月至2023年12月收治的早发性卵巢功能不全（POI）患者[[20例|n:20]]，年龄26~39岁，"
            "闭经6~48个月，2次FSH均>25 IU/L。于数字减影血管造影（DSA）下经右股动脉穿刺，"
            "将微导管[[超选择插入双侧卵巢动脉|r:oa,ir]]，每侧缓慢注入[[脐带间充质干细胞|c:uc]]"
            "（[[UC-MSCs|c:uc]]）[[5×10^6个|d:5e6,cells,ovary]]，3个月后按同法再移植1次，[[共移植2次|s:2]]。"
            "[[术后第1、3、6、12个月|f:12,month]]复查性激素及经阴道超声。结果 2例失访，18例完成[[12个月随访|f:12,month]]。"
            "[[第2次移植后3个月|f:3,month]]，[[FSH较治疗前明显下降|h:FSH,dec]]〔（76.3±18.9）IU/L比"
            "（45.2±20.6）IU/L，P<0.01〕，[[E2上升|h:E2,inc]]，[[AMH升至|h:AMH,inc]]（0.15±0.09）ng/mL"
            "（治疗前为0.06±0.04 ng/mL）；[[LH未见明显变化|h:LH,nc]]。7例恢复月经，恢复时间为移植后"
            "（2.6±1.1）个月；1例自然妊娠。术中及术后未见严重不良反应。"
        ),
        body=[
            ("1.2 治疗方法 术前禁食6 h，穿刺点局部麻醉（2%利多卡因5 mL）。在DSA透视下，先将5 F导管"
             "置于腹主动脉造影明确卵巢动脉开口，再以微导管[[分别插管至左、右卵巢动脉|r:oa,ir]]，造影确认卵巢显影后"
             "经导管注入细胞悬液（每侧[[5 mL|d:5,mL,ovary]]），注入时间约10 min。术后穿刺侧"
             "下肢制动6 h。对导管无法到位的一侧，原计划改行[[经阴道卵巢内注射|!r:io,tvus]]，但本组均插管成功，未予采用。"),
            ("3 讨论 既往研究多采用[[卵巢局部注射|r:io]]^[8, 10]或[[外周静脉输注|r:iv]]^[12]；"
             "Lin等^[15]对[[12例|n:12]]POI患者行[[经卵巢动脉移植|r:oa]]，[[随访半年|f:0.5,year]]，"
             "[[FSH降低|h:FSH,dec]]者占58%。与之相比，本研究观察期延长至[[1年|f:1,year]]。"),
        ],
        notes=("Single-arm series of 20 (no arms). '超选择插入双侧卵巢动脉' under DSA = ovarian "
               "artery infusion with interventional radiology; in 1.2 the catheter placement "
               "'分别插管至左、右卵巢动脉' (DSA in the same sentence) is the route mention, and "
               "'经导管注入' names no vessel again (no second mark). '每侧...5×10^6个', '每侧5 mL' = per "
               "ovary. '3个月后按同法再移植1次' is not a count ('共移植2次' is). Traps: 年龄, 闭经6~48个月, "
               "'2次FSH均>25 IU/L' (measurements, threshold: no sessions); 经右股动脉穿刺 and the 5 F "
               "catheter in the abdominal aorta (vascular access, angiography: no route); 局部麻醉 "
               "利多卡因 5 mL (anaesthesia: not a dose); 禁食6 h, 制动6 h, 注入时间10 min; "
               "'术后第1、3、6、12个月' list = one fact (12 months); 2例失访, 18例完成 (subset of 20: no "
               "sample; its '12个月随访' is a follow-up); '第2次移植后3个月' follow-up (the ordinal is a "
               "counted session: no sessions fact); 7例恢复月经, 1例自然妊娠 (outcomes), "
               "'移植后（2.6±1.1）个月' (time to an event); '原计划改行经阴道卵巢内注射...未予采用' = a "
               "planned route not used: marked negated (doubtful). Discussion: cited routes ^[8, 10] "
               "and ^[12]; Lin等^[15] 12例 (cited clinical sample), '随访半年' = 0.5 year, cited FSH "
               "decrease ('FSH降低者占58%' - a share of patients, still a stated decrease); "
               "'观察期延长至1年' = this study's follow-up."),
        layout={"columns": 1, "font": "serif"},
        batch=9,
    ),
    RealText(
        id="zh_blind92_ucmsc_scaffold_intrauterine_adhesion_rct",
        lang="zh",
        kind="clinical",
        title="负载[[脐带间充质干细胞|c:uc]]的胶原支架宫腔移植预防中重度宫腔粘连术后再粘连的随机对照研究",
        authors="栾秋实, 贺兰芷, 洪一鸣",
        journal=JOURNAL,
        year=2025,
        doi="",
        url="",
        licence=LICENCE,
        abstract=(
            "目的 探讨负载[[人脐带间充质干细胞|c:uc]]（[[hUC-MSCs|c:uc]]）的胶原支架对中重度宫腔粘连（IUA）"
            "患者宫腔镜粘连分离术后子宫内膜修复及性激素的影响。方法 [[入组60例|n:60]]IUA患者（年龄23~40岁，"
            "AFS评分≥5分），按随机数字表法分为观察组与对照组，[[各30例|n:30]]。两组均于宫腔镜下行粘连分离术；"
            "观察组术毕将负载[[hUC-MSCs|c:uc#观察组]] [[1×10^7个|d:1e7,cells,-#观察组]]的胶原支架经宫腔镜置入宫腔，"
            "术后1个月同法再置入1次（[[共2次|s:2#观察组]]）；对照组仅放置宫内球囊。两组术后均予人工周期"
            "治疗3个月。结果 对照组脱落2例。[[术后3个月|f:3,month]]二次宫腔镜探查显示，观察组再粘连率低于"
            "对照组（13.3%比35.7%，P<0.05）。观察组治疗前后血清[[E2|h:E2,nc#观察组]]、[[FSH|h:FSH,nc#观察组]]、"
            "[[LH水平差异均无统计学意义|h:LH,nc#观察组]]，[[AMH亦未见下降|!h:AMH,dec#观察组]]。结论 "
            "[[hUC-MSCs|c:uc]]胶原支架可减少术后再粘连，对卵巢内分泌无明显影响。"
        ),
        body=[
            ("1.3 细胞制备 [[hUC-MSCs|c:uc]]由本院干细胞库提供（第4代），流式鉴定CD73、CD90、CD105阳性率>95%。"
             "每张胶原支架（2 cm×3 cm）滴加细胞悬液1 mL（1×10^7个/mL），37 ℃孵育2 h后使用。"
             "本研究未经宫腔外途径给予细胞，既往文献^[6]报道的[[经外周静脉输注|r:iv]]"
             "[[UC-MSCs|c:uc]] [[1×10^6个/kg|d:1e6,cells/kg,-]]在宫腔粘连中的疗效尚不确定。"),
            ("2.3 随访 全部患者[[随访6个月|f:6,month]]，58例完成随访。[[术后第6个月|f:6,month#观察组]]观察组月经量"
             "改善27例，对照组19例；观察组妊娠6例，首次妊娠距手术（4.2±1.3）个月。"),
        ],
        notes=("Another condition (intrauterine adhesions): intrauterine placement of a cell-laden "
               "scaffold has no route id (not marked; hysteroscopic guidance has no id either); "
               "re-adhesion, menstrual volume and pregnancy are not contract facts. Arms '观察组' and "
               "'对照组' (the control's balloon is not a therapy of the contract). '各30例' = each arm "
               "(no arm). Hormone no-changes in the observation group marked one per hormone; "
               "'AMH亦未见下降' = negated decrease. The conclusion '对卵巢内分泌无明显影响' names no "
               "hormone (no fact). The abstract's cell count 1×10^7个 per scaffold is per null. "
               "Traps: 年龄, AFS评分≥5分 (threshold); 人工周期治疗3个月 (course duration, not "
               "follow-up); 脱落2例, 58例完成随访 (subset: no sample); 13.3%比35.7% (rates); 第4代 "
               "(passage); 2 cm×3 cm (size); 1 mL of 1×10^7个/mL dropped on the scaffold "
               "(concentration; the 1 mL is a loading volume on a scaffold, not a volume injected: "
               "not marked - doubtful); 孵育2 h; '本研究未经宫腔外途径给予细胞' (a denial with no "
               "route named: no fact); cited ^[6] intravenous 1×10^6个/kg (cited route, dose and cell "
               "type marked, per null for /kg); 27例/19例/6例 (outcome counts); '首次妊娠距手术（4.2±1.3）"
               "个月' (time to an event); '术后1个月同法再置入1次' (interval, not a count). '术后第6个月' sits in the clause naming 观察组 and carries its arm (strict clause reading; doubtful, the time point serves both groups)."),
        layout={"columns": 2, "font": "serif"},
        batch=9,
    ),
]
