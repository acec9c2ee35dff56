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
            "cells|c:bm]] ([[BMSCs|c:bm]]) placed directly in the ovary can revive its endocrine "
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
               "Dose per ovary: 'per ovary' stated."),
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
               "title compares both and has no arm). 'Every woman ... 1 × 10^7 cells once' is a fact "
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
            "Small extracellular vesicles are easier to store and dose than cells, but how they "
            "should be given is rarely tested. Female C57BL/6 mice (8 weeks old) received "
            "cyclophosphamide (CTX) [[i.p.|r:ip]], a loading dose of [[75 mg/kg|d:75,mg/kg,-]] "
            "followed by [[8 mg/kg|d:8,mg/kg,-]] daily for 14 days. [[Exosomes|c:ev]] isolated from "
            "[[hUCMSCs|c:uc]] by ultracentrifugation ([[hUCMSC-Exos|c:ev]]; 90-160 nm) were then "
            "given at [[150 μg|d:150,ug,-]] protein per mouse either [[intravenously via the tail "
            "vein|r:iv#Exo-IV group]] (Exo-IV group) or [[intraperitoneally|r:ip#Exo-IP group]] "
            "(Exo-IP group), [[three times|s:3]] at 3-day intervals. Mice were killed "
            "[[2|f:2,week]] or [[4 weeks after the last injection|f:4,week]]. In both "
            "exosome groups, serum [[AMH|h:AMH,inc]] and [[E2 were higher|h:E2,inc]] and [[FSH lower|h:FSH,dec]] "
            "than in untreated POI mice at [[4 weeks|f:4,week]], and primordial follicles were spared. The gain "
            "in [[AMH was larger|h:AMH,inc]] after [[tail-vein|r:iv]] than after [[intraperitoneal dosing|r:ip]] "
            "(P = 0.03), and labelled vesicles reached the ovary only after [[i.v.|r:iv]] injection."
        ),
        body=[
            ("**Design.** Forty mice were allocated to four groups (n = 10 each): control (saline "
             "i.p. instead of CTX), POI (CTX, then PBS), Exo-IV and Exo-IP. Mice were anaesthetised "
             "with 2.5% tribromoethanol i.p. for blood collection. Half of each group was "
             "sacrificed at each time point. DiR-labelled vesicles (one dose) were traced by "
             "whole-body imaging in three extra mice per route."),
            ("**Results.** CTX raised FSH (42.6 ± 6.1 vs 11.8 ± 2.4 mIU/mL) and lowered AMH in the "
             "POI group relative to controls, confirming the model. In the Exo-IV group, "
             "[[FSH decreased|h:FSH,dec#Exo-IV group]] to 19.5 ± 4.0 mIU/mL and "
             "[[E2 increased|h:E2,inc#Exo-IV group]] to 38.9 ± 6.7 pg/mL at [[week 4|f:4,week]]; "
             "in the Exo-IP group, [[FSH was lower|h:FSH,dec#Exo-IP group]] (27.3 ± 5.2 mIU/mL) "
             "but [[E2 did not differ|h:E2,nc#Exo-IP group]] from the POI group. At [[2 weeks|f:2,week]] the "
             "hormone values were not yet distinguishable between the exosome groups."),
        ],
        species="mouse",
        notes=("Mouse study, species mouse by default. Arms 'Exo-IV group' and 'Exo-IP group' "
               "(named in brackets after each route; their route carries the arm). 'In both "
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
]
