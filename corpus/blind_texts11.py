"""Invented papers written for litx by an annotator who had not seen its rules (eleventh batch).

Twelve short texts (eight English, four Chinese) shaped like the abstracts and
methods/results passages of the field: randomised and single-arm trials,
cohorts, case reports and series, mouse/rat/rabbit studies and a review
paragraph, plus three texts on cell, exosome or PRP therapy for another
condition (marked only where the contract has a value).  They belong to the
development part of the invented papers (studied and tuned on, unlike
corpus/heldout_texts.py).  All names and numbers are invented; the fact marks
``[[words|spec]]`` follow corpus/ANNOTATION.md and the markup of
corpus/make_papers.py (plus ``@animal`` for a rabbit, as in corpus/real).
"""

from __future__ import annotations

try:
    from real_texts import RealText
except ImportError:  # pragma: no cover - run from the repository root
    from corpus.real_texts import RealText

_LICENCE = "CC BY 4.0 (written for litx)"
_JOURNAL = "litx blind set"

BLIND11: list[RealText] = [
    # ------------------------------------------------------------------
    RealText(
        id="en_blind107_bmmsc_single_arm_registry",
        lang="en",
        kind="clinical",
        title=(
            "A [[single|s:1]] [[intraovarian injection|r:io]] of autologous "
            "[[bone marrow-derived mesenchymal stromal cells|c:bm]] in premature ovarian "
            "insufficiency: a phase I, single-arm study"
        ),
        authors="Halvorsen K, Oduya PM, Brennan-Ruiz S",
        journal=_JOURNAL,
        year=2025,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "**Objective:** To assess the safety and early endocrine effect of autologous "
            "[[BM-MSCs|c:bm]] in premature ovarian insufficiency (POI). "
            "**Design:** Prospective, open-label, single-arm, phase I. "
            "**Setting:** Tertiary reproductive centre. "
            "**Patients:** [[22|n:22]] women aged 26–39 years with POI (amenorrhoea ≥ 4 months "
            "and FSH > 25 IU/L twice, ≥ 4 weeks apart). "
            "**Intervention:** Iliac-crest marrow aspirate (60 mL); cells expanded to passage 3; "
            "[[10 × 10^{6}|d:1e7,cells,ovary]] cells in [[0.5 mL|d:0.5,mL,ovary]] saline per ovary, "
            "[[injected into both ovaries under transvaginal ultrasound guidance|r:io,tvus]], "
            "[[once|s:1]]. "
            "**Main outcome measures:** Adverse events; serum FSH, E2 and AMH, and AFC, at 1, 3, 6 "
            "and [[12 months|f:12,month]]. "
            "**Results:** Twenty women completed the [[12-month|f:12,month]] visit; two withdrew "
            "after month 3. There was no serious adverse event; three women reported pelvic pain "
            "for less than 48 h. Median [[FSH fell|h:FSH,dec]] from 72.5 (IQR 55.0–94.1) to 44.8 "
            "(29.7–70.2) IU/L at [[month 6|f:6,month]] (P = 0.003) and was 51.3 IU/L at "
            "[[month 12|f:12,month]]. [[E2 increased|h:E2,inc]] in 8 of 20 women; "
            "[[AMH did not change|h:AMH,nc]] (median 0.03 vs 0.04 ng/mL, P = 0.52) and "
            "[[AFC was unchanged|h:AFC,nc]]. Five women resumed menses, at a median of 9 weeks "
            "after injection; one conceived spontaneously in month 10 and delivered at term. "
            "**Conclusions:** A [[single|s:1]] [[intraovarian|r:io]] dose of [[BM-MSCs|c:bm]] "
            "appeared safe and was followed by [[lower FSH|h:FSH,dec]], but "
            "[[AMH did not rise|!h:AMH,inc]]; a controlled trial is needed."
        ),
        body=[
            "**Cell product.** Mononuclear cells from the aspirate were plated at 1 × 10^{5} "
            "cells/cm^{2} and passaged at 80% confluence; cells were released at passage 3 if "
            "viability was ≥ 90% and CD73, CD90 and CD105 were expressed by ≥ 95% of them. The "
            "final suspension held 2 × 10^{7} cells/mL.",
            "**Procedure.** Under intravenous propofol sedation, a 17-G needle was passed "
            "[[through the vaginal fornix into each ovary under ultrasound view|r:io,tvus]] and "
            "the suspension was released at three to five cortical sites. The whole dose, "
            "[[2 × 10^{7}|d:2e7,cells,-]] cells for the two ovaries, was given in one sitting, "
            "and no woman had a second injection. Visits were scheduled 1, 3, 6 and "
            "[[12 months|f:12,month]] after the procedure, with blood drawn on cycle day 2–4 "
            "where cycles occurred and on a random day otherwise.",
        ],
        notes=(
            "Terse registry-style structured abstract. Traps: the diagnostic threshold (FSH > 25 "
            "IU/L) and amenorrhoea duration; the marrow harvest volume (60 mL, not a dose); "
            "passage 3; a concentration in vitro (1 × 10^5 cells/cm^2) and of the product "
            "(2 × 10^7 cells/mL), neither a dose; 'Twenty women completed' is a subset of the 22 "
            "(no sample fact); the two withdrawals; time to menses and to conception are times "
            "to an event (no follow-up); 'intravenous propofol sedation' is anaesthesia (no "
            "route); 'no woman had a second injection' is a reference to the counted single "
            "session (no fact). Conventions: per ovary for '10 × 10^6 cells in 0.5 mL saline "
            "per ovary' (both numbers); the total '2 × 10^7 cells for the two ovaries' per null; "
            "the list of visits gives one follow-up, the last point; 'at month 6' and 'at month "
            "12' where FSH was measured are follow-up mentions (guide: time at which an outcome "
            "was measured); 'AMH did not rise' a negated increase, 'did not change' no_change."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=11,
    ),
    # ------------------------------------------------------------------
    RealText(
        id="en_blind108_hucmsc_rct_discussion",
        lang="en",
        kind="clinical",
        title=(
            "[[Umbilical cord mesenchymal stem cells|c:uc]] plus hormone replacement versus "
            "hormone replacement alone in premature ovarian insufficiency: a randomised trial"
        ),
        authors="Marchetti L, Yoon H-J, Adeyemi-Clarke T, Sørensen B",
        journal=_JOURNAL,
        year=2026,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "It remains uncertain whether the modest endocrine improvements reported after cell "
            "therapy in premature ovarian insufficiency (POI) are any larger than what hormone "
            "replacement therapy (HRT) would achieve by itself. We therefore randomly assigned "
            "[[64|n:64]] women with POI, every one of whom had already failed at least one IVF "
            "cycle, to HRT together with [[human umbilical cord MSCs|c:uc]] "
            "([[hUC-MSCs|c:uc]]; the [[MSC|c:msc#MSC group]] group, [[n = 32|n:32#MSC group]]) or to HRT alone (the "
            "control group, [[n = 32|n:32#control group]]). Women in the [[MSC|c:msc#MSC group]] group were given "
            "[[2 × 10^{7}|d:2e7,cells,-#MSC group]] cells in total, divided between the two "
            "ovaries in [[1 mL|d:1,mL,-#MSC group]] of saline and "
            "[[injected into the ovarian cortex under transvaginal ultrasound guidance|r:io,tvus#MSC group]], "
            "and the procedure was done [[twice|s:2#MSC group]], four weeks apart. Follow-up "
            "lasted [[12 months|f:12,month]] from the first injection. Outcomes were compared at "
            "[[six months|f:6,month]]. By then [[FSH had fallen|h:FSH,dec#MSC group]] in the [[MSC|c:msc#MSC group]] "
            "group, from 71.2 ± 15.8 to 48.6 ± 19.3 IU/L, whereas in the control group "
            "[[FSH was essentially unchanged|h:FSH,nc#control group]] (69.8 ± 17.1 vs 66.0 ± 18.4 "
            "IU/L). The between-group difference in AMH did not reach significance (P = 0.18), "
            "although in the [[MSC|c:msc#MSC group]] group [[AFC increased|h:AFC,inc#MSC group]] by a mean of 1.4 "
            "follicles. Four women in the [[MSC|c:msc#MSC group]] group and one in the control group conceived. We "
            "would not, on these data, recommend the treatment outside trials."
        ),
        body=[
            "Our findings sit uneasily beside the more enthusiastic single-arm reports. Lindqvist "
            "and colleagues [14], for instance, treated [[15|n:15]] women with a [[single|s:1]] "
            "[[laparoscopic intraovarian injection|r:io,lap]] of [[bone marrow MSCs|c:bm]] and "
            "described how [[AMH rose|h:AMH,inc]] in nine of them by the "
            "[[three-month|f:3,month]] visit; without a comparison group, however, the natural "
            "fluctuation of AMH in POI, which may be considerable, cannot be separated from any "
            "effect of the cells. We chose not to give the cells "
            "[[intravenously|!r:iv]], because the only systemic study we know of [17] saw no "
            "difference in FSH. It is conceivable that [[repeated injections|s:-]] at shorter "
            "intervals, or a larger dose, would have moved AMH as well; equally, a fall in FSH "
            "of the size we observed might have occurred in the control group had its women not "
            "been taking HRT, which itself suppresses gonadotrophins.",
        ],
        notes=(
            "Wordy abstract in running prose plus a discussion paragraph. Arms 'MSC group' and "
            "'control group' (labels with head word, as printed). 'Follow-up lasted 12 months' "
            "opens a follow-up sentence: no arm; 'Outcomes were compared at six months' speaks of "
            "both groups: no arm. Traps: total dose divided between two ovaries (per null); four "
            "weeks apart is an interval; 'failed at least one IVF cycle'; the AMH between-group "
            "comparison (no direction, no fact); pregnancies are outcome counts; 'nine of them' "
            "is an outcome count of the cited study's 15; 'saw no difference in FSH' in the "
            "cited study [17] — no change between groups, left unmarked (a comparison, and "
            "'FSH' without treatment group); HRT suppressing gonadotrophins is general "
            "(unnamed hormone). 'We chose not to give the cells intravenously' is a negated "
            "route of the own study; 'repeated injections' hedged, sessions null (a hypothetical "
            "regimen; doubtful whether it should count). Discussion: group names label their own "
            "sentence only; the cited study's facts carry study ['14'] in the gold (not "
            "expressible in the mark syntax)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=11,
    ),
    # ------------------------------------------------------------------
    RealText(
        id="en_blind109_pmsc_exosome_cisplatin_mice",
        lang="en",
        kind="animal",
        title=(
            "[[Exosomes|c:ev]] from [[human placental mesenchymal stem cells|c:pl]] attenuate "
            "cisplatin-induced ovarian injury in mice"
        ),
        authors="Qureshi AF, Nakamura R, Delacroix É",
        journal=_JOURNAL,
        year=2024,
        doi="",
        url="",
        licence=_LICENCE,
        species="mouse",
        abstract=(
            "[[Exosomes|c:ev]] secreted by [[placental MSCs|c:pl]] ([[hPMSC-Exos|c:ev]]) carry "
            "anti-apoptotic microRNAs, but whether they protect the ovary against platinum "
            "chemotherapy is unknown. We induced ovarian injury in C57BL/6 mice with cisplatin "
            "and then gave [[hPMSC-Exos|c:ev]] at two doses [[through the tail vein|r:iv]]. "
            "[[Four weeks|f:4,week]] after the last injection, the high dose had "
            "[[reduced serum FSH|h:FSH,dec#Exo-H]] and [[raised AMH|h:AMH,inc#Exo-H]] relative "
            "to cisplatin-only mice, and had preserved primordial follicles. The [[exosomes|c:ev@human]] may "
            "offer a cell-free route to [[improving AMH|h:AMH,inc@human]] in women after "
            "chemotherapy."
        ),
        body=[
            "**2.3 Animals and treatment.** Female C57BL/6 mice (7–8 weeks, 18–21 g) were housed "
            "under a 12-h light cycle. After one week of acclimatisation, 40 mice were randomly "
            "divided into four groups (n = 10 each): control, cisplatin (CDDP), CDDP + low-dose "
            "[[exosomes|c:ev#Exo-L]] (Exo-L) and CDDP + high-dose [[exosomes|c:ev#Exo-H]] (Exo-H). Ovarian injury was induced "
            "by [[intraperitoneal|r:ip]] cisplatin, [[2 mg/kg|d:2,mg/kg,-]] daily for 7 days; "
            "controls received an equal volume of saline. Twenty-four hours after the last "
            "cisplatin dose, mice were injected [[via the tail vein|r:iv]] with "
            "[[50 μg|d:50,ug,-#Exo-L]] (Exo-L) or [[150 μg|d:150,ug,-#Exo-H]] (Exo-H) of exosomal "
            "protein in [[0.1 mL|d:0.1,mL,-]] PBS, once every three days, for a total of "
            "[[three injections|s:3]]; CDDP mice received PBS on the same schedule. [[Exosomes|c:ev]] were "
            "isolated from the medium of passage 3–5 [[hPMSCs|c:pl]] by ultracentrifugation (particle "
            "diameter 40–140 nm), and in vitro, KGN cells were exposed to 20 μg/mL [[exosomes|c:ev]] for "
            "24 h.",
            "**3.2 Hormones.** CDDP mice had higher FSH and lower AMH than controls "
            "(P < 0.01), confirming the model. [[Four weeks|f:4,week]] after the third injection, "
            "compared with the CDDP group, [[FSH was lower|h:FSH,dec#Exo-H]] and "
            "[[E2|h:E2,inc#Exo-H]] and [[AMH higher|h:AMH,inc#Exo-H]] in the Exo-H group. In the "
            "Exo-L group [[only AMH rose|h:AMH,inc#Exo-L]] (P = 0.04), and "
            "[[FSH did not differ|h:FSH,nc#Exo-L]] from that of CDDP mice.",
        ],
        notes=(
            "Animal methods voice; default species mouse. The closing clinical promise "
            "('improving AMH in women') carries @human (guide: clinical promise in an animal "
            "paper has no species) — doubtful whether a hedged promise with no treatment given "
            "is a fact; marked because the guide counts expected changes. Arms Exo-L / Exo-H "
            "(the abbreviations printed after each group; the abstract's 'high dose' is Exo-H). "
            "Traps: 40 mice and n = 10 each (animals, no sample); mouse weights; 'daily for 7 "
            "days' of cisplatin (a duration of daily dosing: no sessions); saline for controls "
            "(a vehicle, no route); 'Twenty-four hours after the last cisplatin dose' counted "
            "from the model (no follow-up); 'once every three days' a frequency, the total "
            "'three injections' is the sessions fact (no arm: both exosome groups); particle "
            "sizes; 20 μg/mL in vitro (a concentration); model validation CDDP vs control (no "
            "fact); '0.1 mL PBS' the injected volume (a dose, both groups, no arm); 'the third "
            "injection' an ordinal of a counted series (no fact)."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=11,
    ),
]
