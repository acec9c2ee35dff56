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
            "were randomised 1:1 and allocated [[22 per group|n:22]]. The BM-MSC group received "
            "a [[single|s:1#BM-MSC group]] [[transvaginal ultrasound-guided intraovarian injection|r:io,tvus#BM-MSC group]] of "
            "[[1 × 10^{7} cells|d:1e7,cells,ovary#BM-MSC group]] suspended in [[1 mL|d:1,mL,ovary#BM-MSC group]] into each ovary; "
            "the sham group underwent bone marrow aspiration and ovarian puncture without cell delivery. "
            "Serum AMH (primary outcome), FSH and estradiol and the antral follicle count were measured "
            "at baseline and at 1, 3 and [[6 months|f:6,month]] after the procedure. "
            "Results: Three women (two sham, one cell) missed the final visit, leaving 41 in the "
            "per-protocol analysis. AMH [[rose|h:AMH,inc#BM-MSC group]] in the BM-MSC group from 0.19 ± 0.08 to "
            "0.37 ± 0.15 ng/mL, whereas it [[did not change|h:AMH,nc#sham group]] in the sham group "
            "(between-group P = 0.004). FSH [[fell|h:FSH,dec]] by a mean of 21.6 IU/L more in the cell arm "
            "than in the sham arm (P = 0.02); estradiol and AFC did not differ between arms. "
            "Conclusions: One intraovarian dose of autologous [[BM-MSCs|c:bm]] modestly increased "
            "AMH over half a year; larger trials with longer observation are warranted."
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
            "Randomised two-arm trial. Arms: 'BM-MSC group' (first named with its head word; the "
            "table row 'BM-MSC' and 'cell arm' are the same arm) and 'sham group'. Traps: ages 24-39, "
            "diagnostic thresholds (4 months, 25 IU/L, 4 weeks apart), 'two centres', '22 per group' "
            "is each_arm (no arm), attrition 'Three women' and '41 in the per-protocol analysis' (a "
            "subset of the 44: no sample fact), 'Two of the 22 women' (outcome count; the 22 restates "
            "the arm size inside an outcome statement, not marked), pregnancies, 'visit windows of ± 5 "
            "days', 'after the third month' (time to an event). Follow-up: the list '1, 3 and 6 months' "
            "gives its last point; 'over half a year' in the conclusion is left unmarked (doubt: it is a "
            "duration of observation, value 0.5 year); the table heads Baseline/Month 3/Month 6 give "
            "one fact (Month 6). 'FSH fell ... more in the cell arm than in the sham arm' compares the "
            "sizes of two changes: no arm. The dose is marked per ovary because the sentence says "
            "'into each ovary'. 'One intraovarian dose' in the conclusion: doubt whether 'One ... dose' "
            "is a sessions fact; left unmarked (it restates the single injection)."
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
            "(PBS) and an Exo group, which received [[150 μg|d:150,ug,injection#Exo group]] of vesicle "
            "protein per injection [[through the tail vein|r:iv#Exo group]], [[three injections|s:3#Exo group]] "
            "given 72 h apart. Mice were killed [[2 weeks|f:2,week]] or [[4 weeks|f:4,week]] after the final "
            "injection. Relative to the model group, the Exo group had [[higher serum AMH|h:AMH,inc#Exo group]] "
            "and [[E2|h:E2,inc#Exo group]] and [[lower FSH|h:FSH,dec#Exo group]], more primordial and "
            "growing follicles, and fewer TUNEL-positive granulosa cells. Repeated [[hUCMSC-Exos|c:ev]] "
            "may therefore protect the chemotherapy-damaged ovary."
        ),
        body=[
            (
                "Vesicle preparation and dosing. [[hUCMSCs|c:uc]] at passages 3-5 were cultured in "
                "exosome-depleted medium for 48 h, and vesicles were isolated by differential "
                "ultracentrifugation (100,000 × g, 70 min). Particles measured 60-140 nm and carried "
                "CD63 and TSG101. For the in vitro arm, KGN cells were exposed to 50 μg/mL "
                "vesicles for 24 h after 4-hydroperoxycyclophosphamide. In vivo, each mouse of the "
                "Exo group received [[100 μL|d:0.1,mL,-#Exo group]] containing [[150 μg|d:150,ug,-#Exo group]] on days 7, 10 "
                "and 13 after CTX; model mice received the same volume of PBS on the same days."
            ),
            (
                "Hormones and follicles. Ten mice per group were sampled at each time point. At "
                "[[4 weeks|f:4,week]], serum AMH in the Exo group [[was 1.9-fold higher|h:AMH,inc#Exo group]] than "
                "in model mice (P < 0.01) and FSH [[was lower|h:FSH,dec#Exo group]] (P < 0.05), whereas "
                "LH [[did not change|h:LH,nc#Exo group]] with treatment. In the model group, FSH stayed "
                "elevated and AMH low at both time points, as expected for CTX injury."
            ),
        ],
        species="mouse",
        notes=(
            "Mouse study; species mouse by default. Arm 'Exo group' (the model group's PBS has no "
            "fact). Traps: 'Sixty female C57BL/6 mice' and 'Ten mice per group' (animals, not a "
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
]
